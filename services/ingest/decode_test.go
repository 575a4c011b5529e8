package ingest

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"

	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/loadgen"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

var testStart = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

func loadgenTraces(t testing.TB, seconds int) []*coltracepb.ExportTraceServiceRequest {
	cfg := loadgen.DefaultConfig()
	cfg.Duration = time.Duration(seconds) * time.Second
	cfg.Start = testStart
	cfg.MaxSpeed = true
	traces, _, _, _, err := loadgen.GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return traces
}

func testDecoder() *Decoder {
	return &Decoder{Limits: DefaultLimits(), Now: func() time.Time { return testStart.Add(time.Minute) }}
}

func attrOf(kvs []*commonpb.KeyValue, keys ...string) (*commonpb.AnyValue, bool) {
	for _, k := range keys {
		for _, kv := range kvs {
			if kv.Key == k {
				return kv.Value, true
			}
		}
	}
	return nil, false
}

// The hand-written decoder agrees with the generated OTLP types on every
// span of a realistic workload: identity, timing, status, and the GenAI
// fields whichever naming generation carried them.
func TestDecoderMatchesReference(t *testing.T) {
	d := testDecoder()
	var total int
	for _, req := range loadgenTraces(t, 20) {
		raw, err := proto.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		var res TraceResult
		if err := d.DecodeTraces(raw, "test", &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Rejected) != 0 {
			t.Fatalf("rejected: %+v", res.Rejected[0].Reason)
		}
		byID := map[string]*llmobsv1.Span{}
		for _, s := range res.Spans {
			byID[hex.EncodeToString(s.SpanId)] = s
		}
		for _, rs := range req.ResourceSpans {
			svc, _ := attrOf(rs.Resource.Attributes, "service.name")
			for _, ss := range rs.ScopeSpans {
				for _, ref := range ss.Spans {
					total++
					got := byID[hex.EncodeToString(ref.SpanId)]
					if got == nil {
						t.Fatalf("span %x missing", ref.SpanId)
					}
					if !bytes.Equal(got.TraceId, ref.TraceId) || got.Name != ref.Name || got.StartTimeUnixNano != ref.StartTimeUnixNano ||
						got.EndTimeUnixNano != ref.EndTimeUnixNano || int(got.StatusCode) != int(ref.Status.GetCode()) || int(got.Kind) != int(ref.Kind) ||
						got.Resource.ServiceName != svc.GetStringValue() {
						t.Fatalf("span differs:\n got %v\n ref %v", got, ref)
					}
					checkGenAI(t, ref, got)
				}
			}
		}
	}
	if total < 1000 {
		t.Fatalf("only %d spans checked", total)
	}
}

func checkGenAI(t *testing.T, ref *tracepb.Span, got *llmobsv1.Span) {
	t.Helper()
	if !strings.HasPrefix(ref.Name, "chat ") {
		return
	}
	if got.Class != llmobsv1.SpanClass_SPAN_CLASS_LLM {
		t.Fatalf("%s: class %v, want LLM", ref.Name, got.Class)
	}
	g := got.GenAi
	if g.RequestModel != strings.TrimPrefix(ref.Name, "chat ") || g.Provider == "" || g.Operation != "chat" {
		t.Fatalf("genai identity wrong: %v", g)
	}
	if v, ok := attrOf(ref.Attributes, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"); ok && v.GetIntValue() != g.InputTokens {
		t.Fatalf("input tokens %d, want %d", g.InputTokens, v.GetIntValue())
	}
	if v, ok := attrOf(ref.Attributes, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"); ok && v.GetIntValue() != g.OutputTokens {
		t.Fatalf("output tokens %d, want %d", g.OutputTokens, v.GetIntValue())
	}
	if v, ok := attrOf(ref.Attributes, "gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens"); ok && v.GetIntValue() != g.CacheReadInputTokens {
		t.Fatalf("cache read %d, want %d", g.CacheReadInputTokens, v.GetIntValue())
	}
	// Every generation carries the user's prompt somewhere: it must land in
	// input messages.
	var user string
	for _, m := range g.InputMessages {
		if m.Role == "user" {
			user = m.Content
		}
	}
	if user == "" {
		t.Fatalf("%s: no user prompt found in %v (attrs %v, events %v)", ref.Name, g.InputMessages, ref.Attributes, ref.Events)
	}
	if ref.Status.GetCode() != tracepb.Status_STATUS_CODE_ERROR {
		if len(g.OutputMessages) == 0 || g.OutputMessages[0].Content == "" {
			t.Fatalf("%s: no completion: %v", ref.Name, ref)
		}
		streamed := false
		for _, e := range ref.Events {
			if strings.HasSuffix(e.Name, "completion.chunk") {
				streamed = true
			}
		}
		if v, ok := attrOf(ref.Attributes, "gen_ai.response.time_to_first_chunk"); ok {
			want := int64(v.GetDoubleValue() * 1e9)
			if g.TtftNanos == nil || abs(*g.TtftNanos-want) > 1000 {
				t.Fatalf("ttft %v, want %d", g.TtftNanos, want)
			}
		} else if streamed && g.TtftNanos == nil {
			t.Fatalf("ttft from first-chunk event missing")
		}
	} else if got.ErrorType == "" {
		t.Fatalf("error span without error type")
	}
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

var _ = fmt.Sprint

func loadgenAll(t testing.TB) (traces []*coltracepb.ExportTraceServiceRequest, metrics []*colmetricspb.ExportMetricsServiceRequest, logs []*collogspb.ExportLogsServiceRequest) {
	cfg := loadgen.DefaultConfig()
	cfg.Duration = 20 * time.Second
	cfg.Start = time.Now().Add(-time.Minute)
	traces, metrics, logs, _, err := loadgen.GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return traces, metrics, logs
}
