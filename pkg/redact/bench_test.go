package redact

import (
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

// BenchmarkRedact: redaction throughput on one core (run with -cpu 1),
// in MB/s of text, on realistic prompts: the issue-18 corpus (every
// prompt, personal data or not, each redacted on its own), clean chat
// prose, clean technical text full of digits, and PII-dense text. The
// bar is ≥ 50 MB/s per core on the corpus (README).
//
//	go test -run '^$' -bench BenchmarkRedact -cpu 1 ./pkg/redact
func BenchmarkRedact(b *testing.B) {
	r := Default()
	items, err := piicorpus.Read("piicorpus/testdata/corpus.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for _, it := range items {
		texts = append(texts, it.Text)
		size += len(it.Text)
	}
	b.Run("corpus", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				_ = r.Redact(t, nil)
			}
		}
	})
	for _, tc := range []struct{ name, text string }{
		{"clean_prose", strings.Repeat("Can you explain how tax deductions for home offices work in practice? I want to understand what I can claim this year and which receipts I should keep. ", 8)},
		{"clean_technical", strings.Repeat("On 2024-03-15 at 12:30:45 release v1.2.3 fixed order 100234 (SKU 88-1234, $19.99); see commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and uuid 123e4567-e89b-12d3-a456-426614174000. ", 6)},
		{"pii_dense", strings.Repeat("Mail jane.doe@example.com or call +44 20 7946 0958; card 4111 1111 1111 1111, key sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2 from 10.0.0.1. ", 6)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			b.ReportAllocs()
			var c Counts
			for b.Loop() {
				_ = r.Redact(tc.text, &c)
			}
		})
	}
}
