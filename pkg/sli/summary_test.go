package sli

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Shedding loses nothing the SLIs need: folding 90 % of the spans into
// summaries (through their wire form) and the rest one by one gives the
// same window as folding every span — same counts, errors, tokens, cost,
// usage shares, latency SLO counts, and the same quantiles while the
// sketches are exact.
func TestSummariesMergeLikeSpans(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const bucket = 10 * time.Second
	base := int64(1_700_000_000_000) // ms, a multiple of 10 s
	all, mixed := NewAcc(), NewAcc()
	z := NewSummarizer(bucket)
	var sums []*llmobsv1.SeriesSummary
	for i := range 3000 {
		es := span(50+r.ExpFloat64()*400, 1, 20+r.Float64()*50, int64(1+r.IntN(500)), r.IntN(50) == 0)
		endMs := base + int64(r.IntN(10_000))
		lat := es.Span.EndTimeUnixNano - es.Span.StartTimeUnixNano
		es.Span.EndTimeUnixNano = uint64(endMs) * 1e6
		es.Span.StartTimeUnixNano = es.Span.EndTimeUnixNano - lat
		es.Cost = &llmobsv1.Cost{Input: r.Float64() / 1000, Output: r.Float64() / 500}
		es.Cost.Total = es.Cost.Input + es.Cost.Output
		if r.IntN(3) == 0 {
			es.Span.GenAi.TenantId = []string{"acme", "globex"}[r.IntN(2)]
		}
		all.Add(es)
		if r.IntN(10) == 0 {
			mixed.Add(es)
		} else if !z.Add(es) {
			t.Fatal("a model span was not summarised")
		}
		if i%500 == 499 { // one poll's summaries
			sums = append(sums, z.Take("tbl")...)
		}
	}
	if z.Len() != 0 {
		t.Fatal("Take must empty the summarizer")
	}
	if len(sums) != 6 {
		t.Fatalf("%d summaries, want one per poll (one series, one bucket)", len(sums))
	}
	for _, s := range sums {
		if s.BucketStartUnixMs != base || s.BucketLengthMs != 10_000 || s.PriceTable != "tbl" || s.Series.Service != "chat" {
			t.Fatalf("summary %v", s)
		}
		b, err := s.MarshalVT()
		if err != nil {
			t.Fatal(err)
		}
		var back llmobsv1.SeriesSummary
		if err := back.UnmarshalVT(b); err != nil {
			t.Fatal(err)
		}
		mixed.Merge(FromProto(back.Aggregate))
	}
	k := Key{Service: "chat", Model: "gpt-4o", Operation: "chat", Provider: "openai"}
	want := all.Window(k, base, 10_000, 1, 0)
	got := mixed.Window(k, base, 10_000, 1, 0)
	// Float sums in another order: equal to the last bits.
	const tol = 1e-12
	near := func(a, b float64) bool { return a == b || (a-b)/b < tol && (b-a)/b < tol }
	if got.Requests != want.Requests || got.Errors != want.Errors || got.Spans != want.Spans ||
		got.InputTokens != want.InputTokens || got.OutputTokens != want.OutputTokens {
		t.Errorf("counts differ:\n got %v %v %v %v %v\nwant %v %v %v %v %v", got.Requests, got.Errors, got.Spans, got.InputTokens, got.OutputTokens,
			want.Requests, want.Errors, want.Spans, want.InputTokens, want.OutputTokens)
	}
	if !near(got.Cost.Total, want.Cost.Total) || !near(got.Cost.Input, want.Cost.Input) {
		t.Errorf("cost %v, want %v", got.Cost, want.Cost)
	}
	for _, q := range [][2]float64{{got.LatencyP99Ms, want.LatencyP99Ms}, {got.LatencyP50Ms, want.LatencyP50Ms}, {got.TtftP95Ms, want.TtftP95Ms}, {got.TpotP95Ms, want.TpotP95Ms}, {got.LatencyMaxMs, want.LatencyMaxMs}} {
		if q[0] != q[1] {
			t.Errorf("quantile %v, want %v (exact sketches)", q[0], q[1])
		}
	}
	if !proto.Equal(&llmobsv1.SLIWindow{LatencyOkLeCount: got.LatencyOkLeCount}, &llmobsv1.SLIWindow{LatencyOkLeCount: want.LatencyOkLeCount}) {
		t.Errorf("latency SLO counts %v, want %v", got.LatencyOkLeCount, want.LatencyOkLeCount)
	}
	gs, ws := map[string]float64{}, map[string]float64{}
	for _, u := range got.Usage {
		gs[u.Tenant] = u.Requests
	}
	for _, u := range want.Usage {
		ws[u.Tenant] = u.Requests
	}
	if len(gs) != 3 || gs["acme"] != ws["acme"] || gs["globex"] != ws["globex"] || gs[""] != ws[""] {
		t.Errorf("usage shares %v, want %v", gs, ws)
	}
}

