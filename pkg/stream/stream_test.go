package stream

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
)

// The loop copies every input record to the output topic exactly once,
// read_committed, through a poll the stage drops with ErrUnread (the
// records are read again, in the same session: no rejoin).
func TestCopyExactlyOnceThroughUnread(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		kc, prod := copyTopics(t, 2)
		const n = 50
		produceIn(t, prod, 0, n, 2)
		var polls, sessions atomic.Int32
		p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
			if fs.NumRecords() == 0 {
				return nil, nil
			}
			if polls.Add(1) == 2 {
				return nil, ErrUnread
			}
			return copyAll(fs), nil
		})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- Run(ctx, copyConfig(kc, "i1", 7, &sessions), p, Hooks{}) }()
		seen, total := readCopies(t, kc, n, 30*time.Second)
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
	})
}

// A second member joining mid-stream rebalances the group once: the first
// member's transaction in flight may abort (Aborted runs, its records are
// read again), but neither member leaves and rejoins, so the group settles
// instead of aborting each other's transactions in turn. Every record is
// copied exactly once.
func TestRebalanceAbortsOnceWithoutRejoin(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		kc, prod := copyTopics(t, 4)
		const n = 400
		var sessions, aborts, commits atomic.Int32
		member := func(ctx context.Context, id string) chan error {
			done := make(chan error, 1)
			p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
				out := copyAll(fs)
				if len(out) > 0 {
					time.Sleep(20 * time.Millisecond) // a transaction is in flight most of the time
				}
				return out, nil
			})
			go func() {
				c := copyConfig(kc, id, 5, &sessions)
				c.PollTimeout = 100 * time.Millisecond
				done <- Run(ctx, c, p, Hooks{
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
		produceIn(t, prod, 0, n/2, 4)
		d1 := member(ctx, "i1")
		deadline := time.Now().Add(30 * time.Second)
		for commits.Load() < 3 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		d2 := member(ctx, "i2")
		produceIn(t, prod, n/2, n, 4)
		seen, total := readCopies(t, kc, n, 60*time.Second)
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
	})
}

// copyConfig is the loop of the copy tests: member id of group g, reading
// "in" from the start, read_committed, producing to the partition the
// stage names; sessions (when not nil) counts the sessions started.
func copyConfig(kc kafka.Config, id string, maxPoll int, sessions *atomic.Int32) Config {
	return Config{
		Name: "copy-" + id, Kafka: kc, Group: kafka.Group{Name: "g", InstanceID: id, SessionTimeout: 6 * time.Second},
		Topics: []string{"in"}, TransactionalID: "copy-" + id, TransactionTimeout: 30 * time.Second,
		PollTimeout: 200 * time.Millisecond, MaxPollRecords: maxPoll, ShutdownTimeout: 5 * time.Second,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Opts: func() []kgo.Opt {
			if sessions != nil {
				sessions.Add(1)
			}
			return []kgo.Opt{kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.FetchIsolationLevel(kgo.ReadCommitted())}
		},
	}
}

// produceIn writes records from..to-1 to "in", record i to partition
// i % parts, its value i in two bytes.
func produceIn(t testing.TB, prod *kgo.Client, from, to, parts int) {
	for i := from; i < to; i++ {
		v := []byte{byte(i >> 8), byte(i)}
		if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: "in", Partition: int32(i % parts), Value: v}).FirstErr(); err != nil {
			t.Error(err)
			return
		}
	}
}

// readCopies reads "out" (read_committed) until n records came or
// timeout passed, then once more (anything duplicated after the last
// expected record shows then); it returns how often each value came and
// how many records in all.
func readCopies(t testing.TB, kc kafka.Config, n int, timeout time.Duration) (seen map[int]int, total int) {
	rd, err := kafka.NewClient(kc, "r", kgo.ConsumeTopics("out"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	seen = map[int]int{}
	poll := func() {
		pctx, pcancel := context.WithTimeout(context.Background(), time.Second)
		rd.PollFetches(pctx).EachRecord(func(r *kgo.Record) { seen[int(r.Value[0])<<8|int(r.Value[1])]++; total++ })
		pcancel()
	}
	for deadline := time.Now().Add(timeout); total < n && time.Now().Before(deadline); {
		poll()
	}
	poll()
	return seen, total
}

// copyAll is the copy stage's output: every record of fs to "out", same
// partition, same value.
func copyAll(fs kgo.Fetches) []*kgo.Record {
	var out []*kgo.Record
	fs.EachRecord(func(r *kgo.Record) {
		out = append(out, &kgo.Record{Topic: "out", Partition: r.Partition, Value: r.Value})
	})
	return out
}

// copyTopics starts a broker with the copy tests' topics ("in", "out") of
// parts partitions, and a producer for the input.
func copyTopics(t *testing.T, parts int) (kafka.Config, *kgo.Client) {
	kc := kafkatest.New(t, kafkatest.Virtual(), kafkatest.Only("in", "out"), kafkatest.Partitions(int32(parts))).Kafka
	prod, err := kafka.NewClient(kc, "p")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(prod.Close)
	return kc, prod
}
