package main

import (
	"strings"
	"testing"
	"time"
)

// llmobs kafka's retention flags reach the broker's configuration, and
// values the broker would take badly are refused, naming the flag.
func TestKafkaRetentionFlags(t *testing.T) {
	cfg, _, err := kafkaConfig([]string{"-listen", "127.0.0.1:0", "-retention", "2h", "-retention-bytes", "67108864"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Retention != 2*time.Hour || cfg.RetentionBytes != 64<<20 || cfg.Listen != "127.0.0.1:0" || cfg.Partitions != 6 {
		t.Fatalf("config %+v", cfg)
	}
	if cfg, _, err := kafkaConfig(nil); err != nil || cfg.Retention != 0 || cfg.RetentionBytes != 0 {
		t.Fatalf("defaults: %+v, %v (want everything kept, as tests and chaos count it)", cfg, err)
	}
	for flag, v := range map[string]string{"retention": "30s", "retention-bytes": "4096"} {
		if _, _, err := kafkaConfig([]string{"-" + flag, v}); err == nil || !strings.HasPrefix(err.Error(), flag+":") {
			t.Errorf("-%s %s: %v (want an error naming the flag)", flag, v, err)
		}
	}
}
