// Package pricing prices LLM calls: a price table embedded in the binary
// (models from Langfuse's MIT-licensed table plus our own entries, each with
// its source and date), a $/GPU-hour table for self-hosted models, and a
// user override file.
//
// Unit: every model price is USD per 1M tokens; GPU prices are USD per
// GPU-hour.
//
// Token semantics follow the OTel GenAI conventions
// (gen_ai.usage.input_tokens includes gen_ai.usage.cache_read.input_tokens
// and gen_ai.usage.cache_creation.input_tokens; output tokens include
// reasoning tokens). Cached tokens are therefore priced once, at the cache
// price, never also at the input price:
//
//	uncached input = input − cache_read − cache_write   → input price
//	cache_read                                          → cache_read price (else input)
//	cache_write                                         → cache_write price (else input)
//	reasoning (≤ output)                                → reasoning price (else output)
//	output − reasoning                                  → output price
//
// Normalisation of Anthropic's raw usage: Anthropic's API reports
// input_tokens WITHOUT cache tokens, OpenAI's prompt_tokens WITH them.
// Instrumentations should convert to the OTel form; when they do not and
// that is detectable (cache_read + cache_write > input, impossible under
// OTel), input is taken as the uncached part instead of flooring it at 0,
// so the uncached prompt is not silently dropped. When the raw input is
// larger than the cache tokens the two forms cannot be told apart and the
// OTel form is assumed (an undercharge of at most the cache tokens × input
// price). Long-context tiers compare the normalised total input
// (uncached + cache_read + cache_write) with the tier's threshold.
//
// Self-hosted: a call is priced by GPU-seconds × $/GPU-hour / 3600 when its
// provider is a self-hosted server (vllm, tgi, ollama, ...), when the
// matched entry is marked self_hosted, or when no entry matches at all; it
// needs GPU-seconds and a GPU model found in the GPU table. A call whose
// entry has token prices and is not self_hosted is priced by tokens only,
// even if GPU-seconds were attributed to it (a hosted API bills tokens).
// Anything else is UnknownModel with Total 0: unknown, never "free".
package pricing

import (
	"crypto/sha256"
	"embed"
	"encoding"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
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
	// Source and AsOf, when the tier's prices come from elsewhere than
	// the entry's.
	Source string `yaml:"source"`
	AsOf   string `yaml:"as_of"`

	source string
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
	// SelfHosted entries (open-weight models on the user's own GPUs) are
	// priced by GPU-seconds when the call has them; their token prices, if
	// any, apply only when it has none.
	SelfHosted bool `yaml:"self_hosted"`
	// Examples are model ids that must resolve to this entry (checked by
	// the tests; documentation for readers of the table).
	Examples []string `yaml:"examples"`

	re     *regexp.Regexp
	source string // Source + " (" + AsOf + ")", built once
}

// hasTokenPrice reports whether any token price is set.
func (e *Entry) hasTokenPrice() bool {
	if e.Prices != (Prices{}) {
		return true
	}
	for _, t := range e.Tiers {
		if t.Prices != (Prices{}) {
			return true
		}
	}
	return false
}

// GPUPrice is $/hour for GPUs whose model name matches.
type GPUPrice struct {
	Match      string  `yaml:"match"`
	USDPerHour float64 `yaml:"usd_per_hour"`
	Source     string  `yaml:"source"`
	AsOf       string  `yaml:"as_of"`

	re     *regexp.Regexp
	source string
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

var selfHosted = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range SelfHostedProviders {
		m[p] = true
	}
	return m
}()

// Table is safe for concurrent use.
type Table struct {
	entries []*Entry // user overrides first, then extra, then langfuse
	gpus    []*GPUPrice

	mu    sync.RWMutex
	cache map[cacheKey]*Entry // nil value: no match (cached too)

	fingerprint string
}

type cacheKey struct{ provider, model string }

