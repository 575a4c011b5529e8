package ingest

import (
	"sync"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// sources tracks event-time progress of the otlp_spans partitions this
// instance owns, for the watermarks ingest writes in band into every
// llmobs.spans partition (DESIGN: "Watermarks travel with the data").
// Ingest is the one stage that can tell "nothing older is coming" from
// "upstream is silent": its input is the users' log, whose end it can list.
//
// A source's watermark is the higher of:
//   - data: the latest span end it read (each capped by its Kafka record's
//     timestamp, so one host with a fast clock cannot push it ahead of the
//     log) minus out_of_orderness;
//   - caught up: when the list of end offsets taken at time T shows this
//     instance has read everything the partition held at T, T minus
//     out_of_orderness minus delivery_delay (how long spans take from their
//     end to the log: the SDK's batch delay plus the Collector's). This is
//     what moves the watermark when traffic stops, so the last windows fire.
//
// A partition that is behind moves by its data only; a partition whose
// owner is down or restarting moves not at all, so downstream windows wait.
// Reported values never go down while this instance owns the partition.
type sources struct {
	ooo, delay time.Duration

	mu     sync.Mutex
	n      int32 // partitions of otlp_spans (the stage's sources)
	parts  map[int32]*sourcePart
	endsAt time.Time
	ends   map[int32]int64
}

type sourcePart struct {
	pos    int64 // next offset to read; -1 unknown
	dataMs int64 // latest capped span end, unix ms
	sent   int64 // highest watermark reported
}

func newSources(ooo, delay time.Duration) *sources {
	return &sources{ooo: ooo, delay: delay, parts: map[int32]*sourcePart{}, ends: map[int32]int64{}}
}

func (s *sources) assign(parts []int32, committed map[int32]int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range parts {
		sp := &sourcePart{pos: -1}
		if c, ok := committed[p]; ok && c >= 0 {
			sp.pos = c
		}
		s.parts[p] = sp
	}
}

func (s *sources) revoke(parts []int32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range parts {
		delete(s.parts, p)
	}
}

// reset forgets what was read of every owned partition (a transaction was
// aborted: its records are read again), keeping what was reported.
func (s *sources) reset(committed map[int32]int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for p, sp := range s.parts {
		sp.pos, sp.dataMs = -1, 0
		if c, ok := committed[p]; ok && c >= 0 {
			sp.pos = c
		}
	}
}

// read notes a record of partition p at offset off, produced at ts, whose
// spans ended at most at endMs (0: none).
func (s *sources) read(p int32, off int64, ts time.Time, endMs int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sp := s.parts[p]
	if sp == nil {
		return
	}
	sp.pos = max(sp.pos, off+1)
	if endMs > 0 {
		if cap := ts.UnixMilli(); !ts.IsZero() && endMs > cap {
			endMs = cap
		}
		sp.dataMs = max(sp.dataMs, endMs)
	}
}

// setEnds records the end offsets listed at time at (taken before the
// request went out) and the partition count of the topic.
func (s *sources) setEnds(at time.Time, ends map[int32]int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.endsAt, s.ends = at, ends
	if n := int32(len(ends)); n > 0 {
		s.n = n
	}
}

// unknown lists the owned partitions whose position is not known: nothing
// read since the assignment, and the client had no committed offset for
// them then (franz-go fetches them after the assignment callback).
func (s *sources) unknown() []int32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []int32
	for p, sp := range s.parts {
		if sp.pos < 0 {
			out = append(out, p)
		}
	}
	return out
}

// position sets the position of a partition nothing was read from since
// its assignment: where this instance resumes (the group's committed
// offset, or the log start when the group never committed one).
func (s *sources) position(p int32, off int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sp := s.parts[p]; sp != nil && sp.pos < 0 && off >= 0 {
		sp.pos = off
	}
}

// watermarks returns the current report of every owned partition that has
// one, and the number of sources.
func (s *sources) watermarks() (int32, []*llmobsv1.SourceWatermark) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n == 0 {
		return 0, nil
	}
	var out []*llmobsv1.SourceWatermark
	for p, sp := range s.parts {
		w := s.current(p, sp)
		if w <= 0 {
			continue
		}
		sp.sent = w
		out = append(out, &llmobsv1.SourceWatermark{Partition: p, WatermarkUnixMs: w})
	}
	return s.n, out
}

// current is partition p's watermark now (≤ 0: none yet).
func (s *sources) current(p int32, sp *sourcePart) int64 {
	var w int64
	if sp.dataMs > 0 {
		w = sp.dataMs - s.ooo.Milliseconds()
	}
	if end, ok := s.ends[p]; ok && !s.endsAt.IsZero() && (end == 0 || sp.pos >= 0 && sp.pos >= end) {
		w = max(w, s.endsAt.Add(-s.ooo-s.delay).UnixMilli())
	}
	return max(w, sp.sent)
}

// readTo is the newest span end read from partition p (watermark
// alignment): ok false before any.
func (s *sources) readTo(p int32) (int64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sp := s.parts[p]; sp != nil && sp.dataMs > 0 {
		return sp.dataMs, true
	}
	return 0, false
}

// eachWatermark calls each with every owned partition's watermark, ok
// false for one that has none yet: nothing read of it, and not known to be
// at its end (watermark alignment reads it first).
func (s *sources) eachWatermark(each func(ms int64, ok bool)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for p, sp := range s.parts {
		w := s.current(p, sp)
		each(w, w > 0)
	}
}
