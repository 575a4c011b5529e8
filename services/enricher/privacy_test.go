package enricher

import (
	"slices"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func testPrivacy(t *testing.T, mut ...func(*RedactConfig, *redact.IdentityConfig)) *privacy {
	t.Helper()
	rc, ic := DefaultRedactConfig(), redact.DefaultIdentityConfig()
	ic.Key = "test key, 16 bytes or more"
	for _, m := range mut {
		m(&rc, &ic)
	}
	p, err := newPrivacy(rc, ic)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRedactSpanModes(t *testing.T) {
	span := func() *llmobsv1.Span {
		return &llmobsv1.Span{GenAi: &llmobsv1.GenAI{
			InputMessages:      []*llmobsv1.Message{{Role: "user", Content: "I am jane.doe@example.com"}},
			OutputMessages:     []*llmobsv1.Message{{Role: "assistant", Content: "Noted, +44 20 7946 0958"}},
			SystemInstructions: "key sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2",
		}}
	}
	for _, mode := range []string{ModeRedact, ModeDropBody, ModeKeep} {
		p := testPrivacy(t, func(c *RedactConfig, _ *redact.IdentityConfig) { c.Mode = mode })
		s := span()
		red := p.RedactSpan(s)
		if red.Mode != mode || len(red.Counts) != 3 {
			t.Fatalf("%s: %v", mode, red)
		}
		in := s.GenAi.InputMessages[0].Content
		switch mode {
		case ModeRedact:
			if in != "I am <EMAIL>" || s.GenAi.OutputMessages[0].Content != "Noted, <PHONE>" || !strings.Contains(s.GenAi.SystemInstructions, "<API_KEY>") {
				t.Fatalf("redact: %v", s.GenAi)
			}
			if !slices.Contains(s.Flags, FlagPIIInOutput) || slices.Contains(s.Flags, FlagSecretInOutput) {
				t.Fatalf("flags %v", s.Flags)
			}
		case ModeDropBody:
			if in != "" || s.GenAi.SystemInstructions != "" || !s.BodiesDropped {
				t.Fatalf("drop_body: %v", s)
			}
		case ModeKeep:
			if in != "I am jane.doe@example.com" {
				t.Fatalf("keep changed text: %q", in)
			}
		}
	}
}

// Every text field is scanned, not only bodies: span name, status
// message, URLs with their query strings, custom attributes; allow-listed
// attributes stay raw; identity fields are pseudonymised, the tenant not.
func TestRedactSpanEveryField(t *testing.T) {
	p := testPrivacy(t)
	s := &llmobsv1.Span{
		Name:          "GET /users/jane.doe@example.com",
		StatusMessage: "card 4111 1111 1111 1111 declined for +1 415 555 0132",
		GenAi: &llmobsv1.GenAI{
			UserId: "jane.doe@example.com", ConversationId: "conv-jane-1", TenantId: "acme",
			OutputMessages: []*llmobsv1.Message{{Content: "Your key is AKIAIOSFODNN7EXAMPLE"}},
		},
		Attributes: []*llmobsv1.KeyValue{
			{Key: "url.full", Value: "https://shop.test/cart?email=jane.doe%40example.com&ssn=536-22-1234"},
			{Key: "gen_ai.usage.prompt_tokens", Value: "4111111111111111"},
			{Key: "input.value", Value: `{"q":"jane@example.org"}`},
			{Key: "app.note", Value: "ship to 221B Baker Street, London NW1 6XE"},
			{Key: "user.email", Value: "jane.doe@example.com"},
			{Key: "http.route", Value: "/v1/chat"},
		},
	}
	red := p.RedactSpan(s)
	raw := []string{"jane", "4111 1111", "415 555", "536-22", "Baker", "AKIA"}
	check := func(field, v string) {
		for _, r := range raw {
			if strings.Contains(v, r) {
				t.Errorf("%s still holds %q: %q", field, r, v)
			}
		}
	}
	check("name", s.Name)
	check("status_message", s.StatusMessage)
	check("user_id", s.GenAi.UserId)
	check("output", s.GenAi.OutputMessages[0].Content)
	for _, kv := range s.Attributes {
		if kv.Key != "gen_ai.usage.prompt_tokens" {
			check(kv.Key, kv.Value)
		}
	}
	if s.Attributes[1].Value != "4111111111111111" || s.Attributes[5].Value != "/v1/chat" {
		t.Fatalf("allow-listed attributes changed: %v", s.Attributes)
	}
	if !strings.HasPrefix(s.GenAi.UserId, "ps_k1_") || !strings.HasPrefix(s.GenAi.ConversationId, "ps_k1_") || s.GenAi.TenantId != "acme" ||
		!strings.HasPrefix(s.Attributes[4].Value, "ps_k1_") {
		t.Fatalf("identity: %v %v", s.GenAi, s.Attributes[4])
	}
	if s.GenAi.UserId != p.ids.Pseudonym("user", "jane.doe@example.com") {
		t.Fatal("user pseudonym is not stable")
	}
	if !slices.Contains(s.Flags, FlagSecretInOutput) || len(red.Counts) < 6 {
		t.Fatalf("flags %v counts %v", s.Flags, red.Counts)
	}

	// identity.mode raw keeps the IDs (scanned like any field).
	p = testPrivacy(t, func(_ *RedactConfig, ic *redact.IdentityConfig) { ic.Mode = redact.IdentityRaw })
	s = &llmobsv1.Span{GenAi: &llmobsv1.GenAI{UserId: "u-123", ConversationId: "c-9"}}
	p.RedactSpan(s)
	if s.GenAi.UserId != "u-123" || s.GenAi.ConversationId != "c-9" {
		t.Fatalf("raw identity changed: %v", s.GenAi)
	}
}

func TestRedactSpanDropBodyAttributes(t *testing.T) {
	p := testPrivacy(t, func(c *RedactConfig, _ *redact.IdentityConfig) { c.Mode = ModeDropBody })
	s := &llmobsv1.Span{Attributes: []*llmobsv1.KeyValue{
		{Key: "gen_ai.prompt.0.content", Value: "call me on +1 415 555 0132"},
		{Key: "gen_ai.usage.prompt_tokens", Value: "4111111111111111"},
		{Key: "input.value", Value: `{"q":"jane@example.org"}`},
		{Key: "http.route", Value: "/v1/chat"},
	}}
	red := p.RedactSpan(s)
	if len(s.Attributes) != 2 || s.Attributes[0].Key != "gen_ai.usage.prompt_tokens" || s.Attributes[1].Key != "http.route" ||
		!s.BodiesDropped || len(red.Counts) != 2 {
		t.Fatalf("drop_body: %v %v", s.Attributes, red)
	}
	if red := p.RedactSpan(nil); red.Mode != ModeDropBody {
		t.Fatal(red)
	}
}

func TestRedactSpanBoundsFields(t *testing.T) {
	p := testPrivacy(t, func(c *RedactConfig, _ *redact.IdentityConfig) { c.MaxFieldBytes = 1024 })
	n := 0
	p.truncated = func() { n++ }
	s := &llmobsv1.Span{StatusMessage: strings.Repeat("é", 600) + " jane@example.com"}
	p.RedactSpan(s)
	if len(s.StatusMessage) > 1024 || strings.Contains(s.StatusMessage, "jane") || n != 1 {
		t.Fatalf("%d bytes, %d truncations", len(s.StatusMessage), n)
	}
}

func TestPrivacyConfigErrorsNameTheKey(t *testing.T) {
	for key, mut := range map[string]func(*Config){
		"redact.mode":                  func(c *Config) { c.Redact.Mode = "shred" },
		"redact.types[0]":              func(c *Config) { c.Redact.Types = []string{"SSN?"} },
		"redact.patterns[0].regex":     func(c *Config) { c.Redact.Patterns = []redact.Pattern{{Name: "x", Regex: "("}} },
		"redact.allow_attributes[0]":   func(c *Config) { c.Redact.AllowAttributes = []string{"[x"} },
		"redact.max_field_bytes":       func(c *Config) { c.Redact.MaxFieldBytes = 10 },
		"identity.mode":                func(c *Config) { c.Identity.Mode = "hash" },
		"identity.key":                 func(c *Config) { c.Identity.Key = "short" },
		"redact.patterns[0].validator": func(c *Config) { c.Redact.Patterns = []redact.Pattern{{Name: "x", Regex: "a", Validator: "crc32"}} },
	} {
		c := DefaultConfig()
		mut(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), key+":") {
			t.Errorf("%s: %v", key, err)
		}
	}
}

// An evaluator's explanation and label are free text: redacted like the
// span's other fields, dropped with the bodies in drop_body mode.
func TestRedactSpanEvaluations(t *testing.T) {
	span := func() *llmobsv1.Span {
		return &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_EVALUATION, Evaluations: []*llmobsv1.Evaluation{{
			Name: "user_feedback", HasScore: true, Score: 0, Feedback: true, Label: "bad",
			Explanation: "wrong: call me on +44 20 7946 0958 or jane.doe@example.com",
		}}}
	}
	s := span()
	red := testPrivacy(t).RedactSpan(s)
	if e := s.Evaluations[0]; strings.Contains(e.Explanation, "jane") || strings.Contains(e.Explanation, "7946") || e.Score != 0 || !e.HasScore || e.Name != "user_feedback" {
		t.Fatalf("redact: %v", e)
	}
	if len(red.Counts) != 2 {
		t.Fatalf("counts %v", red.Counts)
	}
	s = span()
	testPrivacy(t, func(c *RedactConfig, _ *redact.IdentityConfig) { c.Mode = ModeDropBody }).RedactSpan(s)
	if e := s.Evaluations[0]; e.Explanation != "" || e.Label != "bad" {
		t.Fatalf("drop_body: %v", e)
	}
}