// cacheMax bounds the lookup cache: model ids come from outside, so a
// flood of distinct ids must not grow memory; past the bound the cache is
// dropped and refilled (real deployments see a few hundred ids).
const cacheMax = 4096

// Default is the embedded table.
func Default() (*Table, error) { return Load("") }

// Load is the embedded table with the user's override file (if path is not
// empty) on top. Models are keyed by id: a later definition of an id
// (override file after the embedded files, later in the same file after
// earlier) replaces the earlier one. Matching tries override models first,
// then the embedded ones, each in file order. GPU prices are keyed by their
// match pattern the same way, override GPUs tried first.
func Load(overridePath string) (*Table, error) {
	emb, err := parsedEmbedded()
	if err != nil {
		return nil, err
	}
	fp := sha256.New()
	if err := fp.(encoding.BinaryUnmarshaler).UnmarshalBinary(emb.hashed); err != nil {
		return nil, err
	}
	embeddedFiles := emb.files
	var user file
	if overridePath != "" {
		raw, err := os.ReadFile(overridePath)
		if err != nil {
			return nil, fmt.Errorf("price override: %w", err)
		}
		if user, err = parse(overridePath, raw); err != nil {
			return nil, err
		}
		fp.Write([]byte{0})
		fp.Write(raw)
	}
	t := &Table{cache: map[cacheKey]*Entry{}, fingerprint: hex.EncodeToString(fp.Sum(nil)[:8])}
	// Walk the override file first, each file bottom-up, keeping the first
	// definition seen of each id: that is the later-wins rule. Each file's
	// kept entries are then put back in file order.
	all := append([]file{user}, embeddedFiles...)
	seen := map[string]bool{}
	gseen := map[string]bool{}
	for _, f := range all {
		var ms []*Entry
		for i := len(f.Models) - 1; i >= 0; i-- {
			if e := f.Models[i]; !seen[e.ID] {
				seen[e.ID] = true
				ms = append(ms, &e)
			}
		}
		slices.Reverse(ms)
		t.entries = append(t.entries, ms...)
		var gs []*GPUPrice
		for i := len(f.GPUs) - 1; i >= 0; i-- {
			if g := f.GPUs[i]; !gseen[g.Match] {
				gseen[g.Match] = true
				gs = append(gs, &g)
			}
		}
		slices.Reverse(gs)
		t.gpus = append(t.gpus, gs...)
	}
	return t, nil
}

// parsedEmbedded is the embedded files parsed once per process: every
// table loaded shares their compiled patterns (~4.5 MB for the ~160 models;
// the all-in-one's ingest and enricher each load a table). Tables copy the
// entries they keep; a compiled regexp is safe for concurrent use.
var parsedEmbedded = sync.OnceValues(func() (embeddedTables, error) {
	var out embeddedTables
	d := sha256.New()
	for _, name := range embeddedNames {
		raw, err := embedded.ReadFile(name)
		if err != nil {
			return out, err
		}
		d.Write(raw)
		f, err := parse(name, raw)
		if err != nil {
			return out, err
		}
		out.files = append(out.files, f)
	}
	h, err := d.(encoding.BinaryMarshaler).MarshalBinary()
	out.hashed = h
	return out, err
})

// embeddedTables: the embedded files parsed, and a SHA-256 state that has
// hashed their bytes (a table's fingerprint goes on with the override
// file's).
type embeddedTables struct {
	files  []file
	hashed []byte
}

// embeddedNames in priority order: an earlier file's entries are tried
// first; on the same id a later file would win, so ids must be unique
// across them (tested).
var embeddedNames = []string{"data/extra.yaml", "data/selfhosted.yaml", "data/langfuse.yaml", "data/gpus.yaml"}

