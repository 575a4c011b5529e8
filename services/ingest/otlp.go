package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/encoding"
	_ "google.golang.org/grpc/encoding/gzip" // OTLP/gRPC clients may compress
	grpcproto "google.golang.org/grpc/encoding/proto"
	"google.golang.org/grpc/mem"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/llmobs/llmobs/pkg/auth"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

var errOverloaded = errors.New("ingest is overloaded; retry later")

// rateLimited: the caller's tenant is over its auth.rate_limit.
type rateLimited struct{ retryAfter time.Duration }

func (e rateLimited) Error() string {
	return fmt.Sprintf("tenant over its rate limit (auth.rate_limit); retry after %s", e.retryAfter.Round(time.Millisecond))
}

// retrySeconds is a Retry-After value: whole seconds, at least 1.
func (e rateLimited) retrySeconds() int64 {
	return max(1, int64(math.Ceil(e.retryAfter.Seconds())))
}

// How OTLP answers are classed (OTLP spec, "Failures"): data that can never
// be accepted (undecodable, invalid, too big) is a permanent error the
// client must not retry: HTTP 400 / 413, gRPC INVALID_ARGUMENT (and gRPC's
// own RESOURCE_EXHAUSTED without RetryInfo for a message over
// max_request_bytes, refused before it reaches ingest). Only overload
// (max_inflight_requests) and a Kafka outage are retryable: HTTP 503 with
// Retry-After, gRPC RESOURCE_EXHAUSTED with RetryInfo / UNAVAILABLE.

// wholeUnreadable: the request was refused as a whole (it went to the DLQ,
// nothing was produced from it).
func wholeUnreadable(res Result) bool {
	return len(res.Records) == 1 && res.Spans == 0 && res.Samples == 0 && res.Err != nil && res.Rejected == 0
}

// tooLarge: Kafka (or the client, before sending) refused a record made
// from the request as too big; sending the same request again fails the
// same way, so it is a permanent error, not an outage.
func tooLarge(err error) bool {
	return errors.Is(err, kerr.MessageTooLarge) || errors.Is(err, kerr.RecordListTooLarge)
}

// receive runs one OTLP request through the same processing as Kafka
// input and waits until its outputs are acknowledged, so a success answer
// means the data is in Kafka. The number of requests in flight is bounded:
// beyond it the caller is told to retry.
func (s *Service) receive(ctx context.Context, cl *kgo.Client, sem chan struct{}, sig Signal, protocol string, pb []byte) (Result, error) {
	return s.receiveEnc(ctx, cl, sem, sig, protocol, EncodingProto, pb)
}

// receiveEnc is receive for a body in encoding (EncodingProto or
// EncodingJSON): what cannot be decoded goes to the DLQ like Kafka input.
// The caller's tenant (its token's, when auth is on) is charged the
// request against its rate limit and stamped on every span it sent.
func (s *Service) receiveEnc(ctx context.Context, cl *kgo.Client, sem chan struct{}, sig Signal, protocol, encoding string, pb []byte) (Result, error) {
	p, authed := auth.FromContext(ctx)
	if wait, ok := s.deps.Auth.Allow(p.Tenant, len(pb)); !ok {
		s.m.rateLimited.WithLabelValues(protocol).Inc()
		return Result{}, rateLimited{wait}
	}
	select {
	case sem <- struct{}{}:
	default:
		s.m.overloaded.WithLabelValues(protocol).Inc()
		return Result{}, errOverloaded
	}
	defer func() { <-sem }()
	s.m.inflight.Inc()
	s.inflight.Add(1)
	defer func() { s.m.inflight.Dec(); s.inflight.Add(-1) }()
	s.m.recordsIn.WithLabelValues(protocol).Inc()
	start := time.Now()
	res := s.proc.Process(sig, encoding, pb, protocol, nil)
	if authed {
		stampTenant(res.SpanList, p.Tenant)
		for _, g := range res.GPUList {
			g.Tenant = p.Tenant
		}
	}
	s.proc.Batch(&res)
	s.m.decode.Observe(time.Since(start).Seconds())
	if err := s.produceAll(ctx, cl, res.Records); err != nil {
		return res, err
	}
	s.m.spansOut.Add(float64(res.Spans))
	s.m.samplesOut.Add(float64(res.Samples))
	s.m.summarized.Add(float64(res.Summarized))
	s.m.summaries.Add(float64(res.Summaries))
	return res, nil
}

