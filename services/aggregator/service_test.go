package aggregator

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"go.uber.org/goleak"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	goleak.VerifyTestMain(m)
}

func testDeps(brokers []string, id string) service.Deps {
	kc := kafka.DefaultConfig()
	kc.Brokers = brokers
	return service.Deps{
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry(),
		Admin: admin.New(slog.New(slog.NewTextHandler(io.Discard, nil))),
		Kafka: kc, Topics: kafka.DefaultTopics(), InstanceID: id, ShutdownTimeout: 5 * time.Second,
	}
}

func testConfig() Config {
	c := DefaultConfig()
	c.IdleTimeout = 300 * time.Millisecond
	c.MaxPollRecords = 5
	return c
}

func newCluster(t *testing.T) *kfake.Cluster {
	t.Helper()
	tp := kafka.DefaultTopics()
	return kafkatest.New(t, kafkatest.Only(tp.Enriched, tp.SLIPartials, tp.SLIs, tp.DLQ),
		kafkatest.TopicPartitions(2, tp.SLIPartials, tp.SLIs), kafkatest.TopicPartitions(1, tp.DLQ)).Cluster
}

// workload produces nRec records of 10 LLM spans (two models, weights 1
// or 4, 10% errors) over 60 s of event time ending 90 s ago, plus an HTTP
// span per record; it returns the total weight of model spans.
// workloadBase is fixed once per test process: two workloads generated
// on either side of a minute boundary would otherwise land in different
// windows, and a test comparing their windows would fail by chance.
var workloadBase = (time.Now().Add(-150*time.Second).UnixMilli() / 60000) * 60000

func workload(t *testing.T, brokers []string, nRec int, seed uint64) float64 {
	t.Helper()
	return workloadBeats(t, brokers, nRec, seed, true)
}

// workloadBeats is workload; interleave false writes upstream's watermark
// only once, after every record (tests that count records by offset).
func workloadBeats(t *testing.T, brokers []string, nRec int, seed uint64, interleave bool) float64 {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	rng := rand.New(rand.NewPCG(seed, 1))
	base := workloadBase
	total := 0.0
	for i := range nRec {
		b := &llmobsv1.EnrichedSpanBatch{}
		for j := range 10 {
			// Event time is the end: the last span ends by base+58 s, so
			// every span falls in the first 1 m window.
			st := uint64(base+int64(i*54000/nRec)+int64(rng.IntN(500))) * 1e6
			w := 1.0
			if j%2 == 0 {
				w = 4
			}
			total += w
			ttft := int64(rng.IntN(200)+10) * 1e6
			sp := &llmobsv1.Span{
				TraceId: []byte{byte(seed), byte(i), byte(j)}, SpanId: []byte{byte(j)},
				StartTimeUnixNano: st, EndTimeUnixNano: st + uint64(rng.IntN(3000)+300)*1e6, Weight: w,
				Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "chat"},
				GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: fmt.Sprint("m", j%2), InputTokens: 50, OutputTokens: 20, TtftNanos: &ttft},
			}
			if rng.IntN(10) == 0 {
				sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
			}
			switch j % 3 { // spend per tenant: acme gets $0.10 per record
			case 0:
				sp.GenAi.TenantId = "acme"
			case 1:
				sp.GenAi.TenantId, sp.GenAi.UserId = "globex", fmt.Sprint("u", j)
			}
			b.Spans = append(b.Spans, &llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Input: 0.01, Total: 0.01}})
		}
		b.Spans = append(b.Spans, &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{TraceId: []byte{byte(seed), byte(i), 99}, SpanId: []byte{99}, Class: llmobsv1.SpanClass_SPAN_CLASS_HTTP, StartTimeUnixNano: uint64(base) * 1e6}})
		v, _ := proto.Marshal(b)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: kafka.DefaultTopics().Enriched, Partition: int32(i % 3), Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
		if interleave && i%10 == 9 {
			// Upstream's watermark follows its data: 5 s behind.
			heartbeat(t, cl, base+int64(i*54000/nRec)-5000)
		}
	}
	heartbeat(t, cl, time.Now().UnixMilli())
	return total
}

// heartbeat writes into every llmobs.enriched partition the in-band
// watermark ms of the one upstream source the tests pretend there is, as
// the enricher does after the spans it emitted.
func heartbeat(t *testing.T, cl *kgo.Client, ms int64) {
	t.Helper()
	v, _ := proto.Marshal(&llmobsv1.EnrichedSpanBatch{SourcePartitions: 1, Watermarks: []*llmobsv1.SourceWatermark{{Partition: 0, WatermarkUnixMs: ms}}})
	for p := range int32(3) {
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: kafka.DefaultTopics().Enriched, Partition: p, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
}

type wkey struct {
	model        string
	lenMs, start int64
}

// finals reads the latest revision of every window on llmobs.slis.
func finals(t *testing.T, brokers []string) map[wkey]*llmobsv1.SLIWindow {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(kafka.DefaultTopics().SLIs),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	out := map[wkey]*llmobsv1.SLIWindow{}
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			return out
		}
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SLIWindowBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			for _, w := range b.Windows {
				k := wkey{w.Series.Model, w.WindowLengthMs, w.WindowStartUnixMs}
				if o := out[k]; o == nil || o.Revision < w.Revision {
					out[k] = w
				}
			}
		})
	}
}

