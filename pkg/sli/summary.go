package sli

import (
	"sort"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// KeyOfSpan is KeyOf for a span that is not enriched yet (ingest).
func KeyOfSpan(s *llmobsv1.Span) (Key, bool) {
	switch s.GetClass() {
	case llmobsv1.SpanClass_SPAN_CLASS_LLM, llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING:
	default:
		return Key{}, false
	}
	g := s.GetGenAi()
	return Key{Service: s.GetResource().GetServiceName(), Model: ModelOf(s), Operation: g.GetOperation(), Provider: g.GetProvider(), Tenant: g.GetTenantId()}, true
}

// EventTimeNanos is a span's event time (DESIGN): its end, or its start
// when the end is missing or earlier.
func EventTimeNanos(s *llmobsv1.Span) uint64 {
	if end := s.GetEndTimeUnixNano(); end >= s.GetStartTimeUnixNano() {
		return end
	}
	return s.GetStartTimeUnixNano()
}

// BucketStart is the start (unix ms) of the bucket of length lenMs that
// holds the event time evMs: buckets are aligned to the epoch, like the
// aggregator's windows, so a bucket whose length divides a window's lies
// in exactly one window of that length.
func BucketStart(evMs, lenMs int64) int64 {
	m := evMs % lenMs
	if m < 0 {
		m += lenMs
	}
	return evMs - m
}

// Summarizer folds model spans that are not forwarded one by one into
// per-series, per-bucket accumulators (the same Acc the aggregator keeps),
// so the aggregator can merge them into its windows as if it had folded
// the spans. Not safe for concurrent use.
type Summarizer struct {
	// PerTenant keeps the spans' tenant in the series key, as the
	// aggregator does when series are per tenant (auth on); otherwise
	// every tenant's spans fold into one series.
	PerTenant bool

	bucketMs int64
	accs     map[bucketKey]*Acc
	gpu      map[bucketKey]map[gpuKey]*llmobsv1.GPUUse
}

type gpuKey struct{ host, gpu, tenant, user string }

type bucketKey struct {
	series  Key
	startMs int64
}

// NewSummarizer folds into buckets of the given length (at least 1 ms).
func NewSummarizer(bucket time.Duration) *Summarizer {
	return &Summarizer{bucketMs: max(bucket.Milliseconds(), 1), accs: map[bucketKey]*Acc{}, gpu: map[bucketKey]map[gpuKey]*llmobsv1.GPUUse{}}
}

// Add folds one span in (its Cost as priced, its weight as set); false,
// and nothing folded, for a span that feeds no series.
func (z *Summarizer) Add(es *llmobsv1.EnrichedSpan) bool {
	bk, ok := z.key(es.GetSpan())
	if !ok {
		return false
	}
	acc := z.accs[bk]
	if acc == nil {
		acc = NewAcc()
		acc.ex.summarized = true // their detail is not forwarded
		z.accs[bk] = acc
	}
	acc.Add(es)
	return true
}

func (z *Summarizer) key(s *llmobsv1.Span) (bucketKey, bool) {
	k, ok := KeyOfSpan(s)
	if !ok {
		return bucketKey{}, false
	}
	if !z.PerTenant {
		k.Tenant = ""
	}
	return bucketKey{k, BucketStart(int64(EventTimeNanos(s)/1e6), z.bucketMs)}, true
}

// AddUnpriced folds in a call whose price needs the GPU join (Cost nil:
// counted, not priced) and notes its time on host and gpu, for the
// enricher to charge GPU time to (SeriesSummary.gpu_use). False for a
// span that feeds no series.
func (z *Summarizer) AddUnpriced(s *llmobsv1.Span, host, gpu string) bool {
	bk, ok := z.key(s)
	if !ok || !z.Add(&llmobsv1.EnrichedSpan{Span: s}) {
		return false
	}
	g := s.GetGenAi()
	gk := gpuKey{host, gpu, g.GetTenantId(), g.GetUserId()}
	m := z.gpu[bk]
	if m == nil {
		m = map[gpuKey]*llmobsv1.GPUUse{}
		z.gpu[bk] = m
	}
	u := m[gk]
	if u == nil {
		u = &llmobsv1.GPUUse{HostName: host, GpuId: gpu, Tenant: gk.tenant, User: gk.user}
		m[gk] = u
	}
	if end, start := s.GetEndTimeUnixNano(), s.GetStartTimeUnixNano(); end > start {
		u.CallSeconds += float64(end-start) / 1e9
	}
	u.Calls++
	u.MaxEndUnixNano = max(u.MaxEndUnixNano, s.GetEndTimeUnixNano())
	return true
}

// ChargeGPU adds an estimate of GPU time and its cost to a summary's
// aggregate (the enricher, for its gpu_use): to gpu_seconds, cost.gpu and
// cost.total, to the estimated parts, and to the usage share of tenant
// and user when the aggregate has shares.
func ChargeGPU(agg *llmobsv1.Aggregate, tenant, user string, seconds, usd float64) {
	if agg.Cost == nil {
		agg.Cost = &llmobsv1.Cost{}
	}
	agg.GpuSeconds += seconds
	agg.GpuSecondsEstimated += seconds
	agg.Cost.Gpu += usd
	agg.Cost.Total += usd
	agg.GpuCostEstimated += usd
	var over *llmobsv1.UsageShare
	for _, u := range agg.Usage {
		if u.Overflow {
			over = u
			continue
		}
		if u.Tenant == tenant && u.User == user {
			u.CostUsd += usd
			return
		}
	}
	if over != nil { // the pair was summed into the overflow share
		over.CostUsd += usd
	}
}

// Len is the number of series-buckets held.
func (z *Summarizer) Len() int { return len(z.accs) }

// Take returns one summary per series-bucket held, ordered by bucket then
// series (deterministic), stamped with the price table that priced them,
// and empties the summarizer.
func (z *Summarizer) Take(priceTable string) []*llmobsv1.SeriesSummary {
	if len(z.accs) == 0 {
		return nil
	}
	keys := make([]bucketKey, 0, len(z.accs))
	for k := range z.accs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].startMs != keys[j].startMs {
			return keys[i].startMs < keys[j].startMs
		}
		return keys[i].series.String() < keys[j].series.String()
	})
	out := make([]*llmobsv1.SeriesSummary, len(keys))
	for i, k := range keys {
		out[i] = &llmobsv1.SeriesSummary{Series: k.series.Proto(), BucketStartUnixMs: k.startMs, BucketLengthMs: z.bucketMs,
			Aggregate: z.accs[k].Proto(), PriceTable: priceTable}
		if m := z.gpu[k]; len(m) > 0 {
			uses := make([]*llmobsv1.GPUUse, 0, len(m))
			for _, u := range m {
				uses = append(uses, u)
			}
			sort.Slice(uses, func(i, j int) bool {
				a, b := uses[i], uses[j]
				return a.HostName+"\x1f"+a.GpuId+"\x1f"+a.Tenant+"\x1f"+a.User < b.HostName+"\x1f"+b.GpuId+"\x1f"+b.Tenant+"\x1f"+b.User
			})
			out[i].GpuUse = uses
		}
	}
	clear(z.accs)
	clear(z.gpu)
	return out
}
