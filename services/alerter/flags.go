package alerter

import (
	"strings"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Flag metrics (DESIGN, "Flags"): flags.<name> is the weighted number of a
// window's spans carrying flag <name> (prompt_injection, jailbreak,
// pii_in_output, secret_in_output, system_prompt_leak, refusal,
// empty_output, truncated, content_filter, …), flag_rate.<name> that
// number over the spans whose bodies were checked (flags_scanned; 0 when
// none were). Any flag name made of lower-case letters, digits and
// underscores is accepted: producers may add flags.
const (
	flagCountPrefix = "flags."
	flagRatePrefix  = "flag_rate."
)

// metricOf returns the function computing a condition's metric.
func metricOf(name string) (func(w *llmobsv1.SLIWindow) float64, bool) {
	if f, ok := metrics[name]; ok {
		return f, true
	}
	if f, ok := evalMetricOf(name); ok {
		return f, true
	}
	if flag, ok := strings.CutPrefix(name, flagCountPrefix); ok && validFlag(flag) {
		return func(w *llmobsv1.SLIWindow) float64 { return flagCount(w, flag) }, true
	}
	if flag, ok := strings.CutPrefix(name, flagRatePrefix); ok && validFlag(flag) {
		return func(w *llmobsv1.SLIWindow) float64 {
			if w.GetFlagsScanned() <= 0 {
				return 0
			}
			return flagCount(w, flag) / w.GetFlagsScanned()
		}, true
	}
	return nil, false
}

func flagCount(w *llmobsv1.SLIWindow, flag string) float64 {
	for _, c := range w.GetFlags() {
		if c.GetFlag() == flag {
			return c.GetCount()
		}
	}
	return 0
}

func validFlag(f string) bool {
	if f == "" || len(f) > 64 {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Evaluation metrics (issue 21, point 4: evaluations and user feedback
// joined to a series' calls): evals.<name> is how many of a window's
// evaluations had that name (gen_ai.evaluation.name; user_feedback for
// feedback), eval_mean.<name> their mean score, eval_low_rate.<name> the
// share of scored ones below the aggregator's low-score threshold; evals,
// eval_mean and eval_low_rate without a name are over every name (0 when
// nothing was scored).
func evalMetricOf(name string) (func(w *llmobsv1.SLIWindow) float64, bool) {
	pick := func(rest string) (func(e *llmobsv1.EvalScore) bool, bool) {
		if rest == "" {
			return func(*llmobsv1.EvalScore) bool { return true }, true
		}
		n, ok := strings.CutPrefix(rest, ".")
		if !ok || !validFlag(n) {
			return nil, false
		}
		return func(e *llmobsv1.EvalScore) bool { return e.GetName() == n }, true
	}
	sum := func(w *llmobsv1.SLIWindow, sel func(*llmobsv1.EvalScore) bool) (count, scored, total, low float64) {
		for _, e := range w.GetEvals() {
			if sel(e) {
				count += e.GetCount()
				scored += e.GetScored()
				total += e.GetSum()
				low += e.GetLow()
			}
		}
		return
	}
	for _, m := range []string{"eval_low_rate", "eval_mean", "evals"} {
		rest, ok := strings.CutPrefix(name, m)
		if !ok {
			continue
		}
		sel, ok := pick(rest)
		if !ok {
			return nil, false
		}
		switch m {
		case "evals":
			return func(w *llmobsv1.SLIWindow) float64 { c, _, _, _ := sum(w, sel); return c }, true
		case "eval_mean":
			return func(w *llmobsv1.SLIWindow) float64 {
				if _, n, t, _ := sum(w, sel); n > 0 {
					return t / n
				}
				return 0
			}, true
		default:
			return func(w *llmobsv1.SLIWindow) float64 {
				if _, n, _, l := sum(w, sel); n > 0 {
					return l / n
				}
				return 0
			}, true
		}
	}
	return nil, false
}
