package ingest

import (
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

type harness struct {
	t       *testing.T
	cluster *kfake.Cluster
	kc      kafka.Config
	topics  kafka.Topics
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	c := kafkatest.New(t)
	return &harness{t: t, cluster: c.Cluster, kc: c.Kafka, topics: c.Topics}
}

func (h *harness) deps() service.Deps {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	adm := admin.New(log)
	return service.Deps{Log: log, Metrics: adm.Registry, Admin: adm, Kafka: h.kc, Topics: h.topics, InstanceID: "test", ShutdownTimeout: 10 * time.Second}
}

// start runs an ingest; the returned stop cancels it and waits.
func (h *harness) start(cfg Config) (*Service, func()) {
	return h.startWith(cfg, nil)
}

func (h *harness) startWith(cfg Config, crash func() error) (*Service, func()) {
	h.t.Helper()
	svc, err := NewService(cfg, h.deps())
	if err != nil {
		h.t.Fatal(err)
	}
	svc.beforeCommit = crash
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	var once sync.Once
	return svc, func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil && crash == nil {
				h.t.Errorf("ingest Run: %v", err)
			}
		})
	}
}

func (h *harness) client(opts ...kgo.Opt) *kgo.Client {
	cl, err := kafka.NewClient(h.kc, "test", opts...)
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(cl.Close)
	return cl
}

// readSpans reads llmobs.spans until want distinct spans arrived or
// timeout; duplicates are returned too.
func (h *harness) readSpans(want int, timeout time.Duration) (spans []*llmobsv1.Span, records int) {
	cl := h.client(kgo.ConsumeTopics(h.topics.Spans), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	deadline := time.Now().Add(timeout)
	distinct := map[string]bool{}
	for len(distinct) < want && time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		fs.EachRecord(func(r *kgo.Record) {
			records++
			var b llmobsv1.SpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				h.t.Fatalf("bad batch: %v", err)
			}
			if kafka.Header(r, kafka.HeaderSchema) != "llmobs.v1.SpanBatch" || kafka.Header(r, kafka.HeaderCount) != formatInt(int64(len(b.Spans))) {
				h.t.Fatalf("headers %v", r.Headers)
			}
			for _, s := range b.Spans {
				if want := kafka.PartitionFor(s.TraceId, 3); want != r.Partition {
					h.t.Fatalf("span of trace %x on partition %d, want %d", s.TraceId, r.Partition, want)
				}
			}
			spans = append(spans, b.Spans...)
			for _, s := range b.Spans {
				distinct[string(s.SpanId)] = true
			}
		})
	}
	return spans, records
}

func (h *harness) readTopic(topic string, want int, timeout time.Duration) []*kgo.Record {
	cl := h.client(kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	var out []*kgo.Record
	deadline := time.Now().Add(timeout)
	for len(out) < want && time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		out = append(out, fs.Records()...)
	}
	return out
}

func quietConfig() Config {
	c := DefaultConfig()
	c.GRPCListen, c.HTTPListen = "127.0.0.1:0", "127.0.0.1:0"
	return c
}

func loadgenConfig(seconds int) loadgen.Config {
	cfg := loadgen.DefaultConfig()
	cfg.Duration = time.Duration(seconds) * time.Second
	cfg.Rate = 30
	cfg.Start = time.Now().Add(-2 * time.Minute)
	cfg.MaxSpeed = true
	return cfg
}

