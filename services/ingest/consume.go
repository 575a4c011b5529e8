package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// errKilled, returned by the beforeCommit test hook, makes the loop stop
// with its transaction open, as a killed process would leave it.
var errKilled = errors.New("killed")

// consume is the Kafka input loop: poll, process, and produce every output
// plus the poll's offsets in one Kafka transaction (GroupTransactSession,
// the franz-go exactly-once pattern), so a crash, a restart or a rebalance
// neither loses nor duplicates a span on llmobs.spans: an aborted poll is
// read again by its partitions' next owner. Each transaction also carries,
// at most once per heartbeat_interval, the watermarks of the otlp_spans
// partitions this instance owns, into every llmobs.spans partition (see
// sources); when nothing arrives the loop still wakes up to send them.
func (s *Service) consume(ctx context.Context) error {
	t := s.deps.Topics
	encodings := map[string]string{t.OTLPSpans: s.cfg.SpansEncoding, t.OTLPMetrics: s.cfg.MetricsEncoding, t.OTLPLogs: s.cfg.LogsEncoding}
	signals := map[string]Signal{t.OTLPSpans: SignalTraces, t.OTLPMetrics: SignalMetrics, t.OTLPLogs: SignalLogs}
	src := newSources(s.cfg.OutOfOrderness, s.cfg.DeliveryDelay)
	s.src = src
	opts, err := s.deps.Kafka.Opts("ingest")
	if err != nil {
		return err
	}
	var sess *kgo.GroupTransactSession
	committedOf := func(cl *kgo.Client) map[int32]int64 {
		out := map[int32]int64{}
		for p, o := range cl.CommittedOffsets()[t.OTLPSpans] {
			out[p] = o.Offset
		}
		return out
	}
	grp := s.deps.Kafka.Group(s.cfg.Group, s.deps.InstanceID)
	opts = append(opts, grp.Opts()...)
	opts = append(opts,
		kgo.ConsumeTopics(t.OTLPSpans, t.OTLPMetrics, t.OTLPLogs),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.TransactionalID("llmobs-ingest-"+s.deps.InstanceID),
		kgo.TransactionTimeout(time.Minute),
		// Control records (markers of a transactional producer upstream)
		// are read so the position reaches the log end: without them a
		// caught-up partition would look one record behind for ever.
		kgo.KeepControlRecords(),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerBatchMaxBytes(4<<20),
		kgo.FetchMaxBytes(64<<20),
		kgo.OnPartitionsAssigned(func(_ context.Context, cl *kgo.Client, m map[string][]int32) {
			src.assign(m[t.OTLPSpans], committedOf(cl))
		}),
		kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, m map[string][]int32) { src.revoke(m[t.OTLPSpans]) }),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, m map[string][]int32) { src.revoke(m[t.OTLPSpans]) }),
	)
	sess, err = kgo.NewGroupTransactSession(opts...)
	if err != nil {
		return fmt.Errorf("ingest: transactional client: %w", err)
	}
	defer func() {
		sess.Close()
		if err := grp.LeaveAfter(ctx, s.deps.Kafka, 5*time.Second); err != nil {
			s.log.Info("could not leave the group on shutdown; its partitions move after the session timeout", "err", err)
		}
	}()

	lctx, lcancel := context.WithCancel(ctx)
	defer lcancel()
	go s.listEnds(lctx, kadm.NewClient(sess.Client()), src)

	var lastBeat time.Time
	for {
		pctx, pcancel := context.WithTimeout(ctx, s.cfg.HeartbeatInterval)
		fetches := sess.PollRecords(pctx, s.cfg.MaxPollRecords)
		pcancel()
		if fetches.IsClientClosed() || ctx.Err() != nil {
			// What was polled and not committed is read again by the
			// partitions' next owner (or by this instance after restart).
			return nil
		}
		fetches.EachError(func(topic string, p int32, err error) {
			if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
				s.log.Warn("fetch error", "topic", topic, "partition", p, "err", err)
			}
		})
		var all Result
		fetches.EachPartition(func(p kgo.FetchTopicPartition) {
			if n := len(p.Records); n > 0 {
				s.m.lag.WithLabelValues(p.Topic).Set(float64(p.HighWatermark - p.Records[n-1].Offset - 1))
			}
			for _, r := range p.Records {
				if r.Attrs.IsControl() {
					if r.Topic == t.OTLPSpans {
						src.read(r.Partition, r.Offset, r.Timestamp, 0)
					}
					continue
				}
				s.m.recordsIn.WithLabelValues(r.Topic).Inc()
				start := time.Now()
				res := s.proc.Process(signals[r.Topic], encodings[r.Topic], r.Value, "kafka", r)
				s.m.decode.Observe(time.Since(start).Seconds())
				if r.Topic == t.OTLPSpans {
					var endMs int64
					for _, sp := range res.SpanList {
						endMs = max(endMs, int64(sp.EndTimeUnixNano/1e6))
					}
					src.read(r.Partition, r.Offset, r.Timestamp, endMs)
				}
				all.Merge(res)
			}
		})
		s.proc.Batch(&all)
		out, spans, samples := all.Records, all.Spans, all.Samples
		if now := time.Now(); now.Sub(lastBeat) >= s.cfg.HeartbeatInterval {
			if beats := s.heartbeats(src); len(beats) > 0 {
				out = append(out, beats...)
				lastBeat = now
			}
		}
		if len(out) == 0 && fetches.NumRecords() == 0 {
			continue
		}
		if err := sess.Begin(); err != nil {
			return fmt.Errorf("ingest: begin transaction: %w", err)
		}
		// Finish the poll even when ctx is done: the polled records are
		// processed; producing and committing them is the graceful part
		// of a shutdown.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.deps.ShutdownTimeout)
		perr := s.produceAll(fctx, sess, out)
		if perr == nil && s.beforeCommit != nil {
			if perr = s.beforeCommit(); errors.Is(perr, errKilled) {
				cancel()
				return perr // die with the transaction open
			}
		}
		how := kgo.TryCommit
		if perr != nil {
			how = kgo.TryAbort
		}
		committed, err := sess.End(fctx, how)
		cancel()
		switch {
		case perr != nil:
			s.m.txns.WithLabelValues("aborted").Inc()
			return perr
		case err != nil:
			s.m.txns.WithLabelValues("failed").Inc()
			return fmt.Errorf("ingest: end transaction: %w", err)
		case !committed:
			// A rebalance revoked partitions: the poll is aborted and read
			// again; forget its progress so no watermark runs ahead of it.
			s.m.txns.WithLabelValues("aborted").Inc()
			src.reset(committedOf(sess.Client()))
			continue
		}
		s.m.txns.WithLabelValues("committed").Inc()
		s.m.spansOut.Add(float64(spans))
		s.m.samplesOut.Add(float64(samples))
		if ctx.Err() != nil {
			return nil
		}
	}
}

