package sampling

import (
	"errors"
	"log/slog"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Config of the sampler (ingest section "sampling").
type Config struct {
	Enabled bool `yaml:"enabled"`
	// TargetDelay is how far, in time, a downstream consumer group may
	// fall behind beyond what it intends to hold (IntendedDelay) before
	// ingest sheds load: the age of its oldest unconsumed record minus its
	// intended delay. Time, not records: a record count grows with the
	// traffic a consumer holds on purpose (the enricher's GPU-join wait),
	// a delay does not.
	TargetDelay time.Duration `yaml:"target_delay"`
	// IntendedDelay is, per consumer group, how long it holds records on
	// purpose when it keeps up: the enricher waits up to its max_wait (20 s)
	// for the GPU stream's watermark, so its records are that old when it
	// commits them. Groups not listed intend no delay.
	IntendedDelay map[string]time.Duration `yaml:"intended_delay"`
	// TargetLag, when positive, is also a bound on the downstream groups'
	// summed lag in records (0: off, the default; the delay above is the
	// measure that tells holding from falling behind).
	TargetLag int64 `yaml:"target_lag"`
	// Groups are the downstream consumer groups whose delay is pressure.
	Groups []string `yaml:"groups"`
	// Interval between pressure readings.
	Interval time.Duration `yaml:"interval"`
	// MaxLevel caps the stress level (1: only strip bodies; 2: sample).
	MaxLevel int `yaml:"max_level"`
	// MinProbability is the lowest keep probability of normal spans.
	MinProbability float64 `yaml:"min_probability"`
	// Hold is how many consecutive readings a change of level needs
	// (hysteresis): up after Hold high readings, down after 2×Hold low ones.
	Hold int `yaml:"hold"`
	// SlowMS: spans at least this slow are always kept whole, and so are
	// spans at or over their series' recent p99 (once the series has
	// SlowMinSamples spans in the last minute or two).
	SlowMS         float64 `yaml:"slow_ms"`
	SlowMinSamples int     `yaml:"slow_min_samples"`
	// MaxProduceLatency: a Kafka produce slower than this is pressure.
	MaxProduceLatency time.Duration `yaml:"max_produce_latency"`
	// ExpensiveTokens: spans with at least this many tokens are kept whole.
	ExpensiveTokens int64 `yaml:"expensive_tokens"`
	// RarePerMinute: a series (service, model) seen at most this many times
	// in the last minute is rare: its spans are kept whole.
	RarePerMinute int `yaml:"rare_per_minute"`
	// FixedProbability, when positive, pins the controller at level 2
	// with this keep probability whatever the pressure: forward that
	// share of normal spans in detail and summarise the rest, always
	// (cost control, load experiments). 0 (default): the controller
	// decides.
	FixedProbability float64 `yaml:"fixed_probability"`
	// SummaryBucket is the event-time bucket the spans ingest does not
	// forward are summarised in (per series). It must divide every
	// aggregator window length (10 s and 1 m by default), so each bucket
	// lies in one window; the aggregator counts summaries that straddle a
	// window end (llmobs_aggregator_summaries_misaligned_total).
	SummaryBucket time.Duration `yaml:"summary_bucket"`
	// SummarizeGPUPriced: calls priced by GPU-seconds (self-hosted) are
	// summarised like the others, their GPU cost estimated by the enricher
	// from their host's GPU time over the bucket (marked estimated in the
	// SLIs). false: they are always forwarded, their GPU cost joined
	// exactly, at the price of shedding none of them.
	SummarizeGPUPriced bool `yaml:"summarize_gpu_priced"`
	// CaptureOnAlert: while an alert fires for a series (llmobs.alerts),
	// its spans are forwarded whole at every level (trigger-based full
	// capture). CaptureTTL ends a capture whose alert was neither resolved
	// nor re-announced for that long (the alerter re-announces firing
	// alerts every repeat_interval, 4h by default); ingest also reads
	// llmobs.alerts that far back on start.
	CaptureOnAlert bool          `yaml:"capture_on_alert"`
	CaptureTTL     time.Duration `yaml:"capture_ttl"`
}

// DefaultConfig: on, shedding once a downstream group is 15 s behind
// beyond what it intends to hold, levels up to 2.
func DefaultConfig() Config {
	return Config{
		Enabled: true, TargetDelay: 15 * time.Second, Interval: 2 * time.Second, MaxLevel: LevelSample,
		IntendedDelay:  map[string]time.Duration{"llmobs-enricher": 25 * time.Second},
		MinProbability: 1.0 / 64, Hold: 2, SlowMS: 10_000, SlowMinSamples: 200, ExpensiveTokens: 20_000, RarePerMinute: 30,
		MaxProduceLatency: 2 * time.Second, SummaryBucket: 10 * time.Second, SummarizeGPUPriced: true,
		CaptureOnAlert: true, CaptureTTL: 9 * time.Hour,
		Groups: []string{"llmobs-enricher", "llmobs-aggregator-stage1", "llmobs-aggregator-stage2", "llmobs-alerter"},
	}
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if c.TargetDelay < time.Second {
		errs = append(errs, config.Errorf("target_delay", "%v: must be at least 1s", c.TargetDelay))
	}
	for g, d := range c.IntendedDelay {
		if d < 0 {
			errs = append(errs, config.Errorf("intended_delay."+g, "must not be negative"))
		}
	}
	if c.TargetLag < 0 {
		errs = append(errs, config.Errorf("target_lag", "must not be negative (0 = off)"))
	}
	if c.FixedProbability < 0 || c.FixedProbability > 1 {
		errs = append(errs, config.Errorf("fixed_probability", "must be in (0, 1], or 0 to let the controller decide"))
	}
	if c.CaptureOnAlert && c.CaptureTTL < time.Minute {
		errs = append(errs, config.Errorf("capture_ttl", "%v: must be at least 1m (and over the alerter's repeat_interval)", c.CaptureTTL))
	}
	if c.SummaryBucket < time.Millisecond || time.Minute%c.SummaryBucket != 0 {
		errs = append(errs, config.Errorf("summary_bucket", "%v: must divide every aggregator window length (1m at least: e.g. 10s, 5s, 1s)", c.SummaryBucket))
	}
	if c.Interval < 100*time.Millisecond {
		errs = append(errs, config.Errorf("interval", "must be at least 100ms"))
	}
	if c.MaxLevel < 0 || c.MaxLevel > LevelSample {
		errs = append(errs, config.Errorf("max_level", "must be 0, 1 or 2"))
	}
	if c.MinProbability <= 0 || c.MinProbability > 1 {
		errs = append(errs, config.Errorf("min_probability", "must be in (0, 1]"))
	}
	if c.Hold < 1 {
		errs = append(errs, config.Errorf("hold", "must be at least 1"))
	}
	if c.SlowMS <= 0 {
		errs = append(errs, config.Errorf("slow_ms", "must be positive"))
	}
	if c.MaxProduceLatency <= 0 {
		errs = append(errs, config.Errorf("max_produce_latency", "must be positive"))
	}
	if c.ExpensiveTokens < 1 {
		errs = append(errs, config.Errorf("expensive_tokens", "must be at least 1"))
	}
	if c.RarePerMinute < 0 {
		errs = append(errs, config.Errorf("rare_per_minute", "must not be negative"))
	}
	return errors.Join(errs...)
}

// Pressure is one reading.
type Pressure struct {
	// Delay: how far the most-behind downstream group is behind beyond
	// what it intends to hold, on the grid of Config.Excess.
	Delay          time.Duration
	Lag            int64         // downstream consumer lag, records (summed)
	QueueFill      float64       // ingest's own queue, 0..1
	ProduceLatency time.Duration // recent time for Kafka to acknowledge a batch
}

// DelayStep is the resolution at which a group's delay beyond its intended
// one is measured: an eighth of the target.
func (c Config) DelayStep() time.Duration { return max(c.TargetDelay/8, time.Millisecond) }

// MaxDelay is the largest delay beyond the intended one that is measured
// (four times the target): past it the controller needs no more detail.
func (c Config) MaxDelay() time.Duration { return 4 * c.TargetDelay }

// Excess is how far a group whose oldest unconsumed record is age old is
// behind beyond its intended delay, as the controller reads it: rounded
// down to DelayStep, 0 under half the target (nothing to act on), at most
// MaxDelay. readPressure measures exactly this without reading any
// record: it lists offsets by time at points of that grid.
func (c Config) Excess(age, intended time.Duration) time.Duration {
	d := age - intended
	if d < c.TargetDelay/2 {
		return 0
	}
	step := c.DelayStep()
	return min(d/step*step, c.MaxDelay())
}

// Decision reasons (metric labels).
const (
	ReasonError     = "error"
	ReasonSlow      = "slow"
	ReasonExpensive = "expensive"
	ReasonRare      = "rare"
	// ReasonGPUPriced: a call priced by the GPU-seconds the enricher's
	// join attributes to it (self-hosted, or no token price) that is
	// forwarded: summarize_gpu_priced is off, or the span names no host
	// whose GPU time could be charged to it.
	ReasonGPUPriced = "gpu_priced"
	// ReasonAlert: an alert fires for the span's series (trigger-based
	// full capture): forwarded whole, bodies included.
	ReasonAlert = "alert"
	// ReasonEvaluated: the span carries evaluations or user feedback
	// (Span.evaluations): forwarded whole, so the aggregator can join them
	// (a standalone evaluation about a call ingest summarised still finds
	// no call: the aggregator counts it unmatched).
	ReasonEvaluated = "evaluated"
	ReasonNormal    = "normal"
	ReasonSampled   = "sampled"
)

// Observer receives what the sampler did (metrics).
type Observer interface {
	Level(level int, p float64)
	Span(decision, reason string)
}

// Controller holds the level and p, and samples spans. Safe for
// concurrent use: Sample runs on every ingest path, Update on a ticker.
type Controller struct {
	cfg Config
	log *slog.Logger
	obs Observer

	mu        sync.Mutex
	level     int
	p         float64
	high, low int
	cutAt     time.Duration // the delay read when p was last cut

	// Read lock-free on the hot path.
	curLevel atomic.Int32
	curP     atomic.Uint64 // float64 bits

	rare *rareSeries

	// exempt, when set, names why a normal span must still be forwarded
	// whole, bodies included, under shedding ("" when it need not): ingest
	// exempts the series of firing alerts, and calls priced by GPU-seconds
	// it cannot summarise.
	exempt func(*llmobsv1.Span) string
}

// Exempt sets a rule that keeps more spans whole: f returns the reason
// (a metric label) or "". Set before the controller is used.
func (c *Controller) Exempt(f func(*llmobsv1.Span) string) { c.exempt = f }

// New builds a controller at level 0.
func New(cfg Config, log *slog.Logger, obs Observer) *Controller {
	if log == nil {
		log = slog.Default()
	}
	c := &Controller{cfg: cfg, log: log, obs: obs, p: 1, rare: newRare(time.Minute)}
	if cfg.FixedProbability > 0 {
		c.level, c.p = LevelSample, cfg.FixedProbability
	}
	c.publish()
	return c
}

func (c *Controller) publish() {
	c.curLevel.Store(int32(c.level))
	c.curP.Store(math.Float64bits(c.p))
	if c.obs != nil {
		c.obs.Level(c.level, c.p)
	}
}

// Level and Probability now.
func (c *Controller) Level() int { return int(c.curLevel.Load()) }

// Probability of keeping a normal span now (1 below level 2).
func (c *Controller) Probability() float64 { return math.Float64frombits(c.curP.Load()) }

// Force sets the level and p (tests, load experiments); Update moves
// them again on its next reading.
func (c *Controller) Force(level int, p float64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.level, c.p = level, p
	c.publish()
}

// Update takes one pressure reading and moves the level with hysteresis:
// pressure is high when a downstream group is target_delay or more behind
// beyond its intended delay (or the lag exceeds target_lag, when set), the
// queue is more than half full or Kafka acknowledges slowly; low when the
// delay is under half the target, the queue under a quarter and Kafka
// quick. At level 2, p shrinks by 30% per high reading, unless the delay
// is below what it was when p was last cut (the backlog drains at this p:
// cutting more would undershoot), and doubles per low reading; the level
// drops back once p is 1 again. With fixed_probability set it changes
// nothing.
func (c *Controller) Update(pr Pressure) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cfg.FixedProbability > 0 {
		return
	}
	lagHigh := c.cfg.TargetLag > 0 && pr.Lag > c.cfg.TargetLag
	lagLow := c.cfg.TargetLag <= 0 || pr.Lag < c.cfg.TargetLag/2
	high := pr.Delay >= c.cfg.TargetDelay || lagHigh || pr.QueueFill > 0.5 || pr.ProduceLatency > c.cfg.MaxProduceLatency
	low := pr.Delay < c.cfg.TargetDelay/2 && lagLow && pr.QueueFill < 0.25 && pr.ProduceLatency < c.cfg.MaxProduceLatency/2
	switch {
	case high:
		c.high++
		c.low = 0
	case low:
		c.low++
		c.high = 0
	default:
		c.high, c.low = 0, 0
	}
	from, fromP := c.level, c.p
	// A backlog that shrank since p was last cut is draining at this p:
	// shedding more would only undershoot (down to min_probability while
	// the backlog drains), so p holds.
	draining := pr.Delay < c.cutAt
	switch {
	case high && c.level == LevelSample && draining:
	case high && c.level == LevelSample:
		c.p = math.Max(Quantize(c.p*0.7), c.cfg.MinProbability)
		c.cutAt = pr.Delay
	case high && c.high >= c.cfg.Hold && c.level < c.cfg.MaxLevel:
		c.level++
		c.high = 0
	case low && c.level == LevelSample && c.p < 1:
		c.p = math.Min(Quantize(c.p*2), 1) // recover faster than it sheds
	case low && c.low >= 2*c.cfg.Hold && c.level > LevelKeepAll:
		c.level--
		c.low = 0
	}
	if c.level < LevelSample {
		c.p = 1
	}
	if c.level != from || c.p != fromP {
		c.publish()
	}
	if c.level != from {
		c.log.Info("sampling level changed", "event", "sampling_level", "from", from, "to", c.level, "p", c.p, "delay_beyond_intended", pr.Delay, "target_delay", c.cfg.TargetDelay, "lag", pr.Lag, "queue_fill", pr.QueueFill, "produce_latency", pr.ProduceLatency)
	}
}

