package kafkatest

import (
	"context"
	"testing"
	"testing/synctest"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

func TestSeedsTopicsAndServes(t *testing.T) {
	c := New(t, Only("a", "b"), Partitions(2), TopicPartitions(5, "b"))
	cl := c.Client(t)
	details, err := kadm.NewClient(cl).ListTopics(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := len(details["a"].Partitions); got != 2 {
		t.Errorf("a has %d partitions, want 2", got)
	}
	if got := len(details["b"].Partitions); got != 5 {
		t.Errorf("b has %d partitions, want 5", got)
	}
	if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: "a", Value: []byte("x")}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	all := New(t)
	details, err = kadm.NewClient(all.Client(t)).ListTopics(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range all.Topics.All() {
		if len(details[tp].Partitions) != 3 {
			t.Errorf("%s: %d partitions, want every DESIGN topic with 3", tp, len(details[tp].Partitions))
		}
	}
	if d := all.Deps("x"); d.InstanceID != "x" || len(d.Kafka.Brokers) == 0 || d.Admin == nil {
		t.Errorf("deps %+v", d)
	}
}

// On the virtual network a test runs in a synctest bubble: records go
// through the broker, and an hour of the bubble's clock passes at once.
func TestVirtualInABubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := New(t, Virtual(), Only("a"), Partitions(1))
		cl := c.Client(t, kgo.ConsumeTopics("a"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
		start := time.Now()
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: "a", Value: []byte("x")}).FirstErr(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Hour)
		fs := cl.PollFetches(context.Background())
		if err := fs.Err0(); err != nil {
			t.Fatal(err)
		}
		if n := fs.NumRecords(); n != 1 {
			t.Fatalf("%d records, want 1", n)
		}
		if d := time.Since(start); d < time.Hour || d > time.Hour+time.Minute {
			t.Fatalf("the bubble's clock moved %v, want an hour", d)
		}
	})
}
