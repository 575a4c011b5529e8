package sli

import (
	"math"
	"math/rand/v2"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Evaluation sums are exact: split over partials, merged in any order and
// through the wire form, they give one accumulator's counts, and the
// window's mean and low rate follow from them.
func TestEvalsMerge(t *testing.T) {
	low := LowScores{Default: 0.5, ByName: map[string]float64{"user_feedback": 0}}
	names := []string{"relevance", "faithfulness", "user_feedback"}
	rng := rand.New(rand.NewPCG(3, 4))
	type sums struct{ count, scored, sum, low, fb float64 }
	want := map[string]*sums{}
	var evs []*llmobsv1.Evaluation
	var ws []float64
	for range 3000 {
		n := names[rng.IntN(len(names))]
		ev := &llmobsv1.Evaluation{Name: n}
		if n == "user_feedback" {
			ev.Feedback, ev.HasScore, ev.Score = true, true, float64(rng.IntN(3)-1)
		} else if rng.Float64() < 0.9 {
			ev.HasScore, ev.Score = true, rng.Float64()
		} else {
			ev.Label = "n/a"
		}
		w := float64(1 + rng.IntN(2))
		evs, ws = append(evs, ev), append(ws, w)
		s := want[n]
		if s == nil {
			s = &sums{}
			want[n] = s
		}
		s.count += w
		if ev.Feedback {
			s.fb += w
		}
		if ev.HasScore {
			s.scored += w
			s.sum += ev.Score * w
			if low.Low(n, ev.Score) {
				s.low += w
			}
		}
	}
	for _, parts := range []int{1, 4, 9} {
		accs := make([]*Acc, parts)
		for i := range accs {
			accs[i] = NewAcc()
		}
		for i, ev := range evs {
			accs[rng.IntN(parts)].AddEval(ev, ws[i], low)
		}
		total := NewAcc()
		for _, i := range rng.Perm(parts) {
			b, err := proto.Marshal(accs[i].Proto())
			if err != nil {
				t.Fatal(err)
			}
			var p llmobsv1.Aggregate
			if err := proto.Unmarshal(b, &p); err != nil {
				t.Fatal(err)
			}
			total.Merge(FromProto(&p))
		}
		w := total.Window(Key{Service: "s"}, 0, 10000, 1, 0)
		if len(w.Evals) != len(names) {
			t.Fatalf("%d parts: %d names, want %d", parts, len(w.Evals), len(names))
		}
		for _, e := range w.Evals {
			s := want[e.Name]
			if e.Count != s.count || e.Scored != s.scored || e.Low != s.low || e.Feedback != s.fb || math.Abs(e.Sum-s.sum) > 1e-9*math.Abs(s.sum)+1e-9 {
				t.Errorf("%d parts, %s: got %+v, want %+v", parts, e.Name, e, s)
			}
			if math.Abs(e.Mean-s.sum/s.scored) > 1e-12 || math.Abs(e.LowRate-s.low/s.scored) > 1e-12 {
				t.Errorf("%d parts, %s: mean %v low rate %v, want %v %v", parts, e.Name, e.Mean, e.LowRate, s.sum/s.scored, s.low/s.scored)
			}
		}
	}
}

// Names beyond MaxEvalNames go to "other"; a non-finite score counts as
// none; a nameless evaluation is feedback's.
func TestEvalsBounds(t *testing.T) {
	a := NewAcc()
	for i := range MaxEvalNames + 10 {
		a.AddEval(&llmobsv1.Evaluation{Name: string(rune('A'+i%26)) + string(rune('a'+i/26)), HasScore: true, Score: 1}, 1, LowScores{})
	}
	a.AddEval(&llmobsv1.Evaluation{Name: "nan", HasScore: true, Score: math.NaN()}, 1, LowScores{})
	a.AddEval(&llmobsv1.Evaluation{HasScore: true, Score: -1, Feedback: true}, 1, LowScores{})
	w := a.Window(Key{}, 0, 1, 1, 0)
	if len(w.Evals) > MaxEvalNames+1 {
		t.Fatalf("%d names kept", len(w.Evals))
	}
	total := 0.0
	for _, e := range w.Evals {
		total += e.Count
		if e.Name == "nan" && e.Scored != 0 {
			t.Errorf("NaN scored: %+v", e)
		}
	}
	if total != MaxEvalNames+12 {
		t.Errorf("total count %v", total)
	}
}
