package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/mem"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
)

// rawCodec sends and receives bytes as they are, to put an undecodable
// request on the wire.
type rawCodec struct{}

func (rawCodec) Marshal(v any) (mem.BufferSlice, error) {
	return mem.BufferSlice{mem.SliceBuffer(*(v.(*[]byte)))}, nil
}

func (rawCodec) Unmarshal(data mem.BufferSlice, v any) error {
	*(v.(*[]byte)) = data.Materialize()
	return nil
}

func (rawCodec) Name() string { return "proto" }

func hasRetryInfo(st *status.Status) bool {
	for _, d := range st.Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok && ri.RetryDelay.AsDuration() > 0 {
			return true
		}
	}
	return false
}

// dlqDecodeCopies counts the DLQ records of OTLP input (no source topic)
// refused as undecodable, and how many of them were truncated.
func dlqDecodeCopies(h *harness, want int) (n, truncated int) {
	for _, r := range h.readTopic(h.topics.DLQ, want, 5*time.Second) {
		if kafka.Header(r, kafka.HeaderDLQSourceTopic) == "" && kafka.Header(r, kafka.HeaderDLQReason) == ReasonDecode {
			n++
			if kafka.Header(r, kafka.HeaderDLQTruncated) == "true" {
				truncated++
			}
		}
	}
	return n, truncated
}