// stampTenant sets the tenant of the credential that sent the spans (and
// GPU readings, above): it wins over what their attributes say (DESIGN,
// "Tenancy and access").
// Spans of no model call get a GenAI holding only the tenant, as the
// normaliser does for a tenant.id attribute.
func stampTenant(spans []*llmobsv1.Span, tenant string) {
	for _, sp := range spans {
		if sp.GenAi == nil {
			sp.GenAi = &llmobsv1.GenAI{}
		}
		sp.GenAi.TenantId = tenant
	}
}

// ---------------------------------------------------------------- gRPC

type grpcReceiver struct {
	coltracepb.UnimplementedTraceServiceServer
	s   *Service
	cl  *kgo.Client
	sem chan struct{}
}

type grpcMetrics struct {
	colmetricspb.UnimplementedMetricsServiceServer
	r *grpcReceiver
}

type grpcLogs struct {
	collogspb.UnimplementedLogsServiceServer
	r *grpcReceiver
}

func (r *grpcReceiver) export(ctx context.Context, sig Signal, m proto.Message) (Result, error) {
	// The generated types decoded the request already; re-encode it so
	// every input goes through the one decoder (cheap next to the wire).
	pb, err := proto.Marshal(m)
	if err != nil {
		return Result{}, status.Error(codes.InvalidArgument, err.Error())
	}
	res, err := r.s.receive(ctx, r.cl, r.sem, sig, "otlp_grpc", pb)
	var rl rateLimited
	switch {
	case errors.As(err, &rl):
		return res, retryStatus(rl.Error(), rl.retryAfter)
	case errors.Is(err, errOverloaded):
		return res, overloadedStatus()
	case tooLarge(err):
		return res, status.Error(codes.InvalidArgument, "request makes a record larger than Kafka accepts: "+err.Error())
	case err != nil:
		return res, status.Error(codes.Unavailable, "write to kafka: "+err.Error())
	case wholeUnreadable(res):
		return res, status.Error(codes.InvalidArgument, res.Err.Error())
	}
	return res, nil
}

// rawOTLPCodec is the gRPC server's codec: it leaves the three OTLP export
// requests undecoded (their bytes kept as the message's unknown fields,
// which proto.Marshal writes back unchanged), so ingest's own decoder reads
// them and an undecodable request is DLQ'd and answered INVALID_ARGUMENT,
// as over Kafka and HTTP; grpc-go would answer its own decode failure
// INTERNAL, never reaching ingest. Everything else is plain protobuf.
type rawOTLPCodec struct{ encoding.CodecV2 }

func (c rawOTLPCodec) Unmarshal(data mem.BufferSlice, v any) error {
	switch m := v.(type) {
	case *coltracepb.ExportTraceServiceRequest, *colmetricspb.ExportMetricsServiceRequest, *collogspb.ExportLogsServiceRequest:
		msg := m.(proto.Message).ProtoReflect()
		msg.SetUnknown(protoreflect.RawFields(data.Materialize()))
		return nil
	}
	return c.CodecV2.Unmarshal(data, v)
}

// overloadedStatus is OTLP's "slow down": RESOURCE_EXHAUSTED is retryable
// in OTLP only when it carries RetryInfo, so it always does.
func overloadedStatus() error { return retryStatus(errOverloaded.Error(), time.Second) }

