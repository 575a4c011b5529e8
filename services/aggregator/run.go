package aggregator

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/protocheck"
	"github.com/llmobs/llmobs/pkg/sli"
	"github.com/llmobs/llmobs/pkg/stream"
	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/aggregator/stage"
)

// Run runs stage 1, stage 2 and the /api/slis reader until ctx ends.
func (s *Service) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := s.cfg.ClickHouse
	parts := []func(context.Context) error{s.runStage1, s.runStage2, s.readSLIs}
	if dsn := ch.DSN; dsn != "" {
		err := retry(ctx, ch.RetryInitial, ch.RetryMax, func(ctx context.Context) error {
			sk, err := openSink(ctx, dsn)
			s.sink = sk
			return err
		}, func(err error) {
			s.log.Warn("clickhouse not ready; retrying — check aggregator.clickhouse.dsn and that ClickHouse is up", "err", err)
		})
		if err != nil {
			return nil // ctx ended while waiting
		}
		defer s.sink.conn.Close()
		var st callStore = &chCalls{conn: s.sink.conn}
		s.api.st.Store(&st)
		if ch.Retention > 0 {
			parts = append(parts, s.runRetention)
		}
	}
	errs := make(chan error, len(parts))
	var wg sync.WaitGroup
	for _, f := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx); err != nil {
				errs <- err
				cancel()
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs // nil when every part stopped cleanly
}

// proc is one stage's state behind the transactional loop. Its methods
// run on the poll goroutine except reset, which the group callbacks call.
type proc interface {
	// record folds one input record in and returns what to produce; an
	// error means the record is undecodable (counted; the loop sends it
	// to the DLQ). It never panics on any bytes (FuzzStage*).
	record(r *kgo.Record) ([]*kgo.Record, error)
	// tick runs once per poll (also an empty one): heartbeats, gauges.
	tick(now time.Time) []*kgo.Record
	// reset drops the state of the partitions (nil: all).
	reset(parts []int32)
	// assigned starts the partitions' (empty) state. Only an assigned
	// partition has one: record refuses any other's records with
	// errRevoked.
	assigned(parts []int32)
	// flush writes what this poll produced to ClickHouse (retrying until
	// ctx ends), before the transaction commits.
	flush(ctx context.Context) error
}

// aligned is a proc whose partitions are watermark-aligned (stage 1): each
// partition's watermark.
type aligned interface {
	partitionWatermark(part int32) (int64, bool)
	eachWatermark(each func(ms int64, ok bool))
}

