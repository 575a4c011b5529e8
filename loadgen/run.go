package loadgen

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/pmetric"
	"go.opentelemetry.io/collector/pdata/ptrace"
	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/protobuf/proto"
)

// Encode turns a request into the Kafka record the Collector's kafka
// exporter would write: the marshalled Export*ServiceRequest as the value
// (otlp_proto, or OTLP/JSON with hex IDs as pdata writes it for
// otlp_json), no key unless traces are partitioned by trace ID, in which
// case each record holds one trace and the key is its hex trace ID (the
// contrib exporter's partition_traces_by_id). No headers: the exporter adds
// them only for configured include_metadata_keys.
//
// otlp_json is pdata's JSONMarshaler output, as the Collector writes it:
// trace/span IDs are hex strings, not protojson's base64, so a plain
// protojson reader sees the structure but must decode IDs as hex.
func Encode(cfg Config, r Request) (*kgo.Record, error) {
	var (
		msg   proto.Message
		topic string
	)
	switch {
	case r.Traces != nil:
		msg, topic = r.Traces, cfg.Topics.Spans
	case r.Metrics != nil:
		msg, topic = r.Metrics, cfg.Topics.Metrics
	case r.Logs != nil:
		msg, topic = r.Logs, cfg.Topics.Logs
	default:
		return nil, fmt.Errorf("empty request")
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(msg)
	if err != nil {
		return nil, fmt.Errorf("marshal %s: %w", topic, err)
	}
	if cfg.Format == "otlp_json" {
		if b, err = toOTLPJSON(r, b); err != nil {
			return nil, err
		}
	}
	rec := &kgo.Record{Topic: topic, Value: b}
	if r.Traces != nil && cfg.PartitionByTraceID && r.TraceID != nil {
		rec.Key = []byte(hex.EncodeToString(r.TraceID))
	}
	return rec, nil
}

// toOTLPJSON re-encodes protobuf bytes with pdata's JSON marshaler, the
// one the Collector uses: OTLP/JSON differs from plain protojson (hex
// trace/span IDs, integer enums).
func toOTLPJSON(r Request, pb []byte) ([]byte, error) {
	switch {
	case r.Traces != nil:
		t, err := (&ptrace.ProtoUnmarshaler{}).UnmarshalTraces(pb)
		if err != nil {
			return nil, err
		}
		return (&ptrace.JSONMarshaler{}).MarshalTraces(t)
	case r.Metrics != nil:
		m, err := (&pmetric.ProtoUnmarshaler{}).UnmarshalMetrics(pb)
		if err != nil {
			return nil, err
		}
		return (&pmetric.JSONMarshaler{}).MarshalMetrics(m)
	default:
		l, err := (&plog.ProtoUnmarshaler{}).UnmarshalLogs(pb)
		if err != nil {
			return nil, err
		}
		return (&plog.JSONMarshaler{}).MarshalLogs(l)
	}
}

// GenerateRequests returns every request of a run without Kafka.
func GenerateRequests(cfg Config) (traces []*coltracepb.ExportTraceServiceRequest, metrics []*colmetricspb.ExportMetricsServiceRequest, logs []*collogspb.ExportLogsServiceRequest, sum Summary, err error) {
	g, err := NewGenerator(cfg)
	if err != nil {
		return nil, nil, nil, Summary{}, err
	}
	for {
		r, ok := g.Next()
		if !ok {
			break
		}
		switch {
		case r.Traces != nil:
			traces = append(traces, r.Traces)
		case r.Metrics != nil:
			metrics = append(metrics, r.Metrics)
		case r.Logs != nil:
			logs = append(logs, r.Logs)
		}
	}
	return traces, metrics, logs, g.Summary(), nil
}

// Run generates the whole run and produces it with cl, holding cfg.Rate in
// wall-clock time unless cfg.MaxSpeed. It waits for every record to be
// acknowledged and returns what was acknowledged; progress (may be nil)
// gets a live progress line.
func Run(ctx context.Context, cfg Config, cl *kgo.Client, progress io.Writer) (Summary, error) {
	g, err := NewGenerator(cfg)
	if err != nil {
		return Summary{}, err
	}
	var (
		mu       sync.Mutex
		sum      Summary // what Kafka acknowledged
		firstErr error
		acked    int64
	)
	sum.init()
	p := newProgress(progress, g.Total())
	if p != nil && !cfg.MaxSpeed {
		p.expected = time.Duration(float64(g.Total()) / cfg.Rate * float64(time.Second))
	}
	wall0 := time.Now()
	sim0 := g.start
	for {
		r, ok := g.Next()
		if !ok {
			break
		}
		if !cfg.MaxSpeed {
			if wait := time.Until(wall0.Add(r.EventTime.Sub(sim0))); wait > 0 {
				select {
				case <-ctx.Done():
				case <-time.After(wait):
				}
			}
		}
		if ctx.Err() != nil {
			break
		}
		rec, err := Encode(g.cfg, r)
		if err != nil {
			_ = flush(ctx, cl)
			mu.Lock()
			defer mu.Unlock()
			return sum.clone(), err
		}
		delta := r.Summary
		cl.Produce(ctx, rec, func(rec *kgo.Record, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = fmt.Errorf("produce to %s: %w", rec.Topic, err)
				}
				return
			}
			sum.add(delta)
			sum.Records[rec.Topic]++
			sum.Bytes[rec.Topic] += int64(len(rec.Value))
			acked++
		})
		mu.Lock()
		a := acked
		mu.Unlock()
		p.update(g.next, a, false)
	}
	if err := flush(ctx, cl); err != nil && firstErr == nil {
		firstErr = err
	}
	mu.Lock()
	p.update(g.next, acked, true)
	out := sum.clone()
	mu.Unlock()
	sum = out
	sum.DurationSeconds = time.Since(wall0).Seconds()
	if sum.DurationSeconds > 0 {
		sum.TracesPerSecond = float64(sum.Traces) / sum.DurationSeconds
	}
	if firstErr == nil && ctx.Err() != nil {
		firstErr = ctx.Err()
	}
	return sum, firstErr
}

