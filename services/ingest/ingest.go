// Package ingest is llmobs's front door: it reads OTLP from Kafka (as the
// OTel Collector's kafka exporter writes it) and from OTLP/gRPC and
// OTLP/HTTP, normalises GenAI spans of every instrumentation generation
// and dcgm-exporter GPU metrics, and produces llmobs.spans and llmobs.gpu
// batches partitioned by trace ID. What it cannot read goes to llmobs.dlq,
// counted per reason.
//
// Delivery: input offsets are committed only after every output record
// was acknowledged, so a crash replays input (at least once) and never
// loses it.
package ingest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/pricing"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/ingest/sampling"
)

// Config of the ingest service (YAML section "ingest").
type Config struct {
	// Group is the Kafka consumer group.
	Group string `yaml:"group"`
	// Encodings of the three input topics: otlp_proto (default),
	// otlp_json, or auto.
	SpansEncoding   string `yaml:"spans_encoding"`
	MetricsEncoding string `yaml:"metrics_encoding"`
	LogsEncoding    string `yaml:"logs_encoding"`
	// GRPCListen and HTTPListen are the OTLP receivers; "" disables one.
	GRPCListen string `yaml:"grpc_listen"`
	HTTPListen string `yaml:"http_listen"`
	// MaxRequestBytes bounds an OTLP request body (after decompression).
	MaxRequestBytes int `yaml:"max_request_bytes"`
	// MaxInflightRequests bounds OTLP requests processed at once; beyond
	// it clients get a retryable "overloaded" answer.
	MaxInflightRequests int `yaml:"max_inflight_requests"`
	// MaxPollRecords bounds the Kafka records processed per poll.
	MaxPollRecords int `yaml:"max_poll_records"`
	// BatchMaxItems and BatchMaxBytes bound one output record.
	BatchMaxItems int    `yaml:"batch_max_items"`
	BatchMaxBytes int    `yaml:"batch_max_bytes"`
	Limits        Limits `yaml:"limits"`

	// OutOfOrderness: an otlp_spans partition's watermark is its latest
	// span end minus this (DESIGN: 5 s).
	OutOfOrderness time.Duration `yaml:"out_of_orderness"`
	// DeliveryDelay is how long spans take from their end to the
	// otlp_spans log (the SDK's batch delay, 5 s by default, plus the
	// Collector's batching). A partition this instance has read to its
	// end reports the clock minus out_of_orderness minus this, which is
	// what moves downstream windows when traffic stops.
	DeliveryDelay time.Duration `yaml:"delivery_delay"`
	// HeartbeatInterval: how often watermarks are written in band into
	// every llmobs.spans partition (and the end offsets listed).
	HeartbeatInterval time.Duration `yaml:"heartbeat_interval"`
	// AlignMaxDrift is watermark alignment (package stream): while ingest
	// reads a backlog of otlp_spans, a partition whose spans run more than
	// this ahead of the lowest watermark is paused, so every partition
	// moves through event time together and downstream state (open
	// windows, held calls) grows with this, not with the backlog. 0: off.
	AlignMaxDrift time.Duration `yaml:"align_max_drift"`

	// Sampling is backpressure-driven load shedding (see package sampling).
	Sampling sampling.Config `yaml:"sampling"`
	// PriceFile is the price override file: ingest prices the spans it
	// summarises instead of forwarding, so it must be the enricher's
	// price_file ("" = the embedded table, as the enricher's default). The
	// enricher counts summaries priced by another table
	// (llmobs_enricher_summaries_price_mismatch_total).
	PriceFile string `yaml:"price_file"`

	// Sampler overrides the sampler (not from YAML; tests and tools).
	Sampler Sampler `yaml:"-"`
}

// DefaultConfig returns the defaults of DESIGN.md.
func DefaultConfig() Config {
	return Config{
		Group:           "llmobs-ingest",
		SpansEncoding:   EncodingProto,
		MetricsEncoding: EncodingProto,
		LogsEncoding:    EncodingProto,
		GRPCListen:      "127.0.0.1:4317", HTTPListen: "127.0.0.1:4318",
		MaxRequestBytes:     32 << 20,
		MaxInflightRequests: 64,
		MaxPollRecords:      500,
		BatchMaxItems:       2000,
		BatchMaxBytes:       900 << 10,
		Limits:              DefaultLimits(),
		Sampling:            sampling.DefaultConfig(),
		OutOfOrderness:      5 * time.Second,
		DeliveryDelay:       5 * time.Second,
		HeartbeatInterval:   time.Second,
		AlignMaxDrift:       time.Minute,
	}
}

