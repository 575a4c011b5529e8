package embedded

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// kfake's diagnostic of a transaction that took over 5 ms to end is no
// warning for a user; its other warnings and errors stay what they are.
func TestKfakeLogLevels(t *testing.T) {
	var buf bytes.Buffer
	l := slogLogger{slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	l.Logf(kfake.LogLevelWarn, "txn: EndTxn slow pid=%d epoch=%d elapsed=%dms batches=%d groups=%d", 1, 2, 6, 3, 1)
	l.Logf(kfake.LogLevelWarn, "something odd: %s", "x")
	l.Logf(kfake.LogLevelError, "broken: %s", "y")
	l.Logf(kfake.LogLevelInfo, "request %d", 7)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"level=DEBUG msg=\"txn: EndTxn slow", "level=WARN msg=\"something odd: x\"", "level=ERROR msg=\"broken: y\"", "level=DEBUG msg=\"request 7\""}
	if len(lines) != len(want) {
		t.Fatalf("%d lines: %q", len(lines), lines)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d: %q, want %q", i, lines[i], w)
		}
	}
}

// KeepCompacted gives a compacted topic without retention of its own
// (as an older version made them) retention -1, leaves compacted topics
// that have it and every other topic alone, and changes nothing twice.
func TestKeepCompacted(t *testing.T) {
	k, err := Start(Config{Listen: "127.0.0.1:0", Partitions: 1, Retention: time.Hour, RetentionBytes: 16 << 20}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cl, err := kgo.NewClient(kgo.SeedBrokers(k.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	compact, forever := "compact", "-1"
	for name, cfg := range map[string]map[string]*string{
		"old.states":   {"cleanup.policy": &compact},
		"new.states":   {"cleanup.policy": &compact, "retention.ms": &forever, "retention.bytes": &forever},
		"plain.events": nil,
	} {
		if _, err := adm.CreateTopic(ctx, 1, 1, cfg, name); err != nil {
			t.Fatal(err)
		}
	}
	changed, err := k.KeepCompacted(ctx)
	if err != nil || len(changed) != 1 || changed[0] != "old.states" {
		t.Fatalf("changed %v, %v (want old.states only)", changed, err)
	}
	rcs, err := adm.DescribeTopicConfigs(ctx, "old.states", "plain.events")
	if err != nil {
		t.Fatal(err)
	}
	for _, rc := range rcs {
		for _, c := range rc.Configs {
			if c.Key != "retention.ms" && c.Key != "retention.bytes" {
				continue
			}
			own := c.Source == kmsg.ConfigSourceDynamicTopicConfig
			if rc.Name == "old.states" && (!own || c.MaybeValue() != "-1") || rc.Name == "plain.events" && own {
				t.Errorf("%s %s = %q (%v)", rc.Name, c.Key, c.MaybeValue(), c.Source)
			}
		}
	}
	if again, err := k.KeepCompacted(ctx); err != nil || len(again) != 0 {
		t.Fatalf("second run changed %v, %v", again, err)
	}
}
