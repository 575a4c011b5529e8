package enricher

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/sli"
	"github.com/llmobs/llmobs/pkg/stream"
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
		s.log.Warn("GPU stream read-back took over a minute; starting anyway (calls ending before it finishes may join fewer GPU samples) — check the broker's throughput and llmobs.gpu's retention")
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
var errKilled = stream.ErrKilled

// consumeSpans is the span side: the shared transactional loop (package
// stream) around one poll's work (spanPoll).
func (s *Service) consumeSpans(ctx context.Context, wm *watermark.Tracker, lastGPU *atomic.Int64) error {
	t := s.deps.Topics
	meta, err := kafka.NewClient(s.deps.Kafka, "enricher-meta")
	if err != nil {
		return err
	}
	parts, err := partitionsOf(ctx, meta, t.Enriched)
	if err == nil {
		s.nSpans, err = partitionsOf(ctx, meta, t.Spans)
	}
	meta.Close()
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	sm, err := newSummaryMetrics(s.deps.Metrics)
	if err != nil {
		return err
	}
	poll := &spanPoll{s: s, wm: wm, lastGPU: lastGPU, parts: parts, sm: sm}
	return stream.Run(ctx, stream.Config{
		Name:               "enricher",
		Kafka:              s.deps.Kafka,
		Metrics:            s.deps.Metrics,
		Group:              s.deps.Kafka.Group(s.cfg.Group, s.deps.InstanceID),
		Topics:             []string{t.Spans},
		TransactionalID:    "llmobs-enricher-" + s.deps.InstanceID,
		TransactionTimeout: s.cfg.MaxWait + 2*time.Minute,
		PollTimeout:        time.Second,
		MaxPollRecords:     s.cfg.MaxPollRecords,
		ChunkBytes:         stream.DefaultChunkBytes,
		ShutdownTimeout:    s.deps.ShutdownTimeout + 10*time.Second,
		StopTimeout:        s.deps.StageStop(),
		Log:                s.log,
		Align:              s.alignment(),
		Opts: func() []kgo.Opt {
			return []kgo.Opt{
				// Which spans partitions are ours: the GPU reader's DLQ
				// owner rule (gpu_stream.go) and the watermarks forwarded.
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
				kgo.RecordPartitioner(kgo.ManualPartitioner()),
			}
		},
	}, poll, stream.Hooks{
		BeforeCommit: func(context.Context) error {
			if s.beforeCommit != nil {
				return s.beforeCommit()
			}
			return nil
		},
		Ended: func(outcome string, _ int, took time.Duration) {
			s.m.stateSpans.Set(0)
			s.m.txns.WithLabelValues(outcome).Inc()
			if outcome == stream.Committed {
				s.m.spansOut.Add(float64(poll.emitted))
				s.m.latency.Observe(took.Seconds())
			}
			poll.emitted, poll.waited = 0, 0
		},
	})
}

// spanPoll is the enricher's work on one poll of llmobs.spans: decode, wait
// for the GPU watermark, join, price, redact, batch, and forward the
// in-band watermarks after the spans.
type spanPoll struct {
	s         *Service
	wm        *watermark.Tracker
	lastGPU   *atomic.Int64
	parts     int32 // partitions of llmobs.enriched
	beat      watermark.Pacer
	beatDirty bool
	emitted   int           // spans in the poll's output so far (its pieces: stream.Config.ChunkBytes)
	waited    time.Duration // for the GPU stream, in the poll so far
	sm        *summaryMetrics
	warned    bool // about a summary priced by another table
}

