package enricher

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// readGPU consumes every partition of llmobs.gpu, starting state_ttl back,
// into the join index; caughtUp closes once it reached the ends that
// existed at start.
func (s *Service) readGPU(ctx context.Context, wm *watermark.Tracker, lastGPU *atomic.Int64, caughtUp chan struct{}) error {
	topic := s.deps.Topics.GPU
	cl, err := kafka.NewClient(s.deps.Kafka, "enricher-gpu",
		kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AfterMilli(time.Now().Add(-s.cfg.StateTTL).UnixMilli())),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
	)
	if err != nil {
		close(caughtUp)
		return err
	}
	defer cl.Close()
	if n, err := partitionsOf(ctx, cl, topic); err == nil {
		s.gpuParts.Store(n)
	}
	ends := map[int32]int64{}
	if lo, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic); err == nil {
		lo.Each(func(o kadm.ListedOffset) {
			if o.Offset > 0 {
				ends[o.Partition] = o.Offset
			}
		})
	}
	srcs := gpuSources{}
	dlq := &gpuDLQ{s: s, cl: cl, own: s.spanOwnership()}
	closed := false
	markCaughtUp := func() {
		if !closed {
			closed = true
			close(caughtUp)
		}
	}
	if len(ends) == 0 {
		markCaughtUp()
	}
	paused := false
	expire := time.NewTicker(10 * time.Second)
	defer expire.Stop()
	defer markCaughtUp()
	for {
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		fs := cl.PollFetches(pctx)
		cancel()
		if ctx.Err() != nil {
			return nil
		}
		fs.EachPartition(func(p kgo.FetchTopicPartition) {
			defer func() {
				if n := len(p.Records); n > 0 {
					s.gpuProg.read(p.Partition, p.Records[n-1].Offset, p.HighWatermark)
				}
			}()
			for _, r := range p.Records {
				var b llmobsv1.GPUSampleBatch
				if err := decodeGPUSampleBatch(r.Value, &b); err != nil { // validates UTF-8 (decode.go)
					dlq.add(r, "gpu_decode_error", err)
					if end, ok := ends[p.Partition]; ok && r.Offset+1 >= end {
						delete(ends, p.Partition)
					}
					continue
				}
				for _, w := range b.Watermarks {
					if s.gpuInband.Observe(p.Partition, b.SourcePartitions, w.Partition, w.WatermarkUnixMs) {
						s.gpuInbandSeen.Store(true)
					}
				}
				for _, smp := range b.Samples {
					s.e.gpu.add(smp)
					srcs.observe(wm, smp)
					s.gpuProg.observe(p.Partition, smp.GetTimeUnixNano())
					s.m.gpuIn.Inc()
				}
				// Model calls (from every ingest instance) join the GPU
				// split whichever enricher instance processes them.
				for _, c := range b.Calls {
					s.gpuProg.observe(p.Partition, c.GetEndTimeUnixNano())
					s.e.gpu.recordCall(c.HostName, c.GpuId, c.TraceId, c.SpanId, c.StartTimeUnixNano, c.EndTimeUnixNano)
				}
				s.m.callsIn.Add(float64(len(b.Calls)))
				if len(b.Samples) > 0 {
					lastGPU.Store(time.Now().UnixNano())
				}
				if end, ok := ends[p.Partition]; ok && r.Offset+1 >= end {
					delete(ends, p.Partition)
				}
			}
		})
		// Read ahead of the spans by at most state_ttl/2 past what a span
		// waits for: a backlog of GPU data is not all held in memory, and
		// nothing a span still needs is evicted (gpuIndex.evictLocked).
		if s.e.gpu.aheadOfSpans(s.cfg.StateTTL/2 + s.cfg.JoinWait + s.cfg.OutOfOrderness) {
			if !paused {
				cl.PauseFetchTopics(topic)
				paused = true
			}
			markCaughtUp()
		} else if paused {
			cl.ResumeFetchTopics(topic)
			paused = false
		}
		if len(ends) == 0 || fs.Empty() {
			markCaughtUp()
		}
		refresh := false
		select {
		case <-expire.C:
			s.e.gpu.expire()
			refresh = true
		default:
		}
		dlq.flush(ctx, refresh)
		n, hosts, evicted := s.e.gpu.size()
		s.m.stateSamples.Set(float64(n))
		s.m.stateHosts.Set(float64(hosts))
		s.m.evicted.Add(float64(evicted) - counterValue(s.m.evicted))
		if w, ok := wm.Watermark(); ok {
			s.m.gpuWatermark.Set(float64(w.UnixNano()) / 1e9)
		}
	}
}

