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
	// TargetLag is the downstream consumer lag (records) the controller
	// holds the pipeline under.
	TargetLag int64 `yaml:"target_lag"`
	// Groups are the downstream consumer groups whose lag is pressure.
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
}

// DefaultConfig: on, target lag 50k records, levels up to 2.
func DefaultConfig() Config {
	return Config{
		Enabled: true, TargetLag: 50_000, Interval: 2 * time.Second, MaxLevel: LevelSample,
		MinProbability: 1.0 / 64, Hold: 2, SlowMS: 10_000, SlowMinSamples: 200, ExpensiveTokens: 20_000, RarePerMinute: 30,
		MaxProduceLatency: 2 * time.Second,
		Groups:            []string{"llmobs-enricher", "llmobs-aggregator-stage1", "llmobs-aggregator-stage2", "llmobs-alerter"},
	}
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if c.TargetLag < 1 {
		errs = append(errs, config.Errorf("target_lag", "must be at least 1"))
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
	Lag            int64         // downstream consumer lag, records
	QueueFill      float64       // ingest's own queue, 0..1
	ProduceLatency time.Duration // recent time for Kafka to acknowledge a batch
}

// Decision reasons (metric labels).
const (
	ReasonError     = "error"
	ReasonSlow      = "slow"
	ReasonExpensive = "expensive"
	ReasonRare      = "rare"
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

	// Read lock-free on the hot path.
	curLevel atomic.Int32
	curP     atomic.Uint64 // float64 bits

	rare *rareSeries
}

// New builds a controller at level 0.
func New(cfg Config, log *slog.Logger, obs Observer) *Controller {
	if log == nil {
		log = slog.Default()
	}
	c := &Controller{cfg: cfg, log: log, obs: obs, p: 1, rare: newRare(time.Minute)}
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
// pressure is high when the lag exceeds the target or the queue is more
// than half full, low when the lag is under half the target and the queue
// under a quarter. At level 2, p shrinks by 30% per high reading and
// doubles per low one; the level drops back once p is 1 again.
func (c *Controller) Update(pr Pressure) {
	c.mu.Lock()
	defer c.mu.Unlock()
	high := pr.Lag > c.cfg.TargetLag || pr.QueueFill > 0.5 || pr.ProduceLatency > c.cfg.MaxProduceLatency
	low := pr.Lag < c.cfg.TargetLag/2 && pr.QueueFill < 0.25 && pr.ProduceLatency < c.cfg.MaxProduceLatency/2
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
	switch {
	case high && c.level == LevelSample:
		c.p = math.Max(Quantize(c.p*0.7), c.cfg.MinProbability)
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
		c.log.Info("sampling level changed", "event", "sampling_level", "from", from, "to", c.level, "p", c.p, "lag", pr.Lag, "target_lag", c.cfg.TargetLag, "queue_fill", pr.QueueFill, "produce_latency", pr.ProduceLatency)
	}
}

// Sample applies the current level to one span: it may strip its bodies
// or drop it (false), and sets its weight and sampling level.
func (c *Controller) Sample(s *llmobsv1.Span) bool {
	level := int(c.curLevel.Load())
	reason := c.reason(s)
	s.SamplingLevel = uint32(level)
	if s.Weight <= 0 {
		s.Weight = 1
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
		s.Weight *= 1 / p
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
