package pricing

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func table(t testing.TB) *Table {
	t.Helper()
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// Worked examples, in dollars.
func TestWorkedExamples(t *testing.T) {
	tb := table(t)
	cases := []struct {
		name, provider, model string
		u                     Usage
		model_                string
		input, cacheRead      float64
		cacheWrite, output    float64
		reasoning, gpu, total float64
		tier                  string
		unknown               bool
	}{
		{name: "gpt-4o, cached tokens priced once", provider: "openai", model: "gpt-4o", u: Usage{InputTokens: 1000, CacheReadTokens: 400, OutputTokens: 500},
			model_: "gpt-4o", input: 600 * 2.5e-6, cacheRead: 400 * 1.25e-6, output: 500 * 10e-6, total: 0.0015 + 0.0005 + 0.005, tier: "default"},
		{name: "claude with cache write and read", provider: "anthropic", model: "claude-sonnet-4-20250514", u: Usage{InputTokens: 2000, CacheWriteTokens: 1000, CacheReadTokens: 500, OutputTokens: 100},
			model_: "claude-sonnet-4-20250514", input: 500 * 3e-6, cacheWrite: 1000 * 3.75e-6, cacheRead: 500 * 0.3e-6, output: 100 * 15e-6, total: 0.0015 + 0.00375 + 0.00015 + 0.0015, tier: "default"},
		{name: "raw anthropic usage (input excludes cache)", provider: "anthropic", model: "claude-sonnet-4-20250514", u: Usage{InputTokens: 100, CacheReadTokens: 500},
			model_: "claude-sonnet-4-20250514", input: 100 * 3e-6, cacheRead: 500 * 0.3e-6, total: 0.0003 + 0.00015, tier: "default"},
		{name: "o3 reasoning inside output", provider: "openai", model: "o3", u: Usage{InputTokens: 100, OutputTokens: 1000, ReasoningTokens: 600},
			model_: "o3", input: 100 * 2e-6, output: 400 * 8e-6, reasoning: 600 * 8e-6, total: 0.0002 + 0.0032 + 0.0048, tier: "default"},
		{name: "o1 reasoning, cached input", provider: "openai", model: "o1", u: Usage{InputTokens: 2000, CacheReadTokens: 1000, OutputTokens: 3000, ReasoningTokens: 2500},
			model_: "o1", input: 1000 * 15e-6, cacheRead: 1000 * 7.5e-6, output: 500 * 60e-6, reasoning: 2500 * 60e-6, total: 0.015 + 0.0075 + 0.03 + 0.15, tier: "default"},
		{name: "reasoning tokens beyond output are capped", provider: "openai", model: "o3", u: Usage{OutputTokens: 100, ReasoningTokens: 500},
			model_: "o3", reasoning: 100 * 8e-6, total: 100 * 8e-6, tier: "default"},
		{name: "no reasoning price: all output at output price", provider: "openai", model: "gpt-4o", u: Usage{OutputTokens: 1000, ReasoningTokens: 400},
			model_: "gpt-4o", output: 1000 * 10e-6, total: 0.01, tier: "default"},
		{name: "claude sonnet 4 long context: cache tokens count toward the threshold", provider: "anthropic", model: "claude-sonnet-4-20250514", u: Usage{InputTokens: 250_000, CacheReadTokens: 100_000, OutputTokens: 1000},
			model_: "claude-sonnet-4-20250514", input: 150_000 * 6e-6, cacheRead: 100_000 * 0.6e-6, output: 1000 * 22.5e-6, total: 0.9 + 0.06 + 0.0225, tier: "long_context"},
		{name: "raw anthropic usage: tier on normalised input", provider: "anthropic", model: "claude-sonnet-4-5-20250929", u: Usage{InputTokens: 1000, CacheReadTokens: 250_000},
			model_: "claude-sonnet-4-5-20250929", input: 1000 * 6e-6, cacheRead: 250_000 * 0.6e-6, total: 0.006 + 0.15, tier: "long_context"},
		{name: "bedrock sonnet 4 global id", provider: "aws.bedrock", model: "global.anthropic.claude-sonnet-4-20250514-v1:0", u: Usage{InputTokens: 100_000},
			model_: "claude-sonnet-4-20250514", input: 0.3, total: 0.3, tier: "default"},
		{name: "bedrock llama", provider: "aws.bedrock", model: "us.meta.llama3-1-70b-instruct-v1:0", u: Usage{InputTokens: 1_000_000, OutputTokens: 1_000_000},
			model_: "meta.llama3-1-70b-instruct", input: 0.72, output: 0.72, total: 1.44, tier: "default"},
		{name: "gateway prefix stripped", provider: "", model: "openrouter/openai/gpt-4o-mini", u: Usage{InputTokens: 1_000_000},
			model_: "gpt-4o-mini", input: 0.15, total: 0.15, tier: "default"},
		{name: "bedrock gateway prefix", provider: "", model: "bedrock/us.anthropic.claude-3-5-sonnet-20240620-v1:0", u: Usage{OutputTokens: 1_000_000},
			model_: "claude-3-5-sonnet-20240620", output: 15, total: 15, tier: "default"},
		{name: "a host's namespace is not a gateway prefix", provider: "fireworks_ai", model: "accounts/fireworks/models/deepseek-r1", u: Usage{InputTokens: 1_000_000},
			model_: "fireworks/deepseek-r1", input: 3, total: 3, tier: "default"},
		{name: "gemini 1.5 pro above 128k", provider: "gcp.gen_ai", model: "gemini-1.5-pro-002", u: Usage{InputTokens: 200_000, OutputTokens: 1000},
			model_: "gemini-1.5-pro", input: 200_000 * 2.5e-6, output: 1000 * 10e-6, total: 0.5 + 0.01, tier: "long_context"},
		{name: "together host", provider: "together_ai", model: "meta-llama/Llama-3.3-70B-Instruct-Turbo", u: Usage{InputTokens: 500_000, OutputTokens: 500_000},
			model_: "together/llama-3.3-70b-instruct-turbo", input: 0.44, output: 0.44, total: 0.88, tier: "default"},
		{name: "groq host", provider: "groq", model: "llama-3.1-8b-instant", u: Usage{InputTokens: 1_000_000, OutputTokens: 1_000_000},
			model_: "groq/llama-3.1-8b-instant", input: 0.05, output: 0.08, total: 0.13, tier: "default"},
		{name: "xai grok with cache", provider: "xai", model: "grok-4", u: Usage{InputTokens: 1_000_000, CacheReadTokens: 500_000},
			model_: "grok-4", input: 1.5, cacheRead: 0.375, total: 1.875, tier: "default"},
		{name: "mistral", provider: "mistral_ai", model: "mistral-large-latest", u: Usage{InputTokens: 1_000_000, OutputTokens: 1_000_000},
			model_: "mistral-large", input: 2, output: 6, total: 8, tier: "default"},
		{name: "cohere", provider: "cohere", model: "command-r-plus-08-2024", u: Usage{InputTokens: 1_000_000, OutputTokens: 1_000_000},
			model_: "command-r-plus", input: 2.5, output: 10, total: 12.5, tier: "default"},
		{name: "cache write without a cache-write price falls back to input", provider: "xai", model: "grok-4", u: Usage{InputTokens: 1_000_000, CacheWriteTokens: 1_000_000},
			model_: "grok-4", cacheWrite: 3, total: 3, tier: "default"},
		{name: "vLLM behind the OpenAI SDK: self-hosted entry, GPU priced", provider: "openai", model: "Qwen/Qwen2.5-72B-Instruct", u: Usage{InputTokens: 100, GPUSeconds: 3600, GPUModel: "NVIDIA A100-SXM4-80GB"},
			model_: "Qwen/Qwen2.5-7B-Instruct", gpu: 1.8, total: 1.8, tier: "self_hosted"},
		{name: "unknown model on a known GPU is priced by GPU", provider: "vllm", model: "acme/private-13b", u: Usage{GPUSeconds: 1800, GPUModel: "NVIDIA L4"},
			model_: "acme/private-13b", gpu: 0.35, total: 0.35, tier: "self_hosted"},
		{name: "hosted model with GPU seconds: token price only", provider: "openai", model: "gpt-4o", u: Usage{InputTokens: 1_000_000, GPUSeconds: 10, GPUModel: "NVIDIA H100 80GB HBM3"},
			model_: "gpt-4o", input: 2.5, total: 2.5, tier: "default"},
		{name: "negative counts are treated as 0", provider: "openai", model: "gpt-4o", u: Usage{InputTokens: -5, OutputTokens: -1, CacheReadTokens: -3},
			model_: "gpt-4o", tier: "default"},
		{name: "gemini long context tier", provider: "gcp.gen_ai", model: "gemini-2.5-pro", u: Usage{InputTokens: 250_000, OutputTokens: 1000},
			model_: "gemini-2.5-pro", input: 250_000 * 2.5e-6, output: 1000 * 15e-6, total: 0.625 + 0.015, tier: "long_context"},
		{name: "gemini below the tier", provider: "gcp.gen_ai", model: "gemini-2.5-pro", u: Usage{InputTokens: 1000},
			model_: "gemini-2.5-pro", input: 1000 * 1.25e-6, total: 0.00125, tier: "default"},
		{name: "bedrock cross-region anthropic id", provider: "aws.bedrock", model: "us.anthropic.claude-3-5-sonnet-20240620-v1:0", u: Usage{InputTokens: 1000, OutputTokens: 1000},
			model_: "claude-3-5-sonnet-20240620", input: 0.003, output: 0.015, total: 0.018, tier: "default"},
		{name: "bedrock nova", provider: "aws.bedrock", model: "amazon.nova-pro-v1:0", u: Usage{InputTokens: 1_000_000},
			model_: "amazon.nova-pro", input: 0.8, total: 0.8, tier: "default"},
		{name: "provider-prefixed id", provider: "", model: "openai/gpt-4o", u: Usage{OutputTokens: 1_000_000},
			model_: "gpt-4o", output: 10, total: 10, tier: "default"},
		{name: "dated snapshot", provider: "openai", model: "gpt-4o-2024-08-06", u: Usage{InputTokens: 1_000_000},
			model_: "gpt-4o-2024-08-06", input: 2.5, total: 2.5, tier: "default"},
		{name: "azure deployment of an openai model", provider: "azure.ai.openai", model: "gpt-4o-mini", u: Usage{InputTokens: 1_000_000},
			model_: "gpt-4o-mini", input: 0.15, total: 0.15, tier: "default"},
		{name: "deepseek cache hit", provider: "deepseek", model: "deepseek-chat", u: Usage{InputTokens: 1_000_000, CacheReadTokens: 1_000_000},
			model_: "deepseek-chat", cacheRead: 0.07, total: 0.07, tier: "default"},
		{name: "self-hosted llama priced by GPU-seconds", provider: "vllm", model: "meta-llama/Llama-3.1-8B-Instruct", u: Usage{InputTokens: 1500, OutputTokens: 200, GPUSeconds: 2, GPUModel: "NVIDIA H100 80GB HBM3"},
			model_: "meta-llama/Llama-3.1-8B-Instruct", gpu: 2 * 3.0 / 3600, total: 2 * 3.0 / 3600, tier: "self_hosted"},
		{name: "self-hosted without GPU data is unknown, not free", provider: "vllm", model: "meta-llama/Llama-3.1-8B-Instruct", u: Usage{InputTokens: 1500}, unknown: true},
		{name: "unknown model", provider: "openai", model: "my-finetune-xyz", u: Usage{InputTokens: 1500}, unknown: true},
		{name: "GPU seconds on an unknown GPU", provider: "vllm", model: "meta-llama/Llama-3.1-8B-Instruct", u: Usage{GPUSeconds: 5, GPUModel: "Acme TPU"}, unknown: true},
		{name: "host namespace never stripped to a bare id", provider: "fireworks_ai", model: "accounts/fireworks/models/gpt-4o", u: Usage{InputTokens: 1}, unknown: true},
		{name: "empty model", provider: "openai", model: "", u: Usage{InputTokens: 1}, unknown: true},
		{name: "oversized model id", provider: "openai", model: "gpt-4o" + strings.Repeat(" ", 300), u: Usage{InputTokens: 1}, unknown: true},
		{name: "oversized provider", provider: strings.Repeat("p", 100), model: "gpt-4o", u: Usage{InputTokens: 1}, unknown: true},
		{name: "hosted entry never applies under a self-hosted provider", provider: "vllm", model: "gpt-4o", u: Usage{InputTokens: 1}, unknown: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := tb.Cost(tc.provider, tc.model, tc.u)
			if c.UnknownModel != tc.unknown {
				t.Fatalf("unknown = %v, want %v (%v)", c.UnknownModel, tc.unknown, c)
			}
			if tc.unknown {
				if c.Total != 0 {
					t.Fatalf("unknown model priced %v", c.Total)
				}
				return
			}
			if c.PriceModel != tc.model_ || c.PriceTier != tc.tier {
				t.Fatalf("matched %q tier %q, want %q %q", c.PriceModel, c.PriceTier, tc.model_, tc.tier)
			}
			got := []float64{c.Input, c.CacheRead, c.CacheWrite, c.Output, c.Reasoning, c.Gpu, c.Total}
			want := []float64{tc.input, tc.cacheRead, tc.cacheWrite, tc.output, tc.reasoning, tc.gpu, tc.total}
			for i := range got {
				if !near(got[i], want[i]) {
					t.Fatalf("cost %v, want input,cache_read,cache_write,output,reasoning,gpu,total = %v", got, want)
				}
			}
			if c.PriceSource == "" {
				t.Fatal("no source")
			}
		})
	}
}

