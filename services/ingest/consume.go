package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/stream"
	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// errKilled, returned by the beforeCommit test hook, makes the loop stop
// with its transaction open, as a killed process would leave it.
var errKilled = stream.ErrKilled

// consume is the Kafka input: the shared transactional loop (package
// stream) around one poll's work, so a crash, a restart or a rebalance
// neither loses nor duplicates a span on llmobs.spans. Each transaction
// also carries, at most once per heartbeat_interval, the watermarks of the
// otlp_spans partitions this instance owns, into every llmobs.spans
// partition (see sources); when nothing arrives the loop still wakes up to
// send them.
func (s *Service) consume(ctx context.Context) error {
	t := s.deps.Topics
	src := newSources(s.cfg.OutOfOrderness, s.cfg.DeliveryDelay)
	s.src = src
	// The GPU side's sources: what the enricher's join waits for.
	gsrc := &gpuSources{metrics: newSources(s.cfg.OutOfOrderness, s.cfg.DeliveryDelay), logs: newSources(s.cfg.OutOfOrderness, s.cfg.DeliveryDelay), spans: src}
	bySource := map[string]*sources{t.OTLPSpans: src, t.OTLPMetrics: gsrc.metrics, t.OTLPLogs: gsrc.logs}
	committedOf := func(cl *kgo.Client, topic string) map[int32]int64 {
		out := map[int32]int64{}
		for p, o := range cl.CommittedOffsets()[topic] {
			out[p] = o.Offset
		}
		return out
	}
	poll := &inputPoll{s: s, src: src, bySource: bySource, gsrc: gsrc,
		beat:      watermark.Pacer{Interval: s.cfg.HeartbeatInterval},
		encodings: map[string]string{t.OTLPSpans: s.cfg.SpansEncoding, t.OTLPMetrics: s.cfg.MetricsEncoding, t.OTLPLogs: s.cfg.LogsEncoding},
		signals:   map[string]Signal{t.OTLPSpans: SignalTraces, t.OTLPMetrics: SignalMetrics, t.OTLPLogs: SignalLogs},
	}
	return stream.Run(ctx, stream.Config{
		Name:               "ingest",
		Kafka:              s.deps.Kafka,
		Metrics:            s.deps.Metrics,
		Group:              s.deps.Kafka.Group(s.cfg.Group, s.deps.InstanceID),
		Topics:             []string{t.OTLPSpans, t.OTLPMetrics, t.OTLPLogs},
		TransactionalID:    "llmobs-ingest-" + s.deps.InstanceID,
		TransactionTimeout: time.Minute,
		PollTimeout:        s.cfg.HeartbeatInterval,
		MaxPollRecords:     s.cfg.MaxPollRecords,
		ChunkBytes:         stream.DefaultChunkBytes,
		ShutdownTimeout:    s.deps.ShutdownTimeout,
		StopTimeout:        s.deps.StageStop(),
		Log:                s.log,
		Align: &stream.Alignment{
			MaxDrift: s.cfg.AlignMaxDrift,
			Position: func(topic string, p int32) (int64, bool) {
				if topic != t.OTLPSpans {
					return 0, false
				}
				return src.readTo(p)
			},
			Watermarks: src.eachWatermark,
			Paused:     func(n int) { s.m.paused.Set(float64(n)) },
		},
		Opts: func() []kgo.Opt {
			return []kgo.Opt{
				kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
				// Control records (markers of a transactional producer
				// upstream) are read so the position reaches the log end:
				// without them a caught-up partition would look one record
				// behind for ever.
				kgo.KeepControlRecords(),
				kgo.RecordPartitioner(kgo.ManualPartitioner()),
				kgo.OnPartitionsAssigned(func(_ context.Context, cl *kgo.Client, m map[string][]int32) {
					for topic, ss := range bySource {
						ss.assign(m[topic], committedOf(cl, topic))
					}
				}),
				kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
					for topic, ss := range bySource {
						ss.revoke(m[topic])
					}
				}),
				kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
					for topic, ss := range bySource {
						ss.revoke(m[topic])
					}
				}),
			}
		},
	}, poll, stream.Hooks{
		Started: func(ctx context.Context, sess *kgo.GroupTransactSession) {
			go s.listEnds(ctx, kadm.NewClient(sess.Client()), bySource)
		},
		BeforeCommit: func(context.Context) error {
			if s.beforeCommit != nil {
				return s.beforeCommit()
			}
			return nil
		},
		Aborted: func(_ context.Context, cl *kgo.Client) error {
			// The poll is read again: forget its progress so no watermark
			// runs ahead of it.
			for topic, ss := range bySource {
				ss.reset(committedOf(cl, topic))
			}
			return nil
		},
		Acked: func(r *kgo.Record, err error) {
			if err != nil {
				s.m.produceErrs.Inc()
				return
			}
			s.m.recordsOut.WithLabelValues(r.Topic).Inc()
		},
		Ended: func(outcome string, records int, took time.Duration) {
			s.m.txns.WithLabelValues(outcome).Inc()
			if records > 0 {
				s.noteProduce(took) // what the sampling controller reads as produce pressure
			}
			if outcome == stream.Committed {
				s.m.spansOut.Add(float64(poll.spans))
				s.m.samplesOut.Add(float64(poll.samples))
				s.m.summarized.Add(float64(poll.summarized))
				s.m.summaries.Add(float64(poll.summaries))
			}
			poll.spans, poll.samples, poll.summarized, poll.summaries = 0, 0, 0, 0
		},
	})
}

