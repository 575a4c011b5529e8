package enricher

import (
	"testing"
	"time"
)

// BenchmarkEnrichLoadgen is the span loop's work on the loadgen records
// without GPU data (bench-e2e's case): decode, Enrich (join, price, flags,
// redaction), four records a poll; one op is the 1,939 spans, with a new
// enricher (made untimed) each time. cpu-ns/span: the process's CPU time.
func BenchmarkEnrichLoadgen(b *testing.B) {
	spanRecs := loadgenRecords(b, "loadgen_spans.bin.gz")
	const spans = 1939
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		e := goldenEnricher(b)
		c0 := cpuTime()
		b.StartTimer()
		enrichLoadgen(b, e, spanRecs, nil)
		b.StopTimer()
		cpu += cpuTime() - c0
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*spans), "ns/span")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*spans), "cpu-ns/span")
}
