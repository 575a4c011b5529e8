package aggregator

import (
	"errors"
	"slices"
	"testing"
	"unsafe"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/llmobs/llmobs/pkg/protocheck"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// stripped is what enrichedDecoder leaves out of a full decode.
func stripped(b *llmobsv1.EnrichedSpanBatch) *llmobsv1.EnrichedSpanBatch {
	for _, es := range b.Spans {
		es.Redaction = nil
		if c := es.Cost; c != nil {
			c.PriceTier, c.PriceSource = "", ""
		}
		s := es.Span
		if s == nil {
			continue
		}
		s.Attributes, s.ScopeName, s.ScopeVersion, s.Source = nil, "", "", ""
		if s.Resource != nil {
			s.Resource = &llmobsv1.Resource{ServiceName: s.Resource.ServiceName}
		}
		if g := s.GenAi; g != nil {
			g.FinishReasons, g.Temperature, g.TopP, g.MaxTokens, g.SystemInstructions, g.ConversationId = nil, nil, nil, nil, "", ""
			for _, m := range slices.Concat(g.InputMessages, g.OutputMessages) {
				m.Role, m.FinishReason = "", ""
			}
		}
	}
	noUnknown(b.ProtoReflect())
	return b
}

func noUnknown(m protoreflect.Message) {
	m.SetUnknown(nil)
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.Message() == nil || fd.IsMap():
		case fd.IsList():
			for i := range v.List().Len() {
				noUnknown(v.List().Get(i).Message())
			}
		default:
			noUnknown(v.Message())
		}
		return true
	})
}

// sameDecode: where enrichedDecoder decodes v on its own, UnmarshalVT does
// too, to the same messages less the fields it skips; where UnmarshalVT
// fails, so does it.
func sameDecode(t *testing.T, v []byte) {
	t.Helper()
	var full llmobsv1.EnrichedSpanBatch
	errFullDecode := full.UnmarshalVT(v)
	var d enrichedDecoder
	got, err := d.batch(v)
	if err != nil {
		return // decode falls back to UnmarshalVT
	}
	if errFullDecode != nil {
		t.Fatalf("enrichedDecoder took a record UnmarshalVT refuses (%v)", errFullDecode)
	}
	noUnknown(got.ProtoReflect())
	if want := stripped(&full); !proto.Equal(got, want) {
		t.Fatalf("decoded differently:\n got %v\nwant %v", got, want)
	}
	// What decode returns either way — or, for a label that is not UTF-8
	// (which neither decoder checks), its refusal.
	b, err := d.decode(v)
	if br := (*badRecord)(nil); errors.As(err, &br) && br.reason == "invalid_utf8" && protocheck.UTF8(&full) != nil {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	noUnknown(b.ProtoReflect())
	if !proto.Equal(b, got) {
		t.Fatal("decode differs from batch")
	}
}

// fullSpan sets every field the schema has, with unknown fields too.
func fullSpanRecord() []byte {
	ttft, mt, temp, topP := int64(120e6), int64(512), 0.7, 0.9
	sp := &llmobsv1.Span{TraceId: []byte("0123456789abcdef"), SpanId: []byte("spanid01"), ParentSpanId: []byte("parent01"), Name: "chat gpt-4o",
		Kind: llmobsv1.SpanKind_SPAN_KIND_CLIENT, StatusCode: llmobsv1.StatusCode_STATUS_CODE_ERROR, StatusMessage: "rate limited",
		StartTimeUnixNano: 1e18, EndTimeUnixNano: 1e18 + 5e8,
		Resource:  &llmobsv1.Resource{ServiceName: "chat-api", ServiceVersion: "1.2", ServiceNamespace: "ns", DeploymentEnvironment: "prod", HostName: "h", K8SNamespace: "k", K8SPodName: "p", K8SContainerName: "c", K8SNodeName: "n", GpuId: "g", CloudRegion: "r"},
		ScopeName: "openai", ScopeVersion: "1", Class: llmobsv1.SpanClass_SPAN_CLASS_LLM,
		GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: "gpt-4o", ResponseModel: "gpt-4o-2024", ResponseId: "chatcmpl-1",
			InputTokens: 10, OutputTokens: 20, CacheReadInputTokens: 1, CacheCreationInputTokens: 2, ReasoningOutputTokens: 3, TotalTokens: 30,
			TtftNanos: &ttft, Streaming: true, Temperature: &temp, TopP: &topP, MaxTokens: &mt, FinishReasons: []string{"stop"},
			InputMessages:      []*llmobsv1.Message{{Role: "system", Content: "be brief"}, {Role: "user", Content: "hi"}, {}},
			OutputMessages:     []*llmobsv1.Message{{Role: "assistant", Content: "hello", FinishReason: "stop"}},
			SystemInstructions: "sys", ConversationId: "conv", UserId: "u1", TenantId: "acme"},
		ErrorType: "429", HttpStatusCode: 429, Attributes: []*llmobsv1.KeyValue{{Key: "a", Value: "b"}, {Key: "c"}}, DroppedAttributesCount: 2,
		Flags: []string{"pii_in_output", "", "prompt_injection"}, Weight: 2.5, SamplingLevel: 1, BodiesDropped: true, IngestTimeUnixNano: 7, Source: "otlp",
		Evaluations: []*llmobsv1.Evaluation{{Name: "relevance", HasScore: true, Score: 0.4, Label: "ok", Explanation: "x", TimeUnixNano: 9, SpanId: []byte("spanid01"), ResponseId: "r", Feedback: true}}}
	es := &llmobsv1.EnrichedSpan{Span: sp, Gpu: &llmobsv1.GPUAttribution{Method: llmobsv1.JoinMethod(1), Samples: 3, HostName: "h", GpuUuid: "u", GpuModel: "m", UtilMeanPercent: 50, UtilMaxPercent: 90, MemUsedMaxMib: 1, PowerMeanWatts: 2, EnergyJoules: 3, GpuSeconds: 4, Gpus: 1},
		Cost:      &llmobsv1.Cost{Input: 1, Output: 2, CacheRead: 3, CacheWrite: 4, Reasoning: 5, Gpu: 6, Total: 21, PriceModel: "gpt-4o", PriceTier: "std", UnknownModel: true, PriceSource: "table"},
		Redaction: &llmobsv1.Redaction{Mode: "redact", Counts: []*llmobsv1.RedactionCount{{Type: "EMAIL", Count: 2}}}, EnrichTimeUnixNano: 8}
	b := &llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{es, {}, {Span: &llmobsv1.Span{}}}, SourcePartitions: 3,
		Watermarks: []*llmobsv1.SourceWatermark{{Partition: 1, WatermarkUnixMs: 5}},
		Summaries:  []*llmobsv1.SeriesSummary{{Series: &llmobsv1.SeriesKey{Service: "s"}, BucketStartUnixMs: 10, BucketLengthMs: 10}}}
	v, err := proto.Marshal(b)
	if err != nil {
		panic(err)
	}
	// An unknown field in the batch, and a span given twice (merged).
	v = protowire.AppendTag(v, 99, protowire.VarintType)
	v = protowire.AppendVarint(v, 1)
	more, _ := proto.Marshal(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Name: "again", Flags: []string{"x"}, GenAi: &llmobsv1.GenAI{InputMessages: []*llmobsv1.Message{{Content: "more"}}}}})
	es1, _ := proto.Marshal(es)
	v = protowire.AppendTag(v, 1, protowire.BytesType)
	v = protowire.AppendBytes(v, append(es1, more...))
	return v
}

