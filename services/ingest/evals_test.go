package ingest

import (
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	logspb "go.opentelemetry.io/proto/otlp/logs/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func sattr(k, v string) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: v}}}
}
func dattr(k string, v float64) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_DoubleValue{DoubleValue: v}}}
}
func battr(k string, v bool) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_BoolValue{BoolValue: v}}}
}

var (
	evTrace = []byte("0123456789abcdef")
	evSpan  = []byte("span0001")
)

func evalTraces(spans ...*tracepb.Span) []byte {
	b, _ := proto.Marshal(&coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{
		Resource:   &resourcepb.Resource{Attributes: []*commonpb.KeyValue{sattr("service.name", "chat-api")}},
		ScopeSpans: []*tracepb.ScopeSpans{{Spans: spans}},
	}}})
	return b
}

// gen_ai.evaluation.result span events on a model span become its
// evaluations; bad ones are counted by outcome and flag the span, which
// is kept.
func TestEvaluationSpanEvents(t *testing.T) {
	p, m := newTestProcessor(t)
	end := uint64(time.Now().UnixNano())
	llm := &tracepb.Span{TraceId: evTrace, SpanId: evSpan, Name: "chat gpt-4o", StartTimeUnixNano: end - 1e9, EndTimeUnixNano: end,
		Attributes: []*commonpb.KeyValue{sattr("gen_ai.operation.name", "chat"), sattr("gen_ai.request.model", "gpt-4o")},
		Events: []*tracepb.Span_Event{
			{Name: EvalEventName, TimeUnixNano: end + 5, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "relevance"), dattr("gen_ai.evaluation.score.value", 0.25), sattr("gen_ai.evaluation.score.label", "not_relevant"), sattr("gen_ai.evaluation.explanation", "off topic")}},
			{Name: EvalEventName, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "tone"), sattr("gen_ai.evaluation.score.label", "polite")}},
			{Name: EvalEventName, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "x"), sattr("gen_ai.evaluation.score.value", "high")}},
			{Name: EvalEventName, Attributes: []*commonpb.KeyValue{dattr("gen_ai.evaluation.score.value", 1)}},
			{Name: EvalEventName, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "y")}},
			{Name: EvalEventName, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "z"), battr("gen_ai.evaluation.score.value", true)}},
		}}
	res := p.Process(SignalTraces, EncodingProto, evalTraces(llm), "kafka", nil)
	if len(res.SpanList) != 1 {
		t.Fatalf("%d spans", len(res.SpanList))
	}
	sp := res.SpanList[0]
	if sp.Class != llmobsv1.SpanClass_SPAN_CLASS_LLM || len(sp.Evaluations) != 2 {
		t.Fatalf("class %v, evaluations %v", sp.Class, sp.Evaluations)
	}
	e := sp.Evaluations[0]
	if e.Name != "relevance" || !e.HasScore || e.Score != 0.25 || e.Label != "not_relevant" || e.Explanation != "off topic" || e.TimeUnixNano != end+5 || len(e.SpanId) != 0 {
		t.Errorf("evaluation %v", e)
	}
	if e := sp.Evaluations[1]; e.Name != "tone" || e.HasScore || e.Label != "polite" {
		t.Errorf("label-only evaluation %v", e)
	}
	if !hasFlag(sp, FlagInvalidEvaluation) {
		t.Errorf("flags %v", sp.Flags)
	}
	for outcome, want := range map[string]float64{EvalOK: 2, EvalInvalidScore: 2, EvalMissingName: 1, EvalMissingScore: 1} {
		if got := testutil.ToFloat64(m.evals.WithLabelValues(outcome)); got != want {
			t.Errorf("outcome %s: %v, want %v", outcome, got, want)
		}
	}
}

