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
		// A partition has no watermark until every ingest source has
		// reported in it since the assignment; its reports are in its
		// records, so it is read first.
		Watermarks: func(each func(int64, bool)) {
			for _, p := range s.ownedParts() {
				each(s.inband.Partition(p))
			}
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
