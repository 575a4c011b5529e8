package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	metricspb "go.opentelemetry.io/proto/otlp/metrics/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

var now = time.Now()

func kvs(pairs ...string) []*commonpb.KeyValue {
	var out []*commonpb.KeyValue
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, &commonpb.KeyValue{Key: pairs[i], Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: pairs[i+1]}}})
	}
	return out
}

func goodSpan() *tracepb.Span {
	return &tracepb.Span{
		TraceId: bytes.Repeat([]byte{0xab}, 16), SpanId: bytes.Repeat([]byte{0xcd}, 8), Name: "chat gpt-4o",
		StartTimeUnixNano: uint64(now.Add(-2 * time.Second).UnixNano()), EndTimeUnixNano: uint64(now.Add(-time.Second).UnixNano()),
		Attributes: kvs("gen_ai.operation.name", "chat", "gen_ai.request.model", "gpt-4o", "gen_ai.provider.name", "openai"),
	}
}

func traceReq(spans ...*tracepb.Span) []byte {
	b, _ := proto.Marshal(&coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{
		Resource:   &resourcepb.Resource{Attributes: kvs("service.name", "svc")},
		ScopeSpans: []*tracepb.ScopeSpans{{Spans: spans}},
	}}})
	return b
}

func newTestProcessor(t *testing.T) (*Processor, *metrics) {
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	p := newProcessor(DefaultLimits(), kafka.DefaultTopics(), keepAll{}, 100, 1<<20, m)
	p.SetPartitions(3, 3)
	return p, m
}

func dlqReasons(res Result) []string {
	var out []string
	for _, r := range res.Records {
		if r.Topic == kafka.DefaultTopics().DLQ {
			out = append(out, kafka.Header(r, kafka.HeaderDLQReason))
		}
	}
	return out
}

