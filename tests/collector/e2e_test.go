package collector

import (
	"bytes"
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/proto"
	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/enricher"
	"github.com/llmobs/llmobs/services/ingest"
)

// The fake dcgm-exporter's one GPU, and the host the self-hosted model
// server runs on (dcgm's Hostname label = the span's host.name).
const (
	gpuHost  = "gpu-node-1"
	gpuUUID  = "GPU-1e6a2c4f-llmobs-e2e"
	gpuModel = "NVIDIA H100 80GB HBM3"
	gpuPod   = "vllm-0"
	gpuWatts = 700.0
)

// Applications' OTLP through each shipped Collector configuration, run by
// a real Collector (contrib v0.155.0), into Kafka (kfake), through llmobs's
// ingest and enricher: every GenAI naming generation arrives on
// llmobs.enriched (read_committed) with its model, tokens, a price and its
// TTFT, and the self-hosted call is joined with the GPU metrics the
// Collector's prometheus receiver scraped from a dcgm-exporter.
func TestCollectorToEnriched(t *testing.T) {
	bin := otelcol(t)
	configs := shippedConfigs(t)

	topics := kafka.DefaultTopics()
	cluster, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, topics.All()...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cluster.Close)
	kc := kafka.DefaultConfig()
	kc.Brokers = cluster.ListenAddrs()

	logs := startLLMObs(t, kc, topics)
	dcgm := newFakeDCGM(t)

	for _, c := range configs {
		t.Run(c.name, func(t *testing.T) {
			if c.secure {
				t.Skip("TLS, bearer token and SCRAM: run by TestComposeCollectorIsSecure")
			}
			runChain(t, bin, c, kc, topics, dcgm)
			if t.Failed() {
				t.Logf("llmobs log (tail):\n%s", logs.tail(8<<10))
			}
		})
	}
}

// startLLMObs runs ingest and enricher in-process against the broker, as
// the all-in-one binary does, with short waits for a test.
func startLLMObs(t *testing.T, kc kafka.Config, topics kafka.Topics) *lockedBuffer {
	logs := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	deps := func(name string) service.Deps {
		adm := admin.New(log)
		return service.Deps{Log: log.With("service", name), Metrics: adm.Registry, Admin: adm, Kafka: kc, Topics: topics,
			InstanceID: "collector-e2e-" + name, ShutdownTimeout: 5 * time.Second}
	}
	icfg := ingest.DefaultConfig()
	icfg.GRPCListen, icfg.HTTPListen = "", "" // the Collector is the front door
	icfg.OutOfOrderness, icfg.DeliveryDelay = time.Second, time.Second
	isvc, err := ingest.New(icfg, deps("ingest"))
	if err != nil {
		t.Fatal(err)
	}
	ecfg := enricher.DefaultConfig()
	ecfg.JoinWait, ecfg.OutOfOrderness = time.Second, time.Second
	ecfg.MaxWait, ecfg.GPUIdleTimeout = 15*time.Second, 10*time.Second
	esvc, err := enricher.New(ecfg, deps("enricher"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for name, s := range map[string]service.Service{"ingest": isvc, "enricher": esvc} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Run(ctx); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}()
	}
	t.Cleanup(func() { cancel(); wg.Wait() })
	return logs
}

// fakeDCGM serves what NVIDIA's dcgm-exporter serves on :9400/metrics,
// for one GPU, with the energy counter following the power reading.
type fakeDCGM struct {
	addr    string
	scrapes atomic.Int64
}

func newFakeDCGM(t *testing.T) *fakeDCGM {
	d := &fakeDCGM{}
	start := time.Now()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/metrics" {
			http.NotFound(w, r)
			return
		}
		d.scrapes.Add(1)
		labels := fmt.Sprintf(`gpu="0",UUID=%q,pci_bus_id="00000000:07:00.0",device="nvidia0",modelName=%q,Hostname=%q,DCGM_FI_DRIVER_VERSION="550.54.15",container="vllm",namespace="inference",pod=%q`,
			gpuUUID, gpuModel, gpuHost, gpuPod)
		energy := 1e9 + gpuWatts*time.Since(start).Seconds()*1000 // mJ
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		for _, m := range []struct {
			name, typ, help string
			v               float64
		}{
			{"DCGM_FI_DEV_SM_CLOCK", "gauge", "SM clock frequency (in MHz).", 1980},
			{"DCGM_FI_DEV_GPU_TEMP", "gauge", "GPU temperature (in C).", 61},
			{"DCGM_FI_DEV_POWER_USAGE", "gauge", "Power draw (in W).", gpuWatts},
			{"DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", "counter", "Total energy consumption since boot (in mJ).", energy},
			{"DCGM_FI_DEV_GPU_UTIL", "gauge", "GPU utilization (in %).", 87},
			{"DCGM_FI_DEV_FB_FREE", "gauge", "Framebuffer memory free (in MiB).", 11000},
			{"DCGM_FI_DEV_FB_USED", "gauge", "Framebuffer memory used (in MiB).", 70000},
			{"DCGM_FI_PROF_GR_ENGINE_ACTIVE", "gauge", "Ratio of time the graphics engine is active.", 0.83},
		} {
			fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s{%s} %g\n", m.name, m.help, m.name, m.typ, m.name, labels, m.v)
		}
	}))
	t.Cleanup(srv.Close)
	d.addr = strings.TrimPrefix(srv.URL, "http://")
	return d
}

