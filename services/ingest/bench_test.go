package ingest

import (
	"strings"
	"testing"

	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"

	"go.opentelemetry.io/collector/pdata/ptrace"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// benchInput is a realistic mix: RAG/agent traces from loadgen, about a
// third of the spans LLM calls with prompt and completion content.
func benchInput(b *testing.B, withContent bool) ([][]byte, int) {
	var out [][]byte
	spans := 0
	for _, req := range loadgenTraces(b, 10) {
		if !withContent {
			stripContent(req)
		}
		raw, err := proto.Marshal(req)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, raw)
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				spans += len(ss.Spans)
			}
		}
	}
	return out, spans
}

// BenchmarkDecodeNormalize is decode + normalise of OTLP trace requests
// into llmobs spans; BenchmarkPdataUnmarshal is the Collector's own
// unmarshaler on the same bytes (decode only, no normalisation), as a
// baseline.
func BenchmarkDecodeNormalize(b *testing.B) {
	b.Run("metadata", func(b *testing.B) { benchDecode(b, false) })
	b.Run("with_content", func(b *testing.B) { benchDecode(b, true) })
}

// stripContent removes prompt and completion bodies: what OTel GenAI
// instrumentations send by default (content capture is opt-in).
func stripContent(req *coltracepb.ExportTraceServiceRequest) {
	for _, rs := range req.ResourceSpans {
		for _, ss := range rs.ScopeSpans {
			for _, sp := range ss.Spans {
				kept := sp.Attributes[:0]
				for _, kv := range sp.Attributes {
					if strings.HasPrefix(kv.Key, "gen_ai.prompt") || strings.HasPrefix(kv.Key, "gen_ai.completion") ||
						strings.HasSuffix(kv.Key, ".messages") || kv.Key == "gen_ai.system_instructions" {
						continue
					}
					kept = append(kept, kv)
				}
				sp.Attributes = kept
				var evs []*tracepb.Span_Event
				for _, e := range sp.Events {
					if strings.HasPrefix(e.Name, "gen_ai.content.prompt") || e.Name == "gen_ai.content.completion" || e.Name == "gen_ai.client.inference.operation.details" {
						continue
					}
					evs = append(evs, e)
				}
				sp.Events = evs
			}
		}
	}
}

func benchDecode(b *testing.B, withContent bool) {
	in, spans := benchInput(b, withContent)
	d := testDecoder()
	// As in the pipeline: the spans are used, then the decoder reuses
	// their memory (Processor.Batch resets after marshalling).
	var spanBuf []*llmobsv1.Span
	decodeOnce := func(raw []byte) {
		res := TraceResult{Spans: spanBuf[:0]}
		_ = d.DecodeTraces(raw, "bench", &res)
		spanBuf = res.Spans
		d.Reset()
	}
	var bytes int
	for _, r := range in {
		bytes += len(r)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range in {
			res := TraceResult{Spans: spanBuf[:0]}
			if err := d.DecodeTraces(raw, "bench", &res); err != nil {
				b.Fatal(err)
			}
			spanBuf = res.Spans
			d.Reset()
		}
	}
	b.ReportMetric(float64(spans*b.N)/b.Elapsed().Seconds(), "spans/s")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, raw := range in {
			decodeOnce(raw)
		}
	}))/float64(spans), "allocs/span")
}

func BenchmarkPdataUnmarshal(b *testing.B) {
	b.Run("metadata", func(b *testing.B) { benchPdata(b, false) })
	b.Run("with_content", func(b *testing.B) { benchPdata(b, true) })
}

func benchPdata(b *testing.B, withContent bool) {
	in, spans := benchInput(b, withContent)
	u := &ptrace.ProtoUnmarshaler{}
	decodeOnce := func(raw []byte) { _, _ = u.UnmarshalTraces(raw) }
	var bytes int
	for _, r := range in {
		bytes += len(r)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range in {
			if _, err := u.UnmarshalTraces(raw); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(spans*b.N)/b.Elapsed().Seconds(), "spans/s")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, raw := range in {
			decodeOnce(raw)
		}
	}))/float64(spans), "allocs/span")
}
