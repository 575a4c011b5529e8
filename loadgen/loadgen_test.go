package loadgen

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"go.opentelemetry.io/collector/pdata/ptrace"
	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"go.uber.org/goleak"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func testConfig() Config {
	c := DefaultConfig()
	c.Duration = 30 * time.Second
	c.Rate = 40
	c.Start = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	c.MaxSpeed = true
	return c
}

func records(t *testing.T, cfg Config) []*kgo.Record {
	t.Helper()
	g, err := NewGenerator(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out []*kgo.Record
	for {
		r, ok := g.Next()
		if !ok {
			return out
		}
		rec, err := Encode(cfg, r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
}

func TestDeterministicForASeed(t *testing.T) {
	for _, format := range []string{"otlp_json", "otlp_proto"} {
		cfg := testConfig()
		cfg.Format = format
		cfg.PartitionByTraceID = format == "otlp_json"
		a, b := records(t, cfg), records(t, cfg)
		if len(a) != len(b) || len(a) == 0 {
			t.Fatalf("%s: record counts %d vs %d", format, len(a), len(b))
		}
		for i := range a {
			if a[i].Topic != b[i].Topic || !bytes.Equal(a[i].Value, b[i].Value) || !bytes.Equal(a[i].Key, b[i].Key) {
				t.Fatalf("%s: record %d differs between two runs with the same seed", format, i)
			}
		}
	}
	a := records(t, testConfig())
	other := testConfig()
	other.Seed = 2
	c := records(t, other)
	same := 0
	for i := range min(len(a), len(c)) {
		if bytes.Equal(a[i].Value, c[i].Value) {
			same++
		}
	}
	if same > len(a)/10 {
		t.Fatalf("%d of %d records identical with a different seed", same, len(a))
	}
}

// The summary counts exactly what the generator emitted.
func TestSummaryMatchesContent(t *testing.T) {
	traces, metrics, logs, sum, err := GenerateRequests(testConfig())
	if err != nil {
		t.Fatal(err)
	}
	var spans, errs, llm int64
	traceIDs := map[string]bool{}
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					spans++
					traceIDs[hex.EncodeToString(s.TraceId)] = true
					if s.Status.GetCode() == tracepb.Status_STATUS_CODE_ERROR {
						errs++
					}
					if strings.HasPrefix(s.Name, "chat ") {
						llm++
					}
				}
			}
		}
	}
	if spans != sum.Spans || errs != sum.ErrorSpans || int64(len(traceIDs)) != sum.Traces || llm != sum.SpansByClass["llm"] {
		t.Fatalf("content spans=%d errs=%d traces=%d llm=%d; summary %+v", spans, errs, len(traceIDs), llm, sum)
	}
	if want := int64(testConfig().Rate * testConfig().Duration.Seconds()); sum.Traces != want {
		t.Fatalf("traces = %d, want rate×duration = %d", sum.Traces, want)
	}
	var points, samples, exemplars, logRecords int64
	for _, req := range metrics {
		seen := map[string]bool{}
		for _, rm := range req.ResourceMetrics {
			for _, sm := range rm.ScopeMetrics {
				for _, m := range sm.Metrics {
					dps := m.GetGauge().GetDataPoints()
					if m.GetSum() != nil {
						dps = m.GetSum().GetDataPoints()
					}
					for _, dp := range dps {
						points++
						exemplars += int64(len(dp.Exemplars))
						seen[label(dp.Attributes, "Hostname", "hostname")+"/"+label(dp.Attributes, "UUID", "uuid")+"/"+time.Unix(0, int64(dp.TimeUnixNano)).String()] = true
					}
				}
			}
		}
		samples += int64(len(seen))
	}
	for _, req := range logs {
		for _, rl := range req.ResourceLogs {
			for _, sl := range rl.ScopeLogs {
				logRecords += int64(len(sl.LogRecords))
				for _, lr := range sl.LogRecords {
					if len(lr.TraceId) != 16 || len(lr.SpanId) != 8 {
						t.Fatal("GPU log record without trace context")
					}
				}
			}
		}
	}
	if points != sum.MetricPoints || samples != sum.GPUSamples || exemplars != sum.Exemplars || logRecords != sum.LogRecords {
		t.Fatalf("metrics points=%d samples=%d exemplars=%d logs=%d; summary %+v", points, samples, exemplars, logRecords, sum)
	}
	if exemplars == 0 || logRecords == 0 || sum.PromptsWithPII == 0 {
		t.Fatalf("no exemplars (%d), GPU logs (%d) or PII prompts (%d)", exemplars, logRecords, sum.PromptsWithPII)
	}
	for _, style := range []string{"semconv", "semconv_event", "deprecated", "openllmetry"} {
		if sum.NamingStyles[style] == 0 {
			t.Errorf("no span in naming style %s", style)
		}
	}
}

