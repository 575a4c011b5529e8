// Package enricher joins each span with the GPU samples that served it,
// prices it and redacts its prompt and completion text, then produces
// llmobs.enriched. See DESIGN.md (Join, Delivery).
//
// Join. Only model calls (LLM and embedding spans) are joined and priced;
// other spans pass through. A call matches the GPU samples carrying its
// trace ID (method trace); else the samples of its host (and GPU UUID, and
// pod when the host's samples name pods) in [start − delta, end + delta]
// (interval); else none. A call on a host never seen in the GPU stream (an
// API model) joins nothing and is never held.
//
// GPU side: broadcast. Every enricher instance reads ALL llmobs.gpu
// partitions with a non-group consumer (read_committed, its own positions,
// starting state_ttl back on start). Co-partitioning cannot work: spans
// are partitioned by trace ID, while most samples (dcgm scrapes) carry no
// trace ID and are needed by every span that ran on their host, whichever
// partition it hashes to. GPU samples are few (hosts × GPUs / scrape
// interval) next to spans, so each instance holding all of them is cheap
// (~410 B per sample; max_gpu_samples bounds it), and a restart rebuilds
// the state from the topic. Undecodable GPU records are counted
// (llmobs_enricher_dlq_records_total{reason="gpu_decode_error"}) and
// written to the DLQ once, by the instance that owns the same-numbered
// llmobs.spans partition (the rule and its limits: gpu_stream.go).
//
// Watermarks: the enricher reads the in-band watermarks ingest writes into
// llmobs.spans and forwards, into every llmobs.enriched partition and
// after the spans before them, the minimum over every ingest source for
// each llmobs.spans partition it owns (DESIGN: "Watermarks travel with
// the data"). A partition whose sources have not all reported since the
// assignment is left out, so downstream holds rather than guesses.
//
// Span side and offsets: a consumer group in Kafka transactions
// (GroupTransactSession, read_committed). No span is held across a commit:
// each poll waits, bounded by max_wait, for the GPU stream's watermark to
// pass its model calls' latest end + join_wait (not at all when no call ran
// on a GPU host, or when the GPU stream has been silent for
// gpu_idle_timeout), then the poll is joined, produced and its offsets
// committed in one transaction. So the committed offset never passes a
// span that was not emitted, and a crash or a rebalance aborts exactly the
// poll in flight, which its partitions' next owner reads again: no loss,
// no duplicates. The span-side join state is that one poll
// (max_poll_records records; llmobs_enricher_join_state_spans); a poll cut
// short by max_wait is emitted with what matched and counted
// (llmobs_enricher_join_waits_total{outcome="max_wait"}). max_wait stays
// below the group's rebalance timeout.
//
// GPU-seconds: a call's time on its GPU is split among the calls it
// overlapped there (split.go: the model, and why it conserves). Ingest puts
// every model call it sees on a known host (trace and span ID, host, GPU,
// start, end) into llmobs.gpu next to the samples, and every enricher reads
// all of llmobs.gpu, so each instance knows the calls of every instance,
// sampled-out calls included; its own calls are recorded too (deduplicated
// by span). A span is emitted once the GPU watermark passed its end +
// join_wait, so it counts every overlapping call that ended by then, before
// or after it; a longer call still running then takes, when it is emitted,
// what the calls ending before it left. Summed over calls, GPU-seconds and
// energy equal the GPUs' busy time and energy. The join is a function of the
// data, not of timing: a span reads samples up to its end + delta and calls
// ending up to its end + join_wait however far the GPU reader has read
// ahead, eviction follows the span side's progress, and the wait covers
// every llmobs.gpu partition the reader is behind in (gpuProgress).
package enricher

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/pricing"
	"github.com/llmobs/llmobs/pkg/redact"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Config of the enricher (YAML section "enricher").