// want is one application's LLM call and what llmobs must make of it.
type want struct {
	gen      string // naming generation
	service  string
	host     string
	provider string // normalised
	model    string // response model, else request model
	in, out  int64
	ttft     time.Duration // 0: none given
	gpu      bool          // served on the fake dcgm GPU
	grpc     bool          // sent over OTLP/gRPC instead of OTLP/HTTP
	attrs    []*commonpb.KeyValue
	events   []*tracepb.Span_Event
}

func str(k, v string) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: v}}}
}

func num(k string, v int64) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_IntValue{IntValue: v}}}
}

func dbl(k string, v float64) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_DoubleValue{DoubleValue: v}}}
}

func boolean(k string, v bool) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_BoolValue{BoolValue: v}}}
}

// calls are one LLM call per naming generation seen in the wild (the
// attribute sets of services/ingest/testdata/otlp), plus a self-hosted
// vLLM call on the GPU host. start is the calls' start time (for event
// times).
func calls(start time.Time) []want {
	at := func(d time.Duration) uint64 { return uint64(start.Add(d).UnixNano()) }
	return []want{{
		gen: "semconv (gen_ai.provider.name)", service: "chat-api", host: "app-node", provider: "openai",
		model: "gpt-4o-2024-08-06", in: 1200, out: 350, ttft: 420 * time.Millisecond,
		attrs: []*commonpb.KeyValue{
			str("gen_ai.operation.name", "chat"), str("gen_ai.provider.name", "openai"),
			str("gen_ai.request.model", "gpt-4o"), str("gen_ai.response.model", "gpt-4o-2024-08-06"),
			num("gen_ai.usage.input_tokens", 1200), num("gen_ai.usage.output_tokens", 350),
			dbl("gen_ai.response.time_to_first_chunk", 0.42), boolean("gen_ai.request.stream", true),
			str("gen_ai.input.messages", `[{"role":"user","parts":[{"type":"text","content":"Where is my refund?"}]}]`),
			str("gen_ai.output.messages", `[{"role":"assistant","parts":[{"type":"text","content":"It was sent on Monday."}],"finish_reason":"stop"}]`),
		},
	}, {
		gen: "semconv, deprecated names (gen_ai.system)", service: "summariser", host: "app-node", provider: "anthropic",
		model: "claude-3-5-sonnet-20241022", in: 800, out: 200,
		attrs: []*commonpb.KeyValue{
			str("gen_ai.operation.name", "chat"), str("gen_ai.system", "anthropic"),
			str("gen_ai.request.model", "claude-3-5-sonnet-20241022"),
			num("gen_ai.usage.prompt_tokens", 800), num("gen_ai.usage.completion_tokens", 200),
			str("gen_ai.prompt", "Summarise the ticket."), str("gen_ai.completion", "The customer wants a refund."),
		},
	}, {
		gen: "OpenLLMetry (gen_ai.prompt.N.*)", service: "rag-bot", host: "app-node", provider: "openai",
		model: "gpt-4o-mini-2024-07-18", in: 90, out: 30, ttft: 300 * time.Millisecond,
		attrs: []*commonpb.KeyValue{
			str("llm.request.type", "chat"), str("gen_ai.system", "OpenAI"),
			str("gen_ai.request.model", "gpt-4o-mini"), str("gen_ai.response.model", "gpt-4o-mini-2024-07-18"),
			num("gen_ai.usage.prompt_tokens", 90), num("gen_ai.usage.completion_tokens", 30), num("llm.usage.total_tokens", 120),
			boolean("llm.is_streaming", true),
			str("gen_ai.prompt.0.role", "system"), str("gen_ai.prompt.0.content", "Answer from the context."),
			str("gen_ai.prompt.1.role", "user"), str("gen_ai.prompt.1.content", "Who wrote Dune?"),
			str("gen_ai.completion.0.role", "assistant"), str("gen_ai.completion.0.content", "Frank Herbert."),
		},
		events: []*tracepb.Span_Event{
			{Name: "llm.content.completion.chunk", TimeUnixNano: at(300 * time.Millisecond)},
			{Name: "llm.content.completion.chunk", TimeUnixNano: at(400 * time.Millisecond)},
		},
	}, {
		gen: "OpenLIT (gen_ai.server.ttft)", service: "support-agent", host: "app-node", provider: "openai",
		model: "gpt-4o-mini-2024-07-18", in: 400, out: 60, ttft: 250 * time.Millisecond, grpc: true,
		attrs: []*commonpb.KeyValue{
			str("telemetry.sdk.name", "openlit"), str("gen_ai.system", "openai"), str("gen_ai.operation.name", "chat"),
			str("gen_ai.endpoint", "openai.chat.completions"),
			str("gen_ai.request.model", "gpt-4o-mini"), str("gen_ai.response.model", "gpt-4o-mini-2024-07-18"),
			num("gen_ai.usage.input_tokens", 400), num("gen_ai.usage.output_tokens", 60), num("gen_ai.usage.total_tokens", 460),
			dbl("gen_ai.usage.cost", 9.6e-05), boolean("gen_ai.request.is_stream", true),
			dbl("gen_ai.server.ttft", 0.25), dbl("gen_ai.server.tbt", 0.02), str("gen_ai.request.user", "user-7"),
		},
		events: []*tracepb.Span_Event{
			{Name: "gen_ai.content.prompt", TimeUnixNano: at(0), Attributes: []*commonpb.KeyValue{str("gen_ai.prompt", "user: reset my password")}},
			{Name: "gen_ai.content.completion", TimeUnixNano: at(time.Second), Attributes: []*commonpb.KeyValue{str("gen_ai.completion", "Use the link we sent.")}},
		},
	}, {
		gen: "self-hosted vLLM (gen_ai.provider.name vllm)", service: "vllm", host: gpuHost, provider: "vllm",
		model: "meta-llama/Llama-3.1-8B-Instruct", in: 500, out: 200, ttft: 80 * time.Millisecond, gpu: true,
		attrs: []*commonpb.KeyValue{
			str("gen_ai.operation.name", "chat"), str("gen_ai.provider.name", "vllm"),
			str("gen_ai.request.model", "meta-llama/Llama-3.1-8B-Instruct"),
			num("gen_ai.usage.input_tokens", 500), num("gen_ai.usage.output_tokens", 200),
			dbl("gen_ai.response.time_to_first_chunk", 0.08),
		},
	}}
}

