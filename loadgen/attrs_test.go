package loadgen

import (
	"regexp"
	"strings"
	"testing"
	"time"

	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
)

// Every attribute spelling and event the pipeline's normalisers must handle
// occurs in a short run, and prompts carry each kind of PII.
func TestAttributeGenerationsAndPII(t *testing.T) {
	cfg := testConfig()
	cfg.Duration = 20 * time.Second
	traces, _, _, _, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	keys, events, names := map[string]int{}, map[string]int{}, map[string]int{}
	var text strings.Builder
	collect := func(kvs []*commonpb.KeyValue) {
		for _, kv := range kvs {
			keys[kv.Key]++
			if s := kv.Value.GetStringValue(); strings.Contains(kv.Key, "prompt") || strings.Contains(kv.Key, "messages") || strings.Contains(kv.Key, "content") {
				text.WriteString(s)
				text.WriteByte('\n')
			}
		}
	}
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					names[strings.Fields(s.Name)[0]]++
					collect(s.Attributes)
					for _, e := range s.Events {
						events[e.Name]++
						collect(e.Attributes)
					}
				}
			}
		}
	}
	for _, k := range []string{
		"gen_ai.provider.name", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
		"gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.reasoning.output_tokens",
		"gen_ai.response.time_to_first_chunk", "gen_ai.request.temperature", "gen_ai.request.max_tokens",
		"gen_ai.response.finish_reasons", "gen_ai.input.messages", "gen_ai.output.messages",
		"gen_ai.system", "gen_ai.usage.prompt_tokens", "gen_ai.usage.completion_tokens",
		"gen_ai.prompt.0.content", "llm.usage.total_tokens", "llm.is_streaming", "error.type",
	} {
		if keys[k] == 0 {
			t.Errorf("no span carries %s", k)
		}
	}
	for _, e := range []string{"gen_ai.content.completion.chunk", "gen_ai.client.inference.operation.details", "exception"} {
		if events[e] == 0 {
			t.Errorf("no span event %s", e)
		}
	}
	for _, n := range []string{"chat", "embeddings", "execute_tool"} {
		if names[n] == 0 {
			t.Errorf("no %q span (names seen: %v)", n, names)
		}
	}
	pii := map[string]*regexp.Regexp{
		"email": regexp.MustCompile(`[\w.+-]+@[\w-]+\.\w+`),
		"phone": regexp.MustCompile(`\+?\d[\d ()-]{8,}\d`),
		"card":  regexp.MustCompile(`\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b`),
		"iban":  regexp.MustCompile(`\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}`),
		"ip":    regexp.MustCompile(`\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`),
		"key":   regexp.MustCompile(`sk-[A-Za-z0-9_-]{16,}`),
	}
	for kind, re := range pii {
		if !re.MatchString(text.String()) {
			t.Errorf("no prompt with a %s", kind)
		}
	}
}