func label(kvs []*commonpb.KeyValue, keys ...string) string {
	for _, kv := range kvs {
		for _, k := range keys {
			if kv.Key == k {
				return kv.Value.GetStringValue()
			}
		}
	}
	return ""
}

// dcgm samples come every GPUInterval for every GPU, with both label
// spellings in use across hosts.
func TestGPUCadenceAndLabelVariants(t *testing.T) {
	cfg := testConfig()
	_, metrics, _, _, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	perGPU := map[string][]int64{}
	variants := map[string]bool{}
	for _, req := range metrics {
		for _, rm := range req.ResourceMetrics {
			for _, sm := range rm.ScopeMetrics {
				for _, m := range sm.Metrics {
					if m.Name != "DCGM_FI_DEV_GPU_UTIL" {
						continue
					}
					for _, dp := range m.GetGauge().GetDataPoints() {
						for _, kv := range dp.Attributes {
							if kv.Key == "Hostname" || kv.Key == "hostname" || kv.Key == "UUID" || kv.Key == "uuid" {
								variants[kv.Key] = true
							}
						}
						g := label(dp.Attributes, "UUID", "uuid")
						perGPU[g] = append(perGPU[g], int64(dp.TimeUnixNano))
						if v := dp.GetAsDouble(); v < 0 || v > 100 {
							t.Fatalf("utilisation %v out of range", v)
						}
					}
				}
			}
		}
	}
	if len(perGPU) != 4 {
		t.Fatalf("%d GPUs, want 4", len(perGPU))
	}
	for g, ts := range perGPU {
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		for i := 1; i < len(ts); i++ {
			if d := time.Duration(ts[i] - ts[i-1]); d != cfg.GPUInterval {
				t.Fatalf("GPU %s: samples %v apart, want %v", g, d, cfg.GPUInterval)
			}
		}
		if want := int(cfg.Duration / cfg.GPUInterval); len(ts) < want {
			t.Fatalf("GPU %s: %d samples, want ≥ %d", g, len(ts), want)
		}
	}
	for _, k := range []string{"Hostname", "hostname", "UUID", "uuid"} {
		if !variants[k] {
			t.Errorf("label variant %s never used", k)
		}
	}
}

type llmCall struct {
	latency time.Duration
	out     int64
	start   time.Time
}

func llmCalls(t *testing.T, cfg Config, service, model string) []llmCall {
	traces, _, _, _, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var out []llmCall
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			if label(rs.Resource.Attributes, "service.name") != service {
				continue
			}
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					if s.Name != "chat "+model || s.Status.GetCode() == tracepb.Status_STATUS_CODE_ERROR {
						continue
					}
					var tokens int64
					for _, kv := range s.Attributes {
						if kv.Key == "gen_ai.usage.output_tokens" || kv.Key == "gen_ai.usage.completion_tokens" {
							tokens = kv.Value.GetIntValue()
						}
					}
					out = append(out, llmCall{time.Duration(s.EndTimeUnixNano - s.StartTimeUnixNano), tokens, time.Unix(0, int64(s.StartTimeUnixNano))})
				}
			}
		}
	}
	return out
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

