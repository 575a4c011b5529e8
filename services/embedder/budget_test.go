package embedder

import (
	"math"
	"runtime"
	"testing"
	"time"
)

// The CPU bound settles where the encoder uses its share, returns to 1
// when the encoder idles, and costs nothing when off.
func TestCPUBudgetSettlesAtItsShare(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	if p := (*cpuBudget)(nil).keep(t0); p != 1 {
		t.Fatalf("nil budget keeps %v, want 1", p)
	}
	off := newCPUBudget(0, t0)
	off.spent(t0.Add(time.Second), 10*time.Second, 100)
	if p := off.keep(t0.Add(2 * time.Second)); p != 1 {
		t.Fatalf("no bound keeps %v, want 1", p)
	}

	workers := float64(runtime.GOMAXPROCS(0))
	b := newCPUBudget(0.5, t0)
	now := t0
	// Demand: unbounded, the encoder would be busy the whole time on
	// every worker; at keep probability p it is busy p of the time.
	for i := 0; i < 40; i++ {
		p := b.keep(now)
		now = now.Add(time.Second)
		b.spent(now, time.Duration(p*float64(time.Second)), 64)
	}
	p := b.keep(now)
	used := p * workers // cores the encoder uses at p
	if math.Abs(used-0.5) > 0.05 {
		t.Fatalf("settled at p=%v, the encoder using %.2f cores, want 0.5", p, used)
	}
	// Idle: back to 1 within a few periods.
	for i := 0; i < 20; i++ {
		now = now.Add(time.Second)
		b.keep(now)
	}
	if p := b.keep(now); p != 1 {
		t.Fatalf("after idling keeps %v, want 1", p)
	}
	// Never below the floor.
	for i := 0; i < 100; i++ {
		now = now.Add(time.Second)
		b.spent(now, 100*time.Second, 64)
	}
	if p := b.keep(now); p != minBudgetP {
		t.Fatalf("overwhelmed: keeps %v, want the floor %v", p, minBudgetP)
	}
}
