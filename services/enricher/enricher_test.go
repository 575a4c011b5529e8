package enricher

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"go.uber.org/goleak"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestMain fails the package when a test leaves a goroutine running (the
// service's GPU reader, a Kafka client, a kfake cluster).
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var t0 = uint64(time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC).UnixNano())

func sec(s float64) uint64 { return t0 + uint64(s*1e9) }
func f(v float64) *float64 { return &v }

func sample(host, gpu string, at float64, util, power, energyMJ float64) *llmobsv1.GPUSample {
	return &llmobsv1.GPUSample{TimeUnixNano: sec(at), HostName: host, GpuUuid: gpu, GpuModel: "NVIDIA H100 80GB HBM3",
		UtilPercent: f(util), PowerWatts: f(power), TotalEnergyMj: f(energyMJ), MemUsedMib: f(40000 + util)}
}

func llmSpan(trace byte, host, gpu string, from, to float64) *llmobsv1.Span {
	return &llmobsv1.Span{
		TraceId: bytes.Repeat([]byte{trace}, 16), SpanId: bytes.Repeat([]byte{trace}, 8), Name: "chat llama",
		StartTimeUnixNano: sec(from), EndTimeUnixNano: sec(to), Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Weight: 1,
		Resource: &llmobsv1.Resource{ServiceName: "agent", HostName: host, GpuId: gpu},
		GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "vllm", RequestModel: "meta-llama/Llama-3.1-8B-Instruct", InputTokens: 100, OutputTokens: 50,
			InputMessages: []*llmobsv1.Message{{Role: "user", Content: "mail me at jane@example.com"}}},
	}
}

