package sli

import (
	"bytes"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// ExemplarsPerKind bounds the exemplars a series-window keeps of each
// kind: at most 4 × ExemplarsPerKind calls (fewer when a call ranks in
// several kinds), about 100 bytes each.
const ExemplarsPerKind = 5

// ExemplarKind is why a call is kept as an exemplar.
type ExemplarKind int

// The kinds, each with its order. Ties are broken by trace ID, then span
// ID (ascending), so every kind is a total order on calls and its top
// ExemplarsPerKind is the same whatever the arrival order or partitioning:
// the top of a union is the top of the union of the parts' tops.
const (
	Slowest   ExemplarKind = iota // highest latency
	Errors                        // errors, latest end first
	Costliest                     // highest cost.total
	Flagged                       // calls with flags, latest end first
	numKinds
)

var kindNames = [numKinds]string{"slowest", "error", "costliest", "flagged"}

// String is the kind's name in APIs and alert annotations.
func (k ExemplarKind) String() string {
	if k < 0 || k >= numKinds {
		return "unknown"
	}
	return kindNames[k]
}

// ExemplarKinds lists the kinds.
func ExemplarKinds() []ExemplarKind { return []ExemplarKind{Slowest, Errors, Costliest, Flagged} }

// exemplars holds the top ExemplarsPerKind calls of each kind, best first.
// Exemplar messages are shared, never changed once made: the same call may
// sit in several kinds and in several accumulators.
type exemplars struct {
	kinds      [numKinds][]*llmobsv1.Exemplar
	summarized bool // calls folded by a Summarizer: mark them
}

// rank is what orders calls: read from an Exemplar, or from a span
// before any Exemplar is made for it.
type rank struct {
	lat, cost    float64
	end          uint64
	tid, sid     []byte
	err, flagged bool
}

func rankOf(e *llmobsv1.Exemplar) rank {
	return rank{e.LatencyMs, e.CostUsd, e.EndTimeUnixNano, e.TraceId, e.SpanId, e.Error, len(e.Flags) > 0}
}

func (k ExemplarKind) eligible(r rank) bool {
	switch k {
	case Errors:
		return r.err
	case Flagged:
		return r.flagged
	}
	return true
}

// better reports whether a ranks before b in kind k.
func (k ExemplarKind) better(a, b rank) bool {
	switch k {
	case Slowest:
		if a.lat != b.lat {
			return a.lat > b.lat
		}
	case Costliest:
		if a.cost != b.cost {
			return a.cost > b.cost
		}
	default:
		if a.end != b.end {
			return a.end > b.end
		}
	}
	if c := bytes.Compare(a.tid, b.tid); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.sid, b.sid) < 0
}

// admits reports whether a call of rank r would be kept in kind k.
func (x *exemplars) admits(k ExemplarKind, r rank) bool {
	l := x.kinds[k]
	return k.eligible(r) && (len(l) < ExemplarsPerKind || k.better(r, rankOf(l[len(l)-1])))
}

// put inserts e into kind k if it ranks in the top; the same call (trace
// and span ID) is kept once.
func (x *exemplars) put(k ExemplarKind, e *llmobsv1.Exemplar) {
	r := rankOf(e)
	if !x.admits(k, r) {
		return
	}
	l := x.kinds[k]
	for _, have := range l {
		if bytes.Equal(have.SpanId, e.SpanId) && bytes.Equal(have.TraceId, e.TraceId) {
			return
		}
	}
	i := len(l)
	for i > 0 && k.better(r, rankOf(l[i-1])) {
		i--
	}
	if len(l) < ExemplarsPerKind {
		l = append(l, nil)
	}
	copy(l[i+1:], l[i:])
	l[i] = e
	x.kinds[k] = l
}

// addSpan considers one call. It makes an Exemplar only when the call
// ranks in some kind: once the tops are full most calls rank in none, and
// cost a few comparisons and no allocation. made (may be nil) carries the
// call's Exemplar between the sets it is added to (Acc.AddSharing).
func (x *exemplars) addSpan(es *llmobsv1.EnrichedSpan, latMs float64, made **llmobsv1.Exemplar) {
	s := es.GetSpan()
	if len(s.GetTraceId()) == 0 {
		return // nothing to point at
	}
	r := rank{latMs, es.GetCost().GetTotal(), s.EndTimeUnixNano, s.TraceId, s.SpanId, s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR, len(s.Flags) > 0}
	var e *llmobsv1.Exemplar
	if made != nil && *made != nil && (*made).Summarized == x.summarized {
		e = *made
	}
	for k := range numKinds {
		if !x.admits(k, r) {
			continue
		}
		if e == nil {
			// The IDs and flags are shared with the span, not copied: a
			// decoded span owns them and nothing changes them after the
			// enricher (one allocation per kept call, not three).
			e = &llmobsv1.Exemplar{TraceId: s.TraceId, SpanId: s.SpanId, EndTimeUnixNano: r.end, LatencyMs: latMs, CostUsd: r.cost,
				Error: r.err, Flags: s.Flags, Tenant: s.GetGenAi().GetTenantId(), Summarized: x.summarized}
			if g := s.GetGenAi(); g != nil && g.TtftNanos != nil && *g.TtftNanos > 0 {
				e.TtftMs = float64(*g.TtftNanos) / 1e6
			}
			if made != nil {
				*made = e
			}
		}
		x.put(k, e)
	}
}

// merge folds another set in.
func (x *exemplars) merge(o *exemplars) {
	for k := range numKinds {
		for _, e := range o.kinds[k] {
			x.put(k, e)
		}
	}
}

// add folds exemplars from the wire into every kind they rank in.
func (x *exemplars) add(es []*llmobsv1.Exemplar) {
	for _, e := range es {
		if e == nil || len(e.TraceId) == 0 {
			continue
		}
		for k := range numKinds {
			x.put(k, e)
		}
	}
}

// list is every kept call once: the slowest first, then the other kinds'
// calls not already listed, kind by kind.
func (x *exemplars) list() []*llmobsv1.Exemplar {
	n := 0
	for k := range numKinds {
		n += len(x.kinds[k])
	}
	if n == 0 {
		return nil
	}
	out := make([]*llmobsv1.Exemplar, 0, n)
	for k := range numKinds {
	next:
		for _, e := range x.kinds[k] {
			for _, have := range out {
				if have == e || (bytes.Equal(have.SpanId, e.SpanId) && bytes.Equal(have.TraceId, e.TraceId)) {
					continue next
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// TopExemplars returns the exemplars of kind k among es (a window's or an
// aggregate's), best first, at most ExemplarsPerKind.
func TopExemplars(es []*llmobsv1.Exemplar, k ExemplarKind) []*llmobsv1.Exemplar {
	var x exemplars
	for _, e := range es {
		if e != nil && len(e.TraceId) > 0 {
			x.put(k, e)
		}
	}
	return x.kinds[k]
}
