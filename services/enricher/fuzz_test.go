package enricher

import (
	"bytes"
	"math"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// FuzzEnrich: the bytes of an llmobs.gpu record and of an llmobs.spans
// record (outside bytes as far as the enricher knows) never crash it;
// every decoded span comes out once, with a join method when it is a model
// call, and GPU numbers that are finite and within the span's duration.
// Seeds: f.Add below and testdata/fuzz/FuzzEnrich.
func FuzzEnrich(f *testing.F) {
	var gb llmobsv1.GPUSampleBatch
	for i := 0; i < 6; i++ {
		gb.Samples = append(gb.Samples, sample("node-1", "GPU-A", float64(i), 50, 300, 1e6+float64(i)*3e5))
	}
	traced := sample("node-2", "", 2, 90, 400, 5e5)
	traced.TraceId, traced.GpuIndex = bytes.Repeat([]byte{9}, 16), "0"
	gb.Samples = append(gb.Samples, traced)
	g, _ := proto.Marshal(&gb)
	var sb llmobsv1.SpanBatch
	sb.Spans = append(sb.Spans, llmSpan(1, "node-1", "GPU-A", 0, 3), llmSpan(2, "node-1", "", 1, 4), llmSpan(9, "node-2", "", 1, 3),
		llmSpan(3, "node-1", "GPU-A", 5, 2), // ends before it starts
		&llmobsv1.Span{TraceId: []byte{1}, Class: llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING})
	sp, _ := proto.Marshal(&sb)
	f.Add(g, sp)
	f.Add(g[:len(g)/2], sp[:len(sp)/3])
	f.Add([]byte{}, []byte{})
	f.Add([]byte("\x0a\xff\xff\xff\xff\x0f"), []byte("\x0a\x02\x08\x01"))

	e := testEnricher(f)
	f.Fuzz(func(t *testing.T, gpuRec, spanRec []byte) {
		var gb llmobsv1.GPUSampleBatch
		if decodeGPUSampleBatch(gpuRec, &gb) == nil { // the decoders the service uses
			for _, s := range gb.Samples {
				e.gpu.add(s)
			}
		}
		var sb llmobsv1.SpanBatch
		if decodeSpanBatch(spanRec, &sb) != nil {
			return // counted and sent to the DLQ by the span loop
		}
		out := e.Enrich(sb.Spans)
		if len(out) != len(sb.Spans) {
			t.Fatalf("%d spans in, %d out", len(sb.Spans), len(out))
		}
		for _, es := range out {
			if !isModelCall(es.Span) {
				if es.Gpu != nil || es.Cost != nil {
					t.Fatalf("non-model span enriched: %v", es)
				}
				continue
			}
			a := es.Gpu
			if a == nil || es.Cost == nil {
				t.Fatalf("model call without attribution or cost: %v", es)
			}
			dur := 0.0
			if es.Span.EndTimeUnixNano > es.Span.StartTimeUnixNano {
				dur = float64(es.Span.EndTimeUnixNano-es.Span.StartTimeUnixNano) / 1e9
			}
			for _, v := range []float64{a.GpuSeconds, a.EnergyJoules, a.UtilMeanPercent, a.PowerMeanWatts} {
				if math.IsNaN(v) {
					t.Fatalf("NaN in %v", a)
				}
			}
			if a.GpuSeconds < 0 || a.GpuSeconds > dur*1.000001+1e-9 {
				t.Fatalf("%v GPU-s for a %v s span", a.GpuSeconds, dur)
			}
		}
		recs, _ := batchRecords("llmobs.enriched", 3, 2, 2048, out)
		for _, r := range recs {
			var b llmobsv1.EnrichedSpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil || len(b.Spans) == 0 || r.Partition < 0 || r.Partition >= 3 {
				t.Fatalf("bad output record: %v (%d spans, partition %d)", err, len(b.Spans), r.Partition)
			}
		}
		e.gpu.expire()
	})
}
