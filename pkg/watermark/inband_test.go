package watermark

import "testing"

func TestInbandMinOverEverySource(t *testing.T) {
	b := NewInband()
	if _, ok := b.Partition(0); ok {
		t.Fatal("watermark before any report")
	}
	b.Observe(0, 3, 0, 100)
	b.Observe(0, 3, 1, 50)
	if _, ok := b.Partition(0); ok {
		t.Fatal("watermark known while source 2 never reported: a silent upstream must hold it")
	}
	if got := b.Missing(0); got != 1 {
		t.Fatalf("missing %d, want 1", got)
	}
	b.Observe(0, 3, 2, 70)
	if w, ok := b.Partition(0); !ok || w != 50 {
		t.Fatalf("watermark %d %v, want the minimum 50", w, ok)
	}
	// A lower report (an upstream that restarted and is catching up) does
	// not move a source back: its earlier report still holds.
	b.Observe(0, 3, 1, 10)
	if w, _ := b.Partition(0); w != 50 {
		t.Fatalf("watermark %d after a lower report, want 50", w)
	}
	b.Observe(0, 3, 1, 90)
	if w, _ := b.Partition(0); w != 70 {
		t.Fatalf("watermark %d, want 70", w)
	}
	// Foreign sources are refused, never held for.
	if b.Observe(0, 3, 7, 1) || b.Observe(0, 3, -1, 1) || b.Observe(0, 0, 0, 1) {
		t.Fatal("a source outside [0, sources) was accepted")
	}
	// The upstream topic grows: the new source holds the minimum until it
	// reports.
	b.Observe(0, 4, 0, 200)
	if _, ok := b.Partition(0); ok {
		t.Fatal("a new upstream partition did not hold the watermark")
	}
	b.Observe(0, 4, 3, 65)
	if w, ok := b.Partition(0); !ok || w != 65 {
		t.Fatalf("watermark %d %v, want 65", w, ok)
	}
	b.Observe(1, 1, 0, 40)
	if w, ok := b.Min(nil); !ok || w != 40 {
		t.Fatalf("min over partitions %d %v, want 40", w, ok)
	}
	if _, ok := b.Min([]int32{1, 5}); ok {
		t.Fatal("min over an unknown partition is known")
	}
	b.Remove(1)
	if w, ok := b.Min(nil); !ok || w != 65 {
		t.Fatalf("min after remove %d %v", w, ok)
	}
}
