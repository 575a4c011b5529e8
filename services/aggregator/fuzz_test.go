package aggregator

import (
	"errors"
	"math"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/protocheck"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/aggregator/stage"
)

// The aggregator decodes three kinds of outside bytes: llmobs.enriched
// records (stage 1), llmobs.sli.partials records (stage 2) and
// llmobs.slis records (the /api/slis ring). Each fuzz target feeds one
// record's value, checks the decoder never panics, that undecodable
// input is reported as an error (the loop counts it and sends it to the
// DLQ) and that what it produces is well formed. Seeds: f.Add below and
// testdata/fuzz/<target>.

func fuzzService(t testing.TB) *Service {
	svc, err := New(testConfig(), testDeps(nil, "fuzz"))
	if err != nil {
		t.Fatal(err)
	}
	return svc.(*Service)
}

func seedEnriched() []byte {
	ttft := int64(50e6)
	b := &llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{
		{Span: &llmobsv1.Span{TraceId: []byte{1}, SpanId: []byte{1}, StartTimeUnixNano: uint64(workloadBase) * 1e6, EndTimeUnixNano: uint64(workloadBase+700) * 1e6, Weight: 2,
			Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "chat"},
			GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: "m0", InputTokens: 5, OutputTokens: 7, TtftNanos: &ttft}},
			Cost: &llmobsv1.Cost{Total: 0.1}},
		{Span: &llmobsv1.Span{TraceId: []byte{2}, Class: llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING, EndTimeUnixNano: 1}}, // ends before it starts
		{}, // no span
	}}
	v, _ := proto.Marshal(b)
	return v
}

// seedWatermark is an upstream heartbeat: one source, watermark ms.
func seedWatermark(ms int64) []byte {
	v, _ := proto.Marshal(&llmobsv1.EnrichedSpanBatch{SourcePartitions: 1, Watermarks: []*llmobsv1.SourceWatermark{{Partition: 0, WatermarkUnixMs: ms}}})
	return v
}

func checkPartials(t *testing.T, out []*kgo.Record, nOut int32) {
	t.Helper()
	for _, r := range out {
		var b llmobsv1.SLIPartialBatch
		if err := proto.Unmarshal(r.Value, &b); err != nil || r.Partition < 0 || r.Partition >= nOut || len(b.Partials) == 0 {
			t.Fatalf("bad partials record: %v, partition %d, %d partials", err, r.Partition, len(b.Partials))
		}
	}
}

// seedSummaries is a record of what ingest shed: two series' summaries
// and an upstream watermark past their bucket.
func seedSummaries() []byte {
	z := sli.NewSummarizer(10 * time.Second)
	var b llmobsv1.EnrichedSpanBatch
	_ = proto.Unmarshal(seedEnriched(), &b)
	for _, es := range b.Spans {
		if es.GetSpan() != nil {
			z.Add(es)
		}
	}
	v, _ := proto.Marshal(&llmobsv1.EnrichedSpanBatch{Summaries: z.Take("seed"), SourcePartitions: 1,
		Watermarks: []*llmobsv1.SourceWatermark{{Partition: 0, WatermarkUnixMs: workloadBase + 60_000}}})
	return v
}

func FuzzStage1Record(f *testing.F) {
	good := seedEnriched()
	f.Add(good)
	f.Add(seedSummaries())
	f.Add(seedWatermark(workloadBase + 60_000))
	f.Add(good[:len(good)/2])
	f.Add([]byte{})
	f.Add([]byte("\x0a\xff\xff\xff\xff\x0f"))
	s := fuzzService(f)
	f.Fuzz(func(t *testing.T, v []byte) {
		p := s.newStage1(2)
		p.assigned([]int32{0, 1}) // only an assigned partition has a state
		out, err := p.record(&kgo.Record{Topic: "llmobs.enriched", Partition: 1, Value: v})
		var b llmobsv1.EnrichedSpanBatch
		decErr := b.UnmarshalVT(v) // the decoder the service uses
		var br *badRecord
		if decErr != nil && err == nil || decErr == nil && err != nil && !errors.As(err, &br) {
			t.Fatalf("decode error %v, record error %v", decErr, err)
		}
		if decErr != nil && len(out) != 0 {
			t.Fatalf("undecodable record produced %d records", len(out))
		}
		checkPartials(t, out, 2)
		// Idle advance fires everything the record opened; heartbeats too.
		checkPartials(t, p.tick(time.Now().Add(time.Hour)), 2)
	})
}

