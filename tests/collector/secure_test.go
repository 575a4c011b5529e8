package collector

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/pkg/tlsutil"
	"github.com/llmobs/llmobs/pkg/tlsutil/tlstest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/ingest"
)

// The Collector configuration of a deployment that sends to ingest's own
// OTLP/HTTP receiver: the otlphttp exporter over TLS (trusting the
// deployment's CA), authenticated by the bearertokenauth extension with
// the token from the environment.
const secureCollector = `extensions:
  bearertokenauth:
    token: ${env:LLMOBS_INGEST_TOKEN}
  health_check:
    endpoint: %[1]s
receivers:
  otlp:
    protocols:
      http:
        endpoint: %[2]s
exporters:
  otlphttp/llmobs:
    endpoint: https://%[3]s
    tls:
      ca_file: %[4]s
    auth:
      authenticator: bearertokenauth
    retry_on_failure:
      enabled: false
service:
  extensions: [bearertokenauth, health_check]
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlphttp/llmobs]
  telemetry:
    logs:
      level: warn
`

// A real Collector's otlphttp exporter with the bearertokenauth extension
// sends to ingest over TLS: with the tenant's ingest token the spans
// arrive on llmobs.spans stamped with the token's tenant (over their own
// tenant.id attribute); with a token ingest does not know, nothing
// arrives and ingest counts the refusals.
func TestCollectorBearerTokenOverTLS(t *testing.T) {
	bin := otelcol(t)
	topics := kafka.DefaultTopics()
	cluster, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, topics.All()...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cluster.Close)
	kc := kafka.DefaultConfig()
	kc.Brokers = cluster.ListenAddrs()

	// ingest with TLS and a tokens file, its OTLP/HTTP on a known port.
	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "ingest")
	dir := t.TempDir()
	tokens := filepath.Join(dir, "tokens.yaml")
	const token = "collector-acme-0123456789abcdef"
	if err := os.WriteFile(tokens, []byte("- {token: '"+auth.HashToken(token)+"', tenant: acme, roles: [ingest], name: collector}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	reg := prometheus.NewRegistry()
	g, err := auth.New(auth.Config{TokensFile: tokens}, log, reg)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := tlsutil.New(tlsutil.Config{CertFile: cert, KeyFile: key}, log, nil)
	if err != nil {
		t.Fatal(err)
	}
	icfg := ingest.DefaultConfig()
	icfg.GRPCListen, icfg.HTTPListen = "", freeAddr(t)
	adm := admin.New(log)
	isvc, err := ingest.New(icfg, service.Deps{Log: log, Metrics: reg, Admin: adm, Kafka: kc, Topics: topics,
		InstanceID: "collector-secure", ShutdownTimeout: 5 * time.Second, Auth: g, TLS: tr})
	if err != nil {
		t.Fatal(err)
	}
	runService(t, isvc)

	refused := func() float64 { return refusedTotal(t, reg) }
	for _, tc := range []struct {
		name, token string
		arrives     bool
	}{
		{"unknown token", "not-the-token-0123456789abc", false},
		{"tenant acme's token", token, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := refused()
			recv := startCollector(t, bin, icfg.HTTPListen, ca.File, tc.token)
			spanID := randomID(8)
			sendHTTP(t, recv, &coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{
				Resource: &resourcepb.Resource{Attributes: []*commonpb.KeyValue{str("service.name", "secure-chat")}},
				ScopeSpans: []*tracepb.ScopeSpans{{Spans: []*tracepb.Span{{
					TraceId: randomID(16), SpanId: spanID, Name: "chat gpt-4o", Kind: tracepb.Span_SPAN_KIND_CLIENT,
					StartTimeUnixNano: uint64(time.Now().Add(-time.Second).UnixNano()), EndTimeUnixNano: uint64(time.Now().UnixNano()),
					Attributes: []*commonpb.KeyValue{str("gen_ai.operation.name", "chat"), str("gen_ai.request.model", "gpt-4o"), str("tenant.id", "globex")},
				}}}},
			}}})
			if !tc.arrives {
				deadline := time.Now().Add(20 * time.Second)
				for refused() == before {
					if time.Now().After(deadline) {
						t.Fatal("ingest never refused the Collector's unknown token")
					}
					time.Sleep(200 * time.Millisecond)
				}
				return
			}
			var got *llmobsv1.Span
			consume(t, kc, topics.Spans, 30*time.Second, nil, func(r *kgo.Record) bool {
				var b llmobsv1.SpanBatch
				if proto.Unmarshal(r.Value, &b) != nil {
					return false
				}
				for _, s := range b.Spans {
					if string(s.SpanId) == string(spanID) {
						got = s
					}
				}
				return got != nil
			})
			if got == nil {
				t.Fatal("the span sent through the Collector never reached llmobs.spans")
			}
			if got.GetGenAi().GetTenantId() != "acme" || got.GetSource() != "otlp_http" {
				t.Fatalf("span tenant %q source %q, want acme (the token's) over otlp_http", got.GetGenAi().GetTenantId(), got.GetSource())
			}
			if refused() != before {
				t.Fatalf("ingest refused a request of the Collector with the right token")
			}
		})
	}
}