// loop runs a stage on the shared transactional loop (package stream).
// Open windows are in memory only: whenever this instance is assigned a
// partition (start, restart, rebalance) the loop rewinds it by cfg.Replay
// (record timestamps) below the committed offset and re-reads it to
// rebuild them; the stages give re-emitted output the same revisions for
// the same content, so consumers drop the duplicates. A poll aborted by a
// rebalance was folded into the state: the stage drops the state of every
// partition it owns and rewinds them the same way, in the same session
// (rejoining would rebalance the group again and abort the peers' polls).
func (s *Service) loop(ctx context.Context, name, group, in string, p proc) error {
	admCl, err := kafka.NewClient(s.deps.Kafka, "aggregator-"+name+"-admin")
	if err != nil {
		return err
	}
	defer admCl.Close()
	adm := kadm.NewClient(admCl)
	// fresh[p]: the committed offset when p was assigned. Records below
	// it are replayed (read and committed before): their DLQ copies were
	// written then, so only records at or above it go to the DLQ.
	var freshMu sync.Mutex
	fresh := map[int32]int64{}
	poll := &stagePoll{s: s, name: name, p: p, lag: map[int32]int64{}, ready: map[int32]bool{}, isFresh: func(r *kgo.Record) bool {
		freshMu.Lock()
		defer freshMu.Unlock()
		o, ok := fresh[r.Partition]
		return !ok || r.Offset >= o
	}}
	var align *stream.Alignment
	if a, ok := p.(aligned); ok {
		align = &stream.Alignment{
			MaxDrift: s.cfg.AlignMaxDrift,
			Position: func(topic string, part int32) (int64, bool) {
				if topic != in {
					return 0, false
				}
				return a.partitionWatermark(part)
			},
			Watermarks: a.eachWatermark,
			Paused:     func(n int) { s.m.paused.Set(float64(n)) },
		}
	}
	// Without ClickHouse there is nothing to write before producing:
	// the stage takes its polls in pieces, each piece's windows produced
	// while the next is folded in (the outputs of a poll that fires many
	// windows are not all in memory at once). With ClickHouse, the
	// poll's rows are inserted before anything of it is produced, so
	// that an outage blocks with no transaction open.
	flush, chunk := p.flush, stream.DefaultChunkBytes
	if s.sink != nil {
		chunk = 0
	} else {
		flush = nil
	}
	return stream.Run(ctx, stream.Config{
		Align:              align,
		ChunkBytes:         chunk,
		Name:               "aggregator-" + name,
		Kafka:              s.deps.Kafka,
		Metrics:            s.deps.Metrics,
		Group:              kafka.Group{Name: group, InstanceID: s.deps.InstanceID, SessionTimeout: s.cfg.SessionTimeout},
		Topics:             []string{in},
		TransactionalID:    "llmobs-aggregator-" + name + "-" + s.deps.InstanceID,
		TransactionTimeout: 2 * time.Minute,
		PollTimeout:        500 * time.Millisecond,
		MaxPollRecords:     s.cfg.MaxPollRecords,
		ShutdownTimeout:    s.deps.ShutdownTimeout,
		StopTimeout:        s.deps.StageStop(),
		Log:                s.log,
		Opts: func() []kgo.Opt {
			freshMu.Lock()
			fresh = map[int32]int64{}
			freshMu.Unlock()
			return []kgo.Opt{
				kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
				kgo.FetchIsolationLevel(kgo.ReadCommitted()),
				// Transaction markers come back as control records
				// (skipped below), so committed offsets pass the marker
				// that ends each partition: an idle aggregator shows lag
				// 0, not 1.
				kgo.KeepControlRecords(),
				kgo.RecordPartitioner(kgo.ManualPartitioner()),
				kgo.AdjustFetchOffsetsFn(func(ctx context.Context, offs map[string]map[int32]kgo.Offset) (map[string]map[int32]kgo.Offset, error) {
					var parts []int32
					for part := range offs[in] {
						parts = append(parts, part)
					}
					if len(parts) == 0 {
						return offs, nil // reset(nil) would drop every partition's state
					}
					p.reset(parts)
					p.assigned(parts)
					poll.setReady(parts, true)
					lo, err := adm.ListOffsetsAfterMilli(ctx, time.Now().Add(-s.cfg.Replay).UnixMilli(), in)
					if err != nil {
						return nil, fmt.Errorf("aggregator %s: list offsets for replay: %w", name, err)
					}
					for part, o := range offs[in] {
						c := o.EpochOffset().Offset
						freshMu.Lock()
						fresh[part] = c
						freshMu.Unlock()
						if r, ok := lo.Lookup(in, part); ok && r.Err == nil && c >= 0 && r.Offset < c {
							offs[in][part] = kgo.NewOffset().At(r.Offset)
						}
					}
					return offs, nil
				}),
				// A cooperative rebalance calls these with nothing to
				// revoke: m[in] is then nil, which setReady and reset read
				// as "all". They dropped every partition's state, in the
				// middle of a poll that then committed windows fired from
				// the rest of it (found by TestTwoInstancesShare).
				kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
					if len(m[in]) > 0 {
						poll.setReady(m[in], false)
						p.reset(m[in])
					}
				}),
				kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
					if len(m[in]) > 0 {
						poll.setReady(m[in], false)
						p.reset(m[in])
					}
				}),
			}
		},
	}, poll, stream.Hooks{
		// Shutting down with ClickHouse unreachable: the poll is aborted,
		// so its records are read again (nothing commits before insert).
		BeforeProduce: flush,
		Aborted: func(ctx context.Context, cl *kgo.Client) error {
			return poll.rewind(ctx, cl, adm, in, s.cfg.Replay, func(part int32, c int64) {
				freshMu.Lock()
				defer freshMu.Unlock()
				fresh[part] = max(fresh[part], c)
			})
		},
		EndSession: func() {
			poll.setReady(nil, false)
			p.reset(nil)
			clear(poll.lag)
		},
		Ended: func(outcome string, _ int, _ time.Duration) { s.m.txns.WithLabelValues(name, outcome).Inc() },
	})
}

// stagePoll is one stage's work on a poll: fold records in, DLQ what
// cannot be read, tick.
type stagePoll struct {
	s       *Service
	name    string
	p       proc
	lag     map[int32]int64
	isFresh func(*kgo.Record) bool

	// ready: partitions whose state was rebuilt by the replay of their
	// current assignment. A record of any other partition (one revoked
	// while its records were buffered, or whose state a callback dropped)
	// would fold into a state without its history and fire windows with
	// part of their spans: the poll is dropped and read again.
	readyMu sync.Mutex
	ready   map[int32]bool
}

func (sp *stagePoll) setReady(parts []int32, v bool) {
	sp.readyMu.Lock()
	defer sp.readyMu.Unlock()
	if parts == nil && !v {
		clear(sp.ready)
		return
	}
	for _, k := range parts {
		if v {
			sp.ready[k] = true
		} else {
			delete(sp.ready, k)
		}
	}
}