func parse(name string, raw []byte) (file, error) {
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) { // empty file: no entries
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
		if e.Source == "" {
			errs = append(errs, fmt.Errorf("%s: source is required", at))
		}
		if e.AsOf == "" {
			errs = append(errs, fmt.Errorf("%s: as_of is required", at))
		}
		e.source = e.Source + " (" + e.AsOf + ")"
		for _, x := range e.Examples {
			if re != nil && !re.MatchString(x) {
				errs = append(errs, fmt.Errorf("%s: examples: %q does not match the pattern", at, x))
			}
		}
		if !e.SelfHosted && !e.hasTokenPrice() {
			errs = append(errs, fmt.Errorf("%s: prices: no token price (mark the entry self_hosted to price it by GPU-seconds)", at))
		}
		for _, p := range append([]Prices{e.Prices}, tierPrices(e.Tiers)...) {
			if p.Input < 0 || p.Output < 0 || p.CacheRead < 0 || p.CacheWrite < 0 || p.Reasoning < 0 {
				errs = append(errs, fmt.Errorf("%s: prices must not be negative", at))
			}
		}
		var prev int64
		for k, tr := range e.Tiers {
			if tr.Name == "" {
				errs = append(errs, fmt.Errorf("%s: tiers[%d]: name is required", at, k))
			}
			if tr.InputTokensOver <= prev {
				errs = append(errs, fmt.Errorf("%s: tiers[%d] (%s): input_tokens_over must be positive and increasing", at, k, tr.Name))
			}
			prev = tr.InputTokensOver
			e.Tiers[k].source = e.source
			if tr.Source != "" || tr.AsOf != "" {
				e.Tiers[k].source = tr.Source + " (" + tr.AsOf + ")"
			}
		}
	}
	for i := range f.GPUs {
		g := &f.GPUs[i]
		at := fmt.Sprintf("%s: gpus[%d] (%s)", name, i, g.Match)
		re, err := regexp.Compile("(?i)" + g.Match)
		if g.Match == "" || err != nil {
			errs = append(errs, fmt.Errorf("%s: match: %v", at, errOr(err, "required")))
		}
		g.re = re
		if g.USDPerHour <= 0 {
			errs = append(errs, fmt.Errorf("%s: usd_per_hour must be positive", at))
		}
		if g.Source == "" {
			errs = append(errs, fmt.Errorf("%s: source is required", at))
		}
		if g.AsOf == "" {
			errs = append(errs, fmt.Errorf("%s: as_of is required", at))
		}
		g.source = "gpu " + g.Match + ": " + g.Source + " (" + g.AsOf + ")"
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

// Fingerprint identifies the table's content (the embedded files and the
// override file's bytes): two tables with the same fingerprint price every
// call the same. Ingest stamps it on the summaries it prices, so the
// enricher can tell when the two were given different price files.
func (t *Table) Fingerprint() string { return t.fingerprint }

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

// Lookup finds the entry for a model. Candidates are entries whose
// pattern matches the model id or "provider/model"; if none does and the
// id starts with a gateway or provider "prefix/" (openrouter/openai/gpt-4o,
// azure/gpt-4o; see routePrefixes), the prefix is dropped and matching
// retried. Among candidates, the first entry that
// lists the provider wins, else the first candidate (an unlisted or empty
// provider: proxies, gateways). Under a self-hosted provider (vllm, ...)
// only self_hosted entries match: a host's token price never applies to
// the user's own GPUs.
func (t *Table) Lookup(provider, model string) (Entry, bool) {
	e := t.lookup(provider, model)
	if e == nil {
		return Entry{}, false
	}
	return *e, true
}

// routePrefixes are the "prefix/" of gateway and SDK model ids
// (openrouter/openai/gpt-4o, azure/gpt-4o, bedrock/anthropic.claude-...)
// that Lookup drops to retry. Only these: a host's own namespace
// ("accounts/fireworks/models/deepseek-r1", "meta-llama/...") is part of
// the id, and dropping it would price a host's model at another's price.
var routePrefixes = map[string]bool{
	"openrouter": true, "litellm": true, "portkey": true, "helicone": true, "cloudflare": true,
	"azure": true, "azure_ai": true, "azure.ai.openai": true, "bedrock": true, "aws.bedrock": true,
	"vertex_ai": true, "gcp.vertex_ai": true, "google": true, "gemini": true, "gcp.gen_ai": true,
	"openai": true, "anthropic": true, "mistral": true, "mistral_ai": true, "deepseek": true,
	"xai": true, "x-ai": true, "cohere": true, "groq": true, "together_ai": true, "fireworks_ai": true,
}

// Ids longer than these are not model ids (span attributes are outside
// input): they match nothing and are not cached, so a flood of huge ids
// costs neither a regexp scan over megabytes nor cache memory.
const (
	maxModelLen    = 256
	maxProviderLen = 64
)

func (t *Table) lookup(provider, model string) *Entry {
	if model == "" || len(model) > maxModelLen || len(provider) > maxProviderLen {
		return nil
	}
	key := cacheKey{provider, model}
	t.mu.RLock()
	e, ok := t.cache[key]
	t.mu.RUnlock()
	if ok {
		return e
	}
	own := selfHosted[provider]
	for id := model; e == nil; {
		e = t.match(provider, id, own)
		slash := strings.IndexByte(id, '/')
		if slash < 0 || !routePrefixes[strings.ToLower(id[:slash])] {
			break
		}
		id = id[slash+1:]
	}
	t.mu.Lock()
	if len(t.cache) >= cacheMax {
		clear(t.cache)
	}
	// The cache outlives the call: its key must not alias the caller's
	// buffers (ingest's spans alias their input record and decoder arena).
	t.cache[cacheKey{strings.Clone(provider), strings.Clone(model)}] = e
	t.mu.Unlock()
	return e
}

func (t *Table) match(provider, model string, onlySelfHosted bool) *Entry {
	var fallback *Entry
	prefixed := ""
	if provider != "" {
		prefixed = provider + "/" + model
	}
	for _, c := range t.entries {
		if onlySelfHosted && !c.SelfHosted {
			continue
		}
		if !c.re.MatchString(model) && (prefixed == "" || !c.re.MatchString(prefixed)) {
			continue
		}
		if provider != "" && slices.Contains(c.Providers, provider) {
			return c
		}
		if fallback == nil {
			fallback = c
		}
	}
	return fallback
}

// GPUPrice returns $/hour for a GPU model name (dcgm modelName).
func (t *Table) GPUPrice(gpuModel string) (float64, bool) {
	if g := t.gpu(gpuModel); g != nil {
		return g.USDPerHour, true
	}
	return 0, false
}

func (t *Table) gpu(gpuModel string) *GPUPrice {
	if gpuModel == "" {
		return nil
	}
	for _, g := range t.gpus {
		if g.re.MatchString(gpuModel) {
			return g
		}
	}
	return nil
}

// ByGPU reports whether a call's price depends on the GPU-seconds it
// used: a self-hosted provider, a self_hosted entry, or no entry at all
// (Cost prices those by GPU-seconds when the call has them). The price of
// any other call follows from its tokens alone, so it can be computed
// before, or without, the GPU join.
func (t *Table) ByGPU(provider, model string) bool {
	e := t.lookup(provider, model)
	return e == nil || e.SelfHosted || selfHosted[provider]
}

// PricedModel is the model a span's call is priced as: the model that
// answered, else the one asked for (a dated snapshot can have its own
// price).
func PricedModel(s *llmobsv1.Span) string {
	g := s.GetGenAi()
	if m := g.GetResponseModel(); m != "" {
		return m
	}
	return g.GetRequestModel()
}

// SpanUsage is a span's token usage, with the GPU side (seconds, GPU
// model) the join attributed to it (zero before the join).
func SpanUsage(s *llmobsv1.Span, gpuSeconds float64, gpuModel string) Usage {
	g := s.GetGenAi()
	return Usage{
		InputTokens: g.GetInputTokens(), OutputTokens: g.GetOutputTokens(),
		CacheReadTokens: g.GetCacheReadInputTokens(), CacheWriteTokens: g.GetCacheCreationInputTokens(),
		ReasoningTokens: g.GetReasoningOutputTokens(),
		GPUSeconds:      gpuSeconds, GPUModel: gpuModel,
	}
}

// SpanCost prices one model span the way the enricher does; ingest prices
// the spans it sheds with it, so both stages price a call the same.
func (t *Table) SpanCost(s *llmobsv1.Span, gpuSeconds float64, gpuModel string) *llmobsv1.Cost {
	return t.Cost(s.GetGenAi().GetProvider(), PricedModel(s), SpanUsage(s, gpuSeconds, gpuModel))
}

// Cost prices one call (see the package doc for the rules). Exactly one of
// these holds on the result: a token price applied (PriceModel = entry id,
// PriceTier = "default" or the tier's name); the call was priced by
// GPU-seconds (PriceTier "self_hosted", PriceModel = entry id or the model
// id when no entry matched, PriceSource names the GPU price); or nothing
// could price it (UnknownModel, Total 0, PriceModel = the matched
// self-hosted entry if any: the caller counts it, it is not "free").
func (t *Table) Cost(provider, model string, u Usage) *llmobsv1.Cost {
	c := &llmobsv1.Cost{}
	e := t.lookup(provider, model)
	byGPU := e == nil || e.SelfHosted || selfHosted[provider]
	if byGPU && u.GPUSeconds > 0 && !math.IsInf(u.GPUSeconds, 1) {
		if g := t.gpu(u.GPUModel); g != nil {
			c.Gpu = u.GPUSeconds * g.USDPerHour / 3600
			c.Total = c.Gpu
			c.PriceModel, c.PriceTier, c.PriceSource = model, "self_hosted", g.source
			if e != nil {
				c.PriceModel = e.ID
			}
			return c
		}
	}
	if e == nil || !e.hasTokenPrice() {
		c.UnknownModel = true
		if e != nil {
			c.PriceModel = e.ID
		}
		return c
	}
	const perToken = 1e-6
	input, cacheRead, cacheWrite := count(u.InputTokens), count(u.CacheReadTokens), count(u.CacheWriteTokens)
	uncached := input - cacheRead - cacheWrite
	if uncached < 0 {
		// Raw Anthropic usage: input excludes cache tokens (package doc).
		uncached = input
	}
	totalIn := uncached + cacheRead + cacheWrite
	p, tier, source := e.Prices, "default", e.source
	for _, tr := range e.Tiers { // increasing thresholds (validated)
		if totalIn > tr.InputTokensOver {
			p, tier, source = tr.Prices, tr.Name, tr.source
		}
	}
	c.Input = float64(uncached) * p.Input * perToken
	c.CacheRead = float64(cacheRead) * or(p.CacheRead, p.Input) * perToken
	c.CacheWrite = float64(cacheWrite) * or(p.CacheWrite, p.Input) * perToken
	out := count(u.OutputTokens)
	reasoning := min(count(u.ReasoningTokens), out)
	if p.Reasoning > 0 {
		c.Output = float64(out-reasoning) * p.Output * perToken
		c.Reasoning = float64(reasoning) * p.Reasoning * perToken
	} else {
		// No separate reasoning price: all output at the output price,
		// reported in Output (Reasoning stays 0, nothing counted twice).
		c.Output = float64(out) * p.Output * perToken
	}
	c.Total = c.Input + c.CacheRead + c.CacheWrite + c.Output + c.Reasoning
	c.PriceModel, c.PriceTier, c.PriceSource = e.ID, tier, source
	return c
}

// count clamps a reported token count to [0, 2^40]: negative counts are
// garbage, and the cap keeps sums of counts from overflowing int64.
func count(n int64) int64 { return min(max(n, 0), 1<<40) }

func or(a, b float64) float64 {
	if a > 0 {
		return a
	}
	return b
}
