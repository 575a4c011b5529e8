package watermark

import (
	"testing"
	"time"
)

func TestWatermarkMinOverActiveAndIdle(t *testing.T) {
	now := time.Unix(1000, 0)
	clock := func() time.Time { return now }
	tr := New(5*time.Second, 30*time.Second, clock)
	if _, ok := tr.Watermark(); ok {
		t.Fatal("watermark before any event")
	}
	base := time.Unix(500, 0)
	tr.Observe(0, base.Add(100*time.Second))
	tr.Observe(1, base.Add(40*time.Second))
	tr.Observe(0, base.Add(90*time.Second)) // out of order: max stays
	wm, _ := tr.Watermark()
	if want := base.Add(35 * time.Second); !wm.Equal(want) {
		t.Fatalf("wm = %v, want %v (min over partitions minus 5s)", wm, want)
	}
	// Partition 1 goes idle: it stops holding the stage back.
	now = now.Add(31 * time.Second)
	tr.Observe(0, base.Add(101*time.Second))
	wm, _ = tr.Watermark()
	if want := base.Add(96 * time.Second); !wm.Equal(want) {
		t.Fatalf("wm = %v, want %v after partition 1 idled", wm, want)
	}
	// Everything idle: the max wins so windows still close.
	now = now.Add(time.Minute)
	wm, _ = tr.Watermark()
	if want := base.Add(96 * time.Second); !wm.Equal(want) {
		t.Fatalf("all idle wm = %v, want %v", wm, want)
	}
	tr.Remove(0)
	wm, _ = tr.Watermark()
	if want := base.Add(35 * time.Second); !wm.Equal(want) {
		t.Fatalf("after remove wm = %v, want %v", wm, want)
	}
}
