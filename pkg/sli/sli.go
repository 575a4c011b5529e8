// Package sli is the SLI arithmetic ingest and the aggregator share: a
// mergeable accumulator of one series in one window (weighted counts and
// sums, t-digests of latency, TTFT and time per output token), its wire
// form (llmobs.v1.Aggregate with serialised centroids, so partials from
// several instances merge), the SLI window computed from it, and the
// Summarizer with which ingest folds the spans it sheds into the same
// state (llmobs.v1.SeriesSummary), for the aggregator to merge.
//
// Every count, sum and quantile is weighted by the span's weight (1 unless
// a producer says otherwise).
package sli

import (
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"slices"
	"sort"
)

// Compression of the t-digests that windows of more than exactLimit spans
// use. Lower values miss p99 by more than 1% relative just above
// exactLimit (300: 3.4%, 500: 1.2% at 5000 spans); 1000 stays under 0.1%
// (see TestQuantileAccuracy), at about 170 KiB per digest.
const Compression = 1000

// Key identifies a series. Tenant is the spans' GenAI tenant ("" the
// default tenant's); a stage that keeps series across tenants (auth off)
// clears it.
type Key struct {
	Service, Model, Operation, Provider string
	Tenant                              string
}

// KeyOf returns the series of an enriched span; ok is false for spans that
// are not model calls (HTTP, retrieval, tool spans feed no SLI series).
func KeyOf(es *llmobsv1.EnrichedSpan) (Key, bool) { return KeyOfSpan(es.GetSpan()) }

// ModelOf is the model a span is counted under: the model the application
// asked for, else the one that answered. Not the response model first:
// failed calls carry none, and providers answer with dated snapshots
// ("gpt-4o-2024-08-06"), so keying by it would put a model's errors and
// its successes in different series and break its error rate.
func ModelOf(s *llmobsv1.Span) string {
	g := s.GetGenAi()
	if m := g.GetRequestModel(); m != "" {
		return m
	}
	return g.GetResponseModel()
}

// Proto converts a key.
func (k Key) Proto() *llmobsv1.SeriesKey {
	return &llmobsv1.SeriesKey{Service: k.Service, Model: k.Model, Operation: k.Operation, Provider: k.Provider, Tenant: k.Tenant}
}

// KeyFromProto converts back.
func KeyFromProto(p *llmobsv1.SeriesKey) Key {
	return Key{Service: p.GetService(), Model: p.GetModel(), Operation: p.GetOperation(), Provider: p.GetProvider(), Tenant: p.GetTenant()}
}

// String is a canonical form, used as the Kafka key of a series. A series
// with no tenant keeps the form it had before tenants.
func (k Key) String() string {
	s := k.Service + "\x1f" + k.Model + "\x1f" + k.Operation + "\x1f" + k.Provider
	if k.Tenant != "" {
		s += "\x1f" + k.Tenant
	}
	return s
}

// LatencyBoundsMs are the fixed bucket bounds of the exact latency SLO
// counts (SLIWindow.latency_le_ms): a latency objective whose threshold is
// one of them is computed from counts, not estimated from quantiles.
var LatencyBoundsMs = []float64{50, 100, 200, 250, 300, 500, 750, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 15000, 20000, 30000, 60000}

// okBuckets is a's latency_ok_buckets, allocated on first use (one per
// bound, plus one above them all).
func okBuckets(a *sums) []float64 {
	if len(a.LatencyOkBuckets) != len(LatencyBoundsMs)+1 {
		a.LatencyOkBuckets = make([]float64, len(LatencyBoundsMs)+1)
	}
	return a.LatencyOkBuckets
}

// sums are an Aggregate's sums (fields named as there), held in the
// accumulator itself: an Aggregate and its Cost are messages of 360 and
// 152 bytes, two allocations more for every window, and stage 1 holds
// thousands of windows through the allowed lateness.
type sums struct {
	Requests, Errors                                                              float64
	Spans                                                                         uint64
	LatencyMaxMs, LatencySumMs                                                    float64
	InputTokens, OutputTokens, CacheReadTokens, CacheWriteTokens, ReasoningTokens float64
	GenerationOutputTokens, GenerationSeconds                                     float64
	GpuUtilSum, GpuUtilWeight, EnergyJoules, GpuSeconds                           float64
	Late, UnknownModel, GpuCostEstimated, GpuSecondsEstimated                     float64
	Cost                                                                          costSums
	LatencyOkBuckets                                                              []float64
	Flags                                                                         []*llmobsv1.FlagCount
	FlagsScanned                                                                  float64
	Evals                                                                         []*llmobsv1.EvalScore
}