func (p *spanPoll) Process(ctx context.Context, fetches kgo.Fetches) ([]*kgo.Record, error) {
	s, t := p.s, p.s.deps.Topics
	if fetches.NumRecords() == 0 && !p.beatDirty {
		return nil, nil
	}
	var spans []*llmobsv1.Span
	var summaries []*llmobsv1.SeriesSummary
	var dlq []*kgo.Record
	fetches.EachRecord(func(r *kgo.Record) {
		var b llmobsv1.SpanBatch
		// Refuses invalid UTF-8 in string fields as the reflection
		// decoder does (decode.go), so a foreign producer's bad text is
		// DLQ'd here instead of reaching llmobs.enriched, a topic users
		// read with any protobuf library. Outputs use MarshalVT.
		if err := decodeSpanBatch(r.Value, &b); err != nil {
			s.m.badRecords.WithLabelValues("decode_error").Inc()
			dlq = append(dlq, kafka.DLQRecord(t.DLQ, "enricher", "decode_error", err, r, r.Value))
			return
		}
		spans = append(spans, b.Spans...)
		summaries = append(summaries, b.Summaries...)
		for _, w := range b.Watermarks {
			if s.inband.Observe(r.Partition, b.SourcePartitions, w.Partition, w.WatermarkUnixMs) {
				p.beatDirty = true
			}
		}
	})
	s.m.spansIn.Add(float64(len(spans)))
	s.m.stateSpans.Set(float64(len(spans)))
	// Summarised calls priced by GPU-seconds are charged their host's GPU
	// time (forwardSummaries): wait for the GPU stream past them too, so
	// the calls that shared their GPU are known.
	ends := map[string]uint64{} // latest summarised call end per host
	for _, sum := range summaries {
		for _, u := range sum.GetGpuUse() {
			ends[u.GetHostName()] = max(ends[u.GetHostName()], u.GetMaxEndUnixNano())
		}
	}
	wait := spans
	if len(ends) > 0 {
		wait = slices.Clip(wait)
		for host, end := range ends {
			wait = append(wait, &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, EndTimeUnixNano: end, Resource: &llmobsv1.Resource{HostName: host}})
		}
	}
	if len(wait) > 0 {
		// max_wait bounds the poll's wait in all, over its pieces
		// (stream.Config.ChunkBytes): the transaction may be open on the
		// broker from its first piece on, and its timeout allows one
		// max_wait.
		start := time.Now()
		s.m.waitOutcome.WithLabelValues(s.waitForGPU(ctx, wait, p.wm, p.lastGPU, max(0, s.cfg.MaxWait-p.waited))).Inc()
		p.waited += time.Since(start)
	}
	enriched := s.e.Enrich(spans)
	s.m.stateCalls.Set(float64(s.e.gpu.callsHeld()))
	out, oversized := batchRecords(t.Enriched, p.parts, s.cfg.BatchMaxItems, s.cfg.BatchMaxBytes, enriched)
	if oversized > 0 {
		s.m.oversized.Add(float64(oversized))
		s.log.Warn("enriched spans larger than batch_max_bytes: bodies dropped — raise enricher.batch_max_bytes (and llmobs.enriched's max.message.bytes) to keep them", "spans", oversized, "batch_max_bytes", s.cfg.BatchMaxBytes)
	}
	p.emitted += len(enriched)
	recs := append(dlq, out...)
	// What ingest shed, summarised and priced there: forwarded as read,
	// in the same transaction as the spans and before the watermarks.
	recs = append(recs, p.forwardSummaries(t.Enriched, summaries)...)
	// The watermarks read in this poll go out after its spans, in the
	// same transaction: downstream never sees a watermark pass a span
	// that is not in the log before it.
	// At most once a second, or sooner in a backlog or when a partition
	// became known (watermark.Pacer).
	if p.beatDirty {
		if now, low := time.Now(), s.lowestKnown(); p.beat.Due(now, low) {
			recs = append(recs, s.heartbeats(t.Enriched, p.parts, s.nSpans)...)
			p.beat.Beat(now, low)
			p.beatDirty = false
		}
	}
	return recs, nil
}

