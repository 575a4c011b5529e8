package piicorpus

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// The checked-in corpus is what Generate produces (regenerate with
// go generate ./pkg/redact/piicorpus), and it holds what issue 18 asks:
// ≥ 1,000 PII items in ≥ 15 categories and ≥ 8 locales, ≥ 500 hard
// negatives, every attribute form; every label points at its value.
func TestCorpusIsUpToDate(t *testing.T) {
	items := Generate()
	var b bytes.Buffer
	if err := Write(&b, items); err != nil {
		t.Fatal(err)
	}
	disk, err := os.ReadFile("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), disk) {
		t.Fatal("testdata/corpus.jsonl is stale: run go generate ./pkg/redact/piicorpus")
	}
	s := Summarize(items)
	if s.PII < 1000 || s.PIICategories < 15 || s.Locales < 8 || s.Negatives < 500 || s.Forms < len(Forms) {
		t.Fatalf("corpus too small: %+v", s)
	}
	for _, it := range items {
		for _, sp := range append(append([]Span{}, it.PII...), it.Negatives...) {
			if it.Text[sp.Start:sp.End] != sp.Value {
				t.Fatalf("%s: label %q at [%d,%d) reads %q", it.ID, sp.Value, sp.Start, sp.End, it.Text[sp.Start:sp.End])
			}
			if strings.TrimSpace(sp.Value) != sp.Value || sp.Value == "" {
				t.Fatalf("%s: label %q has spaces around it", it.ID, sp.Value)
			}
		}
	}
}
