package enricher

import (
	"encoding/binary"
	"math"
	"math/rand"
	"runtime"
	"strings"
	"testing"
	"time"
)

type benchCall struct {
	host, gpu   string
	trace, span []byte
	start, end  uint64
}

// benchCalls are n model calls as the enricher of the end-to-end bench
// records them: 33 calls/s of event time, three quarters of them API calls
// (no host), the rest on two GPU hosts; 0.03–3 s long; read from 8
// partitions of a backlog whose positions drift apart by 20 s each (the
// fetches interleave them by 50 records).
func benchCalls(n int) []benchCall {
	r := rand.New(rand.NewSource(1))
	const parts = 8
	byPart := make([][]benchCall, parts)
	t0 := uint64(time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC).UnixNano())
	for i := range n {
		end := t0 + uint64(float64(i)/33*1e9)
		dur := uint64(math.Min(3, 0.03*math.Exp(r.Float64()*4.6)) * 1e9)
		host := ""
		switch r.Intn(8) {
		case 0:
			host = "gpu-node-1"
		case 1:
			host = "gpu-node-2"
		}
		trace := make([]byte, 16)
		binary.LittleEndian.PutUint64(trace, r.Uint64())
		binary.LittleEndian.PutUint64(trace[8:], uint64(i))
		span := make([]byte, 8)
		binary.LittleEndian.PutUint64(span, r.Uint64())
		p := int(trace[0]) % parts
		// Each span decoded holds its own copy of its host's name.
		byPart[p] = append(byPart[p], benchCall{host: strings.Clone(host), trace: trace, span: span, start: end - dur, end: end})
	}
	for p := range byPart {
		lag := uint64(p) * 20e9
		for i := range byPart[p] {
			byPart[p][i].start += lag // partition p is 20·p s behind: shifted in read order below
		}
	}
	var out []benchCall
	pos := make([]int, parts)
	for len(out) < n {
		// Read next the partition whose position (shifted) is the lowest,
		// 50 calls at a time.
		best := -1
		for p := range parts {
			if pos[p] < len(byPart[p]) && (best < 0 || byPart[p][pos[p]].start < byPart[best][pos[best]].start) {
				best = p
			}
		}
		for k := 0; k < 50 && pos[best] < len(byPart[best]); k++ {
			c := byPart[best][pos[best]]
			lag := uint64(best) * 20e9
			c.start -= lag
			out = append(out, c)
			pos[best]++
		}
	}
	return out
}

// BenchmarkRecordCalls is the GPU index's work for the model calls of the
// end-to-end bench without GPU data: every call recorded for the split
// (recordCall, advanceSpanClock), expired every 70k calls (about the GPU
// reader's 10 s tick at the bench's pace). ns/call; heap-B/call: the
// index's live heap after the last call (70k since the last expiry, and
// the 10 minutes before), per call held.
func BenchmarkRecordCalls(b *testing.B) {
	calls := benchCalls(200_000)
	b.ReportAllocs()
	var heap, held float64
	for b.Loop() {
		ix := newGPUIndex(10*time.Minute, 1_000_000)
		for i, c := range calls {
			ix.recordCall(c.host, c.gpu, c.trace, c.span, c.start, c.end)
			ix.advanceSpanClock(c.end)
			if i%70_000 == 69_999 {
				ix.expire()
			}
		}
		b.StopTimer()
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m1)
		held = float64(ix.callsHeld())
		ix = nil
		runtime.GC()
		runtime.ReadMemStats(&m0)
		heap = float64(m1.HeapAlloc) - float64(m0.HeapAlloc)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(calls)), "ns/call")
	b.ReportMetric(heap/held, "heap-B/call")
	b.ReportMetric(held, "calls-held")
}