// waitForGPU waits, at most limit (what is left of the poll's max_wait),
// until the GPU side's watermark passes the poll's latest model-call end +
// join_wait.
//
// When ingest writes the GPU side's watermarks in band into llmobs.gpu (it
// does: gpuSources there), that is the minimum over every llmobs.gpu
// partition of what every GPU source reported there, read after the data
// before it: a function of the log, so the join is too. The poll waits for
// its calls priced by GPU time (self-hosted providers) and its calls on
// hosts already seen in the GPU stream: in a backlog, a host's first
// samples may still be on their way. Calls of API models on hosts with no
// GPU samples do not hold the poll.
//
// Without in-band watermarks (an older ingest), the per-host watermark of
// the samples read stands in, with the partitions the reader is behind in
// (gpuProgress); calls on hosts not seen do not wait, and a GPU stream
// silent for gpu_idle_timeout is not waited for.
func (s *Service) waitForGPU(ctx context.Context, spans []*llmobsv1.Span, wm *watermark.Tracker, lastGPU *atomic.Int64, limit time.Duration) string {
	inband := s.cfg.GPUWatermark == "inband"
	var need uint64
	for _, sp := range spans {
		if !isModelCall(sp) || sp.EndTimeUnixNano <= need {
			continue
		}
		if s.e.gpu.hasHost(sp.GetResource().GetHostName()) || inband && s.e.pricedByGPU(sp) {
			need = sp.EndTimeUnixNano
		}
	}
	if need == 0 {
		return "no_wait"
	}
	target := time.Unix(0, int64(need)).Add(s.cfg.JoinWait)
	if w, _ := s.gpuWatermark(wm); s.stalled && w.Equal(s.stalledAt) {
		// The last poll waited max_wait and the GPU watermark has not
		// moved since: the stream is stalled, do not wait again for it.
		return "gpu_stalled"
	}
	s.stalled = false
	start := time.Now()
	deadline := start.Add(limit)
	defer func() { s.m.waited.Observe(time.Since(start).Seconds()) }()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if inband {
			if w, ok := s.gpuWatermark(wm); ok && !w.Before(target) {
				return "watermark"
			}
		} else {
			floor, behind := s.gpuProg.floor()
			if behind && time.Unix(0, int64(floor)).Add(-s.cfg.OutOfOrderness).Before(target) {
				// The reader is behind in a partition that may still hold
				// samples or calls before the target (gpuProgress).
			} else if w, ok := wm.Watermark(); ok && !w.Before(target) {
				return "watermark"
			} else if time.Since(time.Unix(0, lastGPU.Load())) > s.cfg.GPUIdleTimeout {
				return "gpu_idle" // the GPU stream went quiet: nothing more will come
			}
		}
		if time.Now().After(deadline) {
			s.stalled = true
			s.stalledAt, _ = s.gpuWatermark(wm)
			if inband && !s.gpuInbandSeen.Load() && !s.warnedInband {
				s.warnedInband = true
				s.log.Warn("no GPU watermarks in band on llmobs.gpu after max_wait: spans go out without waiting for the GPU stream until some arrive — with an ingest older than this enricher, set enricher.gpu_watermark: samples")
			}
			return "max_wait"
		}
		select {
		case <-ctx.Done():
			return "shutdown"
		case <-tick.C:
		}
	}
}

