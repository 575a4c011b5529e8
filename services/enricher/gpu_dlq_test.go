package enricher

import (
	"context"
	"io"
	"log/slog"
	"math/rand"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// startGPUDLQService is startService returning the service too (for its
// metrics).
func startGPUDLQService(t *testing.T, kc kafka.Config, topics kafka.Topics, instance string) (*Service, func()) {
	var w io.Writer = io.Discard
	if os.Getenv("GPU_DLQ_DEBUG") != "" {
		w = os.Stderr
	}
	log := slog.New(slog.NewTextHandler(w, nil)).With("instance", instance)
	adm := admin.New(log)
	cfg := DefaultConfig()
	cfg.MaxPollRecords = 3
	cfg.MaxWait = 2 * time.Second
	cfg.GPUIdleTimeout = time.Second
	svc, err := NewService(cfg, service.Deps{Log: log, Metrics: adm.Registry, Admin: adm, Kafka: kc, Topics: topics, InstanceID: instance, ShutdownTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("enricher %s: %v", instance, err)
			}
		})
	}
	t.Cleanup(stop)
	return svc, stop
}

// garbage is not a GPUSampleBatch: field 1 (samples) with a length running
// past the end.
func garbage(n int) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(int64(n))).Read(b)
	b[0], b[1] = 0x0a, 0xff
	return b
}

type dlqCopy struct {
	partition, offset string
	truncated         string
	size              int
}

// readDLQ returns the DLQ records of llmobs.gpu, read until want are there
// and then for settle more (so a duplicate would be seen).
func readDLQ(t *testing.T, kc kafka.Config, topics kafka.Topics, want int, settle time.Duration) []dlqCopy {
	t.Helper()
	cl, err := kafka.NewClient(kc, "dlq-reader", kgo.ConsumeTopics(topics.DLQ), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var out []dlqCopy
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		fs.EachRecord(func(r *kgo.Record) {
			if kafka.Header(r, kafka.HeaderDLQSourceTopic) != topics.GPU {
				return
			}
			if kafka.Header(r, kafka.HeaderDLQService) != "enricher" || kafka.Header(r, kafka.HeaderDLQReason) != "gpu_decode_error" {
				t.Errorf("DLQ headers %v", r.Headers)
			}
			out = append(out, dlqCopy{kafka.Header(r, kafka.HeaderDLQSourcePartition), kafka.Header(r, kafka.HeaderDLQSourceOffset), kafka.Header(r, kafka.HeaderDLQTruncated), len(r.Value)})
		})
		if len(out) >= want && settle > 0 {
			deadline, settle = time.Now().Add(settle), 0
		}
	}
	return out
}

func produceGPU(t *testing.T, cl *kgo.Client, topic string, part int32, v []byte) {
	t.Helper()
	r := &kgo.Record{Topic: topic, Partition: part, Value: v}
	if err := cl.ProduceSync(context.Background(), r).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

// A bad llmobs.gpu record is read by every enricher instance (broadcast)
// but lands on the DLQ once: written by the owner of the same-numbered
// llmobs.spans partition, with progress that survives restarts. Covers
// records already there when the instances start (read back before they
// own anything), records arriving while two instances run, and an instance
// restarting (it reads them all back again).
func TestGPUBadRecordsDLQOnceAcrossInstances(t *testing.T) {
	kc, topics := kfakeCluster(t)
	prod, err := kafka.NewClient(kc, "t", kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerBatchMaxBytes(16<<20), kgo.MaxBufferedBytes(64<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	// llmobs.gpu takes 10 MB records (llmobs.dlq keeps the 1 MiB default).
	if _, err := kadm.NewClient(prod).AlterTopicConfigs(context.Background(), []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr("10485760")}}, topics.GPU); err != nil {
		t.Fatal(err)
	}
	good, _ := proto.Marshal(&llmobsv1.GPUSampleBatch{Samples: []*llmobsv1.GPUSample{sample("node-1", "0", 1, 50, 100, 0)}})

	// Before any enricher runs: a bad record on each partition, one of
	// them 3 MB.
	produceGPU(t, prod, topics.GPU, 0, garbage(100))
	produceGPU(t, prod, topics.GPU, 1, garbage(3<<20))
	produceGPU(t, prod, topics.GPU, 2, garbage(200))
	produceGPU(t, prod, topics.GPU, 0, good)

	t0 := time.Now()
	a, stopA := startGPUDLQService(t, kc, topics, "a")
	b, _ := startGPUDLQService(t, kc, topics, "b")
	got := readDLQ(t, kc, topics, 3, 3*time.Second)
	check := func(got []dlqCopy, want int) {
		t.Helper()
		seen := map[string]int{}
		for _, c := range got {
			seen[c.partition+"/"+c.offset]++
		}
		if len(got) != want || len(seen) != want {
			t.Fatalf("DLQ holds %d copies of %d records %v, want %d records once each", len(got), len(seen), seen, want)
		}
		for _, c := range got {
			if c.partition == "1" && c.offset == "0" && (c.truncated != "true" || c.size > kafka.DLQMaxValueBytes) {
				t.Fatalf("3 MB record stored as %d bytes, truncated %q", c.size, c.truncated)
			}
		}
	}
	check(got, 3)
	t.Logf("%s: pre-existing records written once", time.Since(t0))

	// While both run.
	produceGPU(t, prod, topics.GPU, 1, good)
	produceGPU(t, prod, topics.GPU, 1, garbage(300))
	produceGPU(t, prod, topics.GPU, 2, garbage(400))
	check(readDLQ(t, kc, topics, 5, 3*time.Second), 5)
	if n := counterValue(a.m.badRecords.WithLabelValues("gpu_decode_error")) + counterValue(b.m.badRecords.WithLabelValues("gpu_decode_error")); n != 5 {
		t.Fatalf("dlq_records_total{gpu_decode_error} over both instances = %v, want 5", n)
	}

	t.Logf("%s: live records written once", time.Since(t0))
	// A restart reads all of them back; none is written again.
	stopA()
	c, _ := startGPUDLQService(t, kc, topics, "a") // a restart: same instance id
	waitFor(t, func() bool { o, _ := c.spanOwnership().snapshot(); return len(o) > 0 })
	t.Logf("%s: restarted instance joined", time.Since(t0))
	produceGPU(t, prod, topics.GPU, 0, garbage(500))
	check(readDLQ(t, kc, topics, 6, 5*time.Second), 6)
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatal("timed out")
}

// The owner rule: llmobs.gpu partition p belongs to the owner of
// llmobs.spans partition p mod P, and a non-owner only keeps the record.
func TestGPUDLQOwnerRule(t *testing.T) {
	d := &gpuDLQ{spans: 3, own: &spanOwnership{parts: map[int32]bool{1: true}}}
	d.pending = []pendingDLQ{{partition: 4}}
	owned, _ := d.own.snapshot()
	if !d.ownsAny(owned) {
		t.Fatal("gpu partition 4 should belong to the owner of spans partition 1 (4 mod 3)")
	}
	d.pending = []pendingDLQ{{partition: 0}, {partition: 2}, {partition: 3}}
	if d.ownsAny(owned) {
		t.Fatal("gpu partitions 0, 2, 3 are not owned by the holder of spans partition 1")
	}
}
