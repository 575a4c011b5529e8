package enricher

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

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
	ends := map[int32]int64{}
	if lo, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic); err == nil {
		lo.Each(func(o kadm.ListedOffset) {
			if o.Offset > 0 {
				ends[o.Partition] = o.Offset
			}
		})
	}
	srcs := gpuSources{}
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
			for _, r := range p.Records {
				var b llmobsv1.GPUSampleBatch
				if err := proto.Unmarshal(r.Value, &b); err != nil {
					s.m.badRecords.WithLabelValues("gpu_decode_error").Inc()
					continue
				}
				for _, smp := range b.Samples {
					s.e.gpu.add(smp)
					srcs.observe(wm, smp)
					s.m.gpuIn.Inc()
				}
				// Model calls (from every ingest instance) join the GPU
				// split whichever enricher instance processes them.
				for _, c := range b.Calls {
					host, gpu := s.e.gpu.placeOfCall(c.TraceId, c.SpanId, c.HostName, c.GpuId)
					s.e.gpu.recordCall(host, gpu, string(c.TraceId)+string(c.SpanId), c.StartTimeUnixNano, c.EndTimeUnixNano)
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
		if len(ends) == 0 || fs.Empty() {
			markCaughtUp()
		}
		select {
		case <-expire.C:
			s.e.gpu.expire()
		default:
		}
		n, hosts, evicted := s.e.gpu.size()
		s.m.stateSamples.Set(float64(n))
		s.m.stateHosts.Set(float64(hosts))
		s.m.evicted.Add(float64(evicted) - counterValue(s.m.evicted))
		if w, ok := wm.Watermark(); ok {
			s.m.gpuWatermark.Set(float64(w.UnixNano()) / 1e9)
		}
	}
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