// flushGrace bounds the wait for acknowledgements once ctx has ended, so a
// Ctrl-C with an unreachable broker does not hang.
var flushGrace = 10 * time.Second

// flush waits for every buffered record's acknowledgement while ctx lives,
// and at most flushGrace after it ended.
func flush(ctx context.Context, cl *kgo.Client) error {
	if ctx.Err() == nil {
		if err := cl.Flush(ctx); err == nil || ctx.Err() == nil {
			return err
		}
	}
	gctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), flushGrace)
	defer cancel()
	return cl.Flush(gctx)
}

// progressLine draws "[=====>    ] 42% 1234/3000 traces 19.8/s 130 records acked".
type progressLine struct {
	w        io.Writer
	tty      bool
	total    int
	start    time.Time
	last     time.Time
	lastDone int
	expected time.Duration // paced run's length; 0 = unknown (max speed)
}

func newProgress(w io.Writer, total int) *progressLine {
	if w == nil {
		return nil
	}
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	now := time.Now()
	return &progressLine{w: w, tty: tty, total: total, start: now, last: now}
}

func (p *progressLine) update(done int, acked int64, final bool) {
	if p == nil {
		return
	}
	now := time.Now()
	every := 200 * time.Millisecond
	if !p.tty {
		every = 5 * time.Second
	}
	if !final && now.Sub(p.last) < every {
		return
	}
	rate := float64(done-p.lastDone) / now.Sub(p.last).Seconds()
	if final {
		rate = float64(done) / now.Sub(p.start).Seconds()
	}
	p.last, p.lastDone = now, done
	const width = 30
	filled := width * done / max(1, p.total)
	bar := make([]byte, width)
	for i := range bar {
		switch {
		case i < filled:
			bar[i] = '='
		case i == filled:
			bar[i] = '>'
		default:
			bar[i] = ' '
		}
	}
	elapsed := now.Sub(p.start).Truncate(time.Second).String()
	if p.expected > 0 {
		elapsed += "/" + p.expected.Truncate(time.Second).String()
	}
	line := fmt.Sprintf("[%s] %3d%% %s %d/%d traces %6.1f/s %d records acked", bar, 100*done/max(1, p.total), elapsed, done, p.total, rate, acked)
	if p.tty {
		fmt.Fprintf(p.w, "\r%s", line)
		if final {
			fmt.Fprintln(p.w)
		}
	} else {
		fmt.Fprintln(p.w, line)
	}
}
