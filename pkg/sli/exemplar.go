package sli

import (
	"bytes"
	"slices"

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

func (k ExemplarKind) eligible(e *llmobsv1.Exemplar) bool {
	switch k {
	case Errors:
		return e.Error
	case Flagged:
		return len(e.Flags) > 0
	}
	return true
}

// better reports whether a ranks before b in kind k.
func (k ExemplarKind) better(a, b *llmobsv1.Exemplar) bool {
	switch k {
	case Slowest:
		if a.LatencyMs != b.LatencyMs {
			return a.LatencyMs > b.LatencyMs
		}
	case Costliest:
		if a.CostUsd != b.CostUsd {
			return a.CostUsd > b.CostUsd
		}
	default:
		if a.EndTimeUnixNano != b.EndTimeUnixNano {
			return a.EndTimeUnixNano > b.EndTimeUnixNano
		}
	}
	if c := bytes.Compare(a.TraceId, b.TraceId); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.SpanId, b.SpanId) < 0
}

// admits reports whether e would be kept in kind k (before making it).
func (x *exemplars) admits(k ExemplarKind, e *llmobsv1.Exemplar) bool {
	l := x.kinds[k]
	return k.eligible(e) && (len(l) < ExemplarsPerKind || k.better(e, l[len(l)-1]))
}

// put inserts e into kind k if it ranks in the top; the same call (trace
// and span ID) is kept once.
func (x *exemplars) put(k ExemplarKind, e *llmobsv1.Exemplar) {
	if !x.admits(k, e) {
		return
	}
	l := x.kinds[k]
	for _, have := range l {
		if bytes.Equal(have.SpanId, e.SpanId) && bytes.Equal(have.TraceId, e.TraceId) {
			return
		}
	}
	i := len(l)
	for i > 0 && k.better(e, l[i-1]) {
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
// ranks in some kind: once the lists are full most calls rank in none,
// and cost nothing but a few comparisons.
func (x *exemplars) addSpan(es *llmobsv1.EnrichedSpan, latMs float64) {
	s := es.GetSpan()
	if len(s.GetTraceId()) == 0 {
		return // nothing to point at
	}
	probe := llmobsv1.Exemplar{TraceId: s.TraceId, SpanId: s.SpanId, EndTimeUnixNano: s.EndTimeUnixNano, LatencyMs: latMs,
		CostUsd: es.GetCost().GetTotal(), Error: s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR, Flags: s.Flags}
	var e *llmobsv1.Exemplar
	for k := range numKinds {
		if !x.admits(k, &probe) {
			continue
		}
		if e == nil {
			e = &llmobsv1.Exemplar{TraceId: slices.Clone(s.TraceId), SpanId: slices.Clone(s.SpanId), EndTimeUnixNano: probe.EndTimeUnixNano,
				LatencyMs: latMs, CostUsd: probe.CostUsd, Error: probe.Error, Flags: slices.Clone(s.Flags),
				Tenant: s.GetGenAi().GetTenantId(), Summarized: x.summarized}
			if g := s.GetGenAi(); g != nil && g.TtftNanos != nil && *g.TtftNanos > 0 {
				e.TtftMs = float64(*g.TtftNanos) / 1e6
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
