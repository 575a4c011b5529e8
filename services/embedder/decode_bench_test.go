package embedder

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/enrichedsample"
)

// enrichedSample: the recorded llmobs.enriched records (pkg/enrichedsample:
// the load generator's default traffic through ingest and the enricher,
// 1,600 spans, 36 % LLM).
func enrichedSample(tb testing.TB) (recs [][]byte, spans int) {
	recs, _, err := enrichedsample.Records()
	if err != nil {
		tb.Fatal(err)
	}
	return recs, enrichedsample.Spans
}

// BenchmarkDecodePrompts: the fetch loop's per-record work (decode a
// record of llmobs.enriched, take the prompts of its LLM spans).
func BenchmarkDecodePrompts(b *testing.B) {
	recs, spans := enrichedSample(b)
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		b.Fatal(err)
	}
	s := &Service{cfg: DefaultConfig(), m: m}
	var out []prompt
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, r := range recs {
			out = out[:0]
			if _, err := s.decodePrompts(r, &out); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*spans), "ns/span")
}
