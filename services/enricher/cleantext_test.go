package enricher

import (
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact"
)

// Texts the redactor found nothing in are remembered and returned as they
// are; texts with something to redact are redacted and counted every
// time, and never remembered.
func TestCleanTexts(t *testing.T) {
	red := redact.Default()
	c := newCleanTexts()
	for range 3 {
		var counts redact.Counts
		clean, pii := "What is the capital of France?", "mail me at jane.doe@example.com"
		if got := c.redact(red, clean, &counts); got != clean || counts.Total() != 0 {
			t.Fatalf("clean text: %q, %d counted", got, counts.Total())
		}
		want := red.Redact(pii, nil)
		if got := c.redact(red, pii, &counts); got != want || counts.Total() != 1 {
			t.Fatalf("%q -> %q (%d counted), want %q", pii, got, counts.Total(), want)
		}
		if _, ok := c.m[pii]; ok || len(c.m) != 1 {
			t.Fatalf("remembered %d texts, the one with an email too: %v", len(c.m), ok)
		}
	}
	// Bounded: past cleanMaxBytes, everything is forgotten at once.
	long := strings.Repeat("plain words ", cleanMaxText/12)
	for i := 0; c.bytes+len(long) <= cleanMaxBytes; i++ {
		c.redact(red, long+strings.Repeat(" ", i%50)+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26)), &redact.Counts{})
	}
	before := len(c.m)
	c.redact(red, long+"!", &redact.Counts{})
	if len(c.m) != 1 || before < 2 || c.bytes != len(long)+1 {
		t.Fatalf("%d texts before the bound, %d (%d bytes) after", before, len(c.m), c.bytes)
	}
}