// refusedTotal is llmobs_auth_refused_total in reg, summed over reasons.
func refusedTotal(t *testing.T, reg *prometheus.Registry) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var n float64
	for _, mf := range mfs {
		if mf.GetName() == "llmobs_auth_refused_total" {
			for _, m := range mf.GetMetric() {
				n += m.GetCounter().GetValue()
			}
		}
	}
	return n
}

// runService runs s until the test ends.
func runService(t *testing.T, s service.Service) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
}

// startCollector runs the Collector with secureCollector's configuration
// (exporting to ingest at ingestAddr, trusting caFile) and
// LLMOBS_INGEST_TOKEN=token; it returns the address of the Collector's
// OTLP/HTTP receiver once its health check answers.
func startCollector(t *testing.T, bin, ingestAddr, caFile, token string) string {
	t.Helper()
	health, recv := freeAddr(t), freeAddr(t)
	file := filepath.Join(t.TempDir(), "collector.yaml")
	if err := os.WriteFile(file, []byte(fmt.Sprintf(secureCollector, health, recv, ingestAddr, caFile)), 0o600); err != nil {
		t.Fatal(err)
	}
	out := &lockedBuffer{}
	cmd := exec.Command(bin, "--config", file)
	cmd.Env = append(os.Environ(), "LLMOBS_INGEST_TOKEN="+token)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("otelcol output (tail):\n%s", out.tail(16<<10))
		}
	})
	waitFor(t, 60*time.Second, exited, "the Collector's health check", func() bool {
		resp, err := http.Get("http://" + health + "/")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	return recv
}

// Compose's Collector (config.yaml + secure.yaml, as compose runs it): its
// OTLP receivers speak TLS only and refuse requests without the bearer
// token (HTTP 401, gRPC UNAUTHENTICATED), and it publishes what it accepts
// to a Kafka that takes SASL/SCRAM-SHA-512 only.
func TestComposeCollectorIsSecure(t *testing.T) {
	bin := otelcol(t)
	var c shippedConfig
	for _, sc := range shippedConfigs(t) {
		if sc.secure {
			c = sc
		}
	}
	if len(c.files) == 0 {
		t.Fatal("no secure shipped config")
	}
	topics := kafka.DefaultTopics()
	const password = "scram-password-for-the-test"
	cluster, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.EnableSASL(), kfake.Superuser("SCRAM-SHA-512", "llmobs", password),
		kfake.SeedTopics(3, topics.All()...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cluster.Close)
	kc := kafka.DefaultConfig()
	kc.Brokers = cluster.ListenAddrs()
	kc.SASL = kafka.SASL{Mechanism: "SCRAM-SHA-512", Username: "llmobs", Password: password}

	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "otel-collector")
	grpcAddr, httpAddr, health, telemetry := freeAddr(t), freeAddr(t), freeAddr(t), freeAddr(t)
	_, telemetryPort, _ := net.SplitHostPort(telemetry)
	ov := filepath.Join(t.TempDir(), "override.yaml")
	if err := os.WriteFile(ov, []byte(fmt.Sprintf(`receivers:
  otlp:
    protocols:
      grpc: {endpoint: %q}
      http: {endpoint: %q}
exporters:
  kafka/llmobs:
    brokers: [%q]
extensions:
  health_check:
    endpoint: %q
service:
  telemetry:
    metrics:
      readers:
        - pull: {exporter: {prometheus: {host: 127.0.0.1, port: %s}}}
`, grpcAddr, httpAddr, strings.Join(kc.Brokers, `", "`), health, telemetryPort)), 0o600); err != nil {
		t.Fatal(err)
	}
	const token = "compose-otlp-token-0123456789"
	out := &lockedBuffer{}
	cmd := exec.Command(bin, configArgs(append(append([]string(nil), c.files...), ov))...)
	cmd.Env = append(os.Environ(), "LLMOBS_OTLP_TOKEN="+token, "KAFKA_SCRAM_PASSWORD="+password,
		"LLMOBS_TLS_CERT_FILE="+cert, "LLMOBS_TLS_KEY_FILE="+key)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("otelcol output (tail):\n%s", out.tail(16<<10))
		}
	})
	waitFor(t, 60*time.Second, exited, "the Collector's health check", func() bool {
		resp, err := http.Get("http://" + health + "/")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})

	spanID := randomID(8)
	body, _ := proto.Marshal(&coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{
		Resource: &resourcepb.Resource{Attributes: []*commonpb.KeyValue{str("service.name", "compose-chat")}},
		ScopeSpans: []*tracepb.ScopeSpans{{Spans: []*tracepb.Span{{
			TraceId: randomID(16), SpanId: spanID, Name: "chat gpt-4o", Kind: tracepb.Span_SPAN_KIND_CLIENT,
			StartTimeUnixNano: uint64(time.Now().Add(-time.Second).UnixNano()), EndTimeUnixNano: uint64(time.Now().UnixNano()),
			Attributes: []*commonpb.KeyValue{str("gen_ai.operation.name", "chat"), str("gen_ai.request.model", "gpt-4o")},
		}}}},
	}}})
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: ca.ClientConfig()}, Timeout: 10 * time.Second}
	post := func(tok string) int {
		req, _ := http.NewRequest("POST", "https://"+httpAddr+"/v1/traces", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/x-protobuf")
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatalf("OTLP/HTTPS: %v", err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(""); code != http.StatusUnauthorized {
		t.Errorf("OTLP/HTTP without the token: %d, want 401", code)
	}
	if code := post("wrong-token-0123456789"); code != http.StatusUnauthorized {
		t.Errorf("OTLP/HTTP with a wrong token: %d, want 401", code)
	}
	if resp, err := http.Post("http://"+httpAddr+"/v1/traces", "application/x-protobuf", bytes.NewReader(body)); err == nil {
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Error("plain HTTP accepted by the TLS receiver")
		}
	}
	conn, err := grpc.NewClient(grpcAddr, grpc.WithTransportCredentials(credentials.NewTLS(ca.ClientConfig())))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var req coltracepb.ExportTraceServiceRequest
	_ = proto.Unmarshal(body, &req)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := coltracepb.NewTraceServiceClient(conn).Export(ctx, &req); status.Code(err) != codes.Unauthenticated {
		t.Errorf("OTLP/gRPC without the token: %v, want UNAUTHENTICATED", err)
	}
	if code := post(token); code != http.StatusOK {
		t.Fatalf("OTLP/HTTP with the token: %d", code)
	}
	var n int
	consume(t, kc, topics.OTLPSpans, 30*time.Second, exited, func(r *kgo.Record) bool {
		var tr coltracepb.ExportTraceServiceRequest
		if proto.Unmarshal(r.Value, &tr) == nil {
			for _, rs := range tr.ResourceSpans {
				for _, ss := range rs.ScopeSpans {
					for _, s := range ss.Spans {
						if string(s.SpanId) == string(spanID) {
							n++
						}
					}
				}
			}
		}
		return n > 0
	})
	if n != 1 {
		t.Fatalf("the authorised span reached otlp_spans %d times over SCRAM, want once", n)
	}
}
