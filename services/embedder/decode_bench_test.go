package embedder

import (
	"compress/gzip"
	"encoding/binary"
	"io"
	"os"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// enrichedSample: the aggregator's recorded llmobs.enriched records (the
// load generator's default traffic through ingest and the enricher: 1,600
// spans, 36 % LLM), each [len u32][timestamp ms u64][value].
func enrichedSample(tb testing.TB) (recs [][]byte, spans int) {
	f, err := os.Open("../aggregator/testdata/enriched_sample.bin.gz")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	for off := 0; off < len(data); {
		n := int(binary.LittleEndian.Uint32(data[off:]))
		recs = append(recs, data[off+12:off+12+n])
		off += 12 + n
	}
	return recs, 1600
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
