// Package sampling is ingest's backpressure-driven load shedding (DESIGN.md,
// "Sampling under backpressure").
//
// A Controller reads pressure — how far the downstream consumer groups are
// behind beyond what they intend to hold (the enricher holds records for
// its GPU join on purpose), ingest's own queue fill, its produce latency —
// and sets a stress level with hysteresis:
//
//	0  forward everything
//	1  drop the prompt/completion bodies of normal spans
//	2  also forward normal spans with probability p, adjusted continuously
//	   to hold the delay under the target (p never below min_probability)
//
// Errors, slow spans (over slow_ms, or over the series' recent p99),
// expensive spans (over expensive_tokens), rare series and whatever the
// Exempt rule names (ingest: the series of firing alerts, and calls priced
// by GPU-seconds it cannot summarise) are always forwarded whole. The forward decision is a function of the trace ID
// (OpenTelemetry's consistent probability sampling: the 56 low bits of the
// trace ID are the randomness R, the threshold T = (1 − p)·2^56, keep when
// R ≥ T), so every ingest instance decides the same for a trace, and a
// trace forwarded at p is also forwarded at any larger p.
//
// A span not forwarded is not lost to the SLIs: ingest folds it into a
// per-series, per-bucket summary (package sli) that travels on
// llmobs.spans beside the forwarded spans, so counts, errors, tokens and
// token cost stay exact at every level. Forwarded spans carry weight 1.
package sampling

import (
	"encoding/binary"
	"math"
)

// Levels.
const (
	LevelKeepAll     = 0
	LevelStripBodies = 1
	LevelSample      = 2
)

// MaxRandomness is 2^56: the randomness of a trace ID is its 56 low bits.
const MaxRandomness = uint64(1) << 56

// Randomness is R, the 56 low bits of a 16-byte trace ID (0 for anything else).
func Randomness(traceID []byte) uint64 {
	if len(traceID) != 16 {
		return 0
	}
	return binary.BigEndian.Uint64(traceID[8:]) & (MaxRandomness - 1)
}

// Threshold is T for keep probability p: keep when R ≥ T.
func Threshold(p float64) uint64 {
	switch {
	case p >= 1:
		return 0
	case p <= 0:
		return MaxRandomness
	}
	return uint64(math.Round((1 - p) * float64(MaxRandomness)))
}

// Keep reports whether a trace is kept at probability p.
func Keep(traceID []byte, p float64) bool {
	if p >= 1 {
		return true
	}
	return Randomness(traceID) >= Threshold(p)
}

// Quantize rounds p to 1/2^k-style steps of 1/64 (above 1/64) or to a
// power of two below, so weights are exact binary fractions' inverses and
// neighbouring adjustments do not churn the decision for most traces.
func Quantize(p float64) float64 {
	if p >= 1 {
		return 1
	}
	if p <= 0 {
		return 0
	}
	if p >= 1.0/64 {
		return math.Max(math.Round(p*64)/64, 1.0/64)
	}
	return math.Pow(2, math.Round(math.Log2(p)))
}