func TestTableCoverage(t *testing.T) {
	tb := table(t)
	if tb.Len() < 150 {
		t.Fatalf("%d models, want ≥ 150", tb.Len())
	}
	byProvider := map[string]int{}
	ids := map[string]bool{}
	for _, e := range tb.Entries() {
		if e.Source == "" || e.AsOf == "" {
			t.Errorf("%s: no source/date", e.ID)
		}
		if ids[e.ID] {
			t.Errorf("%s: duplicate id across the embedded files", e.ID)
		}
		ids[e.ID] = true
		if len(e.Providers) == 0 {
			t.Errorf("%s: no providers", e.ID)
			continue
		}
		byProvider[e.Providers[0]]++
		// No entry is shadowed: its own id (when a model id) and each of
		// its examples resolve to it under its first provider.
		probes := e.Examples
		if e.re.MatchString(e.ID) {
			probes = append([]string{e.ID}, probes...)
		}
		if len(probes) == 0 {
			t.Errorf("%s: neither the id nor an example matches %s", e.ID, e.Match)
		}
		for _, p := range probes {
			if got, ok := tb.Lookup(e.Providers[0], p); !ok || got.ID != e.ID {
				t.Errorf("%s under %s resolves to %q, want %s", p, e.Providers[0], got.ID, e.ID)
			}
		}
	}
	for _, p := range []string{"openai", "anthropic", "gcp.gen_ai", "mistral_ai", "deepseek", "xai", "cohere", "aws.bedrock", "together_ai", "groq", "fireworks_ai", "vllm", "ollama"} {
		if byProvider[p] == 0 {
			t.Errorf("no model for provider %s", p)
		}
	}
	t.Logf("%d models by first provider: %v", tb.Len(), byProvider)
	for _, g := range []string{"NVIDIA H100 80GB HBM3", "NVIDIA A100-SXM4-80GB", "NVIDIA L4", "Tesla T4", "NVIDIA A10G", "NVIDIA H200", "NVIDIA L40S"} {
		if _, ok := tb.GPUPrice(g); !ok {
			t.Errorf("no GPU price for %s", g)
		}
	}
	for gpu, want := range map[string]float64{"NVIDIA A100-SXM4-40GB": 1.3, "NVIDIA A100 80GB PCIe": 1.8, "NVIDIA L40S": 1.0, "NVIDIA L4": 0.7, "NVIDIA A10G": 1.0, "NVIDIA A10": 0.75} {
		if got, _ := tb.GPUPrice(gpu); got != want {
			t.Errorf("%s = %v $/h, want %v", gpu, got, want)
		}
	}
}

