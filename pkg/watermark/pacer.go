package watermark

import "time"

// Pacer decides when a stage forwards the in-band watermarks it has read
// to the next one (ingest, the enricher and aggregator stage 1 share the
// rule). A heartbeat is due when
//   - Interval has passed since the last one (live traffic: event time
//     moves a second a second, and an idle stream still advances);
//   - or the lowest watermark it would carry moved BeatEventStep past the
//     last one's (a backlog: a second of reading is minutes of event time);
//   - or it would carry more sources than the last one: downstream waits
//     for every source, and a backlog's first beat often knows only some
//     of them, so its first complete one must not wait for the next tick.
//
// The zero Pacer is due at once, with a one-second interval.
type Pacer struct {
	Interval time.Duration // 0: time.Second

	last   time.Time
	lastMs int64 // the lowest watermark the last beat carried
	lastN  int   // and how many sources it carried
}

// Ticked reports whether Interval has passed since the last beat.
func (p *Pacer) Ticked(now time.Time) bool {
	iv := p.Interval
	if iv <= 0 {
		iv = time.Second
	}
	return now.Sub(p.last) >= iv
}

// Due reports whether a beat carrying watermark low (unix ms), the lowest
// of known sources, should go out at now.
func (p *Pacer) Due(now time.Time, low Low) bool {
	return p.Ticked(now) || low.N > 0 && (low.Ms-p.lastMs >= BeatEventStep.Milliseconds() || low.N > p.lastN)
}

// Beat records that a beat carrying low went out at now. A beat that
// carried no source keeps the last one's watermark for the comparison.
func (p *Pacer) Beat(now time.Time, low Low) {
	p.last = now
	if low.N > 0 {
		p.lastMs, p.lastN = low.Ms, low.N
	}
}

// Low is the lowest of some watermarks (unix ms) and how many there were.
type Low struct {
	Ms int64
	N  int
}

// Add counts one more watermark.
func (l *Low) Add(ms int64) {
	if l.N == 0 || ms < l.Ms {
		l.Ms = ms
	}
	l.N++
}
