package ingest

import (
	"bytes"
	"context"
	"crypto/tls"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	metricspb "go.opentelemetry.io/proto/otlp/metrics/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/tlsutil"
	"github.com/llmobs/llmobs/pkg/tlsutil/tlstest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

const (
	tokIngestA = "ingest-tenant-a-0123456789"
	tokIngestB = "ingest-tenant-b-0123456789"
	tokReadA   = "read-tenant-a-0123456789ab"
)

// secureHarness runs ingest with TLS on both receivers, a tokens file and
// the rate limits given.
func secureHarness(t *testing.T, limits auth.RateLimits) (*harness, *Service, *tlstest.CA) {
	t.Helper()
	h := newHarness(t)
	dir := t.TempDir()
	tokens := filepath.Join(dir, "tokens.yaml")
	if err := os.WriteFile(tokens, []byte(`
- {token: `+tokIngestA+`, tenant: a, roles: [ingest]}
- {token: '`+auth.HashToken(tokIngestB)+`', tenant: b, roles: [ingest]}
- {token: `+tokReadA+`, tenant: a, roles: [read, search]}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "ingest")
	deps := h.deps()
	g, err := auth.New(auth.Config{TokensFile: tokens, RateLimit: limits}, deps.Log, deps.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := tlsutil.New(tlsutil.Config{CertFile: cert, KeyFile: key}, deps.Log, nil)
	if err != nil {
		t.Fatal(err)
	}
	deps.Auth, deps.TLS = g, tr
	svc, err := NewService(quietConfig(), deps)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ingest Run: %v", err)
		}
	})
	return h, svc, ca
}

func tenantSpan(id byte, attrTenant string) []byte {
	sp := goodSpan()
	sp.TraceId = bytes.Repeat([]byte{id}, 16)
	sp.SpanId = bytes.Repeat([]byte{id}, 8)
	if attrTenant != "" {
		sp.Attributes = append(sp.Attributes, kvs("tenant.id", attrTenant)...)
	}
	return traceReq(sp)
}

func postOTLP(t *testing.T, hc *http.Client, url, token string, body []byte) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-protobuf")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

// Both OTLP receivers serve TLS only and need a token with role ingest;
// the token's tenant is stamped on every span and wins over the span's
// own tenant.id attribute.
func TestOTLPNeedsTokenAndTLS(t *testing.T) {
	h, svc, ca := secureHarness(t, auth.RateLimits{})
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: ca.ClientConfig()}, Timeout: 10 * time.Second}
	url := "https://" + svc.HTTPAddr() + "/v1/traces"

	// HTTP: 401 with a google.rpc.Status body, 403 for the wrong role.
	resp, body := postOTLP(t, hc, url, "", tenantSpan(1, ""))
	st := decodeStatus(t, body)
	if resp.StatusCode != 401 || resp.Header.Get("WWW-Authenticate") == "" || st.Code() != codes.Unauthenticated {
		t.Fatalf("no token: %d %q %v", resp.StatusCode, resp.Header.Get("WWW-Authenticate"), st)
	}
	if resp, _ := postOTLP(t, hc, url, "wrong-token-0123456789abc", tenantSpan(1, "")); resp.StatusCode != 401 {
		t.Fatalf("unknown token: %d", resp.StatusCode)
	}
	if resp, body := postOTLP(t, hc, url, tokReadA, tenantSpan(1, "")); resp.StatusCode != 403 || decodeStatus(t, body).Code() != codes.PermissionDenied {
		t.Fatalf("read token: %d", resp.StatusCode)
	}
	if resp, b := postOTLP(t, hc, url, tokIngestA, tenantSpan(1, "b")); resp.StatusCode != 200 {
		t.Fatalf("ingest token a: %d %s", resp.StatusCode, b)
	}
	// Plain HTTP to the TLS listener does not get in.
	if resp, err := http.Post("http://"+svc.HTTPAddr()+"/v1/traces", "application/x-protobuf", bytes.NewReader(tenantSpan(9, ""))); err == nil {
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Fatal("plain HTTP accepted on the TLS receiver")
		}
	}

	// gRPC over TLS: Unauthenticated, PermissionDenied, then accepted.
	conn, err := grpc.NewClient(svc.GRPCAddr(), grpc.WithTransportCredentials(credentials.NewTLS(ca.ClientConfig())))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cl := coltracepb.NewTraceServiceClient(conn)
	export := func(token string, body []byte) error {
		var req coltracepb.ExportTraceServiceRequest
		if err := proto.Unmarshal(body, &req); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if token != "" {
			ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
		}
		_, err := cl.Export(ctx, &req)
		return err
	}
	if err := export("", tenantSpan(2, "")); status.Code(err) != codes.Unauthenticated {
		t.Fatalf("gRPC without token: %v", err)
	}
	if err := export(tokReadA, tenantSpan(2, "")); status.Code(err) != codes.PermissionDenied {
		t.Fatalf("gRPC read token: %v", err)
	}
	if err := export(tokIngestB, tenantSpan(2, "")); err != nil {
		t.Fatalf("gRPC ingest token b: %v", err)
	}
	// Plain-text gRPC does not get in.
	plain, err := grpc.NewClient(svc.GRPCAddr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	var req coltracepb.ExportTraceServiceRequest
	_ = proto.Unmarshal(tenantSpan(3, ""), &req)
	ctx, cancel := context.WithTimeout(metadata.AppendToOutgoingContext(context.Background(), "authorization", "Bearer "+tokIngestA), 3*time.Second)
	defer cancel()
	if _, err := coltracepb.NewTraceServiceClient(plain).Export(ctx, &req); err == nil {
		t.Fatal("plain-text gRPC accepted on the TLS receiver")
	}

	// GPU readings carry the sender's tenant too.
	gpuReq, _ := proto.Marshal(&colmetricspb.ExportMetricsServiceRequest{ResourceMetrics: []*metricspb.ResourceMetrics{{ScopeMetrics: []*metricspb.ScopeMetrics{{Metrics: []*metricspb.Metric{
		{Name: "DCGM_FI_DEV_GPU_UTIL", Data: &metricspb.Metric_Gauge{Gauge: &metricspb.Gauge{DataPoints: []*metricspb.NumberDataPoint{{
			TimeUnixNano: uint64(time.Now().UnixNano()), Value: &metricspb.NumberDataPoint_AsDouble{AsDouble: 87},
			Attributes: kvs("Hostname", "gpu-host-1", "gpu", "0", "UUID", "GPU-1"),
		}}}}},
	}}}}}})
	if resp, b := postOTLP(t, hc, "https://"+svc.HTTPAddr()+"/v1/metrics", tokIngestB, gpuReq); resp.StatusCode != 200 {
		t.Fatalf("GPU metrics: %d %s", resp.StatusCode, b)
	}
	recs := h.readTopic(h.topics.GPU, 1, 10*time.Second)
	var samples int
	for _, r := range recs {
		var b llmobsv1.GPUSampleBatch
		if err := proto.Unmarshal(r.Value, &b); err != nil {
			t.Fatal(err)
		}
		for _, g := range b.Samples {
			samples++
			if g.Tenant != "b" {
				t.Fatalf("GPU sample tenant %q, want b (the token's)", g.Tenant)
			}
		}
	}
	if samples != 1 {
		t.Fatalf("%d GPU samples, want 1", samples)
	}

	spans, _ := h.readSpans(2, 10*time.Second)
	got := map[byte]string{}
	for _, s := range spans {
		got[s.SpanId[0]] = s.GetGenAi().GetTenantId()
	}
	if len(got) != 2 || got[1] != "a" || got[2] != "b" {
		t.Fatalf("tenants of the accepted spans %v, want span 1 -> a (the token's, not its attribute's b), span 2 -> b", got)
	}
}

func decodeStatus(t *testing.T, body []byte) *status.Status {
	t.Helper()
	pb := status.New(codes.OK, "").Proto()
	if err := proto.Unmarshal(body, pb); err != nil {
		t.Fatalf("body is not a google.rpc.Status: %v", err)
	}
	return status.FromProto(pb)
}

// Each tenant has its own bucket: over it, HTTP answers 429 with
// Retry-After and gRPC RESOURCE_EXHAUSTED with RetryInfo (both
// retryable in OTLP); another tenant is not slowed.
func TestOTLPRateLimitPerTenant(t *testing.T) {
	_, svc, ca := secureHarness(t, auth.RateLimits{Limit: auth.Limit{RequestsPerSecond: 0.2, BurstSeconds: 5}})
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: ca.Pool}}, Timeout: 10 * time.Second}
	url := "https://" + svc.HTTPAddr() + "/v1/traces"
	if resp, _ := postOTLP(t, hc, url, tokIngestA, tenantSpan(1, "")); resp.StatusCode != 200 {
		t.Fatalf("first request: %d", resp.StatusCode)
	}
	resp, _ := postOTLP(t, hc, url, tokIngestA, tenantSpan(2, ""))
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("second request within the second: %d, want 429", resp.StatusCode)
	}
	if ra, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || ra < 1 || ra > 5 {
		t.Fatalf("Retry-After %q, want 1..5 s", resp.Header.Get("Retry-After"))
	}
	if resp, _ := postOTLP(t, hc, url, tokIngestB, tenantSpan(3, "")); resp.StatusCode != 200 {
		t.Fatalf("tenant b slowed by tenant a: %d", resp.StatusCode)
	}

	conn, err := grpc.NewClient(svc.GRPCAddr(), grpc.WithTransportCredentials(credentials.NewTLS(ca.ClientConfig())))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var req coltracepb.ExportTraceServiceRequest
	_ = proto.Unmarshal(tenantSpan(4, ""), &req)
	ctx, cancel := context.WithTimeout(metadata.AppendToOutgoingContext(context.Background(), "authorization", "Bearer "+tokIngestA), 5*time.Second)
	defer cancel()
	_, err = coltracepb.NewTraceServiceClient(conn).Export(ctx, &req)
	st, _ := status.FromError(err)
	if st.Code() != codes.ResourceExhausted {
		t.Fatalf("gRPC over the limit: %v", err)
	}
	var delay time.Duration
	for _, d := range st.Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok {
			delay = ri.RetryDelay.AsDuration()
		}
	}
	if delay <= 0 || delay > 5*time.Second {
		t.Fatalf("gRPC RetryInfo delay %v", delay)
	}
	m := svc.m
	if n := testutil.ToFloat64(m.rateLimited.WithLabelValues("otlp_http")) + testutil.ToFloat64(m.rateLimited.WithLabelValues("otlp_grpc")); n != 2 {
		t.Fatalf("rate-limited requests counted %v, want 2", n)
	}
}
