package enricher

import (
	"sort"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Calls priced by GPU-seconds (self-hosted) that ingest summarised instead
// of forwarding arrive as time per host and GPU (SeriesSummary.gpu_use),
// without their spans: they cannot be joined one by one. They are charged
// the GPU time their host gave its calls over the summary's bucket, per
// call-second — the GPU-seconds the join would split among all calls there
// (forwarded or not: ingest broadcasts every call's interval), divided by
// the calls' summed durations — at the price of the host's GPU model.
// Estimated, and marked so (Aggregate.gpu_cost_estimated and
// gpu_seconds_estimated): a summarised call is charged the average share
// of its bucket, not its own. Energy and utilisation are not estimated.

// gpuPerCallSecond is the GPU-seconds the calls held on host (and gpu,
// when named; else the host's GPUs as a pool) got per second they ran,
// over [from, to): ∫ min(active, pool) / ∫ active. It also names the GPU
// model of the host's samples. ok is false when the host never sent GPU
// samples; a host with samples but no calls held in the span gives 1 (a
// call alone on its GPU).
func (ix *gpuIndex) gpuPerCallSecond(host, gpu string, from, to uint64) (ratio float64, model string, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	h := ix.hosts[host]
	if h == nil || to <= from {
		return 0, "", false
	}
	keys := make([]string, 0, len(h.gpus))
	for g := range h.gpus {
		keys = append(keys, g)
	}
	sort.Strings(keys) // the same model whatever the map order
	for _, g := range keys {
		if list := h.gpus[g]; (gpu == "" || g == gpu) && len(list) > 0 && model == "" {
			model = list[len(list)-1].GpuModel
		}
	}
	pool := 1
	if gpu == "" && len(h.gpus) > 0 {
		pool = len(h.gpus)
	}
	type ev struct {
		t     uint64
		delta int
	}
	var evs []ev
	lo := uint64(0)
	if from > h.maxCall {
		lo = from - h.maxCall
	}
	first := sort.Search(len(h.calls), func(i int) bool { return h.calls[i].start >= lo })
	for _, c := range h.calls[first:] {
		if c.start >= to {
			break
		}
		if cg := ix.gpuOfLocked(host, c); gpu != "" && cg != "" && cg != gpu || c.end <= from || ix.hostOfLocked(c) != host {
			continue
		}
		evs = append(evs, ev{max(c.start, from), +1}, ev{min(c.end, to), -1})
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].t < evs[j].t || evs[i].t == evs[j].t && evs[i].delta < evs[j].delta })
	var busy, calls float64
	active := 0
	prev := from
	for _, e := range evs {
		if e.t > prev {
			d := float64(e.t - prev)
			busy += float64(min(active, pool)) * d
			calls += float64(active) * d
			prev = e.t
		}
		active += e.delta
	}
	if calls == 0 {
		return 1, model, true
	}
	return busy / calls, model, true
}

// chargeSummaryGPU charges each GPU use of a summary its estimated GPU
// time and cost (sli.ChargeGPU), counting calls it cannot price (no GPU
// samples from their host, or no price for its GPU) as unknown-model, as
// the join does for a forwarded call. It returns the GPU-seconds charged
// and the calls left unpriced. The uses are dropped from the summary
// afterwards: they name users before pseudonymisation, and nothing
// downstream needs them.
func (e *Enricher) chargeSummaryGPU(sum *llmobsv1.SeriesSummary) (seconds float64, unpriced uint64) {
	agg := sum.GetAggregate()
	if agg == nil {
		sum.GpuUse = nil
		return 0, 0
	}
	from := uint64(max(sum.GetBucketStartUnixMs(), 0)) * 1e6
	to := from + uint64(max(sum.GetBucketLengthMs(), 0))*1e6
	for _, u := range sum.GetGpuUse() {
		ratio, model, ok := e.gpu.gpuPerCallSecond(u.GetHostName(), u.GetGpuId(), from, to)
		usdPerHour, priced := e.prices.GPUPrice(model)
		if !ok || !priced || u.GetCallSeconds() < 0 {
			agg.UnknownModel += float64(u.GetCalls())
			unpriced += u.GetCalls()
			continue
		}
		s := u.GetCallSeconds() * ratio
		sli.ChargeGPU(agg, u.GetTenant(), u.GetUser(), s, s*usdPerHour/3600)
		seconds += s
	}
	sum.GpuUse = nil
	return seconds, unpriced
}