// Incidents change exactly the affected series, inside their time range.
func TestIncidentsChangeTheirSeries(t *testing.T) {
	cfg := testConfig()
	cfg.Duration = 100 * time.Second
	span := cfg.Duration
	in := func(c llmCall, from, to float64) bool {
		f := c.start.Sub(cfg.Start).Seconds() / span.Seconds()
		return f >= from && f < to
	}
	var base, spike []float64
	for _, c := range llmCalls(t, cfg, "chat-api", "gpt-4o") {
		if in(c, 0.26, 0.39) {
			spike = append(spike, c.latency.Seconds())
		} else if !in(c, 0.24, 0.41) {
			base = append(base, c.latency.Seconds())
		}
	}
	if r := median(spike) / median(base); r < 4 {
		t.Fatalf("latency_spike: median %.2fs vs baseline %.2fs (×%.1f), want ≥ ×4", median(spike), median(base), r)
	}
	var outBase, outSpike []float64
	for _, c := range llmCalls(t, cfg, "chat-api", "claude-sonnet-4-20250514") {
		if in(c, 0.71, 0.84) {
			outSpike = append(outSpike, float64(c.out))
		} else if !in(c, 0.69, 0.86) {
			outBase = append(outBase, float64(c.out))
		}
	}
	if r := median(outSpike) / median(outBase); r < 5 {
		t.Fatalf("cost_spike: output tokens ×%.1f, want ≥ ×5", r)
	}
	none := cfg
	none.Incidents = []string{}
	_, _, _, sum, _ := GenerateRequests(none)
	if len(sum.IncidentSpans) != 0 {
		t.Fatalf("incidents off, but %v", sum.IncidentSpans)
	}
	_, _, _, sum, _ = GenerateRequests(cfg)
	for _, name := range []string{IncidentLatencySpike, IncidentErrorBurst, IncidentCostSpike} {
		if sum.IncidentSpans[name] == 0 {
			t.Errorf("incident %s affected nothing", name)
		}
	}
	// error burst: rag-search errors jump to ~40%.
	traces, _, _, _, _ := GenerateRequests(cfg)
	var burstErr, burstAll int
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			if label(rs.Resource.Attributes, "service.name") != "rag-search" {
				continue
			}
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					f := time.Unix(0, int64(s.StartTimeUnixNano)).Sub(cfg.Start).Seconds() / span.Seconds()
					if strings.HasPrefix(s.Name, "chat ") && f >= 0.51 && f < 0.61 {
						burstAll++
						if s.Status.GetCode() == tracepb.Status_STATUS_CODE_ERROR {
							burstErr++
						}
					}
				}
			}
		}
	}
	if rate := float64(burstErr) / float64(burstAll); math.Abs(rate-0.4) > 0.15 {
		t.Fatalf("error burst rate %.2f over %d calls, want ≈ 0.4", rate, burstAll)
	}
}

// otlp_json is OTLP/JSON as the Collector writes it (hex IDs) and parses
// back to the same traces.
func TestOTLPJSONRoundTrip(t *testing.T) {
	cfg := testConfig()
	cfg.Duration = 2 * time.Second
	cfg.Format = "otlp_json"
	recs := records(t, cfg)
	var spans int
	for _, r := range recs {
		if r.Topic != cfg.Topics.Spans {
			continue
		}
		if !bytes.HasPrefix(r.Value, []byte(`{"resourceSpans"`)) {
			t.Fatalf("not OTLP/JSON: %.60s", r.Value)
		}
		td, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces(r.Value)
		if err != nil {
			t.Fatal(err)
		}
		spans += td.SpanCount()
		// Plain protojson reads the same structure (IDs are hex strings
		// here, which protojson would take as base64: consumers must
		// decode them as OTLP/JSON says).
		var req coltracepb.ExportTraceServiceRequest
		if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(r.Value, &req); err != nil {
			t.Fatalf("protojson: %v", err)
		}
		var n int
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				n += len(ss.Spans)
			}
		}
		if n != td.SpanCount() {
			t.Fatalf("protojson sees %d spans, pdata %d", n, td.SpanCount())
		}
		if !bytes.Contains(r.Value, []byte(`"traceId":"`)) || bytes.Contains(r.Value, []byte(`"traceId":"AA`)) {
			t.Fatalf("trace IDs not hex-encoded: %.200s", r.Value)
		}
	}
	_, _, _, sum, _ := GenerateRequests(cfg)
	if int64(spans) != sum.Spans {
		t.Fatalf("JSON holds %d spans, summary %d", spans, sum.Spans)
	}
}

