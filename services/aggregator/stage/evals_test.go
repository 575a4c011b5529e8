package stage

import (
	"fmt"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func tid(i int) []byte { return []byte(fmt.Sprintf("trace-%010d", i)) }
func sid(i int) []byte { return []byte(fmt.Sprintf("s%07d", i)) }

// call is a model span of trace i ending at endMs.
func call(i int, endMs int64, model string) *llmobsv1.EnrichedSpan {
	es := mk(endMs, 100, 1, model)
	es.Span.TraceId, es.Span.SpanId = tid(i), sid(i)
	return es
}

// evalSpan is an evaluation span about trace i, reported at atMs.
func evalSpan(i int, atMs int64, evs ...*llmobsv1.Evaluation) *llmobsv1.EnrichedSpan {
	return &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{TraceId: tid(i), SpanId: sid(1_000_000 + i),
		StartTimeUnixNano: uint64(atMs) * 1e6, EndTimeUnixNano: uint64(atMs) * 1e6,
		Class: llmobsv1.SpanClass_SPAN_CLASS_EVALUATION, Evaluations: evs}}
}

func score(name string, v float64) *llmobsv1.Evaluation {
	return &llmobsv1.Evaluation{Name: name, HasScore: true, Score: v}
}

func evalsOf(ps []*llmobsv1.SLIPartial, model string, startMs int64) *llmobsv1.EvalScore {
	for _, p := range ps {
		if p.Series.Model == model && p.WindowStartUnixMs == startMs {
			for _, e := range p.Aggregate.Evals {
				return e
			}
		}
	}
	return nil
}

func newEvalStage() *Stage1 {
	s := NewStage1(0, []time.Duration{10 * time.Second}, 0, 30*time.Second)
	s.Upstream()
	return s
}

// An evaluation on the call's own span is folded with it; one on an
// evaluation span joins its trace's call, in the window of its own time
// and the call's series.
func TestEvalsInlineAndJoined(t *testing.T) {
	s := newEvalStage()
	c := call(1, 1_000, "a")
	c.Span.Evaluations = []*llmobsv1.Evaluation{score("relevance", 0.2)}
	s.Add(c)
	s.Add(call(2, 2_000, "b"))
	s.Add(evalSpan(2, 12_000, score("relevance", 0.9), &llmobsv1.Evaluation{Name: "user_feedback", Feedback: true, HasScore: true, Score: 0}))
	s.SetWatermark(25_000)
	ps := s.Advance(false)
	if e := evalsOf(ps, "a", 0); e == nil || e.Count != 1 || e.Sum != 0.2 || e.Low != 1 {
		t.Fatalf("inline: %v", e)
	}
	if e := evalsOf(ps, "b", 0); e != nil {
		t.Fatalf("joined evaluation in the call's window, not its own: %v", e)
	}
	var got []*llmobsv1.EvalScore
	for _, p := range ps {
		if p.Series.Model == "b" && p.WindowStartUnixMs == 10_000 {
			got = p.Aggregate.Evals
			if p.Aggregate.Requests != 0 {
				t.Errorf("an evaluation counted as a request: %v", p.Aggregate.Requests)
			}
		}
	}
	if len(got) != 2 || got[0].Name != "relevance" || got[0].Sum != 0.9 || got[0].Low != 0 || got[1].Name != "user_feedback" || got[1].Feedback != 1 || got[1].Low != 1 {
		t.Fatalf("joined: %v", got)
	}
	if s.EvalOutcomes[EvalInline] != 1 || s.EvalOutcomes[EvalJoined] != 2 {
		t.Fatalf("outcomes %v", s.EvalOutcomes)
	}
}

// An evaluation that arrives before its call waits for it, at most Wait
// past its time by the watermark; then it is unmatched (unknown trace), or
// joined to the trace's latest call when the one it named never came.
func TestEvalsWaitBounded(t *testing.T) {
	s := newEvalStage()
	s.Evals.Wait = 5 * time.Second
	named := score("faithfulness", 0.4)
	named.SpanId = sid(99) // never arrives as a model span
	s.Add(evalSpan(1, 1_000, score("relevance", 1)))
	s.Add(evalSpan(2, 1_000, score("relevance", 1)))
	s.Add(evalSpan(3, 1_000, named))
	s.Add(call(3, 500, "c"))
	if s.PendingEvals() != 3 {
		t.Fatalf("pending %d", s.PendingEvals())
	}
	s.Add(call(1, 2_000, "a")) // the call arrives within the wait
	if s.PendingEvals() != 2 || s.EvalOutcomes[EvalJoined] != 1 {
		t.Fatalf("pending %d, outcomes %v", s.PendingEvals(), s.EvalOutcomes)
	}
	s.SetWatermark(5_999)
	s.Advance(false)
	if s.PendingEvals() != 2 {
		t.Fatal("gave up before the wait ended")
	}
	s.SetWatermark(6_000)
	ps := s.Advance(false)
	if s.PendingEvals() != 0 || s.EvalOutcomes[EvalUnmatched] != 1 || s.EvalOutcomes[EvalJoined] != 2 {
		t.Fatalf("pending %d, outcomes %v", s.PendingEvals(), s.EvalOutcomes)
	}
	s.SetWatermark(20_000)
	ps = append(ps, s.Advance(false)...)
	if e := evalsOf(ps, "c", 0); e == nil || e.Name != "faithfulness" || e.Low != 1 {
		t.Fatalf("fallback to the trace's call: %v", e)
	}
	// Too late to join: past the allowed lateness.
	s.SetWatermark(50_000)
	s.Advance(false)
	s.Add(call(4, 50_500, "a"))
	s.Add(evalSpan(4, 1_000, score("relevance", 1)))
	if s.EvalOutcomes[EvalLate] != 1 {
		t.Fatalf("outcomes %v", s.EvalOutcomes)
	}
}