func seedPartials() []byte {
	st := stage.NewStage1(0, []time.Duration{10 * time.Second}, 0, 0)
	var b llmobsv1.EnrichedSpanBatch
	_ = proto.Unmarshal(seedEnriched(), &b)
	for _, es := range b.Spans {
		if es.GetSpan() != nil {
			st.Add(es)
		}
	}
	st.Idle(workloadBase+20_000, 20_000) // past the first window, within its lateness
	ps := append(st.Advance(true), st.Heartbeat())
	v, _ := proto.Marshal(&llmobsv1.SLIPartialBatch{Partials: ps})
	return v
}

func FuzzStage2Record(f *testing.F) {
	good := seedPartials()
	f.Add(good)
	f.Add(good[:len(good)-3])
	f.Add([]byte{})
	// A heartbeat from a source that does not exist.
	bogus, _ := proto.Marshal(&llmobsv1.SLIPartialBatch{Partials: []*llmobsv1.SLIPartial{{Source: "p7", SourceWatermarkUnixMs: 1}}})
	f.Add(bogus)
	s := fuzzService(f)
	f.Fuzz(func(t *testing.T, v []byte) {
		p := s.newStage2(1, 2)
		p.assigned([]int32{0, 1}) // only an assigned partition has a state
		out, err := p.record(&kgo.Record{Topic: "llmobs.sli.partials", Partition: 0, Value: v})
		var b llmobsv1.SLIPartialBatch
		decErr := b.UnmarshalVT(v) // the decoder the service uses
		if (decErr != nil) != (err != nil && !isBad(err)) {
			t.Fatalf("decode error %v, record error %v", decErr, err)
		}
		if decErr == nil {
			// A source outside p0, or a string that is not UTF-8 (which
			// UnmarshalVT accepts and proto.Unmarshal does not).
			invalid := protocheck.UTF8(&b) != nil
			for _, x := range b.Partials {
				invalid = invalid || !validSource(x.GetSource(), 1)
			}
			if invalid != (err != nil) {
				t.Fatalf("invalid source %v, error %v", invalid, err)
			}
		}
		for _, r := range out {
			var wb llmobsv1.SLIWindowBatch
			if err := proto.Unmarshal(r.Value, &wb); err != nil || r.Partition < 0 || r.Partition >= 2 || len(wb.Windows) != 1 {
				t.Fatalf("bad window record: %v, partition %d", err, r.Partition)
			}
			if w := wb.Windows[0]; w.Revision < 1 || w.WindowLengthMs <= 0 {
				t.Fatalf("bad window: %v", w)
			}
		}
	})
}

func isBad(err error) bool {
	var br *badRecord
	return errors.As(err, &br)
}

func seedWindows() []byte {
	st := stage.NewStage2(0, 48*time.Hour)
	st.Expect(1)
	var pb llmobsv1.SLIPartialBatch
	_ = proto.Unmarshal(seedPartials(), &pb)
	for _, x := range pb.Partials {
		st.Add(x)
	}
	v, _ := proto.Marshal(&llmobsv1.SLIWindowBatch{Windows: st.Advance(0, true)})
	return v
}

func FuzzSLIsRecord(f *testing.F) {
	good := seedWindows()
	f.Add(good)
	f.Add(good[:len(good)/2])
	nan, _ := proto.Marshal(&llmobsv1.SLIWindowBatch{Windows: []*llmobsv1.SLIWindow{{WindowLengthMs: 10000, Revision: 1, LatencyP99Ms: math.NaN(), Series: sli.Key{Model: "m"}.Proto()}}})
	f.Add(nan)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, v []byte) {
		s := fuzzService(t)
		err := s.feedRing(v)
		var b llmobsv1.SLIWindowBatch
		if decErr := b.UnmarshalVT(v); (decErr != nil) != (err != nil) { // the decoder the service uses
			t.Fatalf("decode error %v, feed error %v", decErr, err)
		}
		for _, path := range []string{"/api/slis?limit=5", "/api/series"} {
			rec := httptest.NewRecorder()
			s.deps.Admin.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
			if rec.Code != 200 {
				t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
			}
		}
	})
}
