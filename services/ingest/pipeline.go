package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/pmetric"
	"go.opentelemetry.io/collector/pdata/ptrace"
	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/pricing"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Signal is what an input carries.
type Signal int

const (
	SignalTraces Signal = iota
	SignalMetrics
	SignalLogs
)

func (s Signal) String() string { return [...]string{"traces", "metrics", "logs"}[s] }

// Encodings of OTLP input.
const (
	EncodingProto = "otlp_proto"
	EncodingJSON  = "otlp_json"
	// EncodingAuto accepts either, telling them apart by content.
	EncodingAuto = "auto"
)

// Sampler decides, per trace, whether spans are forwarded one by one.
// Backpressure-driven load shedding (package sampling) plugs in here; the
// default forwards everything.
type Sampler interface {
	// Sample may mutate s (drop bodies, set its level) and returns false
	// not to forward it: a model span is then folded into its series'
	// summary (Processor.Summarise), any other span is dropped.
	Sample(s *llmobsv1.Span) bool
}

type keepAll struct{}

func (keepAll) Sample(*llmobsv1.Span) bool { return true }

// Processor turns one OTLP payload into the records ingest produces. It is
// safe for concurrent use.
type Processor struct {
	limits   Limits
	topics   kafka.Topics
	sampler  Sampler
	maxItems int
	maxBytes int
	metrics  *metrics

	spanParts atomic.Int32
	gpuParts  atomic.Int32

	// prices and bucket: how the model spans the sampler does not forward
	// are priced and summarised (nil prices: they are dropped, as a
	// Sampler override may want).
	prices *pricing.Table
	bucket time.Duration

	decoders sync.Pool
}

// Result of one payload: the DLQ records it caused and the spans and
// samples to produce (Batch turns those into records, so one poll's worth
// of payloads shares batches).
type Result struct {
	Records  []*kgo.Record
	SpanList []*llmobsv1.Span
	GPUList  []*llmobsv1.GPUSample
	Rejected int // spans / points refused (for OTLP partial success)
	Err      error
	Spans    int // set by Batch: spans produced
	Samples  int // set by Batch: samples produced
	// Set by Batch: model spans folded into summaries instead of being
	// forwarded, and the summaries produced.
	Summarized, Summaries int

	// decoders own the memory of SpanList until Batch has marshalled it.
	decoders []*Decoder
}

// Merge appends o's outputs to r.
func (r *Result) Merge(o Result) {
	r.Records = append(r.Records, o.Records...)
	r.SpanList = append(r.SpanList, o.SpanList...)
	r.GPUList = append(r.GPUList, o.GPUList...)
	r.Rejected += o.Rejected
	r.decoders = append(r.decoders, o.decoders...)
	if r.Err == nil {
		r.Err = o.Err
	}
}

// Batch turns the pending spans and samples into output records.
func (p *Processor) Batch(r *Result) {
	calls := p.spanRecords(r, r.SpanList)
	p.gpuRecords(r, r.GPUList, calls)
	r.SpanList, r.GPUList = nil, nil
	// Everything is marshalled: the decoders may reuse the spans' memory.
	for _, d := range r.decoders {
		d.Reset()
		p.decoders.Put(d)
	}
	r.decoders = nil
}

func newProcessor(limits Limits, topics kafka.Topics, sampler Sampler, maxItems, maxBytes int, m *metrics) *Processor {
	p := &Processor{limits: limits, topics: topics, sampler: sampler, maxItems: maxItems, maxBytes: maxBytes, metrics: m}
	p.spanParts.Store(1)
	p.gpuParts.Store(1)
	p.decoders.New = func() any { return &Decoder{Limits: limits} }
	return p
}

// Summarise makes the processor fold the model spans its sampler does not
// forward into per-series summaries of bucket-long event-time buckets,
// priced with prices (DESIGN, "Sampling under backpressure"), instead of
// dropping them.
func (p *Processor) Summarise(prices *pricing.Table, bucket time.Duration) {
	p.prices, p.bucket = prices, bucket
}

// SetPartitions sets the partition counts of the output topics.
func (p *Processor) SetPartitions(spans, gpu int32) {
	if spans > 0 {
		p.spanParts.Store(spans)
	}
	if gpu > 0 {
		p.gpuParts.Store(gpu)
	}
}

