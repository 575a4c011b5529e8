// Package stage holds the aggregator's two windowing stages as pure,
// clock-free state machines (the service wires them to Kafka):
//
// Stage 1 (per input partition): folds enriched spans into a partial
// aggregate per (series, window length, window start). When the
// partition's watermark (max event time − out-of-orderness) passes a
// window's end, the window's partial is emitted with source_revision 1.
// A span for a fired window that is still within the allowed lateness
// (watermark < end + lateness) updates the partial, which is re-emitted
// with source_revision+1 at the next Advance. Spans older than that are
// counted as late: the weight goes into the window's late field (emitted
// as a revision) if the window's state is still kept, else only into the
// late counter. Window state is dropped once watermark ≥ end + lateness.
//
// Summaries of spans ingest shed (AddSummary: per series and event-time
// bucket, the same mergeable Aggregate) are merged into the window of each
// length that holds their bucket by the same rules: on time, late within
// the lateness (a revision), or counted late.
//
// Source = "p<partition>": stable across restarts and rebalances, so a
// partial re-sent after a restart replaces the earlier one in stage 2.
//
// Stage 2 (per partition of llmobs.sli.partials, which is partitioned by
// series): keeps the latest partial per source of each (series, window) —
// a higher source_revision replaces, never adds; the same or a lower one
// is a duplicate (re-sent after a restart) and is ignored. Every source
// reports its watermark on each partial and in heartbeats (partials with
// window_length_ms 0) that stage 1 sends to every partials partition, so
// every stage-2 partition knows every source; stage 2's watermark is the
// MIN over the sources: all partitions of the input topic ("p0".."pN-1",
// see Expect; a source not heard from yet holds it at 0), so a window
// never fires before every partition's watermark passed it. A window fires (revision 1)
// once that watermark is Grace past its end; each later changed partial
// emits revision+1. State is dropped after end + Grace + Lateness.
// A source that stops sending stalls stage 2 until its partition gets a
// new owner (stage 1 sends heartbeats even for idle partitions).
package stage

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// WinKey identifies a series window.
type WinKey struct {
	Series  sli.Key
	LenMs   int64
	StartMs int64
}

type open1 struct {
	// acc is the window's accumulator; nil while it is frozen: a window
	// that fired and has not changed since is held as frozen (its
	// accumulator in compact form, a third of the memory) through the
	// allowed lateness, and thawed by the late span that changes it.
	acc    *sli.Acc
	frozen sli.Frozen
	// rev counts the spans (on time or late) folded in: deterministic
	// given the partition's log, so a window rebuilt by re-reading after a
	// restart gets the same revision for the same content, and stage 2
	// ignores the duplicate instead of adding it.
	rev   uint64
	fired bool
	dirty bool
	// touched is the partition's newest span end (unix ms) when a span
	// last changed the window (FreezeQuiet).
	touched int64
}

// live is the window's accumulator, thawed if it was frozen.
func (o *open1) live() *sli.Acc {
	if o.acc == nil {
		acc, err := sli.Thaw(o.frozen)
		if err != nil {
			panic(fmt.Sprintf("aggregator stage 1: a window frozen here does not thaw: %v", err))
		}
		o.acc, o.frozen = acc, nil
	}
	return o.acc
}

// Stage1 is one input partition's windows.
type Stage1 struct {
	Partition  int32
	Lengths    []time.Duration
	OutOfOrder time.Duration
	Lateness   time.Duration

	// PerTenant keeps series apart per tenant (the spans' GenAI tenant):
	// with auth on, a tenant's SLIs are its own. Off, the tenant is
	// cleared from every key and all tenants share a series, as before
	// tenants.
	PerTenant bool

	// CapMs, when non-zero, bounds the event time that moves the
	// watermark (unix ms): a span ending after it still fills its window,
	// but moves the watermark only up to it. The service sets it, per
	// record, to the record's timestamp: the time the enricher produced
	// it, which no span in it can have ended after unless a clock is
	// wrong, and which a replay after a restart reads again, so the same
	// spans are late. Without the cap one span from a host whose clock
	// runs ahead (ingest accepts up to its max_future_skew), or one from
	// the far end of live traffic sent early, would push the partition's
	// watermark past every span still to come and make them all late.
	CapMs int64

	maxEvent int64 // unix ms
	maxReal  int64 // unix ms: the latest event time of a real span (Idle does not move it)
	seen     bool
	// ext: the watermark comes from upstream, in band (SetWatermark);
	// spans never move it.
	ext  bool
	wins map[WinKey]*open1
	// Counters the service exports. Ahead: spans that ended after CapMs
	// (their windows are filled; only the watermark is capped).
	Skipped, LateSpans, LateDropped, Ahead float64
	// Evals configures the join of evaluations to calls (evals.go);
	// OnEval, when set, is told each outcome as EvalOutcomes counts it.
	Evals        EvalConfig
	OnEval       func(outcome string, n float64)
	EvalOutcomes map[string]float64
	// EvalCallsEvicted: calls forgotten before CallMemory (MaxCalls).
	EvalCallsEvicted float64
	ev               *evalState
	// Summaries merged (AddSummary) and the spans they hold; Misaligned:
	// summaries whose bucket does not fit in one window (ingest's bucket
	// does not divide a window length); BadSummaries: summaries without a
	// series, an aggregate or a sane bucket (ignored).
	Summaries, SummarySpans, Misaligned, BadSummaries float64
}

