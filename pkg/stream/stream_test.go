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
// read_committed, through a poll the stage drops with ErrUnread (the
// records are read again, in the same session: no rejoin).
func TestCopyExactlyOnceThroughUnread(t *testing.T) {
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
			return nil, ErrUnread
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
	if sessions.Load() != 1 {
		t.Fatalf("%d sessions: ErrUnread must not rejoin the group", sessions.Load())
	}
}

// A second member joining mid-stream rebalances the group once: the first
// member's transaction in flight may abort (Aborted runs, its records are
// read again), but neither member leaves and rejoins, so the group settles
// instead of aborting each other's transactions in turn. Every record is
// copied exactly once.
func TestRebalanceAbortsOnceWithoutRejoin(t *testing.T) {
	kc := kafkatest.New(t, kafkatest.Only("in", "out"), kafkatest.Partitions(4)).Kafka
	prod, err := kafka.NewClient(kc, "p")
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	const n = 400
	produce := func(from, to int) {
		for i := from; i < to; i++ {
			v := []byte{byte(i >> 8), byte(i)}
			if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: "in", Partition: int32(i % 4), Value: v}).FirstErr(); err != nil {
				t.Error(err)
				return
			}
		}
	}
	var sessions, aborts, commits atomic.Int32
	member := func(ctx context.Context, id string) chan error {
		done := make(chan error, 1)
		p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
			var out []*kgo.Record
			fs.EachRecord(func(r *kgo.Record) {
				out = append(out, &kgo.Record{Topic: "out", Partition: r.Partition, Value: r.Value})
			})
			if len(out) > 0 {
				time.Sleep(20 * time.Millisecond) // a transaction is in flight most of the time
			}
			return out, nil
		})
		go func() {
			done <- Run(ctx, Config{
				Name: "copy-" + id, Kafka: kc, Group: kafka.Group{Name: "g", InstanceID: id, SessionTimeout: 6 * time.Second},
				Topics: []string{"in"}, TransactionalID: "copy-" + id, TransactionTimeout: 30 * time.Second,
				PollTimeout: 100 * time.Millisecond, MaxPollRecords: 5, ShutdownTimeout: 5 * time.Second,
				Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
				Opts: func() []kgo.Opt {
					sessions.Add(1)
					return []kgo.Opt{kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.FetchIsolationLevel(kgo.ReadCommitted())}
				},
			}, p, Hooks{
				Aborted: func(context.Context, *kgo.Client) error { aborts.Add(1); return nil },
				Ended: func(o string, _ int, _ time.Duration) {
					if o == Committed {
						commits.Add(1)
					}
				},
			})
		}()
		return done
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	produce(0, n/2)
	d1 := member(ctx, "i1")
	deadline := time.Now().Add(30 * time.Second)
	for commits.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	d2 := member(ctx, "i2")
	produce(n/2, n)

	rd, err := kafka.NewClient(kc, "r", kgo.ConsumeTopics("out"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	seen := map[int]int{}
	total := 0
	poll := func() {
		pctx, pcancel := context.WithTimeout(context.Background(), time.Second)
		rd.PollFetches(pctx).EachRecord(func(r *kgo.Record) { seen[int(r.Value[0])<<8|int(r.Value[1])]++; total++ })
		pcancel()
	}
	deadline = time.Now().Add(60 * time.Second)
	for total < n && time.Now().Before(deadline) {
		poll()
	}
	poll() // anything duplicated after the last expected record
	cancel()
	for _, d := range []chan error{d1, d2} {
		if err := <-d; err != nil {
			t.Fatal(err)
		}
	}
	if total != n || len(seen) != n {
		t.Fatalf("%d records out, %d distinct, want %d once each", total, len(seen), n)
	}
	if s := sessions.Load(); s != 2 {
		t.Fatalf("%d sessions for 2 members: a member rejoined", s)
	}
	// One join is one rebalance: at most each member's transaction in
	// flight aborts, not a chain of them.
	if a := aborts.Load(); a > 2 {
		t.Fatalf("%d transactions aborted by one join, want ≤ 2 (rebalances in a chain)", a)
	}
	t.Logf("%d transactions committed, %d aborted by the join", commits.Load(), aborts.Load())
}
