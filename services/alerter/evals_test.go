package alerter

import (
	"testing"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func evalWindow(i int, evals ...*llmobsv1.EvalScore) *llmobsv1.SLIWindow {
	w := flagWindow(i, 30, nil)
	w.Evals = evals
	return w
}

func TestEvalMetrics(t *testing.T) {
	w := evalWindow(0,
		&llmobsv1.EvalScore{Name: "relevance", Count: 10, Scored: 8, Sum: 6, Low: 2},
		&llmobsv1.EvalScore{Name: "user_feedback", Count: 4, Scored: 4, Sum: 1, Low: 3, Feedback: 4})
	for _, tc := range []struct {
		metric string
		want   float64
		ok     bool
	}{
		{"evals", 14, true},
		{"eval_mean", 7.0 / 12, true},
		{"eval_low_rate", 5.0 / 12, true},
		{"evals.relevance", 10, true},
		{"eval_mean.relevance", 0.75, true},
		{"eval_low_rate.user_feedback", 0.75, true},
		{"eval_mean.faithfulness", 0, true},
		{"evals.", 0, false},
		{"evalsx", 0, false},
		{"eval_mean.Bad-Name", 0, false},
	} {
		f, ok := metricOf(tc.metric)
		if ok != tc.ok {
			t.Errorf("%s: known %v, want %v", tc.metric, ok, tc.ok)
			continue
		}
		if ok && f(w) != tc.want {
			t.Errorf("%s = %v, want %v", tc.metric, f(w), tc.want)
		}
	}
}

// LLMEvalScoreDrop: quiet at loadgen's baseline (10 % low), including
// what it gives by chance (3 of 5 low, 5 of 12 low), firing when most
// evaluations of a series score low.
func TestDefaultEvalScoreDropRule(t *testing.T) {
	rules, err := LoadRules("")
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(rules)
	fired := false
	for i := range 30 {
		n, low := 10.0, 1.0
		drop := i >= 10 && i < 14
		switch {
		case drop:
			low = 8
		case i >= 20 && i < 23:
			n, low = 5, 3
		case i >= 23 && i < 26:
			n, low = 12, 5
		}
		for _, a := range e.Evaluate(evalWindow(i, &llmobsv1.EvalScore{Name: "relevance", Count: n, Scored: n, Sum: n - low, Low: low})) {
			if a.Status != "firing" || a.Labels["alertname"] != "LLMEvalScoreDrop" {
				continue
			}
			if !drop {
				t.Fatalf("window %d: fired at the baseline", i)
			}
			fired = true
		}
	}
	if !fired {
		t.Fatal("LLMEvalScoreDrop did not fire")
	}
}