func sumRequests(ws map[wkey]*llmobsv1.SLIWindow, lenMs int64) float64 {
	s := 0.0
	for k, w := range ws {
		if k.lenMs == lenMs {
			s += w.Requests
		}
	}
	return s
}

func run(t *testing.T, cfg Config, deps service.Deps) (*Service, func()) {
	t.Helper()
	svc, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	return svc.(*Service), func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func waitFor(t *testing.T, what string, d time.Duration, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !f() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestEndToEnd: every model span lands exactly once in the 10 s windows
// and in the 1 m windows; /api/slis serves them.
func TestEndToEnd(t *testing.T) {
	c := newCluster(t)
	total := workload(t, c.ListenAddrs(), 60, 1)
	deps := testDeps(c.ListenAddrs(), "a")
	svc, stop := run(t, testConfig(), deps)
	defer stop()
	waitFor(t, "all spans in final windows", 30*time.Second, func() bool {
		ws := finals(t, c.ListenAddrs())
		return sumRequests(ws, 10000) == total && sumRequests(ws, 60000) == total
	})
	if got := testutil.ToFloat64(svc.m.skipped); got != 60 {
		t.Errorf("skipped = %v, want 60 HTTP spans", got)
	}
	waitFor(t, "the API ring", 10*time.Second, func() bool { return svc.ring.Len() == 4 })
	rec := httptest.NewRecorder()
	deps.Admin.ServeHTTP(rec, httptest.NewRequest("GET", "/api/slis?model=m0&window=10s&limit=100", nil))
	var resp struct{ Series []SeriesJSON }
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || rec.Code != 200 {
		t.Fatalf("api: %d %s %v", rec.Code, rec.Body, err)
	}
	if len(resp.Series) != 1 || resp.Series[0].Window != "10s" || resp.Series[0].Model != "m0" || len(resp.Series[0].Windows) < 6 {
		t.Fatalf("api answer: %s", rec.Body)
	}
	var w0 map[string]any
	_ = json.Unmarshal(resp.Series[0].Windows[0], &w0)
	for _, f := range []string{"window_start_unix_ms", "revision", "requests", "latency_p99_ms", "ttft_p95_ms", "tpot_p50_ms", "error_rate"} {
		if _, ok := w0[f]; !ok {
			t.Errorf("window JSON lacks %s: %v", f, w0)
		}
	}
	rec = httptest.NewRecorder()
	deps.Admin.ServeHTTP(rec, httptest.NewRequest("GET", "/api/slis?window=bogus", nil))
	if rec.Code != 400 {
		t.Errorf("bad window: %d", rec.Code)
	}
}

// TestRestartExactlyOnce kills the service mid-stream and restarts it; the
// final windows equal those of a run without restart.
func TestRestartExactlyOnce(t *testing.T) {
	ref := newCluster(t)
	total := workload(t, ref.ListenAddrs(), 90, 7)
	_, stop := run(t, testConfig(), testDeps(ref.ListenAddrs(), "a"))
	waitFor(t, "reference windows", 30*time.Second, func() bool { return sumRequests(finals(t, ref.ListenAddrs()), 10000) == total })
	stop()
	want := finals(t, ref.ListenAddrs())

	c := newCluster(t)
	workload(t, c.ListenAddrs(), 90, 7)
	svc, stop := run(t, testConfig(), testDeps(c.ListenAddrs(), "a"))
	waitFor(t, "some committed transactions", 10*time.Second, func() bool {
		return testutil.ToFloat64(svc.m.txns.WithLabelValues("stage1", "committed")) >= 5 && testutil.ToFloat64(svc.m.partialsOut) > 0
	})
	stop()
	if in := testutil.ToFloat64(svc.m.spansIn); in >= 90*11 {
		t.Fatalf("the first run read all %v spans before it was stopped: nothing tested", in)
	}
	_, stop = run(t, testConfig(), testDeps(c.ListenAddrs(), "b"))
	defer stop()
	var got map[wkey]*llmobsv1.SLIWindow
	waitFor(t, "windows after restart", 30*time.Second, func() bool {
		got = finals(t, c.ListenAddrs())
		return sumRequests(got, 10000) >= total && sumRequests(got, 60000) >= total
	})
	time.Sleep(time.Second) // let any double count show
	got = finals(t, c.ListenAddrs())
	if len(got) != len(want) {
		t.Fatalf("windows: got %d want %d", len(got), len(want))
	}
	keys := make([]wkey, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].start < keys[j].start })
	for _, k := range keys {
		w, g := want[k], got[k]
		if g == nil || g.Requests != w.Requests || g.Errors != w.Errors || g.LatencyP99Ms != w.LatencyP99Ms || g.TtftP95Ms != w.TtftP95Ms || g.InputTokens != w.InputTokens {
			t.Errorf("window %+v: got %v want %v", k, g, w)
		}
	}
}