// RegisterFlags binds the most used keys.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.DurationVar(&c.AlignMaxDrift, prefix+".align-max-drift", c.AlignMaxDrift, "watermark alignment: pause input partitions read more than this ahead of the lowest watermark while a backlog is read (0 = off)")
	fs.BoolVar(&c.Sampling.Enabled, prefix+".sampling", c.Sampling.Enabled, "shed load under backpressure (bodies, then trace-consistent sampling with weights)")
	fs.DurationVar(&c.Sampling.TargetDelay, prefix+".sampling-target-delay", c.Sampling.TargetDelay, "how far a downstream consumer group may fall behind, beyond the delay it intends (the enricher's GPU-join wait), before ingest sheds load")
	fs.Int64Var(&c.Sampling.TargetLag, prefix+".sampling-target-lag", c.Sampling.TargetLag, "also shed when the downstream groups' summed lag exceeds this many records (0 = off)")
	fs.Float64Var(&c.Sampling.FixedProbability, prefix+".sampling-fixed-probability", c.Sampling.FixedProbability, "always forward this share of normal spans and summarise the rest (0 = let the controller decide)")
	fs.StringVar(&c.PriceFile, prefix+".price-file", c.PriceFile, "price override file (YAML): the enricher's, since ingest prices the spans it summarises")
	fs.StringVar(&c.GRPCListen, prefix+".grpc-listen", c.GRPCListen, "OTLP/gRPC listen address (\"\" = off)")
	fs.StringVar(&c.HTTPListen, prefix+".http-listen", c.HTTPListen, "OTLP/HTTP listen address (\"\" = off)")
	fs.StringVar(&c.SpansEncoding, prefix+".spans-encoding", c.SpansEncoding, "encoding of otlp_spans: otlp_proto, otlp_json, auto")
	fs.StringVar(&c.MetricsEncoding, prefix+".metrics-encoding", c.MetricsEncoding, "encoding of otlp_metrics")
	fs.StringVar(&c.LogsEncoding, prefix+".logs-encoding", c.LogsEncoding, "encoding of otlp_logs")
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if c.Sampling.Enabled {
		errs = append(errs, config.Prefix("sampling", c.Sampling.Validate()))
	}
	if c.Group == "" {
		errs = append(errs, config.Errorf("group", "required"))
	}
	for key, enc := range map[string]string{"spans_encoding": c.SpansEncoding, "metrics_encoding": c.MetricsEncoding, "logs_encoding": c.LogsEncoding} {
		if enc != EncodingProto && enc != EncodingJSON && enc != EncodingAuto {
			errs = append(errs, config.Errorf(key, "%q is not otlp_proto, otlp_json or auto", enc))
		}
	}
	for key, addr := range map[string]string{"grpc_listen": c.GRPCListen, "http_listen": c.HTTPListen} {
		if addr == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(addr); err != nil {
			errs = append(errs, config.Errorf(key, "%q is not host:port", addr))
		}
	}
	if c.GRPCListen != "" && c.GRPCListen == c.HTTPListen && !strings.HasSuffix(c.GRPCListen, ":0") {
		errs = append(errs, config.Errorf("http_listen", "same address as grpc_listen"))
	}
	if c.MaxRequestBytes < 1024 {
		errs = append(errs, config.Errorf("max_request_bytes", "must be at least 1024"))
	}
	if c.MaxInflightRequests < 1 {
		errs = append(errs, config.Errorf("max_inflight_requests", "must be at least 1"))
	}
	if c.OutOfOrderness < 0 {
		errs = append(errs, config.Errorf("out_of_orderness", "must not be negative"))
	}
	if c.DeliveryDelay < 0 {
		errs = append(errs, config.Errorf("delivery_delay", "must not be negative"))
	}
	if c.AlignMaxDrift < 0 {
		errs = append(errs, config.Errorf("align_max_drift", "%v: must be ≥ 0 (0 turns alignment off)", c.AlignMaxDrift))
	}
	if c.HeartbeatInterval < 10*time.Millisecond || c.HeartbeatInterval > time.Minute {
		errs = append(errs, config.Errorf("heartbeat_interval", "%v: must be between 10ms and 1m", c.HeartbeatInterval))
	}
	if c.MaxPollRecords < 1 {
		errs = append(errs, config.Errorf("max_poll_records", "must be at least 1"))
	}
	if c.BatchMaxItems < 1 {
		errs = append(errs, config.Errorf("batch_max_items", "must be at least 1"))
	}
	if c.BatchMaxBytes < 1024 {
		errs = append(errs, config.Errorf("batch_max_bytes", "must be at least 1024"))
	}
	if c.Limits.MaxAttributes < 0 {
		errs = append(errs, config.Errorf("limits.max_attributes", "must not be negative"))
	}
	if c.Limits.MaxAttributeBytes < 16 {
		errs = append(errs, config.Errorf("limits.max_attribute_bytes", "must be at least 16"))
	}
	if c.Limits.MaxBodyBytes < 16 {
		errs = append(errs, config.Errorf("limits.max_body_bytes", "must be at least 16"))
	}
	if c.Limits.MaxFutureSkew <= 0 {
		errs = append(errs, config.Errorf("limits.max_future_skew", "must be positive (spans ending further ahead are rejected as clock_skew)"))
	}
	if c.Limits.MaxAge < 0 {
		errs = append(errs, config.Errorf("limits.max_age", "must not be negative (0 = no limit)"))
	}
	return errors.Join(errs...)
}

