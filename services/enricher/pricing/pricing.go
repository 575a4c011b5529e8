// Package pricing prices LLM calls: a price table embedded in the binary
// (models from Langfuse's MIT-licensed table plus our own entries, each with
// its source and date), a $/GPU-hour table for self-hosted models, and a
// user override file.
//
// Token semantics follow the OTel GenAI conventions: input tokens include
// cache-read and cache-creation tokens, output tokens include reasoning
// tokens. Cached tokens are therefore priced once, at the cache price,
// never also at the input price. Instrumentations that report Anthropic's
// raw usage (input without cache) are detected: when cache tokens exceed
// the input count, input is taken as the uncached part.
package pricing

import (
	"embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

//go:embed data/*.yaml
var embedded embed.FS

// Prices are USD per 1M tokens. A zero CacheRead / CacheWrite falls back to
// Input; a zero Reasoning prices reasoning tokens as Output.
type Prices struct {
	Input      float64 `yaml:"input"`
	Output     float64 `yaml:"output"`
	CacheRead  float64 `yaml:"cache_read"`
	CacheWrite float64 `yaml:"cache_write"`
	Reasoning  float64 `yaml:"reasoning"`
}

// Tier replaces the prices above a usage threshold (long context).
type Tier struct {
	Name            string `yaml:"name"`
	InputTokensOver int64  `yaml:"input_tokens_over"`
	Prices          Prices `yaml:"prices"`
}

// Entry is one priced model.
type Entry struct {
	ID string `yaml:"id"`
	// Providers this entry is for (gen_ai.provider.name values); a match
	// under a listed provider wins over one under another.
	Providers []string `yaml:"providers"`
	Match     string   `yaml:"match"`
	Prices    Prices   `yaml:"prices"`
	Tiers     []Tier   `yaml:"tiers"`
	Source    string   `yaml:"source"`
	AsOf      string   `yaml:"as_of"`

	re *regexp.Regexp
}

// GPUPrice is $/hour for GPUs whose model name matches.
type GPUPrice struct {
	Match      string  `yaml:"match"`
	USDPerHour float64 `yaml:"usd_per_hour"`
	Source     string  `yaml:"source"`
	AsOf       string  `yaml:"as_of"`

	re *regexp.Regexp
}

type file struct {
	Models []Entry    `yaml:"models"`
	GPUs   []GPUPrice `yaml:"gpus"`
}

// Usage of one call.
type Usage struct {
	InputTokens, OutputTokens, CacheReadTokens, CacheWriteTokens, ReasoningTokens int64
	// GPUSeconds attributed to the call and the GPU's model name
	// (self-hosted inference).
	GPUSeconds float64
	GPUModel   string
}

// SelfHostedProviders are served on the user's own GPUs: never priced by a
// host's token price, always by GPU-seconds.
var SelfHostedProviders = []string{"vllm", "tgi", "ollama", "sglang", "llama.cpp", "lmdeploy", "triton", "localai", "self_hosted", "huggingface_tgi"}

// Table is safe for concurrent use.
type Table struct {
	entries []*Entry // user overrides first, then extra, then langfuse
	gpus    []*GPUPrice

	mu    sync.RWMutex
	cache map[string]*Entry // provider + "\x00" + model -> entry (nil: no match)
}

const cacheMax = 4096

// Default is the embedded table.
func Default() (*Table, error) { return Load("") }

// Load is the embedded table with the user's override file (if path is not
// empty) on top: its models and GPU prices win over the embedded ones.
func Load(overridePath string) (*Table, error) {
	var files []file
	if overridePath != "" {
		raw, err := os.ReadFile(overridePath)
		if err != nil {
			return nil, fmt.Errorf("price override: %w", err)
		}
		f, err := parse(overridePath, raw)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	for _, name := range []string{"data/extra.yaml", "data/langfuse.yaml", "data/gpus.yaml"} {
		raw, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := parse(name, raw)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	t := &Table{cache: map[string]*Entry{}}
	seen := map[string]bool{}
	for _, f := range files {
		for i := range f.Models {
			e := f.Models[i]
			if seen[e.ID] {
				continue // overridden by an earlier file
			}
			seen[e.ID] = true
			t.entries = append(t.entries, &e)
		}
		for i := range f.GPUs {
			g := f.GPUs[i]
			t.gpus = append(t.gpus, &g)
		}
	}
	return t, nil
}

func parse(name string, raw []byte) (file, error) {
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("%s: %w", name, err)
	}
	var errs []error
	for i := range f.Models {
		e := &f.Models[i]
		at := fmt.Sprintf("%s: models[%d] (%s)", name, i, e.ID)
		if e.ID == "" {
			errs = append(errs, fmt.Errorf("%s: id is required", at))
		}
		re, err := regexp.Compile(e.Match)
		if e.Match == "" || err != nil {
			errs = append(errs, fmt.Errorf("%s: match: %v", at, errOr(err, "required")))
		}
		e.re = re
		if e.Source == "" || e.AsOf == "" {
			errs = append(errs, fmt.Errorf("%s: source and as_of are required", at))
		}
		for _, p := range append([]Prices{e.Prices}, tierPrices(e.Tiers)...) {
			if p.Input < 0 || p.Output < 0 || p.CacheRead < 0 || p.CacheWrite < 0 || p.Reasoning < 0 {
				errs = append(errs, fmt.Errorf("%s: prices must not be negative", at))
			}
		}
		for _, tr := range e.Tiers {
			if tr.InputTokensOver <= 0 {
				errs = append(errs, fmt.Errorf("%s: tier %q: input_tokens_over must be positive", at, tr.Name))
			}
		}
	}
	for i := range f.GPUs {
		g := &f.GPUs[i]
		at := fmt.Sprintf("%s: gpus[%d]", name, i)
		re, err := regexp.Compile("(?i)" + g.Match)
		if g.Match == "" || err != nil {
			errs = append(errs, fmt.Errorf("%s: match: %v", at, errOr(err, "required")))
		}
		g.re = re
		if g.USDPerHour <= 0 {
			errs = append(errs, fmt.Errorf("%s: usd_per_hour must be positive", at))
		}
	}
	return f, errors.Join(errs...)
}

func errOr(err error, msg string) any {
	if err != nil {
		return err
	}
	return msg
}

func tierPrices(ts []Tier) []Prices {
	out := make([]Prices, len(ts))
	for i, t := range ts {
		out[i] = t.Prices
	}
	return out
}

// Len is the number of priced models.
func (t *Table) Len() int { return len(t.entries) }

// Entries returns the priced models (for listings and tests).
func (t *Table) Entries() []Entry {
	out := make([]Entry, len(t.entries))
	for i, e := range t.entries {
		out[i] = *e
	}
	return out
}

// Lookup finds the entry for a model: among entries whose pattern matches
// the model id (or "provider/model"), one listing the provider wins.
// Self-hosted providers never match.
func (t *Table) Lookup(provider, model string) (Entry, bool) {
	e := t.lookup(provider, model)
	if e == nil {
		return Entry{}, false
	}
	return *e, true
}

func (t *Table) lookup(provider, model string) *Entry {
	if model == "" || slices.Contains(SelfHostedProviders, provider) {
		return nil
	}
	key := provider + "\x00" + model
	t.mu.RLock()
	e, ok := t.cache[key]
	t.mu.RUnlock()
	if ok {
		return e
	}
	var fallback *Entry
	for _, c := range t.entries {
		if !c.re.MatchString(model) && (provider == "" || !c.re.MatchString(provider+"/"+model)) {
			continue
		}
		if provider != "" && slices.Contains(c.Providers, provider) {
			e = c
			break
		}
		if fallback == nil {
			fallback = c
		}
	}
	if e == nil {
		e = fallback
	}
	t.mu.Lock()
	if len(t.cache) >= cacheMax {
		clear(t.cache) // bounded: model ids are few, but never trust input
	}
	t.cache[key] = e
	t.mu.Unlock()
	return e
}

// GPUPrice returns $/hour for a GPU model name.
func (t *Table) GPUPrice(gpuModel string) (float64, bool) {
	for _, g := range t.gpus {
		if g.re.MatchString(gpuModel) {
			return g.USDPerHour, true
		}
	}
	return 0, false
}

// Cost prices one call. Exactly one of these holds on the result: a token
// price matched (PriceModel set), the call is self-hosted and priced by
// GPU-seconds (PriceTier "self_hosted"), or nothing could price it
// (UnknownModel, Total 0: the caller counts it, it is not "free").
func (t *Table) Cost(provider, model string, u Usage) *llmobsv1.Cost {
	c := &llmobsv1.Cost{}
	if e := t.lookup(provider, model); e != nil {
		p, tier := e.Prices, "default"
		for _, tr := range e.Tiers {
			if u.InputTokens > tr.InputTokensOver {
				p, tier = tr.Prices, tr.Name
			}
		}
		const perToken = 1e-6
		cacheRead, cacheWrite := max(u.CacheReadTokens, 0), max(u.CacheWriteTokens, 0)
		uncached := u.InputTokens - cacheRead - cacheWrite
		if uncached < 0 {
			// Raw Anthropic usage: input excludes cache tokens.
			uncached = max(u.InputTokens, 0)
		}
		c.Input = float64(uncached) * p.Input * perToken
		c.CacheRead = float64(cacheRead) * or(p.CacheRead, p.Input) * perToken
		c.CacheWrite = float64(cacheWrite) * or(p.CacheWrite, p.Input) * perToken
		reasoning := min(max(u.ReasoningTokens, 0), max(u.OutputTokens, 0))
		c.Output = float64(max(u.OutputTokens, 0)-reasoning) * p.Output * perToken
		c.Reasoning = float64(reasoning) * or(p.Reasoning, p.Output) * perToken
		c.Total = c.Input + c.CacheRead + c.CacheWrite + c.Output + c.Reasoning
		c.PriceModel, c.PriceTier, c.PriceSource = e.ID, tier, e.Source+" ("+e.AsOf+")"
		return c
	}
	if slices.Contains(SelfHostedProviders, provider) || u.GPUSeconds > 0 {
		if usd, ok := t.GPUPrice(u.GPUModel); ok && u.GPUSeconds > 0 {
			c.Gpu = u.GPUSeconds * usd / 3600
			c.Total = c.Gpu
			c.PriceModel, c.PriceTier, c.PriceSource = model, "self_hosted", "gpu "+u.GPUModel
			return c
		}
	}
	c.UnknownModel = true
	return c
}

func or(a, b float64) float64 {
	if a > 0 {
		return a
	}
	return b
}