// NewStage1 returns the state of one partition.
func NewStage1(p int32, lengths []time.Duration, outOfOrder, lateness time.Duration) *Stage1 {
	return &Stage1{Partition: p, Lengths: lengths, OutOfOrder: outOfOrder, Lateness: lateness, wins: map[WinKey]*open1{},
		Evals: DefaultEvalConfig(), EvalOutcomes: map[string]float64{}}
}

// Source names this stage's partials.
func (s *Stage1) Source() string { return fmt.Sprintf("p%d", s.Partition) }

// WatermarkMs is the partition's watermark (unix ms): with an upstream
// watermark (SetWatermark), the latest one set; otherwise the latest span
// end seen (each capped by CapMs), minus OutOfOrder. ok false before any.
func (s *Stage1) WatermarkMs() (int64, bool) {
	if s.ext {
		return s.maxEvent, s.seen
	}
	return s.maxEvent - s.OutOfOrder.Milliseconds(), s.seen
}

// Upstream puts the partition in upstream-watermark mode before any
// watermark is known: spans no longer move it, and until SetWatermark
// nothing fires (the upstream has not said what is complete yet).
func (s *Stage1) Upstream() { s.ext = true }

// SetWatermark sets the partition's watermark from upstream (unix ms): the
// point before which upstream will send nothing but late data (DESIGN:
// "Watermarks travel with the data"). It never moves back.
func (s *Stage1) SetWatermark(ms int64) {
	if !s.ext {
		s.ext, s.seen, s.maxEvent = true, false, 0
	}
	if !s.seen || ms > s.maxEvent {
		s.maxEvent, s.seen = ms, true
	}
}

// Open is the number of window states held.
func (s *Stage1) Open() int { return len(s.wins) }

// Frozen is how many of them are frozen (held compact: fired and waiting
// out the lateness, or quiet while the watermark is held).
func (s *Stage1) Frozen() int {
	n := 0
	for _, o := range s.wins {
		if o.acc == nil {
			n++
		}
	}
	return n
}

// Add folds one span in. Event time is the span's end time (DESIGN), or
// its start when the end is missing or before it. It returns false for
// spans that feed no series (non-model spans; counted Skipped), whose
// evaluations are joined to a call of their trace (evals.go). A model
// span's own evaluations are folded with it.
func (s *Stage1) Add(es *llmobsv1.EnrichedSpan) bool {
	k, ok := sli.KeyOf(es)
	if !ok {
		if len(es.GetSpan().GetEvaluations()) > 0 {
			s.addEvals(es.GetSpan())
		}
		s.Skipped++
		return false
	}
	if !s.PerTenant {
		k.Tenant = ""
	}
	evMs := int64(EventTimeNanos(es.GetSpan()) / 1e6)
	wm, seen := s.WatermarkMs()
	w := es.GetSpan().GetWeight()
	if w <= 0 {
		w = 1
	}
	evs := es.GetSpan().GetEvaluations()
	folded := false
	var made *llmobsv1.Exemplar // one Exemplar for the span's windows of every length
	for _, l := range s.Lengths {
		lm := l.Milliseconds()
		start := evMs - mod(evMs, lm)
		end := start + lm
		wk := WinKey{k, lm, start}
		o := s.wins[wk]
		if seen && wm >= end+s.Lateness.Milliseconds() {
			s.LateSpans++
			if o != nil {
				o.live().AddLate(w)
				o.rev++
				o.dirty = true
			} else {
				s.LateDropped++
			}
			continue
		}
		if o == nil {
			o = &open1{acc: sli.NewAcc()}
			s.wins[wk] = o
		}
		acc := o.live()
		o.touched = max(s.maxReal, evMs)
		acc.AddSharing(es, &made)
		for _, ev := range evs {
			acc.AddEval(ev, w, s.Evals.Low)
		}
		folded = true
		o.rev++
		o.dirty = true
	}
	if len(evs) > 0 {
		if folded {
			s.outcome(EvalInline, float64(len(evs)))
		} else {
			s.outcome(EvalLate, float64(len(evs)))
		}
	}
	s.rememberCall(k, es.GetSpan(), evMs)
	s.maxReal = max(s.maxReal, evMs)
	if s.ext {
		return true
	}
	wmEv := evMs
	if s.CapMs > 0 && evMs > s.CapMs {
		wmEv = s.CapMs
		s.Ahead++
	}
	if !s.seen || wmEv > s.maxEvent {
		s.maxEvent, s.seen = wmEv, true
	}
	return true
}

