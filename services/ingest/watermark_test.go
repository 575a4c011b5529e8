package ingest

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// With no traffic at all, ingest owns every otlp_spans partition, sees it
// has read each to its end, and writes into every llmobs.spans partition
// the watermarks of all three sources, following the clock minus
// out_of_orderness minus delivery_delay: downstream windows keep firing
// when traffic stops.
func TestHeartbeatsWhenIdle(t *testing.T) {
	h := newHarness(t)
	cfg := quietConfig()
	cfg.HeartbeatInterval = 100 * time.Millisecond
	_, stop := h.start(cfg)
	defer stop()
	cl := h.client(kgo.ConsumeTopics(h.topics.Spans), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	type seen struct{ first, last int64 }
	got := map[[2]int32]*seen{} // (llmobs.spans partition, source) -> watermarks
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start := time.Now()
	for ctx.Err() == nil && (len(got) < 9 || time.Since(start) < time.Second) {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			if len(b.Spans) != 0 || b.SourcePartitions != 3 {
				t.Fatalf("heartbeat with %d spans and %d sources, want 0 and 3", len(b.Spans), b.SourcePartitions)
			}
			for _, w := range b.Watermarks {
				k := [2]int32{r.Partition, w.Partition}
				if s := got[k]; s == nil {
					got[k] = &seen{w.WatermarkUnixMs, w.WatermarkUnixMs}
				} else {
					if w.WatermarkUnixMs < s.last {
						t.Fatalf("source %d went back from %d to %d", w.Partition, s.last, w.WatermarkUnixMs)
					}
					s.last = w.WatermarkUnixMs
				}
			}
		})
	}
	if len(got) != 9 {
		t.Fatalf("watermarks for %d (partition, source) pairs, want 3×3", len(got))
	}
	want := time.Now().Add(-cfg.OutOfOrderness - cfg.DeliveryDelay).UnixMilli()
	for k, s := range got {
		if s.last > want || s.last < want-3000 {
			t.Errorf("%v: watermark %d, want about now - ooo - delay = %d", k, s.last, want)
		}
		if s.last <= s.first {
			t.Errorf("%v: watermark did not move with the clock (%d..%d)", k, s.first, s.last)
		}
	}
}