// With partition_traces_by_id the Collector's exporter writes one trace per
// record keyed by its hex trace ID (spans of a trace that ended at
// different times go in different records); without it, records have no
// key.
func TestPartitionByTraceIDKeys(t *testing.T) {
	for _, byID := range []bool{false, true} {
		cfg := testConfig()
		cfg.Duration = 2 * time.Second
		cfg.BatchTraces = 5 // ignored for traces when partitioning by ID
		cfg.PartitionByTraceID = byID
		seen := map[string]bool{}
		for _, r := range records(t, cfg) {
			if r.Topic != cfg.Topics.Spans {
				if r.Key != nil {
					t.Fatalf("%s record keyed", r.Topic)
				}
				continue
			}
			if !byID {
				if r.Key != nil {
					t.Fatalf("trace record keyed %q without partition_by_trace_id", r.Key)
				}
				continue
			}
			var req coltracepb.ExportTraceServiceRequest
			if err := proto.Unmarshal(r.Value, &req); err != nil {
				t.Fatal(err)
			}
			ids := map[string]bool{}
			for _, rs := range req.ResourceSpans {
				for _, ss := range rs.ScopeSpans {
					for _, sp := range ss.Spans {
						ids[hex.EncodeToString(sp.TraceId)] = true
					}
				}
			}
			if len(ids) != 1 || !ids[string(r.Key)] {
				t.Fatalf("record keyed %q holds trace IDs %v, want exactly the key", r.Key, ids)
			}
			seen[string(r.Key)] = true
		}
		_, _, _, sum, err := GenerateRequests(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if byID && int64(len(seen)) != sum.Traces {
			t.Fatalf("trace records name %d trace IDs, %d traces were sent", len(seen), sum.Traces)
		}
	}
}

func TestValidateAndFlags(t *testing.T) {
	for _, tc := range []struct {
		key string
		mut func(*Config)
	}{
		{"rate", func(c *Config) { c.Rate = 0 }},
		{"rate", func(c *Config) { c.Rate = math.NaN() }},
		{"duration", func(c *Config) { c.Duration = 0 }},
		{"traces", func(c *Config) { c.Traces = -1 }},
		{"format", func(c *Config) { c.Format = "avro" }},
		{"error_rate", func(c *Config) { c.ErrorRate = 1.5 }},
		{"timeout_rate", func(c *Config) { c.ErrorRate, c.TimeoutRate = 0.8, 0.3 }},
		{"gpu_interval", func(c *Config) { c.GPUInterval = time.Millisecond }},
		{"incidents", func(c *Config) { c.Incidents = []string{"meteor"} }},
		{"batch_traces", func(c *Config) { c.BatchTraces = 0 }},
		{"topics", func(c *Config) { c.Topics.Logs = "" }},
	} {
		c := DefaultConfig()
		tc.mut(&c)
		err := c.Validate()
		var fe *config.FieldError
		if !errors.As(err, &fe) || fe.Key != tc.key {
			t.Errorf("%s: got %v, want an error on key %q", tc.key, err, tc.key)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	// YAML spells "none"/"all" as list items.
	for _, inc := range [][]string{{"none"}, {"all"}, {"latency_spike", "cost_spike"}} {
		c := DefaultConfig()
		c.Incidents = inc
		if err := c.Validate(); err != nil {
			t.Errorf("incidents %v: %v", inc, err)
		}
	}
	c0 := DefaultConfig()
	c0.Incidents = []string{"none"}
	c1 := DefaultConfig()
	c1.Incidents = []string{"all"}
	if len(c0.activeIncidents()) != 0 || len(c1.activeIncidents()) != 3 {
		t.Fatalf("incidents [none] → %d, [all] → %d", len(c0.activeIncidents()), len(c1.activeIncidents()))
	}
	c := DefaultConfig()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	c.RegisterFlags("", fs)
	if err := fs.Parse([]string{"-rate=5", "-incidents=none", "-format=otlp_json", "-seed=9"}); err != nil {
		t.Fatal(err)
	}
	if c.Rate != 5 || c.Incidents == nil || len(c.Incidents) != 0 || c.Format != "otlp_json" || c.Seed != 9 || c.Validate() != nil {
		t.Fatalf("flags not applied: %+v", c)
	}
}

// Run's summary equals what the topics hold: record counts, and the traces,
// spans, metric points and log records decoded from them. A run cancelled
// midway still reports exactly what was acknowledged.
func TestRunSummaryMatchesTopics(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cancel bool
	}{{"complete", false}, {"cancelled", true}} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, "otlp_spans", "otlp_metrics", "otlp_logs"))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			cfg := testConfig()
			cfg.Duration = 10 * time.Second
			ctx := context.Background()
			if tc.cancel {
				// Paced at 400 traces/s for 10 s of event time, cut
				// after 300 ms: part of the run, mid-stream.
				cfg.MaxSpeed = false
				cfg.Rate = 400
				cfg.GPUInterval = 100 * time.Millisecond
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, 300*time.Millisecond)
				defer cancel()
			}
			var progress bytes.Buffer
			sum, err := Run(ctx, cfg, cl, &progress)
			if tc.cancel != (err != nil) {
				t.Fatalf("Run: %v", err)
			}
			if !strings.Contains(progress.String(), "traces") {
				t.Fatalf("no progress written: %q", progress.String())
			}
			got := readTopics(t, c.ListenAddrs())
			for _, topic := range []string{"otlp_spans", "otlp_metrics", "otlp_logs"} {
				if got.Records[topic] != sum.Records[topic] {
					t.Errorf("%s holds %d records, summary says %d", topic, got.Records[topic], sum.Records[topic])
				}
				if sum.Records[topic] == 0 {
					t.Errorf("%s got nothing", topic)
				}
			}
			if got.Traces != sum.Traces || got.Spans != sum.Spans || got.MetricPoints != sum.MetricPoints || got.LogRecords != sum.LogRecords || got.Exemplars != sum.Exemplars {
				t.Errorf("topics hold traces=%d spans=%d points=%d logs=%d exemplars=%d; summary %+v", got.Traces, got.Spans, got.MetricPoints, got.LogRecords, got.Exemplars, sum)
			}
			_, _, _, full, err := GenerateRequests(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if tc.cancel && sum.Traces >= full.Traces {
				t.Fatalf("cancelled run sent all %d traces", sum.Traces)
			}
			if !tc.cancel && (sum.Traces != full.Traces || sum.Spans != full.Spans || sum.GPUSamples != full.GPUSamples) {
				t.Fatalf("Run summary %+v differs from the generator's %+v", sum, full)
			}
		})
	}
}

