// Package aggregator is the aggregator service: event-time windowed SLIs
// per series (service, model, operation, provider) in two stages, see
// package stage and README.md.
package aggregator

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
)

// Config of the aggregator service (YAML section "aggregator").
type Config struct {
	// Windows are the tumbling window lengths, each a whole number of
	// milliseconds that divides a day.
	Windows []time.Duration `yaml:"windows"`
	// OutOfOrderness: a partition's watermark is its max event time
	// (span end) minus this (DESIGN: 5 s).
	OutOfOrderness time.Duration `yaml:"out_of_orderness"`
	// AllowedLateness: spans this far behind a fired window's end update
	// it (new revision); later ones are counted late.
	AllowedLateness time.Duration `yaml:"allowed_lateness"`
	// Grace: stage 2 fires a window once the max window end it saw on its
	// partition is this far past the window's end.
	Grace time.Duration `yaml:"grace"`
	// IdleTimeout is no longer used: watermarks travel with the data
	// (ingest's heartbeats move them when traffic stops), and wall-clock
	// idleness never advances one. Accepted so existing files still load.
	IdleTimeout time.Duration `yaml:"idle_timeout"`
	// Replay: on (re)assignment each stage re-reads its partitions from
	// this far back (record timestamps) to rebuild open windows.
	Replay time.Duration `yaml:"replay"`
	// AlignMaxDrift is stage 1's watermark alignment (package stream):
	// while it reads a backlog of llmobs.enriched, a partition whose
	// watermark runs more than this ahead of the lowest is paused, so
	// stage 2's windows (which wait for the lowest) are not held open for
	// the whole backlog. 0: off.
	AlignMaxDrift time.Duration `yaml:"align_max_drift"`
	// Stage1Group / Stage2Group are the consumer groups of the stages.
	// Members are static (instance_id): a restart within the session
	// timeout gets its partitions back with no rebalance.
	Stage1Group string `yaml:"stage1_group"`
	Stage2Group string `yaml:"stage2_group"`
	// RingWindows is how many recent windows /api/slis keeps per series
	// and window length; MaxSeries bounds the series it keeps.
	RingWindows int `yaml:"ring_windows"`
	MaxSeries   int `yaml:"max_series"`
	// MaxPollRecords bounds one transaction.
	MaxPollRecords int `yaml:"max_poll_records"`
	// SessionTimeout of the stages' consumer-group membership: how long
	// a crashed instance keeps its partitions before they move.
	SessionTimeout time.Duration `yaml:"session_timeout"`
	// ClickHouse sink (llm_spans, llm_sli_windows); empty dsn: none.
	ClickHouse ClickHouseConfig `yaml:"clickhouse"`
	// Calls bounds the in-process store of recent calls behind GET
	// /api/calls and /api/traces/{id} when there is no ClickHouse.
	Calls CallsConfig `yaml:"calls"`
	// Evals: the join of evaluations and feedback to calls (evals.go).
	Evals EvalsConfig `yaml:"evals"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Windows:         []time.Duration{10 * time.Second, time.Minute},
		OutOfOrderness:  5 * time.Second,
		AllowedLateness: 10 * time.Minute,
		Grace:           2 * time.Second,
		IdleTimeout:     5 * time.Second,
		Replay:          12 * time.Minute,
		AlignMaxDrift:   time.Minute,
		Stage1Group:     "llmobs-aggregator-stage1",
		Stage2Group:     "llmobs-aggregator-stage2",
		RingWindows:     60,
		MaxSeries:       10000,
		MaxPollRecords:  1000,
		SessionTimeout:  45 * time.Second,
		ClickHouse:      DefaultClickHouseConfig(),
		Calls:           DefaultCallsConfig(),
		Evals:           DefaultEvalsConfig(),
	}
}

// RegisterFlags binds the most used keys (-aggregator.clickhouse.dsn …;
// env LLMOBS_AGGREGATOR_CLICKHOUSE_DSN … through pkg/config).
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.DurationVar(&c.AlignMaxDrift, prefix+".align-max-drift", c.AlignMaxDrift, "watermark alignment: pause input partitions read more than this ahead of the lowest watermark while a backlog is read (0 = off)")
	fs.StringVar(&c.ClickHouse.DSN, prefix+".clickhouse.dsn", c.ClickHouse.DSN, "ClickHouse DSN for llm_spans/llm_sli_windows, e.g. clickhouse://127.0.0.1:9000/default (\"\" = no sink)")
	fs.DurationVar(&c.ClickHouse.Retention, prefix+".clickhouse.retention", c.ClickHouse.Retention, "drop ClickHouse day partitions older than this (0 = keep)")
	fs.DurationVar(&c.ClickHouse.RetentionInterval, prefix+".clickhouse.retention-interval", c.ClickHouse.RetentionInterval, "how often old partitions are looked for")
	fs.DurationVar(&c.ClickHouse.RetryMax, prefix+".clickhouse.retry-max", c.ClickHouse.RetryMax, "longest backoff between ClickHouse insert retries")
	fs.DurationVar(&c.AllowedLateness, prefix+".allowed-lateness", c.AllowedLateness, "spans this far behind a fired window revise it")
	fs.DurationVar(&c.OutOfOrderness, prefix+".out-of-orderness", c.OutOfOrderness, "watermark = max event time minus this")
	fs.DurationVar(&c.Replay, prefix+".replay", c.Replay, "how far back each stage re-reads on assignment")
	c.Evals.registerFlags(prefix, fs)
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if len(c.Windows) == 0 {
		errs = append(errs, config.Errorf("windows", "at least one window length is needed"))
	}
	for i, w := range c.Windows {
		if w < time.Second || w%time.Millisecond != 0 || (24*time.Hour)%w != 0 {
			errs = append(errs, config.Errorf(fmt.Sprintf("windows[%d]", i), "%v: must be ≥ 1s, whole milliseconds, and divide 24h", w))
		}
	}
	for _, d := range []struct {
		k string
		v time.Duration
	}{{"out_of_orderness", c.OutOfOrderness}, {"allowed_lateness", c.AllowedLateness}, {"grace", c.Grace}} {
		if d.v < 0 {
			errs = append(errs, config.Errorf(d.k, "must not be negative"))
		}
	}
	var maxW time.Duration
	for _, w := range c.Windows {
		maxW = max(maxW, w)
	}
	if c.AlignMaxDrift < 0 {
		errs = append(errs, config.Errorf("align_max_drift", "%v: must be ≥ 0 (0 turns alignment off)", c.AlignMaxDrift))
	}
	if need := maxW + c.OutOfOrderness + c.AllowedLateness + c.Grace; c.Replay < need {
		errs = append(errs, config.Errorf("replay", "%v is shorter than the longest window + out_of_orderness + allowed_lateness + grace (%v): open windows would be rebuilt incompletely after a restart", c.Replay, need))
	} else if need += c.Evals.CallMemory + c.Evals.Wait; c.Replay < need {
		errs = append(errs, config.Errorf("replay", "%v is shorter than the longest window + out_of_orderness + allowed_lateness + grace + evals.call_memory + evals.wait (%v): evaluations would join differently after a restart", c.Replay, need))
	}
	errs = append(errs, c.Evals.validate()...)
	if c.Stage1Group == "" || c.Stage2Group == "" || c.Stage1Group == c.Stage2Group {
		errs = append(errs, config.Errorf("stage1_group", "stage1_group and stage2_group must be set and differ"))
	}
	if c.RingWindows < 1 {
		errs = append(errs, config.Errorf("ring_windows", "must be ≥ 1"))
	}
	if c.MaxSeries < 1 {
		errs = append(errs, config.Errorf("max_series", "must be ≥ 1"))
	}
	if c.MaxPollRecords < 1 {
		errs = append(errs, config.Errorf("max_poll_records", "must be ≥ 1"))
	}
	if c.SessionTimeout < 100*time.Millisecond {
		errs = append(errs, config.Errorf("session_timeout", "must be at least 100ms (brokers allow 6s and up by default)"))
	}
	errs = append(errs, c.ClickHouse.validate()...)
	if c.ClickHouse.DSN == "" {
		errs = append(errs, c.Calls.validate()...)
	}
	return errors.Join(errs...)
}

// Service is the running aggregator.
type Service struct {
	cfg  Config
	deps service.Deps
	sink *sink // nil: no ClickHouse
	log  *slog.Logger
	m    *metrics
	em   *evalMetrics
	ring *Ring
	// mem: the in-process call store (no ClickHouse); api serves calls
	// from it or from ClickHouse.
	mem *memCalls
	api *callsAPI
}

// New builds the service and mounts GET /api/slis, /api/series,
// /api/calls and /api/traces/{trace_id}.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Log == nil {
		deps.Log = slog.Default()
	}
	if deps.Metrics == nil {
		deps.Metrics = prometheus.NewRegistry()
	}
	if deps.ShutdownTimeout <= 0 {
		deps.ShutdownTimeout = 10 * time.Second
	}
	m, err := newMetrics(deps.Metrics)
	if err != nil {
		return nil, err
	}
	em, err := newEvalMetrics(deps.Metrics)
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, deps: deps, log: deps.Log, m: m, em: em, ring: NewRing(cfg.RingWindows, cfg.MaxSeries)}
	s.ring.dropped = m.ringDropped.Inc
	s.api = &callsAPI{now: time.Now, bad: func(api string) { m.apiBad.WithLabelValues(api).Inc() }, fail: func(api string, err error) {
		m.apiErrors.WithLabelValues(api).Inc()
		s.log.Warn("call API failed — check ClickHouse's health", "api", api, "err", err)
	}}
	if cfg.ClickHouse.DSN == "" {
		s.mem = newMemCalls(cfg.Calls)
		s.mem.evicted = func(n int) { m.callsEvicted.Add(float64(n)) }
		var st callStore = s.mem
		s.api.st.Store(&st)
	}
	if deps.Admin != nil {
		deps.Admin.Mount("GET /api/slis", auth.RoleRead, http.HandlerFunc(s.ring.ServeSLIs))
		deps.Admin.Mount("GET /api/series", auth.RoleRead, http.HandlerFunc(s.ring.ServeSeries))
		deps.Admin.Mount("GET /api/calls", auth.RoleRead, http.HandlerFunc(s.api.ServeCalls))
		deps.Admin.Mount("GET /api/traces/{trace_id}", auth.RoleRead, http.HandlerFunc(s.api.ServeTrace))
	}
	return s, nil
}

var _ = service.Service((*Service)(nil))
