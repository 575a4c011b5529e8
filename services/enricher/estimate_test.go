package enricher

import (
	"bytes"
	"math"
	"testing"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestChargeSummaryGPU: summarised self-hosted calls are charged what the
// fair split (split.go) gives the calls of their host, GPU and bucket, on
// a host timeline computed by hand. Host h has two GPUs (samples every
// second, H100) and six calls (seconds):
//
//	a G0 [8,12]   b G0 [10,14]   c ? [11,15]   d G1 [13,19]   e G0 [16,25]   f ? [2,9]
//
// (? = the span named no GPU: spread over both, load ½ on each). At each
// instant a GPU's second is shared in proportion to load, none getting
// more than its load:
//
//	[8,9)   a ⅔  f ½·⅔+½ = ⅚
//	[9,10)  a 1
//	[10,11) a ½  b ½
//	[11,12) a ⅖  b ⅖  c ½·⅖+½ = 7⁄10
//	[12,13) b ⅔  c ⅚
//	[13,14) b ⅔  c ⅔  d ⅔
//	[14,15) c ⅚  d ⅔
//	[15,19) d 1 (and e alone on G0 from 16)
//
// so a gets 77/30 GPU-seconds in its 4 s, b 67/30, c 91/30 and d 16/3 in
// its 6 s. The 10 s bucket [10,20) holds the calls ending in it: a, b, c,
// d (not e, f). (The pool model this replaced counted c fully against G0
// and e's seconds after the bucket's calls: 9/14 GPU-second per G0
// call-second instead of (77+67)/240 = 0.6.)
func TestChargeSummaryGPU(t *testing.T) {
	e := testEnricher(t)
	for i := range 31 {
		for _, g := range []string{"G0", "G1"} {
			e.gpu.add(sample("h", g, float64(i), 90, 300, float64(i)*300_000))
		}
	}
	// A second host whose samples stop before its call: the join prices
	// nothing there.
	for i := range 3 {
		e.gpu.add(sample("h2", "G0", float64(i), 90, 300, float64(i)*300_000))
	}
	// A host with samples and no call held.
	e.gpu.add(sample("lone", "G0", 12, 90, 300, 0))
	type callDef struct {
		id         byte
		host, gpu  string
		start, end float64
		want       float64 // GPU-seconds by hand
	}
	calls := []callDef{
		{'a', "h", "G0", 8, 12, 77.0 / 30}, {'b', "h", "G0", 10, 14, 67.0 / 30}, {'c', "h", "", 11, 15, 91.0 / 30},
		{'d', "h", "G1", 13, 19, 16.0 / 3}, {'e', "h", "G0", 16, 25, 9}, {'f', "h", "", 2, 9, 6 + 5.0/6},
		{'g', "h2", "G0", 12, 14, 0},
	}
	for _, c := range calls {
		e.gpu.recordCall(c.host, c.gpu, bytes.Repeat([]byte{c.id}, 16), bytes.Repeat([]byte{c.id}, 8), sec(c.start), sec(c.end))
	}
	// The join (a forwarded span of each call) gives the hand-computed
	// split.
	for _, c := range calls {
		a := e.gpu.attribute(llmSpan(c.id, c.host, c.gpu, c.start, c.end), e.cfg.Delta)
		if math.Abs(a.GpuSeconds-c.want) > 1e-9 {
			t.Errorf("call %c: the join gives %v GPU-seconds, by hand %v", c.id, a.GpuSeconds, c.want)
		}
	}
	usdPerHour, ok := e.prices.GPUPrice("NVIDIA H100 80GB HBM3")
	if !ok || usdPerHour <= 0 {
		t.Fatal("no H100 price")
	}
	from := int64(sec(10) / 1e6)
	use := func(host, gpu, tenant string, callSeconds float64, calls uint64, maxEnd float64) *llmobsv1.GPUUse {
		return &llmobsv1.GPUUse{HostName: host, GpuId: gpu, Tenant: tenant, User: "u1", CallSeconds: callSeconds, Calls: calls, MaxEndUnixNano: sec(maxEnd)}
	}
	charge := func(uses ...*llmobsv1.GPUUse) (*llmobsv1.Aggregate, float64, uint64) {
		sum := &llmobsv1.SeriesSummary{Series: &llmobsv1.SeriesKey{Service: "agent", Provider: "vllm"}, BucketStartUnixMs: from, BucketLengthMs: 10_000,
			Aggregate: &llmobsv1.Aggregate{Requests: 10, Usage: []*llmobsv1.UsageShare{{Tenant: "acme", User: "u1", Requests: 2}, {Requests: 8}}}, GpuUse: uses}
		secs, unpriced := e.chargeSummaryGPU(sum, map[*call]*llmobsv1.GPUAttribution{})
		if sum.GpuUse != nil {
			t.Error("GPU uses name raw users: dropped once charged")
		}
		return sum.Aggregate, secs, unpriced
	}
	near := func(what string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Errorf("%s: %v, want %v", what, got, want)
		}
	}

	// Every call of the bucket summarised (a and b on G0, c on no named
	// GPU, d on G1): charged exactly what the join would have given them.
	agg, secs, unpriced := charge(use("h", "G0", "acme", 8, 2, 14), use("h", "", "", 4, 1, 15), use("h", "G1", "", 6, 1, 19), use("unknown-host", "", "", 4, 3, 15))
	want := (77.0+67+91)/30 + 16.0/3
	near("GPU-seconds charged", secs, want)
	near("aggregate GPU-seconds", agg.GpuSeconds, want)
	near("estimated GPU-seconds", agg.GpuSecondsEstimated, want)
	near("GPU cost", agg.Cost.Gpu, want*usdPerHour/3600)
	near("estimated GPU cost", agg.GpuCostEstimated, agg.Cost.Gpu)
	near("total cost", agg.Cost.Total, agg.Cost.Gpu)
	near("acme/u1's spend (a and b)", agg.Usage[0].CostUsd, (77.0+67)/30*usdPerHour/3600)
	if unpriced != 3 || agg.UnknownModel != 3 {
		t.Errorf("%d calls unpriced, unknown_model %v: want the unknown host's 3", unpriced, agg.UnknownModel)
	}

	// Only a summarised (its use ends at 12 s): a alone is averaged.
	_, secs, _ = charge(use("h", "G0", "acme", 4, 1, 12))
	near("a alone", secs, 77.0/30)
	// Only b summarised: the calls of G0 ending in [10 s, 14 s] are a
	// (forwarded) and b, and b is charged their average share, 0.6 GPU-s
	// per second, not its own 67/120 (the estimate's one approximation).
	_, secs, _ = charge(use("h", "G0", "acme", 4, 1, 14))
	near("b, at the bucket's average", secs, 0.6*4)

	// A call the join cannot price (no sample around it) is not priced
	// by the estimate either; a host with samples and no call held gives
	// a call its GPU alone.
	agg, secs, unpriced = charge(use("h2", "G0", "", 2, 1, 14), use("lone", "G0", "", 3, 2, 15))
	near("the lone host's call", secs, 3)
	if unpriced != 1 || agg.UnknownModel != 1 {
		t.Errorf("%d calls unpriced, want h2's 1", unpriced)
	}
}