// Sample applies the current level to one span: it may strip its bodies
// or decline to forward it (false: ingest folds it into a summary), and
// sets its sampling level. A forwarded span keeps weight 1: the summaries
// carry the spans not forwarded, so nothing is scaled up.
func (c *Controller) Sample(s *llmobsv1.Span) bool {
	level := int(c.curLevel.Load())
	reason := c.reason(s)
	s.SamplingLevel = uint32(level)
	if s.Weight <= 0 {
		s.Weight = 1
	}
	if level >= LevelStripBodies && reason == ReasonNormal && c.exempt != nil {
		if r := c.exempt(s); r != "" {
			reason = r
		}
	}
	if level == LevelKeepAll || reason != ReasonNormal {
		c.observe("kept", reason)
		return true
	}
	if level >= LevelStripBodies && hasBodies(s) {
		stripBodies(s)
		c.observe("stripped", ReasonNormal)
	}
	if level >= LevelSample {
		p := math.Float64frombits(c.curP.Load())
		if !Keep(s.TraceId, p) {
			c.observe("dropped", ReasonSampled)
			return false
		}
	}
	c.observe("kept", ReasonNormal)
	return true
}

func (c *Controller) observe(decision, reason string) {
	if c.obs != nil {
		c.obs.Span(decision, reason)
	}
}

