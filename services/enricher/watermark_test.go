package enricher

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The enricher forwards the in-band watermarks it reads on llmobs.spans:
// for each llmobs.spans partition it owns, the minimum over every ingest
// source, into every llmobs.enriched partition, after the spans before it.
// A partition where one ingest source has not reported is held (left out),
// so downstream keeps waiting for it.
func TestForwardsInbandWatermarks(t *testing.T) {
	kc, topics := kfakeCluster(t)
	stop := startService(t, kc, topics, "wm", nil)
	defer stop()
	cl, err := kafka.NewClient(kc, "t", kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	produce := func(part int32, b *llmobsv1.SpanBatch) {
		t.Helper()
		v, _ := proto.Marshal(b)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: topics.Spans, Partition: part, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	hb := func(ws ...[2]int64) *llmobsv1.SpanBatch {
		b := &llmobsv1.SpanBatch{SourcePartitions: 2}
		for _, w := range ws {
			b.Watermarks = append(b.Watermarks, &llmobsv1.SourceWatermark{Partition: int32(w[0]), WatermarkUnixMs: w[1]})
		}
		return b
	}
	// Partitions 0 and 1 hear from both ingest sources; partition 2 only
	// from source 0.
	span := llmSpan(0, "api", "", 1, 2)
	span.TraceId = []byte("trace-before-wm1")
	produce(0, &llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{span}})
	produce(0, hb([2]int64{0, 5000}, [2]int64{1, 4000}))
	produce(1, hb([2]int64{0, 7000}, [2]int64{1, 9000}))
	produce(2, hb([2]int64{0, 8000}))

	rd, err := kafka.NewClient(kc, "r", kgo.ConsumeTopics(topics.Enriched), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	got := map[int32]map[int32]int64{} // enriched partition -> source -> watermark
	spanSeen := map[int32]bool{}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	complete := func() bool {
		for p := range int32(3) {
			if len(got[p]) < 2 {
				return false
			}
		}
		return true
	}
	for ctx.Err() == nil && !complete() {
		rd.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			var b llmobsv1.EnrichedSpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			if len(b.Spans) > 0 {
				spanSeen[r.Partition] = true
			}
			for _, w := range b.Watermarks {
				if b.SourcePartitions != 3 {
					t.Fatalf("source_partitions %d, want the 3 partitions of llmobs.spans", b.SourcePartitions)
				}
				if w.Partition == 2 {
					t.Fatalf("llmobs.spans partition 2 forwarded (%d) although ingest source 1 never reported there", w.WatermarkUnixMs)
				}
				if len(b.Spans) > 0 {
					t.Fatal("watermarks and spans in one batch")
				}
				if w.Partition == 0 && kafka.PartitionFor(span.TraceId, 3) == r.Partition && !spanSeen[r.Partition] {
					t.Fatal("watermark of partition 0 arrived before the span read before it")
				}
				if got[r.Partition] == nil {
					got[r.Partition] = map[int32]int64{}
				}
				got[r.Partition][w.Partition] = w.WatermarkUnixMs
			}
		})
	}
	for p := range int32(3) {
		if got[p][0] != 4000 || got[p][1] != 7000 {
			t.Errorf("llmobs.enriched partition %d got %v, want source 0 at the minimum 4000 and source 1 at 7000", p, got[p])
		}
	}
}