// exporterOverride points every kafka exporter of a shipped config at the
// test's broker and every listener at a free loopback port, and scrapes
// the fake dcgm-exporter every second. Nothing else of the shipped
// configuration changes: its exporters' topics, encodings, partitioning,
// its processors and pipelines are what runs.
func override(t *testing.T, c shippedConfig, brokers []string, dcgm string) (file string, otlpGRPC, otlpHTTP, health string) {
	t.Helper()
	kafkaExporters := map[string]bool{}
	receivers := map[string]bool{}
	for _, f := range c.files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Receivers map[string]any `yaml:"receivers"`
			Exporters map[string]any `yaml:"exporters"`
		}
		if err := yaml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for id := range doc.Exporters {
			if id == "kafka" || strings.HasPrefix(id, "kafka/") {
				kafkaExporters[id] = true
			}
		}
		for id := range doc.Receivers {
			receivers[id] = true
		}
	}
	if len(kafkaExporters) == 0 {
		t.Fatalf("%s: no kafka exporter", c.name)
	}
	for _, id := range []string{"otlp", "prometheus/dcgm"} {
		if !receivers[id] {
			t.Fatalf("%s: no %s receiver", c.name, id)
		}
	}
	otlpGRPC, otlpHTTP, health = freeAddr(t), freeAddr(t), freeAddr(t)
	telemetry := freeAddr(t)
	_, telemetryPort, _ := net.SplitHostPort(telemetry)
	var b strings.Builder
	fmt.Fprintf(&b, `receivers:
  otlp:
    protocols:
      grpc: {endpoint: %q}
      http: {endpoint: %q}
  prometheus/dcgm:
    config:
      scrape_configs:
        - job_name: dcgm-exporter
          scrape_interval: 1s
          static_configs:
            - targets: [%q]
exporters:
`, otlpGRPC, otlpHTTP, dcgm)
	for id := range kafkaExporters {
		fmt.Fprintf(&b, "  %s:\n    brokers: [%q]\n", id, strings.Join(brokers, `", "`))
	}
	fmt.Fprintf(&b, `extensions:
  health_check:
    endpoint: %q
service:
  extensions: [health_check]
  telemetry:
    metrics:
      readers:
        - pull: {exporter: {prometheus: {host: 127.0.0.1, port: %s}}}
`, health, telemetryPort)
	file = filepath.Join(t.TempDir(), "test-override.yaml")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return file, otlpGRPC, otlpHTTP, health
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// partitionsByTraceID reads partition_traces_by_id from a config's kafka
// exporters (true when any sets it).
func partitionsByTraceID(t *testing.T, c shippedConfig) bool {
	for _, f := range c.files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Exporters map[string]struct {
				PartitionTracesByID bool `yaml:"partition_traces_by_id"`
			} `yaml:"exporters"`
		}
		if err := yaml.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		for id, e := range doc.Exporters {
			if (id == "kafka" || strings.HasPrefix(id, "kafka/")) && e.PartitionTracesByID {
				return true
			}
		}
	}
	return false
}

