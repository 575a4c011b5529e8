package enricher

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Run reads the GPU stream (broadcast) and the span stream (transactions)
// until ctx ends; the poll in flight is committed or aborted before it
// returns.
func (s *Service) Run(ctx context.Context) error {
	wm := watermark.New(s.cfg.OutOfOrderness, s.cfg.GPUIdleTimeout, nil)
	var lastGPU atomic.Int64 // unix nanos of the last GPU record read
	caughtUp := make(chan struct{})
	var gpuErr error
	var wg sync.WaitGroup
	gctx, cancelGPU := context.WithCancel(ctx)
	defer func() { cancelGPU(); wg.Wait() }()
	wg.Add(1)
	go func() {
		defer wg.Done()
		gpuErr = s.readGPU(gctx, wm, &lastGPU, caughtUp)
	}()
	s.deps.Admin.AddReadiness("enricher", func() error {
		select {
		case <-caughtUp:
			return nil
		default:
			return errors.New("reading back the GPU stream")
		}
	})
	select {
	case <-caughtUp:
	case <-ctx.Done():
		return nil
	case <-time.After(time.Minute):
		s.log.Warn("GPU stream read-back took over a minute; starting anyway")
	}
	err := s.consumeSpans(ctx, wm, &lastGPU)
	cancelGPU()
	wg.Wait()
	if err == nil && gpuErr != nil && ctx.Err() == nil {
		err = gpuErr
	}
	return err
}

// errKilled, returned by the beforeCommit test hook, makes the span loop
// stop with its transaction open, as if the process were killed.
var errKilled = errors.New("killed")