// heartbeats are one watermark record per llmobs.spans partition carrying
// the watermarks of every otlp_spans partition this instance owns.
func (s *Service) heartbeats(src *sources) []*kgo.Record {
	n, ws := src.watermarks()
	if len(ws) == 0 {
		return nil
	}
	for _, w := range ws {
		s.m.sourceWatermark.WithLabelValues(formatInt(int64(w.Partition))).Set(float64(w.WatermarkUnixMs) / 1e3)
	}
	var res Result
	b := &llmobsv1.SpanBatch{Watermarks: ws, SourcePartitions: n}
	for part := range s.proc.spanParts.Load() {
		s.proc.appendRecord(&res, s.deps.Topics.Spans, part, "llmobs.v1.SpanBatch", 0, b)
	}
	return res.Records
}

// listEnds lists the end offsets of otlp_spans every heartbeat interval,
// so the loop can tell a caught-up partition (its watermark follows the
// clock) from one that is behind (it follows its data).
func (s *Service) listEnds(ctx context.Context, adm *kadm.Client, src *sources) {
	topic := s.deps.Topics.OTLPSpans
	t := time.NewTicker(s.cfg.HeartbeatInterval)
	defer t.Stop()
	for {
		at := time.Now()
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		lo, err := adm.ListEndOffsets(lctx, topic)
		cancel()
		if err == nil {
			ends := map[int32]int64{}
			lo.Each(func(o kadm.ListedOffset) {
				if o.Err == nil {
					ends[o.Partition] = o.Offset
				}
			})
			src.setEnds(at, ends)
		} else if ctx.Err() == nil {
			s.m.listEndsErrors.Inc()
		}
		if unknown := src.unknown(); len(unknown) > 0 {
			s.resolvePositions(ctx, adm, src, unknown)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// resolvePositions learns where this instance resumes reading partitions it
// has read nothing from since their assignment: the group's committed
// offset, else the log start (the group's reset offset). Without it a
// partition that gets no new record after a restart would never be known
// to be caught up, and would hold every downstream watermark for good.
func (s *Service) resolvePositions(ctx context.Context, adm *kadm.Client, src *sources, parts []int32) {
	topic := s.deps.Topics.OTLPSpans
	lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	committed, err := adm.FetchOffsets(lctx, s.cfg.Group)
	if err != nil {
		s.m.listEndsErrors.Inc()
		return
	}
	var none []int32
	for _, p := range parts {
		if o, ok := committed.Lookup(topic, p); ok && o.Err == nil && o.At >= 0 {
			src.position(p, o.At)
		} else {
			none = append(none, p)
		}
	}
	if len(none) == 0 {
		return
	}
	starts, err := adm.ListStartOffsets(lctx, topic)
	if err != nil {
		s.m.listEndsErrors.Inc()
		return
	}
	for _, p := range none {
		if o, ok := starts.Lookup(topic, p); ok && o.Err == nil {
			src.position(p, o.Offset)
		}
	}
}

// produceAll produces records, counting each outcome, and waits until
// every one is acknowledged.
func (s *Service) produceAll(ctx context.Context, p kafka.Producer, recs []*kgo.Record) error {
	if len(recs) > 0 {
		start := time.Now()
		defer func() { s.noteProduce(time.Since(start)) }()
	}
	err := kafka.ProduceAll(ctx, p, recs, func(r *kgo.Record, err error) {
		if err != nil {
			s.m.produceErrs.Inc()
			return
		}
		s.m.recordsOut.WithLabelValues(r.Topic).Inc()
	})
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	return nil
}