func testEnricher(t testing.TB) *Enricher {
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	e, err := newEnricher(DefaultConfig(), m)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestJoinWorkedExamples(t *testing.T) {
	e := testEnricher(t)
	for i := 0; i <= 20; i++ { // one sample per second on two GPUs of node-1
		e.gpu.add(sample("node-1", "GPU-A", float64(i), 50, 300, 1e6+float64(i)*300_000))
		e.gpu.add(sample("node-1", "GPU-B", float64(i), 10, 100, 2e6))
	}
	traced := sample("node-2", "GPU-C", 3, 90, 400, 5e5)
	traced.TraceId = bytes.Repeat([]byte{9}, 16)
	e.gpu.add(traced)

	// Two overlapping calls on GPU-A: [0,10] and [5,15] s: each gets 5 s
	// alone and half of the 5 s overlap = 7.5 GPU-seconds.
	a, b := llmSpan(1, "node-1", "GPU-A", 0, 10), llmSpan(2, "node-1", "GPU-A", 5, 15)
	out := e.Enrich([]*llmobsv1.Span{a, b})
	for _, es := range out {
		g := es.Gpu
		if g.Method != llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL || math.Abs(g.GpuSeconds-7.5) > 1e-9 {
			t.Fatalf("overlap split: %v", g)
		}
		if g.UtilMeanPercent != 50 || g.Gpus != 1 || g.GpuUuid != "GPU-A" || g.PowerMeanWatts != 300 {
			t.Fatalf("attribution %v", g)
		}
	}
	// Energy: the counter rises 300 J/s over the matched samples
	// (0..15 s, δ = 5 s): 300 W, and the request's share is its 7.5
	// GPU-seconds -> 2250 J.
	if got := out[0].Gpu.EnergyJoules; math.Abs(got-7.5*300) > 1e-6 {
		t.Fatalf("energy %v J, want 2250", got)
	}
	// Self-hosted cost = GPU-seconds × $3/h for an H100.
	if c := out[0].Cost; c.UnknownModel || math.Abs(c.Gpu-7.5*3/3600) > 1e-12 || c.PriceTier != "self_hosted" {
		t.Fatalf("cost %v", c)
	}
	// PII redacted before leaving.
	if got := out[0].Span.GenAi.InputMessages[0].Content; got != "mail me at <EMAIL>" || out[0].Redaction.Counts[0].Type != "EMAIL" {
		t.Fatalf("redaction: %q %v", got, out[0].Redaction)
	}

	// Trace-ID match wins over host/time.
	c := llmSpan(9, "node-1", "", 2, 4)
	if g := e.Enrich([]*llmobsv1.Span{c})[0].Gpu; g.Method != llmobsv1.JoinMethod_JOIN_METHOD_TRACE || g.UtilMeanPercent != 90 || g.HostName != "node-2" {
		t.Fatalf("trace join: %v", g)
	}
	// Unknown GPU: both GPUs of the host are a pool; one call alone uses one GPU.
	d := llmSpan(3, "node-1", "", 16, 18)
	g := e.Enrich([]*llmobsv1.Span{d})[0].Gpu
	if g.Gpus != 2 || g.UtilMeanPercent != 30 || math.Abs(g.GpuSeconds-2) > 1e-9 {
		t.Fatalf("pool join: %v", g)
	}
	// No GPU data for this host: NONE, and an API model is priced by tokens.
	api := llmSpan(4, "laptop", "", 1, 2)
	api.GenAi.Provider, api.GenAi.RequestModel = "openai", "gpt-4o-mini"
	es := e.Enrich([]*llmobsv1.Span{api})[0]
	if es.Gpu.Method != llmobsv1.JoinMethod_JOIN_METHOD_NONE || es.Cost.UnknownModel || es.Cost.PriceModel != "gpt-4o-mini" {
		t.Fatalf("api span: %v %v", es.Gpu, es.Cost)
	}
	// An unknown model is flagged, never $0 silently.
	unk := llmSpan(5, "laptop", "", 1, 2)
	unk.GenAi.Provider, unk.GenAi.RequestModel = "acme", "mystery-7b"
	if es := e.Enrich([]*llmobsv1.Span{unk})[0]; !es.Cost.UnknownModel {
		t.Fatalf("unknown model priced: %v", es.Cost)
	}
	// Non-LLM spans pass through untouched.
	http := &llmobsv1.Span{TraceId: bytes.Repeat([]byte{6}, 16), Class: llmobsv1.SpanClass_SPAN_CLASS_HTTP}
	if es := e.Enrich([]*llmobsv1.Span{http})[0]; es.Gpu != nil || es.Cost != nil {
		t.Fatalf("http span enriched: %v", es)
	}
}

// Energy without a counter is mean power × duration; three overlapping
// calls split a GPU three ways; a span read twice (an aborted poll read
// again) is one call, not two.
func TestAttributionWorkedExamples(t *testing.T) {
	e := testEnricher(t)
	for i := 0; i <= 30; i++ {
		s := sample("n", "G", float64(i), 80, 200+float64(i%2)*100, 0) // 200, 300, 200, … W
		s.TotalEnergyMj = nil
		e.gpu.add(s)
	}
	// [0,6], [2,8], [4,10] s on one GPU. Span 1: alone 0-2 (2 s), with
	// span 2 2-4 (1 s), three 4-6 (2/3 s) = 3.667 GPU-s. Span 2: 2-4 with 1
	// (1), 4-6 with both (2/3), 6-8 with 3 (1). Span 3: 4-6 (2/3), 6-8 (1),
	// alone 8-10 (2).
	out := e.Enrich([]*llmobsv1.Span{llmSpan(1, "n", "G", 0, 6), llmSpan(2, "n", "G", 2, 8), llmSpan(3, "n", "G", 4, 10)})
	want := []float64{2 + 1 + 2.0/3, 1 + 2.0/3 + 1, 2.0/3 + 1 + 2}
	total := 0.0
	for i, es := range out {
		if math.Abs(es.Gpu.GpuSeconds-want[i]) > 1e-9 {
			t.Errorf("span %d: %v GPU-s, want %v", i, es.Gpu.GpuSeconds, want[i])
		}
		total += es.Gpu.GpuSeconds
	}
	if math.Abs(total-10) > 1e-9 { // the GPU was busy 0..10 s: 10 GPU-s shared out, no more
		t.Errorf("total %v GPU-s, want 10", total)
	}
	// Span 1 matched samples 0..11 s (δ = 5 s): mean power 250 W, for its
	// 3.667 GPU-seconds = 916.7 J.
	if g := out[0].Gpu; math.Abs(g.PowerMeanWatts-250) > 1e-9 || math.Abs(g.EnergyJoules-250*want[0]) > 1e-6 || g.Samples != 12 || g.UtilMaxPercent != 80 || g.MemUsedMaxMib != 40080 {
		t.Errorf("span 1 attribution %v", g)
	}
	// Read again after an abort: same calls, same split.
	again := e.Enrich([]*llmobsv1.Span{llmSpan(1, "n", "G", 0, 6)})
	if got := again[0].Gpu.GpuSeconds; math.Abs(got-want[0]) > 1e-9 {
		t.Errorf("replayed span: %v GPU-s, want %v", got, want[0])
	}
	// A client-side span (its host has no GPU) matched by trace ID to the
	// model server's samples on n/G shares G with the calls running there.
	for _, at := range []float64{24, 26} {
		ts := sample("n", "G", at, 80, 200, 0)
		ts.TraceId, ts.TotalEnergyMj = bytes.Repeat([]byte{7}, 16), nil
		e.gpu.add(ts)
	}
	client := llmSpan(7, "app-host", "", 24, 28)
	local := llmSpan(8, "n", "G", 26, 28) // overlaps the client's call 26..28 s on G
	got := e.Enrich([]*llmobsv1.Span{client, local})
	if g := got[0].Gpu; g.Method != llmobsv1.JoinMethod_JOIN_METHOD_TRACE || g.HostName != "n" || math.Abs(g.GpuSeconds-3) > 1e-9 {
		t.Errorf("client span: %v, want trace join on n, 2 + 2/2 = 3 GPU-s", g)
	}
	if g := got[1].Gpu; math.Abs(g.GpuSeconds-1) > 1e-9 {
		t.Errorf("local span: %v, want 2/2 = 1 GPU-s", g)
	}
	// A call on another GPU of the host does not share this one.
	e.gpu.add(sample("n", "H", 20, 1, 1, 1))
	if g := e.Enrich([]*llmobsv1.Span{llmSpan(4, "n", "H", 20, 21), llmSpan(5, "n", "G", 20, 21)})[1].Gpu; math.Abs(g.GpuSeconds-1) > 1e-9 {
		t.Errorf("other GPU's call split this one: %v", g)
	}
}

func TestStateIsBounded(t *testing.T) {
	ix := newGPUIndex(time.Minute, 1000)
	for i := 0; i < 5000; i++ {
		ix.add(sample("h", "g", float64(i)*0.1, 1, 1, 1))
		// By age as the data moves (no ticker): a backlog read at
		// minutes of event time per second holds at most ttl + ttl/8.
		if n, _, _ := ix.size(); n > 676 { // 67.5 s of 10 samples/s, both ends
			t.Fatalf("at sample %d: %d held; want ≤ 676 (TTL + TTL/8)", i, n)
		}
	}
	n, _, evicted := ix.size()
	if n > 1000 || evicted == 0 {
		t.Fatalf("held %d samples, evicted %d; want ≤ 1000", n, evicted)
	}
	ix.expire()
	if n, _, _ := ix.size(); n > 601 { // 60 s of 10 samples/s, both ends
		t.Fatalf("after TTL expiry %d samples", n)
	}
	// Calls by age too, as the span side moves.
	byAge := newGPUIndex(time.Minute, 100_000)
	for i := 0; i < 5000; i++ {
		byAge.recordCall("h", "g", nil, []byte(fmt.Sprint(i)), sec(float64(i)*0.1), sec(float64(i)*0.1+1))
		byAge.advanceSpanClock(sec(float64(i)*0.1 + 1))
		if c := byAge.callsHeld(); c > 676 {
			t.Fatalf("at call %d: %d held; want ≤ 676", i, c)
		}
	}
	// Calls held for the GPU split are bounded too, newest kept.
	_, _, before := ix.size()
	for i := 0; i < 5000; i++ {
		ix.recordCall("h", "g", nil, []byte(fmt.Sprint(i)), sec(float64(i)*0.01), sec(float64(i)*0.01+1))
	}
	_, _, after := ix.size()
	if c := ix.callsHeld(); c > 1000 || c < 100 || after-before < 4000 {
		t.Fatalf("held %d calls, evicted %d; want ≤ 1000", c, after-before)
	}
	if calls := ix.callsLocked(ix.hosts["h"]); calls[len(calls)-1].span() != "4999" {
		t.Fatalf("newest call evicted: %v", calls[len(calls)-1])
	}
}

func TestConfigValidation(t *testing.T) {
	for _, tc := range []struct {
		key string // "" = valid
		mut func(*Config)
	}{
		{"", func(c *Config) {}},
		{"", func(c *Config) { c.JoinWait, c.Delta, c.MaxWait = 0, 0, 0 }},
		{"group", func(c *Config) { c.Group = "" }},
		{"delta", func(c *Config) { c.Delta = -time.Second }},
		{"out_of_orderness", func(c *Config) { c.OutOfOrderness = -time.Second }},
		{"join_wait", func(c *Config) { c.JoinWait = c.Delta - time.Second }},
		{"max_wait", func(c *Config) { c.MaxWait = time.Millisecond }},
		{"max_wait", func(c *Config) { c.MaxWait = time.Minute }},
		{"state_ttl", func(c *Config) { c.StateTTL = time.Second }},
		{"gpu_idle_timeout", func(c *Config) { c.GPUIdleTimeout = 0 }},
		{"max_gpu_samples", func(c *Config) { c.MaxGPUSamples = 1 }},
		{"max_poll_records", func(c *Config) { c.MaxPollRecords = 0 }},
		{"batch_max_items", func(c *Config) { c.BatchMaxItems = 0 }},
		{"batch_max_bytes", func(c *Config) { c.BatchMaxBytes = 100 }},
		{"redact.mode", func(c *Config) { c.Redact.Mode = "shred" }},
	} {
		c := DefaultConfig()
		tc.mut(&c)
		err := c.Validate()
		switch {
		case tc.key == "" && err != nil:
			t.Errorf("valid config rejected: %v", err)
		case tc.key != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.key+":")):
			t.Errorf("%s: got %v", tc.key, err)
		}
	}
}

