package ingest

import (
	"github.com/twmb/franz-go/pkg/kgo"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// gpuSources are the GPU side's sources, for the watermarks ingest writes
// in band into every llmobs.gpu partition (DESIGN: "Join": a span is
// emitted once the GPU side's watermark passed its end + join wait). The
// GPU samples come from otlp_metrics (dcgm scrapes) and otlp_logs (model
// server log records tied to a request); the calls ingest publishes for
// the split come with the spans, in the same transaction. Each topic's
// partitions are tracked as otlp_spans' are (sources: data, or caught up
// with the log end), and numbered as one list: otlp_metrics partitions
// 0..M-1, then otlp_logs partitions M..M+L-1, then otlp_spans partitions.
//
// Without these the enricher could only tell how far the GPU stream got
// for the hosts it had already heard of: a span on a host whose samples
// ingest had not read yet (a backlog replayed, metrics behind spans) was
// emitted at once, joined with nothing.
//
// The calls ingest publishes for the GPU split come from otlp_spans, so its
// partitions are GPU sources too, numbered after the logs' (M+L..): a span
// must not be emitted before the calls that overlap it were read.
type gpuSources struct {
	metrics, logs, spans *sources
}

// watermarks returns the report of every owned GPU source and how many
// there are; none until every topic's partition count is known.
func (g *gpuSources) watermarks() (int32, []*llmobsv1.SourceWatermark) {
	var n int32
	var out []*llmobsv1.SourceWatermark
	for _, src := range []*sources{g.metrics, g.logs, g.spans} {
		k, ws := src.watermarks()
		if k == 0 {
			return 0, nil
		}
		for _, w := range ws {
			out = append(out, &llmobsv1.SourceWatermark{Partition: n + w.Partition, WatermarkUnixMs: w.WatermarkUnixMs})
		}
		n += k
	}
	return n, out
}

// gpuHeartbeats are one watermark record per llmobs.gpu partition carrying
// the watermarks of every GPU source this instance owns; written after the
// poll's samples and calls, in the same transaction.
func (s *Service) gpuHeartbeats(g *gpuSources) []*kgo.Record {
	n, ws := g.watermarks()
	if len(ws) == 0 {
		return nil
	}
	var res Result
	b := &llmobsv1.GPUSampleBatch{Watermarks: ws, SourcePartitions: n}
	for part := range s.proc.gpuParts.Load() {
		s.proc.appendRecord(&res, s.deps.Topics.GPU, part, "llmobs.v1.GPUSampleBatch", 0, b)
	}
	return res.Records
}