// maxBucketMs bounds a summary's bucket: ingest's is seconds long; a day
// keeps garbage from overflowing the window arithmetic.
const maxBucketMs = 24 * 3600 * 1000

// AddSummary merges one summary of spans ingest folded instead of
// forwarding (llmobs.v1.SeriesSummary) into the window of each length that
// holds its bucket, exactly as Add folds a span into the window that holds
// its event time: on time, the aggregate joins the window's accumulator;
// past the allowed lateness its requests count as late. Replaying the
// partition after a restart merges the same summaries in the same order,
// so the rebuilt windows and their revisions are the same. A bucket that
// does not fit in one window (its length does not divide the window's:
// ingest and the aggregator are configured apart) goes to the window of
// its start and is counted Misaligned. It returns false, counting
// BadSummaries, for a summary it cannot place.
func (s *Stage1) AddSummary(sum *llmobsv1.SeriesSummary) bool {
	agg := sum.GetAggregate()
	startB, lenB := sum.GetBucketStartUnixMs(), sum.GetBucketLengthMs()
	if sum.GetSeries() == nil || agg == nil || lenB <= 0 || lenB > maxBucketMs || startB < 0 || startB > math.MaxInt64/2 {
		s.BadSummaries++
		return false
	}
	k := sli.KeyFromProto(sum.GetSeries())
	if !s.PerTenant {
		k.Tenant = ""
	}
	acc := sli.FromProto(agg)
	spans := float64(agg.GetSpans())
	wm, seen := s.WatermarkMs()
	misaligned := false
	for _, l := range s.Lengths {
		lm := l.Milliseconds()
		start := startB - mod(startB, lm)
		end := start + lm
		if startB+lenB > end {
			misaligned = true
		}
		wk := WinKey{k, lm, start}
		o := s.wins[wk]
		if seen && wm >= end+s.Lateness.Milliseconds() {
			s.LateSpans += spans
			if o != nil {
				o.live().AddLate(agg.GetRequests())
				o.rev++
				o.dirty = true
			} else {
				s.LateDropped += spans
			}
			continue
		}
		if o == nil {
			o = &open1{acc: sli.NewAcc()}
			s.wins[wk] = o
		}
		o.live().Merge(acc)
		o.touched = max(s.maxReal, startB)
		o.rev++
		o.dirty = true
	}
	if misaligned {
		s.Misaligned++
	}
	s.Summaries++
	s.SummarySpans += spans
	s.maxReal = max(s.maxReal, startB)
	return true
}

// EventTimeNanos is a span's event time: its end, or its start when the
// end is missing or earlier.
func EventTimeNanos(s *llmobsv1.Span) uint64 { return sli.EventTimeNanos(s) }

func mod(a, b int64) int64 {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}

// Idle moves the watermark of a partition that went quiet, so windows
// still fire: event time is taken to go on from the latest real span at
// the pace of the wall clock since it arrived (quietMs), capped by the wall
// clock (nowMs). Not straight to the wall clock: when upstream stalls
// while it is behind (a long poll, a GPU-watermark wait under load), the
// spans still to come are older than the wall clock, and jumping there
// would push them past the allowed lateness.
func (s *Stage1) Idle(nowMs, quietMs int64) {
	to := nowMs
	if s.maxReal > 0 {
		to = min(nowMs, s.maxReal+quietMs)
	}
	if !s.seen || to > s.maxEvent {
		s.maxEvent, s.seen = to, true
	}
}