// consumeSpans is the transactional span loop.
func (s *Service) consumeSpans(ctx context.Context, wm *watermark.Tracker, lastGPU *atomic.Int64) error {
	t := s.deps.Topics
	sess, err := kgoSession(s, t)
	if err != nil {
		return err
	}
	defer func() {
		sess.Close()
		if err := s.deps.Kafka.Group(s.cfg.Group, s.deps.InstanceID).LeaveAfter(ctx, s.deps.Kafka, 5*time.Second); err != nil {
			s.log.Info("could not leave the group on shutdown; its partitions move after the session timeout", "err", err)
		}
	}()
	parts, err := partitionsOf(ctx, sess.Client(), t.Enriched)
	if err != nil {
		return err
	}
	nSpans, err := partitionsOf(ctx, sess.Client(), t.Spans)
	if err != nil {
		return err
	}
	var lastBeat time.Time
	beatDirty := false
	for {
		pctx, pcancel := context.WithTimeout(ctx, time.Second)
		fetches := sess.PollRecords(pctx, s.cfg.MaxPollRecords)
		pcancel()
		if fetches.IsClientClosed() || ctx.Err() != nil && fetches.NumRecords() == 0 {
			return nil
		}
		if fetches.NumRecords() == 0 && !beatDirty {
			continue
		}
		start := time.Now()
		fetches.EachError(func(topic string, p int32, err error) {
			if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
				s.log.Warn("fetch error", "topic", topic, "partition", p, "err", err)
			}
		})
		var spans []*llmobsv1.Span
		var dlq []*kgo.Record
		fetches.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				s.m.badRecords.WithLabelValues("decode_error").Inc()
				dlq = append(dlq, kafka.DLQRecord(t.DLQ, "enricher", "decode_error", err, r, r.Value))
				return
			}
			spans = append(spans, b.Spans...)
			for _, w := range b.Watermarks {
				if s.inband.Observe(r.Partition, b.SourcePartitions, w.Partition, w.WatermarkUnixMs) {
					beatDirty = true
				}
			}
		})
		s.m.spansIn.Add(float64(len(spans)))
		s.m.stateSpans.Set(float64(len(spans)))
		if len(spans) > 0 {
			s.m.waitOutcome.WithLabelValues(s.waitForGPU(ctx, spans, wm, lastGPU)).Inc()
		}
		enriched := s.e.Enrich(spans)
		s.m.stateCalls.Set(float64(s.e.gpu.callsHeld()))
		out, oversized := batchRecords(t.Enriched, parts, s.cfg.BatchMaxItems, s.cfg.BatchMaxBytes, enriched)
		if oversized > 0 {
			s.m.oversized.Add(float64(oversized))
			s.log.Warn("enriched spans larger than batch_max_bytes: bodies dropped", "spans", oversized, "batch_max_bytes", s.cfg.BatchMaxBytes)
		}
		recs := append(dlq, out...)
		// The watermarks read in this poll go out after its spans, in the
		// same transaction: downstream never sees a watermark pass a span
		// that is not in the log before it.
		if beatDirty && time.Since(lastBeat) >= time.Second {
			recs = append(recs, s.heartbeats(t.Enriched, parts, nSpans)...)
			lastBeat, beatDirty = time.Now(), false
		}
		if len(recs) == 0 && fetches.NumRecords() == 0 {
			continue
		}

		if err := sess.Begin(); err != nil {
			return fmt.Errorf("enricher: begin transaction: %w", err)
		}
		// The poll's work finishes even when ctx ends: it is flushed, then
		// committed (graceful shutdown), or aborted on failure.
		tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.deps.ShutdownTimeout+10*time.Second)
		perr := kafka.ProduceAll(tctx, sess, recs, nil)
		if perr == nil && s.beforeCommit != nil {
			perr = s.beforeCommit()
			if errors.Is(perr, errKilled) {
				// Test hook: die here, transaction open, as a killed
				// process would; the next producer with this
				// transactional ID fences and aborts it.
				cancel()
				return perr
			}
		}
		how := kgo.TryCommit
		if perr != nil {
			how = kgo.TryAbort
		}
		committed, err := sess.End(tctx, how)
		cancel()
		s.m.stateSpans.Set(0)
		switch {
		case perr != nil:
			s.m.txns.WithLabelValues("aborted").Inc()
			return fmt.Errorf("enricher: %w", perr)
		case err != nil:
			s.m.txns.WithLabelValues("failed").Inc()
			return fmt.Errorf("enricher: end transaction: %w", err)
		case !committed:
			// A rebalance revoked the partitions: the poll is aborted and
			// will be read again by their new owner.
			s.m.txns.WithLabelValues("aborted").Inc()
		default:
			s.m.txns.WithLabelValues("committed").Inc()
			s.m.spansOut.Add(float64(len(enriched)))
			s.m.latency.Observe(time.Since(start).Seconds())
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

func kgoSession(s *Service, t kafka.Topics) (*kgo.GroupTransactSession, error) {
	opts, err := s.deps.Kafka.Opts("enricher")
	if err != nil {
		return nil, err
	}
	opts = append(opts, s.deps.Kafka.Group(s.cfg.Group, s.deps.InstanceID).Opts()...)
	opts = append(opts,
		kgo.ConsumeTopics(t.Spans),
		// Which spans partitions are ours: the GPU reader's DLQ owner rule (gpu_stream.go).
		kgo.OnPartitionsAssigned(func(ctx context.Context, cl *kgo.Client, m map[string][]int32) {
			s.onSpansAssigned(ctx, cl, m)
			s.own(m[t.Spans])
		}),
		kgo.OnPartitionsRevoked(func(ctx context.Context, cl *kgo.Client, m map[string][]int32) {
			s.onSpansRevoked(ctx, cl, m)
			s.forget(m[t.Spans])
		}),
		kgo.OnPartitionsLost(func(ctx context.Context, cl *kgo.Client, m map[string][]int32) {
			s.onSpansRevoked(ctx, cl, m)
			s.forget(m[t.Spans])
		}),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.TransactionalID("llmobs-enricher-"+s.deps.InstanceID),
		kgo.TransactionTimeout(s.cfg.MaxWait+2*time.Minute),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerBatchMaxBytes(4<<20),
	)
	sess, err := kgo.NewGroupTransactSession(opts...)
	if err != nil {
		return nil, fmt.Errorf("enricher: transactional client: %w", err)
	}
	return sess, nil
}

// waitForGPU waits, bounded by max_wait, until the GPU watermark passes
// the poll's latest model-call end + join_wait. It does not wait when no
// span could join (no model call on a host with GPU samples) or when the
// GPU stream is idle.
func (s *Service) waitForGPU(ctx context.Context, spans []*llmobsv1.Span, wm *watermark.Tracker, lastGPU *atomic.Int64) string {
	var need uint64
	for _, sp := range spans {
		if isModelCall(sp) && sp.EndTimeUnixNano > need && s.e.gpu.hasHost(sp.GetResource().GetHostName()) {
			need = sp.EndTimeUnixNano
		}
	}
	if need == 0 {
		return "no_wait"
	}
	target := time.Unix(0, int64(need)).Add(s.cfg.JoinWait)
	if w, _ := wm.Watermark(); s.stalled && w.Equal(s.stalledAt) {
		// The last poll waited max_wait and the GPU watermark has not
		// moved since: the stream is stalled, do not wait again for it.
		return "gpu_stalled"
	}
	s.stalled = false
	start := time.Now()
	deadline := start.Add(s.cfg.MaxWait)
	defer func() { s.m.waited.Observe(time.Since(start).Seconds()) }()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if w, ok := wm.Watermark(); ok && !w.Before(target) {
			return "watermark"
		}
		if time.Since(time.Unix(0, lastGPU.Load())) > s.cfg.GPUIdleTimeout {
			return "gpu_idle" // the GPU stream went quiet: nothing more will come
		}
		if time.Now().After(deadline) {
			s.stalled = true
			s.stalledAt, _ = wm.Watermark()
			return "max_wait"
		}
		select {
		case <-ctx.Done():
			return "shutdown"
		case <-tick.C:
		}
	}
}