// The documented example override file loads and does what it says.
func TestExampleOverrideFile(t *testing.T) {
	tb, err := Load("testdata/override.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c := tb.Cost("azure.ai.openai", "gpt-4o-2024-08-06", Usage{InputTokens: 1_000_000}); !near(c.Total, 2) || c.PriceModel != "gpt-4o" {
		t.Errorf("negotiated gpt-4o: %v", c)
	}
	if c := tb.Cost("openai", "acme-support-13b-v3", Usage{InputTokens: 5000, GPUSeconds: 36, GPUModel: "NVIDIA H100 80GB HBM3"}); !near(c.Gpu, 0.021) || c.PriceModel != "acme-support-13b" || c.PriceTier != "self_hosted" {
		t.Errorf("self-hosted fine-tune: %v", c)
	}
	if c := tb.Cost("openai", "acme-support-13b-v3", Usage{InputTokens: 5000}); !c.UnknownModel || c.PriceModel != "acme-support-13b" {
		t.Errorf("self-hosted without GPU data must be unknown, naming the entry: %v", c)
	}
}

// The lookup cache is bounded and safe under concurrent use (run with -race).
func TestCacheBoundedAndConcurrent(t *testing.T) {
	tb := table(t)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < cacheMax/2+100; i++ { // together past the bound
				c := tb.Cost("openai", fmt.Sprintf("gpt-4o-junk-%d-%d", w, i), Usage{InputTokens: 1})
				if !c.UnknownModel {
					t.Errorf("junk id priced: %v", c)
					return
				}
				if c := tb.Cost("openai", "gpt-4o", Usage{InputTokens: 1_000_000}); !near(c.Total, 2.5) {
					t.Errorf("gpt-4o = %v", c.Total)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	tb.mu.RLock()
	n := len(tb.cache)
	tb.mu.RUnlock()
	if n > cacheMax {
		t.Fatalf("cache holds %d > %d", n, cacheMax)
	}
}

func TestOverrideFile(t *testing.T) {
	dir := t.TempDir()
	write := func(body string) string {
		p := filepath.Join(dir, "prices.yaml")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tb, err := Load(write(`
models:
  - {id: gpt-4o, providers: [openai], match: '(?i)^gpt-4o$', prices: {input: 1, output: 2}, source: "our contract", as_of: "2026-01-01"}
  - {id: acme-llm, providers: [acme], match: '(?i)^acme-llm-.*$', prices: {input: 5, output: 5}, source: "acme invoice", as_of: "2026-01-01"}
gpus:
  - {match: 'H100', usd_per_hour: 1.5, source: "owned cluster amortised", as_of: "2026-01-01"}
`))
	if err != nil {
		t.Fatal(err)
	}
	if c := tb.Cost("openai", "gpt-4o", Usage{InputTokens: 1_000_000}); !near(c.Total, 1) || !strings.Contains(c.PriceSource, "contract") {
		t.Fatalf("override did not win: %v", c)
	}
	if c := tb.Cost("acme", "acme-llm-v2", Usage{OutputTokens: 1_000_000}); !near(c.Total, 5) {
		t.Fatalf("added model: %v", c)
	}
	if usd, _ := tb.GPUPrice("NVIDIA H100 80GB HBM3"); usd != 1.5 {
		t.Fatalf("GPU override: %v", usd)
	}
	if tb.Len() != table(t).Len()+1 {
		t.Fatalf("override replaced gpt-4o and added one model: %d vs %d", tb.Len(), table(t).Len())
	}

	// Later entries win: in the same file, on the same id / GPU pattern.
	tb, err = Load(write(`
models:
  - {id: acme, providers: [acme], match: '^acme$', prices: {input: 1}, source: "v1", as_of: "2026-01-01"}
  - {id: acme, providers: [acme], match: '^acme$', prices: {input: 2}, source: "v2", as_of: "2026-02-01"}
  - {id: llama-owned, self_hosted: true, providers: [openai], match: '(?i)^meta-llama/Llama-3\.1-8B-Instruct$', prices: {input: 0.01, output: 0.01}, source: "chargeback", as_of: "2026-02-01"}
gpus:
  - {match: 'L4\b', usd_per_hour: 0.5, source: "a", as_of: "2026-01-01"}
  - {match: 'L4\b', usd_per_hour: 0.4, source: "b", as_of: "2026-02-01"}
`))
	if err != nil {
		t.Fatal(err)
	}
	if c := tb.Cost("acme", "acme", Usage{InputTokens: 1_000_000}); !near(c.Total, 2) || c.PriceSource != "v2 (2026-02-01)" {
		t.Fatalf("later entry did not win: %v", c)
	}
	if usd, _ := tb.GPUPrice("NVIDIA L4"); usd != 0.4 {
		t.Fatalf("later GPU price did not win: %v", usd)
	}
	// A self_hosted entry with token prices: GPU when it has GPU data,
	// its token price otherwise.
	if c := tb.Cost("openai", "meta-llama/Llama-3.1-8B-Instruct", Usage{InputTokens: 1_000_000, GPUSeconds: 3600, GPUModel: "NVIDIA L4"}); !near(c.Gpu, 0.4) || c.Input != 0 || c.PriceTier != "self_hosted" {
		t.Fatalf("self_hosted entry with GPU data: %v", c)
	}
	if c := tb.Cost("openai", "meta-llama/Llama-3.1-8B-Instruct", Usage{InputTokens: 1_000_000}); !near(c.Total, 0.01) || c.PriceModel != "llama-owned" {
		t.Fatalf("self_hosted entry without GPU data: %v", c)
	}

	// Each bad file is rejected with an error naming the entry and key.
	bad := []struct{ name, body, want string }{
		{"bad regex", `models: [{id: x, match: '(', prices: {input: 1}, source: s, as_of: d}]`, "models[0] (x): match"},
		{"no source", `models: [{id: x, match: 'x', prices: {input: 1}, as_of: d}]`, "models[0] (x): source is required"},
		{"no as_of", `models: [{id: x, match: 'x', prices: {input: 1}, source: s}]`, "models[0] (x): as_of is required"},
		{"no id", `models: [{match: 'x', prices: {input: 1}, source: s, as_of: d}]`, "models[0] (): id is required"},
		{"no price", `models: [{id: x, match: 'x', source: s, as_of: d}]`, "models[0] (x): prices: no token price"},
		{"negative price", `models: [{id: x, match: 'x', prices: {input: -1}, source: s, as_of: d}]`, "models[0] (x): prices must not be negative"},
		{"example not matching", `models: [{id: x, match: '^x$', examples: [y], prices: {input: 1}, source: s, as_of: d}]`, "models[0] (x): examples"},
		{"tiers out of order", `models: [{id: x, match: 'x', prices: {input: 1}, tiers: [{name: a, input_tokens_over: 10, prices: {input: 2}}, {name: b, input_tokens_over: 5, prices: {input: 3}}], source: s, as_of: d}]`, "tiers[1] (b): input_tokens_over"},
		{"unknown key", `models: [{id: x, match: 'x', price: {input: 1}, source: s, as_of: d}]`, "field price not found"},
		{"bad gpu price", `gpus: [{match: 'H100', usd_per_hour: 0, source: s, as_of: d}]`, "gpus[0] (H100): usd_per_hour"},
		{"bad gpu regex", `gpus: [{match: '[', usd_per_hour: 1, source: s, as_of: d}]`, "gpus[0] ([): match"},
		{"gpu without source", `gpus: [{match: 'H100', usd_per_hour: 1, as_of: d}]`, "gpus[0] (H100): source is required"},
		{"not yaml", `models: [`, "prices.yaml"},
		{"wrong type", `models: {id: x}`, "prices.yaml"},
	}
	for _, tc := range bad {
		_, err := Load(write(tc.body))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
		} else if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q does not contain %q", tc.name, err, tc.want)
		}
	}
	// An empty override file is the default table.
	if tb, err := Load(write("")); err != nil || tb.Len() != table(t).Len() {
		t.Errorf("empty override: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing override file accepted")
	}
}

// BenchmarkCost is the enricher's per-span cost: cached lookups of a mix
// of providers and models, one *Cost allocated per call.
func BenchmarkCost(b *testing.B) {
	tb := table(b)
	u := Usage{InputTokens: 1200, CacheReadTokens: 300, OutputTokens: 400, ReasoningTokens: 100}
	calls := []struct{ provider, model string }{
		{"openai", "gpt-4o"}, {"openai", "gpt-4o-mini"}, {"anthropic", "claude-sonnet-4-20250514"},
		{"gcp.gen_ai", "gemini-2.5-pro"}, {"aws.bedrock", "us.anthropic.claude-3-5-sonnet-20240620-v1:0"}, {"openai", "o3"},
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c := calls[i%len(calls)]
			_ = tb.Cost(c.provider, c.model, u)
			i++
		}
	})
}

