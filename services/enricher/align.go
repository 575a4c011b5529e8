package enricher

import "github.com/llmobs/llmobs/pkg/stream"

// alignment is the span loop's watermark alignment: a llmobs.spans
// partition's position is its in-band watermark (ingest aligns the spans
// with it), the stage's watermark the lowest of the partitions it owns.
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
			s.inbandMu.Lock()
			owned := make([]int32, 0, len(s.owned))
			for p := range s.owned {
				owned = append(owned, p)
			}
			s.inbandMu.Unlock()
			if len(owned) == 0 {
				return 0, false
			}
			return s.inband.Min(owned)
		},
		Paused: func(n int) { s.m.paused.Set(float64(n)) },
	}
}