// The unknown-model label set is capped: beyond 100 models, "other".
func TestUnknownModelLabelsBounded(t *testing.T) {
	e := testEnricher(t)
	for i := 0; i < 150; i++ {
		s := llmSpan(byte(i), "laptop", "", 1, 2)
		s.GenAi.Provider, s.GenAi.RequestModel = "acme", fmt.Sprintf("mystery-%d", i)
		if es := e.Enrich([]*llmobsv1.Span{s})[0]; !es.Cost.UnknownModel {
			t.Fatalf("%s priced", s.GenAi.RequestModel)
		}
	}
	if got := counterValue(e.m.unknownModel.WithLabelValues("other")); got != 50 {
		t.Fatalf("other = %v, want 50", got)
	}
	if got := counterValue(e.m.unknownModel.WithLabelValues("mystery-99")); got != 1 {
		t.Fatalf("mystery-99 = %v, want 1", got)
	}
}

// ---------------------------------------------------------------- Kafka

func kfakeCluster(t *testing.T) (kafka.Config, kafka.Topics) {
	topics := kafka.DefaultTopics()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, topics.All()...))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	kc := kafka.DefaultConfig()
	kc.Brokers = c.ListenAddrs()
	return kc, topics
}

func startService(t *testing.T, kc kafka.Config, topics kafka.Topics, instance string, crash func() error, mut ...func(*Config)) func() {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	adm := admin.New(log)
	cfg := DefaultConfig()
	cfg.MaxPollRecords = 3
	cfg.MaxWait = 2 * time.Second
	cfg.GPUIdleTimeout = time.Second
	// These tests write llmobs.gpu themselves, without ingest's in-band
	// watermarks (TestServiceWaitsForInbandGPUWatermark has them).
	cfg.GPUWatermark = "samples"
	for _, m := range mut {
		m(&cfg)
	}
	svc, err := NewService(cfg, service.Deps{Log: log, Metrics: adm.Registry, Admin: adm, Kafka: kc, Topics: topics, InstanceID: instance, ShutdownTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	svc.beforeCommit = crash
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil && crash == nil {
				t.Errorf("enricher: %v", err)
			}
		})
	}
}