// retryStatus is RESOURCE_EXHAUSTED with RetryInfo: retry after delay.
func retryStatus(msg string, delay time.Duration) error {
	st := status.New(codes.ResourceExhausted, msg)
	if d, err := st.WithDetails(&errdetails.RetryInfo{RetryDelay: durationpb.New(delay)}); err == nil {
		st = d
	}
	return st.Err()
}

// authorizeGRPC checks the request's "authorization" metadata for role
// ingest: UNAUTHENTICATED without a valid token, PERMISSION_DENIED for a
// token without the role.
func (s *Service) authorizeGRPC(ctx context.Context) (context.Context, error) {
	var authz string
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		if v := md.Get("authorization"); len(v) > 0 {
			authz = v[0]
		}
	}
	ctx, err := s.deps.Auth.Authorize(ctx, authz, auth.RoleIngest)
	switch {
	case errors.Is(err, auth.ErrForbidden):
		return ctx, status.Error(codes.PermissionDenied, "the token has no ingest role")
	case err != nil:
		return ctx, status.Error(codes.Unauthenticated, err.Error())
	}
	return ctx, nil
}

func errMsg(res Result) string {
	if res.Err != nil {
		return res.Err.Error()
	}
	return ""
}

func (r *grpcReceiver) Export(ctx context.Context, req *coltracepb.ExportTraceServiceRequest) (*coltracepb.ExportTraceServiceResponse, error) {
	res, err := r.export(ctx, SignalTraces, req)
	if err != nil {
		return nil, err
	}
	out := &coltracepb.ExportTraceServiceResponse{}
	if res.Rejected > 0 || res.Err != nil {
		out.PartialSuccess = &coltracepb.ExportTracePartialSuccess{RejectedSpans: int64(res.Rejected), ErrorMessage: errMsg(res)}
	}
	return out, nil
}

func (m grpcMetrics) Export(ctx context.Context, req *colmetricspb.ExportMetricsServiceRequest) (*colmetricspb.ExportMetricsServiceResponse, error) {
	res, err := m.r.export(ctx, SignalMetrics, req)
	if err != nil {
		return nil, err
	}
	out := &colmetricspb.ExportMetricsServiceResponse{}
	if res.Rejected > 0 || res.Err != nil {
		out.PartialSuccess = &colmetricspb.ExportMetricsPartialSuccess{RejectedDataPoints: int64(res.Rejected), ErrorMessage: errMsg(res)}
	}
	return out, nil
}

func (l grpcLogs) Export(ctx context.Context, req *collogspb.ExportLogsServiceRequest) (*collogspb.ExportLogsServiceResponse, error) {
	res, err := l.r.export(ctx, SignalLogs, req)
	if err != nil {
		return nil, err
	}
	out := &collogspb.ExportLogsServiceResponse{}
	if res.Rejected > 0 || res.Err != nil {
		out.PartialSuccess = &collogspb.ExportLogsPartialSuccess{RejectedLogRecords: int64(res.Rejected), ErrorMessage: errMsg(res)}
	}
	return out, nil
}