// readTopics decodes every record of the three topics.
func readTopics(t *testing.T, brokers []string) Summary {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics("otlp_spans", "otlp_metrics", "otlp_logs"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var s Summary
	s.init()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		fs := cl.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			return s
		}
		fs.EachRecord(func(r *kgo.Record) {
			s.Records[r.Topic]++
			switch r.Topic {
			case "otlp_spans":
				var req coltracepb.ExportTraceServiceRequest
				if err := proto.Unmarshal(r.Value, &req); err != nil {
					t.Fatal(err)
				}
				for _, rs := range req.ResourceSpans {
					for _, ss := range rs.ScopeSpans {
						for _, sp := range ss.Spans {
							s.Spans++
							if len(sp.ParentSpanId) == 0 {
								s.Traces++ // a trace counts once its root, which ends last, was sent
							}
						}
					}
				}
			case "otlp_metrics":
				var req colmetricspb.ExportMetricsServiceRequest
				if err := proto.Unmarshal(r.Value, &req); err != nil {
					t.Fatal(err)
				}
				for _, rm := range req.ResourceMetrics {
					for _, sm := range rm.ScopeMetrics {
						for _, m := range sm.Metrics {
							dps := append(m.GetGauge().GetDataPoints(), m.GetSum().GetDataPoints()...)
							s.MetricPoints += int64(len(dps))
							for _, dp := range dps {
								s.Exemplars += int64(len(dp.Exemplars))
							}
						}
					}
				}
			case "otlp_logs":
				var req collogspb.ExportLogsServiceRequest
				if err := proto.Unmarshal(r.Value, &req); err != nil {
					t.Fatal(err)
				}
				for _, rl := range req.ResourceLogs {
					for _, sl := range rl.ScopeLogs {
						s.LogRecords += int64(len(sl.LogRecords))
					}
				}
			}
		})
	}
}