type Config struct {
	Group string `yaml:"group"`
	// JoinWait is how far past a span's end the GPU stream's watermark
	// must be before the span is joined.
	JoinWait time.Duration `yaml:"join_wait"`
	// MaxWait bounds how long a poll waits for the GPU watermark.
	MaxWait time.Duration `yaml:"max_wait"`
	// AlignMaxDrift is watermark alignment (package stream): while the
	// enricher reads a backlog of llmobs.spans, a partition whose in-band
	// watermark runs more than this ahead of the lowest is paused, so
	// the partitions move through event time together and what waits
	// downstream (open windows, the GPU join's calls) grows with this, not
	// with the backlog. 0: off.
	AlignMaxDrift time.Duration `yaml:"align_max_drift"`
	// Delta widens a span's interval when matching GPU samples by time.
	// Keep it at least the dcgm scrape interval, or short calls fall
	// between two samples and join nothing.
	Delta time.Duration `yaml:"delta"`
	// OutOfOrderness of the GPU stream (watermark = max time − this).
	OutOfOrderness time.Duration `yaml:"out_of_orderness"`
	// GPUIdleTimeout: a GPU stream silent for this long is not waited for
	// (gpu_watermark: samples only).
	GPUIdleTimeout time.Duration `yaml:"gpu_idle_timeout"`
	// GPUWatermark is what the join waits for. "inband" (default): the GPU
	// side's watermarks ingest writes into llmobs.gpu, a function of the
	// log, so the join is deterministic; calls priced by GPU time wait for
	// it even on hosts not heard of yet. "samples": the watermark of the
	// samples read, per host (for an ingest older than the in-band GPU
	// watermarks; a backlog replay then joins by timing).
	GPUWatermark string `yaml:"gpu_watermark"`
	// StateTTL and MaxGPUSamples bound the join state (GPU samples; the
	// model calls held for the GPU split are bounded by the same count).
	StateTTL      time.Duration `yaml:"state_ttl"`
	MaxGPUSamples int           `yaml:"max_gpu_samples"`
	// PriceFile overrides/extends the embedded price table ("" = none).
	PriceFile string `yaml:"price_file"`
	// Redact: what is done with personal data and secrets in every text
	// field (see RedactSpan).
	Redact RedactConfig `yaml:"redact"`
	// Identity: user and conversation IDs and identity attributes are
	// pseudonymised (keyed HMAC) unless identity.mode is raw.
	Identity       redact.IdentityConfig `yaml:"identity"`
	MaxPollRecords int                   `yaml:"max_poll_records"`
	BatchMaxItems  int                   `yaml:"batch_max_items"`
	// BatchMaxBytes bounds one output record (keep it under the broker's
	// message.max.bytes, 1 MiB by default).
	BatchMaxBytes int `yaml:"batch_max_bytes"`

	// Signals: safety and quality flags (prompt injection, jailbreak,
	// refusals, truncation, system prompt echoed; signals.go), computed
	// from the raw text before redaction.
	Signals SignalsConfig `yaml:"signals"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Group:          "llmobs-enricher",
		JoinWait:       5 * time.Second,
		MaxWait:        20 * time.Second,
		AlignMaxDrift:  time.Minute,
		Delta:          5 * time.Second,
		OutOfOrderness: 5 * time.Second,
		GPUIdleTimeout: 30 * time.Second,
		GPUWatermark:   "inband",
		StateTTL:       10 * time.Minute,
		MaxGPUSamples:  1_000_000,
		Redact:         DefaultRedactConfig(),
		Identity:       redact.DefaultIdentityConfig(),
		Signals:        DefaultSignalsConfig(),
		MaxPollRecords: 1000,
		BatchMaxItems:  2000,
		BatchMaxBytes:  900 << 10,
	}
}

// RegisterFlags binds the most used keys.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.DurationVar(&c.AlignMaxDrift, prefix+".align-max-drift", c.AlignMaxDrift, "watermark alignment: pause input partitions read more than this ahead of the lowest watermark while a backlog is read (0 = off)")
	fs.StringVar(&c.PriceFile, prefix+".price-file", c.PriceFile, "price override file (YAML)")
	fs.StringVar(&c.Redact.Mode, prefix+".redact-mode", c.Redact.Mode, "PII handling: redact, drop_body, keep")
	fs.StringVar(&c.Identity.Mode, prefix+".identity-mode", c.Identity.Mode, "user and conversation IDs: pseudonymize (keyed hash) or raw")
	fs.DurationVar(&c.MaxWait, prefix+".max-wait", c.MaxWait, "longest a poll waits for the GPU stream")
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if c.Group == "" {
		errs = append(errs, config.Errorf("group", "required"))
	}
	for key, d := range map[string]time.Duration{"join_wait": c.JoinWait, "delta": c.Delta, "out_of_orderness": c.OutOfOrderness} {
		if d < 0 {
			errs = append(errs, config.Errorf(key, "must not be negative"))
		}
	}
	if c.JoinWait < c.Delta {
		errs = append(errs, config.Errorf("join_wait", "must be at least delta (%s): samples up to end+delta must have arrived", c.Delta))
	}
	if c.MaxWait < c.JoinWait {
		errs = append(errs, config.Errorf("max_wait", "must be at least join_wait (%s)", c.JoinWait))
	}
	if c.MaxWait > 45*time.Second {
		// A waiting poll holds up group rebalances (franz-go's rebalance
		// timeout is 60 s), so its transaction must end well before.
		errs = append(errs, config.Errorf("max_wait", "must be at most 45s: a poll waiting for the GPU stream holds up rebalances"))
	}
	if c.AlignMaxDrift < 0 {
		errs = append(errs, config.Errorf("align_max_drift", "%v: must be ≥ 0 (0 turns alignment off)", c.AlignMaxDrift))
	}
	if c.StateTTL < time.Minute {
		errs = append(errs, config.Errorf("state_ttl", "must be at least 1m"))
	}
	if c.GPUWatermark != "inband" && c.GPUWatermark != "samples" {
		errs = append(errs, config.Errorf("gpu_watermark", "%q: must be inband or samples", c.GPUWatermark))
	}
	if c.GPUIdleTimeout <= 0 {
		errs = append(errs, config.Errorf("gpu_idle_timeout", "must be positive"))
	}
	if c.MaxGPUSamples < 1000 {
		errs = append(errs, config.Errorf("max_gpu_samples", "must be at least 1000"))
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
	errs = append(errs, config.Prefix("redact", c.Redact.Validate()), config.Prefix("identity", c.Identity.Validate()), config.Prefix("signals", c.Signals.Validate()))
	return errors.Join(errs...)
}

type metrics struct {
	spansIn, spansOut prometheus.Counter
	joined            *prometheus.CounterVec
	unknownModel      *prometheus.CounterVec
	redactions        *prometheus.CounterVec
	truncatedFields   prometheus.Counter
	stateSamples      prometheus.Gauge
	stateSpans        prometheus.Gauge
	paused            prometheus.Gauge // llmobs.spans partitions paused by watermark alignment
	stateCalls        prometheus.Gauge
	waitOutcome       *prometheus.CounterVec
	stateHosts        prometheus.Gauge
	evicted           prometheus.Counter
	gpuWatermark      prometheus.Gauge
	waited            prometheus.Histogram
	txns              *prometheus.CounterVec
	gpuIn             prometheus.Counter
	callsIn           prometheus.Counter
	badRecords        *prometheus.CounterVec
	latency           prometheus.Histogram
	oversized         prometheus.Counter
	spanWatermark     prometheus.Gauge
	signals           *signalMetrics
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		spansIn:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_spans_in_total", Help: "Spans read."}),
		spansOut:     prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_spans_out_total", Help: "Enriched spans committed."}),
		joined:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_joined_spans_total", Help: "LLM spans by how they were joined with GPU samples."}, []string{"method"}),
		unknownModel: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_unknown_model_spans_total", Help: "LLM spans no price matched, by model (at most 100 models, then \"other\")."}, []string{"model"}),
		redactions:   prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_redactions_total", Help: "PII found, by type."}, []string{"type"}),
		stateSamples: prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_join_state_gpu_samples", Help: "GPU samples held for joins."}),
		stateSpans:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_join_state_spans", Help: "Spans held waiting for the GPU stream (the poll in flight)."}),
		paused:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_partitions_paused", Help: "llmobs.spans partitions paused by watermark alignment: their in-band watermark more than align_max_drift ahead of the lowest while a partition behind has records to read (a backlog)."}),
		stateCalls:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_join_state_calls", Help: "Model calls on GPU hosts held to split GPU time among concurrent calls."}),
		waitOutcome:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_join_waits_total", Help: "Polls by how their wait for the GPU watermark ended: watermark, gpu_idle, max_wait (emitted early with what matched), gpu_stalled (the watermark has not moved since the last max_wait), no_wait (no span could join), shutdown."}, []string{"outcome"}),
		stateHosts:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_join_state_hosts", Help: "GPU hosts held for joins."}),
		evicted:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_join_state_evicted_total", Help: "Join state entries (GPU samples, model calls held for the GPU split) evicted by TTL or size."}),
		gpuWatermark: prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_gpu_watermark_seconds", Help: "Watermark of the GPU stream, unix seconds."}),
		waited:       prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_enricher_join_wait_seconds", Help: "Time a poll waited for the GPU watermark.", Buckets: prometheus.ExponentialBuckets(0.01, 2, 12)}),
		txns:         prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_transactions_total", Help: "Kafka transactions, by outcome."}, []string{"outcome"}),
		gpuIn:        prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_gpu_samples_in_total", Help: "GPU samples read (broadcast)."}),
		callsIn:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_call_intervals_in_total", Help: "Model-call intervals read from llmobs.gpu (ingest broadcasts every call on a known host) for the GPU split."}),
		badRecords:   prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_dlq_records_total", Help: "Input records written to the DLQ, by reason."}, []string{"reason"}),
		latency:      prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_enricher_processing_seconds", Help: "Time from poll to commit.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
	}
	m.truncatedFields = prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_truncated_fields_total", Help: "Text fields longer than redact.max_field_bytes, cut to it before scanning."})
	m.oversized = prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_oversized_spans_total", Help: "Enriched spans larger than batch_max_bytes on their own: prompt and completion text dropped."})
	m.spanWatermark = prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_enricher_span_watermark_seconds", Help: "Lowest in-band watermark (unix s) the enricher forwards to llmobs.enriched over the llmobs.spans partitions it owns."})
	m.signals = newSignalMetrics()
	for _, c := range append(m.signals.collectors(), m.truncatedFields, m.spanWatermark, m.oversized, m.spansIn, m.spansOut, m.joined, m.unknownModel, m.redactions, m.stateSamples, m.stateSpans, m.paused, m.stateCalls, m.waitOutcome, m.stateHosts, m.evicted, m.gpuWatermark, m.waited, m.txns, m.gpuIn, m.callsIn, m.badRecords, m.latency) {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Enricher joins, prices and redacts spans; the pure part of the service,
// usable without Kafka.
type Enricher struct {
	cfg     Config
	prices  *pricing.Table
	privacy *privacy
	gpu     *gpuIndex
	m       *metrics
	unknown map[string]bool
	now     func() time.Time

	joinedOnce sync.Once
	joined     map[string]prometheus.Counter // by join label

	signals *signals
	// signalsNote says how injection detection runs (for the start log).
	signalsNote string
}

func newEnricher(cfg Config, m *metrics) (*Enricher, error) {
	prices, err := pricing.Load(cfg.PriceFile)
	if err != nil {
		return nil, fmt.Errorf("enricher: %w", err)
	}
	pv, err := newPrivacy(cfg.Redact, cfg.Identity)
	if err != nil {
		return nil, fmt.Errorf("enricher: %w", err)
	}
	pv.truncated = m.truncatedFields.Inc
	sg, note, err := newSignals(cfg.Signals, m.signals)
	if err != nil {
		return nil, err
	}
	gpu := newGPUIndex(cfg.StateTTL, cfg.MaxGPUSamples)
	gpu.delta, gpu.joinWait = cfg.Delta, cfg.JoinWait
	return &Enricher{cfg: cfg, prices: prices, privacy: pv, signals: sg, signalsNote: note, gpu: gpu, m: m, unknown: map[string]bool{}, now: time.Now, joined: map[string]prometheus.Counter{}}, nil
}

func isModelCall(s *llmobsv1.Span) bool {
	return s.Class == llmobsv1.SpanClass_SPAN_CLASS_LLM || s.Class == llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING
}

// Enrich turns one poll's spans into enriched spans, in order.
func (e *Enricher) Enrich(spans []*llmobsv1.Span) []*llmobsv1.EnrichedSpan {
	// First note every model call on a GPU host, so calls of the same
	// poll that overlap split their GPU.
	var clock uint64
	for _, s := range spans {
		if isModelCall(s) {
			e.gpu.recordCall(s.GetResource().GetHostName(), s.GetResource().GetGpuId(), s.TraceId, s.SpanId, s.StartTimeUnixNano, s.EndTimeUnixNano)
			clock = max(clock, s.EndTimeUnixNano)
		}
	}
	if clock > 0 {
		e.gpu.advanceSpanClock(clock) // once: recordCall does not read it
	}
	out := make([]*llmobsv1.EnrichedSpan, 0, len(spans))
	now := uint64(e.now().UnixNano())
	for _, s := range spans {
		es := &llmobsv1.EnrichedSpan{Span: s, EnrichTimeUnixNano: now}
		if isModelCall(s) {
			es.Gpu = e.gpu.attribute(s, e.cfg.Delta)
			e.joinedCounter(es.Gpu.Method).Inc()
			g := s.GetGenAi()
			model := g.GetResponseModel()
			if model == "" {
				model = g.GetRequestModel()
			}
			es.Cost = e.prices.Cost(g.GetProvider(), model, pricing.Usage{
				InputTokens: g.GetInputTokens(), OutputTokens: g.GetOutputTokens(),
				CacheReadTokens: g.GetCacheReadInputTokens(), CacheWriteTokens: g.GetCacheCreationInputTokens(),
				ReasoningTokens: g.GetReasoningOutputTokens(),
				GPUSeconds:      es.Gpu.GetGpuSeconds(), GPUModel: es.Gpu.GetGpuModel(),
			})
			if es.Cost.UnknownModel {
				e.m.unknownModel.WithLabelValues(e.modelLabel(model)).Inc()
			}
		}
		out = append(out, es)
	}
	// The text work — safety and quality flags, then the redaction — is
	// most of the enricher's CPU and touches only its own span (the
	// caches and budgets it shares are locked): spread over the cores.
	parallelChunks(len(out), func(from, to int) {
		for _, es := range out[from:to] {
			e.textWork(es)
		}
	})
	return out
}

// textWork flags one span and then redacts it.
func (e *Enricher) textWork(es *llmobsv1.EnrichedSpan) {
	s := es.Span
	// Flags read the raw text, so before the redaction.
	e.signals.Flag(context.Background(), s)
	// Every span: names, status messages, URLs and attributes of
	// HTTP and DB spans carry personal data too.
	es.Redaction = e.privacy.RedactSpan(s)
	for _, f := range s.Flags {
		if f == FlagPIIInOutput || f == FlagSecretInOutput {
			e.m.signals.flags.WithLabelValues(f).Inc()
		}
	}
	for _, c := range es.Redaction.Counts {
		e.m.redactions.WithLabelValues(c.Type).Add(float64(c.Count))
	}
}

// minChunk: fewer spans than this per core are done on the caller's
// goroutine (starting goroutines would cost more than it saves).
const minChunk = 64

// parallelChunks calls f on contiguous ranges of [0, n) covering it, on
// up to GOMAXPROCS goroutines, and returns when every call returned.
func parallelChunks(n int, f func(from, to int)) {
	w := min(runtime.GOMAXPROCS(0), n/minChunk)
	if w <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	size := (n + w - 1) / w
	for from := size; from < n; from += size {
		wg.Add(1)
		go func(from, to int) {
			defer wg.Done()
			f(from, to)
		}(from, min(from+size, n))
	}
	f(0, min(size, n))
	wg.Wait()
}

// pricedByGPU says whether a model call is priced by its GPU time
// (self-hosted), so its cost needs the GPU join.
func (e *Enricher) pricedByGPU(s *llmobsv1.Span) bool {
	return e.prices.ByGPU(s.GetGenAi().GetProvider(), pricing.PricedModel(s))
}

// modelLabel bounds the unknown-model label set.
func (e *Enricher) modelLabel(model string) string {
	if e.unknown[model] {
		return model
	}
	if len(e.unknown) >= 100 {
		return "other"
	}
	e.unknown[model] = true
	return model
}

// joinedCounter is the joined-spans counter of method m (resolved once
// per label: WithLabelValues hashes the label on every call).
func (e *Enricher) joinedCounter(m llmobsv1.JoinMethod) prometheus.Counter {
	e.joinedOnce.Do(func() {
		for _, j := range []llmobsv1.JoinMethod{llmobsv1.JoinMethod_JOIN_METHOD_NONE, llmobsv1.JoinMethod_JOIN_METHOD_TRACE, llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL} {
			e.joined[joinLabel(j)] = e.m.joined.WithLabelValues(joinLabel(j))
		}
	})
	return e.joined[joinLabel(m)]
}

func joinLabel(m llmobsv1.JoinMethod) string {
	switch m {
	case llmobsv1.JoinMethod_JOIN_METHOD_TRACE:
		return "trace"
	case llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL:
		return "interval"
	}
	return "none"
}

// Service is the running enricher.
type Service struct {
	cfg  Config
	deps service.Deps
	log  *slog.Logger
	m    *metrics
	e    *Enricher

	beforeCommit func() error // test hook: crash inside a transaction

	// stalled: the last wait hit max_wait with the GPU watermark at
	// stalledAt; until it moves, polls do not wait again (span loop only).
	stalled   bool
	stalledAt time.Time

	// inband: watermarks read from llmobs.spans, per partition owned
	// (owned), forwarded to llmobs.enriched.
	inband   *watermark.Inband
	inbandMu sync.Mutex
	owned    map[int32]bool
	nSpans   int32 // partitions of llmobs.spans: the sources of the watermarks forwarded

	gpuProg gpuProgress // how far the GPU reader got in each llmobs.gpu partition
	// The GPU side's in-band watermarks (ingest's gpuSources), per
	// llmobs.gpu partition; gpuParts is that topic's partition count.
	gpuInband     *watermark.Inband
	gpuInbandSeen atomic.Bool
	gpuParts      atomic.Int32
	warnedInband  bool // span loop only
}

// New builds the enricher service.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	return NewService(cfg, deps)
}

// NewService is New with the concrete type.
func NewService(cfg Config, deps service.Deps) (*Service, error) {
	m, err := newMetrics(deps.Metrics)
	if err != nil {
		return nil, fmt.Errorf("enricher metrics: %w", err)
	}
	e, err := newEnricher(cfg, m)
	if err != nil {
		return nil, err
	}
	if deps.Log != nil {
		deps.Log.Info("enricher: prompt injection and jailbreak detection", "mode", e.signalsNote)
	}
	if e.privacy.ids.Ephemeral && deps.Log != nil {
		deps.Log.Info("enricher.identity.key is not set: user and conversation pseudonyms use a key drawn for this process, so they differ between instances and restarts; set one to keep budgets and searches by user stable", "key_id", "eph")
	}
	return &Service{cfg: cfg, deps: deps, log: deps.Log, m: m, e: e, inband: watermark.NewInband(), owned: map[int32]bool{}, gpuInband: watermark.NewInband()}, nil
}
