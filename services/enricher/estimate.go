package enricher

import (
	"sort"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Calls priced by GPU-seconds (self-hosted) that ingest summarised instead
// of forwarding arrive as time per host and GPU (SeriesSummary.gpu_use:
// the summed durations of the calls of one bucket, by their span's own
// host and GPU, tenant and user), without their spans: they cannot be
// joined one by one. Their intervals are known, though — ingest puts
// every model call on a known host into llmobs.gpu, forwarded or not — and
// so is what the join gives each of them (split.go's fair split, the same
// code a forwarded span runs). A use is charged, per call-second, what the
// join gives the calls of its host and GPU that end in its bucket up to
// its last call's end (all of them known once the GPU watermark passed
// that end + join_wait, which the poll waits for): Σ GPU-seconds / Σ
// durations over those calls, and Σ GPU-seconds × the $/h of each call's
// GPU model / Σ durations for its cost. Estimated, and marked so
// (Aggregate.gpu_cost_estimated and gpu_seconds_estimated). Where it
// differs from joining the summarised calls one by one: a summarised call
// is charged the average share of the calls of its host, GPU and bucket,
// forwarded ones included, not its own — exact in total when every call
// of that host, GPU and bucket up to the use's last one was summarised
// (or their shares are equal). Calls the join would leave unpriced (no
// GPU sample around them, no price for their GPU) are left out of the
// average; when every such call is, the use is unpriced (unknown_model),
// as its calls would be. When none of the use's calls is held (evicted,
// or from an ingest that does not send call intervals), a call is taken
// to have had its GPU alone — 1 GPU-second per second, at the price of
// the GPU the host's samples around the bucket name — or is unpriced when
// the host sent no samples then. Energy and utilisation are not estimated.

// bucketEstimate is what the join gives the held calls filed under host
// (their span's own host) and gpu (their span's own GPU, "" when it named
// none) that end in [from, until]: their GPU-seconds and cost per second
// they ran. ok is false when no such call could be priced. memo holds the
// join of each call, for the other uses of the same poll.
func (ix *gpuIndex) bucketEstimate(host, gpu string, from, until uint64, price func(gpuModel string) (float64, bool), memo map[*call]*llmobsv1.GPUAttribution) (secondsPerS, usdPerS float64, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	h := ix.hosts[host]
	if h == nil || until < from {
		return 0, 0, false
	}
	lo := uint64(0)
	if from > h.maxCall {
		lo = from - h.maxCall
	}
	var held bool
	var dur, seconds, usd float64
	calls := ix.callsLocked(h)
	first := sort.Search(len(calls), func(i int) bool { return calls[i].start >= lo })
	for _, c := range calls[first:] {
		if c.start > until {
			break
		}
		if c.gpu != gpu || c.end < from || c.end > until {
			continue
		}
		held = true
		a := memo[c]
		if a == nil {
			a = ix.attributeLocked(c, "", ix.delta)
			memo[c] = a
		}
		usdPerHour, priced := price(a.GetGpuModel())
		if a.GetMethod() == llmobsv1.JoinMethod_JOIN_METHOD_NONE || !priced || c.end <= c.start {
			continue
		}
		dur += float64(c.end-c.start) / 1e9
		seconds += a.GetGpuSeconds()
		usd += a.GetGpuSeconds() * usdPerHour / 3600
	}
	if dur > 0 {
		return seconds / dur, usd / dur, true
	}
	if held {
		return 0, 0, false
	}
	// No call held: alone on its GPU, priced as the host's samples around
	// the bucket say (the newest, of the GPU when named).
	var model string
	var at uint64
	for g, list := range h.gpus {
		if gpu != "" && g != gpu {
			continue
		}
		for _, s := range windowOf(list, lo0(from, uint64(ix.delta)), until+uint64(ix.delta)) {
			if s.TimeUnixNano > at || s.TimeUnixNano == at && s.GpuModel < model {
				at, model = s.TimeUnixNano, s.GpuModel
			}
		}
	}
	usdPerHour, priced := price(model)
	if at == 0 || !priced {
		return 0, 0, false
	}
	return 1, usdPerHour / 3600, true
}

// lo0 is t − d, or 0.
func lo0(t, d uint64) uint64 {
	if t > d {
		return t - d
	}
	return 0
}

// chargeSummaryGPU charges each GPU use of a summary its estimated GPU
// time and cost (sli.ChargeGPU), counting calls it cannot price as
// unknown-model, as the join does for a forwarded call. It returns the
// GPU-seconds charged and the calls left unpriced. The uses are dropped
// from the summary afterwards: they name users before pseudonymisation,
// and nothing downstream needs them. memo (one per poll) keeps each
// call's join for the other uses.
func (e *Enricher) chargeSummaryGPU(sum *llmobsv1.SeriesSummary, memo map[*call]*llmobsv1.GPUAttribution) (seconds float64, unpriced uint64) {
	agg := sum.GetAggregate()
	if agg == nil {
		sum.GpuUse = nil
		return 0, 0
	}
	from := uint64(max(sum.GetBucketStartUnixMs(), 0)) * 1e6
	to := from + uint64(max(sum.GetBucketLengthMs(), 0))*1e6
	for _, u := range sum.GetGpuUse() {
		until := to - 1
		if end := u.GetMaxEndUnixNano(); end > 0 { // 0: an ingest that does not send it
			until = min(end, until)
		}
		perS, usdPerS, ok := e.gpu.bucketEstimate(u.GetHostName(), u.GetGpuId(), from, until, e.prices.GPUPrice, memo)
		if !ok || u.GetCallSeconds() < 0 {
			agg.UnknownModel += float64(u.GetCalls())
			unpriced += u.GetCalls()
			continue
		}
		s := u.GetCallSeconds() * perS
		sli.ChargeGPU(agg, u.GetTenant(), u.GetUser(), s, u.GetCallSeconds()*usdPerS)
		seconds += s
	}
	sum.GpuUse = nil
	return seconds, unpriced
}
