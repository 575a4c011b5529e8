package aggregator

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// shippedSLIQueries are the queries of the README's sli-sql block.
func shippedSLIQueries(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)<!-- sli-sql:begin[^>]*-->\\s*```sql\\n(.*?)```\\s*<!-- sli-sql:end -->").FindSubmatch(b)
	if m == nil {
		t.Fatal("README.md: no sli-sql block")
	}
	var out []string
	for _, q := range strings.Split(string(m[1]), ";") {
		var lines []string
		for _, l := range strings.Split(q, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), "--") {
				lines = append(lines, l)
			}
		}
		if q := strings.TrimSpace(strings.Join(lines, "\n")); q != "" {
			out = append(out, q)
		}
	}
	if len(out) < 2 {
		t.Fatalf("README.md sli-sql block: %d queries", len(out))
	}
	return out
}

// skey is one window of one series (operation, provider and tenant are
// the same for every series of the fixture's services).
type skey struct {
	service, model string
	lenMs, start   int64
}

// apiWindows reads every window /api/slis holds for window length w.
func apiWindows(t *testing.T, svc *Service, w string) map[skey]*llmobsv1.SLIWindow {
	t.Helper()
	rec := httptest.NewRecorder()
	svc.ring.ServeSLIs(rec, httptest.NewRequest("GET", "/api/slis?window="+w+"&limit=1000", nil))
	var body struct {
		Series []struct {
			Windows []json.RawMessage `json:"windows"`
		} `json:"series"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("/api/slis: %v: %s", err, rec.Body.String())
	}
	out := map[skey]*llmobsv1.SLIWindow{}
	for _, s := range body.Series {
		for _, raw := range s.Windows {
			var win llmobsv1.SLIWindow
			if err := protojson.Unmarshal(raw, &win); err != nil {
				t.Fatal(err)
			}
			k := skey{win.GetSeries().GetService(), win.GetSeries().GetModel(), win.WindowLengthMs, win.WindowStartUnixMs}
			if out[k] != nil {
				t.Fatalf("/api/slis: two series of %+v (the fixture keys series by service and model)", k)
			}
			out[k] = &win
		}
	}
	return out
}

// sliFixture is a real aggregator (on kfake) writing to a real
// ClickHouse, fed what makes shipped SQL go wrong: weights 4, 1 and 0.25
// (a Float64 weight cast to an integer drops the 0.25s), spans without
// TTFT (stored as 0 ms, which must not count), summaries of spans ingest
// shed, two series of one model (chat/m0 and agent/m0), an embedding
// call, GPU time, a window of 0.5 requests, a late span that makes
// revision 2 of two windows, and then a replay after a crash: every span
// and summary inserted again, and every window's revision 1 inserted
// again after its revision 2.
type sliFixture struct {
	svc  *Service
	conn driver.Conn
	// spans is the number of spans (of any class) in llm_spans, once each.
	spans uint64
	// lateStart is the start of the 10 s window the late span revised.
	lateStart int64
}

// gpuOf is a GPU attribution as the enricher writes it.
func gpuOf(util, seconds, joules float64) *llmobsv1.GPUAttribution {
	return &llmobsv1.GPUAttribution{Method: llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL, Samples: 2, UtilMeanPercent: util, GpuSeconds: seconds, EnergyJoules: joules}
}

func newSLIFixture(t *testing.T) *sliFixture {
	t.Helper()
	ch := startClickHouse(t)
	c := newCluster(t)
	brokers := c.ListenAddrs()
	// Before the workload (whose last heartbeat closes the windows).
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	produce := func(b *llmobsv1.EnrichedSpanBatch) {
		t.Helper()
		v, _ := proto.Marshal(b)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: kafka.DefaultTopics().Enriched, Partition: 0, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	span := func(trace []byte, service, model, provider string, startMs, durMs int64, w float64) *llmobsv1.Span {
		st := uint64(workloadBase+startMs) * 1e6
		return &llmobsv1.Span{TraceId: trace, SpanId: []byte{1}, StartTimeUnixNano: st, EndTimeUnixNano: st + uint64(durMs)*1e6,
			Weight: w, Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: service},
			GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: provider, RequestModel: model, InputTokens: 7, OutputTokens: 3}}
	}
	extra := &llmobsv1.EnrichedSpanBatch{}
	// chat/m0 and chat/m1: weight 0.25, no TTFT; m1's on a GPU.
	for i := range 40 {
		sp := span([]byte{200, byte(i)}, "chat", fmt.Sprint("m", i%2), "openai", int64(1000+i*1200), int64(5000+i*97), 0.25)
		if i%5 == 0 {
			sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		es := &llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Input: 0.002, Total: 0.002}}
		if i%2 == 1 {
			es.Gpu = gpuOf(float64(30+i), 0.5+float64(i)/100, float64(100+i))
		}
		extra.Spans = append(extra.Spans, es)
	}
	// agent/m0 (self-hosted, weight 2, on a GPU): m0 has two series.
	for i := range 30 {
		sp := span([]byte{202, byte(i)}, "agent", "m0", "vllm", int64(500+i*1800), int64(1000+(i*397)%3000), 2)
		if i%2 == 0 {
			ttft := int64(80+i*13) * 1e6
			sp.GenAi.TtftNanos = &ttft
		}
		if i%7 == 0 {
			sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		extra.Spans = append(extra.Spans, &llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Gpu: 0.004, Total: 0.004}, Gpu: gpuOf(float64(60+i%20), 1.5, 300)})
	}
	// An embedding call, the slowest call of all (class 2, a model call).
	emb := span([]byte{203, 1}, "agent", "e5", "vllm", 35500, 9500, 1)
	emb.Class, emb.GenAi.Operation = llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING, "embeddings"
	extra.Spans = append(extra.Spans, &llmobsv1.EnrichedSpan{Span: emb, Cost: &llmobsv1.Cost{Gpu: 0.01, Total: 0.01}})
	// A window of chat/m1 holding 0.5 requests, one of them an error (0.25).
	for i := range 2 {
		sp := span([]byte{204, byte(i)}, "chat", "m1", "openai", int64(62000+i*1000), 3000, 0.25)
		if i == 0 {
			sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		extra.Spans = append(extra.Spans, &llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Input: 0.002, Total: 0.002}})
	}
	// And what ingest shed under load, as it summarises it (per series
	// and 10 s bucket): 300 spans, half with a TTFT.
	z := sli.NewSummarizer(10 * time.Second)
	for i := range 300 {
		sp := span([]byte{201, byte(i), byte(i >> 8)}, "chat", fmt.Sprint("m", i%2), "openai", int64(500+i*180), int64(200+(i*7919)%4000), 1)
		sp.GenAi.InputTokens, sp.GenAi.OutputTokens = 11, 5
		if i%2 == 0 {
			ttft := int64(50+(i*31)%150) * 1e6
			sp.GenAi.TtftNanos = &ttft
		}
		if i%9 == 0 {
			sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		z.Add(&llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Input: 0.003, Total: 0.003}})
	}
	extra.Summaries = z.Take("")
	produce(extra)
	total := workload(t, brokers, 60, 5) + 40*0.25 + 30*2 + 1 + 2*0.25 + 300
	f := &sliFixture{spans: 660 + uint64(len(extra.Spans)), lateStart: workloadBase + 10000}

	cfg := testConfig()
	cfg.ClickHouse.DSN = ch.dsn()
	svc, stop := run(t, cfg, testDeps(brokers, "a"))
	t.Cleanup(stop)
	f.svc = svc
	f.conn = ch.conn(t)
	t.Cleanup(func() { f.conn.Close() })
	requests := func() float64 {
		got := 0.0
		for _, w := range apiWindows(t, svc, "10s") {
			got += w.Requests
		}
		return got
	}
	waitFor(t, "every span in /api/slis and in ClickHouse", 60*time.Second, func() bool {
		return math.Abs(requests()-total) < 1e-9 && count(t, f.conn, "SELECT count() FROM llm_spans FINAL") == f.spans &&
			count(t, f.conn, "SELECT count() FROM llm_span_summaries FINAL") == uint64(len(extra.Summaries))
	})
	// Revision 1 of every window, as /api/slis has it now.
	var rev1 []*llmobsv1.SLIWindow
	for _, lenName := range []string{"10s", "1m"} {
		for _, w := range apiWindows(t, svc, lenName) {
			rev1 = append(rev1, w)
		}
	}
	// A late span (within the allowed lateness) revises two windows.
	late := span([]byte{205, 1}, "chat", "m0", "openai", 12000, 2500, 1)
	produce(&llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{{Span: late, Cost: &llmobsv1.Cost{Input: 0.002, Total: 0.002}}}})
	heartbeat(t, cl, time.Now().UnixMilli())
	f.spans++
	waitFor(t, "the late span in /api/slis and in ClickHouse", 60*time.Second, func() bool {
		return math.Abs(requests()-total-1) < 1e-9 && count(t, f.conn, "SELECT count() FROM llm_spans FINAL") == f.spans &&
			count(t, f.conn, "SELECT count() FROM llm_sli_windows FINAL WHERE revision = 2") == 2
	})

	// A replay inserts every span, summary and revision-1 window again.
	sk, err := openSink(context.Background(), ch.dsn())
	if err != nil {
		t.Fatal(err)
	}
	defer sk.conn.Close()
	rd, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(kafka.DefaultTopics().Enriched), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	var again []*llmobsv1.EnrichedSpan
	for uint64(len(again)) < f.spans {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		fs := rd.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			t.Fatalf("read back %d of %d enriched spans", len(again), f.spans)
		}
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.EnrichedSpanBatch
			if proto.Unmarshal(r.Value, &b) == nil {
				again = append(again, b.Spans...)
			}
		})
	}
	if err := sk.insertSpans(context.Background(), again); err != nil {
		t.Fatal(err)
	}
	if err := sk.insertSummaries(context.Background(), extra.Summaries); err != nil {
		t.Fatal(err)
	}
	if err := sk.insertWindows(context.Background(), rev1); err != nil {
		t.Fatal(err)
	}
	if n := count(t, f.conn, "SELECT count() FROM llm_spans"); n < 2*f.spans {
		t.Fatalf("%d rows in llm_spans after the replay, want %d", n, 2*f.spans)
	}
	return f
}

// TestClickHouseMatchesAPISLIs: the SQL the README ships for SLIs from
// llm_spans (and llm_span_summaries) gives, on a real ClickHouse, the
// numbers /api/slis gives for the same windows (sliFixture: weights,
// spans without TTFT, summaries of shed spans, late data, replays).
func TestClickHouseMatchesAPISLIs(t *testing.T) {
	f := newSLIFixture(t)
	svc, conn := f.svc, f.conn
	queries := shippedSLIQueries(t)
	fill := func(q, service, model string, from, to, lenMs int64) string {
		return strings.NewReplacer("{service}", service, "{model}", model, "{from_ms}", fmt.Sprint(from), "{to_ms}", fmt.Sprint(to), "{window_ms}", fmt.Sprint(lenMs)).Replace(q)
	}
	rows := func(q string) []map[string]float64 {
		rs, err := conn.Query(context.Background(), q)
		if err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		defer rs.Close()
		cols := rs.Columns()
		var out []map[string]float64
		for rs.Next() {
			vals := make([]any, len(cols))
			for i, ct := range rs.ColumnTypes() {
				switch ct.DatabaseTypeName() {
				case "UInt64":
					vals[i] = new(uint64)
				case "Int64":
					vals[i] = new(int64)
				default:
					vals[i] = new(float64)
				}
			}
			if err := rs.Scan(vals...); err != nil {
				t.Fatalf("%v\n%s", err, q)
			}
			m := map[string]float64{}
			for i, c := range cols {
				switch v := vals[i].(type) {
				case *uint64:
					m[c] = float64(*v)
				case *int64:
					m[c] = float64(*v)
				case *float64:
					m[c] = *v
				}
			}
			out = append(out, m)
		}
		return out
	}
	field := func(w *llmobsv1.SLIWindow, col string) float64 {
		switch col {
		case "requests":
			return w.Requests
		case "errors":
			return w.Errors
		case "input_tokens":
			return w.InputTokens
		case "output_tokens":
			return w.OutputTokens
		case "cost_total":
			return w.GetCost().GetTotal()
		case "latency_p50_ms":
			return w.LatencyP50Ms
		case "latency_p99_ms":
			return w.LatencyP99Ms
		case "ttft_p50_ms":
			return w.TtftP50Ms
		case "ttft_p95_ms":
			return w.TtftP95Ms
		}
		t.Fatalf("column %s: no SLI field", col)
		return 0
	}
	compare := func(where string, w *llmobsv1.SLIWindow, row map[string]float64) {
		for col, got := range row {
			if col == "window_start_ms" {
				continue
			}
			want := field(w, col)
			tol := 1e-9 * math.Max(1, math.Abs(want)) // sums: equal up to float order
			if strings.Contains(col, "_p") {
				// Exact quantiles over the spans against the t-digest.
				tol = 0.01 * math.Abs(want)
				if w.Spans < 40 {
					continue // a t-digest quantile of a handful of weighted points interpolates between them
				}
			}
			if math.Abs(got-want) > tol {
				t.Errorf("%s: %s = %v from llm_spans, %v from /api/slis", where, col, got, want)
			}
		}
	}
	checked := 0
	for lenName, lenMs := range map[string]int64{"10s": 10000, "1m": 60000} {
		api := apiWindows(t, svc, lenName)
		var from, to int64 = math.MaxInt64, 0
		for k := range api {
			from, to = min(from, k.start), max(to, k.start+k.lenMs)
		}
		series := map[[2]string]bool{}
		for k, w := range api {
			series[[2]string{k.service, k.model}] = true
			if k.service == "chat" && k.model == "m0" && k.start <= f.lateStart && f.lateStart < k.start+k.lenMs && w.Revision != 2 {
				t.Errorf("%s window %d of chat/m0: revision %d, want 2 (the late span)", lenName, k.start, w.Revision)
			}
			r := rows(fill(queries[0], k.service, k.model, k.start, k.start+k.lenMs, k.lenMs))
			if len(r) != 1 {
				t.Fatalf("query 1: %d rows", len(r))
			}
			compare(fmt.Sprintf("%s window %d of %s/%s (query 1)", lenName, k.start, k.service, k.model), w, r[0])
			checked++
		}
		if len(series) != 4 {
			t.Fatalf("%d series in /api/slis, want chat/m0, chat/m1, agent/m0, agent/e5", len(series))
		}
		for sm := range series {
			rs := rows(fill(queries[1], sm[0], sm[1], from, to, lenMs))
			if len(rs) == 0 {
				t.Fatalf("query 2: no rows for %s", sm)
			}
			for _, r := range rs {
				k := skey{sm[0], sm[1], lenMs, int64(r["window_start_ms"])}
				w := api[k]
				if w == nil {
					t.Fatalf("query 2: window %v not in /api/slis", k)
				}
				compare(fmt.Sprintf("%s window %d of %s/%s (query 2)", lenName, k.start, k.service, k.model), w, r)
				checked++
			}
		}
	}
	t.Logf("%d windows compared; %d rows in llm_spans, %d after FINAL", checked, count(t, conn, "SELECT count() FROM llm_spans"), count(t, conn, "SELECT count() FROM llm_spans FINAL"))
}
