package ingest

import (
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protowire"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Limits bound what one span may carry.
type Limits struct {
	// MaxAttributes is how many non-GenAI attributes a span keeps; the
	// rest are counted in dropped_attributes_count.
	MaxAttributes int `yaml:"max_attributes"`
	// MaxAttributeBytes truncates other attribute values.
	MaxAttributeBytes int `yaml:"max_attribute_bytes"`
	// MaxBodyBytes truncates each prompt / completion message.
	MaxBodyBytes int `yaml:"max_body_bytes"`
	// MaxFutureSkew rejects spans ending further in the future than this.
	MaxFutureSkew time.Duration `yaml:"max_future_skew"`
	// MaxAge rejects spans that ended longer ago than this (0 = no limit).
	MaxAge time.Duration `yaml:"max_age"`
}

// DefaultLimits are generous for real prompts and strict for garbage.
func DefaultLimits() Limits {
	return Limits{MaxAttributes: 64, MaxAttributeBytes: 4 << 10, MaxBodyBytes: 64 << 10, MaxFutureSkew: time.Hour, MaxAge: 7 * 24 * time.Hour}
}

// Reasons a span or a record is rejected (DLQ header llmobs-dlq-reason)
// or repaired (flags on the span).
const (
	ReasonDecode            = "decode_error"
	ReasonWrongEncoding     = "wrong_encoding"
	ReasonInvalidUTF8       = "invalid_utf8"
	ReasonClockSkew         = "clock_skew"
	ReasonInvalidTimestamp  = "invalid_timestamp"
	ReasonZeroTraceID       = "zero_trace_id"
	ReasonOversizeAttribute = "oversize_attribute"
	ReasonUnknownMetricType = "unknown_metric_type"
	ReasonOverloaded        = "overloaded"
)

// Rejected is a span ingest refused, re-wrapped as a valid OTLP
// ExportTraceServiceRequest holding just that span (with its resource and
// scope), so the DLQ can be replayed.
type Rejected struct {
	Reason string
	Detail string
	OTLP   []byte
}

// TraceResult is what one OTLP trace request became.
type TraceResult struct {
	Spans    []*llmobsv1.Span
	Rejected []Rejected
	// Repaired counts spans kept after a fix, per reason.
	Repaired map[string]int
}

func (r *TraceResult) repaired(reason string) {
	if r.Repaired == nil {
		r.Repaired = map[string]int{}
	}
	r.Repaired[reason]++
}

// Decoder turns OTLP trace bytes into normalised llmobs spans. It is not
// safe for concurrent use: the spans it returns live in its arena until
// Reset.
type Decoder struct {
	Limits Limits
	// Now is the wall clock for skew checks (time.Now when nil).
	Now func() time.Time

	evalCounts map[string]int // evaluation outcomes since takeEvalCounts

	a arena
}

// Reset takes back the memory of every span the decoder has returned, for
// the next requests. Call it once those spans have been marshalled and are
// no longer referenced; without Reset the decoder keeps allocating.
func (d *Decoder) Reset() { d.a.reset() }

func (d *Decoder) newKV(k, v string) *llmobsv1.KeyValue {
	kv := d.a.kvs.new()
	kv.Key, kv.Value = k, v
	return kv
}

func (d *Decoder) newSpan() *llmobsv1.Span { return d.a.spans.new() }

// valueString is v.String() with numbers formatted into the arena.
func (d *Decoder) valueString(v anyValue) string {
	switch v.kind {
	case 3:
		return d.a.text.formatInt(v.i)
	case 4:
		return d.a.text.formatFloat(v.f())
	}
	return v.String()
}

// DecodeTraces decodes an ExportTraceServiceRequest. On a parse error
// nothing of the request is returned: the caller sends the whole record to
// the DLQ, so replaying it cannot duplicate spans.
//
// The returned spans alias b (strings are not copied): b must stay
// unmodified until the spans have been marshalled.
func (d *Decoder) DecodeTraces(b []byte, source string, out *TraceResult) error {
	now := time.Now()
	if d.Now != nil {
		now = d.Now()
	}
	start := len(out.Spans)
	r := reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num == 1 {
			d.resourceSpans(r.bytes(typ), source, now, out, &r)
		} else {
			r.skip(num, typ)
		}
	}
	if r.err != nil {
		out.Spans = out.Spans[:start]
		return r.err
	}
	return nil
}