func hasFlag(sp *llmobsv1.Span, f string) bool {
	for _, x := range sp.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// A span that carries feedback attributes itself is an evaluation span
// about its parent.
func TestFeedbackSpan(t *testing.T) {
	p, _ := newTestProcessor(t)
	end := uint64(time.Now().UnixNano())
	fb := &tracepb.Span{TraceId: evTrace, SpanId: []byte("span0002"), ParentSpanId: evSpan, Name: "user feedback", StartTimeUnixNano: end, EndTimeUnixNano: end,
		Attributes: []*commonpb.KeyValue{battr("feedback.score", false), sattr("feedback.comment", "wrong answer")}}
	res := p.Process(SignalTraces, EncodingProto, evalTraces(fb), "kafka", nil)
	sp := res.SpanList[0]
	if sp.Class != llmobsv1.SpanClass_SPAN_CLASS_EVALUATION || len(sp.Evaluations) != 1 {
		t.Fatalf("class %v, evaluations %v", sp.Class, sp.Evaluations)
	}
	if e := sp.Evaluations[0]; e.Name != "user_feedback" || !e.Feedback || !e.HasScore || e.Score != 0 || string(e.SpanId) != string(evSpan) || e.Explanation != "wrong answer" {
		t.Errorf("feedback %v", e)
	}
}

// Log records of evaluations and feedback become evaluation spans on
// llmobs.spans, partitioned by their trace; a refused one goes to the DLQ,
// counted.
func TestEvaluationLogRecords(t *testing.T) {
	p, m := newTestProcessor(t)
	ts := uint64(time.Now().UnixNano())
	req := &collogspb.ExportLogsServiceRequest{ResourceLogs: []*logspb.ResourceLogs{{
		Resource: &resourcepb.Resource{Attributes: []*commonpb.KeyValue{sattr("service.name", "evaluator")}},
		ScopeLogs: []*logspb.ScopeLogs{{LogRecords: []*logspb.LogRecord{
			{EventName: EvalEventName, TraceId: evTrace, SpanId: evSpan, TimeUnixNano: ts, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "faithfulness"), dattr("gen_ai.evaluation.score.value", 0.9), sattr("gen_ai.response.id", "chatcmpl-1")}},
			{TraceId: evTrace, TimeUnixNano: ts, Attributes: []*commonpb.KeyValue{sattr("event.name", "user_feedback"), dattr("feedback.score", 1)}},
			{EventName: EvalEventName, TraceId: evTrace, TimeUnixNano: ts, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "faithfulness")}},
			{EventName: EvalEventName, TimeUnixNano: ts, Attributes: []*commonpb.KeyValue{sattr("gen_ai.evaluation.name", "faithfulness"), dattr("gen_ai.evaluation.score.value", 1)}},
			{TraceId: evTrace, TimeUnixNano: ts, Body: &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: "an ordinary line"}}},
		}}},
	}}}
	b, _ := proto.Marshal(req)
	res := p.Process(SignalLogs, EncodingProto, b, "kafka", nil)
	if len(res.SpanList) != 2 {
		t.Fatalf("%d evaluation spans, want 2", len(res.SpanList))
	}
	ev := res.SpanList[0]
	if ev.Class != llmobsv1.SpanClass_SPAN_CLASS_EVALUATION || string(ev.TraceId) != string(evTrace) || len(ev.SpanId) != 8 || ev.Resource.GetServiceName() != "evaluator" {
		t.Errorf("span %v", ev)
	}
	if e := ev.Evaluations[0]; e.Name != "faithfulness" || e.Score != 0.9 || string(e.SpanId) != string(evSpan) || e.ResponseId != "chatcmpl-1" {
		t.Errorf("evaluation %v", e)
	}
	if e := res.SpanList[1].Evaluations[0]; e.Name != "user_feedback" || !e.Feedback || e.Score != 1 || len(e.SpanId) != 0 {
		t.Errorf("feedback %v", e)
	}
	if len(res.Records) != 1 || res.Rejected != 2 {
		t.Errorf("%d DLQ records, %d rejected; want the request once, 2 refused", len(res.Records), res.Rejected)
	}
	for outcome, want := range map[string]float64{EvalOK: 2, EvalMissingScore: 1, ReasonZeroTraceID: 1} {
		if got := testutil.ToFloat64(m.evals.WithLabelValues(outcome)); got != want {
			t.Errorf("outcome %s: %v, want %v", outcome, got, want)
		}
	}
	// Same record, same span ID (a replay does not duplicate).
	res2 := p.Process(SignalLogs, EncodingProto, b, "kafka", nil)
	if string(res2.SpanList[0].SpanId) != string(ev.SpanId) {
		t.Error("span ID not stable")
	}
}
