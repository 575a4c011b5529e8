package service

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
)

type svcConfig struct {
	BatchSize int           `yaml:"batch_size"`
	Wait      time.Duration `yaml:"wait"`
}

func (c svcConfig) Validate() error {
	if c.BatchSize < 1 {
		return config.Errorf("batch_size", "must be at least 1")
	}
	return nil
}

func (c *svcConfig) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.IntVar(&c.BatchSize, prefix+".batch-size", c.BatchSize, "batch size")
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestValidationNamesKeys(t *testing.T) {
	cases := []struct {
		name string
		mut  func(*Common, *svcConfig)
		want []string // substrings of the error, each a key
	}{
		{"valid", func(*Common, *svcConfig) {}, nil},
		{"no brokers", func(c *Common, _ *svcConfig) { c.Kafka.Brokers = nil }, []string{"kafka.brokers:"}},
		{"bad broker", func(c *Common, _ *svcConfig) { c.Kafka.Brokers = []string{"nohostport"} }, []string{"kafka.brokers[0]:"}},
		{"bad sasl", func(c *Common, _ *svcConfig) { c.Kafka.SASL.Mechanism = "GSSAPI" }, []string{"kafka.sasl.mechanism:"}},
		{"sasl no user", func(c *Common, _ *svcConfig) { c.Kafka.SASL.Mechanism = "SCRAM-SHA-512" }, []string{"kafka.sasl.username:"}},
		{"cert without key", func(c *Common, _ *svcConfig) { c.Kafka.TLS.CertFile = "x.pem" }, []string{"kafka.tls.cert_file:"}},
		{"partitions", func(c *Common, _ *svcConfig) { c.Kafka.Partitions = 0 }, []string{"kafka.partitions:"}},
		{"empty topic", func(c *Common, _ *svcConfig) { c.Topics.Spans = "" }, []string{"topics.spans:"}},
		{"dup topic", func(c *Common, _ *svcConfig) { c.Topics.GPU = c.Topics.Spans }, []string{"topics.gpu:"}},
		{"admin", func(c *Common, _ *svcConfig) { c.Admin.Listen = "8080" }, []string{"admin.listen:"}},
		{"log level", func(c *Common, _ *svcConfig) { c.Log.Level = "loud" }, []string{"log.level:"}},
		{"log format", func(c *Common, _ *svcConfig) { c.Log.Format = "xml" }, []string{"log.format:"}},
		{"shutdown", func(c *Common, _ *svcConfig) { c.ShutdownTimeout = 0 }, []string{"shutdown_timeout:"}},
		{"tls key", func(c *Common, _ *svcConfig) { c.TLS.CertFile = "c.pem" }, []string{"tls.cert_file:"}},
		{"client ca alone", func(c *Common, _ *svcConfig) { c.TLS.ClientCAFile = "ca.pem" }, []string{"tls.client_ca_file:"}},
		{"rate", func(c *Common, _ *svcConfig) { c.Auth.RateLimit.RequestsPerSecond = -1 }, []string{"auth.rate_limit.requests_per_second:"}},
		{"service key", func(_ *Common, s *svcConfig) { s.BatchSize = 0 }, []string{"ingest.batch_size:"}},
		{"several", func(c *Common, s *svcConfig) { c.Kafka.Brokers = nil; s.BatchSize = 0 }, []string{"kafka.brokers:", "ingest.batch_size:"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultCommon("127.0.0.1:8081")
			s := svcConfig{BatchSize: 10}
			tc.mut(&c, &s)
			err := errors.Join(c.Validate(), config.Prefix("ingest", s.Validate()))
			if tc.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %v", tc.want)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
}

func TestPrecedenceDefaultsYAMLEnvFlags(t *testing.T) {
	path := writeFile(t, `
kafka:
  brokers: ["${TEST_BROKER:-yaml:9092}"]
  client_id: from-yaml
admin:
  listen: 127.0.0.1:9999
log:
  level: debug
ingest:
  batch_size: 50
  wait: 2s
enricher:
  anything: goes  # other sections are the other services' business
`)
	common := DefaultCommon("127.0.0.1:8081")
	s := svcConfig{BatchSize: 10}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	file := fs.String("config.file", "", "")
	common.RegisterFlags(fs)
	s.RegisterFlags("ingest", fs)
	t.Setenv("TEST_BROKER", "env-expanded:9092")
	t.Setenv("LLMOBS_LOG_LEVEL", "warn")           // env beats YAML
	t.Setenv("LLMOBS_ADMIN_LISTEN", "127.0.0.1:1") // flag beats env
	err := config.Parse(fs, []string{"-config.file", path, "-admin.listen", "127.0.0.1:7777", "-ingest.batch-size", "70"}, file, func(p string) error {
		sections, err := LoadFile(p, &common)
		if err != nil {
			return err
		}
		return DecodeSection(sections, "ingest", &s)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := common.Kafka.Brokers; len(got) != 1 || got[0] != "env-expanded:9092" {
		t.Errorf("brokers = %v, want ${} expansion from env", got)
	}
	if common.Kafka.ClientID != "from-yaml" {
		t.Errorf("client id = %q, want from-yaml", common.Kafka.ClientID)
	}
	if common.Log.Level != "warn" {
		t.Errorf("log level = %q, want env to beat YAML", common.Log.Level)
	}
	if common.Admin.Listen != "127.0.0.1:7777" {
		t.Errorf("admin = %q, want flag to beat env and YAML", common.Admin.Listen)
	}
	if s.BatchSize != 70 || s.Wait != 2*time.Second {
		t.Errorf("service config = %+v, want flag 70 and YAML 2s", s)
	}
	if common.Kafka.Partitions != 6 {
		t.Errorf("partitions = %d, want the default to stand", common.Kafka.Partitions)
	}
}

func TestYAMLErrors(t *testing.T) {
	cases := map[string]string{
		"unknown top-level key": "kafak:\n  brokers: [a:1]\n",
		"unknown nested key":    "kafka:\n  borkers: [a:1]\n",
		"wrong type":            "kafka:\n  partitions: many\n",
		"not yaml":              "kafka: [\n",
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			c := DefaultCommon("127.0.0.1:1")
			if _, err := LoadFile(writeFile(t, body), &c); err == nil {
				t.Fatal("no error")
			}
		})
	}
	t.Run("unknown key in service section", func(t *testing.T) {
		c := DefaultCommon("127.0.0.1:1")
		sections, err := LoadFile(writeFile(t, "ingest:\n  batch_sise: 3\n"), &c)
		if err != nil {
			t.Fatal(err)
		}
		s := svcConfig{BatchSize: 1}
		if err := DecodeSection(sections, "ingest", &s); err == nil || !strings.Contains(err.Error(), "batch_sise") {
			t.Fatalf("err = %v, want the unknown key named", err)
		}
	})
	t.Run("empty file keeps defaults", func(t *testing.T) {
		c := DefaultCommon("127.0.0.1:1")
		if _, err := LoadFile(writeFile(t, ""), &c); err != nil {
			t.Fatal(err)
		}
		if c.Kafka.Brokers[0] != "127.0.0.1:9092" {
			t.Fatal("defaults lost")
		}
	})
}
