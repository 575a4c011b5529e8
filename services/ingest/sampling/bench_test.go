package sampling

import (
	"math/rand/v2"
	"testing"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// BenchmarkSample: the sampler on ingest's hot path, one LLM span each, at
// level 0 (history is still kept for the rare and p99 exemptions) and 2.
func BenchmarkSample(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	spans := make([]*llmobsv1.Span, 1024)
	for i := range spans {
		spans[i] = llm(r, i)
	}
	for _, level := range []int{LevelKeepAll, LevelSample} {
		b.Run(map[int]string{0: "level0", 2: "level2"}[level], func(b *testing.B) {
			c := New(DefaultConfig(), nil, nil)
			c.Force(level, 0.25)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s := spans[i%len(spans)]
				s.Weight = 1
				c.Sample(s)
			}
		})
	}
}