func produceSpans(t *testing.T, kc kafka.Config, topic string, records, perRecord, first int) int {
	cl, err := kafka.NewClient(kc, "t")
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	n := first
	now := float64(time.Now().Add(-time.Minute).Sub(time.Unix(0, int64(t0))).Seconds())
	for range records {
		var b llmobsv1.SpanBatch
		for i := 0; i < perRecord; i++ {
			s := llmSpan(0, "node-1", "", now, now+1)
			s.TraceId = []byte(fmt.Sprintf("trace-%010d", n))
			s.SpanId = []byte(fmt.Sprintf("%08d", n))
			b.Spans = append(b.Spans, s)
			n++
		}
		v, _ := proto.Marshal(&b)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: topic, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	return n - first
}

func readEnriched(t *testing.T, kc kafka.Config, topic string, want int) map[string]int {
	cl, err := kafka.NewClient(kc, "reader", kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	seen := map[string]int{}
	total := 0
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.EnrichedSpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			for _, es := range b.Spans {
				seen[string(es.Span.SpanId)]++
				total++
				if want := kafka.PartitionFor(es.Span.TraceId, 3); want != r.Partition {
					t.Fatalf("partition %d, want %d", r.Partition, want)
				}
				if strings.Contains(es.Span.GenAi.InputMessages[0].Content, "@") {
					t.Fatal("PII left the enricher")
				}
			}
		})
		if total >= want && fs.NumRecords() == 0 {
			break
		}
	}
	return seen
}