func (d *Decoder) resourceSpans(b []byte, source string, now time.Time, out *TraceResult, parent *reader) {
	if parent.err != nil {
		return
	}
	// The resource first, wherever it is in the message.
	var res *llmobsv1.Resource
	var resRaw []byte
	r := reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num == 1 {
			resRaw = r.bytes(typ)
			res = d.parseResource(resRaw, &r)
		} else {
			r.skip(num, typ)
		}
	}
	if r.err != nil {
		parent.err = r.err
		return
	}
	if res == nil {
		res = d.a.res.new()
	}
	// The resource is shared by its spans: validate it once, not per span.
	resBad := sanitizeResource(res)
	r = reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num == 2 {
			d.scopeSpans(r.bytes(typ), res, resBad, resRaw, source, now, out, &r)
		} else {
			r.skip(num, typ)
		}
	}
	if r.err != nil {
		parent.err = r.err
	}
}

func (d *Decoder) scopeSpans(b []byte, res *llmobsv1.Resource, resBad bool, resRaw []byte, source string, now time.Time, out *TraceResult, parent *reader) {
	if parent.err != nil {
		return
	}
	var scopeName, scopeVersion string
	var scopeRaw []byte
	r := reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num == 1 {
			scopeRaw = r.bytes(typ)
			sr := reader{b: scopeRaw}
			for {
				n, t, ok := sr.next()
				if !ok {
					break
				}
				switch n {
				case 1:
					scopeName = str(sr.bytes(t))
				case 2:
					scopeVersion = str(sr.bytes(t))
				default:
					sr.skip(n, t)
				}
			}
			if sr.err != nil {
				r.err = sr.err
			}
		} else {
			r.skip(num, typ)
		}
	}
	if r.err != nil {
		parent.err = r.err
		return
	}
	inheritedBad := resBad
	if fixUTF8(&scopeName) {
		inheritedBad = true
	}
	if fixUTF8(&scopeVersion) {
		inheritedBad = true
	}
	r = reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num != 2 {
			r.skip(num, typ)
			continue
		}
		raw := r.bytes(typ)
		if r.err != nil {
			break
		}
		sp, reason, detail, err := d.span(raw, now)
		if err != nil {
			r.err = err
			break
		}
		if reason != "" {
			out.Rejected = append(out.Rejected, Rejected{Reason: reason, Detail: detail, OTLP: wrapSpan(resRaw, scopeRaw, raw)})
			continue
		}
		sp.Resource = res
		sp.ScopeName, sp.ScopeVersion = scopeName, scopeVersion
		sp.Source = source
		sp.IngestTimeUnixNano = uint64(now.UnixNano())
		if sanitize(sp, inheritedBad) {
			out.repaired(ReasonInvalidUTF8)
			out.Rejected = append(out.Rejected, Rejected{Reason: ReasonInvalidUTF8, Detail: "strings repaired; span kept", OTLP: wrapSpan(resRaw, scopeRaw, raw)})
		}
		for _, f := range sp.Flags {
			if f == ReasonOversizeAttribute {
				out.repaired(ReasonOversizeAttribute)
			}
		}
		out.Spans = append(out.Spans, sp)
	}
	if r.err != nil {
		parent.err = r.err
	}
}

// wrapSpan builds ExportTraceServiceRequest{resource_spans: [{resource,
// scope_spans: [{scope, spans: [span]}]}]} from raw sub-messages.
func wrapSpan(resRaw, scopeRaw, spanRaw []byte) []byte {
	var ss []byte
	if scopeRaw != nil {
		ss = protowire.AppendTag(ss, 1, protowire.BytesType)
		ss = protowire.AppendBytes(ss, scopeRaw)
	}
	ss = protowire.AppendTag(ss, 2, protowire.BytesType)
	ss = protowire.AppendBytes(ss, spanRaw)
	var rs []byte
	if resRaw != nil {
		rs = protowire.AppendTag(rs, 1, protowire.BytesType)
		rs = protowire.AppendBytes(rs, resRaw)
	}
	rs = protowire.AppendTag(rs, 2, protowire.BytesType)
	rs = protowire.AppendBytes(rs, ss)
	out := protowire.AppendTag(nil, 1, protowire.BytesType)
	return protowire.AppendBytes(out, rs)
}

// anyValue is a decoded OTLP AnyValue, kept small: it is passed by value
// for every attribute.
type anyValue struct {
	kind uint8  // 0 none, 1 string, 2 bool, 3 int, 4 double, 5 array, 6 kvlist, 7 bytes
	s    []byte // string, or the array / kvlist / bytes payload
	i    int64  // bool, int, or the double's bits
}