type costSums struct{ Input, Output, CacheRead, CacheWrite, Reasoning, Gpu, Total float64 }

func (c costSums) proto() *llmobsv1.Cost {
	return &llmobsv1.Cost{Input: c.Input, Output: c.Output, CacheRead: c.CacheRead, CacheWrite: c.CacheWrite, Reasoning: c.Reasoning, Gpu: c.Gpu, Total: c.Total}
}

// sumsOf reads p's sums; its repeated fields are shared, not copied (the
// accumulator built from them owns p).
func sumsOf(p *llmobsv1.Aggregate) sums {
	k := p.GetCost()
	return sums{Requests: p.Requests, Errors: p.Errors, Spans: p.Spans, LatencyMaxMs: p.LatencyMaxMs, LatencySumMs: p.LatencySumMs,
		InputTokens: p.InputTokens, OutputTokens: p.OutputTokens, CacheReadTokens: p.CacheReadTokens, CacheWriteTokens: p.CacheWriteTokens,
		ReasoningTokens: p.ReasoningTokens, GenerationOutputTokens: p.GenerationOutputTokens, GenerationSeconds: p.GenerationSeconds,
		GpuUtilSum: p.GpuUtilSum, GpuUtilWeight: p.GpuUtilWeight, EnergyJoules: p.EnergyJoules, GpuSeconds: p.GpuSeconds, Late: p.Late,
		UnknownModel: p.UnknownModel, GpuCostEstimated: p.GpuCostEstimated, GpuSecondsEstimated: p.GpuSecondsEstimated,
		Cost:             costSums{k.GetInput(), k.GetOutput(), k.GetCacheRead(), k.GetCacheWrite(), k.GetReasoning(), k.GetGpu(), k.GetTotal()},
		LatencyOkBuckets: p.LatencyOkBuckets, Flags: p.Flags, FlagsScanned: p.FlagsScanned, Evals: p.Evals}
}

// Acc accumulates one series in one window.
type Acc struct {
	a              sums
	lat, ttft, tpt sketch
	u              usage
	ex             exemplars
}

// NewAcc returns an empty accumulator.
func NewAcc() *Acc { return &Acc{} }

func weightOf(s *llmobsv1.Span) float64 {
	if w := s.GetWeight(); w > 0 {
		return w
	}
	return 1
}

// Add folds one enriched span in.
func (c *Acc) Add(es *llmobsv1.EnrichedSpan) { c.AddSharing(es, nil) }

// AddSharing is Add for a span folded into several accumulators (its
// windows of each length): the Exemplar made for it, if any, is left in
// *made and used by the next accumulator instead of a copy. Exemplars
// are not changed once made; a span is an exemplar of most short windows
// it falls in, so each window length held its own copy of nearly every
// span through the allowed lateness.
func (c *Acc) AddSharing(es *llmobsv1.EnrichedSpan, made **llmobsv1.Exemplar) {
	s := es.GetSpan()
	w := weightOf(s)
	a := &c.a
	a.Requests += w
	a.Spans++
	if s.GetStatusCode() == llmobsv1.StatusCode_STATUS_CODE_ERROR {
		a.Errors += w
	}
	var durNs float64
	if end, start := s.GetEndTimeUnixNano(), s.GetStartTimeUnixNano(); end > start {
		durNs = float64(end - start) // a span ending before it starts counts as 0 ms, not 584 years
	}
	latMs := durNs / 1e6
	c.lat.add(latMs, w)
	c.ex.addSpan(es, latMs, made)
	foldFlags(a, es, w)
	if s.GetStatusCode() != llmobsv1.StatusCode_STATUS_CODE_ERROR {
		okBuckets(a)[sort.SearchFloat64s(LatencyBoundsMs, latMs)] += w
	}
	a.LatencySumMs += latMs * w
	a.LatencyMaxMs = max(a.LatencyMaxMs, latMs)
	g := s.GetGenAi()
	a.InputTokens += float64(g.GetInputTokens()) * w
	a.OutputTokens += float64(g.GetOutputTokens()) * w
	a.CacheReadTokens += float64(g.GetCacheReadInputTokens()) * w
	a.CacheWriteTokens += float64(g.GetCacheCreationInputTokens()) * w
	a.ReasoningTokens += float64(g.GetReasoningOutputTokens()) * w
	if g != nil && g.TtftNanos != nil && *g.TtftNanos >= 0 && float64(*g.TtftNanos) <= durNs {
		ttft := float64(*g.TtftNanos)
		c.ttft.add(ttft/1e6, w)
		gen := durNs - ttft
		if out := g.GetOutputTokens(); out > 1 && gen > 0 {
			// Time per output token after the first.
			c.tpt.add(gen/1e6/float64(out-1), w)
			a.GenerationOutputTokens += float64(out) * w
			a.GenerationSeconds += gen / 1e9 * w
		}
	}
	c.u.add(owner{g.GetTenantId(), g.GetUserId()}, w, es.GetCost().GetTotal()*w)
	if cost := es.GetCost(); cost != nil {
		if cost.UnknownModel {
			a.UnknownModel += w
		}
		ac := &a.Cost
		ac.Input += cost.Input * w
		ac.Output += cost.Output * w
		ac.CacheRead += cost.CacheRead * w
		ac.CacheWrite += cost.CacheWrite * w
		ac.Reasoning += cost.Reasoning * w
		ac.Gpu += cost.Gpu * w
		ac.Total += cost.Total * w
	}
	if gpu := es.GetGpu(); gpu != nil && gpu.Samples > 0 {
		a.GpuUtilSum += gpu.UtilMeanPercent * w
		a.GpuUtilWeight += w
		a.EnergyJoules += gpu.EnergyJoules * w
		a.GpuSeconds += gpu.GpuSeconds * w
	}
}

