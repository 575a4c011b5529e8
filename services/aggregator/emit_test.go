package aggregator

import (
	"testing"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// A poll that fires many windows at once (a backlog read at full speed,
// each window carrying its sketches) is split into records under the
// broker's message size: one 3.9 MB record made stage 1's transaction
// fail on every retry (MESSAGE_TOO_LARGE), found by replaying 48,600
// traces at once.
func TestStage1PartialRecordsStayUnderTheMessageSize(t *testing.T) {
	p := fuzzService(t).newStage1(1)
	p.assigned([]int32{0, 1}) // only an assigned partition has a state
	acc := sli.NewAcc()
	for i := range 4000 { // exact sketches: 4000 points each, ~200 KB a partial
		acc.Add(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, StartTimeUnixNano: 0, EndTimeUnixNano: uint64(i+1) * 1e6,
			GenAi: &llmobsv1.GenAI{OutputTokens: 10, TtftNanos: ptr(int64(1e5))}}})
	}
	var ps []*llmobsv1.SLIPartial
	for i := range 30 {
		ps = append(ps, &llmobsv1.SLIPartial{Series: &llmobsv1.SeriesKey{Service: "s", Model: "m"}, WindowStartUnixMs: int64(i) * 10_000, WindowLengthMs: 10_000, Source: "p0", SourceRevision: 1, Aggregate: acc.Proto()})
	}
	recs := p.emit(ps)
	n := 0
	for _, r := range recs {
		if len(r.Value) > 1<<20 {
			t.Errorf("record of %d bytes", len(r.Value))
		}
		var b llmobsv1.SLIPartialBatch
		if err := b.UnmarshalVT(r.Value); err != nil {
			t.Fatal(err)
		}
		n += len(b.Partials)
	}
	if n != len(ps) || len(recs) < 2 {
		t.Errorf("%d partials in %d records, want all %d split over several", n, len(recs), len(ps))
	}
}

func ptr[T any](v T) *T { return &v }
