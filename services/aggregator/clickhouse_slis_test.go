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

// apiWindows reads every window /api/slis holds for window length w.
func apiWindows(t *testing.T, svc *Service, w string) map[wkey]*llmobsv1.SLIWindow {
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
	out := map[wkey]*llmobsv1.SLIWindow{}
	for _, s := range body.Series {
		for _, raw := range s.Windows {
			var win llmobsv1.SLIWindow
			if err := protojson.Unmarshal(raw, &win); err != nil {
				t.Fatal(err)
			}
			out[wkey{win.GetSeries().GetModel(), win.WindowLengthMs, win.WindowStartUnixMs}] = &win
		}
	}
	return out
}

// TestClickHouseMatchesAPISLIs: the SQL the README ships for SLIs from
// llm_spans (and llm_span_summaries) gives, on a real ClickHouse, the
// numbers /api/slis gives for the same windows — with weights 4, 1 and 0.25
// (a Float64 weight cast to an integer would drop the 0.25s), spans without
// TTFT (stored as 0 ms, which must not count), summaries of spans ingest
// shed, and every span and summary inserted twice (a replay after a crash,
// before ClickHouse merged the copies).
func TestClickHouseMatchesAPISLIs(t *testing.T) {
	ch := startClickHouse(t)
	c := newCluster(t)
	brokers := c.ListenAddrs()
	// Spans of weight 0.25 without TTFT, before the workload (whose last
	// heartbeat closes the windows).
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	extra := &llmobsv1.EnrichedSpanBatch{}
	for i := range 40 {
		st := uint64(workloadBase+int64(1000+i*1200)) * 1e6
		sp := &llmobsv1.Span{TraceId: []byte{200, byte(i)}, SpanId: []byte{1}, StartTimeUnixNano: st, EndTimeUnixNano: st + uint64(5000+i*97)*1e6,
			Weight: 0.25, Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "chat"},
			GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: fmt.Sprint("m", i%2), InputTokens: 7, OutputTokens: 3}}
		if i%5 == 0 {
			sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		extra.Spans = append(extra.Spans, &llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Input: 0.002, Total: 0.002}})
	}
	// And what ingest shed under load, as it summarises it (per series
	// and 10 s bucket): 300 spans, half with a TTFT.
	z := sli.NewSummarizer(10 * time.Second)
	for i := range 300 {
		st := uint64(workloadBase+int64(500+i*180)) * 1e6
		sp := &llmobsv1.Span{TraceId: []byte{201, byte(i), byte(i >> 8)}, SpanId: []byte{1}, StartTimeUnixNano: st, EndTimeUnixNano: st + uint64(200+(i*7919)%4000)*1e6,
			Weight: 1, Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "chat"},
			GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: fmt.Sprint("m", i%2), InputTokens: 11, OutputTokens: 5}}
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
	v, _ := proto.Marshal(extra)
	if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: kafka.DefaultTopics().Enriched, Partition: 0, Value: v}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	total := workload(t, brokers, 60, 5) + 40*0.25 + 300

	cfg := testConfig()
	cfg.ClickHouse.DSN = ch.dsn()
	svc, stop := run(t, cfg, testDeps(brokers, "a"))
	defer stop()
	conn := ch.conn(t)
	defer conn.Close()
	waitFor(t, "every span in /api/slis and in ClickHouse", 60*time.Second, func() bool {
		got := 0.0
		for _, w := range apiWindows(t, svc, "10s") {
			got += w.Requests
		}
		return math.Abs(got-total) < 1e-9 && count(t, conn, "SELECT count() FROM llm_spans FINAL") == 700 &&
			count(t, conn, "SELECT count() FROM llm_span_summaries FINAL") == uint64(len(extra.Summaries))
	})

	// A replay inserts every span again.
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
	for len(again) < 700 {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		fs := rd.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			t.Fatalf("read back %d of 700 enriched spans", len(again))
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
	if n := count(t, conn, "SELECT count() FROM llm_spans"); n < 700 {
		t.Fatalf("%d rows", n)
	}

	queries := shippedSLIQueries(t)
	fill := func(q, model string, from, to, lenMs int64) string {
		return strings.NewReplacer("{service}", "chat", "{model}", model, "{from_ms}", fmt.Sprint(from), "{to_ms}", fmt.Sprint(to), "{window_ms}", fmt.Sprint(lenMs)).Replace(q)
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
		for k, w := range api {
			r := rows(fill(queries[0], k.model, k.start, k.start+k.lenMs, k.lenMs))
			if len(r) != 1 {
				t.Fatalf("query 1: %d rows", len(r))
			}
			compare(fmt.Sprintf("%s window %d of %s (query 1)", lenName, k.start, k.model), w, r[0])
			checked++
		}
		for _, model := range []string{"m0", "m1"} {
			rs := rows(fill(queries[1], model, from, to, lenMs))
			if len(rs) == 0 {
				t.Fatalf("query 2: no rows for %s", model)
			}
			for _, r := range rs {
				k := wkey{model, lenMs, int64(r["window_start_ms"])}
				w := api[k]
				if w == nil {
					t.Fatalf("query 2: window %v not in /api/slis", k)
				}
				compare(fmt.Sprintf("%s window %d of %s (query 2)", lenName, k.start, model), w, r)
				checked++
			}
		}
	}
	t.Logf("%d windows compared; %d rows in llm_spans, %d after FINAL", checked, count(t, conn, "SELECT count() FROM llm_spans"), count(t, conn, "SELECT count() FROM llm_spans FINAL"))
}