// gpuProgress is how far the GPU reader got in each llmobs.gpu partition:
// the latest event time read (sample times, call ends) and whether it read
// up to the partition's end at the last fetch. The join waits for the
// per-host watermark (gpuSources) AND for every partition the reader is
// behind in to have been read past the span's end + join_wait: a host's
// samples and the calls ingest publishes for it lie in different
// partitions, and while a backlog is read the reader is further into some
// than others — without this, which calls a span split its GPU with
// depended on how the fetches happened to interleave. A partition read to
// its end does not hold the join back (nothing more is there to read; what
// comes later is the watermark's out-of-orderness to cover), so a quiet
// partition never pins it.
type gpuProgress struct {
	mu    sync.Mutex
	parts map[int32]*partProgress
}

type partProgress struct {
	maxEvent uint64
	behind   bool
}

func (g *gpuProgress) part(p int32) *partProgress {
	if g.parts == nil {
		g.parts = map[int32]*partProgress{}
	}
	pp := g.parts[p]
	if pp == nil {
		pp = &partProgress{}
		g.parts[p] = pp
	}
	return pp
}

func (g *gpuProgress) observe(p int32, event uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	pp := g.part(p)
	pp.maxEvent = max(pp.maxEvent, event)
}

// read notes the last offset read from p and p's end (high watermark) as
// the fetch reported it.
func (g *gpuProgress) read(p int32, last, hwm int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.part(p).behind = last+1 < hwm
}

// floor is the least event time read in the partitions the reader is
// behind in; ok is false when it is behind in none.
func (g *gpuProgress) floor() (t uint64, ok bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, pp := range g.parts {
		if pp.behind && (!ok || pp.maxEvent < t) {
			t, ok = pp.maxEvent, true
		}
	}
	return t, ok
}

// gpuSources numbers the GPU hosts for the watermark tracker: the GPU
// stream's progress is tracked per host, not per partition of llmobs.gpu.
// Samples that carry a trace ID (exemplars, log records) are partitioned
// by it (DESIGN), so one sample from a minute ago can be the latest record
// of a partition; tracked per partition, it held the minimum back for
// gpu_idle_timeout, every poll waited its max_wait, and then the join
// stopped waiting at all (gpu_stalled). A host's scrapes come in order, and
// its trace samples only move it forward. Samples without a host (joined
// by trace ID only) do not move the watermark.
type gpuSources map[string]int32

func (g gpuSources) observe(wm *watermark.Tracker, smp *llmobsv1.GPUSample) {
	h := smp.GetHostName()
	if h == "" {
		return
	}
	id, ok := g[h]
	if !ok {
		id = int32(len(g))
		g[h] = id
	}
	wm.Observe(id, time.Unix(0, int64(smp.GetTimeUnixNano())))
}

// ---------------------------------------------------------------- DLQ

