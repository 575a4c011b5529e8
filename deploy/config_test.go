package deploy

import (
	"fmt"
	"net"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/pkg/kafka"
)

func readYAML(t *testing.T, path string, dst any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, dst); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

type collectorConfig struct {
	Receivers  map[string]any `yaml:"receivers"`
	Processors map[string]any `yaml:"processors"`
	Exporters  map[string]struct {
		Brokers  []string `yaml:"brokers"`
		Topic    string   `yaml:"topic"`
		Encoding string   `yaml:"encoding"`
		// Per-signal topic and encoding (contrib v0.124+).
		Traces, Metrics, Logs struct {
			Topic    string `yaml:"topic"`
			Encoding string `yaml:"encoding"`
		}
	} `yaml:"exporters"`
	Extensions map[string]any `yaml:"extensions"`
	Service    struct {
		Extensions []string `yaml:"extensions"`
		Pipelines  map[string]struct {
			Receivers  []string `yaml:"receivers"`
			Processors []string `yaml:"processors"`
			Exporters  []string `yaml:"exporters"`
		} `yaml:"pipelines"`
	} `yaml:"service"`
}

// The Collector publishes to exactly the topics ingest reads, in the
// encoding ingest expects by default, and every pipeline is wired to
// components that exist.
func TestCollectorConfigNamesIngestTopics(t *testing.T) {
	var c collectorConfig
	readYAML(t, "otel-collector/config.yaml", &c)
	topics := kafka.DefaultTopics()
	want := map[string]string{"traces": topics.OTLPSpans, "metrics": topics.OTLPMetrics, "logs": topics.OTLPLogs}
	p := loadProject(t, profiles...)
	for signal, topic := range want {
		pl, ok := c.Service.Pipelines[signal]
		if !ok {
			t.Errorf("no %s pipeline", signal)
			continue
		}
		found := false
		for _, e := range pl.Exporters {
			ex, ok := c.Exporters[e]
			if !ok {
				t.Errorf("%s pipeline uses undefined exporter %s", signal, e)
				continue
			}
			if strings.HasPrefix(e, "kafka") {
				found = true
				gotTopic, gotEnc := ex.Topic, ex.Encoding
				if per := map[string]string{"traces": ex.Traces.Topic, "metrics": ex.Metrics.Topic, "logs": ex.Logs.Topic}[signal]; per != "" {
					gotTopic = per
				}
				if per := map[string]string{"traces": ex.Traces.Encoding, "metrics": ex.Metrics.Encoding, "logs": ex.Logs.Encoding}[signal]; per != "" {
					gotEnc = per
				}
				if gotTopic != topic {
					t.Errorf("%s exporter %s writes topic %q, ingest reads %q", signal, e, gotTopic, topic)
				}
				if gotEnc != "otlp_proto" {
					t.Errorf("%s exporter encoding %q, want otlp_proto", e, gotEnc)
				}
				for _, b := range ex.Brokers {
					host, _, _ := net.SplitHostPort(b)
					if _, ok := p.Services[host]; !ok {
						t.Errorf("exporter %s broker %s is not a compose service", e, b)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s pipeline has no kafka exporter", signal)
		}
		for _, r := range pl.Receivers {
			if _, ok := c.Receivers[r]; !ok {
				t.Errorf("%s pipeline uses undefined receiver %s", signal, r)
			}
		}
		for _, pr := range pl.Processors {
			if _, ok := c.Processors[pr]; !ok {
				t.Errorf("%s pipeline uses undefined processor %s", signal, pr)
			}
		}
	}
	for _, e := range c.Service.Extensions {
		if _, ok := c.Extensions[e]; !ok {
			t.Errorf("undefined extension %s", e)
		}
	}
}

// Every Prometheus scrape target is a compose service, on the port that
// service's admin server listens on.
func TestPrometheusTargetsMatchServices(t *testing.T) {
	var cfg struct {
		ScrapeConfigs []struct {
			JobName       string `yaml:"job_name"`
			StaticConfigs []struct {
				Targets []string `yaml:"targets"`
			} `yaml:"static_configs"`
		} `yaml:"scrape_configs"`
	}
	readYAML(t, "prometheus/prometheus.yml", &cfg)
	p := loadProject(t, profiles...)
	scraped := map[string]bool{}
	for _, sc := range cfg.ScrapeConfigs {
		for _, st := range sc.StaticConfigs {
			for _, target := range st.Targets {
				host, port, err := net.SplitHostPort(target)
				if err != nil {
					t.Errorf("%s: target %q: %v", sc.JobName, target, err)
					continue
				}
				s, ok := p.Services[host]
				if !ok {
					t.Errorf("%s: target %s is not a compose service", sc.JobName, target)
					continue
				}
				scraped[host] = true
				if host == "otel-collector" {
					continue
				}
				listen := fmt.Sprintf("-admin.listen=0.0.0.0:%s", port)
				if !slices.Contains(s.Command, listen) {
					t.Errorf("%s: target %s, but the service's command %v does not contain %s", sc.JobName, target, s.Command, listen)
				}
			}
		}
	}
	for _, svc := range []string{"ingest", "enricher", "aggregator", "alerter", "embedder", "llmobs"} {
		if !scraped[svc] {
			t.Errorf("%s is not scraped", svc)
		}
	}
}
