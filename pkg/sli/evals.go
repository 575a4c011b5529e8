package sli

import (
	"math"
	"slices"
	"strings"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// MaxEvalNames bounds the evaluation names one series-window keeps; further
// names are summed under OtherEval. Evaluators report a handful of names
// (relevance, faithfulness, user_feedback, ...); the bound only stops a
// producer that invents one per call.
const MaxEvalNames = 32

// OtherEval sums the evaluation names beyond MaxEvalNames.
const OtherEval = "other"

// FeedbackName is the evaluation name user feedback is counted under when
// the producer gives none.
const FeedbackName = "user_feedback"

// LowScores decides which scores are low: below the threshold for the
// evaluation's name, else below Default. The aggregator's stage 1 applies
// it when it folds an evaluation, so every partial and window agrees.
type LowScores struct {
	Default float64            `yaml:"default"`
	ByName  map[string]float64 `yaml:"by_name"`
}

// Low reports whether score is low for evaluation name.
func (l LowScores) Low(name string, score float64) bool {
	if t, ok := l.ByName[name]; ok {
		return score < t
	}
	return score < l.Default
}

// evalEntry finds or inserts name in the sorted list.
func evalEntry(el []*llmobsv1.EvalScore, name string) ([]*llmobsv1.EvalScore, *llmobsv1.EvalScore) {
	i, ok := slices.BinarySearchFunc(el, name, func(c *llmobsv1.EvalScore, n string) int { return strings.Compare(c.Name, n) })
	if ok {
		return el, el[i]
	}
	if len(el) >= MaxEvalNames && name != OtherEval {
		return evalEntry(el, OtherEval)
	}
	e := &llmobsv1.EvalScore{Name: name}
	return slices.Insert(el, i, e), e
}

// AddEval folds one evaluation of a call of weight w into the window: its
// count, and when it has a finite score, the score's sum and whether it is
// low. A non-finite score counts as no score.
func (c *Acc) AddEval(ev *llmobsv1.Evaluation, w float64, low LowScores) {
	name := ev.GetName()
	if name == "" {
		name = FeedbackName
	}
	var e *llmobsv1.EvalScore
	c.a.Evals, e = evalEntry(c.a.Evals, name)
	e.Count += w
	if ev.GetFeedback() {
		e.Feedback += w
	}
	if s := ev.GetScore(); ev.GetHasScore() && !math.IsNaN(s) && !math.IsInf(s, 0) {
		e.Scored += w
		e.Sum += s * w
		if low.Low(name, s) {
			e.Low += w
		}
	}
}

// mergeEvals adds b's evaluation sums into a's.
func mergeEvals(a, b *sums) {
	for _, x := range b.Evals {
		if x == nil || x.Name == "" {
			continue
		}
		var e *llmobsv1.EvalScore
		a.Evals, e = evalEntry(a.Evals, x.Name)
		e.Count += x.Count
		e.Scored += x.Scored
		e.Sum += x.Sum
		e.Low += x.Low
		e.Feedback += x.Feedback
	}
}

// cloneEvals copies the sums; window adds each name's mean and low rate.
func cloneEvals(el []*llmobsv1.EvalScore, window bool) []*llmobsv1.EvalScore {
	if len(el) == 0 {
		return nil
	}
	out := make([]*llmobsv1.EvalScore, len(el))
	for i, e := range el {
		x := &llmobsv1.EvalScore{Name: e.Name, Count: e.Count, Scored: e.Scored, Sum: e.Sum, Low: e.Low, Feedback: e.Feedback}
		if window && e.Scored > 0 {
			x.Mean, x.LowRate = e.Sum/e.Scored, e.Low/e.Scored
		}
		out[i] = x
	}
	return out
}

// HasEvals reports whether the accumulator holds any evaluation.
func (c *Acc) HasEvals() bool { return len(c.a.Evals) > 0 }
