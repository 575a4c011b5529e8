package ingest

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	logspb "go.opentelemetry.io/proto/otlp/logs/v1"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Evaluations and user feedback (issue 21, point 4). Ingest reads them in
// three shapes and forwards them on llmobs.spans (Span.evaluations):
//
//   - span events named gen_ai.evaluation.result (OTel GenAI semantic
//     conventions: gen_ai.evaluation.name, .score.value, .score.label,
//     .explanation, gen_ai.response.id) on a span: about that span's call
//     when it is a model call, else about the trace's latest call;
//   - a span whose own attributes carry them (an evaluator's span, or a
//     feedback span: feedback.score / user_feedback.score, .label,
//     .comment): class SPAN_CLASS_EVALUATION, about the span it is
//     parented to;
//   - an OTel log record with event name gen_ai.evaluation.result (or
//     user_feedback), or with those attributes, carrying the trace id:
//     turned into a SPAN_CLASS_EVALUATION span about the span the record is
//     parented to (else the trace's latest call).
//
// The aggregator joins the last two to the call by trace ID.

// Evaluation outcomes (llmobs_ingest_evaluations_total{outcome}).
const (
	EvalOK           = "ok"
	EvalMissingName  = "missing_name"  // no gen_ai.evaluation.name (feedback defaults to user_feedback)
	EvalInvalidScore = "invalid_score" // a score that is not a finite number
	EvalMissingScore = "missing_score" // neither a score nor a label
	EvalTooMany      = "too_many"      // beyond MaxEvalsPerSpan on one span
	// FlagInvalidEvaluation marks a span one of whose evaluations was
	// refused (the span itself is kept).
	FlagInvalidEvaluation = "invalid_evaluation"
	// ReasonInvalidEvaluation: a log record of an evaluation or feedback
	// that was refused (DLQ reason).
	ReasonInvalidEvaluation = "invalid_evaluation"
)

// MaxEvalsPerSpan bounds the evaluations one span carries.
const MaxEvalsPerSpan = 16

// EvalEventName is the OTel GenAI evaluation event.
const EvalEventName = "gen_ai.evaluation.result"

func isEvalEvent(name string) bool {
	switch name {
	case EvalEventName, "user_feedback", "gen_ai.user.feedback", "feedback":
		return true
	}
	return false
}

func isFeedbackEvent(name string) bool { return name != EvalEventName && isEvalEvent(name) }

// evalAttrs collects one evaluation's attributes.
type evalAttrs struct {
	name, label, explanation, responseID string
	score                                float64
	seen, hasScore, badScore, feedback   bool
}

// key reads one attribute whose value is given by the callbacks; false
// when the key is not an evaluation's.
func (e *evalAttrs) key(k string, s func() string, num func() (float64, bool, bool)) bool {
	switch k {
	case "gen_ai.evaluation.name":
		e.name = s()
	case "gen_ai.evaluation.score.value":
		e.setScore(num, false)
	case "feedback.score", "user_feedback.score", "gen_ai.feedback.score":
		e.feedback = true
		e.setScore(num, true)
	case "gen_ai.evaluation.score.label", "feedback.label", "user_feedback.label":
		e.label = s()
	case "gen_ai.evaluation.explanation", "feedback.comment", "user_feedback.comment":
		e.explanation = s()
	default:
		return false
	}
	e.seen = true
	return true
}

// setScore: num returns (value, numeric, isBool). A boolean is a score
// only for feedback (thumbs up 1, down 0).
func (e *evalAttrs) setScore(num func() (float64, bool, bool), feedback bool) {
	f, ok, isBool := num()
	if !ok || (isBool && !feedback) || math.IsNaN(f) || math.IsInf(f, 0) {
		e.badScore, e.hasScore = true, false
		return
	}
	e.score, e.hasScore, e.badScore = f, true, false
}

func (v anyValue) evalNum() (float64, bool, bool) {
	switch v.kind {
	case 2:
		if v.i != 0 {
			return 1, true, true
		}
		return 0, true, true
	case 3:
		return float64(v.i), true, false
	case 4:
		return v.f(), true, false
	case 1:
		f, err := strconv.ParseFloat(strings.TrimSpace(str(v.s)), 64)
		return f, err == nil, false
	}
	return 0, false, false
}