// BenchmarkCostMiss is a first sight of a model id: a scan of every pattern.
func BenchmarkCostMiss(b *testing.B) {
	tb := table(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		tb.mu.Lock()
		clear(tb.cache)
		tb.mu.Unlock()
		_ = tb.Cost("openai", "some-unknown-model", Usage{InputTokens: 1})
	}
}

// FuzzCost: model ids and counts come from spans (outside input). Cost
// never panics, never prices negative, components add up to Total, and an
// unknown model is never priced.
func FuzzCost(f *testing.F) {
	tb := table(f)
	f.Add("openai", "gpt-4o", int64(1000), int64(500), int64(400), int64(0), int64(0), 0.0, "")
	f.Add("anthropic", "claude-sonnet-4-20250514", int64(300000), int64(10), int64(0), int64(1000), int64(0), 0.0, "")
	f.Add("vllm", "meta-llama/Llama-3.1-8B-Instruct", int64(10), int64(10), int64(0), int64(0), int64(0), 2.5, "NVIDIA H100 80GB HBM3")
	f.Add("", "openrouter/x/y/z", int64(-1), int64(-9), int64(-3), int64(-4), int64(99), -1.0, "L4")
	f.Fuzz(func(t *testing.T, provider, model string, in, out, cr, cw, rs int64, gpuSec float64, gpu string) {
		c := tb.Cost(provider, model, Usage{InputTokens: in, OutputTokens: out, CacheReadTokens: cr, CacheWriteTokens: cw, ReasoningTokens: rs, GPUSeconds: gpuSec, GPUModel: gpu})
		parts := []float64{c.Input, c.Output, c.CacheRead, c.CacheWrite, c.Reasoning, c.Gpu}
		sum := 0.0
		for _, p := range parts {
			if p < 0 || math.IsNaN(p) {
				t.Fatalf("component %v in %v", p, c)
			}
			sum += p
		}
		if math.IsNaN(c.Total) || math.Abs(sum-c.Total) > 1e-9*math.Max(1, math.Abs(sum)) {
			t.Fatalf("total %v != sum %v", c.Total, sum)
		}
		if c.UnknownModel && c.Total != 0 {
			t.Fatalf("unknown priced: %v", c)
		}
	})
}