func (s *Service) serveGRPC(ctx context.Context, cl *kgo.Client) error {
	// A message over max_request_bytes is refused by grpc-go before it
	// reaches ingest: RESOURCE_EXHAUSTED "received message larger than max
	// (N vs. M)", without RetryInfo, which OTLP clients do not retry.
	opts := []grpc.ServerOption{
		grpc.MaxRecvMsgSize(s.cfg.MaxRequestBytes), grpc.ForceServerCodecV2(rawOTLPCodec{encoding.GetCodecV2(grpcproto.Name)}),
		grpc.ChainUnaryInterceptor(func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
			ctx, err := s.authorizeGRPC(ctx)
			if err != nil {
				return nil, err
			}
			return h(ctx, req)
		}),
		grpc.ChainStreamInterceptor(func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, h grpc.StreamHandler) error {
			if _, err := s.authorizeGRPC(ss.Context()); err != nil {
				return err
			}
			return h(srv, ss)
		}),
	}
	if s.deps.TLS != nil {
		opts = append(opts, grpc.Creds(credentials.NewTLS(s.deps.TLS.ServerConfig("h2"))))
	}
	srv := grpc.NewServer(opts...)
	r := &grpcReceiver{s: s, cl: cl, sem: make(chan struct{}, s.cfg.MaxInflightRequests)}
	coltracepb.RegisterTraceServiceServer(srv, r)
	colmetricspb.RegisterMetricsServiceServer(srv, grpcMetrics{r: r})
	collogspb.RegisterLogsServiceServer(srv, grpcLogs{r: r})
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(s.grpcLn) }()
	select {
	case err := <-errc:
		return fmt.Errorf("ingest: OTLP/gRPC: %w", err)
	case <-ctx.Done():
	}
	done := make(chan struct{})
	go func() { srv.GracefulStop(); close(done) }()
	select {
	case <-done:
	case <-time.After(s.deps.StageStop()): // requests waiting on a broker that does not answer
		srv.Stop()
	}
	return nil
}

// ---------------------------------------------------------------- HTTP