func TestBucketStartAndKeyOfSpan(t *testing.T) {
	for _, tc := range [][3]int64{{0, 10_000, 0}, {9_999, 10_000, 0}, {10_000, 10_000, 10_000}, {-1, 10_000, -10_000}} {
		if got := BucketStart(tc[0], tc[1]); got != tc[2] {
			t.Errorf("BucketStart(%d, %d) = %d, want %d", tc[0], tc[1], got, tc[2])
		}
	}
	z := NewSummarizer(time.Second)
	if z.Add(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_HTTP}}) || z.Len() != 0 {
		t.Error("an HTTP span feeds no series: not summarised")
	}
	if !z.Add(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING}}) || z.Len() != 1 {
		t.Error("an embedding span without gen_ai attributes still feeds a series")
	}
	if z.Take("")[0].Aggregate.Requests != 1 {
		t.Error("weight 0 reads as 1")
	}
}

// Calls priced by GPU-seconds are summarised unpriced, with their time per
// host, GPU and tenant/user; the enricher charges an estimate back into
// the aggregate, its usage share and the estimated fields, which survive
// merging and reach the window.
func TestSummaryGPUUseAndCharge(t *testing.T) {
	z := NewSummarizer(10 * time.Second)
	mkCall := func(endMs int64, latMs float64, tenant string) *llmobsv1.Span {
		s := span(latMs, 1, 0, 10, false).Span
		s.GenAi.Provider, s.GenAi.RequestModel, s.GenAi.TenantId = "vllm", "llama", tenant
		lat := s.EndTimeUnixNano - s.StartTimeUnixNano
		s.EndTimeUnixNano = uint64(endMs) * 1e6
		s.StartTimeUnixNano = s.EndTimeUnixNano - lat
		return s
	}
	base := int64(1_700_000_000_000)
	z.AddUnpriced(mkCall(base+100, 500, "acme"), "gpu-host-1", "GPU-0")
	z.AddUnpriced(mkCall(base+200, 1500, "acme"), "gpu-host-1", "GPU-0")
	z.AddUnpriced(mkCall(base+300, 1000, "globex"), "gpu-host-1", "GPU-0")
	if z.AddUnpriced(&llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_HTTP}, "h", "") {
		t.Fatal("an HTTP span feeds no series")
	}
	sums := z.Take("")
	if len(sums) != 1 || len(sums[0].GpuUse) != 2 {
		t.Fatalf("summaries %v", sums)
	}
	u := sums[0].GpuUse[0]
	if u.HostName != "gpu-host-1" || u.GpuId != "GPU-0" || u.Tenant != "acme" || u.Calls != 2 || u.CallSeconds != 2 || u.MaxEndUnixNano != uint64(base+200)*1e6 {
		t.Fatalf("gpu use %v", u)
	}
	agg := sums[0].Aggregate
	if agg.Requests != 3 || agg.Cost.GetTotal() != 0 || agg.UnknownModel != 0 {
		t.Fatalf("unpriced calls: requests %v cost %v unknown %v", agg.Requests, agg.Cost.GetTotal(), agg.UnknownModel)
	}
	ChargeGPU(agg, "acme", "", 1.5, 0.003)
	ChargeGPU(agg, "globex", "", 0.5, 0.001)
	acc := NewAcc()
	acc.Merge(FromProto(agg))
	acc.Merge(FromProto(agg))
	w := acc.Window(KeyFromProto(sums[0].Series), base, 10_000, 1, 0)
	if w.GpuSeconds != 4 || w.GpuSecondsEstimated != 4 || math.Abs(w.Cost.Gpu-0.008) > 1e-15 || math.Abs(w.GpuCostEstimated-0.008) > 1e-15 || math.Abs(w.Cost.Total-0.008) > 1e-15 {
		t.Errorf("window GPU %v s (estimated %v), cost %v (estimated %v, total %v)", w.GpuSeconds, w.GpuSecondsEstimated, w.Cost.Gpu, w.GpuCostEstimated, w.Cost.Total)
	}
	for _, s := range w.Usage {
		if want := map[string]float64{"acme": 0.006, "globex": 0.002}[s.Tenant]; math.Abs(s.CostUsd-want) > 1e-15 {
			t.Errorf("usage share %s: %v, want %v", s.Tenant, s.CostUsd, want)
		}
	}
}
