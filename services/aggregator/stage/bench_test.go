package stage

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"testing"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// BenchmarkStage1Add: spans/s per core into 10 s and 1 m windows of 50
// series, with firing every 1000 spans (Advance); with_ids: spans carry
// trace and span IDs, so every window keeps exemplars (no_ids: without
// them, the cost of exemplar keeping is the difference).
func BenchmarkStage1Add(b *testing.B) {
	for _, ids := range []bool{true, false} {
		b.Run(map[bool]string{true: "with_ids", false: "no_ids"}[ids], func(b *testing.B) {
			spans := make([]*llmobsv1.EnrichedSpan, 4096)
			for i := range spans {
				spans[i] = mk(int64(i)*5, float64(100+i%900), 1, fmt.Sprint("m", i%50))
				if ids {
					withIDs(spans[i], i)
				}
			}
			s := NewStage1(0, []time.Duration{10 * time.Second, time.Minute}, time.Second, 30*time.Second)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				sp := spans[i%len(spans)]
				sp.Span.StartTimeUnixNano = uint64(i) * 5e6 // 200 spans per event-second
				sp.Span.EndTimeUnixNano = sp.Span.StartTimeUnixNano + uint64(100+i%900)*1e6
				s.Add(sp)
				if i%1000 == 999 {
					s.Advance(false)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spans/s")
		})
	}
}

// TestEventToSLILatency measures, in stage terms, how long after a
// window's end its final SLI is produced: the window fires once the
// slowest source's watermark is out_of_orderness + grace past the end, so
// event→SLI ≈ window length/2 (mean) + out_of_orderness + grace + poll
// time. This test checks the firing point exactly.
func TestEventToSLILatency(t *testing.T) {
	s1 := NewStage1(0, []time.Duration{10 * time.Second}, time.Second, 30*time.Second)
	s2 := NewStage2(2*time.Second, 30*time.Second)
	s2.Expect(1)
	s1.Add(mk(5_000, 10, 1, "m"))
	for ev := int64(10_000); ev < 20_000; ev += 100 {
		s1.Add(mk(ev, 10, 1, "m"))
		for _, p := range s1.Advance(false) {
			s2.Add(p)
		}
		s2.Add(s1.Heartbeat())
		if w := s2.Advance(0, false); len(w) > 0 {
			if ev != 13_000 { // end 10s + out_of_orderness 1s + grace 2s
				t.Fatalf("fired at event time %d", ev)
			}
			t.Logf("window [0,10s) fired when event time reached %d ms (end + out_of_orderness + grace)", ev)
			return
		}
	}
	t.Fatal("never fired")
}

// TestMemoryPerActiveSeries reports heap per series with both windows open
// (100 spans each).
func TestMemoryPerActiveSeries(t *testing.T) {
	const n = 500
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := NewStage1(0, []time.Duration{10 * time.Second, time.Minute}, time.Second, 30*time.Second)
	for i := range n * 100 {
		s.Add(mk(int64(i%100), float64(i%1000), 1, fmt.Sprint("m", i%n)))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / n
	t.Logf("stage 1 heap per active series (2 windows, 100 spans each): %.0f bytes", per)
	if s.Open() != 2*n {
		t.Fatalf("open = %d", s.Open())
	}
	runtime.KeepAlive(s)
}

// asCall gives es what a call of real traffic has besides its timing:
// trace and span IDs (so it can be an exemplar), a tenant (a usage share)
// and a cost.
func asCall(es *llmobsv1.EnrichedSpan, n int) *llmobsv1.EnrichedSpan {
	tid, sid := make([]byte, 16), make([]byte, 8)
	binary.BigEndian.PutUint64(tid[8:], uint64(n)+1)
	binary.BigEndian.PutUint64(sid, uint64(n)+1)
	es.Span.TraceId, es.Span.SpanId = tid, sid
	es.Span.GenAi.TenantId, es.Span.GenAi.InputTokens = "acme", 100
	es.Cost = &llmobsv1.Cost{Input: 0.001, Output: 0.002, Total: 0.003}
	return es
}

// TestLatenessHorizonMemory: with the 10 min allowed lateness, stage 1
// keeps every window for 10 min after it fires, so a late span revises it
// instead of being counted late. The state stays bounded by series ×
// (lateness / length + 2) per window length whatever the run's length;
// this measures what it costs in heap at steady state, stage 1 and the
// stage 2 merge behind it (one source), for 100 series at 2 spans/s each
// (15 min of event time, watermark 5 s behind the data).
func TestLatenessHorizonMemory(t *testing.T) {
	for _, l := range []time.Duration{30 * time.Second, 10 * time.Minute} {
		latenessMemory(t, l)
	}
}

func latenessMemory(t *testing.T, lateness time.Duration) {
	const (
		series = 100
		perSec = 2
	)
	lens := []time.Duration{10 * time.Second, time.Minute}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s1 := NewStage1(0, lens, 5*time.Second, lateness)
	s1.Upstream()
	s2 := NewStage2(2*time.Second, lateness)
	s2.Expect(1)
	maxOpen1, maxOpen2 := 0, 0
	for sec := int64(0); sec < 15*60; sec++ {
		for k := range series * perSec {
			s1.Add(asCall(mk(sec*1000+int64(k), float64(100+k%900), 1, fmt.Sprint("m", k%series)), int(sec)*series*perSec+k))
		}
		s1.SetWatermark(sec*1000 - 5000)
		for _, p := range s1.Advance(false) {
			s2.Add(p)
		}
		s2.Add(s1.Heartbeat())
		s2.Advance(sec*1000, false)
		maxOpen1, maxOpen2 = max(maxOpen1, s1.Open()), max(maxOpen2, s2.Open())
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	bound := 0
	for _, l := range lens {
		bound += series * (int((lateness+5*time.Second+2*time.Second)/l) + 2)
	}
	if maxOpen1 > bound || maxOpen2 > bound {
		t.Fatalf("open windows stage 1 %d, stage 2 %d: above the bound %d (state not dropped after the lateness)", maxOpen1, maxOpen2, bound)
	}
	heap := float64(after.HeapAlloc - before.HeapAlloc)
	t.Logf("lateness %v, %d series × %d spans/s, windows %v: open windows stage 1 %d, stage 2 %d (bound %d); heap %.1f MiB = %.0f KiB per series (both stages)",
		lateness, series, perSec, lens, s1.Open(), s2.Open(), bound, heap/(1<<20), heap/series/1024)
	runtime.KeepAlive(s1)
	runtime.KeepAlive(s2)
}
