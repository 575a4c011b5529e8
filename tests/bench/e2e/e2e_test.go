package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/protobuf/proto"
	"gopkg.in/yaml.v3"
)

// The preloaded records hold exactly per-record spans (the last one the
// rest), n in all, every span once, and end before now minus the age.
func TestGeneratePacksExactly(t *testing.T) {
	const n, per = 2345, 100
	d, err := generate(n, per, 7, 500, 3*time.Minute, false)
	if err != nil {
		t.Fatal(err)
	}
	if d.Spans != n || d.Records != (n+per-1)/per || len(d.Values) != d.Records {
		t.Fatalf("spans %d records %d values %d", d.Spans, d.Records, len(d.Values))
	}
	seen := map[string]bool{}
	var bytes int64
	for i, v := range d.Values {
		bytes += int64(len(v))
		var req coltracepb.ExportTraceServiceRequest
		if err := proto.Unmarshal(v, &req); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		got := 0
		for _, rs := range req.ResourceSpans {
			if rs.Resource == nil || len(rs.ScopeSpans) == 0 {
				t.Fatalf("record %d: a ResourceSpans without resource or scopes", i)
			}
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					got++
					k := string(sp.TraceId) + string(sp.SpanId)
					if seen[k] {
						t.Fatalf("record %d: span twice", i)
					}
					seen[k] = true
					if end := time.Unix(0, int64(sp.EndTimeUnixNano)); end.After(time.Now().Add(-3 * time.Minute)) {
						t.Fatalf("record %d: a span ends at %s, less than 3 minutes ago", i, end)
					}
				}
			}
		}
		want := per
		if i == len(d.Values)-1 {
			want = n - per*(d.Records-1)
		}
		if got != want {
			t.Fatalf("record %d holds %d spans, want %d", i, got, want)
		}
	}
	if len(seen) != n || bytes != d.Bytes {
		t.Fatalf("%d distinct spans, %d bytes; want %d, %d", len(seen), bytes, n, d.Bytes)
	}
}

func TestOtelcolConfigRenders(t *testing.T) {
	s, err := renderOtelcolConfig("127.0.0.1:9092", "g", "8888")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Receivers map[string]struct {
			Brokers       []string `yaml:"brokers"`
			GroupID       string   `yaml:"group_id"`
			InitialOffset string   `yaml:"initial_offset"`
		} `yaml:"receivers"`
		Connectors map[string]any `yaml:"connectors"`
		Exporters  map[string]any `yaml:"exporters"`
	}
	if err := yaml.Unmarshal([]byte(s), &cfg); err != nil {
		t.Fatalf("%v\n%s", err, s)
	}
	k := cfg.Receivers["kafka"]
	if len(k.Brokers) != 1 || k.Brokers[0] != "127.0.0.1:9092" || k.GroupID != "g" || k.InitialOffset != "earliest" {
		t.Fatalf("kafka receiver: %+v", k)
	}
	if _, ok := cfg.Connectors["span_metrics"]; !ok {
		t.Fatal("no span_metrics connector")
	}
	if _, ok := cfg.Exporters["nop"]; !ok {
		t.Fatal("no nop exporter")
	}
}