// Killed inside a transaction and restarted, the enricher emits every span
// exactly once: as many enriched spans as input spans, no duplicates. Two
// deaths: the transaction aborted (an error), and the process gone with
// the transaction open and records already produced in it (the restarted
// instance's transactional ID fences and aborts it). Half the input comes
// after the restart.
func TestExactlyOnceAcrossCrash(t *testing.T) {
	for _, tc := range []struct {
		name  string
		crash error
	}{
		{"aborted", errors.New("simulated failure inside a transaction")},
		{"killed with transaction open", errKilled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kc, topics := kfakeCluster(t)
			n := produceSpans(t, kc, topics.Spans, 20, 5, 0)
			var txns atomic.Int32
			stop := startService(t, kc, topics, "inst-1", func() error {
				if txns.Add(1) == 4 {
					return tc.crash
				}
				return nil
			})
			deadline := time.Now().Add(20 * time.Second)
			for txns.Load() < 4 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			stop()
			if txns.Load() < 4 {
				t.Fatal("never reached the crash")
			}
			n += produceSpans(t, kc, topics.Spans, 20, 5, n)
			stop2 := startService(t, kc, topics, "inst-1", nil)
			defer stop2()
			checkExactlyOnce(t, readEnriched(t, kc, topics.Enriched, n), n)
		})
	}
}

// Two instances share the span partitions; the second joins mid-stream
// (a rebalance with a poll in flight) and the first leaves before the
// end: still every span exactly once.
func TestExactlyOnceTwoInstances(t *testing.T) {
	kc, topics := kfakeCluster(t)
	n := produceSpans(t, kc, topics.Spans, 30, 5, 0)
	stopA := startService(t, kc, topics, "inst-a", nil)
	time.Sleep(300 * time.Millisecond)
	stopB := startService(t, kc, topics, "inst-b", nil)
	defer stopB()
	n += produceSpans(t, kc, topics.Spans, 30, 5, n)
	time.Sleep(time.Second)
	stopA()
	n += produceSpans(t, kc, topics.Spans, 10, 5, n)
	checkExactlyOnce(t, readEnriched(t, kc, topics.Enriched, n), n)
}

// Through Kafka: a span whose GPU samples arrive after it is held until
// the GPU watermark passes its end + join_wait, then joined with all of
// them; a span on a host with no GPU data is not held.
func TestServiceWaitsForGPUWatermark(t *testing.T) {
	kc, topics := kfakeCluster(t)
	// One partition for node-g's samples, as ingest's host/GPU hash would.
	produce := partition1Producer(t, kc)
	gpu := func(from, to int) *llmobsv1.GPUSampleBatch {
		var b llmobsv1.GPUSampleBatch
		for i := from; i <= to; i++ {
			b.Samples = append(b.Samples, sample("node-g", "GPU-A", float64(i), 50, 300, 1e6+float64(i)*3e5))
		}
		return &b
	}
	produce(topics.GPU, gpu(0, 4)) // node-g has GPU data; watermark at 4 s
	stop := startService(t, kc, topics, "inst-w", nil, func(c *Config) {
		c.Delta, c.JoinWait, c.OutOfOrderness = time.Second, time.Second, 0
		c.MaxWait, c.GPUIdleTimeout = 20*time.Second, 20*time.Second
	})
	defer stop()
	api := llmSpan(2, "api-host", "", 5, 6)
	api.GenAi.Provider, api.GenAi.RequestModel = "openai", "gpt-4o-mini"
	produce(topics.Spans, &llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{api}})
	api0 := time.Now()
	out := readEnriched(t, kc, topics.Enriched, 1)
	if len(out) != 1 || time.Since(api0) > 5*time.Second {
		t.Fatalf("API span held: %v after %s", out, time.Since(api0))
	}
	// Span [5, 6] s on node-g: its window [4, 7] needs samples up to 7 s.
	produce(topics.Spans, &llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{llmSpan(1, "node-g", "GPU-A", 5, 6)}})
	time.Sleep(1500 * time.Millisecond)
	produce(topics.GPU, gpu(5, 10))
	got := firstEnriched(t, kc, topics.Enriched, func(es *llmobsv1.EnrichedSpan) bool { return es.Span.Resource.HostName == "node-g" })
	if g := got.Gpu; g.Method != llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL || g.Samples != 4 {
		t.Fatalf("joined before the GPU watermark passed: %v", g)
	}
}

