package aggregator

import (
	"flag"
	"fmt"
	"math"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/sli"
	"github.com/llmobs/llmobs/services/aggregator/stage"
)

// EvalsConfig configures how stage 1 joins evaluations and user feedback
// to calls by trace ID (stage/evals.go) and which scores count as low.
type EvalsConfig struct {
	// LowScore: a score below it is low (per-series low-score rate);
	// LowScoreByName overrides it per evaluation name (scales differ:
	// 0..1 relevance, 1..5 ratings, thumbs 0/1).
	LowScore       float64            `yaml:"low_score"`
	LowScoreByName map[string]float64 `yaml:"low_score_by_name"`
	// CallMemory: how long (event time) after a call ends evaluations of
	// it are still joined. Wait: how long an evaluation whose call is not
	// known yet waits for it. Both count toward replay.
	CallMemory time.Duration `yaml:"call_memory"`
	Wait       time.Duration `yaml:"wait"`
	// MaxCalls / MaxPending bound the calls remembered and the evaluations
	// waiting, per input partition.
	MaxCalls   int `yaml:"max_calls"`
	MaxPending int `yaml:"max_pending"`
}

// DefaultEvalsConfig: low below 0.5, calls joinable for 30 s after they
// end, evaluations wait 20 s for their call (both fit in the default
// replay of 12 m with 1 m windows and 10 m lateness: 11 m 57 s needed;
// longer ones need a longer replay), 100,000 calls and 10,000 waiting
// evaluations per partition.
func DefaultEvalsConfig() EvalsConfig {
	d := stage.DefaultEvalConfig()
	return EvalsConfig{LowScore: d.Low.Default, CallMemory: d.CallMemory, Wait: d.Wait, MaxCalls: d.MaxCalls, MaxPending: d.MaxPending}
}

func (c *EvalsConfig) registerFlags(prefix string, fs *flag.FlagSet) {
	fs.Float64Var(&c.LowScore, prefix+".evals.low-score", c.LowScore, "an evaluation or feedback score below this is low (low-score rate per series)")
	fs.DurationVar(&c.CallMemory, prefix+".evals.call-memory", c.CallMemory, "evaluations and feedback join a call up to this long (event time) after it ended")
	fs.DurationVar(&c.Wait, prefix+".evals.wait", c.Wait, "an evaluation whose call is not known yet waits this long (event time) for it")
}

func (c EvalsConfig) validate() []error {
	var errs []error
	if math.IsNaN(c.LowScore) || math.IsInf(c.LowScore, 0) {
		errs = append(errs, config.Errorf("evals.low_score", "must be a finite number"))
	}
	for k, v := range c.LowScoreByName {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			errs = append(errs, config.Errorf(fmt.Sprintf("evals.low_score_by_name.%s", k), "must be a finite number"))
		}
	}
	if c.CallMemory < 0 || c.Wait < 0 {
		errs = append(errs, config.Errorf("evals.call_memory", "call_memory and wait must not be negative"))
	}
	if c.MaxCalls < 0 || c.MaxPending < 0 {
		errs = append(errs, config.Errorf("evals.max_calls", "max_calls and max_pending must not be negative (0: no join)"))
	}
	return errs
}

func (c EvalsConfig) stage() stage.EvalConfig {
	return stage.EvalConfig{Low: sli.LowScores{Default: c.LowScore, ByName: c.LowScoreByName},
		CallMemory: c.CallMemory, Wait: c.Wait, MaxCalls: c.MaxCalls, MaxPending: c.MaxPending}
}

// evalMetrics: llmobs_aggregator_evaluations_total{outcome} (inline,
// joined, unmatched, overflow, late) and the calls forgotten early.
type evalMetrics struct {
	outcomes *prometheus.CounterVec
	evicted  prometheus.Counter
}

func newEvalMetrics(r prometheus.Registerer) (*evalMetrics, error) {
	m := &evalMetrics{
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_aggregator_evaluations_total",
			Help: "Evaluations and user feedback by outcome: inline (on the call's span), joined (to a call of its trace), unmatched (no call of its trace within the wait), overflow (too many waiting), late (its window past the allowed lateness). Replays after a restart count again."}, []string{"outcome"}),
		evicted: prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_aggregator_evaluation_calls_evicted_total",
			Help: "Calls forgotten by the evaluation join before evals.call_memory because evals.max_calls were held."}),
	}
	for _, c := range []prometheus.Collector{m.outcomes, m.evicted} {
		if err := r.Register(c); err != nil {
			return nil, err
		}
	}
	for _, o := range []string{stage.EvalInline, stage.EvalJoined, stage.EvalUnmatched, stage.EvalOverflow, stage.EvalLate} {
		m.outcomes.WithLabelValues(o)
	}
	return m, nil
}

// evalStage configures a partition's stage 1 for the join and its metrics.
func (s *Service) evalStage(st *stage.Stage1) {
	st.Evals = s.cfg.Evals.stage()
	if s.em == nil {
		return
	}
	evicted := 0.0
	st.OnEval = func(outcome string, n float64) {
		s.em.outcomes.WithLabelValues(outcome).Add(n)
		if d := st.EvalCallsEvicted - evicted; d > 0 {
			s.em.evicted.Add(d)
			evicted = st.EvalCallsEvicted
		}
	}
}
