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
}

type bucketKey struct {
	series  Key
	startMs int64
}

// NewSummarizer folds into buckets of the given length (at least 1 ms).
func NewSummarizer(bucket time.Duration) *Summarizer {
	return &Summarizer{bucketMs: max(bucket.Milliseconds(), 1), accs: map[bucketKey]*Acc{}}
}

// Add folds one span in (its Cost as priced, its weight as set); false,
// and nothing folded, for a span that feeds no series.
func (z *Summarizer) Add(es *llmobsv1.EnrichedSpan) bool {
	k, ok := KeyOfSpan(es.GetSpan())
	if !ok {
		return false
	}
	if !z.PerTenant {
		k.Tenant = ""
	}
	bk := bucketKey{k, BucketStart(int64(EventTimeNanos(es.GetSpan())/1e6), z.bucketMs)}
	acc := z.accs[bk]
	if acc == nil {
		acc = NewAcc()
		z.accs[bk] = acc
	}
	acc.Add(es)
	return true
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
	}
	clear(z.accs)
	return out
}
