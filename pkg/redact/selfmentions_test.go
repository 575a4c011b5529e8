package redact

import (
	"slices"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

// selfMentionsFourSearches is what findNames did before selfMentions:
// one search per form.
func selfMentionsFourSearches(text string, f func(after int)) {
	for _, form := range []string{"I'm ", "I’m ", "i'm ", "im "} {
		for off := 0; ; {
			j := strings.Index(text[off:], form)
			if j < 0 {
				break
			}
			at := off + j
			off = at + len(form)
			if at > 0 && isAlpha(text[at-1]) {
				continue
			}
			f(at + len(form))
		}
	}
}

func checkSelfMentions(t *testing.T, text string) {
	t.Helper()
	var got, want []int
	selfMentions(text, func(after int) { got = append(got, after) })
	selfMentionsFourSearches(text, func(after int) { want = append(want, after) })
	if !slices.Equal(got, want) {
		t.Fatalf("%q: %v, four searches %v", text, got, want)
	}
}

// TestSelfMentionsSameAsFourSearches: the one search finds what the four
// did, in the same order, on the corpus and on texts made to trip it.
func TestSelfMentionsSameAsFourSearches(t *testing.T) {
	items, err := piicorpus.Read("piicorpus/testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		checkSelfMentions(t, it.Text)
	}
	for _, s := range []string{"", "m ", "im ", "I'm ", "i'm ", "I’m ", "’m ", "'m ", "Him im I'm i'm I’m Tim ", "I'm Anna and im Bob, i'm Carl; I’m Dora.",
		"xI'm aim éim 9im _I'm I’’m I'’m I'mm I'm\tX", strings.Repeat("im I'm ", 20) + "I’m " + strings.Repeat("i'm ", 10), "I\u2019m Jo", "m m m  im  im"} {
		checkSelfMentions(t, s)
	}
}

func FuzzSelfMentions(f *testing.F) {
	for _, s := range []string{"I'm Anna and im Bob, i'm Carl; I’m Dora.", "xI'm aim éim", "im im im"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSelfMentions(t, s) })
}