// reason says why a span must be kept whole, or ReasonNormal.
func (c *Controller) reason(s *llmobsv1.Span) string {
	if len(s.Evaluations) > 0 {
		return ReasonEvaluated
	}
	if s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR || s.ErrorType != "" || s.HttpStatusCode >= 500 {
		return ReasonError
	}
	var latMs float64
	if s.EndTimeUnixNano > s.StartTimeUnixNano {
		latMs = float64(s.EndTimeUnixNano-s.StartTimeUnixNano) / 1e6
	}
	if latMs >= c.cfg.SlowMS {
		return ReasonSlow
	}
	if g := s.GenAi; g != nil {
		n, p99 := c.rare.seen(s.GetResource().GetServiceName()+"\x1f"+g.RequestModel, latMs)
		if n >= c.cfg.SlowMinSamples && latMs >= p99 {
			return ReasonSlow
		}
		if g.InputTokens+g.OutputTokens >= c.cfg.ExpensiveTokens {
			return ReasonExpensive
		}
		if c.cfg.RarePerMinute > 0 && n <= c.cfg.RarePerMinute {
			return ReasonRare
		}
	}
	return ReasonNormal
}

func hasBodies(s *llmobsv1.Span) bool {
	g := s.GenAi
	return g != nil && (len(g.InputMessages) > 0 || len(g.OutputMessages) > 0 || g.SystemInstructions != "")
}

