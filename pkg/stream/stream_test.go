package stream

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
)

// The loop copies every input record to the output topic exactly once,
// read_committed, through a poll the stage drops with ErrRejoin (the
// records are read again by the new session, from the committed offsets).
func TestCopyExactlyOnceThroughRejoin(t *testing.T) {
	kc := kafkatest.New(t, kafkatest.Only("in", "out"), kafkatest.Partitions(2)).Kafka
	prod, err := kafka.NewClient(kc, "p")
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	const n = 50
	for i := range n {
		if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: "in", Partition: int32(i % 2), Value: []byte{byte(i)}}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	var polls, sessions atomic.Int32
	p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
		if fs.NumRecords() == 0 {
			return nil, nil
		}
		if polls.Add(1) == 2 {
			return nil, ErrRejoin
		}
		var out []*kgo.Record
		fs.EachRecord(func(r *kgo.Record) {
			out = append(out, &kgo.Record{Topic: "out", Partition: r.Partition, Value: r.Value})
		})
		return out, nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{
			Name: "copy", Kafka: kc, Group: kafka.Group{Name: "g", InstanceID: "i1", SessionTimeout: 6 * time.Second},
			Topics: []string{"in"}, TransactionalID: "copy-i1", TransactionTimeout: 30 * time.Second,
			PollTimeout: 200 * time.Millisecond, MaxPollRecords: 7, ShutdownTimeout: 5 * time.Second,
			Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
			Opts: func() []kgo.Opt {
				sessions.Add(1)
				return []kgo.Opt{kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.FetchIsolationLevel(kgo.ReadCommitted())}
			},
		}, p, Hooks{})
	}()
	rd, err := kafka.NewClient(kc, "r", kgo.ConsumeTopics("out"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	seen := map[byte]int{}
	total := 0
	deadline := time.Now().Add(30 * time.Second)
	for total < n && time.Now().Before(deadline) {
		pctx, pcancel := context.WithTimeout(context.Background(), time.Second)
		rd.PollFetches(pctx).EachRecord(func(r *kgo.Record) { seen[r.Value[0]]++; total++ })
		pcancel()
	}
	time.Sleep(500 * time.Millisecond)
	pctx, pcancel := context.WithTimeout(context.Background(), time.Second)
	rd.PollFetches(pctx).EachRecord(func(r *kgo.Record) { seen[r.Value[0]]++; total++ })
	pcancel()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if total != n || len(seen) != n {
		t.Fatalf("%d records out, %d distinct, want %d once each", total, len(seen), n)
	}
	if sessions.Load() < 2 {
		t.Fatalf("%d sessions: ErrRejoin did not rejoin", sessions.Load())
	}
}
