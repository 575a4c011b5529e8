package loadgen

import (
	"encoding/binary"
	"errors"
	"flag"
	"math/rand/v2"
	"time"

	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"

	"github.com/llmobs/llmobs/pkg/config"
)

// EvalMix is how often successful LLM calls get evaluations and user
// feedback (issue 21, point 4), drawn from their own random stream, so a
// zero mix leaves the traffic exactly as without it:
//   - Inline: a gen_ai.evaluation.result span event ("relevance") on the
//     call's span;
//   - Later: an evaluator's span ("faithfulness"), parented to the call,
//     sent 1–10 s after it ended;
//   - Feedback: a user-feedback span (feedback.score 1 or 0) in the same
//     trace, with no parent (about the trace's latest call), 2–20 s later.
//
// Low is the share of scores drawn low (below 0.5; thumbs down for
// feedback); Bad the share of later evaluations sent with a non-numeric
// score (ingest refuses them, counted invalid_score). The eval_drop
// incident makes three quarters of support-agent's scores low for 45–60 %
// of the run.
type EvalMix struct {
	Inline   float64 `yaml:"inline"`
	Later    float64 `yaml:"later"`
	Feedback float64 `yaml:"feedback"`
	Low      float64 `yaml:"low"`
	Bad      float64 `yaml:"bad"`
	Incident bool    `yaml:"incident"`
}

// IncidentEvalDrop is the evaluation incident's name.
const IncidentEvalDrop = "eval_drop"

// sigInvalidEvaluation: an evaluator span sent with a non-numeric score,
// which ingest flags (its evaluation refused, the span kept).
const sigInvalidEvaluation = "invalid_evaluation"

// DemoEvals is the demo's mix.
func DemoEvals() EvalMix {
	return EvalMix{Inline: 0.2, Later: 0.1, Feedback: 0.05, Low: 0.1, Bad: 0.02, Incident: true}
}

func (m EvalMix) enabled() bool { return m.Inline > 0 || m.Later > 0 || m.Feedback > 0 }

// Validate names the wrong key.
func (m EvalMix) Validate() error {
	var errs []error
	for k, v := range map[string]float64{"inline": m.Inline, "later": m.Later, "feedback": m.Feedback, "low": m.Low, "bad": m.Bad} {
		if !(v >= 0 && v <= 1) {
			errs = append(errs, config.Errorf(k, "must be in [0, 1]"))
		}
	}
	return errors.Join(errs...)
}

// RegisterFlags binds -<prefix>evals.* .
func (m *EvalMix) RegisterFlags(p func(string) string, fs *flag.FlagSet) {
	fs.Float64Var(&m.Inline, p("evals.inline"), m.Inline, "share of LLM calls with a gen_ai.evaluation.result event (relevance) on their span")
	fs.Float64Var(&m.Later, p("evals.later"), m.Later, "share of LLM calls evaluated later by an evaluator span (faithfulness), 1-10 s after")
	fs.Float64Var(&m.Feedback, p("evals.feedback"), m.Feedback, "share of LLM calls that get user feedback (thumbs up/down) 2-20 s later")
	fs.Float64Var(&m.Low, p("evals.low"), m.Low, "share of evaluation and feedback scores drawn low (< 0.5)")
	fs.Float64Var(&m.Bad, p("evals.bad"), m.Bad, "share of later evaluations sent with a non-numeric score")
	fs.BoolVar(&m.Incident, p("evals.incident"), m.Incident, "schedule the eval_drop incident (support-agent's scores mostly low, 45-60% of the run)")
}

// evalSent is one evaluation as the summary counts it.
type evalSent struct {
	name  string
	score float64
	low   bool
	bad   bool
}

// evals adds the mix's evaluations of the LLM call that is b's latest
// span (spanID, ended at end).
func (b *traceBuilder) evals(spanID []byte, end time.Time) {
	g := b.g
	m := g.cfg.Evals
	r := g.evalRng
	low := m.Low
	incident := ""
	if m.Incident && b.svc.Name == "support-agent" {
		if f := g.frac(end); f >= 0.45 && f < 0.60 {
			low, incident = 0.75, IncidentEvalDrop
		}
	}
	draw := func() (float64, bool) {
		if r.Float64() < low {
			return float64(r.IntN(40)) / 100, true
		}
		return 0.6 + float64(r.IntN(41))/100, false
	}
	call := len(b.spans) - 1
	if r.Float64() < m.Inline {
		s, isLow := draw()
		sp := b.spans[call].span
		sp.Events = append(sp.Events, &tracepb.Span_Event{Name: "gen_ai.evaluation.result", TimeUnixNano: uint64(end.UnixNano()), Attributes: []*commonpb.KeyValue{
			str("gen_ai.evaluation.name", "relevance"), dbl("gen_ai.evaluation.score.value", s),
			str("gen_ai.evaluation.score.label", map[bool]string{true: "not_relevant", false: "relevant"}[isLow]),
		}})
		b.spans[call].evals = append(b.spans[call].evals, evalSent{name: "relevance", score: s, low: isLow})
	}
	if r.Float64() < m.Later {
		at := end.Add(time.Duration(1000+r.IntN(9000)) * time.Millisecond)
		s, isLow := draw()
		ev := evalSent{name: "faithfulness", score: s, low: isLow}
		score := dbl("gen_ai.evaluation.score.value", s)
		if r.Float64() < m.Bad {
			ev = evalSent{name: "faithfulness", bad: true}
			score = str("gen_ai.evaluation.score.value", "n/a")
		}
		b.add(evalID(r), spanID, "gen_ai.evaluation.result", tracepb.Span_SPAN_KIND_INTERNAL, at, at, false, "evaluation", []*commonpb.KeyValue{
			str("gen_ai.evaluation.name", "faithfulness"), score, str("gen_ai.evaluation.explanation", "checked against the retrieved context"),
		}, nil)
		b.spans[len(b.spans)-1].evals = []evalSent{ev}
		b.spans[len(b.spans)-1].safetyIncident = incident
		if ev.bad {
			b.spans[len(b.spans)-1].signals = []string{sigInvalidEvaluation}
		}
	}
	if r.Float64() < m.Feedback {
		at := end.Add(time.Duration(2000+r.IntN(18000)) * time.Millisecond)
		_, isLow := draw()
		s := 1.0
		if isLow {
			s = 0
		}
		b.add(evalID(r), nil, "user_feedback", tracepb.Span_SPAN_KIND_INTERNAL, at, at, false, "evaluation", []*commonpb.KeyValue{
			integer("feedback.score", int64(s)), str("feedback.comment", map[bool]string{true: "not helpful", false: "thanks"}[isLow]),
		}, nil)
		b.spans[len(b.spans)-1].evals = []evalSent{{name: "user_feedback", score: s, low: isLow}}
	}
}

func evalID(r *rand.Rand) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], r.Uint64()|1)
	return b[:]
}

// EvalSummary is what loadgen sent of one evaluation name.
type EvalSummary struct {
	Sent     int64   `json:"sent"`      // with a valid score
	Low      int64   `json:"low"`       // of those, below 0.5
	ScoreSum float64 `json:"score_sum"` // of those
	Bad      int64   `json:"bad"`       // with a non-numeric score
}

// Mean is the mean score sent.
func (e EvalSummary) Mean() float64 {
	if e.Sent == 0 {
		return 0
	}
	return e.ScoreSum / float64(e.Sent)
}