// Undecodable llmobs.gpu records go to the DLQ like every stage's bad input
// (DESIGN: Bad input), but the GPU reader is a broadcast reader: every
// instance reads every partition, and if each wrote what it cannot read, N
// instances would write N copies. So one instance writes, by this rule:
//
//   - Owner. A bad record of llmobs.gpu partition p is written by the
//     instance that holds partition p mod P of llmobs.spans (P = its
//     partition count) in the enricher's consumer group, learnt from the
//     span session's OnPartitionsAssigned/Revoked/Lost (onSpansAssigned,
//     onSpansRevoked). The group gives each spans partition to exactly one
//     member, so at any moment at most one instance owns p.
//   - Progress. The owner records what it wrote as a committed offset of
//     llmobs.gpu/p in the consumer group "<group>.gpu-dlq" (a simple,
//     member-less group used only as a store: nothing consumes with it), and
//     writes a bad record at offset o only when that offset is <= o. So
//     the read-back of state_ttl on every start, and a partition's new
//     owner after a rebalance, do not write again what was written.
//   - Pending. An instance that reads a bad record it does not own keeps
//     it (the DLQ copy, bounded: pendingMaxRecords/pendingMaxBytes) until
//     the progress shows it written (checked every 10 s and on every
//     assignment change: the owner is there in the common case) or until
//     it becomes the owner itself (then it writes it). So a record read
//     while nobody owns its partition (during a rebalance, or the
//     read-back at start before this instance joined the group: the case
//     of a single instance restarting) is not lost.
//
// llmobs_enricher_dlq_records_total{reason="gpu_decode_error"} counts the
// records an instance wrote, so summed over instances it is the number of
// DLQ records.
//
// Remaining windows: a duplicate when the owner dies after the DLQ write
// and before its progress commit, when a write of several records partly
// failed (all are written again), or when two instances both believe they
// own p (the old owner has not processed its revocation while the new one
// already got the partition) and write between each other's progress
// read and commit; DLQ consumers can drop these by the source headers
// (topic, partition, offset identify the record). A miss only when a
// record is dropped from a full pending list (logged with its partition
// and offset), or when every instance that read it stops before any owned
// it and it is older than state_ttl by the next start (a restart reads back
// only state_ttl).
const (
	pendingMaxRecords = 10_000
	pendingMaxBytes   = 64 << 20
)

type pendingDLQ struct {
	rec       *kgo.Record // the DLQ record (bounded by kafka.DLQRecord)
	partition int32       // of llmobs.gpu
	offset    int64
	reason    string
}

// gpuDLQ is the DLQ writer of one instance's GPU reader (its goroutine
// only).
type gpuDLQ struct {
	s       *Service
	cl      *kgo.Client
	own     *spanOwnership
	pending []pendingDLQ
	bytes   int
	seenGen uint64 // ownership generation at the last flush
	spans   int32  // partitions of llmobs.spans (0: not known yet)
	warned  time.Time
}

// warn logs at most every 30 s (flush retries every poll).
func (d *gpuDLQ) warn(msg string, args ...any) {
	if time.Since(d.warned) >= 30*time.Second {
		d.warned = time.Now()
		d.s.log.Warn(msg, args...)
	}
}

func (d *gpuDLQ) progressGroup() string { return d.s.cfg.Group + ".gpu-dlq" }

func (d *gpuDLQ) add(r *kgo.Record, reason string, err error) {
	rec := kafka.DLQRecord(d.s.deps.Topics.DLQ, "enricher", reason, err, r, r.Value)
	n := len(rec.Value) + len(rec.Key)
	for len(d.pending) > 0 && (len(d.pending) >= pendingMaxRecords || d.bytes+n > pendingMaxBytes) {
		old := d.pending[0]
		d.s.log.Error("GPU DLQ: too many bad records waiting for their owner; dropping one unwritten",
			"topic", old.rec.Topic, "source_partition", old.partition, "source_offset", old.offset, "reason", old.reason)
		d.bytes -= len(old.rec.Value) + len(old.rec.Key)
		d.pending[0] = pendingDLQ{}
		d.pending = d.pending[1:]
	}
	d.pending = append(d.pending, pendingDLQ{rec: rec, partition: r.Partition, offset: r.Offset, reason: reason})
	d.bytes += n
}