func (sp *stagePoll) isReady(part int32) bool {
	sp.readyMu.Lock()
	defer sp.readyMu.Unlock()
	return sp.ready[part]
}

// rewind rebuilds, after an aborted transaction (or a dropped poll), the
// state of every partition this instance owns: it drops the state (which
// folded the aborted poll in) and moves the partition back to where an
// assignment starts it: cfg.Replay before now, or its committed offset if
// that is older, or the start of the log if the group never committed it.
// noteCommitted learns each partition's committed offset (records below
// it are replayed, not fresh).
func (sp *stagePoll) rewind(ctx context.Context, cl *kgo.Client, adm *kadm.Client, topic string, replay time.Duration, noteCommitted func(part int32, c int64)) error {
	var lo kadm.ListedOffsets
	for {
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		var err error
		lo, err = adm.ListOffsetsAfterMilli(lctx, time.Now().Add(-replay).UnixMilli(), topic)
		cancel()
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sp.s.log.Warn("aggregator: listing offsets to rebuild state failed; retrying (is Kafka reachable?)", "stage", sp.name, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
	// CommittedOffsets holds only partitions the group committed; the
	// others restart from the log start, as on assignment (partitions
	// not read from yet keep their position: SetOffsets skips them, and
	// their state holds nothing).
	committed := cl.CommittedOffsets()[topic]
	back := map[int32]kgo.EpochOffset{}
	var parts []int32
	sp.readyMu.Lock()
	for part := range sp.ready {
		parts = append(parts, part)
		to := int64(0)
		if eo, ok := committed[part]; ok && eo.Offset >= 0 {
			to = eo.Offset
			noteCommitted(part, eo.Offset)
			if r, ok := lo.Lookup(topic, part); ok && r.Err == nil && r.Offset < to {
				to = r.Offset
			}
		}
		back[part] = kgo.EpochOffset{Epoch: -1, Offset: to}
	}
	// Under readyMu: a revocation meanwhile waits, then drops what this
	// rebuilt.
	sp.p.reset(parts)
	sp.p.assigned(parts)
	sp.readyMu.Unlock()
	sp.s.m.rewinds.WithLabelValues(sp.name).Inc()
	cl.SetOffsets(map[string]map[int32]kgo.EpochOffset{topic: back})
	return nil
}

func (sp *stagePoll) Process(_ context.Context, fetches kgo.Fetches) ([]*kgo.Record, error) {
	s, name := sp.s, sp.name
	var out []*kgo.Record
	notReady := false
	fetches.EachPartition(func(fp kgo.FetchTopicPartition) {
		if len(fp.Records) > 0 && !sp.isReady(fp.Partition) {
			notReady = true
		}
	})
	if notReady {
		s.m.notReady.WithLabelValues(name).Inc()
		return nil, stream.ErrRebuild
	}
	revoked := false
	fetches.EachPartition(func(fp kgo.FetchTopicPartition) {
		if len(fp.Records) == 0 || revoked {
			return
		}
		sp.lag[fp.Partition] = fp.HighWatermark - fp.Records[len(fp.Records)-1].Offset - 1
		for _, r := range fp.Records {
			if r.Attrs.IsControl() {
				continue
			}
			recs, err := sp.p.record(r)
			if errors.Is(err, errRevoked) {
				revoked = true
				return
			}
			out = append(out, recs...)
			if err != nil {
				reason := "decode_error"
				var br *badRecord
				if errors.As(err, &br) {
					reason = br.reason
				} else {
					s.m.undecodable.WithLabelValues(name).Inc()
				}
				if sp.isFresh(r) {
					s.log.Warn("bad input record sent to the DLQ; inspect it on llmobs.dlq (headers name the reason and origin)", "stage", name, "reason", reason, "topic", r.Topic, "partition", r.Partition, "offset", r.Offset, "err", err)
					s.m.dlq.WithLabelValues(name, reason).Inc()
					out = append(out, kafka.DLQRecord(s.deps.Topics.DLQ, "aggregator", reason, err, r, r.Value))
				}
			}
		}
	})
	if revoked {
		// A partition was revoked while its records were being read
		// (a rebalance runs beside the poll): a state made for it here
		// would outlive the assignment, its watermark stuck for good
		// (found by the broker-kill chaos scenario). The poll's
		// transaction fails with the rebalance anyway; read it again.
		s.m.notReady.WithLabelValues(name).Inc()
		return nil, stream.ErrRebuild
	}
	var sum int64
	for _, l := range sp.lag {
		sum += l
	}
	s.m.lag.WithLabelValues(name).Set(float64(sum))
	return append(out, sp.p.tick(time.Now())...), nil
}

// errRevoked: a record of a partition this instance holds no state for
// (revoked while the poll was read).
var errRevoked = errors.New("partition not assigned")

func partitionsOf(ctx context.Context, s *Service, topic string) (int32, error) {
	cl, err := kafka.NewClient(s.deps.Kafka, "aggregator-meta")
	if err != nil {
		return 0, err
	}
	defer cl.Close()
	for {
		tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		td, err := kadm.NewClient(cl).ListTopics(tctx, topic)
		cancel()
		if err == nil && td[topic].Err == nil && len(td[topic].Partitions) > 0 {
			return int32(len(td[topic].Partitions)), nil
		}
		if err == nil {
			err = td[topic].Err
		}
		s.log.Warn("waiting for topic — create the topics with `llmobs topics` or let the broker auto-create them", "topic", topic, "err", err)
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// vtMarshaler is what vtprotobuf generates: reflection-free encoding.
type vtMarshaler interface{ MarshalVT() ([]byte, error) }

func batchRecord(topic string, part int32, key []byte, m vtMarshaler, schema string, n int) *kgo.Record {
	v, err := m.MarshalVT()
	if err != nil {
		panic(fmt.Sprintf("marshal %s: %v", schema, err)) // built from valid messages
	}
	return &kgo.Record{Topic: topic, Partition: part, Key: key, Value: v, Headers: []kgo.RecordHeader{
		{Key: kafka.HeaderSchema, Value: []byte(schema)},
		{Key: kafka.HeaderCount, Value: []byte(strconv.Itoa(n))},
	}}
}

// ---------------------------------------------------------------- stage 1

// stage1's watermarks come from upstream, in band: the enricher writes into
// every llmobs.enriched partition the watermark of each llmobs.spans
// partition it owns (itself the minimum over ingest's sources), after the
// spans it emitted before. A partition's watermark is the minimum over all
// of them (watermark.Inband), so it holds while any upstream instance is
// down, restarting or behind, and moves with the clock through ingest's
// heartbeats when traffic stops. Nothing here reads the wall clock to move
// a watermark.
type stage1 struct {
	s       *Service
	out     string
	nOut    int32
	inband  *watermark.Inband
	mu      sync.Mutex
	parts   map[int32]*stage.Stage1
	beat    watermark.Pacer
	pending []*llmobsv1.EnrichedSpan  // for llm_spans
	sums    []*llmobsv1.SeriesSummary // for llm_span_summaries
	dec     enrichedDecoder

	warnedMisaligned bool
}

func (s *Service) runStage1(ctx context.Context) error {
	n, err := partitionsOf(ctx, s, s.deps.Topics.SLIPartials)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	return s.loop(ctx, "stage1", s.cfg.Stage1Group, s.deps.Topics.Enriched, s.newStage1(n))
}

// newStage1 writes partials to nOut partitions of llmobs.sli.partials.
func (s *Service) newStage1(nOut int32) *stage1 {
	return &stage1{s: s, out: s.deps.Topics.SLIPartials, nOut: nOut, inband: watermark.NewInband(), parts: map[int32]*stage.Stage1{}}
}

func (p *stage1) reset(parts []int32) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if parts == nil {
		for k := range p.parts {
			parts = append(parts, k)
		}
	}
	for _, k := range parts {
		delete(p.parts, k)
		p.inband.Remove(k)
	}
}

func (p *stage1) partitionWatermark(part int32) (int64, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if st := p.parts[part]; st != nil {
		return st.WatermarkMs()
	}
	return 0, false
}

// eachWatermark calls each with every owned partition's watermark, ok
// false for one that has none yet (not every enricher source has reported
// in it since the assignment).
func (p *stage1) eachWatermark(each func(ms int64, ok bool)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, st := range p.parts {
		each(st.WatermarkMs())
	}
}

func (p *stage1) assigned(parts []int32) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, k := range parts {
		p.get(k)
	}
}

func (p *stage1) flush(ctx context.Context) error {
	p.mu.Lock()
	spans, sums := p.pending, p.sums
	p.pending, p.sums = nil, nil
	p.mu.Unlock()
	if err := p.s.insert(ctx, "llm_spans", len(spans), func(ctx context.Context) error { return p.s.sink.insertSpans(ctx, spans) }); err != nil {
		return err
	}
	return p.s.insert(ctx, "llm_span_summaries", len(sums), func(ctx context.Context) error { return p.s.sink.insertSummaries(ctx, sums) })
}

func (p *stage1) get(part int32) *stage.Stage1 {
	st := p.parts[part]
	if st == nil {
		st = stage.NewStage1(part, p.s.cfg.Windows, p.s.cfg.OutOfOrderness, p.s.cfg.AllowedLateness)
		st.PerTenant = p.s.deps.Auth.Enabled()
		p.s.evalStage(st)
		st.Upstream()
		p.parts[part] = st
	}
	return st
}

func (p *stage1) record(r *kgo.Record) ([]*kgo.Record, error) {
	b, err := p.dec.decode(r.Value)
	if err != nil {
		return nil, fmt.Errorf("decode llmobs.v1.EnrichedSpanBatch: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	st := p.parts[r.Partition]
	if st == nil {
		return nil, errRevoked
	}
	if p.s.sink != nil {
		p.pending = append(p.pending, b.Spans...)
		p.sums = append(p.sums, b.Summaries...)
	} else if p.s.mem != nil {
		// Replayed records (a restart, a rebalance) add nothing: the
		// store knows each span by its IDs.
		p.s.mem.put(b.Spans)
	}
	late0, drop0, skip0, ahead0 := st.LateSpans, st.LateDropped, st.Skipped, st.Ahead
	sum0, sumSpans0, mis0, badSum0 := st.Summaries, st.SummarySpans, st.Misaligned, st.BadSummaries
	st.CapMs = 0
	if !r.Timestamp.IsZero() {
		st.CapMs = r.Timestamp.UnixMilli()
	}
	for _, es := range b.Spans {
		if es.GetSpan() == nil {
			st.Skipped++
			continue
		}
		if es.Span.GenAi == nil {
			// sli.Acc.Add reads GenAi.TtftNanos without a nil check; a
			// model span without gen_ai attributes still has a latency.
			es.Span.GenAi = &llmobsv1.GenAI{}
		}
		st.Add(es)
	}
	// What ingest shed, folded per series and bucket: merged like the
	// spans it stands for, before the watermarks that follow it.
	for _, sum := range b.Summaries {
		st.AddSummary(sum)
	}
	p.s.m.summariesIn.Add(st.Summaries - sum0)
	p.s.m.summarizedSpans.Add(st.SummarySpans - sumSpans0)
	if d := st.Misaligned - mis0; d > 0 {
		p.s.m.misaligned.Add(d)
		if !p.warnedMisaligned {
			p.warnedMisaligned = true
			p.s.log.Warn("summaries of shed spans span two windows: ingest.sampling.summary_bucket must divide every aggregator window length; their SLIs are off by the spans of the straddling buckets until it does", "windows", p.s.cfg.Windows, "bucket_ms", b.Summaries[0].GetBucketLengthMs())
		}
	}
	p.s.m.spansIn.Add(float64(len(b.Spans)))
	p.s.m.late.Add(st.LateSpans - late0)
	p.s.m.lateDropped.Add(st.LateDropped - drop0)
	p.s.m.skipped.Add(st.Skipped - skip0)
	p.s.m.ahead.Add(st.Ahead - ahead0)
	// The batch's watermarks come after its spans in the log: fold the
	// spans in first, then move the watermark.
	bad := 0
	for _, w := range b.Watermarks {
		if !p.inband.Observe(r.Partition, b.SourcePartitions, w.GetPartition(), w.GetWatermarkUnixMs()) {
			bad++
		}
	}
	if wm, ok := p.inband.Partition(r.Partition); ok {
		st.SetWatermark(wm)
	}
	e := p.emitter()
	st.AdvanceEach(false, e.add)
	out := e.records()
	if bad > 0 {
		return out, &badRecord{reason: "invalid_watermark", err: fmt.Errorf("%d of %d watermarks name a source outside 0..%d", bad, len(b.Watermarks), b.SourcePartitions-1)}
	}
	if n := st.BadSummaries - badSum0; n > 0 {
		return out, &badRecord{reason: "invalid_summary", err: fmt.Errorf("%.0f of %d summaries have no series, no aggregate or no valid bucket", n, len(b.Summaries))}
	}
	return out, nil
}

// emit groups partials into one record per destination partition (series
// key hash), key = canonical series key of the first partial.
func (p *stage1) emit(ps []*llmobsv1.SLIPartial) []*kgo.Record {
	e := p.emitter()
	for _, x := range ps {
		e.add(x)
	}
	return e.records()
}

// partialsEmitter is emit one partial at a time: each is marshalled as it
// comes (Stage1.AdvanceEach), so a poll that fires thousands of windows
// holds their bytes, not their messages.
type partialsEmitter struct {
	p      *stage1
	byPart map[int32]*partialsBuf
	order  []int32
	out    []*kgo.Record
	n      int
}

// partialsBuf is one record being filled: an SLIPartialBatch on the wire
// (its partials, field 1, one after the other).
type partialsBuf struct {
	key []byte
	b   []byte
	n   int
}

func (p *stage1) emitter() *partialsEmitter {
	return &partialsEmitter{p: p, byPart: map[int32]*partialsBuf{}}
}

func (e *partialsEmitter) add(x *llmobsv1.SLIPartial) {
	k := sli.KeyFromProto(x.GetSeries()).String()
	part := kafka.PartitionFor([]byte(k), e.p.nOut)
	pb := e.byPart[part]
	if pb == nil {
		pb = &partialsBuf{}
		e.byPart[part] = pb
		e.order = append(e.order, part)
	}
	// A poll can fire many windows at once (a backlog, a watermark
	// jump), each carrying digests: records stay under the broker's
	// message size (1 MiB by default), or the transaction fails on
	// every retry.
	size := x.SizeVT()
	n := 1 + protowire.SizeVarint(uint64(size)) + size
	if pb.n > 0 && len(pb.b)+n > maxPartialsBytes {
		e.flush(part, pb)
	}
	if pb.n == 0 {
		pb.key = []byte(k)
		pb.b = make([]byte, 0, min(maxPartialsBytes, max(n, 4<<10)))
	}
	pb.b = protowire.AppendTag(pb.b, 1, protowire.BytesType)
	pb.b = protowire.AppendVarint(pb.b, uint64(size))
	off := len(pb.b)
	pb.b = slices.Grow(pb.b, size)[:off+size]
	if _, err := x.MarshalToSizedBufferVT(pb.b[off:]); err != nil {
		panic(fmt.Sprintf("marshal llmobs.v1.SLIPartial: %v", err)) // built from valid messages
	}
	pb.n++
	e.n++
}

func (e *partialsEmitter) flush(part int32, pb *partialsBuf) {
	e.out = append(e.out, &kgo.Record{Topic: e.p.out, Partition: part, Key: pb.key, Value: pb.b, Headers: []kgo.RecordHeader{
		{Key: kafka.HeaderSchema, Value: []byte("llmobs.v1.SLIPartialBatch")},
		{Key: kafka.HeaderCount, Value: []byte(strconv.Itoa(pb.n))},
	}})
	*pb = partialsBuf{}
}

// records flushes what is pending and returns every record made.
func (e *partialsEmitter) records() []*kgo.Record {
	for _, part := range e.order {
		if pb := e.byPart[part]; pb.n > 0 {
			e.flush(part, pb)
		}
	}
	e.p.s.m.partialsOut.Add(float64(e.n))
	return e.out
}

// maxPartialsBytes bounds an llmobs.sli.partials record.
const maxPartialsBytes = 900 << 10

func (p *stage1) tick(now time.Time) []*kgo.Record {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []*kgo.Record
	open, frozen := 0, 0
	held := 0
	var owned []int32
	for part, st := range p.parts {
		open += st.Open()
		frozen += st.Frozen()
		owned = append(owned, part)
		if _, ok := st.WatermarkMs(); !ok {
			held++
		}
	}
	p.s.m.openWindows.WithLabelValues("stage1").Set(float64(open))
	p.s.m.frozenWindows.Set(float64(frozen))
	if p.s.mem != nil {
		n, b := p.s.mem.stats()
		p.s.m.callsHeld.Set(float64(n))
		p.s.m.callsBytes.Set(float64(b))
	}
	p.s.m.heldPartitions.Set(float64(held))
	if ms, ok := p.inband.Min(owned); ok {
		wm := time.UnixMilli(ms)
		p.s.m.watermark.WithLabelValues("stage1").Set(float64(wm.UnixMilli()) / 1e3)
		p.s.m.watermarkDelay.WithLabelValues("stage1").Set(now.Sub(wm).Seconds())
	}
	// Heartbeats: every partition's watermark to every partials
	// partition, so stage 2 fires windows without waiting for later
	// partials: at most once a second, or sooner in a backlog or when a
	// partition became known (watermark.Pacer).
	if low := p.lowestWatermark(); len(p.parts) > 0 && p.beat.Due(now, low) {
		p.beat.Beat(now, low)
		hb := &llmobsv1.SLIPartialBatch{}
		for _, st := range p.parts {
			if _, ok := st.WatermarkMs(); ok {
				hb.Partials = append(hb.Partials, st.Heartbeat())
			}
		}
		if len(hb.Partials) > 0 {
			for part := int32(0); part < p.nOut; part++ {
				out = append(out, batchRecord(p.out, part, nil, hb, "llmobs.v1.SLIPartialBatch", len(hb.Partials)))
			}
		}
	}
	return out
}

// lowestWatermark is the lowest watermark of the partitions that have
// one, and how many have one. p.mu is held.
func (p *stage1) lowestWatermark() (low watermark.Low) {
	for _, st := range p.parts {
		if w, ok := st.WatermarkMs(); ok {
			low.Add(w)
		}
	}
	return low
}

// ---------------------------------------------------------------- stage 2

type stage2 struct {
	s       *Service
	out     string
	nOut    int32
	nIn     int32 // partitions of the enriched topic: stage 2's sources
	mu      sync.Mutex
	parts   map[int32]*stage.Stage2
	pending []*llmobsv1.SLIWindow // for llm_sli_windows
}

func (p *stage2) flush(ctx context.Context) error {
	p.mu.Lock()
	ws := p.pending
	p.pending = nil
	p.mu.Unlock()
	return p.s.insert(ctx, "llm_sli_windows", len(ws), func(ctx context.Context) error { return p.s.sink.insertWindows(ctx, ws) })
}

func (s *Service) runStage2(ctx context.Context) error {
	n, err := partitionsOf(ctx, s, s.deps.Topics.SLIs)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	nIn, err := partitionsOf(ctx, s, s.deps.Topics.Enriched)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	return s.loop(ctx, "stage2", s.cfg.Stage2Group, s.deps.Topics.SLIPartials, s.newStage2(nIn, n))
}

// newStage2 merges the partials of nIn sources into windows on nOut
// partitions of llmobs.slis.
func (s *Service) newStage2(nIn, nOut int32) *stage2 {
	return &stage2{s: s, out: s.deps.Topics.SLIs, nOut: nOut, nIn: nIn, parts: map[int32]*stage.Stage2{}}
}

func (p *stage2) reset(parts []int32) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if parts == nil {
		for k := range p.parts {
			parts = append(parts, k)
		}
	}
	for _, k := range parts {
		delete(p.parts, k)
	}
}

func (p *stage2) record(r *kgo.Record) ([]*kgo.Record, error) {
	b, err := decodePartials(r.Value)
	if err != nil {
		return nil, fmt.Errorf("decode llmobs.v1.SLIPartialBatch: %w", err)
	}
	if err := protocheck.UTF8(b); err != nil {
		// Not from stage 1, whose strings come from the enricher's
		// checked spans: a foreign record; its windows would carry the
		// bad string into llmobs.slis.
		return nil, &badRecord{reason: "invalid_utf8", err: fmt.Errorf("llmobs.v1.SLIPartialBatch: %w", err)}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	st := p.parts[r.Partition]
	if st == nil {
		return nil, errRevoked
	}
	stale0 := st.Stale
	invalid := 0
	for _, x := range b.Partials {
		// A source outside p0..p(nIn-1) would join the watermark minimum
		// and hold every window of this partition back for good.
		if !validSource(x.GetSource(), p.nIn) {
			invalid++
			continue
		}
		if x.GetWindowLengthMs() > 0 {
			p.s.m.partialsIn.Inc()
		}
		st.Add(x)
	}
	p.s.m.stale.Add(st.Stale - stale0)
	// Fire per record, so the revisions are a function of the log alone.
	out := p.emit(st.Advance(time.Now().UnixMilli(), false))
	if invalid > 0 {
		return out, &badRecord{reason: "invalid_partial", err: fmt.Errorf("%d of %d partials have a source outside p0..p%d", invalid, len(b.Partials), p.nIn-1)}
	}
	return out, nil
}

// validSource: stage 1 names its partials' source p<partition of the
// enriched topic>.
func validSource(src string, n int32) bool {
	if len(src) < 2 || src[0] != 'p' || (src[1] == '0' && len(src) > 2) {
		return false
	}
	k, err := strconv.ParseInt(src[1:], 10, 32)
	return err == nil && k >= 0 && int32(k) < n
}

// badRecord is an input record (or part of one) the stage could not use;
// reason labels the DLQ copy. Other errors are reason decode_error.
type badRecord struct {
	reason string
	err    error
}

func (e *badRecord) Error() string { return e.reason + ": " + e.err.Error() }
func (e *badRecord) Unwrap() error { return e.err }

func (p *stage2) emit(ws []*llmobsv1.SLIWindow) []*kgo.Record {
	out := make([]*kgo.Record, 0, len(ws))
	for _, w := range ws {
		k := []byte(sli.KeyFromProto(w.GetSeries()).String())
		out = append(out, batchRecord(p.out, kafka.PartitionFor(k, p.nOut), k, &llmobsv1.SLIWindowBatch{Windows: []*llmobsv1.SLIWindow{w}}, "llmobs.v1.SLIWindowBatch", 1))
	}
	p.s.m.windowsFired.Add(float64(len(ws)))
	if p.s.sink != nil {
		p.pending = append(p.pending, ws...)
	}
	return out
}

func (p *stage2) assigned(parts []int32) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, k := range parts {
		if p.parts[k] == nil {
			st := stage.NewStage2(p.s.cfg.Grace, p.s.cfg.AllowedLateness)
			st.Expect(p.nIn)
			p.parts[k] = st
		}
	}
}

// tick only updates gauges: stage 2 moves by its sources' watermarks,
// which stage 1 heartbeats carry even when no span arrives.
func (p *stage2) tick(now time.Time) []*kgo.Record {
	p.mu.Lock()
	defer p.mu.Unlock()
	open := 0
	var minWM int64 = -1
	for _, st := range p.parts {
		open += st.Open()
		if wm := st.WatermarkMs(); minWM < 0 || wm < minWM {
			minWM = wm
		}
	}
	p.s.m.openWindows.WithLabelValues("stage2").Set(float64(open))
	if minWM > 0 {
		p.s.m.watermark.WithLabelValues("stage2").Set(float64(minWM) / 1e3)
		p.s.m.watermarkDelay.WithLabelValues("stage2").Set(now.Sub(time.UnixMilli(minWM)).Seconds())
	}
	return nil
}

// ---------------------------------------------------------------- API feed

// readSLIs feeds the /api/slis ring from llmobs.slis with a non-group
// reader (every instance answers), starting cfg.Replay back.
func (s *Service) readSLIs(ctx context.Context) error {
	cl, err := kafka.NewClient(s.deps.Kafka, "aggregator-slis",
		kgo.ConsumeTopics(s.deps.Topics.SLIs),
		kgo.ConsumeResetOffset(kgo.NewOffset().AfterMilli(time.Now().Add(-s.cfg.Replay).UnixMilli())),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
	)
	if err != nil {
		return err
	}
	defer cl.Close()
	for {
		fetches := cl.PollRecords(ctx, 1000)
		if ctx.Err() != nil {
			return nil
		}
		fetches.EachRecord(func(r *kgo.Record) {
			if err := s.feedRing(r.Value); err != nil {
				// Counted, not sent to the DLQ: every instance reads
				// llmobs.slis, so N instances would write N copies.
				s.m.undecodable.WithLabelValues("slis").Inc()
			}
		})
		s.m.activeSeries.Set(float64(s.ring.Len()))
	}
}

// feedRing puts the windows of one llmobs.slis record into the ring.
func (s *Service) feedRing(v []byte) error {
	var b llmobsv1.SLIWindowBatch
	if err := b.UnmarshalVT(v); err != nil {
		return fmt.Errorf("decode llmobs.v1.SLIWindowBatch: %w", err)
	}
	for _, w := range b.Windows {
		if w.GetWindowLengthMs() <= 0 {
			continue // no window: nothing to serve
		}
		s.ring.Put(w)
	}
	return nil
}

// insert runs one batch insert with retries; a no-op without a sink.
func (s *Service) insert(ctx context.Context, table string, n int, f func(context.Context) error) error {
	if s.sink == nil || n == 0 {
		return nil
	}
	start := time.Now()
	err := retry(ctx, s.cfg.ClickHouse.RetryInitial, s.cfg.ClickHouse.RetryMax, func(ctx context.Context) error {
		ictx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		return f(ictx)
	}, func(err error) {
		s.m.chErrors.WithLabelValues(table).Inc()
		s.log.Warn("clickhouse insert failed, retrying (consumption waits, nothing is lost) — check ClickHouse's health, disk and the user's INSERT rights", "table", table, "rows", n, "err", err)
	})
	if err == nil {
		s.m.chRows.WithLabelValues(table).Add(float64(n))
		s.m.chLatency.Observe(time.Since(start).Seconds())
	}
	return err
}

// runRetention drops expired ClickHouse day partitions at start and every
// retention_interval until ctx ends. Failures are counted, logged and
// retried at the next interval: retention never stops the pipeline.
func (s *Service) runRetention(ctx context.Context) error {
	t := time.NewTicker(s.cfg.ClickHouse.RetentionInterval)
	defer t.Stop()
	for {
		s.dropExpired(ctx, time.Now())
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (s *Service) dropExpired(ctx context.Context, now time.Time) {
	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	err := s.sink.dropOld(dctx, now, s.cfg.ClickHouse.Retention, func(table, id string) {
		s.m.partsDropped.WithLabelValues(table).Inc()
		s.log.Info("dropped expired clickhouse partition", "table", table, "partition_id", id, "retention", s.cfg.ClickHouse.Retention)
	})
	if err != nil && ctx.Err() == nil {
		s.m.retentionErrors.Inc()
		s.log.Warn("clickhouse retention (TTL) update failed; old rows stay until it succeeds — check the user's ALTER rights", "err", err)
	}
}
