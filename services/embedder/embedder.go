// Package embedder is the embedder service: it reads llmobs.enriched,
// embeds what users asked (the redacted prompt of every LLM call) and
// upserts it into a vector index, then answers semantic searches over it
// (GET /api/search). See DESIGN.md and README.md in this directory.
//
// Dedup. A prompt is identified by the hash of its normalised text (NFKC,
// lower case, whitespace collapsed); its point ID derives from that hash
// (index.PointID), so a repeated prompt is embedded once and a replay
// rewrites the same points. A repeat only updates the point's payload:
// hits, last seen, the most recent call's fields and its trace ID.
//
// Delivery and load. A fetch loop hands polled records to the embedding
// worker through a bounded queue (queue_size polls): when the worker falls
// behind, the loop stops polling, so memory stays bounded and Kafka holds
// the rest. Offsets are committed only after the index accepted a poll's
// prompts; an index outage (Qdrant unavailable) is retried with capped
// backoff, holding the offsets, and never blocks the other services. When
// the group lags more than sample_above_lag spans behind the topic's end
// (records behind × the mean spans per record read), new prompts are
// embedded with a probability that falls as the lag grows (never below min_keep; errors always kept), decided by the text
// hash so a prompt's fate is consistent; every prompt left out is counted
// (llmobs_embedder_prompts_total{outcome="sampled_out"}). Repeats of
// already-embedded prompts cost no embedding and are never sampled.
//
// Crash between an index write and the offset commit: the poll is read
// again; vectors and payloads are rewritten identically except the hit
// count, which counts that poll's repeats twice (documented, bounded by
// one poll).
package embedder

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/embedder/encoder/openai"
	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/novelty"
)

// Encoder kinds.
const (
	EncoderUSELite = "use-lite"
	EncoderOpenAI  = "openai"
)

// EncoderConfig picks the sentence encoder.
type EncoderConfig struct {
	// Kind: use-lite (built-in, offline, the default) or openai (any
	// OpenAI-compatible /v1/embeddings endpoint).
	Kind string `yaml:"kind"`
	// ModelDir holds the USE Lite weights (scripts/fetch-models.sh).
	ModelDir string        `yaml:"model_dir"`
	OpenAI   openai.Config `yaml:"openai"`
}

// QdrantConfig: an empty Addr means the in-process index.
type QdrantConfig struct {
	Addr       string        `yaml:"addr"` // host:port of Qdrant's gRPC API (6334)
	APIKey     string        `yaml:"api_key"`
	TLS        bool          `yaml:"tls"`
	Collection string        `yaml:"collection"`
	Timeout    time.Duration `yaml:"timeout"`
}

