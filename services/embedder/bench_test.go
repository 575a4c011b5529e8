package embedder

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/embedder/encoder"
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
		var c chunk
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

// BenchmarkUSEBatch: the built-in encoder's throughput and per-batch latency
// by batch size, on demo-like prompts — what batch_size trades off.
func BenchmarkUSEBatch(b *testing.B) {
	dir := filepath.Join("..", "..", encoder.DefaultUSELiteDir)
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		b.Skipf("USE Lite weights not in %s (run `make models`)", dir)
	}
	enc, err := encoder.NewUSELite(dir)
	if err != nil {
		b.Fatal(err)
	}
	texts := make([]string, 256)
	for i := range texts {
		texts[i] = fmt.Sprintf("Quick question about the status of my support ticket number %d — what should I do next about the refund?", i)
	}
	for _, n := range []int{1, 8, 32, 64, 128} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := enc.Embed(context.Background(), texts[:n]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "sentences/s")
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/batch")
		})
	}
}
