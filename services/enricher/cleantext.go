package enricher

import (
	"github.com/llmobs/llmobs/pkg/redact"
	"github.com/llmobs/llmobs/pkg/textcache"
)

// cleanTexts remembers texts the redactor found nothing in, so that the
// same text seen again — span names, server addresses, routes, system
// prompts, the prompts of a template — is not scanned again: most text
// fields of a poll repeat (in loadgen's traffic, 11 distinct names in
// 1,939 spans, 2 system prompts in 1,137 calls, 278 distinct prompts in
// 1,317). Redaction is a function of the text alone, so a text found
// clean once is clean every time, and skipping it changes no output.
// Only texts without a detection are kept (no detected personal data is
// held beyond its poll), up to cleanMaxText bytes each, cleanMaxBytes in
// all (pkg/textcache: two generations, so texts that keep coming back
// survive the rotations and one-off texts are forgotten).
type cleanTexts struct {
	c *textcache.Cache[string, struct{}]
}

const (
	cleanMaxText  = 16 << 10
	cleanMaxBytes = 8 << 20
)

func newCleanTexts() *cleanTexts {
	return &cleanTexts{c: textcache.New[string, struct{}](cleanMaxBytes, nil)}
}

// redact is red.Redact(text, counts), skipping the texts known clean.
func (c *cleanTexts) redact(red *redact.Redactor, text string, counts *redact.Counts) string {
	if len(text) == 0 || len(text) > cleanMaxText {
		return red.Redact(text, counts)
	}
	if _, ok := c.c.Get(text); ok {
		return text
	}
	var found redact.Counts
	out := red.Redact(text, &found)
	if out == text && found.Total() == 0 {
		c.c.Put(text, struct{}{})
		return out
	}
	for i, n := range found {
		counts[i] += n
	}
	return out
}