func pbNum(v *commonpb.AnyValue) (float64, bool, bool) {
	switch x := v.GetValue().(type) {
	case *commonpb.AnyValue_BoolValue:
		if x.BoolValue {
			return 1, true, true
		}
		return 0, true, true
	case *commonpb.AnyValue_IntValue:
		return float64(x.IntValue), true, false
	case *commonpb.AnyValue_DoubleValue:
		return x.DoubleValue, true, false
	case *commonpb.AnyValue_StringValue:
		f, err := strconv.ParseFloat(strings.TrimSpace(x.StringValue), 64)
		return f, err == nil, false
	}
	return 0, false, false
}

func pbString(v *commonpb.AnyValue) string {
	switch x := v.GetValue().(type) {
	case *commonpb.AnyValue_StringValue:
		return x.StringValue
	case *commonpb.AnyValue_IntValue:
		return strconv.FormatInt(x.IntValue, 10)
	case *commonpb.AnyValue_DoubleValue:
		return strconv.FormatFloat(x.DoubleValue, 'g', -1, 64)
	case *commonpb.AnyValue_BoolValue:
		return strconv.FormatBool(x.BoolValue)
	}
	return ""
}

// build makes the evaluation reported at t, or says why not.
func (e *evalAttrs) build(t uint64, maxBody int) (*llmobsv1.Evaluation, string) {
	if e.name == "" && e.feedback {
		e.name = "user_feedback"
	}
	switch {
	case e.name == "":
		return nil, EvalMissingName
	case e.badScore:
		return nil, EvalInvalidScore
	case !e.hasScore && e.label == "":
		return nil, EvalMissingScore
	}
	ev := &llmobsv1.Evaluation{Name: validUTF8String(truncateUTF8(e.name, 256)), HasScore: e.hasScore, Score: e.score,
		Label: validUTF8String(truncateUTF8(e.label, 256)), ResponseId: validUTF8String(truncateUTF8(e.responseID, 256)),
		TimeUnixNano: t, Feedback: e.feedback}
	ev.Explanation = e.explanation
	if maxBody > 0 && len(ev.Explanation) > maxBody {
		ev.Explanation = truncateUTF8(ev.Explanation, maxBody)
	}
	ev.Explanation = validUTF8String(ev.Explanation)
	return ev, EvalOK
}

