// Command gen writes the PII corpus (package piicorpus) as JSONL.
//
//	go run ./pkg/redact/piicorpus/gen -out pkg/redact/piicorpus/testdata/corpus.jsonl
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

func main() {
	out := flag.String("out", "testdata/corpus.jsonl", "output file")
	flag.Parse()
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	items := piicorpus.Generate()
	if err := piicorpus.Write(f, items); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	s := piicorpus.Summarize(items)
	fmt.Printf("%s: %d items, %d PII items in %d categories, %d locales, %d hard negatives in %d categories, %d forms, %d fields\n",
		*out, len(items), s.PII, s.PIICategories, s.Locales, s.Negatives, s.NegativeCategories, s.Forms, s.Fields)
}
