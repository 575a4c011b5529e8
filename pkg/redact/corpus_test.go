package redact

import (
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

// TestGeneratedCorpus scores the detectors alone on the issue-18 corpus
// (piicorpus/testdata/corpus.jsonl): recall per PII category (a label is
// caught when a redaction covers all of it) and false positives per hard
// negative category. The same corpus goes through the real pipeline in
// cmd/llmobs/internal/app (TestPIICorpusThroughPipeline), which is the
// table in services/enricher/README.md.
func TestGeneratedCorpus(t *testing.T) {
	items, err := piicorpus.Read("piicorpus/testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	r := Default()
	s := piicorpus.NewScore()
	for _, it := range items {
		s.Add(it, r.Redact(it.Text, nil))
	}
	var b strings.Builder
	s.WriteTable(&b)
	t.Logf("%d items\n%s", s.Items, b.String())
	for _, m := range s.Misses {
		t.Log(m)
	}
	if f := s.Failures(0.99, 0.01); len(f) > 0 {
		t.Fatalf("below the bar: %s", strings.Join(f, "; "))
	}
}
