package index_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/index"
)

// BenchmarkMemorySearch: exact top-10 cosine search over the in-process
// index at 10k and 100k points of 512 dimensions (USE Lite's size).
func BenchmarkMemorySearch(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("points=%d", n), func(b *testing.B) {
			ctx := context.Background()
			m := index.NewMemory(index.WithMaxPoints(n))
			if err := m.Ensure(ctx, 512); err != nil {
				b.Fatal(err)
			}
			r := rand.New(rand.NewPCG(1, 2))
			vec := func() []float32 {
				v := make([]float32, 512)
				for i := range v {
					v[i] = float32(r.NormFloat64())
				}
				return v
			}
			pts := make([]index.Point, 0, 1000)
			for i := range n {
				pts = append(pts, index.Point{ID: index.PointID(fmt.Sprint(i)), Vector: vec(), Payload: index.Payload{Service: "s"}})
				if len(pts) == cap(pts) {
					if err := m.Upsert(ctx, pts); err != nil {
						b.Fatal(err)
					}
					pts = pts[:0]
				}
			}
			q := index.Query{Vector: vec(), K: 10}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := m.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
