package ingest

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/stream"
	"github.com/llmobs/llmobs/pkg/watermark"
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

// After a restart, a partition that gets no new record is still known to
// be read to its end (its position is the group's committed offset), so
// its watermark follows the clock instead of holding every downstream
// window for good.
func TestHeartbeatsAfterRestartWithoutNewRecords(t *testing.T) {
	h := newHarness(t)
	cfg := quietConfig()
	cfg.HeartbeatInterval = 100 * time.Millisecond
	sum, err := loadgen.Run(context.Background(), loadgenConfig(5), h.client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, stop := h.start(cfg)
	h.readSpans(int(sum.Spans), 20*time.Second)
	stop()
	restart := time.Now()
	_, stop = h.start(cfg)
	defer stop()
	cl := h.client(kgo.ConsumeTopics(h.topics.Spans), kgo.ConsumeResetOffset(kgo.NewOffset().AfterMilli(restart.UnixMilli())), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	want := restart.Add(-cfg.OutOfOrderness - cfg.DeliveryDelay).UnixMilli()
	got := map[int32]int64{}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := func() bool {
		for p := range int32(3) {
			if got[p] < want {
				return false
			}
		}
		return true
	}
	for ctx.Err() == nil && !done() {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SpanBatch
			if proto.Unmarshal(r.Value, &b) != nil {
				return
			}
			for _, w := range b.Watermarks {
				got[w.Partition] = max(got[w.Partition], w.WatermarkUnixMs)
			}
		})
	}
	if !done() {
		t.Fatalf("after the restart, sources reported %v; want every one of the 3 past %d (read to the end, following the clock)", got, want)
	}
}

// A backlog read faster than heartbeat_interval still moves the watermark
// as it is read: every poll whose spans moved it by watermark.BeatEventStep writes a
// heartbeat, so downstream windows fire through a replay instead of all
// waiting for the next interval (the bench's 2 hours of spans are read in
// a few seconds).
func TestHeartbeatsFollowABacklog(t *testing.T) {
	h := newHarness(t)
	lg := loadgenConfig(120) // 2 minutes of event time
	lg.Start = time.Now().Add(-10 * time.Minute)
	sum, err := loadgen.Run(context.Background(), lg, h.client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := quietConfig()
	cfg.HeartbeatInterval = time.Hour // only the event-time step beats
	cfg.MaxPollRecords = 2
	_, stop := h.start(cfg)
	defer stop()
	h.readSpans(int(sum.Spans), 30*time.Second)
	cl := h.client(kgo.ConsumeTopics(h.topics.Spans), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	type key struct{ part, src int32 }
	beats := map[int32]int{}     // llmobs.spans partition -> heartbeats
	reports := map[key][]int64{} // each source's reports in each partition, in order
	for ctx.Err() == nil {
		fs := cl.PollFetches(ctx)
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SpanBatch
			if proto.Unmarshal(r.Value, &b) != nil || len(b.Spans) > 0 || len(b.Watermarks) == 0 {
				return
			}
			beats[r.Partition]++
			for _, w := range b.Watermarks {
				k := key{r.Partition, w.Partition}
				reports[k] = append(reports[k], w.WatermarkUnixMs)
			}
		})
	}
	for p := range int32(3) {
		if beats[p] < 5 {
			t.Fatalf("partition %d: %d heartbeats through 2 minutes of event time, want one per ~%s", p, beats[p], watermark.BeatEventStep)
		}
	}
	// A beat may carry a source learnt since the last one, lower than the
	// others (it beats at once: downstream waits for every source), but
	// no source's own watermark ever goes back.
	for k, l := range reports {
		for i := 1; i < len(l); i++ {
			if l[i] < l[i-1] {
				t.Fatalf("partition %d, source %d: watermark went back: %v", k.part, k.src, l)
			}
		}
	}
	t.Logf("heartbeats per partition: %d", beats[0])
}

// What watermark alignment reads of the sources: a partition's newest
// span end, the lowest watermark of those that have one, and whether a
// partition has none yet (read first). A partition read to its end has a
// watermark without data.
func TestSourcesForAlignment(t *testing.T) {
	s := newSources(5*time.Second, 5*time.Second)
	s.assign([]int32{0, 1, 2}, nil)
	al := &stream.Alignment{Watermarks: s.eachWatermark}
	low := func() (int64, bool) { ms, ok, _ := al.Low(); return ms, ok }
	unread := func() bool { _, _, u := al.Low(); return u }
	if _, ok := low(); ok {
		t.Fatal("low before anything was read")
	}
	if !unread() {
		t.Fatal("nothing read, yet no partition unread")
	}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.read(0, 10, base.Add(time.Hour), base.Add(10*time.Minute).UnixMilli())
	s.read(1, 10, base.Add(time.Hour), base.Add(2*time.Minute).UnixMilli())
	if ms, ok := s.readTo(0); !ok || ms != base.Add(10*time.Minute).UnixMilli() {
		t.Fatalf("readTo(0) = %d, %v", ms, ok)
	}
	if _, ok := s.readTo(2); ok {
		t.Fatal("readTo(2) known before it was read")
	}
	if ms, ok := low(); !ok || ms != base.Add(2*time.Minute-5*time.Second).UnixMilli() {
		t.Fatalf("low = %d, %v; want partition 1's span end − out_of_orderness", ms, ok)
	}
	if !unread() {
		t.Fatal("partition 2 unread, not reported")
	}
	// Partition 2 is empty: the end listing says it is at its end.
	now := base.Add(time.Hour)
	s.setEnds(now, map[int32]int64{0: 100, 1: 100, 2: 0})
	if unread() {
		t.Fatal("an empty partition read to its end is still unread")
	}
	if ms, _ := low(); ms != base.Add(2*time.Minute-5*time.Second).UnixMilli() {
		t.Fatalf("low = %d after the listing; the caught-up empty partition must not lower it", ms)
	}
}