// OTLP/HTTP answers a permanent error (bad data: 400, body over
// max_request_bytes: 413) as such, never as a retryable 503, which only
// overload and a Kafka outage get (with Retry-After). A 2 MB undecodable
// body (bigger than the DLQ topic takes) is one of them: its DLQ copy is
// truncated, so it is a 400, not a failed DLQ write answered 503.
func TestOTLPHTTPPoisonStatuses(t *testing.T) {
	h := newHarness(t)
	cfg := quietConfig()
	cfg.MaxRequestBytes = 4 << 20
	svc, stop := h.start(cfg)
	defer stop()

	post := func(path string, body []byte, ct, ce string) (int, string) {
		t.Helper()
		r, _ := http.NewRequest("POST", "http://"+svc.HTTPAddr()+path, bytes.NewReader(body))
		r.Header.Set("Content-Type", ct)
		if ce != "" {
			r.Header.Set("Content-Encoding", ce)
		}
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		_, _ = io.Copy(io.Discard, resp.Body)
		return resp.StatusCode, resp.Header.Get("Retry-After")
	}
	for _, tc := range []struct {
		name, path, ct, ce string
		body               []byte
		code               int
	}{
		{"2 MB undecodable protobuf", "/v1/traces", "application/x-protobuf", "", poisonBody(2 << 20), 400},
		{"undecodable metrics", "/v1/metrics", "application/x-protobuf", "", poisonBody(100), 400},
		{"undecodable logs", "/v1/logs", "application/x-protobuf", "", poisonBody(100), 400},
		{"invalid JSON", "/v1/traces", "application/json", "", []byte(`{"resourceSpans": [{"scopeSpans": 7}]`), 400},
		{"body over max_request_bytes", "/v1/traces", "application/x-protobuf", "", poisonBody(5 << 20), 413},
		{"gzip body over max_request_bytes", "/v1/traces", "application/x-protobuf", "gzip", gzipped(make([]byte, 5<<20)), 413},
	} {
		code, retry := post(tc.path, tc.body, tc.ct, tc.ce)
		if code != tc.code || retry != "" {
			t.Errorf("%s: %d Retry-After=%q, want %d without Retry-After", tc.name, code, retry, tc.code)
		}
	}
	// The undecodable bodies are in the DLQ (the 2 MB one truncated);
	// those over max_request_bytes were never read.
	if n, tr := dlqDecodeCopies(h, 4); n != 4 || tr != 1 {
		t.Errorf("DLQ holds %d undecodable OTLP/HTTP bodies (%d truncated), want 4 (1)", n, tr)
	}

	// Overload: every slot taken.
	full := make(chan struct{}, 1)
	full <- struct{}{}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/traces", bytes.NewReader(traceReq(goodSpan())))
	req.Header.Set("Content-Type", "application/x-protobuf")
	svc.httpHandler(nil, full, SignalTraces)(rec, req)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("overloaded: %d Retry-After=%q, want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}

	// Kafka unreachable: retryable.
	down, err := kgo.NewClient(kgo.SeedBrokers("127.0.0.1:1"))
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	rec = httptest.NewRecorder()
	req = httptest.NewRequestWithContext(ctx, "POST", "/v1/traces", bytes.NewReader(traceReq(goodSpan())))
	req.Header.Set("Content-Type", "application/x-protobuf")
	svc.httpHandler(down, make(chan struct{}, 1), SignalTraces)(rec, req)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("Kafka down: %d Retry-After=%q, want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

// OTLP/gRPC: an undecodable request is INVALID_ARGUMENT (and DLQ'd), a
// message over max_request_bytes RESOURCE_EXHAUSTED without RetryInfo
// (both not retried by OTLP clients), overload RESOURCE_EXHAUSTED with
// RetryInfo, a Kafka outage UNAVAILABLE (both retried).
func TestOTLPGRPCPoisonStatuses(t *testing.T) {
	h := newHarness(t)
	cfg := quietConfig()
	cfg.MaxRequestBytes = 4 << 20
	svc, stop := h.start(cfg)
	defer stop()
	conn, err := grpc.NewClient(svc.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallSendMsgSize(64<<20)))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	invoke := func(method string, body []byte) *status.Status {
		var out []byte
		err := conn.Invoke(context.Background(), method, &body, &out, grpc.ForceCodecV2(rawCodec{}))
		return status.Convert(err)
	}
	const (
		traces  = "/opentelemetry.proto.collector.trace.v1.TraceService/Export"
		metrics = "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export"
		logs    = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
	)
	for _, m := range []string{traces, metrics, logs} {
		if st := invoke(m, poisonBody(2<<20)); st.Code() != codes.InvalidArgument || hasRetryInfo(st) {
			t.Errorf("%s undecodable: %v, want INVALID_ARGUMENT", m, st)
		}
	}
	if n, tr := dlqDecodeCopies(h, 3); n != 3 || tr != 3 {
		t.Errorf("DLQ holds %d undecodable OTLP/gRPC requests (%d truncated), want 3 (3)", n, tr)
	}
	st := invoke(traces, poisonBody(5<<20))
	if st.Code() != codes.ResourceExhausted || hasRetryInfo(st) || !strings.Contains(st.Message(), "larger than max") {
		t.Errorf("over max_request_bytes: %v, want RESOURCE_EXHAUSTED without RetryInfo", st)
	}
	// A good request still goes through the raw codec to the decoder.
	good := fixtureProto(t, SignalMetrics, "dcgm_metrics.json")
	var mreq colmetricspb.ExportMetricsServiceRequest
	if err := proto.Unmarshal(good, &mreq); err != nil {
		t.Fatal(err)
	}
	if _, err := colmetricspb.NewMetricsServiceClient(conn).Export(context.Background(), &mreq); err != nil {
		t.Errorf("good metrics: %v", err)
	}

	full := make(chan struct{}, 1)
	full <- struct{}{}
	_, err = (&grpcReceiver{s: svc, sem: full}).export(context.Background(), SignalMetrics, &mreq)
	if st := status.Convert(err); st.Code() != codes.ResourceExhausted || !hasRetryInfo(st) {
		t.Errorf("overloaded: %v, want RESOURCE_EXHAUSTED with RetryInfo", st)
	}
	down, err := kgo.NewClient(kgo.SeedBrokers("127.0.0.1:1"))
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err = (&grpcReceiver{s: svc, cl: down, sem: make(chan struct{}, 1)}).export(ctx, SignalMetrics, &mreq)
	if st := status.Convert(err); st.Code() != codes.Unavailable {
		t.Errorf("Kafka down: %v, want UNAVAILABLE", st)
	}
}

// A record Kafka refuses as too big fails the same way on every retry: a
// permanent error (413 / INVALID_ARGUMENT), not an outage.
func TestTooLargeIsPermanent(t *testing.T) {
	if !tooLarge(fmt.Errorf("ingest: %w", kerr.MessageTooLarge)) || !tooLarge(kerr.RecordListTooLarge) || tooLarge(context.DeadlineExceeded) || tooLarge(kerr.NotLeaderForPartition) {
		t.Fatal("tooLarge misclassifies")
	}
}