// BenchmarkGenerate times generation plus encoding; one op is one trace
// (with its share of GPU metrics and logs).
func BenchmarkGenerate(b *testing.B) {
	for _, format := range []string{"otlp_proto", "otlp_json"} {
		b.Run(format, func(b *testing.B) {
			cfg := testConfig()
			cfg.Format = format
			cfg.Traces = b.N
			b.ReportAllocs()
			g, err := NewGenerator(cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for {
				r, ok := g.Next()
				if !ok {
					break
				}
				if _, err := Encode(cfg, r); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "traces/s")
		})
	}
}

// Spans are sent once they ended, as an SDK's span processor sends them:
// no trace request carries a span that ends after the request's time, and
// request times never go back, so the stream's event time (span end)
// arrives in order up to one export batch. Every span is sent once.
func TestSpansSentWhenTheyEnd(t *testing.T) {
	cfg := testConfig()
	cfg.Duration = 20 * time.Second
	g, err := NewGenerator(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var last time.Time
	var spans, late int64
	seen := map[string]bool{}
	var maxBehind time.Duration
	for {
		r, ok := g.Next()
		if !ok {
			break
		}
		if r.EventTime.Before(last) {
			t.Fatalf("request at %v after one at %v", r.EventTime, last)
		}
		last = r.EventTime
		for _, rs := range r.Traces.GetResourceSpans() {
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					spans++
					end := time.Unix(0, int64(sp.EndTimeUnixNano))
					if end.After(r.EventTime) {
						late++
					}
					maxBehind = max(maxBehind, r.EventTime.Sub(end))
					k := string(sp.TraceId) + string(sp.SpanId)
					if seen[k] {
						t.Fatalf("span %x/%x sent twice", sp.TraceId, sp.SpanId)
					}
					seen[k] = true
				}
			}
		}
	}
	if late > 0 {
		t.Fatalf("%d of %d spans sent before they ended", late, spans)
	}
	if sum := g.Summary(); spans != sum.Spans || sum.Traces != int64(g.Total()) {
		t.Fatalf("sent %d spans; summary %d spans, %d of %d traces", spans, sum.Spans, sum.Traces, g.Total())
	}
	if maxBehind > 2*time.Second {
		t.Fatalf("a span was sent %v after it ended", maxBehind)
	}
}

// The same seed gives the same traffic whenever it starts: the same
// spans (ids, names, attributes, bodies, durations) at the same offsets
// from the start, the same GPU samples and the same summary. Runs start at
// different wall-clock phases (of the GPU scrape interval, of SLI windows).
func TestSameTrafficWhateverTheStart(t *testing.T) {
	type spanKey struct{ trace, span string }
	type spanVal struct {
		name       string
		start, end int64 // offsets from the run's start, ns
		attrs      string
	}
	collect := func(start time.Time) (map[spanKey]spanVal, Summary, int) {
		cfg := testConfig()
		cfg.Start = start
		traces, metrics, _, sum, err := GenerateRequests(cfg)
		if err != nil {
			t.Fatal(err)
		}
		base := cfg.Start.Truncate(time.Millisecond).UnixNano()
		out := map[spanKey]spanVal{}
		for _, req := range traces {
			for _, rs := range req.ResourceSpans {
				for _, ss := range rs.ScopeSpans {
					for _, s := range ss.Spans {
						a, err := protojson.Marshal(&tracepb.Span{Attributes: s.Attributes, Status: s.Status, Kind: s.Kind})
						if err != nil {
							t.Fatal(err)
						}
						out[spanKey{hex.EncodeToString(s.TraceId), hex.EncodeToString(s.SpanId)}] = spanVal{
							s.Name, int64(s.StartTimeUnixNano) - base, int64(s.EndTimeUnixNano) - base, string(a)}
					}
				}
			}
		}
		points := 0
		for _, req := range metrics {
			for _, rm := range req.ResourceMetrics {
				for _, sm := range rm.ScopeMetrics {
					for _, m := range sm.Metrics {
						points += len(m.GetGauge().GetDataPoints()) + len(m.GetSum().GetDataPoints())
					}
				}
			}
		}
		return out, sum, points
	}
	t0 := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	a, sa, pa := collect(t0)
	b, sb, pb := collect(t0.Add(3*time.Second + 737*time.Millisecond))
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("spans: %d vs %d", len(a), len(b))
	}
	for k, va := range a {
		if vb, ok := b[k]; !ok || va != vb {
			t.Fatalf("span %v: %+v vs %+v", k, va, vb)
		}
	}
	if pa != pb {
		t.Fatalf("metric points: %d vs %d", pa, pb)
	}
	sa.LastSpanEnd, sb.LastSpanEnd = time.Time{}, time.Time{}
	ja, _ := json.Marshal(sa)
	jb, _ := json.Marshal(sb)
	if !bytes.Equal(ja, jb) {
		t.Fatalf("summaries differ:\n%s\n%s", ja, jb)
	}
}

