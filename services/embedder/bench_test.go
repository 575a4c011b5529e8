package embedder

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/embedder/index"
)

// BenchmarkFlush measures the embedder's own work per prompt (extract,
// dedup, payload merge, index write) with a trivial encoder, at a 50%
// repeat rate: what the service adds on top of the encoder.
func BenchmarkFlush(b *testing.B) {
	svc, err := NewWith(DefaultConfig(), service.Deps{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry()}, &bowEncoder{}, index.NewMemory())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if err := svc.idx.Ensure(ctx, svc.enc.Dim()); err != nil {
		b.Fatal(err)
	}
	const per = 64
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := chunk{keepP: 1}
		for j := range per {
			n := i*per + j
			es := enriched(n, "chat-api", "gpt-4o", fmt.Sprintf("question %d about billing and refunds", n/2), n%60, 100, false)
			p, _, ok := extract(es, 2000)
			if !ok {
				b.Fatal("not extracted")
			}
			c.prompts = append(c.prompts, p)
		}
		if !svc.flush(ctx, []chunk{c}) {
			b.Fatal("flush failed")
		}
	}
	b.ReportMetric(float64(b.N*per)/b.Elapsed().Seconds(), "prompts/s")
}