func partitionsOf(ctx context.Context, cl *kgo.Client, topic string) (int32, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	td, err := kadm.NewClient(cl).ListTopics(ctx, topic)
	if err != nil {
		return 0, fmt.Errorf("enricher: describe %s: %w", topic, err)
	}
	d := td[topic]
	if d.Err != nil {
		return 0, fmt.Errorf("enricher: describe %s: %w", topic, d.Err)
	}
	return int32(len(d.Partitions)), nil
}

// batchRecords groups enriched spans into records per partition (trace ID
// hash), each at most maxItems spans and maxBytes. A span bigger than
// maxBytes on its own loses its prompt and completion text (oversized
// counts them).
func batchRecords(topic string, parts int32, maxItems, maxBytes int, spans []*llmobsv1.EnrichedSpan) (out []*kgo.Record, oversized int) {
	type pending struct {
		b    *llmobsv1.EnrichedSpanBatch
		size int
	}
	batches := map[int32]*pending{}
	var order []int32
	emit := func(p int32, b *llmobsv1.EnrichedSpanBatch) {
		v, err := proto.Marshal(b)
		if err != nil {
			panic(fmt.Sprintf("marshal enriched batch: %v", err)) // spans came from valid protobuf
		}
		out = append(out, &kgo.Record{Topic: topic, Partition: p, Value: v, Headers: []kgo.RecordHeader{
			{Key: kafka.HeaderSchema, Value: []byte("llmobs.v1.EnrichedSpanBatch")},
			{Key: kafka.HeaderCount, Value: []byte(fmt.Sprint(len(b.Spans)))},
		}})
	}
	for _, s := range spans {
		p := kafka.PartitionFor(s.Span.TraceId, parts)
		pb := batches[p]
		if pb == nil {
			pb = &pending{b: &llmobsv1.EnrichedSpanBatch{}}
			batches[p] = pb
			order = append(order, p)
		}
		n := proto.Size(s) + 6 // field tag and length
		if n > maxBytes && s.Span.GenAi != nil {
			// Too big for one record: drop its prompt and completion
			// text rather than have the broker refuse the transaction
			// (again on every retry).
			g := s.Span.GenAi
			for _, m := range append(g.InputMessages, g.OutputMessages...) {
				m.Content = ""
			}
			g.SystemInstructions = ""
			s.Span.BodiesDropped = true
			n = proto.Size(s) + 6
			oversized++
		}
		if len(pb.b.Spans) > 0 && pb.size+n > maxBytes {
			emit(p, pb.b)
			pb.b, pb.size = &llmobsv1.EnrichedSpanBatch{}, 0
		}
		pb.b.Spans = append(pb.b.Spans, s)
		pb.size += n
		if len(pb.b.Spans) >= maxItems {
			emit(p, pb.b)
			pb.b, pb.size = &llmobsv1.EnrichedSpanBatch{}, 0
		}
	}
	for _, p := range order {
		if b := batches[p].b; len(b.Spans) > 0 {
			emit(p, b)
		}
	}
	return out, oversized
}

// heartbeats carry, to every llmobs.enriched partition, the in-band
// watermark of each llmobs.spans partition this instance owns and knows
// (the minimum over every ingest source read there). A partition not known
// yet (an ingest source has not reported since the assignment) is left
// out: downstream keeps holding it at its last report.
func (s *Service) heartbeats(topic string, parts, nSpans int32) []*kgo.Record {
	s.inbandMu.Lock()
	owned := make([]int32, 0, len(s.owned))
	for p := range s.owned {
		owned = append(owned, p)
	}
	s.inbandMu.Unlock()
	b := &llmobsv1.EnrichedSpanBatch{SourcePartitions: nSpans}
	low := int64(-1)
	for _, p := range owned {
		if w, ok := s.inband.Partition(p); ok {
			b.Watermarks = append(b.Watermarks, &llmobsv1.SourceWatermark{Partition: p, WatermarkUnixMs: w})
			if low < 0 || w < low {
				low = w
			}
		}
	}
	if len(b.Watermarks) == 0 {
		return nil
	}
	if low > 0 {
		s.m.spanWatermark.Set(float64(low) / 1e3)
	}
	v, err := proto.Marshal(b)
	if err != nil {
		panic(fmt.Sprintf("marshal watermark batch: %v", err)) // built from valid values
	}
	out := make([]*kgo.Record, 0, parts)
	for p := range parts {
		out = append(out, &kgo.Record{Topic: topic, Partition: p, Value: v, Headers: []kgo.RecordHeader{
			{Key: kafka.HeaderSchema, Value: []byte("llmobs.v1.EnrichedSpanBatch")},
			{Key: kafka.HeaderCount, Value: []byte("0")},
		}})
	}
	return out
}

// own and forget track the llmobs.spans partitions this instance owns.
func (s *Service) own(parts []int32) {
	s.inbandMu.Lock()
	defer s.inbandMu.Unlock()
	for _, p := range parts {
		s.owned[p] = true
	}
}

func (s *Service) forget(parts []int32) {
	s.inbandMu.Lock()
	defer s.inbandMu.Unlock()
	for _, p := range parts {
		delete(s.owned, p)
		s.inband.Remove(p)
	}
}
