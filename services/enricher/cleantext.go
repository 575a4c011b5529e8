package enricher

import (
	"hash/maphash"

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
// Only texts without a detection are kept, up to cleanMaxText bytes each,
// and each as a 128-bit digest, not the text (two seeds chosen at start,
// so a collision cannot be aimed at: a text made to collide with a clean
// one would pass unredacted): 48 bytes an entry whatever the text's
// length. Kept as texts they held ~7 MB of the enricher's live heap in
// a backlog (pkg/textcache: two generations, so texts that keep coming
// back survive the rotations and one-off texts are forgotten).
type cleanTexts struct {
	c     *textcache.Cache[textDigest, struct{}]
	seeds [2]maphash.Seed
}

// textDigest is a text's 128-bit digest (cleanTexts.digest).
type textDigest [2]uint64

const (
	cleanMaxText  = 16 << 10
	cleanMaxBytes = 2 << 20 // ~43,000 texts
)

func newCleanTexts() *cleanTexts {
	return &cleanTexts{c: textcache.New[textDigest, struct{}](cleanMaxBytes, nil), seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}}
}

func (c *cleanTexts) digest(text string) textDigest {
	return textDigest{maphash.String(c.seeds[0], text), maphash.String(c.seeds[1], text)}
}

// redact is red.Redact(text, counts), skipping the texts known clean.
func (c *cleanTexts) redact(red *redact.Redactor, text string, counts *redact.Counts) string {
	if len(text) == 0 || len(text) > cleanMaxText {
		return red.Redact(text, counts)
	}
	d := c.digest(text)
	if _, ok := c.c.Get(d); ok {
		return text
	}
	var found redact.Counts
	out := red.Redact(text, &found)
	if out == text && found.Total() == 0 {
		c.c.Put(d, struct{}{})
		return out
	}
	for i, n := range found {
		counts[i] += n
	}
	return out
}