// Service is a running ingest.
type Service struct {
	cfg  Config
	deps service.Deps
	log  *slog.Logger
	m    *metrics
	proc *Processor
	// prices: the one price table (with the enricher's) that prices
	// summarised spans.
	prices *pricing.Table

	grpcLn, httpLn net.Listener

	beforeCommit func() error // test hook
	src          *sources     // otlp_spans partitions owned, for watermarks

	ctrl     *sampling.Controller // nil when sampling is off or overridden
	capture  *capture             // nil unless capture_on_alert (with ctrl)
	inflight atomic.Int64         // OTLP requests being processed
	prodLat  atomic.Int64         // EWMA of produce latency, ns
}

// noteProduce folds one produce's latency into the moving average the
// sampling controller reads (weight 1/4 for the newest).
func (s *Service) noteProduce(d time.Duration) {
	for {
		old := s.prodLat.Load()
		nv := int64(d)
		if old > 0 {
			nv = old + (int64(d)-old)/4
		}
		if s.prodLat.CompareAndSwap(old, nv) {
			return
		}
	}
}

// controlLoop feeds the sampling controller a pressure reading every
// interval: how far the downstream consumer groups are behind beyond what
// they intend to hold (readPressure), the fill of ingest's own OTLP queue
// and Kafka's produce latency.
func (s *Service) controlLoop(ctx context.Context, cl *kgo.Client) {
	adm := kadm.NewClient(cl)
	t := time.NewTicker(s.cfg.Sampling.Interval)
	defer t.Stop()
	warned := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		lctx, cancel := context.WithTimeout(ctx, s.cfg.Sampling.Interval)
		delay, lag, err := readPressure(lctx, adm, s.cfg.Sampling, time.Now())
		cancel()
		if err != nil && !warned && ctx.Err() == nil {
			warned = true
			s.log.Warn("sampling: cannot read how far downstream consumers are behind; deciding on queue fill and produce latency only — give ingest's Kafka user Describe on the llmobs consumer groups and topics", "err", err)
		}
		s.m.samplingDelay.Set(delay.Seconds())
		fill := float64(s.inflight.Load()) / float64(max(s.cfg.MaxInflightRequests, 1))
		s.ctrl.Update(sampling.Pressure{Delay: delay, Lag: lag, QueueFill: min(fill, 1), ProduceLatency: time.Duration(s.prodLat.Load())})
	}
}

// gpuPriced exempts from summarising the model calls whose price needs
// the GPU join (self-hosted, or no token price) when they cannot be
// summarised: all of them when summarize is off; otherwise those naming
// no host, to whose GPU time the enricher could charge them.
func gpuPriced(t *pricing.Table, summarize bool) func(*llmobsv1.Span) string {
	return func(s *llmobsv1.Span) string {
		if _, ok := sli.KeyOfSpan(s); !ok || summarize && s.GetResource().GetHostName() != "" {
			return ""
		}
		if t.ByGPU(s.GetGenAi().GetProvider(), pricing.PricedModel(s)) {
			return sampling.ReasonGPUPriced
		}
		return ""
	}
}

// New builds the ingest service; it binds the OTLP listeners now so
// their addresses are known (and taken) before Run.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	return NewService(cfg, deps)
}

// NewService is New with the concrete type, for tests and tools.
func NewService(cfg Config, deps service.Deps) (*Service, error) {
	m, err := newMetrics(deps.Metrics)
	if err != nil {
		return nil, fmt.Errorf("ingest metrics: %w", err)
	}
	prices, err := pricing.Load(cfg.PriceFile)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	sampler := cfg.Sampler
	var ctrl *sampling.Controller
	var capt *capture
	if sampler == nil && cfg.Sampling.Enabled {
		ctrl = sampling.New(cfg.Sampling, deps.Log, m)
		exempt := gpuPriced(prices, cfg.Sampling.SummarizeGPUPriced)
		if cfg.Sampling.CaptureOnAlert {
			capt = newCapture(cfg.Sampling.CaptureTTL)
			exempt = capt.exempt(exempt)
		}
		ctrl.Exempt(exempt)
		sampler = ctrl
	}
	if sampler == nil {
		sampler = keepAll{}
	}
	s := &Service{cfg: cfg, deps: deps, log: deps.Log, m: m, ctrl: ctrl, capture: capt, prices: prices,
		proc: newProcessor(cfg.Limits, deps.Topics, sampler, cfg.BatchMaxItems, cfg.BatchMaxBytes, m)}
	bucket := cfg.Sampling.SummaryBucket
	if bucket <= 0 {
		bucket = sampling.DefaultConfig().SummaryBucket
	}
	s.proc.Summarise(prices, bucket)
	if cfg.GRPCListen != "" {
		if s.grpcLn, err = net.Listen("tcp", cfg.GRPCListen); err != nil {
			return nil, fmt.Errorf("ingest: OTLP/gRPC listen: %w", err)
		}
	}
	if cfg.HTTPListen != "" {
		if s.httpLn, err = net.Listen("tcp", cfg.HTTPListen); err != nil {
			if s.grpcLn != nil {
				s.grpcLn.Close()
			}
			return nil, fmt.Errorf("ingest: OTLP/HTTP listen: %w", err)
		}
	}
	return s, nil
}

