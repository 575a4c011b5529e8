package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
)

// consume is the Kafka input loop: poll, process, produce every output,
// wait for the acknowledgements, then commit the polled offsets. Rebalances
// are blocked while a poll's records are in flight, so a partition never
// moves with uncommitted, half-produced work.
func (s *Service) consume(ctx context.Context) error {
	t := s.deps.Topics
	encodings := map[string]string{t.OTLPSpans: s.cfg.SpansEncoding, t.OTLPMetrics: s.cfg.MetricsEncoding, t.OTLPLogs: s.cfg.LogsEncoding}
	signals := map[string]Signal{t.OTLPSpans: SignalTraces, t.OTLPMetrics: SignalMetrics, t.OTLPLogs: SignalLogs}
	cl, err := kafka.NewClient(s.deps.Kafka, "ingest",
		kgo.ConsumerGroup(s.cfg.Group),
		kgo.ConsumeTopics(t.OTLPSpans, t.OTLPMetrics, t.OTLPLogs),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.DisableAutoCommit(),
		kgo.BlockRebalanceOnPoll(),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerBatchMaxBytes(4<<20),
		kgo.FetchMaxBytes(64<<20),
	)
	if err != nil {
		return err
	}
	defer func() {
		// A poll blocks rebalances until AllowRebalance; leaving the group
		// is one, so allow it first. Then leave promptly so partitions move
		// at once.
		cl.AllowRebalance()
		lctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = cl.LeaveGroupContext(lctx)
		cl.Close()
	}()

	for {
		fetches := cl.PollRecords(ctx, s.cfg.MaxPollRecords)
		if fetches.IsClientClosed() || (ctx.Err() != nil && fetches.NumRecords() == 0) {
			return nil
		}
		fetches.EachError(func(topic string, p int32, err error) {
			if !errors.Is(err, context.Canceled) {
				s.log.Warn("fetch error", "topic", topic, "partition", p, "err", err)
			}
		})
		var all Result
		fetches.EachPartition(func(p kgo.FetchTopicPartition) {
			if n := len(p.Records); n > 0 {
				s.m.lag.WithLabelValues(p.Topic).Set(float64(p.HighWatermark - p.Records[n-1].Offset - 1))
			}
			for _, r := range p.Records {
				s.m.recordsIn.WithLabelValues(r.Topic).Inc()
				start := time.Now()
				res := s.proc.Process(signals[r.Topic], encodings[r.Topic], r.Value, "kafka", r)
				s.m.decode.Observe(time.Since(start).Seconds())
				all.Merge(res)
			}
		})
		s.proc.Batch(&all)
		out, spans, samples := all.Records, all.Spans, all.Samples
		// Flush even when ctx is done: the polled records are processed;
		// finishing them is the graceful part of a shutdown.
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.deps.ShutdownTimeout)
		err := s.produceAll(fctx, cl, out)
		if err == nil && s.beforeCommit != nil {
			err = s.beforeCommit() // tests: a crash between produce and commit
		}
		if err == nil {
			err = cl.CommitUncommittedOffsets(fctx)
			if err != nil {
				err = fmt.Errorf("ingest: commit offsets: %w", err)
			}
		}
		cancel()
		cl.AllowRebalance()
		if err != nil {
			// Not committed: the records are read again after a restart.
			return err
		}
		s.m.spansOut.Add(float64(spans))
		s.m.samplesOut.Add(float64(samples))
		if ctx.Err() != nil {
			return nil
		}
	}
}

// produceAll produces records, counting each outcome, and waits until
// every one is acknowledged.
func (s *Service) produceAll(ctx context.Context, cl *kgo.Client, recs []*kgo.Record) error {
	if len(recs) > 0 {
		start := time.Now()
		defer func() { s.noteProduce(time.Since(start)) }()
	}
	err := kafka.ProduceAll(ctx, cl, recs, func(r *kgo.Record, err error) {
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
