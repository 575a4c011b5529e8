package watermark

import (
	"testing"
	"time"
)

func low(ms ...int64) Low {
	var l Low
	for _, m := range ms {
		l.Add(m)
	}
	return l
}

func TestLow(t *testing.T) {
	if l := low(); l.N != 0 {
		t.Fatalf("empty: %+v", l)
	}
	if l := low(50, 20, 70); l != (Low{Ms: 20, N: 3}) {
		t.Fatalf("got %+v, want {20 3}", l)
	}
	if l := low(-5, 3); l.Ms != -5 {
		t.Fatalf("got %+v", l)
	}
}

func TestPacer(t *testing.T) {
	t0 := time.Unix(1_000_000, 0)
	step := BeatEventStep.Milliseconds()
	var p Pacer
	if !p.Due(t0, Low{}) {
		t.Fatal("the zero pacer must be due at once")
	}
	p.Beat(t0, low(1000)) // one of two sources known
	now := t0.Add(10 * time.Millisecond)
	if p.Due(now, low(1000)) {
		t.Fatal("nothing moved and the interval has not passed: not due")
	}
	if p.Due(now, low(1000+step-1)) {
		t.Fatal("event time moved less than BeatEventStep: not due")
	}
	if !p.Due(now, low(1000+step)) {
		t.Fatal("event time moved BeatEventStep: due")
	}
	// The rule the backlog fix rests on: a beat that would carry a source
	// the last one did not goes at once, even with a lower watermark.
	if !p.Due(now, low(1000, 400)) {
		t.Fatal("a newly known source must beat at once")
	}
	p.Beat(now, low(1000, 400))
	if p.Due(now, low(1000, 400)) {
		t.Fatal("the same two sources again: not due")
	}
	// After a beat of fewer sources (a rebalance took one), a beat with
	// more is due again.
	p.Beat(now, low(900))
	if !p.Due(now, low(900, 950)) {
		t.Fatal("two sources after a beat of one: due")
	}
	// A beat that carried nothing keeps the comparison.
	p.Beat(now, Low{})
	if p.Due(now, low(900)) {
		t.Fatal("an empty beat must not reset the last watermark")
	}
	if !p.Due(now.Add(time.Second), low(900)) {
		t.Fatal("the interval passed: due")
	}
	q := Pacer{Interval: 100 * time.Millisecond}
	q.Beat(t0, low(5))
	if q.Ticked(t0.Add(99*time.Millisecond)) || !q.Ticked(t0.Add(100*time.Millisecond)) {
		t.Fatal("Interval not honoured")
	}
}
