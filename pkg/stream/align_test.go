package stream

import (
	"context"
	"encoding/binary"
	"io"
	"log/slog"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
)

// eventStage reads records whose value is an event time (unix ms, 8
// bytes) and keeps what alignment asks of a stage: the newest event time
// read per partition, a watermark (the lowest of them), and whether a
// partition was not read yet.
type eventStage struct {
	parts int32

	mu        sync.Mutex
	pos       map[int32]int64
	read      int
	overshoot int64 // the most any partition read ahead of the watermark
}

func (e *eventStage) Process(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	fs.EachRecord(func(r *kgo.Record) {
		ms := int64(binary.BigEndian.Uint64(r.Value))
		e.pos[r.Partition] = max(e.pos[r.Partition], ms)
		e.read++
	})
	if wm, ok := e.watermark(); ok && int32(len(e.pos)) == e.parts {
		for _, p := range e.pos {
			e.overshoot = max(e.overshoot, p-wm)
		}
	}
	return nil, nil
}

func (e *eventStage) watermark() (int64, bool) {
	first, wm := true, int64(0)
	for _, p := range e.pos {
		if first || p < wm {
			wm, first = p, false
		}
	}
	return wm, !first
}

func (e *eventStage) Position(_ string, p int32) (int64, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	ms, ok := e.pos[p]
	return ms, ok
}

func (e *eventStage) Watermarks(each func(int64, bool)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for p := range e.parts {
		ms, ok := e.pos[p]
		each(ms, ok)
	}
}

// runAligned produces n0 records on partition 0 (event times step0 apart)
// and n1 on partition 1 (step1 apart), runs the loop over them until all
// are read (or 30 s), and returns the stage and the most partitions
// paused at once.
func runAligned(t *testing.T, drift time.Duration, n0, n1 int, step0, step1 time.Duration) (*eventStage, int) {
	t.Helper()
	kc := kafkatest.New(t, kafkatest.Virtual(), kafkatest.Only("in"), kafkatest.Partitions(2)).Kafka
	prod, err := kafka.NewClient(kc, "p", kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	put := func(part int32, n int, step time.Duration) {
		for i := range n {
			v := binary.BigEndian.AppendUint64(nil, uint64(base+int64(i)*step.Milliseconds()))
			// One record per batch: a fetch returns a few of them, not
			// the whole partition.
			if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: "in", Partition: part, Value: v}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	put(0, n0, step0)
	put(1, n1, step1)
	st := &eventStage{parts: 2, pos: map[int32]int64{}}
	var mu sync.Mutex
	mostPaused := 0
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{
			Name: "align", Kafka: kc, Group: kafka.Group{Name: "g", InstanceID: "i1", SessionTimeout: 6 * time.Second},
			Topics: []string{"in"}, TransactionalID: "align-i1", TransactionTimeout: 30 * time.Second,
			PollTimeout: 200 * time.Millisecond, MaxPollRecords: 4, ShutdownTimeout: 5 * time.Second,
			Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
			Opts: func() []kgo.Opt {
				return []kgo.Opt{kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()),
					kgo.FetchMaxPartitionBytes(200)}
			},
			Align: &Alignment{MaxDrift: drift, Position: st.Position, Watermarks: st.Watermarks, Paused: func(n int) {
				mu.Lock()
				mostPaused = max(mostPaused, n)
				mu.Unlock()
			}},
		}, st, Hooks{})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		st.mu.Lock()
		r := st.read
		st.mu.Unlock()
		if r >= n0+n1 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.read != n0+n1 {
		t.Fatalf("read %d of %d records: the stage stalled", st.read, n0+n1)
	}
	mu.Lock()
	defer mu.Unlock()
	return st, mostPaused
}

// Partition 0's records are 10 s apart, partition 1's 1 s, over the same
// ten minutes: read at the same pace, partition 0 runs ahead of the
// watermark by most of the backlog. Aligned, it is paused whenever it runs more than the drift
// ahead, so it never gets further than the drift and one poll's records.
func TestAlignmentBoundsDrift(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// The same ten minutes of event time on both.
		drift := 30 * time.Second
		off, _ := runAligned(t, 0, 60, 600, 10*time.Second, time.Second)
		on, paused := runAligned(t, drift, 60, 600, 10*time.Second, time.Second)
		t.Logf("most read ahead of the watermark: %d s unaligned, %d s aligned (max drift %s); most partitions paused: %d",
			off.overshoot/1000, on.overshoot/1000, drift, paused)
		// A poll reads at most 4 records: 40 s of partition 0 past the drift.
		if limit := (drift + 40*time.Second).Milliseconds(); on.overshoot > limit {
			t.Errorf("aligned: a partition read %d ms ahead of the watermark, want ≤ %d", on.overshoot, limit)
		}
		if paused == 0 {
			t.Error("aligned: nothing was ever paused")
		}
		// The same data unaligned does run ahead: the test measures something.
		if off.overshoot < (5 * drift).Milliseconds() {
			t.Errorf("unaligned: only %d ms ahead; the data does not make a partition run ahead", off.overshoot)
		}
	})
}

// A partition that is behind but has nothing left to read cannot move the
// watermark: the partitions ahead of it are read anyway (a stage must not
// stall waiting for upstream with its input unread).
func TestAlignmentDoesNotStallOnACaughtUpPartition(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st, _ := runAligned(t, 30*time.Second, 100, 3, 10*time.Second, time.Second)
		t.Logf("read %d records; partition 0 ended %d s ahead of the watermark", st.read, st.overshoot/1000)
	})
}