// Everything loadgen publishes comes out of ingest: every span once (no
// restart here), every GPU sample.
func TestKafkaEndToEnd(t *testing.T) {
	h := newHarness(t)
	_, stop := h.start(quietConfig())
	defer stop()
	sum, err := loadgen.Run(context.Background(), loadgenConfig(20), h.client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	spans, _ := h.readSpans(int(sum.Spans), 20*time.Second)
	if int64(len(spans)) != sum.Spans {
		t.Fatalf("llmobs.spans holds %d spans, loadgen sent %d", len(spans), sum.Spans)
	}
	classes := map[llmobsv1.SpanClass]int64{}
	for _, s := range spans {
		classes[s.Class]++
	}
	if classes[llmobsv1.SpanClass_SPAN_CLASS_LLM] != sum.SpansByClass["llm"] || classes[llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL] != sum.SpansByClass["retrieval"] ||
		classes[llmobsv1.SpanClass_SPAN_CLASS_HTTP] != sum.SpansByClass["http"] || classes[llmobsv1.SpanClass_SPAN_CLASS_TOOL] != sum.SpansByClass["tool"] ||
		classes[llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING] != sum.SpansByClass["embedding"] || classes[llmobsv1.SpanClass_SPAN_CLASS_AGENT] != sum.SpansByClass["agent"] {
		t.Fatalf("classes %v, loadgen %v", classes, sum.SpansByClass)
	}
	// GPU records come from other polls than the spans: read until every
	// expected sample arrived (or the deadline), not just the first record.
	var samples, withTrace int
	want := int(sum.GPUSamples + sum.LogRecords)
	cl := h.client(kgo.ConsumeTopics(h.topics.GPU), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	deadline := time.Now().Add(15 * time.Second)
	for samples < want && time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.GPUSampleBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			for _, s := range b.Samples {
				if s.Source == "kafka" && s.UtilPercent != nil && s.PowerWatts != nil && s.GpuUuid != "" && s.HostName != "" {
					samples++
				}
				if len(s.TraceId) == 16 {
					withTrace++
				}
			}
		})
	}
	// Every (host, GPU, time) of the metrics, plus one per GPU log record.
	if int64(samples) != sum.GPUSamples+sum.LogRecords {
		t.Fatalf("GPU samples %d, want %d metric samples + %d log records", samples, sum.GPUSamples, sum.LogRecords)
	}
	if int64(withTrace) < sum.LogRecords {
		t.Fatalf("%d samples carry a trace ID, want ≥ %d (log records) plus exemplars", withTrace, sum.LogRecords)
	}
}

// Killed mid-stream (its transaction left open, as kill -9 leaves it) and
// restarted with the same instance id, ingest neither loses nor duplicates
// a span: read_committed, every span loadgen sent is in llmobs.spans once.
func TestExactlyOnceAcrossRestart(t *testing.T) {
	h := newHarness(t)
	cfg := quietConfig()
	cfg.MaxPollRecords = 5 // many small commits, so the crash lands mid-stream
	lg := loadgenConfig(60)
	lg.BatchTraces = 5
	sum, err := loadgen.Run(context.Background(), lg, h.client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// The first ingest dies after its 20th poll was produced but before
	// that poll's transaction was committed.
	var polls atomic.Int32
	_, stop := h.startWith(cfg, func() error {
		if polls.Add(1) == 20 {
			return errKilled
		}
		return nil
	})
	deadline := time.Now().Add(20 * time.Second)
	for polls.Load() < 20 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	if polls.Load() < 20 {
		t.Fatal("the first ingest never reached the crash")
	}
	_, stop2 := h.start(cfg)
	defer stop2()
	spans, _ := h.readSpans(int(sum.Spans), 30*time.Second)
	seen := map[string]bool{}
	for _, s := range spans {
		seen[hex.EncodeToString(s.SpanId)] = true
	}
	if int64(len(seen)) != sum.Spans {
		t.Fatalf("%d distinct spans out, loadgen sent %d", len(seen), sum.Spans)
	}
	if len(spans) != len(seen) {
		t.Fatalf("%d spans out for %d distinct: %d duplicates after the restart", len(spans), len(seen), len(spans)-len(seen))
	}
	// The open transaction held uncommitted spans: read_uncommitted sees
	// them twice, which shows the crash did land mid-stream.
	raw := h.client(kgo.ConsumeTopics(h.topics.Spans), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	n := 0
	for n <= len(spans) && ctx.Err() == nil {
		raw.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SpanBatch
			if proto.Unmarshal(r.Value, &b) == nil {
				n += len(b.Spans)
			}
		})
	}
	if n <= len(spans) {
		t.Fatalf("read_uncommitted sees %d spans, committed %d: the crash did not leave a transaction open", n, len(spans))
	}
}
