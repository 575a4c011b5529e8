package stream

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafkatest"
)

// With the broker gone (killed before the stage is stopped), a stop
// still returns within StopTimeout, on the bubble's clock, with an error
// that says the transaction was left open. A transactional producer
// never fails a record it sent without an answer, so the poll in flight
// used to wait for its acknowledgements forever: `llmobs up` with its
// broker killed first ran into the process's shutdown bound.
func TestStopWithTheBrokerGone(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := kafkatest.New(t, kafkatest.Virtual(), kafkatest.Only("in", "out"), kafkatest.Partitions(2))
		prod := c.Client(t, kgo.RecordPartitioner(kgo.ManualPartitioner()))
		produceIn(t, prod, 0, 20, 2)
		var polls int
		gone := make(chan struct{})
		p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
			if fs.NumRecords() == 0 {
				return nil, nil
			}
			if polls++; polls == 2 {
				c.Close() // the broker dies with this poll's transaction open
				close(gone)
			}
			return copyAll(fs), nil
		})
		ctx, cancel := context.WithCancel(context.Background())
		cfg := copyConfig(c.Kafka, "i1", 5, nil)
		cfg.ShutdownTimeout, cfg.StopTimeout = 10*time.Second, 4*time.Second
		done := make(chan error, 1)
		go func() { done <- Run(ctx, cfg, p, Hooks{}) }()
		<-gone
		time.Sleep(2 * time.Second)
		stop := time.Now()
		cancel()
		err := <-done
		took := time.Since(stop)
		t.Logf("stopped after %v: %v", took, err)
		if took > cfg.StopTimeout {
			t.Errorf("stopping took %v with the broker gone, want ≤ StopTimeout (%v)", took, cfg.StopTimeout)
		}
		if !errors.Is(err, errGaveUp) {
			t.Errorf("err = %v, want the stop timeout's", err)
		}
	})
}
