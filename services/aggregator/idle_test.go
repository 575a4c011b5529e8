package aggregator

import (
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestStage1InbandWatermark: stage 1's watermark comes only from the
// watermarks upstream writes in band. Spans alone, a quiet partition, or a
// partition whose upstream sources have not all reported never fire a
// window (the wall clock moves nothing); once every source reported past
// a window's end, it fires; a lower report later never moves it back.
func TestStage1InbandWatermark(t *testing.T) {
	s := fuzzService(t)
	p := s.newStage1(2)
	p.assigned([]int32{0})
	rec := func(b *llmobsv1.EnrichedSpanBatch) []*kgo.Record {
		t.Helper()
		v, _ := proto.Marshal(b)
		out, err := p.record(&kgo.Record{Partition: 0, Value: v})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	wm := func(sources int32, ws ...[2]int64) *llmobsv1.EnrichedSpanBatch {
		b := &llmobsv1.EnrichedSpanBatch{SourcePartitions: sources}
		for _, w := range ws {
			b.Watermarks = append(b.Watermarks, &llmobsv1.SourceWatermark{Partition: int32(w[0]), WatermarkUnixMs: w[1]})
		}
		return b
	}
	var spans llmobsv1.EnrichedSpanBatch
	if err := proto.Unmarshal(seedEnriched(), &spans); err != nil {
		t.Fatal(err)
	}
	end := workloadBase + 60_000 // the seed's spans are in the 1 m window ending here
	if out := rec(&spans); len(out) != 0 {
		t.Fatalf("spans alone fired %d records", len(out))
	}
	// Hours of wall-clock quiet: ticks never fire, nor heartbeat a
	// watermark the partition does not have.
	if out := p.tick(time.Now().Add(time.Hour)); len(out) != 0 {
		t.Fatalf("a quiet partition with no upstream watermark produced %d records", len(out))
	}
	if out := rec(wm(2, [2]int64{0, end + 1000})); len(out) != 0 {
		t.Fatal("fired while upstream source 1 had not reported")
	}
	if got := s.m.heldPartitions; got == nil {
		t.Fatal("no held-partitions gauge")
	}
	out := rec(wm(2, [2]int64{1, end + 1000}))
	if len(out) == 0 {
		t.Fatal("every source passed the window's end, nothing fired")
	}
	w, ok := p.parts[0].WatermarkMs()
	if !ok || w != end+1000 {
		t.Fatalf("watermark %d %v, want %d", w, ok, end+1000)
	}
	rec(wm(2, [2]int64{0, end - 50_000}, [2]int64{1, end - 50_000}))
	if w2, _ := p.parts[0].WatermarkMs(); w2 != w {
		t.Fatalf("a lower report moved the watermark back from %d to %d", w, w2)
	}
	// A report naming a source outside the upstream's count is refused
	// (DLQ'd by the loop) and holds nothing back.
	v, _ := proto.Marshal(wm(2, [2]int64{5, end + 9000}))
	if _, err := p.record(&kgo.Record{Partition: 0, Value: v}); err == nil {
		t.Fatal("a watermark from source 5 of 2 was accepted")
	}
}
