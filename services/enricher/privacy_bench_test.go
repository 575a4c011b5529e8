package enricher

import (
	"syscall"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// BenchmarkRedactSpanLoadgen is the redaction of the loadgen spans (1,939
// spans as ingest writes them: names, attributes, prompts and
// completions); one op is one pass over them all. cold: a new privacy for
// each pass (it remembers only what repeats within 30 s of traffic);
// warm: one privacy for every pass (it remembers the passes before, the
// completions too, which real traffic does not repeat): the truth lies
// between. The spans are copied afresh, untimed, up to 32 passes at a
// time. cpu-ns/span is the process's CPU time (user and system) in the
// timed part, steadier than the wall time on a shared machine.
func BenchmarkRedactSpanLoadgen(b *testing.B) {
	var spans []*llmobsv1.Span
	for _, v := range loadgenRecords(b, "loadgen_spans.bin.gz") {
		var sb llmobsv1.SpanBatch
		if err := decodeSpanBatch(v, &sb); err != nil {
			b.Fatal(err)
		}
		spans = append(spans, sb.Spans...)
	}
	cfg := goldenEnricher(b).cfg
	newP := func() *privacy {
		p, err := newPrivacy(cfg.Redact, cfg.Identity)
		if err != nil {
			b.Fatal(err)
		}
		return p
	}
	for _, warm := range []bool{false, true} {
		name := "cold"
		if warm {
			name = "warm"
		}
		b.Run(name, func(b *testing.B) {
			one := newP()
			var cpu time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; {
				b.StopTimer()
				passes := make([][]*llmobsv1.Span, min(32, b.N-i))
				ps := make([]*privacy, len(passes))
				for k := range passes {
					ps[k] = one
					if !warm {
						ps[k] = newP()
					}
					passes[k] = make([]*llmobsv1.Span, len(spans))
					for j, s := range spans {
						passes[k][j] = proto.Clone(s).(*llmobsv1.Span)
					}
				}
				c0 := cpuTime()
				b.StartTimer()
				for k, work := range passes {
					for _, s := range work {
						ps[k].RedactSpan(s)
					}
				}
				b.StopTimer()
				cpu += cpuTime() - c0
				b.StartTimer()
				i += len(passes)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(spans)), "ns/span")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*len(spans)), "cpu-ns/span")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