func runChain(t *testing.T, bin string, c shippedConfig, kc kafka.Config, topics kafka.Topics, dcgm *fakeDCGM) {
	ov, grpcAddr, httpAddr, health := override(t, c, kc.Brokers, dcgm.addr)
	files := append(append([]string(nil), c.files...), ov)

	// The Collector, as a process.
	out := &lockedBuffer{}
	cmd := exec.Command(bin, configArgs(files)...)
	cmd.Env = collectorEnv(t, c.files...)
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
	scrapes := dcgm.scrapes.Load()
	waitFor(t, 60*time.Second, exited, "the Collector's health check", func() bool {
		resp, err := http.Get("http://" + health + "/")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	// GPU samples around the calls: the Collector scrapes every second.
	waitFor(t, 30*time.Second, exited, "three scrapes of the fake dcgm-exporter", func() bool {
		return dcgm.scrapes.Load() >= scrapes+3
	})

	// The applications' calls: 2.5 s each, ended just now.
	start := time.Now().Add(-3 * time.Second)
	end := start.Add(2500 * time.Millisecond)
	ws := calls(start)
	byTrace := map[string]want{}
	bySpan := map[string]want{}
	spanIDs := make([]string, len(ws))
	for i, w := range ws {
		traceID, spanID := randomID(16), randomID(8)
		byTrace[string(traceID)], bySpan[string(spanID)] = w, w
		spanIDs[i] = string(spanID)
		req := &coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{
			Resource: &resourcepb.Resource{Attributes: resourceAttrs(w)},
			ScopeSpans: []*tracepb.ScopeSpans{{
				Scope: &commonpb.InstrumentationScope{Name: "collector-e2e"},
				Spans: []*tracepb.Span{{
					TraceId: traceID, SpanId: spanID, Name: "chat " + w.model, Kind: tracepb.Span_SPAN_KIND_CLIENT,
					StartTimeUnixNano: uint64(start.UnixNano()), EndTimeUnixNano: uint64(end.UnixNano()),
					Attributes: w.attrs, Events: w.events,
					Status: &tracepb.Status{Code: tracepb.Status_STATUS_CODE_OK},
				}},
			}},
		}}}
		if w.grpc {
			sendGRPC(t, grpcAddr, req)
		} else {
			sendHTTP(t, httpAddr, req)
		}
	}

	// What the Collector wrote: one trace per record, keyed by its hex
	// trace ID when the config partitions traces by ID.
	if partitionsByTraceID(t, c) {
		checkSpanKeys(t, kc, topics.OTLPSpans, byTrace, exited)
	}

	got := readEnriched(t, kc, topics.Enriched, bySpan, exited)
	for i, w := range ws {
		es := got[spanIDs[i]]
		t.Run(w.gen, func(t *testing.T) { checkEnriched(t, w, es, end.Sub(start)) })
	}
}

