package enricher

import (
	"strings"
	"testing"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// hasRefusalCueBySearch is what isRefusal did before hasRefusalCue: one
// search per cue.
func hasRefusalCueBySearch(t string) bool {
	for _, c := range refusalCues {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

func TestHasRefusalCueSameAsSearches(t *testing.T) {
	texts := []string{"", "I'm sorry, but I can't help with that.", "I can’t do that", "As an AI", "as an ai model", "Unfortunately no",
		"Here is a short summary: refunds take five to seven business days.", "I won’t", "not able", "I apologise", "allowed", "permitted",
		"comfortable", "we shouldn't", "decline", "unable", "cannot", "orr", "an’", " A", "x AIx"}
	for _, v := range loadgenRecords(t, "loadgen_spans.bin.gz") {
		var b llmobsv1.SpanBatch
		if err := decodeSpanBatch(v, &b); err != nil {
			t.Fatal(err)
		}
		for _, s := range b.Spans {
			for _, m := range s.GetGenAi().GetOutputMessages() {
				texts = append(texts, m.Content)
			}
			for _, m := range s.GetGenAi().GetInputMessages() {
				texts = append(texts, m.Content)
			}
		}
	}
	for _, x := range texts {
		if got, want := hasRefusalCue(x), hasRefusalCueBySearch(x); got != want {
			t.Fatalf("%q: %v, searches %v", x, got, want)
		}
	}
}

func FuzzHasRefusalCue(f *testing.F) {
	f.Add("I'm sorry, but I can’t")
	f.Add("plain answer")
	f.Fuzz(func(t *testing.T, x string) {
		if got, want := hasRefusalCue(x), hasRefusalCueBySearch(x); got != want {
			t.Fatalf("%q: %v, searches %v", x, got, want)
		}
	})
}
