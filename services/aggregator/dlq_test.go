package aggregator

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestFuzzSeedsProduce: the good fuzz seeds reach the interesting code
// (partials, windows, ring entries), so the seed corpus is not vacuous.
func TestFuzzSeedsProduce(t *testing.T) {
	s := fuzzService(t)
	p1 := s.newStage1(2)
	p1.assigned([]int32{0, 1}) // only an assigned partition has a state
	out, err := p1.record(&kgo.Record{Partition: 0, Value: seedEnriched()})
	if err == nil {
		var more []*kgo.Record
		more, err = p1.record(&kgo.Record{Partition: 0, Value: seedWatermark(workloadBase + 3_600_000)})
		out = append(out, more...)
	}
	out = append(out, p1.tick(time.Now().Add(time.Hour))...)
	if err != nil || len(out) == 0 {
		t.Fatalf("stage 1 seed: %d records, %v", len(out), err)
	}
	p2 := s.newStage2(1, 2)
	p2.assigned([]int32{0, 1}) // only an assigned partition has a state
	if out, err := p2.record(&kgo.Record{Value: seedPartials()}); err != nil || len(out) == 0 {
		t.Fatalf("stage 2 seed: %d records, %v", len(out), err)
	}
	if err := s.feedRing(seedWindows()); err != nil || s.ring.Len() == 0 {
		t.Fatalf("slis seed: ring %d, %v", s.ring.Len(), err)
	}
}

func readAll(t *testing.T, brokers []string, topic string) []*kgo.Record {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(topic),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var out []*kgo.Record
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			return out
		}
		out = append(out, fs.Records()...)
	}
}

// TestBadInputToDLQ: an undecodable enriched record, an undecodable
// partials record and a partial from a source that does not exist are
// counted and written to llmobs.dlq once each — also after a restart
// re-reads them — and the windows are still complete (the bogus source
// does not hold stage 2's watermark back).
func TestBadInputToDLQ(t *testing.T) {
	c := newCluster(t)
	tp := kafka.DefaultTopics()
	total := workload(t, c.ListenAddrs(), 30, 3)
	bogus, _ := proto.Marshal(&llmobsv1.SLIPartialBatch{Partials: []*llmobsv1.SLIPartial{{Source: "p9", SourceWatermarkUnixMs: 1}}})
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	bad := []*kgo.Record{
		{Topic: tp.Enriched, Partition: 1, Value: []byte("\x0a\xff\xff\xff\xff\x0f")},
		{Topic: tp.SLIPartials, Partition: 0, Value: []byte("not a protobuf \xff")},
		{Topic: tp.SLIPartials, Partition: 1, Value: bogus},
	}
	err = cl.ProduceSync(context.Background(), bad...).FirstErr()
	cl.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{tp.Enriched: "decode_error", tp.SLIPartials + "/0": "decode_error", tp.SLIPartials + "/1": "invalid_partial"}
	check := func() {
		t.Helper()
		dlq := readAll(t, c.ListenAddrs(), tp.DLQ)
		if len(dlq) != 3 {
			t.Fatalf("%d DLQ records, want 3", len(dlq))
		}
		for _, r := range dlq {
			k := kafka.Header(r, kafka.HeaderDLQSourceTopic)
			if k == tp.SLIPartials {
				k += "/" + kafka.Header(r, kafka.HeaderDLQSourcePartition)
			}
			if got := kafka.Header(r, kafka.HeaderDLQReason); got != want[k] || kafka.Header(r, kafka.HeaderDLQService) != "aggregator" || kafka.Header(r, kafka.HeaderDLQError) == "" {
				t.Errorf("DLQ record from %s: reason %q (want %q), headers %v", k, got, want[k], r.Headers)
			}
		}
	}

	svc, stop := run(t, testConfig(), testDeps(c.ListenAddrs(), "a"))
	waitFor(t, "windows and DLQ records", 30*time.Second, func() bool {
		return sumRequests(finals(t, c.ListenAddrs()), 10000) == total && testutil.ToFloat64(svc.m.dlq.WithLabelValues("stage2", "invalid_partial")) == 1
	})
	stop()
	check()
	if u := testutil.ToFloat64(svc.m.undecodable.WithLabelValues("stage1")) + testutil.ToFloat64(svc.m.undecodable.WithLabelValues("stage2")); u != 2 {
		t.Errorf("undecodable = %v, want 2", u)
	}

	// A restart replays the partitions (bad records included) below the
	// committed offsets: no second DLQ copy.
	svc, stop = run(t, testConfig(), testDeps(c.ListenAddrs(), "a"))
	defer stop()
	waitFor(t, "the replay", 30*time.Second, func() bool {
		return testutil.ToFloat64(svc.m.spansIn) == 30*11 && testutil.ToFloat64(svc.m.undecodable.WithLabelValues("stage2")) == 1
	})
	check()
}

