package enricher

import (
	"sync"

	"github.com/llmobs/llmobs/pkg/redact"
)

// cleanTexts remembers texts the redactor found nothing in, so that the
// same text seen again — span names, server addresses, routes, system
// prompts, the prompts of a template — is not scanned again: most text
// fields of a poll repeat (in loadgen's traffic, 11 distinct names in
// 1,939 spans, 2 system prompts in 1,137 calls, 278 distinct prompts in
// 1,317). Redaction is a function of the text alone, so a text found
// clean once is clean every time, and skipping it changes no output.
// Only texts without a detection are kept (no detected personal data is
// held beyond its poll), up to cleanMaxText bytes each; when they hold
// more than cleanMaxBytes, they are all forgotten at once.
type cleanTexts struct {
	mu    sync.RWMutex
	m     map[string]struct{}
	bytes int // of the texts in m
}

const (
	cleanMaxText  = 16 << 10
	cleanMaxBytes = 8 << 20
)

func newCleanTexts() *cleanTexts { return &cleanTexts{m: map[string]struct{}{}} }

// redact is red.Redact(text, counts), skipping the texts known clean.
func (c *cleanTexts) redact(red *redact.Redactor, text string, counts *redact.Counts) string {
	if len(text) == 0 || len(text) > cleanMaxText {
		return red.Redact(text, counts)
	}
	c.mu.RLock()
	_, ok := c.m[text]
	c.mu.RUnlock()
	if ok {
		return text
	}
	var found redact.Counts
	out := red.Redact(text, &found)
	if out == text && found.Total() == 0 {
		c.mu.Lock()
		if _, ok := c.m[text]; !ok {
			if c.bytes+len(text) > cleanMaxBytes {
				c.m, c.bytes = map[string]struct{}{}, 0
			}
			c.m[text] = struct{}{}
			c.bytes += len(text)
		}
		c.mu.Unlock()
		return out
	}
	for i, n := range found {
		counts[i] += n
	}
	return out
}
