package aggregator

import (
	"encoding/binary"
	"os"
	"runtime"
	"runtime/pprof"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/enrichedsample"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// loadSample: the recorded llmobs.enriched records (pkg/enrichedsample:
// 1,600 spans of the load generator's default traffic through ingest and
// the enricher, and an in-band watermark) and their timestamps.
func loadSample(tb testing.TB) (recs [][]byte, ts []int64) {
	recs, ts, err := enrichedsample.Records()
	if err != nil {
		tb.Fatal(err)
	}
	return recs, ts
}

// sampleFeed replays the sample as one endless stream: copy c has its
// trace IDs changed (every trace is a new one, the same spans of a trace
// still share one) and every time (spans, evaluations, watermarks, record
// timestamps) moved c × the sample's event-time length on, so windows
// fire, revise and expire as in a long backlog.
type sampleFeed struct {
	batches []*llmobsv1.EnrichedSpanBatch
	ts      []int64
	shiftMs int64
	spans   int // per copy
	at      int // the copy the batches hold
}

func newSampleFeed(tb testing.TB) *sampleFeed {
	recs, ts := loadSample(tb)
	f := &sampleFeed{ts: ts}
	var lo, hi uint64
	for _, v := range recs {
		var b llmobsv1.EnrichedSpanBatch
		if err := b.UnmarshalVT(v); err != nil {
			tb.Fatal(err)
		}
		for _, es := range b.Spans {
			e := es.GetSpan().GetEndTimeUnixNano()
			if lo == 0 || e < lo {
				lo = e
			}
			hi = max(hi, e)
		}
		f.spans += len(b.Spans)
		f.batches = append(f.batches, &b)
	}
	f.shiftMs = int64(hi-lo)/1e6 + 1
	return f
}

// benchPartitions: copy c is on partition c mod 6 of every topic, as make
// bench-e2e spreads its records over 6 partitions (each has its own
// windows and calls in stage 1).
const benchPartitions = 6

// copyOf returns copy c's records (the batches are moved on in place
// from the previous copy: no garbage besides the records).
func (f *sampleFeed) copyOf(tb testing.TB, c int) []*kgo.Record {
	out := make([]*kgo.Record, len(f.batches))
	dMs := int64(c-f.at) * f.shiftMs
	dNs := uint64(dMs) * 1e6
	x := uint32(c ^ f.at)
	f.at = c
	for i, b := range f.batches {
		for _, es := range b.Spans {
			s := es.GetSpan()
			if len(s.GetTraceId()) >= 4 {
				binary.BigEndian.PutUint32(s.TraceId, binary.BigEndian.Uint32(s.TraceId)^x)
			}
			s.StartTimeUnixNano += dNs
			s.EndTimeUnixNano += dNs
			for _, ev := range s.GetEvaluations() {
				ev.TimeUnixNano += dNs
			}
		}
		for _, w := range b.Watermarks {
			w.WatermarkUnixMs += dMs
		}
		v, err := b.MarshalVT()
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = &kgo.Record{Topic: "llmobs.enriched", Partition: int32(c % benchPartitions), Value: v, Timestamp: time.UnixMilli(f.ts[i] + int64(c)*f.shiftMs)}
	}
	return out
}

// BenchmarkAggregate runs the aggregator's per-record path as `llmobs up`
// does without ClickHouse (decode, the in-process call store, stage 1's
// windows and evaluation join, partials; from stage1+2 on also stage 2's
// merge of those partials into windows) over the sample replayed as a
// backlog with the default config (10 s and 1 m windows, 10 m allowed
// lateness). backlog: the upstream watermarks are held back (as in make
// bench-e2e, where ingest's watermark jumps past the backlog only once it
// has read it all), so nothing fires or expires: every window and
// remembered call is still held when heap-MB is measured, the run's peak.
// One op is one copy of the sample (1,600 spans, ~2.7 s of event time);
// -benchtime 300x is about make bench-e2e's 500k spans. Reports ns/span,
// cpu-ns/span (the process's CPU time, every thread's, the GC's too, over
// the timed part: steadier than ns/span on a busy machine), B/span,
// allocs/span, and heap-MB: the live heap after the run (after a GC, less
// the benchmark's own data), what the aggregator retains
// (AGGREGATE_HEAP_PROFILE=path writes its heap profile to path.<mode>).
func BenchmarkAggregate(b *testing.B) {
	for _, mode := range []string{"stage1", "stage1+2", "backlog"} {
		both, held := mode != "stage1", mode == "backlog"
		b.Run(mode, func(b *testing.B) {
			f := newSampleFeed(b)
			svc := fuzzService(b)
			p1 := svc.newStage1(benchPartitions)
			var parts []int32
			for p := range int32(benchPartitions) {
				parts = append(parts, p)
			}
			p1.assigned(parts)
			p2 := svc.newStage2(benchPartitions, benchPartitions)
			p2.assigned(parts)
			runtime.GC()
			var ms0, ms1, msA, msB runtime.MemStats
			runtime.ReadMemStats(&ms0)
			var allocs, nbytes uint64
			var elapsed, cpu time.Duration
			b.ResetTimer()
			b.StopTimer()
			for c := range b.N {
				recs := f.copyOf(b, c)
				runtime.ReadMemStats(&msA)
				cpu0 := cpuTime()
				start := time.Now()
				b.StartTimer()
				for i, r := range recs {
					if held && len(f.batches[i].Watermarks) > 0 {
						continue
					}
					out, err := p1.record(r)
					if err != nil {
						b.Fatal(err)
					}
					if both {
						for _, o := range out {
							if _, err := p2.record(o); err != nil {
								b.Fatal(err)
							}
						}
					}
				}
				b.StopTimer()
				elapsed += time.Since(start)
				cpu += cpuTime() - cpu0
				runtime.ReadMemStats(&msB)
				allocs += msB.Mallocs - msA.Mallocs
				nbytes += msB.TotalAlloc - msA.TotalAlloc
			}
			spans := float64(b.N * f.spans)
			b.ReportMetric(float64(elapsed.Nanoseconds())/spans, "ns/span")
			b.ReportMetric(float64(cpu.Nanoseconds())/spans, "cpu-ns/span")
			b.ReportMetric(float64(nbytes)/spans, "B/span")
			b.ReportMetric(float64(allocs)/spans, "allocs/span")
			runtime.GC()
			runtime.ReadMemStats(&ms1)
			if path := os.Getenv("AGGREGATE_HEAP_PROFILE"); path != "" {
				// What heap-MB holds: go tool pprof -sample_index=inuse_space.
				hf, err := os.Create(path + "." + mode)
				if err != nil {
					b.Fatal(err)
				}
				_ = pprof.WriteHeapProfile(hf)
				hf.Close()
			}
			b.ReportMetric(float64(int64(ms1.HeapAlloc)-int64(ms0.HeapAlloc))/(1<<20), "heap-MB")
			runtime.KeepAlive(p1)
			runtime.KeepAlive(p2)
			runtime.KeepAlive(f)
		})
	}
}

// cpuTime is the process's user + system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