func (v anyValue) f() float64 { return math.Float64frombits(uint64(v.i)) }

// lenField splits a length-delimited payload (after its tag) off b, for
// lengths up to two varint bytes; ok is false otherwise.
func lenField(b []byte) (body, rest []byte, ok bool) {
	var l, n int
	switch {
	case len(b) > 0 && b[0] < 0x80:
		l, n = int(b[0]), 1
	case len(b) > 1 && b[1] < 0x80:
		l, n = int(b[0]&0x7f)|int(b[1])<<7, 2
	default:
		return nil, nil, false
	}
	if l > len(b)-n {
		return nil, nil, false
	}
	return b[n : n+l : n+l], b[n+l:], true
}

// kvFast decodes the shape nearly every KeyValue has on the wire: the key
// (field 1) then the value (field 2) holding one scalar. ok is false for
// anything else, which the general path then reads (and reports errors
// for).
func kvFast(b []byte) (key []byte, v anyValue, ok bool) {
	if len(b) < 2 || b[0] != 0x0a {
		return nil, v, false
	}
	key, b, ok = lenField(b[1:])
	if !ok || len(b) < 2 || b[0] != 0x12 {
		return nil, v, false
	}
	val, rest, ok := lenField(b[1:])
	if !ok || len(rest) != 0 {
		return nil, v, false
	}
	if len(val) == 0 {
		return key, v, true
	}
	switch val[0] {
	case 0x0a: // string_value
		s, rest, ok := lenField(val[1:])
		if !ok || len(rest) != 0 {
			return nil, v, false
		}
		v.kind, v.s = 1, s
	case 0x10, 0x18: // bool_value, int_value
		if len(val) == 2 && val[1] < 0x80 {
			v.kind, v.i = val[0]>>3, int64(val[1])
		} else {
			x, n := protowire.ConsumeVarint(val[1:])
			if n < 0 || n != len(val)-1 {
				return nil, v, false
			}
			v.kind, v.i = val[0]>>3, int64(x)
		}
	case 0x21: // double_value
		if len(val) != 9 {
			return nil, v, false
		}
		x, _ := protowire.ConsumeFixed64(val[1:])
		v.kind, v.i = 4, int64(x)
	default:
		return nil, v, false
	}
	return key, v, true
}

func parseAny(b []byte, r *reader) anyValue {
	var v anyValue
	ar := reader{b: b}
	for {
		num, typ, ok := ar.next()
		if !ok {
			break
		}
		switch num {
		case 1:
			v.kind, v.s = 1, ar.bytes(typ)
		case 2:
			v.kind, v.i = 2, int64(ar.varint(typ))
		case 3:
			v.kind, v.i = 3, int64(ar.varint(typ))
		case 4:
			v.kind, v.i = 4, int64(ar.fixed64(typ))
		case 5:
			v.kind, v.s = 5, ar.bytes(typ)
		case 6:
			v.kind, v.s = 6, ar.bytes(typ)
		case 7:
			v.kind, v.s = 7, ar.bytes(typ)
		default:
			ar.skip(num, typ)
		}
	}
	if ar.err != nil {
		r.err = ar.err
	}
	return v
}

func (v anyValue) String() string {
	switch v.kind {
	case 1:
		return str(v.s)
	case 2:
		if v.i != 0 {
			return "true"
		}
		return "false"
	case 3:
		return strconv.FormatInt(v.i, 10)
	case 4:
		return strconv.FormatFloat(v.f(), 'g', -1, 64)
	case 5:
		return strings.Join(v.strings(), ",")
	case 7:
		return hex.EncodeToString(v.s)
	case 6:
		return "{kvlist}"
	}
	return ""
}

// Int reads ints, doubles and numeric strings.
func (v anyValue) Int() (int64, bool) {
	switch v.kind {
	case 3:
		return v.i, true
	case 4:
		return int64(v.f()), true
	case 1:
		n, err := strconv.ParseInt(strings.TrimSpace(str(v.s)), 10, 64)
		return n, err == nil
	}
	return 0, false
}

func (v anyValue) Float() (float64, bool) {
	switch v.kind {
	case 4:
		return v.f(), true
	case 3:
		return float64(v.i), true
	case 1:
		f, err := strconv.ParseFloat(strings.TrimSpace(str(v.s)), 64)
		return f, err == nil
	}
	return 0, false
}