// Every kind of bad input gets a counted, clear outcome: the DLQ with its
// reason (and, when the span could be repaired, the span too).
func TestBadInputOutcomes(t *testing.T) {
	zeroTrace := goodSpan()
	zeroTrace.TraceId = make([]byte, 16)
	future := goodSpan()
	future.StartTimeUnixNano = uint64(now.Add(48 * time.Hour).UnixNano())
	future.EndTimeUnixNano = uint64(now.Add(49 * time.Hour).UnixNano())
	backwards := goodSpan()
	backwards.EndTimeUnixNano = backwards.StartTimeUnixNano - 1
	badUTF8 := goodSpan()
	badUTF8.Name = "chat QQQQ gpt" // made invalid on the wire below: proto.Marshal refuses it
	huge := goodSpan()
	huge.Attributes = append(huge.Attributes, kvs("app.blob", strings.Repeat("x", 100_000))...)
	good := traceReq(goodSpan())
	second := goodSpan()
	second.SpanId = bytes.Repeat([]byte{0xce}, 8)
	badResource, _ := proto.Marshal(&coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{
		Resource:   &resourcepb.Resource{Attributes: kvs("service.name", "svc-QQQQ")},
		ScopeSpans: []*tracepb.ScopeSpans{{Spans: []*tracepb.Span{goodSpan(), second}}},
	}}})
	badResource = bytes.Replace(badResource, []byte("QQQQ"), []byte("\xff\xfe\xfd\xfc"), 1)
	histogram, _ := proto.Marshal(&colmetricspb.ExportMetricsServiceRequest{ResourceMetrics: []*metricspb.ResourceMetrics{{ScopeMetrics: []*metricspb.ScopeMetrics{{Metrics: []*metricspb.Metric{
		{Name: "DCGM_FI_DEV_GPU_UTIL", Data: &metricspb.Metric_Histogram{Histogram: &metricspb.Histogram{}}},
	}}}}}})

	cases := []struct {
		name      string
		sig       Signal
		enc       string
		in        []byte
		dlq       []string
		spans     int
		flag      string
		rejected  int
		reasonMet string
	}{
		{"good", SignalTraces, EncodingProto, good, nil, 1, "", 0, ""},
		{"garbage", SignalTraces, EncodingProto, []byte("\x0a\xff\xff\xff\xff\x0f garbage"), []string{ReasonDecode}, 0, "", 0, ReasonDecode},
		{"truncated", SignalTraces, EncodingProto, good[:len(good)-7], []string{ReasonDecode}, 0, "", 0, ReasonDecode},
		{"json on a proto topic", SignalTraces, EncodingProto, []byte(`{"resourceSpans":[]}`), []string{ReasonWrongEncoding}, 0, "", 0, ReasonWrongEncoding},
		{"proto on a json topic", SignalTraces, EncodingJSON, good, []string{ReasonWrongEncoding}, 0, "", 0, ReasonWrongEncoding},
		{"bad json", SignalTraces, EncodingAuto, []byte(`{"resourceSpans":[{`), []string{ReasonDecode}, 0, "", 0, ReasonDecode},
		{"zero trace id", SignalTraces, EncodingProto, traceReq(zeroTrace, goodSpan()), []string{ReasonZeroTraceID}, 1, "", 1, ReasonZeroTraceID},
		{"clock skew", SignalTraces, EncodingProto, traceReq(future), []string{ReasonClockSkew}, 0, "", 1, ReasonClockSkew},
		{"end before start", SignalTraces, EncodingProto, traceReq(backwards), []string{ReasonInvalidTimestamp}, 0, "", 1, ReasonInvalidTimestamp},
		{"invalid utf-8 repaired", SignalTraces, EncodingProto, bytes.Replace(traceReq(badUTF8), []byte("QQQQ"), []byte("\xff\xfe\xfd\xfc"), 1), []string{ReasonInvalidUTF8}, 1, ReasonInvalidUTF8, 0, ReasonInvalidUTF8},
		{"invalid utf-8 in the shared resource", SignalTraces, EncodingProto, badResource, []string{ReasonInvalidUTF8, ReasonInvalidUTF8}, 2, ReasonInvalidUTF8, 0, ""},
		{"oversize attribute truncated", SignalTraces, EncodingProto, traceReq(huge), nil, 1, ReasonOversizeAttribute, 0, ""},
		{"unknown metric type", SignalMetrics, EncodingProto, histogram, []string{ReasonUnknownMetricType}, 0, "", 1, ReasonUnknownMetricType},
		{"garbage metrics", SignalMetrics, EncodingProto, []byte{0x0a, 0x05, 0x01}, []string{ReasonDecode}, 0, "", 0, ReasonDecode},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, m := newTestProcessor(t)
			res := p.Process(tc.sig, tc.enc, tc.in, "test", &kgo.Record{Topic: "otlp_spans", Partition: 1, Offset: 42})
			p.Batch(&res)
			if got := dlqReasons(res); strings.Join(got, ",") != strings.Join(tc.dlq, ",") {
				t.Fatalf("DLQ reasons %v, want %v", got, tc.dlq)
			}
			if res.Spans != tc.spans || res.Rejected != tc.rejected {
				t.Fatalf("spans %d rejected %d, want %d / %d", res.Spans, res.Rejected, tc.spans, tc.rejected)
			}
			if tc.reasonMet != "" && testutil.ToFloat64(m.dlq.WithLabelValues(tc.reasonMet)) != 1 {
				t.Fatalf("reason %s not counted", tc.reasonMet)
			}
			for _, r := range res.Records {
				if r.Topic == kafka.DefaultTopics().DLQ {
					if kafka.Header(r, kafka.HeaderDLQSourceOffset) != "42" || kafka.Header(r, kafka.HeaderDLQService) != "ingest" {
						t.Fatalf("DLQ headers %v", r.Headers)
					}
					continue
				}
				var b llmobsv1.SpanBatch
				if err := proto.Unmarshal(r.Value, &b); err != nil {
					t.Fatal(err)
				}
				if tc.flag != "" && !strings.Contains(strings.Join(b.Spans[0].Flags, ","), tc.flag) {
					t.Fatalf("flags %v, want %s", b.Spans[0].Flags, tc.flag)
				}
				for _, kv := range b.Spans[0].Attributes {
					if len(kv.Value) > DefaultLimits().MaxAttributeBytes {
						t.Fatalf("attribute %s not truncated (%d bytes)", kv.Key, len(kv.Value))
					}
				}
			}
			// A span-level DLQ record is valid OTLP holding just the bad span.
			for _, r := range res.Records {
				if r.Topic == kafka.DefaultTopics().DLQ && tc.rejected > 0 && tc.sig == SignalTraces {
					var req coltracepb.ExportTraceServiceRequest
					if err := proto.Unmarshal(r.Value, &req); err != nil || len(req.ResourceSpans[0].ScopeSpans[0].Spans) != 1 {
						t.Fatalf("DLQ value is not a one-span OTLP request: %v", err)
					}
				}
			}
		})
	}
}