// flush writes the pending records this instance owns and forgets those
// already written (by anyone). It asks Kafka only when there is pending
// work and either this instance owns some of it, the ownership changed, or
// refresh is set (every 10 s).
func (d *gpuDLQ) flush(ctx context.Context, refresh bool) {
	if len(d.pending) == 0 {
		return
	}
	owned, gen := d.own.snapshot()
	if d.spans > 0 && !refresh && gen == d.seenGen && !d.ownsAny(owned) {
		return
	}
	if d.spans == 0 || refresh {
		if n, err := partitionsOf(ctx, d.cl, d.s.deps.Topics.Spans); err == nil && n > 0 {
			d.spans = n
		} else if d.spans == 0 {
			return
		}
	}
	d.seenGen = gen
	fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	adm := kadm.NewClient(d.cl)
	topic := d.s.deps.Topics.GPU
	done, err := adm.FetchOffsetsForTopics(fctx, d.progressGroup(), topic)
	if err == nil {
		err = done.Error()
	}
	if errors.Is(err, kerr.GroupIDNotFound) {
		// Nothing recorded yet (Kafka answers an empty list, some
		// brokers this error).
		done, err = kadm.OffsetResponses{}, nil
	}
	if err != nil {
		d.warn("GPU DLQ: reading its progress failed; retrying — check Kafka connectivity", "group", d.progressGroup(), "err", err)
		return
	}
	written := func(p int32, off int64) bool {
		o, ok := done.Lookup(topic, p)
		return ok && o.At > off
	}
	var write []pendingDLQ
	keep := d.pending[:0]
	for _, pd := range d.pending {
		switch {
		case written(pd.partition, pd.offset):
			d.bytes -= len(pd.rec.Value) + len(pd.rec.Key)
		case owned[pd.partition%d.spans]:
			write = append(write, pd)
		default:
			keep = append(keep, pd)
		}
	}
	clear(d.pending[len(keep):])
	d.pending = keep
	if len(write) == 0 {
		return
	}
	recs := make([]*kgo.Record, len(write))
	for i, pd := range write {
		recs[i] = pd.rec
	}
	commit := kadm.Offsets{}
	if err := d.cl.ProduceSync(fctx, recs...).FirstErr(); err != nil {
		d.warn("GPU DLQ: write failed, retried each poll — check llmobs.dlq exists and is writable", "err", err)
		d.pending = append(d.pending, write...) // again at the next flush
		return
	}
	for _, pd := range write {
		d.bytes -= len(pd.rec.Value) + len(pd.rec.Key)
		d.s.m.badRecords.WithLabelValues(pd.reason).Inc()
		if o, ok := commit.Lookup(topic, pd.partition); !ok || o.At <= pd.offset {
			commit.Add(kadm.Offset{Topic: topic, Partition: pd.partition, At: pd.offset + 1, LeaderEpoch: -1})
		}
	}
	if resp, err := adm.CommitOffsets(fctx, d.progressGroup(), commit); err == nil {
		err = resp.Error()
		if err != nil {
			d.warn("GPU DLQ: recording progress failed (the records may be written again) — check Kafka connectivity", "err", err)
		}
	} else {
		d.warn("GPU DLQ: recording progress failed (the records may be written again) — check Kafka connectivity", "err", err)
	}
}

func (d *gpuDLQ) ownsAny(owned map[int32]bool) bool {
	for _, pd := range d.pending {
		if owned[pd.partition%d.spans] {
			return true
		}
	}
	return false
}

// spanOwnership is the set of llmobs.spans partitions this instance holds
// in the enricher's group, kept by the span session's partition callbacks
// for the GPU reader's DLQ rule.
type spanOwnership struct {
	mu    sync.Mutex
	parts map[int32]bool
	gen   uint64 // bumped on every change
}

func (o *spanOwnership) snapshot() (map[int32]bool, uint64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	m := make(map[int32]bool, len(o.parts))
	for p := range o.parts {
		m[p] = true
	}
	return m, o.gen
}

func (o *spanOwnership) set(parts []int32, own bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, p := range parts {
		if own {
			o.parts[p] = true
		} else {
			delete(o.parts, p)
		}
	}
	o.gen++
}

// spanOwners holds each Service's spanOwnership (kept outside the Service
// struct, which lives in another file; one small entry per Service).
var spanOwners sync.Map // *Service -> *spanOwnership

func (s *Service) spanOwnership() *spanOwnership {
	v, _ := spanOwners.LoadOrStore(s, &spanOwnership{parts: map[int32]bool{}})
	return v.(*spanOwnership)
}

// onSpansAssigned and onSpansRevoked are the span session's
// OnPartitionsAssigned and OnPartitionsRevoked/OnPartitionsLost hooks: they
// tell the GPU reader which llmobs.spans partitions this instance owns.
func (s *Service) onSpansAssigned(_ context.Context, _ *kgo.Client, m map[string][]int32) {
	s.spanOwnership().set(m[s.deps.Topics.Spans], true)
}

func (s *Service) onSpansRevoked(_ context.Context, _ *kgo.Client, m map[string][]int32) {
	s.spanOwnership().set(m[s.deps.Topics.Spans], false)
}