func TestParseMetrics(t *testing.T) {
	m, err := parseMetrics(strings.NewReader(`# HELP x
otelcol_receiver_accepted_spans_total{receiver="kafka",transport="kafka"} 1200
otelcol_receiver_accepted_spans_total{receiver="otlp",transport="grpc"} 34
llmobs_ingest_records_in_total{source="otlp_spans"} 5
llmobs_aggregator_watermark_seconds{stage="stage2"} 1.7e+09
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.sum("otelcol_receiver_accepted_spans", "otelcol_receiver_accepted_spans_total"); got != 1234 {
		t.Fatalf("sum %v", got)
	}
	if m.samples[`llmobs_ingest_records_in_total{source="otlp_spans"}`] != 5 || m.samples[`llmobs_aggregator_watermark_seconds{stage="stage2"}`] != 1.7e9 {
		t.Fatalf("samples %v", m.samples)
	}
}

// llmobs is done only when every stage it runs is.
func TestLLMObsCheck(t *testing.T) {
	end := time.Unix(1_700_000_000, 0)
	l := &llmobsSys{spans: 1000, records: 10, lastEnd: end}
	page := func(embedderSettled, alerterIn int, wm time.Time) metrics {
		m, err := parseMetrics(strings.NewReader(strings.Join([]string{
			`llmobs_ingest_records_in_total{source="otlp_spans"} 10`,
			`llmobs_ingest_spans_out_total 1000`,
			`llmobs_enricher_spans_out_total 1000`,
			`llmobs_aggregator_spans_in_total 1000`,
			`llmobs_aggregator_windows_fired_total 12`,
			`llmobs_aggregator_watermark_seconds{stage="stage2"} ` + strconv.FormatInt(wm.Unix(), 10),
			`llmobs_alerter_windows_in_total ` + strconv.Itoa(alerterIn),
			`llmobs_embedder_spans_in_total 1000`,
			`llmobs_embedder_prompts_total{outcome="embedded"} ` + strconv.Itoa(embedderSettled),
			`llmobs_embedder_skipped_spans_total{reason="not_llm"} 0`,
		}, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	past := end.Add(10 * time.Minute)
	if c := l.Check(page(1000, 12, past)); !c.done {
		t.Fatalf("not done: %+v", c)
	}
	for name, m := range map[string]metrics{
		"embedder unsettled":      page(999, 12, past),
		"alerter behind":          page(1000, 11, past),
		"watermark before window": page(1000, 12, end.Add(30*time.Second)),
	} {
		if c := l.Check(m); c.done {
			t.Errorf("%s: done: %+v", name, c)
		}
	}
}

// Every ablation row is a configuration `llmobs up` accepts: a renamed
// key or flag would otherwise fail only in the middle of `-ablate`.
func TestAblationsAreValidConfigurations(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/llmobs")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "llmobs")
	if out, err := exec.Command("go", "build", "-C", root, "-o", bin, "./cmd/llmobs").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for i, v := range ablations() {
		args := append([]string{"up", "--kafka", "127.0.0.1:9"}, v.Args...)
		if v.Config != "" {
			f := filepath.Join(t.TempDir(), "c.yaml")
			if err := os.WriteFile(f, []byte(v.Config), 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, "-config.file", f)
		}
		args = append(args, "-config.verify")
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "configuration is valid") {
			t.Errorf("row %d %q: %v\n%s", i, v.Name, err, out)
		}
	}
}

// The comparable-work Collector's config is YAML whose OTTL string
// literals give back each pattern exactly, and every pattern is RE2 that
// masks what it is meant to and leaves ordinary text alone. (The Collector
// itself validates and runs it in `make bench-e2e BENCH_E2E_FLAGS=-peer-work`.)
func TestOtelcolWorkConfig(t *testing.T) {
	s, err := renderOtelcolWorkConfig("127.0.0.1:9092", "g", "8888")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Processors struct {
			Transform struct {
				TraceStatements []struct {
					Context    string   `yaml:"context"`
					Statements []string `yaml:"statements"`
				} `yaml:"trace_statements"`
			} `yaml:"transform"`
		} `yaml:"processors"`
		Exporters map[string]struct {
			Traces struct{ Topic string } `yaml:"traces"`
		} `yaml:"exporters"`
	}
	if err := yaml.Unmarshal([]byte(s), &cfg); err != nil {
		t.Fatalf("%v\n%s", err, s)
	}
	if cfg.Exporters["kafka"].Traces.Topic != "otlp_spans_masked" {
		t.Fatalf("kafka exporter: %+v", cfg.Exporters)
	}
	ts := cfg.Processors.Transform.TraceStatements
	if len(ts) != 2 || ts[0].Context != "span" || ts[1].Context != "spanevent" {
		t.Fatalf("trace_statements: %+v", ts)
	}
	for _, block := range ts {
		if len(block.Statements) != len(maskPatterns) {
			t.Fatalf("%s: %d statements, want %d", block.Context, len(block.Statements), len(maskPatterns))
		}
		for i, st := range block.Statements {
			const pre = `replace_all_patterns(attributes, "value", `
			rest, ok := strings.CutPrefix(st, pre)
			if !ok {
				t.Fatalf("statement %q", st)
			}
			// The OTTL string literal: Go's quoting rules cover it.
			lit := rest[:strings.LastIndex(rest, `, "`)]
			re, err := strconv.Unquote(lit)
			if err != nil || re != maskPatterns[i].Re {
				t.Fatalf("statement %d gives pattern %q (%v), want %q", i, re, err, maskPatterns[i].Re)
			}
		}
	}
	masks := map[string]string{
		"mail jane.doe@example.com now":          "<EMAIL>",
		"card 4111 1111 1111 1111 please":        "<CREDIT_CARD>",
		"ssn 123-45-6789":                        "<SSN>",
		"call +1 415-555-0100":                   "<PHONE>",
		"from 10.1.2.3":                          "<IP_ADDRESS>",
		"iban DE89 3704 0044 0532 0130 00":       "<IBAN>",
		"key sk-abcdefghijklmnop1234 leaked":     "<API_KEY>",
		"jwt eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl": "<JWT>",
		"password: hunter2":                      "<SECRET>",
	}
	for text, want := range masks {
		hit := false
		for _, p := range maskPatterns {
			if regexp.MustCompile(p.Re).MatchString(text) && p.To == want {
				hit = true
			}
		}
		if !hit {
			t.Errorf("%q: no pattern gives %s", text, want)
		}
	}
	for _, p := range maskPatterns {
		if regexp.MustCompile(p.Re).MatchString("How do I reset my router to factory settings in 2024?") {
			t.Errorf("%s masks an ordinary question", p.To)
		}
	}
}