// AddLate counts weight that arrived after the window closed for good.
func (c *Acc) AddLate(w float64) { c.a.Late += w }

// Merge folds another accumulator (another partition's or instance's
// partial of the same series and window) in.
func (c *Acc) Merge(o *Acc) {
	a, b := &c.a, &o.a
	a.Requests += b.Requests
	a.Errors += b.Errors
	a.Spans += b.Spans
	a.LatencyMaxMs = max(a.LatencyMaxMs, b.LatencyMaxMs)
	a.LatencySumMs += b.LatencySumMs
	a.InputTokens += b.InputTokens
	a.OutputTokens += b.OutputTokens
	a.CacheReadTokens += b.CacheReadTokens
	a.CacheWriteTokens += b.CacheWriteTokens
	a.ReasoningTokens += b.ReasoningTokens
	a.GenerationOutputTokens += b.GenerationOutputTokens
	a.GenerationSeconds += b.GenerationSeconds
	a.GpuUtilSum += b.GpuUtilSum
	a.GpuUtilWeight += b.GpuUtilWeight
	a.EnergyJoules += b.EnergyJoules
	a.GpuSeconds += b.GpuSeconds
	a.Late += b.Late
	a.UnknownModel += b.UnknownModel
	a.GpuCostEstimated += b.GpuCostEstimated
	a.GpuSecondsEstimated += b.GpuSecondsEstimated
	if len(b.LatencyOkBuckets) == len(LatencyBoundsMs)+1 {
		dst := okBuckets(a)
		for i, v := range b.LatencyOkBuckets {
			dst[i] += v
		}
	}
	ac, bc := &a.Cost, &b.Cost
	ac.Input += bc.Input
	ac.Output += bc.Output
	ac.CacheRead += bc.CacheRead
	ac.CacheWrite += bc.CacheWrite
	ac.Reasoning += bc.Reasoning
	ac.Gpu += bc.Gpu
	ac.Total += bc.Total
	c.lat.merge(&o.lat)
	c.ttft.merge(&o.ttft)
	c.tpt.merge(&o.tpt)
	c.u.merge(&o.u)
	c.ex.merge(&o.ex)
	mergeFlags(a, b)
	mergeEvals(a, b)
}

// Proto is the wire form (a copy: the accumulator stays usable).
func (c *Acc) Proto() *llmobsv1.Aggregate {
	cp := c.protoSums()
	cp.LatencyMs, cp.TtftMs, cp.TpotMs = c.lat.proto(), c.ttft.proto(), c.tpt.proto()
	return cp
}

