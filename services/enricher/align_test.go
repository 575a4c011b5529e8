package enricher

import (
	"testing"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/watermark"
)

// What the span loop's watermark alignment reads (package stream): a
// llmobs.spans partition's in-band watermark (the lowest over the ingest
// sources reported in it), the lowest of those the instance owns that
// have one, and whether an owned partition has none yet (read first).
func TestAlignmentView(t *testing.T) {
	s := &Service{cfg: DefaultConfig(), inband: watermark.NewInband(), owned: map[int32]bool{}}
	s.deps.Topics = kafka.DefaultTopics()
	a := s.alignment()
	low := func() (int64, bool) { ms, ok, _ := a.Low(); return ms, ok }
	unread := func() bool { _, _, u := a.Low(); return u }
	spans := s.deps.Topics.Spans
	s.own([]int32{0, 1})
	if _, ok := low(); ok {
		t.Fatal("a watermark before any report")
	}
	if !unread() {
		t.Fatal("no partition has a watermark, yet none is unread")
	}
	// Two ingest sources; partition 0 has heard from both, partition 1
	// from one.
	s.inband.Observe(0, 2, 0, 10_000)
	s.inband.Observe(0, 2, 1, 8_000)
	s.inband.Observe(1, 2, 0, 3_000)
	if w, ok := a.Position(spans, 0); !ok || w != 8_000 {
		t.Fatalf("partition 0: %d, %v; want the lower source, 8000", w, ok)
	}
	if _, ok := a.Position(spans, 1); ok {
		t.Fatal("partition 1 has a watermark with a source missing")
	}
	if _, ok := a.Position("llmobs.gpu", 0); ok {
		t.Fatal("another topic is aligned")
	}
	if w, ok := low(); !ok || w != 8_000 {
		t.Fatalf("watermark %d, %v; want 8000 (partition 1 has none)", w, ok)
	}
	if !unread() {
		t.Fatal("partition 1 has no watermark but is not unread")
	}
	s.inband.Observe(1, 2, 1, 4_000)
	if unread() {
		t.Fatal("both partitions have a watermark, yet one is unread")
	}
	if w, _ := low(); w != 3_000 {
		t.Fatalf("watermark %d, want 3000", w)
	}
	s.forget([]int32{1})
	if w, _ := low(); w != 8_000 {
		t.Fatalf("watermark %d after partition 1 was revoked, want 8000", w)
	}
}