func (v anyValue) Bool() (bool, bool) {
	switch v.kind {
	case 2:
		return v.i != 0, true
	case 1:
		b, err := strconv.ParseBool(str(v.s))
		return b, err == nil
	case 3:
		return v.i != 0, true
	}
	return false, false
}

// strings reads an array value's string elements (or a lone string).
func (v anyValue) strings() []string { return v.appendStrings(nil) }

func (v anyValue) appendStrings(out []string) []string {
	if v.kind == 1 {
		return append(out, str(v.s))
	}
	if v.kind != 5 {
		return out
	}
	r := reader{b: v.s}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num == 1 {
			e := parseAny(r.bytes(typ), &r)
			out = append(out, e.String())
		} else {
			r.skip(num, typ)
		}
	}
	return out
}

// eachKV calls fn for the KeyValue message in b.
func eachKV(b []byte, r *reader, fn func(key []byte, v anyValue)) {
	key, v, ok := kvFast(b)
	if !ok {
		var err error
		if key, v, err = kvSlow(b); err != nil {
			r.err = err
			return
		}
	}
	fn(key, v)
}

// kvSlow reads any valid KeyValue encoding (fields in any order, repeated,
// unknown fields, long varints).
func kvSlow(b []byte) (key []byte, v anyValue, err error) {
	kr := reader{b: b}
	var val []byte
	for {
		num, typ, ok := kr.next()
		if !ok {
			break
		}
		switch num {
		case 1:
			key = kr.bytes(typ)
		case 2:
			val = kr.bytes(typ)
		default:
			kr.skip(num, typ)
		}
	}
	if kr.err != nil {
		return nil, v, kr.err
	}
	v = parseAny(val, &kr)
	return key, v, kr.err
}

func (d *Decoder) parseResource(b []byte, parent *reader) *llmobsv1.Resource {
	res := d.a.res.new()
	r := reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		if num != 1 {
			r.skip(num, typ)
			continue
		}
		eachKV(r.bytes(typ), &r, func(key []byte, v anyValue) {
			switch string(key) {
			case "service.name":
				res.ServiceName = v.String()
			case "service.version":
				res.ServiceVersion = v.String()
			case "service.namespace":
				res.ServiceNamespace = v.String()
			case "deployment.environment.name", "deployment.environment":
				res.DeploymentEnvironment = v.String()
			case "host.name":
				res.HostName = v.String()
			case "k8s.namespace.name":
				res.K8SNamespace = v.String()
			case "k8s.pod.name":
				res.K8SPodName = v.String()
			case "k8s.container.name":
				res.K8SContainerName = v.String()
			case "k8s.node.name":
				res.K8SNodeName = v.String()
			case "gpu.uuid", "gpu.id", "nvidia.gpu.uuid":
				res.GpuId = v.String()
			case "cloud.region":
				res.CloudRegion = v.String()
			}
		})
	}
	if r.err != nil {
		parent.err = r.err
	}
	if res.HostName == "" && res.K8SNodeName != "" {
		res.HostName = res.K8SNodeName
	}
	return res
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// span decodes one Span. reason != "" rejects it (err is for a broken
// message, which fails the whole request).
func (d *Decoder) span(b []byte, now time.Time) (sp *llmobsv1.Span, reason, detail string, err error) {
	sp = d.newSpan()
	sp.Weight = 1
	n := normalizer{d: d, sp: sp}
	r := reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		switch num {
		case 1:
			sp.TraceId = r.bytes(typ)
		case 2:
			sp.SpanId = r.bytes(typ)
		case 4:
			sp.ParentSpanId = r.bytes(typ)
		case 5:
			sp.Name = str(r.bytes(typ))
		case 6:
			sp.Kind = llmobsv1.SpanKind(r.varint(typ))
		case 7:
			sp.StartTimeUnixNano = r.fixed64(typ)
		case 8:
			sp.EndTimeUnixNano = r.fixed64(typ)
		case 9:
			eachKV(r.bytes(typ), &r, n.attr)
		case 10:
			sp.DroppedAttributesCount += uint32(r.varint(typ))
		case 11:
			n.event(r.bytes(typ), &r)
		case 15:
			sr := reader{b: r.bytes(typ)}
			for {
				sn, st, ok := sr.next()
				if !ok {
					break
				}
				switch sn {
				case 2:
					sp.StatusMessage = str(sr.bytes(st))
				case 3:
					sp.StatusCode = llmobsv1.StatusCode(sr.varint(st))
				default:
					sr.skip(sn, st)
				}
			}
			if sr.err != nil {
				r.err = sr.err
			}
		default:
			r.skip(num, typ)
		}
	}
	if r.err != nil {
		return nil, "", "", r.err
	}
	if len(sp.TraceId) != 16 || isZero(sp.TraceId) {
		return nil, ReasonZeroTraceID, "trace id is " + strconv.Itoa(len(sp.TraceId)) + " bytes or all zero", nil
	}
	if len(sp.SpanId) != 8 || isZero(sp.SpanId) {
		return nil, ReasonZeroTraceID, "span id is " + strconv.Itoa(len(sp.SpanId)) + " bytes or all zero", nil
	}
	if len(sp.ParentSpanId) > 0 && (len(sp.ParentSpanId) != 8 || isZero(sp.ParentSpanId)) {
		sp.ParentSpanId = nil // an all-zero parent means root in several SDKs
	}
	if sp.StartTimeUnixNano == 0 || sp.EndTimeUnixNano == 0 || sp.EndTimeUnixNano < sp.StartTimeUnixNano {
		return nil, ReasonInvalidTimestamp, "start/end missing or end before start", nil
	}
	end := time.Unix(0, int64(sp.EndTimeUnixNano))
	if d.Limits.MaxFutureSkew > 0 && end.Sub(now) > d.Limits.MaxFutureSkew {
		return nil, ReasonClockSkew, "ends " + end.Sub(now).Truncate(time.Second).String() + " in the future", nil
	}
	if d.Limits.MaxAge > 0 && now.Sub(end) > d.Limits.MaxAge {
		return nil, ReasonClockSkew, "ended " + now.Sub(end).Truncate(time.Second).String() + " ago", nil
	}
	if sp.StatusCode > llmobsv1.StatusCode_STATUS_CODE_ERROR {
		sp.StatusCode = llmobsv1.StatusCode_STATUS_CODE_UNSET
	}
	if sp.Kind > llmobsv1.SpanKind_SPAN_KIND_CONSUMER {
		sp.Kind = llmobsv1.SpanKind_SPAN_KIND_UNSPECIFIED
	}
	n.finish()
	return sp, "", "", nil
}