// Config of the embedder service (YAML section "embedder").
type Config struct {
	Group   string        `yaml:"group"`
	Encoder EncoderConfig `yaml:"encoder"`
	Qdrant  QdrantConfig  `yaml:"qdrant"`
	// MemoryMaxPoints and MemoryMaxBytes bound the in-process index, in
	// points and in their estimated memory (least recently seen prompts
	// are evicted first; ~2 KB a prompt of a few hundred characters).
	MemoryMaxPoints int   `yaml:"memory_max_points"`
	MemoryMaxBytes  int64 `yaml:"memory_max_bytes"`

	MaxPollRecords int `yaml:"max_poll_records"`
	// QueueSize is how many polls may wait for the embedding worker.
	QueueSize int `yaml:"queue_size"`
	// BatchSize prompts are embedded together; a batch is flushed when it
	// is full or BatchWait after its first prompt.
	BatchSize int           `yaml:"batch_size"`
	BatchWait time.Duration `yaml:"batch_wait"`
	// MaxTextBytes: longer prompts are cut (on a rune boundary) before
	// hashing and embedding.
	MaxTextBytes int `yaml:"max_text_bytes"`
	// DedupCache is how many distinct prompts are remembered in memory
	// (beyond it the index is asked).
	DedupCache int `yaml:"dedup_cache"`
	// NoveltySnapshotInterval: how often the novelty detector's state of
	// the services that saw prompts is written to llmobs.embedder.state,
	// from which a restart restores it (0: never; then a restart warms up
	// again).
	NoveltySnapshotInterval time.Duration `yaml:"novelty_snapshot_interval"`
	// SampleAboveLag: beyond this many spans of consumer lag (records
	// behind × the mean spans per record read: records are batches), new
	// prompts are sampled; MinKeep is the lowest keep probability.
	SampleAboveLag int64   `yaml:"sample_above_lag"`
	MinKeep        float64 `yaml:"min_keep"`
	// EncoderCPU bounds the sentence encoder to this many cores on
	// average while the embedder catches up on a backlog (0: no bound):
	// past it, new texts are sampled like under lag, counted sampled_out
	// (budget.go). Live traffic is not bounded. The service binary has no
	// bound (it has its cores to itself); the all-in-one sets 0.25, so a
	// backlog's embeddings never starve the SLI stages.
	EncoderCPU float64 `yaml:"encoder_cpu"`
	// MaxBackoff caps the wait between retries of a failing index.
	MaxBackoff time.Duration `yaml:"max_backoff"`
	// DefaultK is the number of search results when k is not given.
	DefaultK int `yaml:"default_k"`
	// Novelty tunes novelty scores, topics and surges (package novelty).
	Novelty novelty.Config `yaml:"novelty"`
	// Outputs: novelty of completions (off by default: outputs.go).
	Outputs OutputsConfig `yaml:"outputs"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Group: "llmobs-embedder",
		Encoder: EncoderConfig{
			Kind:     EncoderUSELite,
			ModelDir: encoder.DefaultUSELiteDir,
			OpenAI:   openai.DefaultConfig(),
		},
		Qdrant:                  QdrantConfig{Collection: index.DefaultCollection, Timeout: 10 * time.Second},
		MemoryMaxPoints:         200_000,
		MemoryMaxBytes:          64 << 20,
		MaxPollRecords:          200,
		QueueSize:               4,
		BatchSize:               64,
		BatchWait:               500 * time.Millisecond,
		MaxTextBytes:            2000,
		DedupCache:              50_000,
		NoveltySnapshotInterval: time.Minute,
		SampleAboveLag:          5000,
		MinKeep:                 0.02,
		MaxBackoff:              30 * time.Second,
		DefaultK:                10,
		// A new kind of completion is often put a few ways that cluster
		// apart (the load generator's format failures: JSON-looking and
		// prose, two topics of half the share each): surge from 2 %.
		Outputs: OutputsConfig{Cache: 50_000, Novelty: novelty.Config{MinShare: 0.02}},
	}
}

// RegisterFlags binds the most used keys.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.StringVar(&c.Encoder.Kind, prefix+".encoder", c.Encoder.Kind, "sentence encoder: use-lite or openai")
	fs.StringVar(&c.Encoder.ModelDir, prefix+".model-dir", c.Encoder.ModelDir, "USE Lite weights directory (fetched once by `llmobs models`)")
	fs.StringVar(&c.Encoder.OpenAI.URL, prefix+".openai-url", c.Encoder.OpenAI.URL, "OpenAI-compatible embeddings endpoint (encoder=openai)")
	fs.StringVar(&c.Encoder.OpenAI.Model, prefix+".openai-model", c.Encoder.OpenAI.Model, "embedding model name (encoder=openai)")
	fs.StringVar(&c.Qdrant.Addr, prefix+".qdrant-addr", c.Qdrant.Addr, "Qdrant gRPC host:port (empty: in-process index)")
	fs.Float64Var(&c.EncoderCPU, prefix+".encoder-cpu", c.EncoderCPU, "cores the sentence encoder may use on average (0 = no bound); past it new prompts are sampled, counted sampled_out")
	fs.BoolVar(&c.Outputs.Enabled, prefix+".outputs", c.Outputs.Enabled, "also embed completions and score their novelty (flag novel_output, LLMNovelOutputSurge); one more encoder pass per call")
}

// Prepare fetches what the service needs before it can start and is not
// there yet: with the built-in encoder, its weights (once, with progress on
// w). The all-in-one demo calls it; `llmobs up` and the service binary do
// not fetch at run time.
func (c Config) Prepare(ctx context.Context, w io.Writer) error {
	if c.Encoder.Kind != EncoderUSELite && c.Encoder.Kind != "" {
		return nil
	}
	if _, err := encoder.FetchUSELite(ctx, c.Encoder.ModelDir, "", w); err != nil {
		return fmt.Errorf("embedder: %w", err)
	}
	return nil
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if err := c.Novelty.Validate(); err != nil {
		errs = append(errs, config.Prefix("novelty", err))
	}
	if err := c.Outputs.Novelty.Validate(); err != nil {
		errs = append(errs, config.Prefix("outputs.novelty", err))
	}
	if c.Outputs.Enabled && c.Outputs.Cache < 1 {
		errs = append(errs, config.Errorf("outputs.cache", "must be at least 1"))
	}
	if c.Group == "" {
		errs = append(errs, config.Errorf("group", "required"))
	}
	switch c.Encoder.Kind {
	case EncoderUSELite:
		if c.Encoder.ModelDir == "" {
			errs = append(errs, config.Errorf("encoder.model_dir", "required for the use-lite encoder"))
		}
	case EncoderOpenAI:
		if c.Encoder.OpenAI.URL == "" {
			errs = append(errs, config.Errorf("encoder.openai.url", "required for the openai encoder"))
		} else if !strings.HasPrefix(c.Encoder.OpenAI.URL, "http://") && !strings.HasPrefix(c.Encoder.OpenAI.URL, "https://") {
			errs = append(errs, config.Errorf("encoder.openai.url", "must be an http:// or https:// URL"))
		}
		if c.Encoder.OpenAI.Model == "" {
			errs = append(errs, config.Errorf("encoder.openai.model", "required for the openai encoder"))
		}
		if c.Encoder.OpenAI.BatchSize < 1 {
			errs = append(errs, config.Errorf("encoder.openai.batch_size", "must be at least 1"))
		}
		if c.Encoder.OpenAI.Dimensions < 0 {
			errs = append(errs, config.Errorf("encoder.openai.dimensions", "must not be negative"))
		}
	default:
		errs = append(errs, config.Errorf("encoder.kind", "must be %q or %q, not %q", EncoderUSELite, EncoderOpenAI, c.Encoder.Kind))
	}
	if c.Qdrant.Addr != "" && c.Qdrant.Collection == "" {
		errs = append(errs, config.Errorf("qdrant.collection", "required"))
	}
	if c.MemoryMaxPoints < 1000 {
		errs = append(errs, config.Errorf("memory_max_points", "must be at least 1000"))
	}
	if c.MemoryMaxBytes < 1<<20 {
		errs = append(errs, config.Errorf("memory_max_bytes", "%d: must be at least 1 MiB (1048576)", c.MemoryMaxBytes))
	}
	for key, v := range map[string]int{"max_poll_records": c.MaxPollRecords, "queue_size": c.QueueSize, "batch_size": c.BatchSize, "dedup_cache": c.DedupCache} {
		if v < 1 {
			errs = append(errs, config.Errorf(key, "must be at least 1"))
		}
	}
	if c.BatchWait <= 0 {
		errs = append(errs, config.Errorf("batch_wait", "must be positive"))
	}
	if c.MaxTextBytes < 16 {
		errs = append(errs, config.Errorf("max_text_bytes", "must be at least 16"))
	}
	if c.SampleAboveLag < 1 {
		errs = append(errs, config.Errorf("sample_above_lag", "must be at least 1"))
	}
	if c.EncoderCPU < 0 || math.IsNaN(c.EncoderCPU) {
		errs = append(errs, config.Errorf("encoder_cpu", "must be 0 (no bound) or a positive number of cores"))
	}
	if c.MinKeep <= 0 || c.MinKeep > 1 {
		errs = append(errs, config.Errorf("min_keep", "must be in (0, 1]"))
	}
	if c.MaxBackoff < 100*time.Millisecond {
		errs = append(errs, config.Errorf("max_backoff", "must be at least 100ms"))
	}
	if c.DefaultK < 1 || c.DefaultK > index.MaxK {
		errs = append(errs, config.Errorf("default_k", "must be in 1..%d", index.MaxK))
	}
	return errors.Join(errs...)
}

// Service is the embedder.
type Service struct {
	cfg   Config
	deps  service.Deps
	log   *slog.Logger
	m     *metrics
	enc   encoder.Encoder
	idx   index.Index
	cache *lru
	// behind: spans left on llmobs.enriched at the last poll; queued:
	// spans read but not yet flushed (see lagSpans).
	behind, queued atomic.Int64
	ready          chan struct{} // closed once the index collection exists
	nov            *novelty.Detector
	budget         *cpuBudget // Config.EncoderCPU
	// ptopics: each tenant/service's topic of a prompt text (key
	// "<tenant>|<service>\x00<text hash>"). An index point is per tenant
	// and text, but topics are per tenant and service: the same question
	// asked in two services belongs to a topic of each (topics.go).
	ptopics *lru
	// surges: the latest topic surge changes, newest last (bounded).
	surgeMu sync.Mutex
	surges  []novelty.Surge
	// The surge state sent to llmobs.novelty per tenant|service (what was
	// last sent), the services a flush touched, and how to send (set by
	// Run; nil: not sent, in tests without Kafka).
	sentState map[string]string
	touched   map[string]bool
	// changed: the state of a service right after each surge change in
	// the flush, in order (surgeRecords sends them before the final one).
	changed     []surgeState
	sendNovelty func(context.Context, []*kgo.Record) error
	// Novelty state snapshots (state.go): the services changed since the
	// last one, when it was written, and how (set by Run).
	dirty      map[string]bool
	lastSnap   time.Time
	writeState func(context.Context, []*kgo.Record) error
	// Completions (outputs.go): their detector, the distinct texts known
	// (topic, novel), the services a flush touched, the latest surges.
	novOut     *novelty.Detector
	outCache   *lru
	touchedOut map[string]bool
	outSurges  []novelty.Surge
	dirtyOut   map[string]bool

	// Test seams.
	sleep func(context.Context, time.Duration) error
}

// New builds the service. With the use-lite encoder and no weights in
// model_dir, it reports the service as not available (the all-in-one
// binary runs without it) and says how to fetch them.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	return newService(cfg, deps, nil, nil)
}

// NewWith builds the service around a given encoder and index (tests,
// embedding programs). A nil argument is built from cfg.
func NewWith(cfg Config, deps service.Deps, enc encoder.Encoder, idx index.Index) (*Service, error) {
	return newService(cfg, deps, enc, idx)
}

func newService(cfg Config, deps service.Deps, enc encoder.Encoder, idx index.Index) (*Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := deps.Log
	if log == nil {
		log = slog.Default()
	}
	if enc == nil {
		var err error
		if enc, err = buildEncoder(cfg.Encoder); err != nil {
			return nil, err
		}
	}
	if idx == nil {
		if cfg.Qdrant.Addr == "" {
			idx = index.NewMemory(index.WithMaxPoints(cfg.MemoryMaxPoints), index.WithMaxBytes(cfg.MemoryMaxBytes))
		} else {
			q, err := newQdrantIndex(cfg.Qdrant)
			if err != nil {
				return nil, fmt.Errorf("embedder: qdrant %s: %w", cfg.Qdrant.Addr, err)
			}
			idx = q
		}
	}
	m, err := newMetrics(deps.Metrics)
	if err != nil {
		return nil, err
	}
	if mem, ok := idx.(*index.Memory); ok && deps.Metrics != nil {
		if err := registerMemoryIndex(deps.Metrics, mem); err != nil {
			return nil, err
		}
	}
	s := &Service{
		cfg: cfg, deps: deps, log: log, m: m, enc: enc, idx: idx,
		cache: newLRU(cfg.DedupCache), ptopics: newLRU(cfg.DedupCache), ready: make(chan struct{}), sleep: sleepCtx,
		budget: newCPUBudget(cfg.EncoderCPU, time.Now()),
		nov:    novelty.New(cfg.Novelty), novOut: novelty.New(cfg.Outputs.Novelty), outCache: newLRU(max(cfg.Outputs.Cache, 1)),
	}
	if deps.Admin != nil {
		deps.Admin.AddReadiness("embedder", s.readiness)
		deps.Admin.Mount("GET /api/search", auth.RoleSearch, http.HandlerFunc(s.handleSearch))
		deps.Admin.Mount("GET /api/topics", auth.RoleSearch, http.HandlerFunc(s.handleTopics))
	}
	return s, nil
}

func buildEncoder(c EncoderConfig) (encoder.Encoder, error) {
	switch c.Kind {
	case EncoderOpenAI:
		ctx, cancel := context.WithTimeout(context.Background(), max(c.OpenAI.Timeout, 5*time.Second))
		defer cancel()
		e, err := openai.New(ctx, c.OpenAI)
		if err != nil {
			return nil, fmt.Errorf("embedder: %w", err)
		}
		return e, nil
	default:
		if _, err := os.Stat(filepath.Join(c.ModelDir, "model.json")); err != nil {
			return nil, fmt.Errorf("%w: the use-lite encoder weights are not in %s (fetch them once with `llmobs models`, or set embedder.encoder.model_dir)", service.ErrNotAvailable, c.ModelDir)
		}
		e, err := encoder.NewUSELite(c.ModelDir)
		if err != nil {
			return nil, fmt.Errorf("embedder: %w", err)
		}
		return e, nil
	}
}

// Endpoints lists what the service serves, for the all-in-one summary.
func (s *Service) Endpoints() []string {
	where := "in-process index"
	if s.cfg.Qdrant.Addr != "" {
		where = "qdrant " + s.cfg.Qdrant.Addr + "/" + s.cfg.Qdrant.Collection
	}
	return []string{"GET /api/search (" + s.enc.Name() + ", " + where + ")"}
}

func (s *Service) readiness() error {
	select {
	case <-s.ready:
		return nil
	default:
		return errors.New("vector index collection not ready")
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
