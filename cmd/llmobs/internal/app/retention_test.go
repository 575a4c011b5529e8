package app

import (
	"context"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/embedded"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
)

// The embedded broker deletes what is past its retention (its log is in
// the process's heap), but never the compacted topics, also when a data
// directory made them without retention configs of their own.
func TestEmbeddedRetention(t *testing.T) {
	k, err := embedded.Start(embedded.Config{Listen: "127.0.0.1:0", Partitions: 1, Retention: 2 * time.Second, RetentionBytes: 1 << 20}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer k.Close()
	c := service.DefaultCommon("127.0.0.1:0")
	c.Kafka.Brokers, c.Kafka.Partitions = []string{k.Addr()}, 1
	ctx := context.Background()
	cl, err := kafka.NewClient(c.Kafka, "test")
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	// As an earlier version made it: compacted, no retention of its own.
	if _, err := adm.CreateTopic(ctx, 1, 1, map[string]*string{"cleanup.policy": kadm.StringPtr("compact")}, c.Topics.Alerts); err != nil {
		t.Fatal(err)
	}
	if err := keepCompacted(ctx, c, k); err != nil {
		t.Fatal(err)
	}
	// 8 MiB on otlp_spans (incompressible, past the size bound before the
	// time bound), a little on the compacted topics.
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		for _, topic := range []string{c.Topics.OTLPSpans, c.Topics.Alerts, c.Topics.EmbedderState} {
			v := make([]byte, 1<<10)
			if topic == c.Topics.OTLPSpans {
				v = make([]byte, 40<<10)
			}
			for j := range v {
				v[j] = byte(rng.Uint32())
			}
			if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Key: []byte{byte(i)}, Value: v}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	heap := func() float64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc)
	}
	held := heap()
	starts := func() map[string]int64 {
		o, err := adm.ListStartOffsets(ctx, c.Topics.OTLPSpans, c.Topics.Alerts, c.Topics.EmbedderState)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]int64{}
		o.Each(func(l kadm.ListedOffset) { m[l.Topic] = l.Offset })
		return m
	}
	// Traffic goes on (a record every 200 ms), so the partition's active
	// segment always holds live records, as in a running all-in-one.
	deadline := time.Now().Add(20 * time.Second)
	for starts()[c.Topics.OTLPSpans] < 200 {
		if time.Now().After(deadline) {
			t.Fatalf("otlp_spans still starts at %d of 200 after 20 s (retention 2 s, cleaner every 1 s)", starts()[c.Topics.OTLPSpans])
		}
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: c.Topics.OTLPSpans, Value: []byte("trickle")}).FirstErr(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// The log is in this process's heap (no data directory): the
	// segments past retention are freed, all but the active one (1 MiB;
	// kfake's default of 100 MiB freed nothing here).
	if freed := held - heap(); freed < 5<<20 {
		t.Errorf("the heap shrank by %.1f MiB after 8 MiB of otlp_spans expired; want >= 5 MiB", freed/(1<<20))
	}
	for _, topic := range c.Topics.Compacted() {
		if s := starts()[topic]; s != 0 {
			t.Errorf("compacted %s lost records to retention: starts at %d", topic, s)
		}
	}
}
