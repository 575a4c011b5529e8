package main

import (
	"context"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/loadgen"
)

// dataset is the preloaded topic's content: OTLP/protobuf
// ExportTraceServiceRequests of exactly perRecord spans each (the last one
// may hold fewer), in generation order.
type dataset struct {
	Values    [][]byte `json:"-"`
	Spans     int      `json:"spans"`
	Records   int      `json:"records"`
	Bytes     int64    `json:"bytes"`
	PerRecord int      `json:"spans_per_record"`
	Seed      int64    `json:"seed"`
	Rate      float64  `json:"rate_traces_per_s"`
	// UniqueTexts: every call's prompt and completion carry a reference
	// no other call has (loadgen's -unique-texts): no text repeats.
	UniqueTexts bool      `json:"unique_texts,omitempty"`
	FirstEnd    time.Time `json:"first_span_end"`
	LastEnd     time.Time `json:"last_span_end"`
}

// generate draws n spans from the load generator (seeded, so every run
// and every machine gets the same records; event times are shifted so the
// traffic ends at least `age` before now: a backlog, whose windows can all
// close once it is read) and packs them perRecord to a record, keeping
// the generator's resource and scope grouping. Only spans: both systems
// read otlp_spans alone, and without GPU metrics the enricher has nothing
// to wait for.
func generate(n, perRecord int, seed int64, rate float64, age time.Duration, unique bool) (*dataset, error) {
	cfg := loadgen.DefaultConfig()
	cfg.Seed, cfg.Rate, cfg.MaxSpeed, cfg.UniqueTexts = seed, rate, true, unique
	// Every trace has at least one span: n traces is an upper bound, and
	// n/rate seconds bounds the traffic's length from above.
	cfg.Traces = n
	cfg.Start = time.Now().Add(-age - time.Duration(float64(n)/rate*float64(time.Second))).Truncate(time.Second)
	g, err := loadgen.NewGenerator(cfg)
	if err != nil {
		return nil, fmt.Errorf("load generator: %w", err)
	}
	d := &dataset{PerRecord: perRecord, Seed: seed, Rate: rate, UniqueTexts: unique}
	b := &batcher{per: perRecord}
	for d.Spans < n {
		r, ok := g.Next()
		if !ok {
			return nil, fmt.Errorf("the generator ended after %d spans, short of %d", d.Spans, n)
		}
		if r.Traces == nil {
			continue
		}
		for _, rs := range r.Traces.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					if d.Spans == n {
						break
					}
					d.observe(sp)
					if full := b.add(rs, ss, sp); full {
						if err := d.emit(b); err != nil {
							return nil, err
						}
					}
				}
			}
		}
	}
	if b.n > 0 {
		if err := d.emit(b); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (d *dataset) observe(sp *tracepb.Span) {
	d.Spans++
	end := time.Unix(0, int64(sp.EndTimeUnixNano))
	if d.FirstEnd.IsZero() || end.Before(d.FirstEnd) {
		d.FirstEnd = end
	}
	if end.After(d.LastEnd) {
		d.LastEnd = end
	}
}

func (d *dataset) emit(b *batcher) error {
	v, err := proto.MarshalOptions{Deterministic: true}.Marshal(b.take())
	if err != nil {
		return fmt.Errorf("marshal record %d: %w", d.Records, err)
	}
	d.Values = append(d.Values, v)
	d.Records++
	d.Bytes += int64(len(v))
	return nil
}

// batcher builds one ExportTraceServiceRequest of up to per spans. Spans
// that follow each other under the same resource and scope share their
// ResourceSpans and ScopeSpans, as an SDK's batch would.
type batcher struct {
	per    int
	n      int
	req    *coltracepb.ExportTraceServiceRequest
	lastRS *tracepb.ResourceSpans // source of req's last ResourceSpans
	lastSS *tracepb.ScopeSpans
}

// add appends a span and reports whether the request is full.
func (b *batcher) add(rs *tracepb.ResourceSpans, ss *tracepb.ScopeSpans, sp *tracepb.Span) bool {
	if b.req == nil {
		b.req = &coltracepb.ExportTraceServiceRequest{}
		b.lastRS, b.lastSS = nil, nil
	}
	if rs != b.lastRS {
		b.req.ResourceSpans = append(b.req.ResourceSpans, &tracepb.ResourceSpans{Resource: rs.Resource, SchemaUrl: rs.SchemaUrl})
		b.lastRS, b.lastSS = rs, nil
	}
	out := b.req.ResourceSpans[len(b.req.ResourceSpans)-1]
	if ss != b.lastSS {
		out.ScopeSpans = append(out.ScopeSpans, &tracepb.ScopeSpans{Scope: ss.Scope, SchemaUrl: ss.SchemaUrl})
		b.lastSS = ss
	}
	sc := out.ScopeSpans[len(out.ScopeSpans)-1]
	sc.Spans = append(sc.Spans, sp)
	b.n++
	return b.n >= b.per
}

func (b *batcher) take() *coltracepb.ExportTraceServiceRequest {
	r := b.req
	b.req, b.n = nil, 0
	return r
}

// preload writes the dataset to topic, record i to partition i mod
// partitions (the same layout every run), and checks the end offsets.
func preload(ctx context.Context, brokers []string, topic string, partitions int, d *dataset) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerBatchMaxBytes(4<<20),
		kgo.MaxBufferedRecords(2000),
		kgo.ProducerLinger(0),
	)
	if err != nil {
		return err
	}
	defer cl.Close()
	const chunk = 500
	for i := 0; i < len(d.Values); i += chunk {
		recs := make([]*kgo.Record, 0, chunk)
		for j := i; j < min(i+chunk, len(d.Values)); j++ {
			recs = append(recs, &kgo.Record{Topic: topic, Partition: int32(j % partitions), Value: d.Values[j]})
		}
		if err := cl.ProduceSync(ctx, recs...).FirstErr(); err != nil {
			return fmt.Errorf("produce to %s: %w", topic, err)
		}
	}
	ends, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic)
	if err != nil {
		return fmt.Errorf("end offsets of %s: %w", topic, err)
	}
	var total int64
	ends.Each(func(o kadm.ListedOffset) { total += o.Offset })
	if total != int64(d.Records) {
		return fmt.Errorf("%s holds %d records after the preload, want %d", topic, total, d.Records)
	}
	return nil
}
