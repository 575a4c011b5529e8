package enrichedsample

import (
	"testing"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func TestRecords(t *testing.T) {
	values, ts, err := Records()
	if err != nil {
		t.Fatal(err)
	}
	if len(values) == 0 || len(values) != len(ts) {
		t.Fatalf("%d records, %d timestamps", len(values), len(ts))
	}
	spans := 0
	for _, v := range values {
		var b llmobsv1.EnrichedSpanBatch
		if err := b.UnmarshalVT(v); err != nil {
			t.Fatal(err)
		}
		spans += len(b.Spans)
	}
	if spans != Spans {
		t.Fatalf("%d spans, want %d", spans, Spans)
	}
}
