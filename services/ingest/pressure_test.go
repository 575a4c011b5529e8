package ingest

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/services/ingest/sampling"
)

// readPressure against a broker: a group that holds records for its
// intended delay reads as 0 however many records it holds (the enricher's
// GPU-join wait is not pressure); the same backlog read for a group that
// intends no delay is as far behind as its oldest unconsumed record is
// old; a group one record behind (a transaction marker) is not behind.
func TestReadPressureByDelay(t *testing.T) {
	c := kafkatest.New(t, kafkatest.Only("in"), kafkatest.Partitions(2))
	cl := c.Client(t)
	ctx := context.Background()
	now := time.Now()
	// 100 records per partition written over the last 50 s (0.5 s apart).
	var recs []*kgo.Record
	for i := range 100 {
		for p := range int32(2) {
			recs = append(recs, &kgo.Record{Topic: "in", Partition: p, Value: []byte("x"), Timestamp: now.Add(-50*time.Second + time.Duration(i)*500*time.Millisecond)})
		}
	}
	if err := c.Client(t, kgo.RecordPartitioner(kgo.ManualPartitioner())).ProduceSync(ctx, recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	adm := kadm.NewClient(cl)
	commit := func(group string, at int64) {
		t.Helper()
		os := kadm.Offsets{}
		os.Add(kadm.Offset{Topic: "in", Partition: 0, At: at, LeaderEpoch: -1})
		os.Add(kadm.Offset{Topic: "in", Partition: 1, At: 99, LeaderEpoch: -1}) // one record behind
		if _, err := adm.CommitOffsets(ctx, group, os); err != nil {
			t.Fatal(err)
		}
	}
	commit("holder", 0)    // oldest unconsumed: 50 s old
	commit("fresh", 96)    // oldest unconsumed: 2 s old
	commit("caughtup", 99) // one record (a marker, say) left: not behind
	cfg := sampling.DefaultConfig()
	cfg.TargetDelay = 10 * time.Second // step 1.25 s; measured up to 40 s
	for _, tc := range []struct {
		group    string
		intended time.Duration
		want     time.Duration
	}{
		{"holder", 45 * time.Second, 0},                        // 5 s beyond: under half the target
		{"holder", 30 * time.Second, 18750 * time.Millisecond}, // 20 s beyond, on the 1.25 s grid
		{"holder", 0, 40 * time.Second},                        // 50 s: capped at 4 × target
		{"fresh", 0, 0},
		{"caughtup", 0, 0},
	} {
		cfg.Groups = []string{tc.group}
		cfg.IntendedDelay = map[string]time.Duration{tc.group: tc.intended}
		delay, lag, err := readPressure(ctx, adm, cfg, now)
		if err != nil {
			t.Fatal(err)
		}
		// The grid reads the age to within a step either way of the
		// record timestamps' spacing.
		if d := delay - tc.want; d < -cfg.DelayStep() || d > cfg.DelayStep() {
			t.Errorf("%s intending %v: delay %v, want %v (lag %d records)", tc.group, tc.intended, delay, tc.want, lag)
		}
		if tc.want == 0 && delay != 0 {
			t.Errorf("%s intending %v: delay %v, want 0", tc.group, tc.intended, delay)
		}
	}
}