// Heartbeat is a partial carrying only this source's watermark.
func (s *Stage1) Heartbeat() *llmobsv1.SLIPartial {
	wm, _ := s.WatermarkMs()
	return &llmobsv1.SLIPartial{Source: s.Source(), SourceWatermarkUnixMs: wm}
}

// FreezeQuiet: a window that has not fired is frozen too once the
// partition's spans moved this far (event time) since one last changed it,
// and thawed by the next span or firing that needs it. A window fires well before that
// in live traffic (out-of-orderness plus a heartbeat); it waits longer
// only while the watermark is held — an upstream instance down or
// restarting, or the start of a backlog, before every upstream source has
// reported (the bench's first ~4 s, ~200,000 spans: 12,000-17,000 open
// windows, a third of the all-in-one's live heap) — and then memory
// grows with the data read, not with the windows still filling. Twice the
// default watermark alignment drift (1 m): in a backlog a partition's
// spans come from upstream partitions read up to that far apart, and
// 30 s from the window's end thawed a window for one span in ~20 in the
// bench. Counted from the window's last change, not its end: before the
// first watermark nothing is aligned, and a window still getting spans
// from an upstream partition far behind stays live.
const FreezeQuiet = 2 * time.Minute

// freezeQuiet freezes the quiet windows (FreezeQuiet) while there is no
// watermark to fire them.
func (s *Stage1) freezeQuiet() {
	for _, o := range s.wins {
		if o.acc != nil && o.touched+FreezeQuiet.Milliseconds() <= s.maxReal {
			o.frozen, o.acc = o.acc.Freeze(), nil
		}
	}
}

// Advance emits partials of windows the watermark has passed (first
// firing or late update) and drops windows past the allowed lateness
// (after emitting their last update). final emits every open window (used
// only by tests/benchmarks that end a stream).
func (s *Stage1) Advance(final bool) []*llmobsv1.SLIPartial {
	var out []*llmobsv1.SLIPartial
	s.AdvanceEach(final, func(p *llmobsv1.SLIPartial) { out = append(out, p) })
	return out
}

// AdvanceEach is Advance giving each partial to each as it is made, in
// window start order, so that a caller that marshals them as they come
// never holds all of them: the first watermark of a backlog, or one that
// jumps, fires thousands of windows at once, and their partials as
// messages (a message per digest centroid) were ~40 MB at once.
func (s *Stage1) AdvanceEach(final bool, each func(*llmobsv1.SLIPartial)) {
	wm, ok := s.WatermarkMs()
	if !ok {
		s.freezeQuiet()
		return
	}
	if final {
		s.expireEvals(math.MaxInt64 / 2)
	} else {
		s.expireEvals(wm)
	}
	type firing struct {
		wk WinKey
		o  *open1
	}
	var fire []firing
	for wk, o := range s.wins {
		if (wm >= wk.StartMs+wk.LenMs || final) && o.dirty {
			fire = append(fire, firing{wk, o})
			continue
		}
		s.settle(wk, o, wm)
	}
	sort.Slice(fire, func(i, j int) bool { return fire[i].wk.StartMs < fire[j].wk.StartMs })
	for _, f := range fire {
		f.o.fired, f.o.dirty = true, false
		each(&llmobsv1.SLIPartial{Series: f.wk.Series.Proto(), WindowStartUnixMs: f.wk.StartMs, WindowLengthMs: f.wk.LenMs,
			Source: s.Source(), SourceRevision: f.o.rev, Aggregate: f.o.live().Proto(), SourceWatermarkUnixMs: wm})
		s.settle(f.wk, f.o, wm)
	}
}

// settle drops a window past the allowed lateness, and freezes one that
// fired and has not changed since, or has been quiet for FreezeQuiet.
func (s *Stage1) settle(wk WinKey, o *open1, wm int64) {
	end := wk.StartMs + wk.LenMs
	if wm >= end+s.Lateness.Milliseconds() {
		delete(s.wins, wk)
	} else if o.acc != nil && (o.fired && !o.dirty || o.touched+FreezeQuiet.Milliseconds() <= s.maxReal) {
		o.frozen, o.acc = o.acc.Freeze(), nil
	}
}