func validUTF8String(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func (d *Decoder) countEval(outcome string) {
	if d.evalCounts == nil {
		d.evalCounts = map[string]int{}
	}
	d.evalCounts[outcome]++
}

// takeEvalCounts returns and clears the outcomes counted since the last call.
func (d *Decoder) takeEvalCounts() map[string]int {
	m := d.evalCounts
	d.evalCounts = nil
	return m
}

// addEval puts an evaluation on the span being normalised, or counts why
// not (the span is kept and flagged).
func (n *normalizer) addEval(ev *llmobsv1.Evaluation, outcome string) {
	if outcome == EvalOK && len(n.evals) >= MaxEvalsPerSpan {
		outcome = EvalTooMany
	}
	n.d.countEval(outcome)
	if outcome != EvalOK {
		n.badEval = true
		return
	}
	n.evals = append(n.evals, ev)
}

// eventEval reads a gen_ai.evaluation.result (or feedback) span event.
func (n *normalizer) eventEval(name string, t uint64, eachAttr func(fn func(key []byte, v anyValue))) {
	e := evalAttrs{feedback: isFeedbackEvent(name)}
	eachAttr(func(key []byte, v anyValue) {
		if !e.key(string(key), v.String, v.evalNum) && string(key) == "gen_ai.response.id" {
			e.responseID = v.String()
		}
	})
	n.addEval(e.build(t, n.d.Limits.MaxBodyBytes))
}

// finishEvals runs after the span's class is known: a span that carries
// evaluation attributes itself is about the span it is parented to.
func (n *normalizer) finishEvals() {
	sp := n.sp
	if n.spanEval.seen {
		ev, outcome := n.spanEval.build(sp.EndTimeUnixNano, n.d.Limits.MaxBodyBytes)
		if ev != nil && !isModelClass(sp.Class) {
			ev.SpanId = sp.ParentSpanId
			sp.Class = llmobsv1.SpanClass_SPAN_CLASS_EVALUATION
		}
		n.addEval(ev, outcome)
	}
	if len(n.evals) > 0 {
		sp.Evaluations = n.evals
	}
	if n.badEval {
		sp.Flags = append(sp.Flags, FlagInvalidEvaluation)
	}
}

func isModelClass(c llmobsv1.SpanClass) bool {
	return c == llmobsv1.SpanClass_SPAN_CLASS_LLM || c == llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING
}

// logEval turns a log record of an evaluation or feedback into a
// SPAN_CLASS_EVALUATION span. handled is false for other records.
func (d *Decoder) logEval(lr *logspb.LogRecord, res interface{ GetAttributes() []*commonpb.KeyValue }, source string, now time.Time, out *GPUResult) (handled bool) {
	name := lr.GetEventName()
	e := evalAttrs{}
	for _, kv := range lr.Attributes {
		v := kv.GetValue()
		if kv.Key == "event.name" && name == "" {
			name = v.GetStringValue()
			continue
		}
		if !e.key(kv.Key, func() string { return pbString(v) }, func() (float64, bool, bool) { return pbNum(v) }) && kv.Key == "gen_ai.response.id" {
			e.responseID = pbString(v)
		}
	}
	if !isEvalEvent(name) && !e.seen {
		return false
	}
	if isFeedbackEvent(name) {
		e.feedback = true
	}
	if len(lr.TraceId) != 16 || isZero(lr.TraceId) {
		d.countEval(ReasonZeroTraceID)
		out.reject(ReasonZeroTraceID)
		return true
	}
	ts := lr.TimeUnixNano
	if ts == 0 {
		ts = lr.ObservedTimeUnixNano
	}
	if ts == 0 || !d.timeOK(ts, now) {
		d.countEval(ReasonClockSkew)
		out.reject(ReasonClockSkew)
		return true
	}
	ev, outcome := e.build(ts, d.Limits.MaxBodyBytes)
	d.countEval(outcome)
	if ev == nil {
		out.reject(ReasonInvalidEvaluation)
		return true
	}
	if len(lr.SpanId) == 8 && !isZero(lr.SpanId) {
		ev.SpanId = lr.SpanId
	}
	if name == "" {
		name = EvalEventName
		if e.feedback {
			name = "user_feedback"
		}
	}
	attrs := res.GetAttributes()
	sp := &llmobsv1.Span{
		TraceId: lr.TraceId, SpanId: syntheticSpanID(lr), ParentSpanId: ev.SpanId, Name: validUTF8String(truncateUTF8(name, 256)),
		Kind: llmobsv1.SpanKind_SPAN_KIND_INTERNAL, StartTimeUnixNano: ts, EndTimeUnixNano: ts,
		Resource: &llmobsv1.Resource{ServiceName: validUTF8String(kvString(attrs, "service.name")), HostName: validUTF8String(kvString(attrs, "host.name"))},
		Class:    llmobsv1.SpanClass_SPAN_CLASS_EVALUATION, Weight: 1, Source: source, IngestTimeUnixNano: uint64(now.UnixNano()),
		Evaluations: []*llmobsv1.Evaluation{ev},
	}
	if t := kvString(lr.Attributes, "tenant.id", "gen_ai.tenant.id", "organization.id"); t != "" {
		sp.GenAi = &llmobsv1.GenAI{TenantId: validUTF8String(t)}
	}
	out.Spans = append(out.Spans, sp)
	return true
}

// syntheticSpanID gives a log record's evaluation span a stable,
// non-zero ID (a replayed record gets the same one).
func syntheticSpanID(lr *logspb.LogRecord) []byte {
	h := fnv.New64a()
	h.Write(lr.TraceId)
	h.Write(lr.SpanId)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], lr.TimeUnixNano^lr.ObservedTimeUnixNano)
	h.Write(b[:])
	for _, kv := range lr.Attributes {
		h.Write([]byte(kv.Key))
		h.Write([]byte(pbString(kv.GetValue())))
	}
	id := h.Sum64()
	if id == 0 {
		id = 1
	}
	binary.BigEndian.PutUint64(b[:], id)
	return b[:]
}