// partition1Producer produces protobuf messages to partition 1 (where
// ingest's host/GPU hash would put node-g's samples).
func partition1Producer(t *testing.T, kc kafka.Config) func(topic string, m proto.Message) {
	cl, err := kafka.NewClient(kc, "t", kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return func(topic string, m proto.Message) {
		v, _ := proto.Marshal(m)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: topic, Partition: 1, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
}

// firstEnriched reads the enriched topic (read_committed) until a span
// matches, failing after 20 s.
func firstEnriched(t *testing.T, kc kafka.Config, topic string, match func(*llmobsv1.EnrichedSpan) bool) *llmobsv1.EnrichedSpan {
	t.Helper()
	rd, err := kafka.NewClient(kc, "reader", kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := rd.PollFetches(ctx)
		cancel()
		var got *llmobsv1.EnrichedSpan
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.EnrichedSpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			for _, es := range b.Spans {
				if got == nil && match(es) {
					got = es
				}
			}
		})
		if got != nil {
			return got
		}
	}
	t.Fatal("no matching enriched span emitted")
	return nil
}

func checkExactlyOnce(t *testing.T, seen map[string]int, n int) {
	t.Helper()
	dups := 0
	for _, c := range seen {
		if c > 1 {
			dups++
		}
	}
	if len(seen) != n || dups != 0 {
		t.Fatalf("enriched %d distinct spans (%d duplicated), want %d exactly once", len(seen), dups, n)
	}
}

// ---------------------------------------------------------------- numbers