type open2 struct {
	parts []part2 // by source, sorted (the merge order): a window has one per input partition
	rev   uint32
	dirty bool
}

// part2 is the latest partial of one source: its revision and its
// aggregate, frozen (sli.FreezeProto: a third of an accumulator's memory,
// and a partial's digests decoded are a message per centroid, four times
// more). The window thaws it at each of its firings: once, unless a late
// partial comes.
type part2 struct {
	src string
	rev uint64
	f   sli.Frozen
}

// Stage2 merges partials of the series it owns into final windows.
type Stage2 struct {
	Grace, Lateness time.Duration
	srcWM           map[string]int64
	wins            map[WinKey]*open2
	// Stale counts partials ignored because a same-or-higher revision of
	// their source was already held, or their window was already dropped.
	Stale float64
}

// NewStage2 returns an empty merge stage.
func NewStage2(grace, lateness time.Duration) *Stage2 {
	return &Stage2{Grace: grace, Lateness: lateness, wins: map[WinKey]*open2{}, srcWM: map[string]int64{}}
}

// Expect declares the sources p0..p(n-1) (the input topic's partitions):
// until each reported, the watermark stays 0.
func (s *Stage2) Expect(n int32) {
	for i := range n {
		src := fmt.Sprintf("p%d", i)
		if _, ok := s.srcWM[src]; !ok {
			s.srcWM[src] = 0
		}
	}
}

// WatermarkMs is the min of the watermarks its sources reported (0
// before any).
func (s *Stage2) WatermarkMs() int64 {
	first, wm := true, int64(0)
	for _, w := range s.srcWM {
		if first || w < wm {
			wm, first = w, false
		}
	}
	return wm
}

// Open is the number of window states held.
func (s *Stage2) Open() int { return len(s.wins) }

// Add takes one partial in.
func (s *Stage2) Add(p *llmobsv1.SLIPartial) {
	if src := p.GetSource(); src != "" {
		s.srcWM[src] = max(s.srcWM[src], p.GetSourceWatermarkUnixMs())
	}
	wm := s.WatermarkMs()
	wk := WinKey{sli.KeyFromProto(p.GetSeries()), p.GetWindowLengthMs(), p.GetWindowStartUnixMs()}
	if wk.LenMs <= 0 {
		if p.GetSeries() != nil || p.GetAggregate() != nil {
			s.Stale++ // not a heartbeat: malformed
		}
		return
	}
	end := wk.StartMs + wk.LenMs
	if wm >= end+s.Grace.Milliseconds()+s.Lateness.Milliseconds() && s.wins[wk] == nil {
		s.Stale++
		return
	}
	o := s.wins[wk]
	if o == nil {
		o = &open2{}
		s.wins[wk] = o
	}
	src := p.GetSource()
	i, found := slices.BinarySearchFunc(o.parts, src, func(q part2, src string) int { return strings.Compare(q.src, src) })
	if found && o.parts[i].rev >= p.GetSourceRevision() {
		s.Stale++
		return
	}
	part := part2{src: src, rev: p.GetSourceRevision(), f: sli.FreezeProto(p.GetAggregate())}
	if found {
		o.parts[i] = part
	} else {
		o.parts = slices.Insert(o.parts, i, part)
	}
	o.dirty = true
}

// Advance emits final windows (revision 1 on first firing, +1 per
// update) and drops windows past grace + lateness. final fires all.
func (s *Stage2) Advance(nowMs int64, final bool) []*llmobsv1.SLIWindow {
	var out []*llmobsv1.SLIWindow
	wm := s.WatermarkMs()
	for wk, o := range s.wins {
		end := wk.StartMs + wk.LenMs
		if (wm >= end+s.Grace.Milliseconds() || final) && o.dirty {
			acc := sli.NewAcc()
			for _, q := range o.parts { // sorted by source: a deterministic merge order
				if err := sli.ThawInto(acc, q.f); err != nil {
					panic(fmt.Sprintf("aggregator stage 2: a partial frozen here does not thaw: %v", err))
				}
			}
			o.rev++
			o.dirty = false
			out = append(out, acc.Window(wk.Series, wk.StartMs, wk.LenMs, o.rev, nowMs))
		}
		if wm >= end+s.Grace.Milliseconds()+s.Lateness.Milliseconds() && !o.dirty {
			delete(s.wins, wk)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].WindowStartUnixMs < out[j].WindowStartUnixMs })
	return out
}
