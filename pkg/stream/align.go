package stream

import (
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Alignment is watermark alignment (as Flink's): while a stage reads a
// backlog, a partition whose newest event time read runs more than
// MaxDrift ahead of the stage's watermark is paused, so the fetches go to
// the partitions that hold the watermark back. Without it a stage reading
// a backlog (after an outage, a deploy, a burst) reads its partitions at
// uneven speeds: the watermark follows the slowest while the fastest open
// windows, join state and held calls up to the whole backlog ahead of it,
// and memory grows with the backlog instead of with MaxDrift.
//
// Pausing never stalls the stage. A partition is paused only while some
// partition at or behind the drift still has records to read (its lag,
// from the last fetch that returned records of it, is over one: a
// transaction marker alone leaves a lag of one); when none has, every
// partition is read again: the watermark then waits for upstream, and
// what is ahead is read now rather than later. A poll that returns
// nothing for its whole timeout while partitions are paused (a lag was
// stale) resumes them all and forgets every lag. Live traffic is never
// paused: every partition is within a few seconds of the watermark.
type Alignment struct {
	// MaxDrift: how far ahead of the watermark a partition may read. 0
	// turns alignment off.
	MaxDrift time.Duration
	// Position is the newest event time (unix ms) the stage has read from
	// a partition of topic; ok false when it has read none, or the topic
	// is not aligned (such partitions are never paused).
	Position func(topic string, partition int32) (ms int64, ok bool)
	// Watermarks calls each with the watermark (unix ms) of every
	// partition the stage owns, ok false for one that has none yet
	// (nothing of it read, or not every upstream source reported in it).
	// The stage's watermark is the lowest of those that have one (nothing
	// is paused while none has); a partition without one may hold the
	// oldest records, so the partitions ahead are paused until it is
	// read — unless a poll lately waited its whole timeout (it had
	// nothing to read).
	Watermarks func(each func(ms int64, ok bool))
	// Paused, when set, is told how many partitions are paused after
	// every change (a gauge).
	Paused func(n int)
}

// Low is what alignment reads of the stage: its watermark, the lowest of
// its partitions' that have one (ok false while none has), and whether a
// partition has none yet (unread).
func (a *Alignment) Low() (ms int64, ok, unread bool) {
	a.Watermarks(func(w int64, has bool) {
		switch {
		case !has:
			unread = true
		case !ok || w < ms:
			ms, ok = w, true
		}
	})
	return ms, ok, unread
}

type tp struct {
	topic string
	part  int32
}

// aligner is one session's alignment state.
type aligner struct {
	a      *Alignment
	lag    map[tp]int64 // from the last fetch that returned records of it
	paused map[tp]bool
	// stalled: a poll returned nothing while partitions were paused (a
	// lag was stale: the partition was caught up, or is no longer ours).
	stalled bool
	// noUnreadUntil: after a stall, an unread partition is not read first
	// before this.
	noUnreadUntil time.Time
	quiet         time.Duration
}

// newAligner: quiet is how long unread partitions are not read first
// after a stall.
func newAligner(a *Alignment, quiet time.Duration) *aligner {
	if a == nil || a.MaxDrift <= 0 || a.Position == nil || a.Watermarks == nil {
		return nil
	}
	return &aligner{a: a, lag: map[tp]int64{}, paused: map[tp]bool{}, quiet: quiet}
}

// observe notes each fetched partition's lag behind its log end. waited:
// the poll ran out its timeout (an empty poll right after a pause is the
// paused partitions' buffered records taken out, not a stall).
func (al *aligner) observe(fs kgo.Fetches, waited bool) {
	if len(al.paused) > 0 && fs.NumRecords() == 0 && waited {
		al.stalled = true
	}
	fs.EachPartition(func(fp kgo.FetchTopicPartition) {
		if len(fp.Records) == 0 {
			return
		}
		end := fp.HighWatermark
		if fp.LastStableOffset >= 0 && fp.LastStableOffset < end {
			end = fp.LastStableOffset
		}
		al.lag[tp{fp.Topic, fp.Partition}] = max(0, end-(fp.Records[len(fp.Records)-1].Offset+1))
	})
}

// forget drops what is known of partitions that are no longer assigned
// (Aborted, rebalances): their lag is stale, and a partition paused when
// it was taken away must not stay paused if it comes back.
func (al *aligner) forget(cl *kgo.Client) {
	clear(al.lag)
	al.apply(cl, nil)
}

// adjust pauses the partitions that run ahead and resumes the others.
func (al *aligner) adjust(cl *kgo.Client, now time.Time) {
	if al.stalled {
		al.stalled = false
		al.noUnreadUntil = now.Add(al.quiet)
		al.forget(cl)
		return
	}
	wm, ok, unread := al.a.Low()
	if !ok {
		al.apply(cl, nil)
		return
	}
	limit := wm + al.a.MaxDrift.Milliseconds()
	var ahead []tp
	behindHasData := false
	for k, lag := range al.lag {
		pos, ok := al.a.Position(k.topic, k.part)
		switch {
		case !ok: // not aligned (another topic), or nothing read of it yet
		case pos > limit:
			ahead = append(ahead, k)
		case lag > 1:
			behindHasData = true
		}
	}
	// A paused partition has no fresh lag: it is ahead or it is resumed.
	for k := range al.paused {
		if _, known := al.lag[k]; known {
			continue
		}
		if pos, ok := al.a.Position(k.topic, k.part); ok && pos > limit {
			ahead = append(ahead, k)
		}
	}
	if !behindHasData && !now.Before(al.noUnreadUntil) {
		behindHasData = unread
	}
	if !behindHasData {
		ahead = nil
	}
	al.apply(cl, ahead)
}

// apply makes the paused set exactly want.
func (al *aligner) apply(cl *kgo.Client, want []tp) {
	keep := make(map[tp]bool, len(want))
	pause := map[string][]int32{}
	for _, k := range want {
		keep[k] = true
		if !al.paused[k] {
			pause[k.topic] = append(pause[k.topic], k.part)
		}
	}
	resume := map[string][]int32{}
	for k := range al.paused {
		if !keep[k] {
			resume[k.topic] = append(resume[k.topic], k.part)
		}
	}
	if len(pause) == 0 && len(resume) == 0 {
		return
	}
	if len(resume) > 0 {
		cl.ResumeFetchPartitions(resume)
	}
	if len(pause) > 0 {
		cl.PauseFetchPartitions(pause)
	}
	al.paused = keep
	if al.a.Paused != nil {
		al.a.Paused(len(keep))
	}
}
