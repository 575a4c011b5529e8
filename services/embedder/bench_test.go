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
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
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

// BenchmarkFlushOutputs: calls per second through flush with outputs
// (completion novelty) off and on, on load-generator-like traffic — 100
// distinct questions (so prompts are mostly repeats, as in the demo) and
// answers built from fragments (nearly every one distinct, as loadgen's
// are) — with the trivial encoder (the embedder's own work) and with the
// built-in encoder (what a deployment pays). Warmed first: the questions
// are known, so what is measured is the steady state.
func BenchmarkFlushOutputs(b *testing.B) {
	forms := []string{"Can you explain %s?", "I need help with %s.", "Quick question about %s — what should I do?", "Please give me step-by-step guidance on %s.", "My manager asked me about %s, can you summarise it?"}
	subjects := []string{"how to file my quarterly taxes", "why my refund has not arrived yet", "resetting my password", "shipping times to Canada", "how to cancel my subscription",
		"the rate limit error", "summarising the quarterly report", "a SQL query by region", "the warranty terms", "translating a contract clause",
		"dosage information", "GPU out of memory", "two mortgage offers", "a reminder email", "Kubernetes liveness probes",
		"home office deductions", "my support ticket", "a friendlier tone", "changing my flight", "a Roth IRA"}
	answers := []string{"Here is a short summary: %s. Let me know if you need more detail.", "Sure. First, check your account settings; then %s. That should resolve it.", "Based on the documents I found, %s.", "I could not find a definitive answer, but generally %s."}
	bits := []string{"the deadline is the 15th of the month after the quarter ends", "refunds take five to seven business days to appear", "you can request a new recovery code from the security page",
		"the limit resets every minute, so retry with backoff", "group by region and sum the amount column", "the warranty covers manufacturing defects for two years"}
	encs := map[string]func(b *testing.B) encoder.Encoder{
		"bow": func(*testing.B) encoder.Encoder { return &bowEncoder{} },
		"use-lite": func(b *testing.B) encoder.Encoder {
			dir := filepath.Join("..", "..", encoder.DefaultUSELiteDir)
			if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
				b.Skipf("USE Lite weights not in %s (run `make models`)", dir)
			}
			e, err := encoder.NewUSELite(dir)
			if err != nil {
				b.Fatal(err)
			}
			return e
		},
	}
	for _, encName := range []string{"bow", "use-lite"} {
		for _, outputs := range []bool{false, true} {
			b.Run(fmt.Sprintf("encoder=%s/outputs=%v", encName, outputs), func(b *testing.B) {
				cfg := DefaultConfig()
				cfg.Outputs.Enabled = outputs
				svc, err := NewWith(cfg, service.Deps{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry()}, encs[encName](b), index.NewMemory())
				if err != nil {
					b.Fatal(err)
				}
				ctx := context.Background()
				if err := svc.idx.Ensure(ctx, svc.enc.Dim()); err != nil {
					b.Fatal(err)
				}
				const per = 64
				n := 0
				chunkOf := func() chunk {
					var c chunk
					for range per {
						n++
						q := fmt.Sprintf(forms[n*7%len(forms)], subjects[n*13%len(subjects)])
						a := fmt.Sprintf(answers[n%len(answers)], bits[n*5%len(bits)])
						for k, x := 0, n; k < 1+n%4; k, x = k+1, x/len(bits) {
							a += " " + bits[(x+k)%len(bits)] + "."
						}
						a += fmt.Sprintf(" (ref %d)", n) // distinct, like loadgen's random fragment orders
						es := enriched(n, "chat-api", "gpt-4o", q, n/20%60, 100, false)
						es.Span.GenAi.OutputMessages = []*llmobsv1.Message{{Role: "assistant", Content: a}}
						p, _, ok := extractWith(es, 2000, outputs)
						if !ok {
							b.Fatal("not extracted")
						}
						c.prompts = append(c.prompts, p)
					}
					return c
				}
				for range 4 { // every question known
					if !svc.flush(ctx, []chunk{chunkOf()}) {
						b.Fatal("flush failed")
					}
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if !svc.flush(ctx, []chunk{chunkOf()}) {
						b.Fatal("flush failed")
					}
				}
				b.ReportMetric(float64(b.N*per)/b.Elapsed().Seconds(), "calls/s")
			})
		}
	}
}
