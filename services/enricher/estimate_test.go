package enricher

import (
	"math"
	"testing"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// A summarised self-hosted call is charged the GPU time its host gave its
// calls per call-second over the bucket, at the price of the host's GPU
// (H100, $3/h in the embedded table): two calls overlapping for 5 s of a
// 10 s bucket on one GPU ran 15 call-seconds in 10 GPU-seconds, so 3
// summarised call-seconds are charged 2 GPU-seconds. A host without GPU
// samples leaves its calls unpriced (unknown_model), as the join would.
func TestChargeSummaryGPU(t *testing.T) {
	e := testEnricher(t)
	for i := range 20 {
		e.gpu.add(sample("h", "G0", float64(i), 90, 300, float64(i)*300_000))
	}
	e.gpu.recordCall("h", "G0", nil, []byte("a"), sec(0), sec(10))
	e.gpu.recordCall("h", "G0", nil, []byte("b"), sec(5), sec(15))
	ratio, model, ok := e.gpu.gpuPerCallSecond("h", "G0", sec(0), sec(10))
	if !ok || math.Abs(ratio-2.0/3) > 1e-12 || model != "NVIDIA H100 80GB HBM3" {
		t.Fatalf("ratio %v model %q ok %v, want 2/3 on the H100", ratio, model, ok)
	}
	sum := &llmobsv1.SeriesSummary{Series: &llmobsv1.SeriesKey{Service: "agent", Provider: "vllm"}, BucketStartUnixMs: int64(sec(0) / 1e6), BucketLengthMs: 10_000,
		Aggregate: &llmobsv1.Aggregate{Requests: 5, Usage: []*llmobsv1.UsageShare{{Tenant: "acme", User: "u1", Requests: 2}, {Requests: 3}}},
		GpuUse: []*llmobsv1.GPUUse{
			{HostName: "h", GpuId: "G0", Tenant: "acme", User: "u1", CallSeconds: 3, Calls: 2},
			{HostName: "unknown-host", CallSeconds: 4, Calls: 3},
		}}
	secs, unpriced := e.chargeSummaryGPU(sum)
	agg := sum.Aggregate
	wantUSD := 2 * 3.0 / 3600
	if math.Abs(secs-2) > 1e-12 || unpriced != 3 || agg.UnknownModel != 3 || math.Abs(agg.Cost.Gpu-wantUSD) > 1e-15 ||
		agg.GpuCostEstimated != agg.Cost.Gpu || agg.GpuSecondsEstimated != agg.GpuSeconds || math.Abs(agg.Cost.Total-wantUSD) > 1e-15 {
		t.Fatalf("charged %v s, %d unpriced; aggregate %v", secs, unpriced, agg)
	}
	if u := agg.Usage[0]; math.Abs(u.CostUsd-wantUSD) > 1e-15 || agg.Usage[1].CostUsd != 0 {
		t.Errorf("usage shares %v: the spend belongs to acme/u1", agg.Usage)
	}
	if sum.GpuUse != nil {
		t.Error("GPU uses name raw users: dropped once charged")
	}
}
