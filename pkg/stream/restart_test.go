package stream

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/llmobs/llmobs/pkg/kafkatest"
)

// The broker crashes with a poll's transaction in flight and comes back
// from its log, at once or after being down a while (the end of the
// transaction then fails: its outcome is unknown): the stage goes on by
// itself, and every record is copied exactly once.
func TestBrokerRestartMidTransaction(t *testing.T) {
	for _, down := range []time.Duration{0, 5 * time.Second} {
		t.Run(fmt.Sprint("down ", down), func(t *testing.T) { brokerRestart(t, down) })
	}
}

func brokerRestart(t *testing.T, down time.Duration) {
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
				c.Kill() // the commit that follows finds the broker gone
				go func() { time.Sleep(down); c.Revive(t) }()
			}
			return nil
		}}
		ctx, cancel := context.WithCancel(context.Background())
		var sessions atomic.Int32
		cfg := copyConfig(c.Kafka, "i1", 5, &sessions)
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
		// Down when the transaction ended, the broker failed it: the
		// stage went on in a new session (back at once, it may have
		// been in time for the end).
		if n := sessions.Load(); n > 2 || down > 0 && n != 2 {
			t.Errorf("%d sessions, want 2 (1 or 2 with the broker back at once)", n)
		}
		if total != n || len(seen) != n {
			t.Fatalf("%d records out, %d distinct, want %d once each (%d polls)", total, len(seen), n, polls)
		}
	})
}

// A transaction Kafka keeps failing ends the stage after
// maxSessionRetries new sessions in a row (another process fencing this
// one with the same id fails each one too); Kafka refusing the stage's
// credentials ends it at once.
func TestSessionRetriesAreBounded(t *testing.T) {
	for _, tc := range []struct {
		name     string
		code     int16
		sessions int32
		is       error
	}{
		{"coordinator unavailable", kerr.CoordinatorNotAvailable.Code, maxSessionRetries + 1, nil},
		{"transactional id denied", kerr.TransactionalIDAuthorizationFailed.Code, 1, kerr.TransactionalIDAuthorizationFailed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				c := kafkatest.New(t, kafkatest.Virtual(), kafkatest.Only("in", "out"), kafkatest.Partitions(1))
				produceIn(t, c.Client(t), 0, 3, 1)
				c.ControlKey(int16(kmsg.EndTxn), func(kreq kmsg.Request) (kmsg.Response, error, bool) {
					c.KeepControl()
					resp := kreq.ResponseKind().(*kmsg.EndTxnResponse)
					resp.ErrorCode = tc.code
					return resp, nil, true
				})
				p := ProcessFunc(func(_ context.Context, fs kgo.Fetches) ([]*kgo.Record, error) { return copyAll(fs), nil })
				var sessions atomic.Int32
				cfg := copyConfig(c.Kafka, "i1", 5, &sessions)
				reg := prometheus.NewRegistry()
				cfg.Metrics = reg
				count := func(vec *prometheus.CounterVec, label string) float64 {
					return testutil.ToFloat64(vec.WithLabelValues(cfg.Name, label))
				}
				starts, retries, failed := count(sessionsTotal, causeStart), count(sessionsTotal, causeKafkaFailure), count(transactionsTotal, Failed)
				err := Run(context.Background(), cfg, p, Hooks{})
				if err == nil {
					t.Fatal("Run returned nil with every transaction failed")
				}
				if tc.is != nil && !errors.Is(err, tc.is) {
					t.Errorf("err = %v, want %v", err, tc.is)
				}
				if n := sessions.Load(); n != tc.sessions {
					t.Errorf("%d sessions, want %d (err: %v)", n, tc.sessions, err)
				}
				// What operators see: one start, a new session per
				// failure after it, every transaction failed.
				if got := count(sessionsTotal, causeStart) - starts; got != 1 {
					t.Errorf("sessions{cause=start} +%v, want +1", got)
				}
				if got, want := count(sessionsTotal, causeKafkaFailure)-retries, float64(tc.sessions-1); got != want {
					t.Errorf("sessions{cause=kafka_failure} +%v, want +%v", got, want)
				}
				if got, want := count(transactionsTotal, Failed)-failed, float64(tc.sessions); got != want {
					t.Errorf("transactions{outcome=failed} +%v, want +%v", got, want)
				}
				if n, err := testutil.GatherAndCount(reg, "llmobs_stream_sessions_total", "llmobs_stream_transactions_total"); err != nil || n == 0 {
					t.Errorf("Config.Metrics has %d llmobs_stream series (%v)", n, err)
				}
			})
		})
	}
}