func resourceAttrs(w want) []*commonpb.KeyValue {
	attrs := []*commonpb.KeyValue{str("service.name", w.service), str("host.name", w.host), str("deployment.environment.name", "e2e")}
	if w.gpu {
		attrs = append(attrs, str("k8s.pod.name", gpuPod), str("k8s.namespace.name", "inference"))
	}
	return attrs
}

func randomID(n int) []byte {
	b := make([]byte, n)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	return b
}

func sendHTTP(t *testing.T, addr string, req *coltracepb.ExportTraceServiceRequest) {
	t.Helper()
	body, err := proto.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post("http://"+addr+"/v1/traces", "application/x-protobuf", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("OTLP/HTTP: %v", err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("OTLP/HTTP: %s: %s", resp.Status, b)
	}
	var ack coltracepb.ExportTraceServiceResponse
	if err := proto.Unmarshal(b, &ack); err != nil {
		t.Fatalf("OTLP/HTTP answer: %v", err)
	}
	if ps := ack.GetPartialSuccess(); ps.GetRejectedSpans() != 0 {
		t.Fatalf("OTLP/HTTP: %d spans rejected: %s", ps.GetRejectedSpans(), ps.GetErrorMessage())
	}
}

func sendGRPC(t *testing.T, addr string, req *coltracepb.ExportTraceServiceRequest) {
	t.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ack, err := coltracepb.NewTraceServiceClient(conn).Export(ctx, req)
	if err != nil {
		t.Fatalf("OTLP/gRPC: %v", err)
	}
	if ps := ack.GetPartialSuccess(); ps.GetRejectedSpans() != 0 {
		t.Fatalf("OTLP/gRPC: %d spans rejected: %s", ps.GetRejectedSpans(), ps.GetErrorMessage())
	}
}

// waitFor polls cond until it holds, the deadline passes or the
// Collector exits.
func waitFor(t *testing.T, d time.Duration, exited <-chan error, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		select {
		case err := <-exited:
			t.Fatalf("the Collector exited (%v) while waiting for %s", err, what)
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s after %s", what, d)
		}
	}
}

// consume reads topic from its start, read_committed, handing each record
// to fn until fn says it has all it wants or d passes.
func consume(t *testing.T, kc kafka.Config, topic string, d time.Duration, exited <-chan error, fn func(*kgo.Record) (done bool)) {
	t.Helper()
	cl, err := kafka.NewClient(kc, "collector-e2e-reader",
		kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("the Collector exited (%v) while reading %s", err, topic)
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		fs := cl.PollFetches(ctx)
		cancel()
		done := false
		fs.EachRecord(func(r *kgo.Record) {
			if !done && fn(r) {
				done = true
			}
		})
		if done {
			return
		}
	}
	t.Errorf("%s: not everything arrived within %s", topic, d)
}

func checkSpanKeys(t *testing.T, kc kafka.Config, topic string, byTrace map[string]want, exited <-chan error) {
	t.Helper()
	seen := map[string]bool{}
	consume(t, kc, topic, 60*time.Second, exited, func(r *kgo.Record) bool {
		var req coltracepb.ExportTraceServiceRequest
		if err := proto.Unmarshal(r.Value, &req); err != nil {
			t.Errorf("%s: a record that is not otlp_proto: %v", topic, err)
			return false
		}
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					if _, ok := byTrace[string(sp.TraceId)]; !ok {
						continue
					}
					seen[string(sp.TraceId)] = true
					if key := hex.EncodeToString(sp.TraceId); string(r.Key) != key {
						t.Errorf("%s: trace %s in a record keyed %q, want its trace ID (partition_traces_by_id)", topic, key, r.Key)
					}
				}
			}
		}
		return len(seen) == len(byTrace)
	})
}

func readEnriched(t *testing.T, kc kafka.Config, topic string, bySpan map[string]want, exited <-chan error) map[string]*llmobsv1.EnrichedSpan {
	t.Helper()
	got := map[string]*llmobsv1.EnrichedSpan{}
	consume(t, kc, topic, 90*time.Second, exited, func(r *kgo.Record) bool {
		var b llmobsv1.EnrichedSpanBatch
		if err := proto.Unmarshal(r.Value, &b); err != nil {
			t.Errorf("%s: %v", topic, err)
			return false
		}
		for _, es := range b.Spans {
			if _, ok := bySpan[string(es.GetSpan().GetSpanId())]; ok {
				got[string(es.Span.SpanId)] = es
			}
		}
		return len(got) == len(bySpan)
	})
	return got
}