func BenchmarkEnrich(b *testing.B) {
	e := testEnricher(b)
	for i := 0; i < 600; i++ {
		e.gpu.add(sample("node-1", "GPU-A", float64(i), 50, 300, 1e6+float64(i)*300_000))
	}
	spans := make([]*llmobsv1.Span, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += len(spans) {
		b.StopTimer() // building the spans is not the enricher's work
		for j := range spans {
			at := float64((i+j)%500) + 10
			s := llmSpan(byte(j), "node-1", "GPU-A", at, at+0.8)
			if j%3 == 0 {
				s.GenAi.Provider, s.GenAi.RequestModel, s.Resource.HostName = "openai", "gpt-4o", ""
			}
			spans[j] = s
		}
		b.StartTimer()
		e.Enrich(spans)
		e.gpu.expire()
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spans/s")
}

// TestJoinStateMemory reports the join state's memory with 100k model
// calls in flight on GPU hosts (run with -v to see it): the GPU samples of
// 50 hosts × 8 GPUs over 10 minutes, the 100k calls' entries for the GPU
// split, and the 100k spans themselves while their poll waits for the GPU
// watermark (the span side holds only the poll in flight).
func TestJoinStateMemory(t *testing.T) {
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	h0 := heap()
	ix := newGPUIndex(time.Hour, 10_000_000)
	for h := 0; h < 50; h++ {
		for g := 0; g < 8; g++ {
			for s := 0; s < 120; s++ { // 10 minutes of 5 s samples
				ix.add(sample(fmt.Sprint("node-", h), fmt.Sprint("GPU-", g), float64(s*5), 50, 300, 1))
			}
		}
	}
	h1 := heap()
	const calls = 100_000
	spans := make([]*llmobsv1.Span, calls)
	for i := range spans {
		at := float64(i % 600)
		spans[i] = llmSpan(byte(i), fmt.Sprint("node-", i%50), fmt.Sprint("GPU-", i%8), at, at+2)
		spans[i].SpanId = []byte(fmt.Sprintf("%08d", i))
	}
	h2 := heap()
	for _, s := range spans {
		ix.recordCall(s.Resource.HostName, s.Resource.GpuId, s.TraceId, s.SpanId, s.StartTimeUnixNano, s.EndTimeUnixNano)
	}
	h3 := heap()
	n, hosts, _ := ix.size()
	if n != 48000 || hosts != 50 {
		t.Fatalf("held %d samples on %d hosts", n, hosts)
	}
	t.Logf("join state: %d GPU samples on %d hosts = %.1f MiB (%.0f B/sample); %d calls = %.1f MiB (%.0f B/call); %d held spans (small prompts) = %.1f MiB (%.0f B/span); total %.0f B per in-flight span",
		n, hosts, float64(h1-h0)/(1<<20), float64(h1-h0)/float64(n),
		calls, float64(h3-h2)/(1<<20), float64(h3-h2)/calls,
		calls, float64(h2-h1)/(1<<20), float64(h2-h1)/calls,
		float64(h3-h1)/calls)
	runtime.KeepAlive(ix)
	runtime.KeepAlive(spans)
}

// The wait for the GPU watermark, step by step: it ends when the
// watermark passes end + join_wait, at max_wait, at once while the
// watermark has not moved since a max_wait, when the GPU stream is idle,
// and never starts for calls on hosts without GPU data.
func TestWaitForGPU(t *testing.T) {
	svc, wm, last := gpuWaitSetup(t, 300*time.Millisecond)
	onGPU := []*llmobsv1.Span{llmSpan(1, "node-g", "GPU-A", 5, 6)} // needs the watermark at 7 s
	api := []*llmobsv1.Span{llmSpan(2, "api-host", "", 5, 6)}
	for _, step := range []struct {
		name    string
		before  func()
		spans   []*llmobsv1.Span
		want    string
		minTook time.Duration
		maxTook time.Duration
	}{
		{"api span", nil, api, "no_wait", 0, 100 * time.Millisecond},
		{"watermark behind", nil, onGPU, "max_wait", 300 * time.Millisecond, 2 * time.Second},
		{"still stalled", nil, onGPU, "gpu_stalled", 0, 100 * time.Millisecond},
		{"moved, passes", func() { wm.Observe(0, time.Unix(0, int64(sec(7)))) }, onGPU, "watermark", 0, 100 * time.Millisecond},
		{"behind again", nil, []*llmobsv1.Span{llmSpan(3, "node-g", "GPU-A", 8, 9)}, "max_wait", 300 * time.Millisecond, 2 * time.Second},
		{"moved, still behind", func() { wm.Observe(0, time.Unix(0, int64(sec(8)))) }, []*llmobsv1.Span{llmSpan(3, "node-g", "GPU-A", 8, 9)}, "max_wait", 300 * time.Millisecond, 2 * time.Second},
		{"idle stream", func() {
			last.Store(time.Now().Add(-2 * time.Hour).UnixNano())
			wm.Observe(0, time.Unix(0, int64(sec(8.5))))
		}, []*llmobsv1.Span{llmSpan(4, "node-g", "GPU-A", 20, 21)}, "gpu_idle", 0, 100 * time.Millisecond},
	} {
		if step.before != nil {
			step.before()
		}
		t0 := time.Now()
		got := svc.waitForGPU(context.Background(), step.spans, wm, last, svc.cfg.MaxWait)
		took := time.Since(t0)
		if got != step.want || took < step.minTook || took > step.maxTook {
			t.Errorf("%s: %s after %s, want %s", step.name, got, took, step.want)
		}
	}
}

// Output records stay under batch_max_bytes and batch_max_items, split per
// partition by trace ID; a span too big alone loses its bodies, counted.
func TestBatchRecords(t *testing.T) {
	var spans []*llmobsv1.EnrichedSpan
	for i := 0; i < 50; i++ {
		s := llmSpan(byte(i), "h", "", 1, 2)
		s.GenAi.InputMessages[0].Content = strings.Repeat("x", 300)
		spans = append(spans, &llmobsv1.EnrichedSpan{Span: s})
	}
	huge := llmSpan(99, "h", "", 1, 2)
	huge.GenAi.InputMessages[0].Content = strings.Repeat("y", 10_000)
	spans = append(spans, &llmobsv1.EnrichedSpan{Span: huge})
	recs, oversized := batchRecords("llmobs.enriched", 3, 7, 2048, spans)
	if oversized != 1 || !huge.BodiesDropped || huge.GenAi.InputMessages[0].Content != "" {
		t.Fatalf("oversized %d, huge span kept its body: %v", oversized, huge.BodiesDropped)
	}
	total := 0
	for _, r := range recs {
		var b llmobsv1.EnrichedSpanBatch
		if err := proto.Unmarshal(r.Value, &b); err != nil {
			t.Fatal(err)
		}
		if len(r.Value) > 2048 || len(b.Spans) > 7 || len(b.Spans) == 0 {
			t.Fatalf("record of %d bytes, %d spans", len(r.Value), len(b.Spans))
		}
		if kafka.Header(r, kafka.HeaderCount) != fmt.Sprint(len(b.Spans)) || kafka.Header(r, kafka.HeaderSchema) != "llmobs.v1.EnrichedSpanBatch" {
			t.Fatalf("headers %v", r.Headers)
		}
		for _, es := range b.Spans {
			if kafka.PartitionFor(es.Span.TraceId, 3) != r.Partition {
				t.Fatal("span on the wrong partition")
			}
		}
		total += len(b.Spans)
	}
	if total != len(spans) {
		t.Fatalf("%d spans out of %d", total, len(spans))
	}
}

// A call processed by another enricher instance still splits the GPU: ingest
// broadcasts every model call's interval on llmobs.gpu, which every instance
// reads. Here only span 1 reaches this instance; span 2 (same GPU, same
// time) is known only from the GPU topic, and span 1 gets half the GPU.
func TestGPUSplitWithCallsFromOtherInstances(t *testing.T) {
	kc, topics := kfakeCluster(t)
	produce := partition1Producer(t, kc)
	var gb llmobsv1.GPUSampleBatch
	for i := 0; i <= 12; i++ {
		gb.Samples = append(gb.Samples, sample("node-g", "GPU-A", float64(i), 80, 300, 1e6+float64(i)*3e5))
	}
	for _, s := range []*llmobsv1.Span{llmSpan(1, "node-g", "GPU-A", 5, 7), llmSpan(2, "node-g", "GPU-A", 5, 7)} {
		gb.Calls = append(gb.Calls, &llmobsv1.CallInterval{TraceId: s.TraceId, SpanId: s.SpanId, HostName: "node-g", GpuId: "GPU-A",
			StartTimeUnixNano: s.StartTimeUnixNano, EndTimeUnixNano: s.EndTimeUnixNano})
	}
	produce(topics.GPU, &gb)
	stop := startService(t, kc, topics, "inst-split", nil, func(c *Config) {
		c.Delta, c.JoinWait, c.OutOfOrderness = time.Second, time.Second, 0
	})
	defer stop()
	produce(topics.Spans, &llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{llmSpan(1, "node-g", "GPU-A", 5, 7)}})
	got := firstEnriched(t, kc, topics.Enriched, func(*llmobsv1.EnrichedSpan) bool { return true })
	if gs := got.GetGpu().GetGpuSeconds(); math.Abs(gs-1) > 1e-9 {
		t.Fatalf("gpu_seconds %v: a 2 s call sharing its GPU with one other call for all of it gets 1 s", gs)
	}
}

// Without any GPU sample (traffic of API models only), the model calls
// held for the split expire with the span side's progress: they were held
// until max_gpu_samples before.
func TestCallsExpireWithoutGPUSamples(t *testing.T) {
	ix := newGPUIndex(time.Minute, 1_000_000)
	for i := range 3000 {
		end := sec(float64(i) * 0.1)
		ix.recordCall("h", "", nil, []byte(fmt.Sprint(i)), end-sec(0.5), end)
		ix.advanceSpanClock(end)
	}
	ix.expire()
	if c := ix.callsHeld(); c > 601 || c < 590 { // the last 60 s at 10 calls/s
		t.Fatalf("held %d calls after expiry, want the last minute's ~600", c)
	}
}

// A poll taken in pieces waits for the GPU stream at most max_wait in all:
// a later piece waits only what is left of it (none: it does not wait).
func TestWaitForGPUWithinWhatIsLeft(t *testing.T) {
	for _, tc := range []struct {
		left             time.Duration
		minTook, maxTook time.Duration
	}{
		{200 * time.Millisecond, 200 * time.Millisecond, 800 * time.Millisecond},
		{0, 0, 100 * time.Millisecond},
	} {
		svc, wm, last := gpuWaitSetup(t, time.Second)
		t0 := time.Now()
		got := svc.waitForGPU(context.Background(), []*llmobsv1.Span{llmSpan(1, "node-g", "GPU-A", 5, 6)}, wm, last, tc.left)
		if took := time.Since(t0); got != "max_wait" || took < tc.minTook || took > tc.maxTook {
			t.Errorf("%s left: %s after %s, want max_wait within [%s, %s]", tc.left, got, took, tc.minTook, tc.maxTook)
		}
	}
}

// gpuWaitSetup: an enricher with max_wait maxWait whose GPU stream (the
// samples' watermark, the fallback; the in-band one:
// TestServiceWaitsForInbandGPUWatermark) has node-g's GPU-A at 4 s, live.
func gpuWaitSetup(t *testing.T, maxWait time.Duration) (*Service, *watermark.Tracker, *atomic.Int64) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Delta, cfg.JoinWait, cfg.MaxWait, cfg.GPUIdleTimeout = time.Second, time.Second, maxWait, time.Hour
	cfg.GPUWatermark = "samples"
	svc, err := NewService(cfg, service.Deps{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	wm := watermark.New(0, time.Hour, nil)
	last := &atomic.Int64{}
	last.Store(time.Now().UnixNano())
	svc.e.gpu.add(sample("node-g", "GPU-A", 4, 50, 300, 1))
	wm.Observe(0, time.Unix(0, int64(sec(4))))
	return svc, wm, last
}
