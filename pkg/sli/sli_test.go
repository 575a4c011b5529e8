package sli

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func span(latMs float64, weight float64, ttftMs float64, out int64, failed bool) *llmobsv1.EnrichedSpan {
	s := &llmobsv1.Span{
		StartTimeUnixNano: 1_000_000_000, EndTimeUnixNano: 1_000_000_000 + uint64(latMs*1e6), Weight: weight,
		Class:    llmobsv1.SpanClass_SPAN_CLASS_LLM,
		Resource: &llmobsv1.Resource{ServiceName: "chat"},
		GenAi:    &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: "gpt-4o", ResponseModel: "gpt-4o-2024-08-06", InputTokens: 100, OutputTokens: out},
	}
	if ttftMs > 0 {
		ns := int64(ttftMs * 1e6)
		s.GenAi.TtftNanos = &ns
	}
	if failed {
		s.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	}
	return &llmobsv1.EnrichedSpan{Span: s, Cost: &llmobsv1.Cost{Input: 0.001, Output: 0.002, Total: 0.003}}
}

// exact weighted quantile: the smallest value whose cumulative weight
// reaches q of the total.
func exact(vals, weights []float64, q float64) float64 {
	idx := make([]int, len(vals))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return vals[idx[a]] < vals[idx[b]] })
	total := 0.0
	for _, w := range weights {
		total += w
	}
	cum := 0.0
	for _, i := range idx {
		cum += weights[i]
		if cum >= q*total {
			return vals[i]
		}
	}
	return vals[idx[len(idx)-1]]
}

// p50/p95/p99 within 1% relative of the exact value on windows of ≥ 1000
// spans, weighted and unweighted, after the digests went through their
// wire form and were merged from four partials (four partitions).
func TestQuantileAccuracy(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n        int
		weighted bool
	}{{"1000 unweighted", 1000, false}, {"5000 unweighted", 5000, false}, {"1000 weighted", 1000, true}, {"20000 weighted", 20000, true}} {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(tc.n), 7))
			parts := []*Acc{NewAcc(), NewAcc(), NewAcc(), NewAcc()}
			var vals, ws []float64
			for i := 0; i < tc.n; i++ {
				lat := 800 * math.Exp(0.6*r.NormFloat64()) // log-normal, heavy right tail
				w := 1.0
				if tc.weighted && r.Float64() < 0.7 {
					w = 10 // sampled at p = 0.1
				}
				vals, ws = append(vals, lat), append(ws, w)
				parts[i%4].Add(span(lat, w, 0, 1, false))
			}
			merged := NewAcc()
			for _, p := range parts {
				b, err := proto.Marshal(p.Proto())
				if err != nil {
					t.Fatal(err)
				}
				var agg llmobsv1.Aggregate
				if err := proto.Unmarshal(b, &agg); err != nil {
					t.Fatal(err)
				}
				merged.Merge(FromProto(&agg))
			}
			w := merged.Window(Key{}, 0, 10000, 1, 0)
			for _, c := range []struct {
				q   float64
				got float64
			}{{0.5, w.LatencyP50Ms}, {0.95, w.LatencyP95Ms}, {0.99, w.LatencyP99Ms}} {
				want := exact(vals, ws, c.q)
				if rel := math.Abs(c.got-want) / want; rel > 0.01 {
					t.Errorf("p%v = %.2f, exact %.2f: %.2f%% off", c.q*100, c.got, want, rel*100)
				} else {
					t.Logf("p%v = %.2f, exact %.2f (%.3f%% off)", c.q*100, c.got, want, rel*100)
				}
			}
			var wsum float64
			for _, x := range ws {
				wsum += x
			}
			if math.Abs(w.Requests-wsum) > 1e-9 || w.Spans != uint64(tc.n) {
				t.Fatalf("requests %v (want %v), spans %d", w.Requests, wsum, w.Spans)
			}
		})
	}
}

func TestWindowFieldsWorkedExample(t *testing.T) {
	a := NewAcc()
	// Two streamed calls (1 s, TTFT 200 ms, 81 tokens: TPOT 10 ms) with
	// weight 1, one failed call with weight 2.
	a.Add(span(1000, 1, 200, 81, false))
	a.Add(span(1000, 1, 200, 81, false))
	a.Add(span(100, 2, 0, 0, true))
	w := a.Window(Key{Service: "chat"}, 10_000, 10_000, 1, 0)
	if w.Requests != 4 || w.Errors != 2 || w.ErrorRate != 0.5 {
		t.Fatalf("requests %v errors %v rate %v", w.Requests, w.Errors, w.ErrorRate)
	}
	if math.Abs(w.TpotP50Ms-10) > 1e-9 || math.Abs(w.TtftP50Ms-200) > 1e-9 {
		t.Fatalf("tpot %v ttft %v", w.TpotP50Ms, w.TtftP50Ms)
	}
	// 162 tokens over 1.6 s of generation.
	if math.Abs(w.OutputTokensPerS-162/1.6) > 1e-9 {
		t.Fatalf("tokens/s %v", w.OutputTokensPerS)
	}
	if math.Abs(w.Cost.Total-0.003*4) > 1e-12 || math.Abs(w.InputTokens-400) > 1e-9 {
		t.Fatalf("cost %v input %v: weighted sums", w.Cost.Total, w.InputTokens)
	}
	if w.LatencyMaxMs != 1000 || math.Abs(w.LatencyMeanMs-(2000+200)/4.0) > 1e-9 {
		t.Fatalf("max %v mean %v", w.LatencyMaxMs, w.LatencyMeanMs)
	}
}

