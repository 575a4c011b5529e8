package enricher

import (
	"fmt"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact"
	"github.com/llmobs/llmobs/pkg/textcache"
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
		if ok := c.known(pii); ok || c.c.Len() != 1 {
			t.Fatalf("remembered %d texts, the one with an email too: %v", c.c.Len(), ok)
		}
	}
	// A text of cleanMaxText bytes is kept: as a digest, at the cost of
	// any other.
	long := strings.Repeat("plain words ", cleanMaxText/12)
	c.redact(red, long, &redact.Counts{})
	if !c.known(long) || c.c.Bytes() > 2*(textcache.EntryOverhead+16) {
		t.Fatalf("a text of %d bytes: kept %v, %d bytes held for two texts", len(long), c.known(long), c.c.Bytes())
	}
	// Bounded: many clean texts later, what is held stays within
	// cleanMaxBytes, and the system prompt seen all along is still held.
	sys := "You are the support assistant of ACME Corp."
	for i := range 4 * cleanMaxBytes / (textcache.EntryOverhead + 16) {
		c.redact(red, sys, &redact.Counts{})
		c.redact(red, fmt.Sprintf("plain words %d", i), &redact.Counts{})
		if c.c.Bytes() > cleanMaxBytes {
			t.Fatalf("%d bytes held after %d texts", c.c.Bytes(), i)
		}
	}
	if !c.known(sys) {
		t.Fatal("the text seen all along was forgotten")
	}
	// Too long to keep: redacted every time, never held.
	huge := strings.Repeat("plain words ", cleanMaxText/12+1)
	c.redact(red, huge, &redact.Counts{})
	if c.known(huge) {
		t.Fatal("a text over cleanMaxText was kept")
	}
}

// known reports whether text was found clean before.
func (c *cleanTexts) known(text string) bool {
	_, ok := c.c.Get(c.digest(text))
	return ok
}
