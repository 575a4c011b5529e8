package alerter

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestUndecodableToDLQ: a 5 MB record that is not an SLIWindowBatch goes to
// llmobs.dlq (reason decode_error, in the transaction that commits its
// offset), is counted per reason, and does not block the partition: the
// window after it is evaluated.
func TestUndecodableToDLQ(t *testing.T) {
	tp := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(tp.SLIs, tp.Alerts, tp.DLQ), kafkatest.TopicPartitions(1, tp.SLIs, tp.Alerts, tp.DLQ))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.ProducerBatchMaxBytes(8<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	garbage := bytes.Repeat([]byte{0xff}, 5<<20)
	if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: tp.SLIs, Key: []byte("k"), Value: garbage}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	produceWindows(t, prod, tp.SLIs, win{svc: "s", i: 0, req: 100, errs: 50}.pb())
	s, stop := startAfterBadRecord(t, c.ListenAddrs())
	defer stop()
	waitFor(t, "the alert", func() bool { as, _ := readAll(c.ListenAddrs(), tp.Alerts); return len(as) == 1 })
	if got := testutil.ToFloat64(s.m.dlq.WithLabelValues("decode_error")); got != 1 {
		t.Errorf("dlq{decode_error} = %v, want 1", got)
	}
	if got := testutil.ToFloat64(s.m.badRecords); got != 1 {
		t.Errorf("bad records %v, want 1", got)
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.ConsumeTopics(tp.DLQ), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var recs []*kgo.Record
	for len(recs) == 0 && ctx.Err() == nil {
		recs = append(recs, cl.PollFetches(ctx).Records()...)
	}
	if len(recs) != 1 {
		t.Fatalf("%d DLQ records, want 1", len(recs))
	}
	r := recs[0]
	if kafka.Header(r, kafka.HeaderDLQReason) != "decode_error" || kafka.Header(r, kafka.HeaderDLQService) != "alerter" ||
		kafka.Header(r, kafka.HeaderDLQSourceTopic) != tp.SLIs || kafka.Header(r, kafka.HeaderDLQSourceOffset) != "0" {
		t.Errorf("DLQ headers %v", r.Headers)
	}
	if len(r.Value) == 0 || len(r.Value) > len(garbage) || !bytes.HasPrefix(garbage, r.Value) {
		t.Errorf("DLQ value: %d bytes", len(r.Value))
	}
}

// startAfterBadRecord runs the alerter with svcRules and waits until it
// has evaluated the one good window that follows the bad record.
func startAfterBadRecord(t *testing.T, brokers []string) (*Service, func()) {
	t.Helper()
	rf := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(rf, []byte(svcRules), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	s, stop := startService(t, cfg, testDeps(t, brokers, "a"))
	waitFor(t, "the window after the bad record", func() bool { return testutil.ToFloat64(s.m.windowsIn) == 1 })
	return s, stop
}

// TestInvalidUTF8ToDLQ: a window whose series label is not UTF-8 (a
// foreign producer: stage 2 refuses such partials) goes to llmobs.dlq as
// invalid_utf8 instead of raising an alert whose labels JSON has rewritten;
// the good window after it still alerts.
func TestInvalidUTF8ToDLQ(t *testing.T) {
	tp := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(tp.SLIs, tp.Alerts, tp.DLQ), kafkatest.TopicPartitions(1, tp.SLIs, tp.Alerts, tp.DLQ))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	bad, err := (&llmobsv1.SLIWindowBatch{Windows: []*llmobsv1.SLIWindow{win{svc: "s\xff", i: 0, req: 100, errs: 50}.pb()}}).MarshalVT()
	if err != nil {
		t.Fatal(err)
	}
	if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: tp.SLIs, Key: []byte("k"), Value: bad}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	produceWindows(t, prod, tp.SLIs, win{svc: "s", i: 0, req: 100, errs: 50}.pb())
	s, stop := startAfterBadRecord(t, c.ListenAddrs())
	defer stop()
	waitFor(t, "the DLQ count", func() bool { return testutil.ToFloat64(s.m.dlq.WithLabelValues("invalid_utf8")) == 1 })
	as, _ := readAll(c.ListenAddrs(), tp.Alerts)
	if len(as) != 1 {
		t.Fatalf("%d alerts, want 1 (the good window's)", len(as))
	}
	if got := testutil.ToFloat64(s.m.dlq.WithLabelValues("decode_error")); got != 0 {
		t.Errorf("dlq{decode_error} = %v, want 0", got)
	}
}
