package sli

import (
	"slices"
	"strings"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// MaxFlags bounds the flag names one series-window counts; further names
// are summed under OtherFlag. The enricher sets about ten and ingest a
// few, so the bound only stops a producer that invents names per span.
const MaxFlags = 32

// OtherFlag sums the flags beyond MaxFlags.
const OtherFlag = "other"

// addFlag adds w to flag f of the sorted list fl.
func addFlag(fl []*llmobsv1.FlagCount, f string, w float64) []*llmobsv1.FlagCount {
	i, ok := slices.BinarySearchFunc(fl, f, func(c *llmobsv1.FlagCount, f string) int { return strings.Compare(c.Flag, f) })
	if ok {
		fl[i].Count += w
		return fl
	}
	if len(fl) >= MaxFlags && f != OtherFlag {
		return addFlag(fl, OtherFlag, w)
	}
	return slices.Insert(fl, i, &llmobsv1.FlagCount{Flag: f, Count: w})
}

// foldFlags adds the flags of an enriched span of weight w. A span
// repeating a flag counts once. Spans that did not go through the enricher
// (ingest's summaries of the spans it shed) were never checked: they count
// neither as scanned nor by their flags.
func foldFlags(a *sums, es *llmobsv1.EnrichedSpan, w float64) {
	if es.GetEnrichTimeUnixNano() == 0 {
		return
	}
	s := es.GetSpan()
	if !s.GetBodiesDropped() {
		a.FlagsScanned += w
	}
	for i, f := range s.GetFlags() {
		if f == "" || slices.Contains(s.Flags[:i], f) {
			continue
		}
		a.Flags = addFlag(a.Flags, f, w)
	}
}

// mergeFlags adds b's flag counts into a's.
func mergeFlags(a, b *sums) {
	a.FlagsScanned += b.FlagsScanned
	for _, c := range b.Flags {
		if c != nil && c.Flag != "" {
			a.Flags = addFlag(a.Flags, c.Flag, c.Count)
		}
	}
}

func cloneFlags(fl []*llmobsv1.FlagCount) []*llmobsv1.FlagCount {
	if len(fl) == 0 {
		return nil
	}
	out := make([]*llmobsv1.FlagCount, len(fl))
	for i, c := range fl {
		out[i] = &llmobsv1.FlagCount{Flag: c.Flag, Count: c.Count}
	}
	return out
}
