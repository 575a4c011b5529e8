package watermark

import (
	"sync"
	"time"
)

// BeatEventStep is how far event time must move for a stage to forward
// its in-band watermarks before its once-a-second heartbeat: in a backlog
// a second of reading moves event time by minutes (the bench's 2 hours of
// spans are read in ~10 s), and a beat per second left the next stage
// holding every window of those minutes open, not fired: a third of the
// all-in-one's live heap in the bench. It is the length of the shortest
// default window, so a backlog's windows fire as it is read; in live
// traffic event time moves a second a second and the heartbeat decides.
const BeatEventStep = 10 * time.Second

// Inband merges watermarks that travel with the data (DESIGN: "Watermarks
// travel with the data"). An upstream stage writes, into each partition a
// consumer reads, the watermark of each of its sources (the partitions of
// the upstream stage's own input) at a point in the log after every record
// those sources sent before it. A consumer's watermark for one of its input
// partitions is therefore the minimum over all upstream sources of the
// latest watermark each reported there; a source not heard from yet holds
// it (ok false), so a restarting or lagging upstream makes windows wait
// instead of firing empty. Each source's value only rises: every report is
// a true lower bound on what is still to come, so the highest one stands.
//
// Inband has no clock: nothing but reports in the log moves it.
// It is safe for concurrent use.
type Inband struct {
	mu    sync.Mutex
	parts map[int32]*inbandPart
}

type inbandPart struct {
	sources int32           // how many the upstream stage has
	wm      map[int32]int64 // latest (highest) report per source, unix ms
}

// NewInband returns an empty tracker.
func NewInband() *Inband { return &Inband{parts: map[int32]*inbandPart{}} }

// Observe records that, on input partition part, upstream source src (of
// sources in all) reported watermark ms. Reports of sources outside
// [0, sources) are ignored and return false (a corrupt or foreign record
// must not hold the minimum back for good).
func (b *Inband) Observe(part, sources, src int32, ms int64) bool {
	if sources <= 0 || src < 0 || src >= sources {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.parts[part]
	if p == nil {
		p = &inbandPart{wm: map[int32]int64{}}
		b.parts[part] = p
	}
	if sources != p.sources {
		// The upstream topic gained partitions (or this is the first
		// report): sources beyond the old count are expected from now on.
		p.sources = sources
		for k := range p.wm {
			if k >= sources {
				delete(p.wm, k)
			}
		}
	}
	if old, ok := p.wm[src]; !ok || ms > old {
		p.wm[src] = ms
	}
	return true
}

// Partition is the watermark of input partition part: the minimum over
// every upstream source; ok is false until each has reported.
func (b *Inband) Partition(part int32) (ms int64, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.partition(part)
}

func (b *Inband) partition(part int32) (int64, bool) {
	p := b.parts[part]
	if p == nil || p.sources == 0 || int32(len(p.wm)) < p.sources {
		return 0, false
	}
	first, m := true, int64(0)
	for _, w := range p.wm {
		if first || w < m {
			m, first = w, false
		}
	}
	return m, true
}

// Missing is how many upstream sources of part have not reported yet
// (for logs and metrics: what a held watermark waits for).
func (b *Inband) Missing(part int32) int32 {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.parts[part]
	if p == nil {
		return -1
	}
	return p.sources - int32(len(p.wm))
}

// Min is the minimum watermark over parts (nil: all known partitions); ok
// is false when any of them is not known yet.
func (b *Inband) Min(parts []int32) (ms int64, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if parts == nil {
		for k := range b.parts {
			parts = append(parts, k)
		}
	}
	if len(parts) == 0 {
		return 0, false
	}
	first := true
	for _, k := range parts {
		w, ok := b.partition(k)
		if !ok {
			return 0, false
		}
		if first || w < ms {
			ms, first = w, false
		}
	}
	return ms, true
}

// Remove forgets partition part (revoked): its next owner rebuilds it
// from the reports in the log.
func (b *Inband) Remove(part int32) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.parts, part)
}
