package aggregator

import (
	"testing"

	"github.com/llmobs/llmobs/pkg/stream"
)

// What stage 1's watermark alignment reads (package stream): each
// partition's in-band watermark, the lowest of those that have one, and
// whether a partition has none yet (it is read first).
func TestStage1AlignmentView(t *testing.T) {
	p := fuzzService(t).newStage1(1)
	p.assigned([]int32{0, 1, 2})
	al := &stream.Alignment{Watermarks: p.eachWatermark}
	low := func() (int64, bool) { ms, ok, _ := al.Low(); return ms, ok }
	unread := func() bool { _, _, u := al.Low(); return u }
	if _, ok := low(); ok {
		t.Fatal("a watermark before any partition has one")
	}
	if !unread() {
		t.Fatal("no partition has a watermark, yet none is unread")
	}
	p.parts[0].SetWatermark(5_000)
	p.parts[1].SetWatermark(2_000)
	if w, ok := p.partitionWatermark(0); !ok || w != 5_000 {
		t.Fatalf("partition 0: %d, %v", w, ok)
	}
	if _, ok := p.partitionWatermark(2); ok {
		t.Fatal("partition 2 has a watermark before any report")
	}
	if _, ok := p.partitionWatermark(7); ok {
		t.Fatal("a partition not owned has a watermark")
	}
	if w, ok := low(); !ok || w != 2_000 {
		t.Fatalf("low = %d, %v; want 2000 (partition 2 has none and is left out)", w, ok)
	}
	if !unread() {
		t.Fatal("partition 2 has no watermark but is not unread")
	}
	p.parts[2].SetWatermark(9_000)
	if unread() {
		t.Fatal("every partition has a watermark, yet one is unread")
	}
	if w, _ := low(); w != 2_000 {
		t.Fatalf("low = %d, want 2000", w)
	}
	p.reset([]int32{1})
	if w, _ := low(); w != 5_000 {
		t.Fatalf("low = %d after partition 1 was revoked, want 5000", w)
	}
}