// Endpoints lists what this service listens on, for `llmobs up`.
func (s *Service) Endpoints() []string {
	var out []string
	if s.grpcLn != nil {
		out = append(out, "OTLP/gRPC "+s.grpcLn.Addr().String())
	}
	if s.httpLn != nil {
		scheme := "http"
		if s.deps.TLS != nil {
			scheme = "https"
		}
		out = append(out, "OTLP/HTTP "+scheme+"://"+s.httpLn.Addr().String()+"/v1/traces")
	}
	return out
}

// Listeners are the OTLP receivers' bound addresses, for the process's
// warning about listeners reachable beyond this machine.
func (s *Service) Listeners() []service.Listener {
	var out []service.Listener
	if s.grpcLn != nil {
		out = append(out, service.Listener{Name: "OTLP/gRPC", Addr: s.grpcLn.Addr().String()})
	}
	if s.httpLn != nil {
		out = append(out, service.Listener{Name: "OTLP/HTTP", Addr: s.httpLn.Addr().String()})
	}
	return out
}

// GRPCAddr and HTTPAddr are the bound receiver addresses ("" when off).
func (s *Service) GRPCAddr() string { return addrOf(s.grpcLn) }
func (s *Service) HTTPAddr() string { return addrOf(s.httpLn) }

func addrOf(ln net.Listener) string {
	if ln == nil {
		return ""
	}
	return ln.Addr().String()
}

// Run consumes until ctx ends, then flushes and commits what it processed.
func (s *Service) Run(ctx context.Context) error {
	producer, err := kafka.NewClient(s.deps.Kafka, "ingest-otlp",
		kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		return err
	}
	defer producer.Close()
	if err := s.refreshPartitions(ctx, producer); err != nil {
		return err
	}
	var ready = true
	s.deps.Admin.AddReadiness("ingest", func() error {
		if !ready {
			return errors.New("not connected")
		}
		return nil
	})

	errc := make(chan error, 3)
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := 1
	go func() { errc <- s.consume(runCtx) }()
	if s.grpcLn != nil {
		n++
		go func() { errc <- s.serveGRPC(runCtx, producer) }()
	}
	if s.httpLn != nil {
		n++
		go func() { errc <- s.serveHTTP(runCtx, producer) }()
	}
	go s.watchPartitions(runCtx, producer)
	if s.ctrl != nil {
		go s.controlLoop(runCtx, producer)
	}
	var alerts sync.WaitGroup // its client closes before Run returns
	if s.capture != nil {
		alerts.Go(func() { s.followAlerts(runCtx, s.capture) })
	}

	var first error
	for i := 0; i < n; i++ {
		if err := <-errc; err != nil && first == nil {
			first = err
			cancel()
		}
	}
	cancel()
	alerts.Wait()
	return first
}

func (s *Service) refreshPartitions(ctx context.Context, cl *kgo.Client) error {
	adm := kadm.NewClient(cl)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	td, err := adm.ListTopics(ctx, s.deps.Topics.Spans, s.deps.Topics.GPU)
	if err != nil {
		return fmt.Errorf("ingest: describe output topics: %w", err)
	}
	spans, gpu := td[s.deps.Topics.Spans], td[s.deps.Topics.GPU]
	if spans.Err != nil || gpu.Err != nil {
		return fmt.Errorf("ingest: output topics: %v %v", spans.Err, gpu.Err)
	}
	s.proc.SetPartitions(int32(len(spans.Partitions)), int32(len(gpu.Partitions)))
	return nil
}

// watchPartitions picks up partitions added to the output topics.
func (s *Service) watchPartitions(ctx context.Context, cl *kgo.Client) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.refreshPartitions(ctx, cl); err != nil && ctx.Err() == nil {
				s.log.Warn("could not refresh llmobs.spans' partition count; keeping the previous one — check Kafka connectivity", "err", err)
			}
		}
	}
}
