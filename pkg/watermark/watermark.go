// Package watermark tracks event-time progress as DESIGN defines it: per
// partition, the maximum event time seen minus the allowed
// out-of-orderness; for a stage, the minimum over active partitions, where
// a partition idle for longer than the idle timeout stops holding it back.
package watermark

import (
	"sync"
	"time"
)

// Tracker is safe for concurrent use.
type Tracker struct {
	outOfOrder time.Duration
	idle       time.Duration
	now        func() time.Time

	mu    sync.Mutex
	parts map[int32]*part
}

type part struct {
	maxEvent time.Time
	lastSeen time.Time // wall clock of the last record
}

// New returns a tracker. now may be nil (time.Now).
func New(outOfOrder, idleTimeout time.Duration, now func() time.Time) *Tracker {
	if now == nil {
		now = time.Now
	}
	return &Tracker{outOfOrder: outOfOrder, idle: idleTimeout, now: now, parts: map[int32]*part{}}
}

// Observe records an event time seen on partition p.
func (t *Tracker) Observe(p int32, event time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	pt := t.parts[p]
	if pt == nil {
		pt = &part{}
		t.parts[p] = pt
	}
	if event.After(pt.maxEvent) {
		pt.maxEvent = event
	}
	pt.lastSeen = t.now()
}

// Touch marks partition p active without an event (e.g. an empty fetch
// that proves the partition is caught up does not count: use Observe).
func (t *Tracker) Touch(p int32) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if pt := t.parts[p]; pt != nil {
		pt.lastSeen = t.now()
	}
}

// Remove forgets partition p (revoked in a rebalance).
func (t *Tracker) Remove(p int32) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.parts, p)
}

// Partition returns the watermark of one partition.
func (t *Tracker) Partition(p int32) (time.Time, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	pt := t.parts[p]
	if pt == nil {
		return time.Time{}, false
	}
	return pt.maxEvent.Add(-t.outOfOrder), true
}

// Watermark is the minimum watermark over active partitions. When every
// partition is idle, it is the maximum over all of them (so windows still
// close when traffic stops). ok is false before any event was seen.
func (t *Tracker) Watermark() (wm time.Time, ok bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	var minActive, maxAll time.Time
	active := false
	for _, pt := range t.parts {
		w := pt.maxEvent.Add(-t.outOfOrder)
		if w.After(maxAll) {
			maxAll = w
		}
		if t.idle > 0 && now.Sub(pt.lastSeen) > t.idle {
			continue
		}
		if !active || w.Before(minActive) {
			minActive = w
			active = true
		}
	}
	if len(t.parts) == 0 {
		return time.Time{}, false
	}
	if active {
		return minActive, true
	}
	return maxAll, true
}