func TestDecodeEnriched(t *testing.T) {
	recs, _ := loadSample(t)
	for _, v := range append(recs, fullSpanRecord(), seedEnriched(), seedSummaries(), seedWatermark(5), nil, []byte{0x0a, 0x00}) {
		var d enrichedDecoder
		if _, err := d.batch(v); err != nil {
			t.Fatalf("a valid record needed UnmarshalVT: %v", err)
		}
		sameDecode(t, v)
	}
	// Every prefix of a full record: truncated fields fail as UnmarshalVT fails.
	v := fullSpanRecord()
	for n := range len(v) {
		sameDecode(t, v[:n])
	}
	// Strings of few values are one copy.
	var d enrichedDecoder
	b1, _ := d.decode(v)
	b2, _ := d.decode(v)
	s1, s2 := b1.Spans[0].Span.GetResource().GetServiceName(), b2.Spans[0].Span.GetResource().GetServiceName()
	if s1 != "chat-api" || unsafeData(s1) != unsafeData(s2) {
		t.Fatal("service name not interned")
	}
}

func FuzzDecodeEnriched(f *testing.F) {
	for _, v := range [][]byte{fullSpanRecord(), seedEnriched(), seedSummaries(), seedWatermark(5)} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v []byte) { sameDecode(t, v) })
}

// TestDecodeEnrichedFields: enrichedDecoder knows every field of the
// messages it decodes itself. A new field fails here: decode it in
// decode.go (or skip it there, when the aggregator does not read it).
func TestDecodeEnrichedFields(t *testing.T) {
	known := map[proto.Message][]protowire.Number{
		&llmobsv1.EnrichedSpanBatch{}: {1, 2, 3, 4},
		&llmobsv1.EnrichedSpan{}:      {1, 2, 3, 4, 5},
		&llmobsv1.Span{}:              {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25},
		&llmobsv1.Resource{}:          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
		&llmobsv1.GenAI{}:             {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23},
		&llmobsv1.Message{}:           {1, 2, 3},
		&llmobsv1.Cost{}:              {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
		&llmobsv1.GPUAttribution{}:    {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
		&llmobsv1.KeyValue{}:          {1, 2},
		&llmobsv1.Redaction{}:         {1, 2},
		&llmobsv1.RedactionCount{}:    {1, 2},
	}
	for m, want := range known {
		fs := m.ProtoReflect().Descriptor().Fields()
		var got []protowire.Number
		for i := range fs.Len() {
			got = append(got, fs.Get(i).Number())
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s has fields %v; enrichedDecoder (decode.go) knows %v", m.ProtoReflect().Descriptor().FullName(), got, want)
		}
	}
}

func unsafeData(s string) *byte { return unsafe.StringData(s) }

// TestDecodeInvalidUTF8Label: sameDecode's fuzz target takes the refusal
// of a record whose label is not UTF-8 (the seed reaches that branch).
func TestDecodeInvalidUTF8Label(t *testing.T) {
	b := &llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{{Span: &llmobsv1.Span{
		TraceId: []byte{1}, SpanId: []byte{2}, Resource: &llmobsv1.Resource{ServiceName: "a\xff"}}}}}
	v, err := b.MarshalVT()
	if err != nil {
		t.Fatal(err)
	}
	var d enrichedDecoder
	if _, err := d.decode(v); err == nil {
		t.Fatal("a service name that is not UTF-8 was decoded")
	}
	sameDecode(t, v)
}
