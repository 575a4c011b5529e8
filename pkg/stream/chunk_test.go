package stream

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// split keeps every record once, each partition's records in order, cuts
// a piece once it holds max bytes, and keeps a partition's error with its
// first part.
func TestSplit(t *testing.T) {
	rec := func(p int32, off int64, n int) *kgo.Record {
		return &kgo.Record{Partition: p, Offset: off, Value: make([]byte, n)}
	}
	boom := errors.New("boom")
	fs := kgo.Fetches{
		{Topics: []kgo.FetchTopic{
			{Topic: "a", Partitions: []kgo.FetchPartition{
				{Partition: 0, Records: []*kgo.Record{rec(0, 0, 4), rec(0, 1, 4), rec(0, 2, 4), rec(0, 3, 30)}},
				{Partition: 1, Err: boom},
				{Partition: 2, Err: boom, Records: []*kgo.Record{rec(2, 7, 5), rec(2, 8, 5), rec(2, 9, 5)}},
			}},
			{Topic: "b", Partitions: []kgo.FetchPartition{{Partition: 0, Records: []*kgo.Record{rec(0, 5, 1)}}}},
		}},
		{Topics: []kgo.FetchTopic{{Topic: "a", Partitions: []kgo.FetchPartition{{Partition: 0, Records: []*kgo.Record{rec(0, 4, 2)}}}}}},
	}
	const max = 10
	pieces := split(fs, max)
	type tp struct {
		topic string
		part  int32
	}
	got := map[tp][]int64{}
	errs := map[tp]int{}
	for i, pc := range pieces {
		size := 0
		pc.EachPartition(func(fp kgo.FetchTopicPartition) {
			k := tp{fp.Topic, fp.Partition}
			if fp.Err != nil {
				errs[k]++
				if len(got[k]) > 0 {
					t.Errorf("piece %d: %v's error after its first part", i, k)
				}
			}
			for _, r := range fp.Records {
				got[k] = append(got[k], r.Offset)
				size += len(r.Value)
			}
		})
		if i < len(pieces)-1 && size < max {
			t.Errorf("piece %d holds %d bytes, under %d, and is not the last", i, size, max)
		}
	}
	want := map[tp][]int64{{"a", 0}: {0, 1, 2, 3, 4}, {"a", 2}: {7, 8, 9}, {"b", 0}: {5}}
	for k, w := range want {
		if g := got[k]; len(g) != len(w) || !equal(g, w) {
			t.Errorf("%v: offsets %v, want %v", k, g, w)
		}
	}
	if errs[tp{"a", 1}] != 1 || errs[tp{"a", 2}] != 1 {
		t.Errorf("errors carried %v, want once each for a/1 and a/2", errs)
	}
	if len(pieces) < 4 {
		t.Errorf("%d pieces of ~%d bytes from 79 bytes", len(pieces), max)
	}
	if one := split(fs, 1<<20); len(one) != 1 || one[0].NumRecords() != 9 {
		t.Errorf("a large max: %d pieces", len(one))
	}
	if empty := split(kgo.Fetches{}, max); len(empty) != 1 || empty[0].NumRecords() != 0 {
		t.Errorf("an empty poll: %d pieces", len(empty))
	}
}

func equal(a, b []int64) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// With ChunkBytes the stage sees each poll in pieces, their outputs
// produced while the next piece is processed, and everything still
// commits exactly once: a piece after the first that returns ErrUnread
// aborts the poll's transaction (what earlier pieces produced is never
// read committed) and runs Hooks.Aborted, and the poll is read again.
func TestChunkedCopyExactlyOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		kc, prod := copyTopics(t, 2)
		const n = 60
		produceIn(t, prod, 0, n, 2)
		var pieces, inPoll, bigPieces, unreads, aborted, commits atomic.Int32
		p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
			if fs.NumRecords() == 0 {
				return nil, nil
			}
			if fs.NumRecords() > 3 {
				bigPieces.Add(1) // 3 two-byte records make a piece
			}
			pieces.Add(1)
			// The second piece of the first poll that has one is dropped
			// (Ended resets inPoll at the end of every poll).
			if inPoll.Add(1) == 2 && unreads.Add(1) == 1 {
				return nil, ErrUnread
			}
			return copyAll(fs), nil
		})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		c := copyConfig(kc, "i1", 20, nil)
		c.ChunkBytes = 6 // 2-byte records: 3 a piece
		go func() {
			done <- Run(ctx, c, p, Hooks{
				Aborted: func(context.Context, *kgo.Client) error { aborted.Add(1); return nil },
				Ended: func(o string, _ int, _ time.Duration) {
					inPoll.Store(0)
					if o == Committed {
						commits.Add(1)
					}
				},
			})
		}()
		seen, total := readCopies(t, kc, n, 30*time.Second)
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if total != n || len(seen) != n {
			t.Fatalf("%d records out, %d distinct, want %d once each", total, len(seen), n)
		}
		if bigPieces.Load() > 0 {
			t.Errorf("%d pieces held more than 3 records", bigPieces.Load())
		}
		if aborted.Load() != 1 {
			t.Errorf("Aborted ran %d times, want once (the piece dropped after the first)", aborted.Load())
		}
		if int(commits.Load()) >= int(pieces.Load()) {
			t.Errorf("%d commits for %d pieces: the pieces were not in shared transactions", commits.Load(), pieces.Load())
		}
	})
}

// ShutdownTimeout bounds each wait on Kafka from when it starts, not the
// poll: a BeforeProduce that waits out a ClickHouse outage, or a piece
// whose Process waits (a GPU stream's max_wait), longer than it still
// commits its poll. (Found by make chaos: with one deadline from the
// poll's start, the aggregator's transaction ended "context deadline
// exceeded" after ClickHouse thawed, and the stage stopped.)
func TestSlowStepsStillCommit(t *testing.T) {
	for _, tc := range []struct {
		name     string
		chunk    int
		slowHook bool
	}{
		{"BeforeProduce outlasts ShutdownTimeout", 0, true},
		{"a later piece's Process outlasts ShutdownTimeout", 6, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				kc, prod := copyTopics(t, 1)
				const n = 12
				produceIn(t, prod, 0, n, 1)
				var calls atomic.Int32
				p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
					if fs.NumRecords() > 0 && !tc.slowHook && calls.Add(1) == 2 {
						time.Sleep(time.Second)
					}
					return copyAll(fs), nil
				})
				var slowed atomic.Bool
				h := Hooks{}
				if tc.slowHook {
					h.BeforeProduce = func(context.Context) error {
						if !slowed.Swap(true) {
							time.Sleep(time.Second)
						}
						return nil
					}
				}
				c := copyConfig(kc, "i1", 20, nil)
				c.ChunkBytes, c.ShutdownTimeout = tc.chunk, 300*time.Millisecond
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- Run(ctx, c, p, h) }()
				seen, total := readCopies(t, kc, n, 20*time.Second)
				cancel()
				if err := <-done; err != nil {
					t.Fatalf("the loop stopped: %v", err)
				}
				if total != n || len(seen) != n {
					t.Fatalf("%d records out, %d distinct, want %d once each", total, len(seen), n)
				}
			})
		})
	}
}