// FuzzOverride: the override file is outside bytes; Load never panics and
// either fails or yields a usable table.
func FuzzOverride(f *testing.F) {
	for _, s := range []string{
		"",
		"models: [{id: x, providers: [p], match: '^x$', prices: {input: 1, output: 2}, source: s, as_of: d}]\n",
		"gpus: [{match: 'H100', usd_per_hour: 2, source: s, as_of: d}]\n",
		"models: [{id: x, match: '(', source: s}]\n",
		"models: {",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, body []byte) {
		p := filepath.Join(dir, "o.yaml")
		if err := os.WriteFile(p, body, 0o600); err != nil {
			t.Fatal(err)
		}
		tb, err := Load(p)
		if err != nil {
			return
		}
		_ = tb.Cost("p", "x", Usage{InputTokens: 10, GPUSeconds: 1, GPUModel: "NVIDIA H100"})
	})
}

// Ingest prices the spans it sheds before any GPU join: it may do so only
// for calls whose price follows from their tokens (ByGPU false), and it
// must price them exactly as the enricher does (SpanCost). The fingerprint
// tells two tables apart by content.
func TestByGPUSpanCostAndFingerprint(t *testing.T) {
	tb := table(t)
	for _, tc := range []struct {
		provider, model string
		byGPU           bool
	}{
		{"openai", "gpt-4o", false},
		{"anthropic", "claude-sonnet-4-20250514", false},
		{"vllm", "meta-llama/Llama-3.1-8B-Instruct", true}, // self-hosted provider
		{"openai", "no-such-model-xyz", true},              // no entry: GPU-priced if it ran on a known GPU
	} {
		if got := tb.ByGPU(tc.provider, tc.model); got != tc.byGPU {
			t.Errorf("ByGPU(%s, %s) = %v, want %v", tc.provider, tc.model, got, tc.byGPU)
		}
	}
	s := &llmobsv1.Span{GenAi: &llmobsv1.GenAI{Provider: "openai", RequestModel: "gpt-4o", ResponseModel: "gpt-4o-2024-08-06",
		InputTokens: 1200, OutputTokens: 300, CacheReadInputTokens: 200, ReasoningOutputTokens: 50}}
	want := tb.Cost("openai", "gpt-4o-2024-08-06", Usage{InputTokens: 1200, OutputTokens: 300, CacheReadTokens: 200, ReasoningTokens: 50})
	if got := tb.SpanCost(s, 0, ""); !proto.Equal(got, want) || got.Total <= 0 {
		t.Errorf("SpanCost = %v, want %v (priced as the response model)", got, want)
	}
	s.GenAi.ResponseModel = ""
	if got := tb.SpanCost(s, 0, ""); got.PriceModel == "" || got.UnknownModel {
		t.Errorf("without a response model the request model prices it: %v", got)
	}
	again := table(t)
	if tb.Fingerprint() == "" || tb.Fingerprint() != again.Fingerprint() {
		t.Errorf("fingerprint %q vs %q: same content, same fingerprint", tb.Fingerprint(), again.Fingerprint())
	}
	p := filepath.Join(t.TempDir(), "o.yaml")
	if err := os.WriteFile(p, []byte("gpus:\n  - {match: 'H100', usd_per_hour: 1.5, source: x, as_of: '2026-01-01'}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	other, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if other.Fingerprint() == tb.Fingerprint() {
		t.Error("an override file must change the fingerprint")
	}
}

// Tables loaded in one process share the embedded models' compiled
// patterns (the all-in-one loads one per service), and an override file's
// entries still come first and are compiled for their own table.
func TestLoadsShareEmbeddedPatterns(t *testing.T) {
	a, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.entries) == 0 || len(a.entries) != len(b.entries) {
		t.Fatalf("%d and %d entries", len(a.entries), len(b.entries))
	}
	for i := range a.entries {
		if a.entries[i] == b.entries[i] || a.entries[i].re != b.entries[i].re {
			t.Fatalf("entry %d (%s): tables share the entry or compile their own pattern", i, a.entries[i].ID)
		}
	}
	if a.fingerprint != b.fingerprint {
		t.Fatalf("fingerprints %s and %s", a.fingerprint, b.fingerprint)
	}
}