func checkEnriched(t *testing.T, w want, es *llmobsv1.EnrichedSpan, dur time.Duration) {
	if es == nil {
		t.Fatalf("%s: not on llmobs.enriched", w.gen)
	}
	sp, g, cost := es.Span, es.Span.GetGenAi(), es.GetCost()
	ttft := "none"
	if g.TtftNanos != nil {
		ttft = time.Duration(*g.TtftNanos).String()
	}
	t.Logf("class=%s provider=%s model=%s (asked %s) tokens=%d in/%d out ttft=%s cost={%v} gpu={%v}",
		sp.Class, g.GetProvider(), g.GetResponseModel(), g.GetRequestModel(), g.GetInputTokens(), g.GetOutputTokens(),
		ttft, cost, es.GetGpu())
	if sp.Class != llmobsv1.SpanClass_SPAN_CLASS_LLM {
		t.Errorf("class %s, want LLM", sp.Class)
	}
	if r := sp.GetResource(); r.GetServiceName() != w.service || r.GetHostName() != w.host {
		t.Errorf("resource %s@%s, want %s@%s", r.GetServiceName(), r.GetHostName(), w.service, w.host)
	}
	if g.GetProvider() != w.provider {
		t.Errorf("provider %q, want %q", g.GetProvider(), w.provider)
	}
	model := g.GetResponseModel()
	if model == "" {
		model = g.GetRequestModel()
	}
	if model != w.model {
		t.Errorf("model %q, want %q", model, w.model)
	}
	if g.GetInputTokens() != w.in || g.GetOutputTokens() != w.out {
		t.Errorf("tokens %d in / %d out, want %d / %d", g.GetInputTokens(), g.GetOutputTokens(), w.in, w.out)
	}
	switch {
	case w.ttft == 0 && g.TtftNanos != nil:
		t.Errorf("TTFT %v, none was given", time.Duration(*g.TtftNanos))
	case w.ttft != 0 && g.TtftNanos == nil:
		t.Errorf("no TTFT, want %v", w.ttft)
	case w.ttft != 0 && (time.Duration(*g.TtftNanos)-w.ttft).Abs() > time.Millisecond:
		t.Errorf("TTFT %v, want %v", time.Duration(*g.TtftNanos), w.ttft)
	}
	if cost == nil || cost.UnknownModel || !(cost.Total > 0) || cost.PriceModel == "" {
		t.Errorf("not priced: %+v", cost)
	}
	a := es.GetGpu()
	if !w.gpu {
		if cost.GetInput() <= 0 || cost.GetOutput() <= 0 {
			t.Errorf("an API call priced without input and output token prices: %+v", cost)
		}
		if a.GetMethod() != llmobsv1.JoinMethod_JOIN_METHOD_NONE {
			t.Errorf("an API call joined with GPU samples: %+v", a)
		}
		return
	}
	// The self-hosted call: joined with the dcgm samples of its host's GPU
	// (by host and time), priced by its GPU-seconds.
	if a.GetMethod() == llmobsv1.JoinMethod_JOIN_METHOD_NONE {
		t.Fatalf("the self-hosted call is not joined with GPU samples: %+v", a)
	}
	if a.GetHostName() != gpuHost || a.GetGpuUuid() != gpuUUID || a.GetGpuModel() != gpuModel || a.GetGpus() != 1 || a.GetSamples() == 0 {
		t.Errorf("GPU join %+v, want host %s, GPU %s (%s)", a, gpuHost, gpuUUID, gpuModel)
	}
	if s := a.GetGpuSeconds(); !(s > 0) || s > dur.Seconds()+0.01 {
		t.Errorf("GPU-seconds %v, want (0, %v]", s, dur.Seconds())
	}
	if math.Abs(a.GetUtilMeanPercent()-87) > 0.01 || math.Abs(a.GetPowerMeanWatts()-gpuWatts) > 0.01 {
		t.Errorf("utilisation %v%%, power %v W, want 87%%, %v W", a.GetUtilMeanPercent(), a.GetPowerMeanWatts(), gpuWatts)
	}
	if !(a.GetEnergyJoules() > 0) {
		t.Errorf("no energy: %+v", a)
	}
	if !(cost.GetGpu() > 0) || cost.GetPriceTier() != "self_hosted" {
		t.Errorf("the self-hosted call is not priced by GPU-seconds: %+v", cost)
	}
}

// lockedBuffer is an io.Writer safe for concurrent writers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.b.String()
	if len(s) > n {
		s = "…" + s[len(s)-n:]
	}
	return s
}