// gpuWatermark is the GPU side's watermark: in band when ingest writes it
// (the minimum over every llmobs.gpu partition; ok false until each has a
// report from every source), else the per-host watermark of the samples.
func (s *Service) gpuWatermark(wm *watermark.Tracker) (time.Time, bool) {
	if n := s.gpuParts.Load(); s.cfg.GPUWatermark == "inband" && n > 0 {
		parts := make([]int32, n)
		for i := range parts {
			parts[i] = int32(i)
		}
		ms, ok := s.gpuInband.Min(parts)
		return time.UnixMilli(ms), ok
	}
	return wm.Watermark()
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
		v, err := b.MarshalVT()
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
		n := s.SizeVT() + 6 // field tag and length
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
			n = s.SizeVT() + 6
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

// forwardSummaries batches the series summaries read on llmobs.spans into
// llmobs.enriched records, partitioned by series (records at most
// batch_max_bytes), and counts those priced by another price table than
// the enricher's (ingest and the enricher must share one: their price_file).
func (p *spanPoll) forwardSummaries(topic string, sums []*llmobsv1.SeriesSummary) []*kgo.Record {
	if len(sums) == 0 {
		return nil
	}
	memo := map[*call]*llmobsv1.GPUAttribution{}
	for _, sum := range sums {
		secs, unpriced := p.s.e.chargeSummaryGPU(sum, memo)
		p.sm.gpuEstimated.Add(secs)
		p.sm.gpuUnpriced.Add(float64(unpriced))
	}
	// Usage shares name users: pseudonymised here, as spans' user IDs
	// are, before anything leaves the enricher.
	p.s.e.privacy.PseudonymizeUsage(sums)
	mine := p.s.e.prices.Fingerprint()
	mismatched := 0
	for _, sum := range sums {
		if sum.GetPriceTable() != "" && sum.GetPriceTable() != mine {
			mismatched++
		}
	}
	if mismatched > 0 {
		p.sm.priceMismatch.Add(float64(mismatched))
		if !p.warned {
			p.warned = true
			p.s.log.Warn("ingest priced the spans it summarised with another price table than the enricher's: their cost differs from the spans priced here — give ingest.price_file the enricher's price_file", "summaries", mismatched, "ingest_table", sums[0].GetPriceTable(), "enricher_table", mine)
		}
	}
	p.sm.forwarded.Add(float64(len(sums)))
	batches := map[int32]*llmobsv1.EnrichedSpanBatch{}
	sizes := map[int32]int{}
	var order []int32
	var out []*kgo.Record
	emit := func(part int32) {
		v, err := batches[part].MarshalVT()
		if err != nil {
			panic(fmt.Sprintf("marshal summaries: %v", err)) // read from valid protobuf
		}
		out = append(out, &kgo.Record{Topic: topic, Partition: part, Value: v, Headers: []kgo.RecordHeader{
			{Key: kafka.HeaderSchema, Value: []byte("llmobs.v1.EnrichedSpanBatch")},
			{Key: kafka.HeaderCount, Value: []byte("0")},
		}})
		batches[part], sizes[part] = &llmobsv1.EnrichedSpanBatch{}, 0
	}
	for _, sum := range sums {
		part := kafka.PartitionFor([]byte(sli.KeyFromProto(sum.GetSeries()).String()), p.parts)
		if batches[part] == nil {
			batches[part] = &llmobsv1.EnrichedSpanBatch{}
			order = append(order, part)
		}
		n := sum.SizeVT() + 6
		if len(batches[part].Summaries) > 0 && sizes[part]+n > p.s.cfg.BatchMaxBytes {
			emit(part)
		}
		batches[part].Summaries = append(batches[part].Summaries, sum)
		sizes[part] += n
	}
	for _, part := range order {
		if len(batches[part].Summaries) > 0 {
			emit(part)
		}
	}
	return out
}

// summaryMetrics count the summaries the enricher forwards.
type summaryMetrics struct {
	forwarded, priceMismatch, gpuEstimated, gpuUnpriced prometheus.Counter
}

func newSummaryMetrics(reg prometheus.Registerer) (*summaryMetrics, error) {
	m := &summaryMetrics{
		forwarded:     prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_summaries_forwarded_total", Help: "Series summaries (spans ingest shed, folded per series and bucket) forwarded to llmobs.enriched (also in aborted transactions)."}),
		priceMismatch: prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_summaries_price_mismatch_total", Help: "Series summaries ingest priced with another price table than the enricher's: set ingest.price_file to the enricher's price_file."}),
		gpuEstimated:  prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_summaries_gpu_estimated_seconds_total", Help: "GPU-seconds charged, as an estimate, to summarised calls priced by GPU-seconds (per call-second, what the GPU join gives the calls of their host and GPU in the bucket)."}),
		gpuUnpriced:   prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_summaries_gpu_unpriced_calls_total", Help: "Summarised calls priced by GPU-seconds that could not be charged (no GPU samples from their host, or no price for its GPU): counted unknown_model."}),
	}
	for _, c := range []*prometheus.Counter{&m.forwarded, &m.priceMismatch, &m.gpuEstimated, &m.gpuUnpriced} {
		if err := reg.Register(*c); err != nil {
			are, ok := err.(prometheus.AlreadyRegisteredError)
			if !ok {
				return nil, fmt.Errorf("enricher metrics: %w", err)
			}
			*c = are.ExistingCollector.(prometheus.Counter) // Run again on the same registry
		}
	}
	return m, nil
}

// lowestKnown is the lowest in-band watermark of the llmobs.spans
// partitions this instance owns and knows, and how many it knows: what
// heartbeats would carry.
func (s *Service) lowestKnown() (low watermark.Low) {
	for _, p := range s.ownedParts() {
		if w, ok := s.inband.Partition(p); ok {
			low.Add(w)
		}
	}
	return low
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
	v, err := b.MarshalVT()
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
