package enricher

import (
	"fmt"
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
		if _, ok := c.c.Get(pii); ok || c.c.Len() != 1 {
			t.Fatalf("remembered %d texts, the one with an email too: %v", c.c.Len(), ok)
		}
	}
	// Bounded: many clean texts later, what is held stays within
	// cleanMaxBytes, and the system prompt seen all along is still held.
	long := strings.Repeat("plain words ", cleanMaxText/12)
	sys := "You are the support assistant of ACME Corp."
	for i := range 4 * cleanMaxBytes / len(long) {
		c.redact(red, sys, &redact.Counts{})
		c.redact(red, fmt.Sprintf("%s %d", long, i), &redact.Counts{})
		if c.c.Bytes() > cleanMaxBytes {
			t.Fatalf("%d bytes held after %d texts", c.c.Bytes(), i)
		}
	}
	if _, ok := c.c.Get(sys); !ok {
		t.Fatal("the text seen all along was forgotten")
	}
	// Too long to keep: redacted every time, never held.
	huge := strings.Repeat("plain words ", cleanMaxText/12+1)
	c.redact(red, huge, &redact.Counts{})
	if _, ok := c.c.Get(huge); ok {
		t.Fatal("a text over cleanMaxText was kept")
	}
}