// fixUTF8 repairs invalid UTF-8 in *s and reports whether it did.
func fixUTF8(s *string) bool {
	if utf8.ValidString(*s) {
		return false
	}
	*s = strings.ToValidUTF8(*s, "\uFFFD")
	return true
}

// sanitizeResource repairs a freshly decoded resource in place.
func sanitizeResource(res *llmobsv1.Resource) bool {
	bad := false
	for _, p := range []*string{&res.ServiceName, &res.ServiceVersion, &res.ServiceNamespace, &res.DeploymentEnvironment, &res.HostName, &res.K8SNamespace, &res.K8SPodName, &res.K8SContainerName, &res.K8SNodeName, &res.GpuId, &res.CloudRegion} {
		if fixUTF8(p) {
			bad = true
		}
	}
	return bad
}

// sanitize repairs invalid UTF-8 in every string of sp (proto3 strings
// must be valid UTF-8 or the span could not be re-encoded) and reports
// whether anything was repaired. The resource and scope strings were
// repaired once per request; inheritedBad says whether they needed it, so
// each of their spans is flagged too.
func sanitize(sp *llmobsv1.Span, inheritedBad bool) bool {
	bad := inheritedBad
	fix := func(s *string) {
		if fixUTF8(s) {
			bad = true
		}
	}
	fix(&sp.Name)
	fix(&sp.StatusMessage)
	fix(&sp.ErrorType)
	for _, kv := range sp.Attributes {
		fix(&kv.Key)
		fix(&kv.Value)
	}
	if g := sp.GenAi; g != nil {
		for _, p := range []*string{&g.Operation, &g.Provider, &g.RequestModel, &g.ResponseModel, &g.ResponseId, &g.SystemInstructions, &g.ConversationId, &g.UserId, &g.TenantId} {
			fix(p)
		}
		for i := range g.FinishReasons {
			fix(&g.FinishReasons[i])
		}
		for _, m := range append(g.InputMessages, g.OutputMessages...) {
			fix(&m.Role)
			fix(&m.Content)
			fix(&m.FinishReason)
		}
	}
	if bad {
		sp.Flags = append(sp.Flags, ReasonInvalidUTF8)
	}
	return bad
}
