package pricing

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	for _, e := range tb.Entries() {
		if e.Source == "" || e.AsOf == "" {
			t.Errorf("%s: no source/date", e.ID)
		}
		if len(e.Providers) > 0 {
			byProvider[e.Providers[0]]++
		}
		// Every entry whose id is itself a model id resolves to itself (or
		// to an earlier entry with the very same prices).
		if e.re.MatchString(e.ID) {
			got, ok := tb.Lookup(e.Providers[0], e.ID)
			if !ok || (got.ID != e.ID && got.Prices != e.Prices) {
				t.Errorf("%s resolves to %s with other prices", e.ID, got.ID)
			}
		}
	}
	for _, p := range []string{"openai", "anthropic", "gcp.gen_ai", "mistral_ai", "deepseek", "xai", "cohere", "aws.bedrock", "together_ai", "groq", "fireworks_ai"} {
		if byProvider[p] == 0 {
			t.Errorf("no model for provider %s", p)
		}
	}
	t.Logf("%d models: %v", tb.Len(), byProvider)
	for _, g := range []string{"NVIDIA H100 80GB HBM3", "NVIDIA A100-SXM4-80GB", "NVIDIA L4", "Tesla T4", "NVIDIA A10G", "NVIDIA H200"} {
		if _, ok := tb.GPUPrice(g); !ok {
			t.Errorf("no GPU price for %s", g)
		}
	}
	if a100, _ := tb.GPUPrice("NVIDIA A100-SXM4-40GB"); a100 != 1.3 {
		t.Errorf("A100 40GB = %v, want the 40GB price", a100)
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
	bad := map[string]string{
		"bad regex":      `models: [{id: x, match: '(', prices: {input: 1}, source: s, as_of: d}]`,
		"no source":      `models: [{id: x, match: 'x', prices: {input: 1}}]`,
		"negative price": `models: [{id: x, match: 'x', prices: {input: -1}, source: s, as_of: d}]`,
		"unknown key":    `models: [{id: x, match: 'x', price: {input: 1}, source: s, as_of: d}]`,
		"bad gpu":        `gpus: [{match: 'H100', usd_per_hour: 0}]`,
		"not yaml":       `models: [`,
	}
	for name, body := range bad {
		if _, err := Load(write(body)); err == nil {
			t.Errorf("%s: accepted", name)
		} else if name == "bad regex" && !strings.Contains(err.Error(), "models[0] (x): match") {
			t.Errorf("error does not name the entry and key: %v", err)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing override file accepted")
	}
}

func BenchmarkCost(b *testing.B) {
	tb := table(b)
	u := Usage{InputTokens: 1200, CacheReadTokens: 300, OutputTokens: 400}
	models := []string{"gpt-4o", "gpt-4o-mini", "claude-sonnet-4-20250514", "gemini-2.5-pro"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = tb.Cost("openai", models[i%len(models)], u)
	}
}
