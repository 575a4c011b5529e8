package aggregator

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
)

// TestConfigSources: defaults → YAML → LLMOBS_* env → flags, as
// service.Main applies them, for the ClickHouse keys.
func TestConfigSources(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "llmobs.yaml")
	yml := "aggregator:\n  grace: 3s\n  clickhouse:\n    dsn: clickhouse://ch:9000/llm\n    retention: 240h\n    retry_initial: 50ms\n"
	if err := os.WriteFile(file, []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LLMOBS_AGGREGATOR_CLICKHOUSE_RETENTION", "48h")
	t.Setenv("LLMOBS_AGGREGATOR_CLICKHOUSE_RETENTION_INTERVAL", "10m")
	cfg := DefaultConfig()
	common := service.DefaultCommon("127.0.0.1:0")
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	cf := fs.String("config.file", "", "")
	cfg.RegisterFlags("aggregator", fs)
	err := config.Parse(fs, []string{"-config.file", file, "-aggregator.clickhouse.retention-interval=5m"}, cf, func(p string) error {
		sections, err := service.LoadFile(p, &common)
		if err != nil {
			return err
		}
		return service.DecodeSection(sections, "aggregator", &cfg)
	})
	if err != nil {
		t.Fatal(err)
	}
	ch := cfg.ClickHouse
	for _, c := range []struct {
		key       string
		got, want any
	}{
		{"dsn (yaml)", ch.DSN, "clickhouse://ch:9000/llm"},
		{"retention (env over yaml)", ch.Retention, 48 * time.Hour},
		{"retention_interval (flag over env)", ch.RetentionInterval, 5 * time.Minute},
		{"retry_initial (yaml)", ch.RetryInitial, 50 * time.Millisecond},
		{"retry_max (default kept)", ch.RetryMax, 10 * time.Second},
		{"grace (yaml)", cfg.Grace, 3 * time.Second},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.key, c.got, c.want)
		}
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		mod  func(*Config)
		key  string // "" = valid
	}{
		{"defaults", func(*Config) {}, ""},
		{"no retention", func(c *Config) { c.ClickHouse.Retention = 0 }, ""},
		{"retention under a day", func(c *Config) { c.ClickHouse.Retention = time.Hour }, "clickhouse.retention"},
		{"bad dsn", func(c *Config) { c.ClickHouse.DSN = "clickhouse://[::1" }, "clickhouse.dsn"},
		{"zero retry", func(c *Config) { c.ClickHouse.RetryInitial = 0 }, "clickhouse.retry_initial"},
		{"retry max below initial", func(c *Config) { c.ClickHouse.RetryMax = time.Millisecond }, "clickhouse.retry_max"},
		{"retention interval", func(c *Config) { c.ClickHouse.RetentionInterval = 0 }, "clickhouse.retention_interval"},
		{"short replay", func(c *Config) { c.Replay = time.Minute }, "replay"},
		{"no windows", func(c *Config) { c.Windows = nil }, "windows"},
		{"same groups", func(c *Config) { c.Stage2Group = c.Stage1Group }, "stage1_group"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := DefaultConfig()
			c.mod(&cfg)
			err := cfg.Validate()
			if c.key == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.key) {
				t.Fatalf("error %v does not name %s", err, c.key)
			}
		})
	}
}

// The evaluation join's memory and wait count toward replay: a replay
// that cannot rebuild the join is refused, naming the keys.
func TestEvalsConfigNeedsReplay(t *testing.T) {
	c := DefaultConfig()
	if err := c.Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	c.Evals.CallMemory = 5 * time.Minute
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "evals.call_memory") {
		t.Fatalf("replay too short for the join: %v", err)
	}
	c.Replay = 20 * time.Minute
	c.Evals.LowScore = math.NaN()
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "evals.low_score") {
		t.Fatalf("NaN threshold: %v", err)
	}
}
