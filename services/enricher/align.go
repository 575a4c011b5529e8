package enricher

import "github.com/llmobs/llmobs/pkg/stream"

// alignment is the span loop's watermark alignment: a llmobs.spans
// partition's position is its in-band watermark (ingest aligns the spans
// with it), the stage's watermark the lowest of the partitions it owns
// that have one.
func (s *Service) alignment() *stream.Alignment {
	spans := s.deps.Topics.Spans
	return &stream.Alignment{
		MaxDrift: s.cfg.AlignMaxDrift,
		Position: func(topic string, p int32) (int64, bool) {
			if topic != spans {
				return 0, false
			}
			return s.inband.Partition(p)
		},
		Watermark: func() (int64, bool) {
			first, low := true, int64(0)
			for _, p := range s.ownedParts() {
				if w, ok := s.inband.Partition(p); ok && (first || w < low) {
					low, first = w, false
				}
			}
			return low, !first
		},
		// A partition whose watermark is not known yet (not every ingest
		// source has reported in it since the assignment) is read first:
		// its reports are in its records.
		Unread: func() bool {
			for _, p := range s.ownedParts() {
				if _, ok := s.inband.Partition(p); !ok {
					return true
				}
			}
			return false
		},
		Paused: func(n int) { s.m.paused.Set(float64(n)) },
	}
}

// ownedParts lists the llmobs.spans partitions this instance owns.
func (s *Service) ownedParts() []int32 {
	s.inbandMu.Lock()
	defer s.inbandMu.Unlock()
	owned := make([]int32, 0, len(s.owned))
	for p := range s.owned {
		owned = append(owned, p)
	}
	return owned
}