// Memory is bounded: calls are forgotten CallMemory after they end (or
// beyond MaxCalls, oldest first), and beyond MaxPending the
// longest-waiting evaluation gives up at once (overflow).
func TestEvalsBounded(t *testing.T) {
	s := newEvalStage()
	s.Evals.MaxCalls, s.Evals.MaxPending, s.Evals.CallMemory = 10, 5, 10*time.Second
	for i := range 20 {
		s.Add(call(i, int64(1_000+i), "a"))
	}
	if s.RememberedCalls() != 10 || s.EvalCallsEvicted != 10 {
		t.Fatalf("calls %d, evicted %v", s.RememberedCalls(), s.EvalCallsEvicted)
	}
	s.Add(evalSpan(3, 2_000, score("r", 1))) // forgotten: waits
	s.Add(evalSpan(15, 2_000, score("r", 1)))
	if s.EvalOutcomes[EvalJoined] != 1 || s.PendingEvals() != 1 {
		t.Fatalf("outcomes %v", s.EvalOutcomes)
	}
	for i := range 10 {
		s.Add(evalSpan(100+i, 2_000, score("r", 1)))
	}
	if s.PendingEvals() != 5 || s.EvalOutcomes[EvalOverflow] != 6 {
		t.Fatalf("pending %d, outcomes %v", s.PendingEvals(), s.EvalOutcomes)
	}
	s.SetWatermark(100_000)
	s.Advance(false)
	if s.RememberedCalls() != 0 || s.PendingEvals() != 0 || s.EvalOutcomes[EvalUnmatched] != 5 {
		t.Fatalf("calls %d, pending %d, outcomes %v", s.RememberedCalls(), s.PendingEvals(), s.EvalOutcomes)
	}
	total := 0.0
	for _, n := range s.EvalOutcomes {
		total += n
	}
	if total != 12 {
		t.Fatalf("%v outcomes for 12 evaluations: %v", total, s.EvalOutcomes)
	}
}

// The join depends only on the log and its watermarks: the same records
// read again (a replay after a restart) give the same partials.
func TestEvalsReplayDeterministic(t *testing.T) {
	run := func() []*llmobsv1.SLIPartial {
		s := newEvalStage()
		var out []*llmobsv1.SLIPartial
		for i := range 300 {
			at := int64(i * 100)
			s.Add(call(i, at, fmt.Sprintf("m%d", i%3)))
			if i%4 == 0 {
				s.Add(evalSpan(i, at+700, score("relevance", float64(i%10)/10)))
			}
			if i%7 == 0 {
				s.Add(evalSpan(i+3, at, score("relevance", 0.3))) // before its call
			}
			if i%10 == 0 {
				s.SetWatermark(at - 2_000)
				out = append(out, s.Advance(false)...)
			}
		}
		return append(out, s.Advance(true)...)
	}
	a, b := run(), run()
	if len(a) != len(b) {
		t.Fatalf("%d vs %d partials", len(a), len(b))
	}
	key := func(p *llmobsv1.SLIPartial) string {
		return fmt.Sprintf("%s/%d/%d", p.Series.Model, p.WindowStartUnixMs, p.SourceRevision)
	}
	m := map[string]*llmobsv1.SLIPartial{}
	for _, p := range a {
		m[key(p)] = p
	}
	n := 0.0
	for _, p := range b {
		q := m[key(p)]
		if q == nil || !proto.Equal(q.Aggregate, p.Aggregate) {
			t.Fatalf("partial %s differs", key(p))
		}
		for _, e := range p.Aggregate.Evals {
			n += e.Count
		}
	}
	if n == 0 {
		t.Fatal("no evaluation reached a window")
	}
}
