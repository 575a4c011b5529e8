package stream

import (
	"context"
	"testing"
	"testing/synctest"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafkatest"
)

// The broker crashes with a poll's transaction in flight and comes back
// from its log: the stage goes on by itself, and every record is copied
// exactly once.
func TestBrokerRestartMidTransaction(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := kafkatest.New(t, kafkatest.Virtual(), kafkatest.Only("in", "out"), kafkatest.Partitions(2),
			kafkatest.With(kfake.DataDir(t.TempDir())))
		prod := c.Client(t, kgo.RecordPartitioner(kgo.ManualPartitioner()))
		const n = 60
		produceIn(t, prod, 0, n/2, 2)
		var polls, restarts int
		p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
			if fs.NumRecords() == 0 {
				return nil, nil
			}
			polls++
			return copyAll(fs), nil
		})
		// Between the poll's records being acknowledged and its commit:
		// the new broker finds the transaction open in its log.
		h := Hooks{BeforeCommit: func(context.Context) error {
			if polls == 3 && restarts == 0 {
				restarts++
				c.Restart(t)
			}
			return nil
		}}
		ctx, cancel := context.WithCancel(context.Background())
		cfg := copyConfig(c.Kafka, "i1", 5, nil)
		done := make(chan error, 1)
		go func() { done <- Run(ctx, cfg, p, h) }()
		time.Sleep(10 * time.Second)
		produceIn(t, prod, n/2, n, 2)
		seen, total := readCopies(t, c.Kafka, n, 2*time.Minute)
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if restarts != 1 {
			t.Fatalf("the broker was restarted %d times, want once", restarts)
		}
		if total != n || len(seen) != n {
			t.Fatalf("%d records out, %d distinct, want %d once each (%d polls)", total, len(seen), n, polls)
		}
	})
}
