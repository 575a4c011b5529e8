package stage

import (
	"bytes"
	"sort"
	"time"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Evaluations and user feedback (Span.evaluations) reach the windows two
// ways. On a model span they are about that call: folded into the call's
// windows with it ("inline"). On any other span (SPAN_CLASS_EVALUATION
// spans ingest made of an evaluator's span or log record, or events on an
// agent's span) they are about a call of the same trace, which this
// partition holds too (llmobs.enriched is partitioned by trace ID): the
// stage joins them by trace ID and folds each into its call's series, in
// the window of the evaluation's own event time (the carrier span's end:
// when it was reported).
//
// Join. The stage remembers the model calls it folded (trace ID → series,
// span ID, response ID, end) for CallMemory of event time after they end
// (by the partition's watermark), at most MaxCalls (the oldest go first,
// counted EvalCallsEvicted). An evaluation that names its call (span ID,
// else response ID) joins that call; one that names none joins the
// trace's latest call. One whose call is not known yet waits, at most
// until the watermark passes its event time + Wait (MaxPending waiting;
// beyond, the oldest gives up at once); when the wait ends it joins the
// trace's latest call if the trace has one (the call it named never came
// as a model span), else it is unmatched. Every evaluation ends in exactly
// one outcome (EvalOutcome*), counted; none is kept past its wait, none is
// dropped without one. An evaluation joined after its window is past the
// allowed lateness is counted late (not folded). Everything depends only
// on the partition's log and its in-band watermark, so a replay after a
// restart joins the same way, provided the replay reaches CallMemory +
// Wait further back than the windows need (the service validates it).

// Evaluation outcomes.
const (
	EvalInline    = "inline"    // on the call's own span
	EvalJoined    = "joined"    // joined by trace ID to a call of its trace
	EvalUnmatched = "unmatched" // no call of its trace within the wait (unknown trace, or the call was summarised or forgotten)
	EvalOverflow  = "overflow"  // gave up before its wait ended: MaxPending evaluations were already waiting
	EvalLate      = "late"      // joined, but its window was past the allowed lateness
)

// EvalConfig configures the join.
type EvalConfig struct {
	Low        sli.LowScores
	CallMemory time.Duration
	Wait       time.Duration
	MaxCalls   int
	MaxPending int
}

// DefaultEvalConfig: low below 0.5, calls joinable for 30 s after they
// end, evaluations wait 20 s for their call, 100,000 calls and 10,000
// waiting evaluations per partition.
func DefaultEvalConfig() EvalConfig {
	return EvalConfig{Low: sli.LowScores{Default: 0.5}, CallMemory: 30 * time.Second, Wait: 20 * time.Second, MaxCalls: 100_000, MaxPending: 10_000}
}

type callRef struct {
	key    *sli.Key // interned (evalState.keys): 8 bytes a call, not 80
	span   [8]byte
	endMs  int64
	respID string
}

type callAge struct {
	trace [16]byte
	endMs int64
}

type pendingEval struct {
	ev       *llmobsv1.Evaluation
	atMs     int64 // the evaluation's event time
	deadline int64
	seq      uint64
}

// evalState is one partition's join state.
type evalState struct {
	calls   map[[16]byte][]callRef
	ages    []callAge // calls in the order they were remembered
	nCalls  int
	keys    map[sli.Key]*sli.Key // interned series keys
	pending map[[16]byte][]*pendingEval
	nPend   int
	seq     uint64
	minDue  int64
}

func (s *Stage1) evals() *evalState {
	if s.ev == nil {
		s.ev = &evalState{calls: map[[16]byte][]callRef{}, keys: map[sli.Key]*sli.Key{}, pending: map[[16]byte][]*pendingEval{}}
	}
	return s.ev
}

func (s *Stage1) outcome(o string, n float64) {
	s.EvalOutcomes[o] += n
	if s.OnEval != nil {
		s.OnEval(o, n)
	}
}

// maxCallsPerTrace bounds the calls one trace keeps (an agent loop): the
// latest ones.
const maxCallsPerTrace = 64

// rememberCall notes a model call for the join, and resolves evaluations
// of its trace that were waiting for it.
func (s *Stage1) rememberCall(k sli.Key, sp *llmobsv1.Span, evMs int64) {
	if len(sp.GetTraceId()) != 16 || s.Evals.MaxCalls <= 0 {
		return
	}
	e := s.evals()
	ik, ok := e.keys[k]
	if !ok {
		if len(e.keys) > 4*s.Evals.MaxCalls {
			clear(e.keys)
		}
		ik = new(sli.Key)
		*ik = k
		e.keys[k] = ik
	}
	var tr [16]byte
	copy(tr[:], sp.TraceId)
	c := callRef{key: ik, endMs: evMs, respID: sp.GetGenAi().GetResponseId()}
	copy(c.span[:], sp.GetSpanId())
	list := e.calls[tr]
	if len(list) >= maxCallsPerTrace {
		list = list[1:]
		e.nCalls--
	}
	e.calls[tr] = append(list, c)
	e.nCalls++
	e.ages = append(e.ages, callAge{tr, evMs})
	for e.nCalls > s.Evals.MaxCalls && len(e.ages) > 0 {
		s.forgetOldest(true, 0)
	}
	if ps := e.pending[tr]; len(ps) > 0 {
		kept := ps[:0]
		for _, p := range ps {
			if m, ok := match(e.calls[tr], p.ev, false); ok {
				e.nPend--
				s.joinEval(*m.key, p.atMs, p.ev)
				continue
			}
			kept = append(kept, p)
		}
		if len(kept) == 0 {
			delete(e.pending, tr)
		} else {
			e.pending[tr] = kept
		}
	}
}

// forgetOldest drops the oldest remembered call: always when force (the
// MaxCalls bound, counted), else only when it ended before cutoff (false:
// nothing that old).
func (s *Stage1) forgetOldest(force bool, cutoff int64) bool {
	e := s.ev
	a := e.ages[0]
	if !force && a.endMs >= cutoff {
		return false
	}
	e.ages = e.ages[1:]
	if len(e.ages) == 0 {
		e.ages = nil
	}
	list := e.calls[a.trace]
	for i, c := range list {
		if c.endMs == a.endMs {
			list = append(list[:i:i], list[i+1:]...)
			e.nCalls--
			if force {
				s.EvalCallsEvicted++
			}
			break
		}
	}
	if len(list) == 0 {
		delete(e.calls, a.trace)
	} else {
		e.calls[a.trace] = list
	}
	return true
}

// match finds the call an evaluation is about among its trace's calls:
// the one it names, else (when it names none, or final) the latest.
func match(calls []callRef, ev *llmobsv1.Evaluation, final bool) (callRef, bool) {
	if len(calls) == 0 {
		return callRef{}, false
	}
	named := len(ev.GetSpanId()) == 8 || ev.GetResponseId() != ""
	if named {
		for i := len(calls) - 1; i >= 0; i-- {
			c := calls[i]
			if len(ev.GetSpanId()) == 8 && bytes.Equal(c.span[:], ev.SpanId) {
				return c, true
			}
			if len(ev.GetSpanId()) != 8 && c.respID != "" && c.respID == ev.GetResponseId() {
				return c, true
			}
		}
		if !final {
			return callRef{}, false
		}
	}
	latest := calls[0]
	for _, c := range calls[1:] {
		if c.endMs >= latest.endMs {
			latest = c
		}
	}
	return latest, true
}

// addEvals joins the evaluations a non-model span carries.
func (s *Stage1) addEvals(sp *llmobsv1.Span) {
	if len(sp.GetTraceId()) != 16 {
		s.outcome(EvalUnmatched, float64(len(sp.Evaluations)))
		return
	}
	e := s.evals()
	var tr [16]byte
	copy(tr[:], sp.TraceId)
	atMs := int64(EventTimeNanos(sp) / 1e6)
	for _, ev := range sp.Evaluations {
		if ev == nil {
			continue
		}
		if m, ok := match(e.calls[tr], ev, false); ok {
			s.joinEval(*m.key, atMs, ev)
			continue
		}
		if s.Evals.MaxPending <= 0 {
			s.outcome(EvalOverflow, 1)
			continue
		}
		for e.nPend >= s.Evals.MaxPending {
			s.giveUpOldest()
		}
		e.seq++
		p := &pendingEval{ev: ev, atMs: atMs, deadline: atMs + s.Evals.Wait.Milliseconds(), seq: e.seq}
		if e.nPend == 0 || p.deadline < e.minDue {
			e.minDue = p.deadline
		}
		e.pending[tr] = append(e.pending[tr], p)
		e.nPend++
	}
}

// giveUpOldest resolves the longest-waiting evaluation now (overflow).
func (s *Stage1) giveUpOldest() {
	e := s.ev
	var oldT [16]byte
	var oldI = -1
	var oldSeq uint64
	for tr, ps := range e.pending {
		for i, p := range ps {
			if oldI < 0 || p.seq < oldSeq {
				oldT, oldI, oldSeq = tr, i, p.seq
			}
		}
	}
	if oldI < 0 {
		e.nPend = 0
		return
	}
	ps := e.pending[oldT]
	e.pending[oldT] = append(ps[:oldI:oldI], ps[oldI+1:]...)
	if len(e.pending[oldT]) == 0 {
		delete(e.pending, oldT)
	}
	e.nPend--
	s.outcome(EvalOverflow, 1)
}

// expireEvals ends the waits the watermark passed and forgets calls older
// than CallMemory. Resolution order is deterministic (by arrival).
func (s *Stage1) expireEvals(wm int64) {
	e := s.ev
	if e == nil {
		return
	}
	for len(e.ages) > 0 && s.forgetOldest(false, wm-s.Evals.CallMemory.Milliseconds()) {
	}
	if e.nPend == 0 || wm < e.minDue {
		return
	}
	var due []*pendingEval
	var dueT [][16]byte
	e.minDue = 0
	first := true
	for tr, ps := range e.pending {
		kept := ps[:0]
		for _, p := range ps {
			if wm >= p.deadline {
				due, dueT = append(due, p), append(dueT, tr)
				continue
			}
			if first || p.deadline < e.minDue {
				e.minDue, first = p.deadline, false
			}
			kept = append(kept, p)
		}
		if len(kept) == 0 {
			delete(e.pending, tr)
		} else {
			e.pending[tr] = kept
		}
	}
	idx := make([]int, len(due))
	for i := range idx {
		idx[i] = i
	}
	// by arrival, so a replay resolves them in the same order
	sort.Slice(idx, func(a, b int) bool { return due[idx[a]].seq < due[idx[b]].seq })
	for _, i := range idx {
		p := due[i]
		e.nPend--
		if m, ok := match(e.calls[dueT[i]], p.ev, true); ok {
			s.joinEval(*m.key, p.atMs, p.ev)
		} else {
			s.outcome(EvalUnmatched, 1)
		}
	}
}

// joinEval folds an evaluation joined to a call of series k: joined, or
// late when every window of its time is past the allowed lateness.
func (s *Stage1) joinEval(k sli.Key, atMs int64, ev *llmobsv1.Evaluation) {
	if s.foldEval(k, atMs, ev, 1) {
		s.outcome(EvalJoined, 1)
	} else {
		s.outcome(EvalLate, 1)
	}
}

// foldEval folds one evaluation into series k, in the windows holding
// atMs, by the rules Add applies to spans (a window past the allowed
// lateness is skipped); false when every window was.
func (s *Stage1) foldEval(k sli.Key, atMs int64, ev *llmobsv1.Evaluation, w float64) bool {
	wm, seen := s.WatermarkMs()
	folded := false
	for _, l := range s.Lengths {
		lm := l.Milliseconds()
		start := atMs - mod(atMs, lm)
		end := start + lm
		wk := WinKey{k, lm, start}
		if seen && wm >= end+s.Lateness.Milliseconds() {
			continue
		}
		folded = true
		o := s.wins[wk]
		if o == nil {
			o = &open1{acc: sli.NewAcc()}
			s.wins[wk] = o
		}
		o.live().AddEval(ev, w, s.Evals.Low)
		o.touched = max(o.touched, s.maxReal)
		o.rev++
		o.dirty = true
	}
	return folded
}

// PendingEvals is the number of evaluations waiting for their call, and
// RememberedCalls the calls held for the join.
func (s *Stage1) PendingEvals() int {
	if s.ev == nil {
		return 0
	}
	return s.ev.nPend
}

// RememberedCalls is the number of calls held for the join.
func (s *Stage1) RememberedCalls() int {
	if s.ev == nil {
		return 0
	}
	return s.ev.nCalls
}