// TestInvalidUTF8EnrichedToDLQ: an enriched record that decodes but holds
// a label that is not UTF-8 (a foreign producer: the enricher checks its
// spans) goes to the DLQ alone, as invalid_utf8, at stage 1. Before, stage
// 1 took it and its bad label went into a partials record, which stage 2
// then sent to the DLQ whole — with every good series of that poll in it.
func TestInvalidUTF8EnrichedToDLQ(t *testing.T) {
	c := newCluster(t)
	tp := kafka.DefaultTopics()
	total := workload(t, c.ListenAddrs(), 30, 3)
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	st := uint64(workloadBase+1000) * 1e6
	span := func(svc, model string, sum bool) []byte {
		b := &llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{{Span: &llmobsv1.Span{
			TraceId: []byte{7, 7}, SpanId: []byte{7}, StartTimeUnixNano: st, EndTimeUnixNano: st + 5e8, Weight: 1,
			Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: svc},
			GenAi: &llmobsv1.GenAI{Operation: "chat", RequestModel: model},
		}}}}
		if sum {
			b.Spans = nil
			b.Summaries = []*llmobsv1.SeriesSummary{{Series: &llmobsv1.SeriesKey{Service: svc, Model: model, Operation: "chat"},
				BucketStartUnixMs: workloadBase, BucketLengthMs: 10000, Aggregate: &llmobsv1.Aggregate{Requests: 3, Spans: 3}}}
		}
		v, err := b.MarshalVT() // proto.Marshal refuses invalid UTF-8
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	bad := []*kgo.Record{
		{Topic: tp.Enriched, Partition: 0, Value: span("chat\xff", "m0", false)},
		{Topic: tp.Enriched, Partition: 1, Value: span("chat", "m1\xc3"+string(make([]byte, 200)), false)},
		{Topic: tp.Enriched, Partition: 2, Value: span("chat", "m\xfe", true)},
	}
	err = cl.ProduceSync(context.Background(), bad...).FirstErr()
	if err == nil {
		// The watermark moves past the bad records so their windows close.
		heartbeat(t, cl, time.Now().UnixMilli()+1)
	}
	cl.Close()
	if err != nil {
		t.Fatal(err)
	}
	svc, stop := run(t, testConfig(), testDeps(c.ListenAddrs(), "a"))
	waitFor(t, "windows and DLQ records", 30*time.Second, func() bool {
		return sumRequests(finals(t, c.ListenAddrs()), 10000) == total && testutil.ToFloat64(svc.m.dlq.WithLabelValues("stage1", "invalid_utf8")) == 3
	})
	stop()
	dlq := readAll(t, c.ListenAddrs(), tp.DLQ)
	if len(dlq) != 3 {
		t.Fatalf("%d DLQ records, want 3", len(dlq))
	}
	for _, r := range dlq {
		if src, why := kafka.Header(r, kafka.HeaderDLQSourceTopic), kafka.Header(r, kafka.HeaderDLQReason); src != tp.Enriched || why != "invalid_utf8" {
			t.Errorf("DLQ record from %s, reason %q: want %s, invalid_utf8", src, why, tp.Enriched)
		}
	}
	if n := testutil.ToFloat64(svc.m.dlq.WithLabelValues("stage2", "invalid_utf8")); n != 0 {
		t.Errorf("stage 2 sent %v partials records to the DLQ for invalid UTF-8: stage 1 let a bad label through", n)
	}
}

// A record of a partition revoked while its poll was read gets no state
// in either stage (one made there would outlive the assignment, its
// watermark stuck): errRevoked, and the loop reads the poll again.
func TestRevokedPartitionGetsNoState(t *testing.T) {
	s := fuzzService(t)
	p1 := s.newStage1(2)
	p1.assigned([]int32{0, 1})
	p1.reset([]int32{1})
	if _, err := p1.record(&kgo.Record{Partition: 1, Value: seedEnriched()}); !errors.Is(err, errRevoked) {
		t.Errorf("stage 1, revoked partition: err %v, want errRevoked", err)
	}
	if _, err := p1.record(&kgo.Record{Partition: 0, Value: seedEnriched()}); err != nil {
		t.Errorf("stage 1, assigned partition: %v", err)
	}
	if _, ok := p1.parts[1]; ok || len(p1.parts) != 1 {
		t.Errorf("stage 1 holds partitions %v, want only 0", slices.Sorted(maps.Keys(p1.parts)))
	}
	p2 := s.newStage2(1, 2)
	if _, err := p2.record(&kgo.Record{Partition: 0, Value: seedPartials()}); !errors.Is(err, errRevoked) {
		t.Errorf("stage 2, never assigned: err %v, want errRevoked", err)
	}
	if len(p2.parts) != 0 {
		t.Errorf("stage 2 holds partitions %v, want none", slices.Sorted(maps.Keys(p2.parts)))
	}
}
