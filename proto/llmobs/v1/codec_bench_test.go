package llmobsv1

import (
	"fmt"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
)

// batch is an llmobs.enriched record as the enricher writes it: 100 model
// spans with redacted prompt and completion text, GPU attribution and cost.
func batch() *EnrichedSpanBatch {
	b := &EnrichedSpanBatch{}
	for i := range 100 {
		b.Spans = append(b.Spans, &EnrichedSpan{
			Span: &Span{
				TraceId: make([]byte, 16), SpanId: make([]byte, 8), Name: "chat gpt-4o",
				StartTimeUnixNano: uint64(i) * 1e9, EndTimeUnixNano: uint64(i)*1e9 + 8e8, Weight: 1,
				Class:      SpanClass_SPAN_CLASS_LLM,
				Resource:   &Resource{ServiceName: "chat-api", HostName: "gpu-node-1", K8SPodName: fmt.Sprintf("chat-api-%d", i%4)},
				Attributes: []*KeyValue{{Key: "http.route", Value: "/v1/chat"}, {Key: "tenant.id", Value: "acme"}},
				GenAi: &GenAI{Operation: "chat", Provider: "openai", RequestModel: "gpt-4o", ResponseModel: "gpt-4o-2024-08-06",
					InputTokens: 812, OutputTokens: 240, TotalTokens: 1052, UserId: "u-42", TenantId: "acme",
					InputMessages:  []*Message{{Role: "user", Content: strings.Repeat("Why has my refund not arrived yet? ", 12)}},
					OutputMessages: []*Message{{Role: "assistant", Content: strings.Repeat("Refunds take 5 to 7 business days. ", 20), FinishReason: "stop"}}},
			},
			Cost: &Cost{Input: 0.002, Output: 0.0024, Total: 0.0044},
			Gpu:  &GPUAttribution{Samples: 3, HostName: "gpu-node-1", GpuUuid: "GPU-1", GpuSeconds: 0.8, EnergyJoules: 240},
		})
	}
	return b
}

func BenchmarkEnrichedBatchUnmarshal(b *testing.B) {
	v, _ := proto.Marshal(batch())
	b.Run("proto", func(b *testing.B) {
		b.SetBytes(int64(len(v)))
		b.ReportAllocs()
		for b.Loop() {
			var m EnrichedSpanBatch
			if err := proto.Unmarshal(v, &m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("vt", func(b *testing.B) {
		b.SetBytes(int64(len(v)))
		b.ReportAllocs()
		for b.Loop() {
			var m EnrichedSpanBatch
			if err := m.UnmarshalVT(v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("vt-unsafe", func(b *testing.B) {
		b.SetBytes(int64(len(v)))
		b.ReportAllocs()
		for b.Loop() {
			var m EnrichedSpanBatch
			if err := m.UnmarshalVTUnsafe(v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEnrichedBatchMarshal(b *testing.B) {
	m := batch()
	b.Run("proto", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := proto.Marshal(m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("vt", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := m.MarshalVT(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// The generated code and the reflection-based codec agree byte for byte.
func TestVTMatchesProto(t *testing.T) {
	m := batch()
	a, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	v, err := m.MarshalVT()
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != string(v) {
		t.Fatalf("MarshalVT differs from proto.Marshal (%d vs %d bytes)", len(v), len(a))
	}
	var back EnrichedSpanBatch
	if err := back.UnmarshalVT(v); err != nil || !proto.Equal(&back, m) {
		t.Fatalf("UnmarshalVT round trip: %v, equal %v", err, proto.Equal(&back, m))
	}
}