func looksJSON(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// Process decodes value (one OTLP export request) and returns the output
// records. src is the Kafka record it came from (nil for OTLP/gRPC/HTTP).
func (p *Processor) Process(sig Signal, encoding string, value []byte, source string, src *kgo.Record) Result {
	var res Result
	isJSON := looksJSON(value)
	switch {
	case encoding == EncodingProto && isJSON:
		p.dlq(&res, ReasonWrongEncoding, fmt.Errorf("%s record is JSON but the topic's encoding is otlp_proto", sig), src, value)
		return res
	case encoding == EncodingJSON && !isJSON:
		p.dlq(&res, ReasonWrongEncoding, fmt.Errorf("%s record is not JSON but the topic's encoding is otlp_json", sig), src, value)
		return res
	}
	pb := value
	if isJSON {
		var err error
		if pb, err = jsonToProto(sig, value); err != nil {
			p.dlq(&res, ReasonDecode, fmt.Errorf("decode OTLP/JSON %s: %w", sig, err), src, value)
			return res
		}
	}
	d := p.decoders.Get().(*Decoder)
	d.evalCounts = nil
	switch sig {
	case SignalTraces:
		// The spans live in d's arena: d goes back to the pool in Batch,
		// after they are marshalled.
		tr := TraceResult{Spans: d.a.spanBuf[:0]}
		err := d.DecodeTraces(pb, source, &tr)
		d.a.spanBuf = tr.Spans[:0]
		if err != nil {
			d.Reset()
			p.decoders.Put(d)
			p.dlq(&res, ReasonDecode, fmt.Errorf("decode OTLP traces: %w", err), src, value)
			return res
		}
		res.decoders = append(res.decoders, d)
		for _, rj := range tr.Rejected {
			p.dlq(&res, rj.Reason, errors.New(rj.Detail), src, rj.OTLP)
			if rj.Reason != ReasonInvalidUTF8 { // repaired spans are kept
				res.Rejected++
			}
		}
		for reason, n := range tr.Repaired {
			p.metrics.repaired.WithLabelValues(reason).Add(float64(n))
		}
		res.SpanList = tr.Spans
	case SignalMetrics, SignalLogs:
		defer p.decoders.Put(d)
		var gr GPUResult
		var err error
		if sig == SignalMetrics {
			var req colmetricspb.ExportMetricsServiceRequest
			if err = proto.Unmarshal(pb, &req); err == nil {
				d.DecodeMetrics(&req, source, &gr)
			}
		} else {
			var req collogspb.ExportLogsServiceRequest
			if err = proto.Unmarshal(pb, &req); err == nil {
				d.DecodeLogs(&req, source, &gr)
			}
		}
		if err != nil {
			p.dlq(&res, ReasonDecode, fmt.Errorf("decode OTLP %s: %w", sig, err), src, value)
			return res
		}
		p.metrics.ignored.WithLabelValues(sig.String()).Add(float64(gr.Ignored))
		if len(gr.Rejected) > 0 {
			// The whole request once, with the first reason; every refused
			// point is counted under its own reason.
			first := ""
			for reason, n := range gr.Rejected {
				if first == "" || reason < first {
					first = reason
				}
				res.Rejected += n
				if reason != first {
					p.metrics.dlqPoints.WithLabelValues(reason).Add(float64(n))
				}
			}
			p.metrics.dlqPoints.WithLabelValues(first).Add(float64(gr.Rejected[first]))
			p.dlq(&res, first, fmt.Errorf("%d data point(s) refused: %v", res.Rejected, gr.Rejected), src, value)
		}
		res.GPUList = gr.Samples
		res.SpanList = gr.Spans
	}
	p.countEvals(d)
	return res
}

// countEvals exports the evaluation outcomes the decoder counted.
func (p *Processor) countEvals(d *Decoder) {
	for outcome, n := range d.takeEvalCounts() {
		p.metrics.evals.WithLabelValues(outcome).Add(float64(n))
	}
}

func jsonToProto(sig Signal, b []byte) ([]byte, error) {
	switch sig {
	case SignalTraces:
		t, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces(b)
		if err != nil {
			return nil, err
		}
		return (&ptrace.ProtoMarshaler{}).MarshalTraces(t)
	case SignalMetrics:
		m, err := (&pmetric.JSONUnmarshaler{}).UnmarshalMetrics(b)
		if err != nil {
			return nil, err
		}
		return (&pmetric.ProtoMarshaler{}).MarshalMetrics(m)
	default:
		l, err := (&plog.JSONUnmarshaler{}).UnmarshalLogs(b)
		if err != nil {
			return nil, err
		}
		return (&plog.ProtoMarshaler{}).MarshalLogs(l)
	}
}

func (p *Processor) dlq(res *Result, reason string, err error, src *kgo.Record, value []byte) {
	res.Records = append(res.Records, kafka.DLQRecord(p.topics.DLQ, "ingest", reason, err, src, value))
	p.metrics.dlq.WithLabelValues(reason).Inc()
	if res.Err == nil {
		res.Err = err
	}
}

// spanRecords batches spans per output partition (trace ID hash), and the
// summaries of the model spans the sampler did not forward per partition
// of their series (series key hash), after the spans.
func (p *Processor) spanRecords(res *Result, spans []*llmobsv1.Span) (calls []*llmobsv1.CallInterval) {
	parts := p.spanParts.Load()
	batches := map[int32]*llmobsv1.SpanBatch{}
	sizes := map[int32]int{}
	var order []int32
	var z *sli.Summarizer // what is not forwarded, when Summarise was called
	flush := func(part int32) {
		b := batches[part]
		if b == nil || len(b.Spans)+len(b.Summaries) == 0 {
			return
		}
		p.appendRecord(res, p.topics.Spans, part, "llmobs.v1.SpanBatch", len(b.Spans), b)
		batches[part] = &llmobsv1.SpanBatch{}
		sizes[part] = 0
	}
	for _, s := range spans {
		// Every model call occupies its GPU, sampled out or not.
		if c := callInterval(s); c != nil {
			calls = append(calls, c)
		}
		if !p.sampler.Sample(s) {
			p.metrics.sampledOut.Inc()
			if p.prices != nil {
				if z == nil {
					z = sli.NewSummarizer(p.bucket)
					// Per tenant always: the aggregator keeps series per
					// tenant with auth on, and clears the tenant itself
					// with auth off.
					z.PerTenant = true
				}
				// Priced now, before any GPU join; a call whose price
				// needs one goes in unpriced, with its time on its host
				// for the enricher to charge GPU time to.
				var ok bool
				if p.prices.ByGPU(s.GetGenAi().GetProvider(), pricing.PricedModel(s)) {
					ok = z.AddUnpriced(s, s.GetResource().GetHostName(), s.GetResource().GetGpuId())
				} else {
					ok = z.Add(&llmobsv1.EnrichedSpan{Span: s, Cost: p.prices.SpanCost(s, 0, "")})
				}
				if ok {
					res.Summarized++
				}
			}
			continue
		}
		part := kafka.PartitionFor(s.TraceId, parts)
		b := batches[part]
		if b == nil {
			b = &llmobsv1.SpanBatch{}
			batches[part] = b
			order = append(order, part)
		}
		// Flush before a span would push the record past maxBytes, so a
		// record stays under the broker's message size limit.
		size := s.SizeVT()
		size += 1 + protowire.SizeVarint(uint64(size)) // the field's tag and length in the batch
		if len(b.Spans) > 0 && sizes[part]+size > p.maxBytes {
			flush(part)
			b = batches[part]
		}
		b.Spans = append(b.Spans, s)
		sizes[part] += size
		res.Spans++
		if len(b.Spans) >= p.maxItems || sizes[part] >= p.maxBytes {
			flush(part)
		}
	}
	if z != nil {
		for _, sum := range z.Take(p.prices.Fingerprint()) {
			part := kafka.PartitionFor([]byte(sli.KeyFromProto(sum.Series).String()), parts)
			b := batches[part]
			if b == nil {
				b = &llmobsv1.SpanBatch{}
				batches[part] = b
				order = append(order, part)
			}
			size := sum.SizeVT()
			size += 1 + protowire.SizeVarint(uint64(size))
			if len(b.Spans)+len(b.Summaries) > 0 && sizes[part]+size > p.maxBytes {
				flush(part)
				b = batches[part]
			}
			b.Summaries = append(b.Summaries, sum)
			sizes[part] += size
			res.Summaries++
		}
	}
	for _, part := range order {
		flush(part)
	}
	return calls
}

// callInterval is the place and time of a model call on a known host, for
// the enricher's GPU split; nil for other spans.
func callInterval(s *llmobsv1.Span) *llmobsv1.CallInterval {
	if s.Class != llmobsv1.SpanClass_SPAN_CLASS_LLM && s.Class != llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING {
		return nil
	}
	host := s.GetResource().GetHostName()
	if host == "" || s.EndTimeUnixNano < s.StartTimeUnixNano {
		return nil
	}
	return &llmobsv1.CallInterval{
		TraceId: s.TraceId, SpanId: s.SpanId, HostName: host, GpuId: s.GetResource().GetGpuId(),
		StartTimeUnixNano: s.StartTimeUnixNano, EndTimeUnixNano: s.EndTimeUnixNano,
	}
}

// gpuRecords batches samples by trace ID when they carry one, else by
// host/GPU, so a GPU's samples stay in order on one partition.
func (p *Processor) gpuRecords(res *Result, samples []*llmobsv1.GPUSample, calls []*llmobsv1.CallInterval) {
	parts := p.gpuParts.Load()
	batches := map[int32]*llmobsv1.GPUSampleBatch{}
	var order []int32
	for _, c := range calls {
		part := kafka.PartitionFor([]byte(c.HostName+"/"+c.GpuId), parts)
		b := batches[part]
		if b == nil {
			b = &llmobsv1.GPUSampleBatch{}
			batches[part] = b
			order = append(order, part)
		}
		b.Calls = append(b.Calls, c)
		if len(b.Calls) >= p.maxItems {
			p.appendRecord(res, p.topics.GPU, part, "llmobs.v1.GPUSampleBatch", 0, b)
			batches[part] = &llmobsv1.GPUSampleBatch{}
		}
	}
	for _, s := range samples {
		key := s.TraceId
		if len(key) == 0 {
			gpu := s.GpuUuid
			if gpu == "" {
				gpu = s.GpuIndex
			}
			key = []byte(s.HostName + "/" + gpu)
		}
		part := kafka.PartitionFor(key, parts)
		b := batches[part]
		if b == nil {
			b = &llmobsv1.GPUSampleBatch{}
			batches[part] = b
			order = append(order, part)
		}
		b.Samples = append(b.Samples, s)
		res.Samples++
		if len(b.Samples)+len(b.Calls) >= p.maxItems {
			p.appendRecord(res, p.topics.GPU, part, "llmobs.v1.GPUSampleBatch", len(b.Samples), b)
			batches[part] = &llmobsv1.GPUSampleBatch{}
		}
	}
	for _, part := range order {
		if b := batches[part]; len(b.Samples) > 0 || len(b.Calls) > 0 {
			p.appendRecord(res, p.topics.GPU, part, "llmobs.v1.GPUSampleBatch", len(b.Samples), b)
		}
	}
}

// vtMarshaler is what vtprotobuf generates: reflection-free encoding.
type vtMarshaler interface{ MarshalVT() ([]byte, error) }

func (p *Processor) appendRecord(res *Result, topic string, part int32, schema string, n int, m vtMarshaler) {
	b, err := m.MarshalVT()
	if err != nil {
		// Cannot happen for sanitised spans; never lose silently.
		p.metrics.dlq.WithLabelValues("encode_error").Inc()
		res.Err = fmt.Errorf("encode %s: %w", schema, err)
		return
	}
	res.Records = append(res.Records, &kgo.Record{
		Topic: topic, Partition: part, Value: b,
		Headers: []kgo.RecordHeader{{Key: kafka.HeaderSchema, Value: []byte(schema)}, {Key: kafka.HeaderCount, Value: []byte(formatInt(int64(n)))}},
	})
}
