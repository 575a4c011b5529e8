package loadgen

import (
	"testing"
	"time"
)

// The evaluation mix: off by default (the traffic is unchanged), and when
// on, the summary counts what was sent per evaluation name, inline events
// on the calls' spans and later evaluator and feedback spans in the same
// traces.
func TestEvalMix(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Duration, cfg.Start, cfg.MaxSpeed = 20*time.Second, time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC), true
	_, _, _, base, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(base.Evals) != 0 {
		t.Fatalf("evaluations sent with the mix off: %v", base.Evals)
	}
	cfg.Evals = EvalMix{Inline: 0.3, Later: 0.2, Feedback: 0.1, Low: 0.2, Bad: 0.1}
	traces, _, _, sum, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.LLMSpans == nil || sum.Spans <= base.Spans {
		t.Fatal("no evaluation spans")
	}
	events, spans := 0, 0
	for _, r := range traces {
		for _, rs := range r.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					for _, e := range sp.Events {
						if e.Name == "gen_ai.evaluation.result" {
							events++
						}
					}
					if sp.Name == "gen_ai.evaluation.result" || sp.Name == "user_feedback" {
						spans++
					}
				}
			}
		}
	}
	r, f, u := sum.Evals["relevance"], sum.Evals["faithfulness"], sum.Evals["user_feedback"]
	if int64(events) != r.Sent || int64(spans) != f.Sent+f.Bad+u.Sent || r.Sent == 0 || f.Bad == 0 || u.Sent == 0 || r.Low == 0 {
		t.Fatalf("events %d spans %d, summary %+v", events, spans, sum.Evals)
	}
	// The bad scores are the invalid_evaluation spans (the flag ingest sets).
	if sum.Signals[sigInvalidEvaluation] != f.Bad || base.Signals[sigInvalidEvaluation] != 0 {
		t.Fatalf("invalid_evaluation signals %d, %d bad scores sent (%d without the mix)", sum.Signals[sigInvalidEvaluation], f.Bad, base.Signals[sigInvalidEvaluation])
	}
	if m := r.Mean(); m <= 0.3 || m >= 1 {
		t.Fatalf("mean relevance %v", m)
	}
	if err := (EvalMix{Low: 2}).Validate(); err == nil {
		t.Fatal("low > 1 accepted")
	}
}