func TestKeyOf(t *testing.T) {
	s := span(10, 1, 0, 1, false)
	k, ok := KeyOf(s)
	if !ok || k != (Key{"chat", "gpt-4o", "chat", "openai", ""}) {
		t.Fatalf("%v %v: series are keyed by the requested model", k, ok)
	}
	// A failed call (no response model) lands in the same series, so the
	// model's error rate counts it.
	f := span(10, 1, 0, 1, true)
	f.Span.GenAi.ResponseModel = ""
	if k2, _ := KeyOf(f); k2 != k {
		t.Fatalf("failed call series %v, want %v", k2, k)
	}
	// Without a requested model, the answering one names the series.
	r := span(10, 1, 0, 1, false)
	r.Span.GenAi.RequestModel = ""
	if k3, _ := KeyOf(r); k3.Model != "gpt-4o-2024-08-06" {
		t.Fatalf("response-only series %v", k3)
	}
	s.Span.Class = llmobsv1.SpanClass_SPAN_CLASS_HTTP
	if _, ok := KeyOf(s); ok {
		t.Fatal("HTTP span keyed")
	}
}

func BenchmarkAdd(b *testing.B) {
	a := NewAcc()
	spans := make([]*llmobsv1.EnrichedSpan, 1024)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range spans {
		spans[i] = span(800*math.Exp(0.5*r.NormFloat64()), 1, 150, 200, i%50 == 0)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a.Add(spans[i%len(spans)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spans/s")
}

// TestMemoryPerSeries reports what one active series costs in one window
// (run with -v).
func TestMemoryPerSeries(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	accs := make([]*Acc, 200)
	for i := range accs {
		accs[i] = NewAcc()
		for j := 0; j < memSpans; j++ {
			accs[i].Add(span(float64(100+j%1000), 1, 50, 100, false))
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("%.1f KiB per series-window with %d spans", float64(after.HeapAlloc-before.HeapAlloc)/float64(len(accs))/1024, memSpans)
	runtime.KeepAlive(accs)
}

var memSpans = 1000

// Spans that upstream should never send still aggregate without a panic:
// an LLM span without its GenAI block, and one ending before it starts.
func TestAddToleratesMalformedSpans(t *testing.T) {
	c := NewAcc()
	c.Add(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, StartTimeUnixNano: 2e9, EndTimeUnixNano: 3e9}})
	c.Add(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, StartTimeUnixNano: 5e9, EndTimeUnixNano: 4e9, GenAi: &llmobsv1.GenAI{}}})
	a := c.Proto()
	if a.Requests != 2 || a.LatencyMaxMs != 1000 {
		t.Fatalf("requests %v, max latency %v ms (want 2, 1000)", a.Requests, a.LatencyMaxMs)
	}
}

// Exact latency SLO counts: successful requests per bound, weighted,
// cumulative, surviving the wire form and a merge; errors are never good.
func TestLatencyOkCounts(t *testing.T) {
	mk := func(ms float64, w float64, isErr bool) *llmobsv1.EnrichedSpan {
		s := &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, StartTimeUnixNano: 1e9, EndTimeUnixNano: 1e9 + uint64(ms*1e6), Weight: w, GenAi: &llmobsv1.GenAI{}}
		if isErr {
			s.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		return &llmobsv1.EnrichedSpan{Span: s}
	}
	a, b := NewAcc(), NewAcc()
	a.Add(mk(80, 1, false))    // ≤ 100
	a.Add(mk(1999, 10, false)) // ≤ 2000, weight 10
	b.Add(mk(2000, 1, false))  // ≤ 2000 (bounds are inclusive)
	b.Add(mk(2001, 1, false))  // ≤ 2500
	b.Add(mk(50, 1, true))     // an error: not good at any bound
	b.Add(mk(99999, 1, false)) // above every bound
	m := FromProto(a.Proto())
	m.Merge(FromProto(b.Proto()))
	w := m.Window(Key{}, 0, 10000, 1, 0)
	le := map[float64]float64{}
	for i, bound := range w.LatencyLeMs {
		le[bound] = w.LatencyOkLeCount[i]
	}
	if le[50] != 0 || le[100] != 1 || le[2000] != 12 || le[2500] != 13 || le[60000] != 13 || w.Requests != 15 {
		t.Fatalf("counts %v, requests %v", le, w.Requests)
	}
}