// protoSums is Proto without the digests.
func (c *Acc) protoSums() *llmobsv1.Aggregate {
	cp := &llmobsv1.Aggregate{}
	a := &c.a
	cp.Requests, cp.Errors, cp.Spans = a.Requests, a.Errors, a.Spans
	cp.LatencyMaxMs, cp.LatencySumMs = a.LatencyMaxMs, a.LatencySumMs
	cp.InputTokens, cp.OutputTokens, cp.CacheReadTokens, cp.CacheWriteTokens, cp.ReasoningTokens = a.InputTokens, a.OutputTokens, a.CacheReadTokens, a.CacheWriteTokens, a.ReasoningTokens
	cp.GenerationOutputTokens, cp.GenerationSeconds = a.GenerationOutputTokens, a.GenerationSeconds
	cp.GpuUtilSum, cp.GpuUtilWeight, cp.EnergyJoules, cp.GpuSeconds = a.GpuUtilSum, a.GpuUtilWeight, a.EnergyJoules, a.GpuSeconds
	cp.Late, cp.UnknownModel = a.Late, a.UnknownModel
	cp.GpuCostEstimated, cp.GpuSecondsEstimated = a.GpuCostEstimated, a.GpuSecondsEstimated
	cp.LatencyOkBuckets = slices.Clone(a.LatencyOkBuckets)
	cp.Cost = a.Cost.proto()
	cp.Usage = c.u.proto()
	cp.Exemplars = c.ex.list()
	cp.Flags, cp.FlagsScanned = cloneFlags(a.Flags), a.FlagsScanned
	cp.Evals = cloneEvals(a.Evals, false)
	return cp
}

// FromProto rebuilds an accumulator from its wire form.
func FromProto(p *llmobsv1.Aggregate) *Acc {
	c := NewAcc()
	c.Merge(fromProtoUnmerged(p))
	return c
}

// fromProtoUnmerged is p as an accumulator that shares p's slices and
// maps: only a Merge into another may read it.
func fromProtoUnmerged(p *llmobsv1.Aggregate) *Acc {
	o := &Acc{a: sumsOf(p), u: usageFrom(p.GetUsage())}
	o.lat, o.ttft, o.tpt = *sketchFrom(p.GetLatencyMs()), *sketchFrom(p.GetTtftMs()), *sketchFrom(p.GetTpotMs())
	o.ex.add(p.GetExemplars())
	return o
}

func quantile(s *sketch, q float64) float64 { return s.quantile(q) }

// Window computes the SLI window of this accumulator.
func (c *Acc) Window(k Key, startMs, lengthMs int64, revision uint32, emittedMs int64) *llmobsv1.SLIWindow {
	a := &c.a
	w := &llmobsv1.SLIWindow{
		Series: k.Proto(), WindowStartUnixMs: startMs, WindowLengthMs: lengthMs, Revision: revision, EmittedUnixMs: emittedMs,
		Requests: a.Requests, Errors: a.Errors, Spans: a.Spans,
		LatencyP50Ms: quantile(&c.lat, 0.50), LatencyP90Ms: quantile(&c.lat, 0.90), LatencyP95Ms: quantile(&c.lat, 0.95), LatencyP99Ms: quantile(&c.lat, 0.99),
		LatencyMaxMs: a.LatencyMaxMs,
		TtftP50Ms:    quantile(&c.ttft, 0.50), TtftP95Ms: quantile(&c.ttft, 0.95), TtftP99Ms: quantile(&c.ttft, 0.99),
		TpotP50Ms: quantile(&c.tpt, 0.50), TpotP95Ms: quantile(&c.tpt, 0.95),
		InputTokens: a.InputTokens, OutputTokens: a.OutputTokens, CacheReadTokens: a.CacheReadTokens, CacheWriteTokens: a.CacheWriteTokens, ReasoningTokens: a.ReasoningTokens,
		Cost:         a.Cost.proto(),
		EnergyJoules: a.EnergyJoules, GpuSeconds: a.GpuSeconds, Late: a.Late, UnknownModel: a.UnknownModel,
		GpuCostEstimated: a.GpuCostEstimated, GpuSecondsEstimated: a.GpuSecondsEstimated,
		Usage: c.u.proto(), Exemplars: c.ex.list(),
		Flags: cloneFlags(a.Flags), FlagsScanned: a.FlagsScanned,
		Evals: cloneEvals(a.Evals, true),
	}
	if a.Requests > 0 {
		w.ErrorRate = a.Errors / a.Requests
		w.LatencyMeanMs = a.LatencySumMs / a.Requests
	}
	if a.GenerationSeconds > 0 {
		w.OutputTokensPerS = a.GenerationOutputTokens / a.GenerationSeconds
	}
	if a.GpuUtilWeight > 0 {
		w.GpuUtilMean = a.GpuUtilSum / a.GpuUtilWeight
	}
	if len(a.LatencyOkBuckets) == len(LatencyBoundsMs)+1 {
		w.LatencyLeMs = slices.Clone(LatencyBoundsMs)
		w.LatencyOkLeCount = make([]float64, len(LatencyBoundsMs))
		cum := 0.0
		for i := range LatencyBoundsMs {
			cum += a.LatencyOkBuckets[i]
			w.LatencyOkLeCount[i] = cum
		}
	}
	return w
}