func TestConfigValidation(t *testing.T) {
	cases := map[string]func(*Config){
		"group":                      func(c *Config) { c.Group = "" },
		"spans_encoding":             func(c *Config) { c.SpansEncoding = "avro" },
		"grpc_listen":                func(c *Config) { c.GRPCListen = "4317" },
		"http_listen":                func(c *Config) { c.HTTPListen = c.GRPCListen },
		"max_request_bytes":          func(c *Config) { c.MaxRequestBytes = 1 },
		"max_poll_records":           func(c *Config) { c.MaxPollRecords = 0 },
		"limits.max_body_bytes":      func(c *Config) { c.Limits.MaxBodyBytes = 0 },
		"metrics_encoding":           func(c *Config) { c.MetricsEncoding = "json" },
		"logs_encoding":              func(c *Config) { c.LogsEncoding = "" },
		"max_inflight_requests":      func(c *Config) { c.MaxInflightRequests = 0 },
		"batch_max_items":            func(c *Config) { c.BatchMaxItems = 0 },
		"batch_max_bytes":            func(c *Config) { c.BatchMaxBytes = 10 },
		"limits.max_attributes":      func(c *Config) { c.Limits.MaxAttributes = -1 },
		"limits.max_attribute_bytes": func(c *Config) { c.Limits.MaxAttributeBytes = 1 },
		"limits.max_future_skew":     func(c *Config) { c.Limits.MaxFutureSkew = 0 },
		"limits.max_age":             func(c *Config) { c.Limits.MaxAge = -time.Second },
	}
	for key, mut := range cases {
		c := DefaultConfig()
		mut(&c)
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), key+":") {
			t.Errorf("%s: error %v does not name the key", key, err)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	// Empty listen addresses switch the receivers off.
	off := DefaultConfig()
	off.GRPCListen, off.HTTPListen = "", ""
	if err := off.Validate(); err != nil {
		t.Fatalf("receivers off: %v", err)
	}
	// The YAML section, as the binaries load it.
	c := DefaultConfig()
	err := config.DecodeYAML([]byte(`
grpc_listen: ""
http_listen: 0.0.0.0:14318
spans_encoding: otlp_json
metrics_encoding: auto
batch_max_items: 500
limits:
  max_attributes: 32
  max_attribute_bytes: 1024
  max_future_skew: 10m
  max_age: 48h
`), &c)
	if err != nil {
		t.Fatal(err)
	}
	if c.GRPCListen != "" || c.HTTPListen != "0.0.0.0:14318" || c.SpansEncoding != EncodingJSON || c.MetricsEncoding != EncodingAuto ||
		c.LogsEncoding != EncodingProto || c.BatchMaxItems != 500 || c.Limits.MaxAttributes != 32 || c.Limits.MaxAttributeBytes != 1024 ||
		c.Limits.MaxFutureSkew != 10*time.Minute || c.Limits.MaxAge != 48*time.Hour || c.Limits.MaxBodyBytes != DefaultLimits().MaxBodyBytes {
		t.Fatalf("decoded %+v", c)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := config.DecodeYAML([]byte("grpc_listne: x\n"), &c); err == nil {
		t.Fatal("unknown key accepted")
	}
}

// OTLP/gRPC and OTLP/HTTP (protobuf, JSON, gzip) route like Kafka input
// and answer as the spec says: partial success for refused spans, 4xx for
// unreadable payloads, retryable 503 + Retry-After when overloaded.
func TestOTLPReceivers(t *testing.T) {
	h := newHarness(t)
	svc, stop := h.start(quietConfig())
	defer stop()

	conn, err := grpc.NewClient(svc.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	zero := goodSpan()
	zero.TraceId = make([]byte, 16)
	req := &coltracepb.ExportTraceServiceRequest{}
	_ = proto.Unmarshal(traceReq(goodSpan(), zero), req)
	resp, err := coltracepb.NewTraceServiceClient(conn).Export(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.PartialSuccess.GetRejectedSpans() != 1 {
		t.Fatalf("gRPC partial success %v, want 1 rejected", resp.PartialSuccess)
	}

	post := func(body []byte, ct, ce string) (*http.Response, []byte) {
		r, _ := http.NewRequest("POST", "http://"+svc.HTTPAddr()+"/v1/traces", bytes.NewReader(body))
		r.Header.Set("Content-Type", ct)
		if ce != "" {
			r.Header.Set("Content-Encoding", ce)
		}
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	s2 := goodSpan()
	s2.SpanId = bytes.Repeat([]byte{0x02}, 8)
	if resp, _ := post(traceReq(s2), "application/x-protobuf", ""); resp.StatusCode != 200 {
		t.Fatalf("proto: %d", resp.StatusCode)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	s3 := goodSpan()
	s3.SpanId = bytes.Repeat([]byte{0x03}, 8)
	_, _ = zw.Write(traceReq(s3))
	_ = zw.Close()
	if resp, _ := post(gz.Bytes(), "application/x-protobuf", "gzip"); resp.StatusCode != 200 {
		t.Fatalf("gzip: %d", resp.StatusCode)
	}
	js := `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"svc"}}]},"scopeSpans":[{"spans":[{"traceId":"abababababababababababababababab","spanId":"0404040404040404","name":"chat gpt-4o","startTimeUnixNano":"` +
		itoa(now.Add(-2*time.Second).UnixNano()) + `","endTimeUnixNano":"` + itoa(now.Add(-time.Second).UnixNano()) + `","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}}]}]}]}]}`
	if resp, b := post([]byte(js), "application/json", ""); resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("json: %d %s", resp.StatusCode, b)
	}
	if resp, _ := post([]byte("\x0a\xff\xff\xff\xff\x0fjunk"), "application/x-protobuf", ""); resp.StatusCode != 400 {
		t.Fatalf("garbage: %d, want 400", resp.StatusCode)
	}
	if resp, _ := post([]byte("x"), "text/plain", ""); resp.StatusCode != 415 {
		t.Fatalf("text/plain: %d, want 415", resp.StatusCode)
	}
	spans, _ := h.readSpans(4, 10*time.Second)
	ids := map[string]bool{}
	for _, s := range spans {
		ids[string(s.SpanId[:1])] = true
		if s.Source != "otlp_grpc" && s.Source != "otlp_http" {
			t.Fatalf("source %q", s.Source)
		}
	}
	if len(ids) != 4 {
		t.Fatalf("spans from OTLP: %d distinct, want 4", len(ids))
	}
	if dlq := h.readTopic(h.topics.DLQ, 2, 5*time.Second); len(dlq) < 2 {
		t.Fatalf("DLQ holds %d records, want the zero-trace span and the garbage body", len(dlq))
	}

	// Overload: with every slot taken the answer is retryable.
	full := make(chan struct{}, 1)
	full <- struct{}{}
	if _, err := svc.receive(context.Background(), nil, full, SignalTraces, "otlp_http", traceReq(goodSpan())); err != errOverloaded {
		t.Fatalf("full queue: %v, want errOverloaded", err)
	}
	// gRPC: RESOURCE_EXHAUSTED with RetryInfo (retryable per the OTLP spec).
	g := &grpcReceiver{s: svc, sem: full}
	var treq coltracepb.ExportTraceServiceRequest
	if err := proto.Unmarshal(traceReq(goodSpan()), &treq); err != nil {
		t.Fatal(err)
	}
	_, err = g.Export(context.Background(), &treq)
	st, _ := status.FromError(err)
	if st.Code() != codes.ResourceExhausted {
		t.Fatalf("gRPC overloaded: %v, want RESOURCE_EXHAUSTED", err)
	}
	var retry bool
	for _, d := range st.Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok && ri.RetryDelay.AsDuration() > 0 {
			retry = true
		}
	}
	if !retry {
		t.Fatalf("gRPC overloaded status carries no RetryInfo: %v", st.Details())
	}
	// HTTP: 503 with Retry-After.
	rec := httptest.NewRecorder()
	hreq := httptest.NewRequest("POST", "/v1/traces", bytes.NewReader(traceReq(goodSpan())))
	hreq.Header.Set("Content-Type", "application/x-protobuf")
	svc.httpHandler(nil, full, SignalTraces)(rec, hreq)
	if rec.Code != http.StatusServiceUnavailable && rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("HTTP overloaded: %d Retry-After=%q, want 429/503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
}

func itoa(i int64) string { return formatInt(i) }