// The new-subject scenario changes only what some prompts ask, from its
// start time on, at its share; every other draw is as without it.
func TestNewSubjectScenario(t *testing.T) {
	base := testConfig()
	base.Duration = 60 * time.Second
	with := base
	with.NewSubjectAt, with.NewSubjectShare = 20*time.Second, 0.2
	_, _, _, sa, err := GenerateRequests(base)
	if err != nil {
		t.Fatal(err)
	}
	traces, _, _, sb, err := GenerateRequests(with)
	if err != nil {
		t.Fatal(err)
	}
	if sa.Spans != sb.Spans || sa.Traces != sb.Traces || sa.ErrorSpans != sb.ErrorSpans || sa.NewSubjectPrompts != 0 {
		t.Fatalf("the scenario changed more than prompts: %d/%d spans, %d/%d errors, base new-subject %d", sa.Spans, sb.Spans, sa.ErrorSpans, sb.ErrorSpans, sa.NewSubjectPrompts)
	}
	var llm int64
	for _, n := range sb.LLMSpans {
		llm += n
	}
	share := float64(sb.NewSubjectPrompts) / float64(llm)
	// 40 of 60 s at 20 %: about 13 % of all calls.
	if sb.NewSubjectPrompts == 0 || share < 0.08 || share > 0.18 {
		t.Fatalf("%d new-subject prompts of %d calls (%.3f)", sb.NewSubjectPrompts, llm, share)
	}
	start := with.Start.UnixNano() + int64(20*time.Second)
	var early, seen int
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					b, _ := protojson.Marshal(s)
					if strings.Contains(string(b), "data breach") {
						seen++
						if int64(s.StartTimeUnixNano) < start {
							early++
						}
					}
				}
			}
		}
	}
	if seen == 0 || early > 0 {
		t.Fatalf("new-subject prompts in spans: %d, %d before the subject's start", seen, early)
	}
}

// UniqueTexts adds a reference to every call's texts and changes nothing
// else: without the references the traffic is byte for byte the same,
// each call's texts share one reference, and no two calls share one.
func TestUniqueTexts(t *testing.T) {
	base := testConfig()
	with := base
	with.UniqueTexts = true
	ta, _, _, sa, err := GenerateRequests(base)
	if err != nil {
		t.Fatal(err)
	}
	tb, _, _, sb, err := GenerateRequests(with)
	if err != nil {
		t.Fatal(err)
	}
	if len(ta) != len(tb) || sa.Spans != sb.Spans {
		t.Fatalf("requests %d/%d, spans %d/%d", len(ta), len(tb), sa.Spans, sb.Spans)
	}
	ref := regexp.MustCompile(` \(ref ([0-9a-z]+)\)`)
	owner := map[string]string{} // reference -> span ID
	var calls int64
	for i := range ta {
		for r, rs := range tb[i].ResourceSpans {
			for s, ss := range rs.ScopeSpans {
				for k, sp := range ss.Spans {
					jb, _ := protojson.Marshal(sp)
					ja, _ := protojson.Marshal(ta[i].ResourceSpans[r].ScopeSpans[s].Spans[k])
					if ref.Match(ja) {
						t.Fatal("a reference without the option")
					}
					if got := ref.ReplaceAll(jb, nil); !bytes.Equal(got, ja) {
						t.Fatalf("span %x differs beyond its references:\n%s\n%s", sp.SpanId, got, ja)
					}
					refs := ref.FindAllSubmatch(jb, -1)
					if len(refs) == 0 {
						continue
					}
					calls++
					id := hex.EncodeToString(sp.SpanId)
					for _, m := range refs {
						if o, ok := owner[string(m[1])]; ok && o != id {
							t.Fatalf("reference %s in spans %s and %s", m[1], o, id)
						}
						owner[string(m[1])] = id
					}
				}
			}
		}
	}
	var llm int64
	for _, n := range sb.LLMSpans {
		llm += n
	}
	if calls == 0 || calls != llm {
		t.Fatalf("%d spans carry a reference, %d LLM calls", calls, llm)
	}
}