// inputPoll is ingest's work on one poll of the OTLP topics.
type inputPoll struct {
	s              *Service
	src            *sources
	bySource       map[string]*sources // every input topic's
	gsrc           *gpuSources
	encodings      map[string]string
	signals        map[string]Signal
	beat           watermark.Pacer
	spans, samples int // in the last poll's output
	// and the model spans it summarised instead, in how many summaries
	summarized, summaries int
}

func (p *inputPoll) Process(_ context.Context, fetches kgo.Fetches) ([]*kgo.Record, error) {
	s, src, t := p.s, p.src, p.s.deps.Topics
	var all Result
	fetches.EachPartition(func(fp kgo.FetchTopicPartition) {
		if n := len(fp.Records); n > 0 {
			s.m.lag.WithLabelValues(fp.Topic).Set(float64(fp.HighWatermark - fp.Records[n-1].Offset - 1))
		}
		for _, r := range fp.Records {
			if r.Attrs.IsControl() {
				if ss := p.bySource[r.Topic]; ss != nil {
					ss.read(r.Partition, r.Offset, r.Timestamp, 0)
				}
				continue
			}
			s.m.recordsIn.WithLabelValues(r.Topic).Inc()
			start := time.Now()
			res := s.proc.Process(p.signals[r.Topic], p.encodings[r.Topic], r.Value, "kafka", r)
			s.m.decode.Observe(time.Since(start).Seconds())
			if r.Topic == t.OTLPSpans {
				var endMs int64
				for _, sp := range res.SpanList {
					endMs = max(endMs, int64(sp.EndTimeUnixNano/1e6))
				}
				src.read(r.Partition, r.Offset, r.Timestamp, endMs)
			} else if ss := p.bySource[r.Topic]; ss != nil {
				// GPU samples (metrics, and log records tied to a request).
				var atMs int64
				for _, g := range res.GPUList {
					atMs = max(atMs, int64(g.GetTimeUnixNano()/1e6))
				}
				ss.read(r.Partition, r.Offset, r.Timestamp, atMs)
			}
			all.Merge(res)
		}
	})
	s.proc.Batch(&all)
	out := all.Records
	// Summed over the poll's pieces (stream.Config.ChunkBytes); Ended
	// counts them and starts the next poll at zero.
	p.spans, p.samples = p.spans+all.Spans, p.samples+all.Samples
	p.summarized, p.summaries = p.summarized+all.Summarized, p.summaries+all.Summaries
	now := time.Now()
	if ticked := p.beat.Ticked(now); ticked || all.Spans > 0 {
		// In a backlog a second of reading moves event time by minutes
		// (the bench's 2 hours of spans are read in 3-5 s): the pacer
		// also beats when the data moved the watermark, or when a beat
		// would carry a source the last one did not (watermark.Pacer).
		beats, low := s.heartbeats(src)
		due := p.beat.Due(now, low)
		if due && len(beats) > 0 {
			out = append(out, beats...)
			p.beat.Beat(now, low)
		}
		if due {
			out = append(out, s.gpuHeartbeats(p.gsrc)...)
		}
	}
	return out, nil
}

// heartbeats are one watermark record per llmobs.spans partition carrying
// the watermarks of every otlp_spans partition this instance owns, and
// the lowest of them.
func (s *Service) heartbeats(src *sources) ([]*kgo.Record, watermark.Low) {
	n, ws := src.watermarks()
	var low watermark.Low
	if len(ws) == 0 {
		return nil, low
	}
	for _, w := range ws {
		low.Add(w.WatermarkUnixMs)
		s.m.sourceWatermark.WithLabelValues(formatInt(int64(w.Partition))).Set(float64(w.WatermarkUnixMs) / 1e3)
	}
	var res Result
	b := &llmobsv1.SpanBatch{Watermarks: ws, SourcePartitions: n}
	for part := range s.proc.spanParts.Load() {
		s.proc.appendRecord(&res, s.deps.Topics.Spans, part, "llmobs.v1.SpanBatch", 0, b)
	}
	return res.Records, low
}

// listEnds lists the end offsets of the input topics every heartbeat
// interval, so the loop can tell a caught-up partition (its watermark
// follows the clock) from one that is behind (it follows its data).
func (s *Service) listEnds(ctx context.Context, adm *kadm.Client, bySource map[string]*sources) {
	t := time.NewTicker(s.cfg.HeartbeatInterval)
	defer t.Stop()
	topics := make([]string, 0, len(bySource))
	for topic := range bySource {
		topics = append(topics, topic)
	}
	for {
		at := time.Now()
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		lo, err := adm.ListEndOffsets(lctx, topics...)
		cancel()
		if err == nil {
			ends := map[string]map[int32]int64{}
			lo.Each(func(o kadm.ListedOffset) {
				if o.Err == nil {
					if ends[o.Topic] == nil {
						ends[o.Topic] = map[int32]int64{}
					}
					ends[o.Topic][o.Partition] = o.Offset
				}
			})
			for topic, src := range bySource {
				if e := ends[topic]; len(e) > 0 {
					src.setEnds(at, e)
				}
			}
		} else if ctx.Err() == nil {
			s.m.listEndsErrors.Inc()
		}
		for topic, src := range bySource {
			if unknown := src.unknown(); len(unknown) > 0 {
				s.resolvePositions(ctx, adm, topic, src, unknown)
			}
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
func (s *Service) resolvePositions(ctx context.Context, adm *kadm.Client, topic string, src *sources, parts []int32) {
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