func stripBodies(s *llmobsv1.Span) {
	s.GenAi.InputMessages, s.GenAi.OutputMessages, s.GenAi.SystemInstructions = nil, nil, ""
	s.BodiesDropped = true
}

// rareSeries counts spans per series over a sliding minute (two buckets),
// with a log-scale latency histogram per series for its recent p99.
type rareSeries struct {
	mu         sync.Mutex
	cur, prev  map[string]*seriesStats
	started    time.Time
	period     time.Duration
	now        func() time.Time
	maxEntries int
}

// latency buckets: bucket i holds [1.25^i, 1.25^(i+1)) ms; 64 buckets reach ~1.6e6 ms.
const nBuckets = 64

var logBase = math.Log(1.25)

type seriesStats struct {
	n    int
	hist [nBuckets]uint32
}

func newRare(period time.Duration) *rareSeries {
	return &rareSeries{cur: map[string]*seriesStats{}, prev: map[string]*seriesStats{}, period: period, now: time.Now, maxEntries: 10_000}
}

func bucketOf(ms float64) int {
	if ms < 1 {
		return 0
	}
	return min(int(math.Log(ms)/logBase), nBuckets-1)
}

// seen counts one span of key with latency latMs, and returns the series'
// span count over about a period and its p99 latency before this span
// (the lower edge of the p99 bucket, so a span in that bucket is slow).
func (r *rareSeries) seen(key string, latMs float64) (n int, p99 float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if r.started.IsZero() {
		r.started = now
	}
	if now.Sub(r.started) >= r.period {
		r.prev, r.cur, r.started = r.cur, map[string]*seriesStats{}, now
	}
	cur, prev := r.cur[key], r.prev[key]
	total := 0
	var hist [nBuckets]uint32
	for _, st := range []*seriesStats{cur, prev} {
		if st != nil {
			total += st.n
			for i, v := range st.hist {
				hist[i] += v
			}
		}
	}
	p99 = math.Inf(1)
	if total > 0 {
		need, cum := int(math.Ceil(0.99*float64(total))), 0
		for i, v := range hist {
			cum += int(v)
			if cum >= need {
				p99 = math.Pow(1.25, float64(i))
				break
			}
		}
	}
	if cur == nil && len(r.cur) < r.maxEntries {
		cur = &seriesStats{}
		r.cur[key] = cur
	}
	if cur != nil {
		cur.n++
		cur.hist[bucketOf(latMs)]++
	}
	return total + 1, p99
}