func (s *Service) serveHTTP(ctx context.Context, cl *kgo.Client) error {
	sem := make(chan struct{}, s.cfg.MaxInflightRequests)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/traces", s.httpHandler(cl, sem, SignalTraces))
	mux.HandleFunc("POST /v1/metrics", s.httpHandler(cl, sem, SignalMetrics))
	mux.HandleFunc("POST /v1/logs", s.httpHandler(cl, sem, SignalLogs))
	// The server's own errors (TLS handshakes of scanners, bad requests)
	// are per-connection noise: debug level.
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelDebug)}
	ln := s.httpLn
	if s.deps.TLS != nil {
		ln = tls.NewListener(ln, s.deps.TLS.ServerConfig("h2", "http/1.1"))
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("ingest: OTLP/HTTP: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.deps.StageStop())
	defer cancel()
	_ = srv.Shutdown(sctx)
	return nil
}

type httpStatus struct {
	code int
	msg  string
}

func (s *Service) httpHandler(cl *kgo.Client, sem chan struct{}, sig Signal) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ct := r.Header.Get("Content-Type")
		isJSON := strings.HasPrefix(ct, "application/json")
		ctx, err := s.deps.Auth.Authorize(r.Context(), r.Header.Get("Authorization"), auth.RoleIngest)
		if err != nil {
			code := auth.HTTPStatus(err)
			if code == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="llmobs"`)
			}
			writeHTTPStatus(w, isJSON, httpStatus{code, err.Error()})
			return
		}
		if !isJSON && !strings.HasPrefix(ct, "application/x-protobuf") {
			writeHTTPStatus(w, isJSON, httpStatus{http.StatusUnsupportedMediaType, "Content-Type must be application/x-protobuf or application/json"})
			return
		}
		body, st := s.readBody(r)
		if st != nil {
			writeHTTPStatus(w, isJSON, *st)
			return
		}
		enc := EncodingProto
		if isJSON {
			enc = EncodingJSON
		}
		res, err := s.receiveEnc(ctx, cl, sem, sig, "otlp_http", enc, body)
		var rl rateLimited
		switch {
		case errors.As(err, &rl):
			w.Header().Set("Retry-After", strconv.FormatInt(rl.retrySeconds(), 10))
			writeHTTPStatus(w, isJSON, httpStatus{http.StatusTooManyRequests, rl.Error()})
			return
		case errors.Is(err, errOverloaded):
			w.Header().Set("Retry-After", "1")
			writeHTTPStatus(w, isJSON, httpStatus{http.StatusServiceUnavailable, err.Error()})
			return
		case tooLarge(err):
			writeHTTPStatus(w, isJSON, httpStatus{http.StatusRequestEntityTooLarge, "request makes a record larger than Kafka accepts: " + err.Error()})
			return
		case err != nil:
			w.Header().Set("Retry-After", "5")
			writeHTTPStatus(w, isJSON, httpStatus{http.StatusServiceUnavailable, "write to kafka: " + err.Error()})
			return
		}
		if wholeUnreadable(res) {
			// The whole payload was unreadable (it went to the DLQ).
			writeHTTPStatus(w, isJSON, httpStatus{http.StatusBadRequest, res.Err.Error()})
			return
		}
		var resp proto.Message
		switch sig {
		case SignalTraces:
			out := &coltracepb.ExportTraceServiceResponse{}
			if res.Rejected > 0 || res.Err != nil {
				out.PartialSuccess = &coltracepb.ExportTracePartialSuccess{RejectedSpans: int64(res.Rejected), ErrorMessage: errMsg(res)}
			}
			resp = out
		case SignalMetrics:
			out := &colmetricspb.ExportMetricsServiceResponse{}
			if res.Rejected > 0 || res.Err != nil {
				out.PartialSuccess = &colmetricspb.ExportMetricsPartialSuccess{RejectedDataPoints: int64(res.Rejected), ErrorMessage: errMsg(res)}
			}
			resp = out
		default:
			out := &collogspb.ExportLogsServiceResponse{}
			if res.Rejected > 0 || res.Err != nil {
				out.PartialSuccess = &collogspb.ExportLogsPartialSuccess{RejectedLogRecords: int64(res.Rejected), ErrorMessage: errMsg(res)}
			}
			resp = out
		}
		writeHTTPMessage(w, isJSON, http.StatusOK, resp)
	}
}

func (s *Service) readBody(r *http.Request) ([]byte, *httpStatus) {
	limit := int64(s.cfg.MaxRequestBytes)
	var rd io.Reader = http.MaxBytesReader(nil, r.Body, limit)
	switch enc := r.Header.Get("Content-Encoding"); enc {
	case "", "identity":
	case "gzip":
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return nil, &httpStatus{http.StatusBadRequest, "bad gzip body: " + err.Error()}
		}
		defer zr.Close()
		rd = io.LimitReader(zr, limit+1)
	default:
		return nil, &httpStatus{http.StatusUnsupportedMediaType, "unsupported Content-Encoding " + enc}
	}
	body, err := io.ReadAll(rd)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, &httpStatus{http.StatusRequestEntityTooLarge, "request larger than max_request_bytes"}
		}
		return nil, &httpStatus{http.StatusBadRequest, "read body: " + err.Error()}
	}
	if int64(len(body)) > limit {
		return nil, &httpStatus{http.StatusRequestEntityTooLarge, "decompressed request larger than max_request_bytes"}
	}
	return body, nil
}

// writeHTTPStatus answers with a google.rpc.Status, as OTLP/HTTP requires.
func writeHTTPStatus(w http.ResponseWriter, isJSON bool, st httpStatus) {
	writeHTTPMessage(w, isJSON, st.code, status.New(grpcCode(st.code), st.msg).Proto())
}

func grpcCode(httpCode int) codes.Code {
	switch httpCode {
	case http.StatusServiceUnavailable, http.StatusTooManyRequests:
		return codes.Unavailable
	case http.StatusRequestEntityTooLarge:
		return codes.ResourceExhausted
	case http.StatusUnauthorized:
		return codes.Unauthenticated
	case http.StatusForbidden:
		return codes.PermissionDenied
	}
	return codes.InvalidArgument
}

func writeHTTPMessage(w http.ResponseWriter, isJSON bool, code int, m proto.Message) {
	var b []byte
	if isJSON {
		w.Header().Set("Content-Type", "application/json")
		b, _ = protojson.Marshal(m)
	} else {
		w.Header().Set("Content-Type", "application/x-protobuf")
		b, _ = proto.Marshal(m)
	}
	w.WriteHeader(code)
	_, _ = io.Copy(w, bytes.NewReader(b))
}
