package app

import (
	"context"
	"log/slog"
	"runtime"
	"runtime/debug"
	"testing"
	"testing/synctest"
	"time"
)

func TestMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	for _, c := range []struct {
		flag     string
		external bool
		want     int64
		adaptive bool
	}{
		{"", true, DefaultMemoryTarget, true},
		{"", false, 0, false},
		{"512MiB", false, 512 << 20, false},
		{"1GiB", true, 1 << 30, false},
		{"300MB", true, 300e6, false},
		{"200000000", true, 200000000, false},
		{"off", true, 0, false},
	} {
		var m MemoryLimit
		if c.flag != "" {
			if err := m.Set(c.flag); err != nil {
				t.Fatalf("%q: %v", c.flag, err)
			}
		}
		got, adaptive, err := m.Apply(c.external)
		if err != nil || got != c.want || adaptive != c.adaptive {
			t.Errorf("%q external=%v: %d (adaptive %v), %v; want %d (adaptive %v)", c.flag, c.external, got, adaptive, err, c.want, c.adaptive)
		}
		if set := debug.SetMemoryLimit(-1); c.want > 0 && set != c.want || c.want == 0 && c.flag == "off" && set != 1<<63-1 {
			t.Errorf("%q: runtime limit %d", c.flag, set)
		}
	}
	for _, bad := range []string{"lots", "-1MiB", "10MiB"} {
		var m MemoryLimit
		if err := m.Set(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestAdaptiveLimit(t *testing.T) {
	const target = 224 << 20
	for _, c := range []struct{ live, want int64 }{
		{0, target},
		{100 << 20, target},
		{150 << 20, target},                    // 150 × 4/3 + 16 = 216 MiB
		{180 << 20, 240<<20 + runtimeOverhead}, // a third above the live heap
		{3 << 30, 4<<30 + runtimeOverhead},     // any working set gets its third
	} {
		if got := adaptiveLimit(target, c.live); got != c.want {
			t.Errorf("live %d MiB: limit %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

// Govern raises the limit when the live heap outgrows the target (no
// collection back to back against a fixed limit) and lowers it back to
// the target when the heap shrinks.
func TestGovernFollowsTheLiveHeap(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	const target = 64 << 20
	debug.SetMemoryLimit(target)
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); Govern(ctx, target, 5*time.Millisecond, slog.New(slog.DiscardHandler)) }()
		defer func() { cancel(); <-done }()
		// A collection, then one poll of the governor (the bubble's
		// clock): the limit must follow at that poll, not eventually.
		afterGC := func() int64 {
			runtime.GC()
			time.Sleep(5 * time.Millisecond)
			synctest.Wait()
			return debug.SetMemoryLimit(-1)
		}
		if l := afterGC(); l != target {
			t.Fatalf("nothing live: the limit is %d MiB, want the target", l>>20)
		}
		live := make([][]byte, 96)
		for i := range live {
			live[i] = make([]byte, 1<<20) // 96 MiB live: above the target
		}
		if l := afterGC(); l < 128<<20 {
			t.Fatalf("96 MiB live: the limit stayed %d MiB, want ≥ 128 MiB (live + a third)", l>>20)
		}
		runtime.KeepAlive(live)
		live = nil
		if l := afterGC(); l != target {
			t.Fatalf("the heap freed: the limit is %d MiB, want the target back", l>>20)
		}
	})
}
