package embedder

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/index"
)

func llmSpan(msgs ...*llmobsv1.Message) *llmobsv1.EnrichedSpan {
	return &llmobsv1.EnrichedSpan{
		Span: &llmobsv1.Span{
			TraceId: []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, SpanId: []byte{1, 2, 3, 4, 5, 6, 7, 8},
			Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, StartTimeUnixNano: 1_700_000_000_000_000_000, EndTimeUnixNano: 1_700_000_001_250_000_000,
			Resource: &llmobsv1.Resource{ServiceName: "chat-api"},
			GenAi: &llmobsv1.GenAI{
				Operation: "chat", Provider: "openai", RequestModel: "gpt-4o", ResponseModel: "gpt-4o-2024-08-06",
				InputTokens: 120, OutputTokens: 30, InputMessages: msgs, ConversationId: "conv-1", UserId: "u-7",
			},
		},
		Cost:      &llmobsv1.Cost{Total: 0.0123},
		Redaction: &llmobsv1.Redaction{Mode: "redact"},
	}
}

func msg(role, content string) *llmobsv1.Message {
	return &llmobsv1.Message{Role: role, Content: content}
}

func TestExtract(t *testing.T) {
	sys := msg("system", "You are a helpful assistant.")
	for _, tc := range []struct {
		name   string
		es     func() *llmobsv1.EnrichedSpan
		want   string
		reason string
	}{
		{"last user message", func() *llmobsv1.EnrichedSpan {
			return llmSpan(sys, msg("user", "first question"), msg("assistant", "answer"), msg("user", "  How do I file taxes?  "))
		}, "How do I file taxes?", ""},
		{"no user role: non-system joined", func() *llmobsv1.EnrichedSpan {
			return llmSpan(sys, msg("", "Translate to French:"), msg("", "good morning"))
		}, "Translate to French:\ngood morning", ""},
		{"only system", func() *llmobsv1.EnrichedSpan { return llmSpan(sys) }, "", skipNoPrompt},
		{"no messages", func() *llmobsv1.EnrichedSpan { return llmSpan() }, "", skipNoPrompt},
		{"blank user", func() *llmobsv1.EnrichedSpan { return llmSpan(msg("user", " \n\t ")) }, "", skipNoPrompt},
		{"not an LLM span", func() *llmobsv1.EnrichedSpan {
			es := llmSpan(msg("user", "x"))
			es.Span.Class = llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL
			return es
		}, "", skipNotLLM},
		{"bodies dropped", func() *llmobsv1.EnrichedSpan {
			es := llmSpan(msg("user", "x"))
			es.Span.BodiesDropped = true
			return es
		}, "", skipBodiesDropped},
		{"redact mode keep is never embedded", func() *llmobsv1.EnrichedSpan {
			es := llmSpan(msg("user", "my email is a@b.c"))
			es.Redaction.Mode = "keep"
			return es
		}, "", skipUnredacted},
		{"no redaction record", func() *llmobsv1.EnrichedSpan {
			es := llmSpan(msg("user", "hello"))
			es.Redaction = nil
			return es
		}, "", skipUnredacted},
		{"invalid UTF-8 replaced", func() *llmobsv1.EnrichedSpan { return llmSpan(msg("user", "caf\xc3 au lait")) }, "caf\uFFFD au lait", ""},
		{"nil span", func() *llmobsv1.EnrichedSpan { return &llmobsv1.EnrichedSpan{} }, "", skipNotLLM},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, reason, ok := extract(tc.es(), 2000)
			if reason != tc.reason || ok != (tc.reason == "") {
				t.Fatalf("reason %q ok %v, want %q", reason, ok, tc.reason)
			}
			if p.text != tc.want {
				t.Fatalf("text %q, want %q", p.text, tc.want)
			}
		})
	}
}

func TestExtractPayload(t *testing.T) {
	es := llmSpan(msg("user", "Why is my invoice wrong?"))
	es.Span.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	p, _, ok := extract(es, 2000)
	if !ok {
		t.Fatal("not extracted")
	}
	pl := p.payload
	if pl.TraceID != "0102030405060708090a0b0c0d0e0f10" || pl.SpanID != "0102030405060708" || len(pl.TraceIDs) != 1 {
		t.Errorf("ids %q %q %v", pl.TraceID, pl.SpanID, pl.TraceIDs)
	}
	if pl.Service != "chat-api" || pl.Model != "gpt-4o" || pl.Provider != "openai" || pl.Operation != "chat" {
		t.Errorf("labels %+v", pl)
	}
	if pl.LatencyMS != 1250 || !pl.Error || pl.CostUSD != 0.0123 || pl.InputTokens != 120 || pl.OutputTokens != 30 {
		t.Errorf("numbers %+v", pl)
	}
	if pl.ConversationID != "conv-1" || pl.UserID != "u-7" || pl.Hits != 1 {
		t.Errorf("ids %+v", pl)
	}
	if !pl.Time.Equal(time.Unix(1_700_000_001, 250_000_000)) {
		t.Errorf("time %v", pl.Time)
	}
	if p.id != index.PointID(p.hash) || len(p.hash) != 32 {
		t.Errorf("id %q hash %q", p.id, p.hash)
	}
}

func TestCutAndNormalize(t *testing.T) {
	long := strings.Repeat("é", 100) // 200 bytes
	if c := cut(long, 51); len(c) != 50 || !strings.HasPrefix(long, c) {
		t.Errorf("cut on a rune boundary: %d bytes", len(c))
	}
	// Repeats that differ only in case, spacing and compatibility forms
	// dedup to one hash; different words do not.
	same := []string{"How do I reset my password?", "  how do i   reset my PASSWORD?\n", "How do I reset my ｐａｓｓｗｏｒｄ?"}
	for _, s := range same[1:] {
		if textHash(s) != textHash(same[0]) {
			t.Errorf("%q and %q should dedup", s, same[0])
		}
	}
	if textHash("How do I reset my password?") == textHash("How do I reset my username?") {
		t.Error("different prompts share a hash")
	}
}

func TestKeepIsConsistentAndCalibrated(t *testing.T) {
	n, kept := 20000, 0
	for i := range n {
		h := textHash("prompt number " + strconv.Itoa(i))
		a, b := keep(h, 0.25), keep(h, 0.25)
		if a != b {
			t.Fatal("keep is not a function of the hash")
		}
		if a {
			kept++
		}
		if keep(h, 0.1) && !keep(h, 0.25) {
			t.Fatal("a prompt kept at p=0.1 must be kept at p=0.25 (nested samples)")
		}
	}
	if r := float64(kept) / float64(n); math.Abs(r-0.25) > 0.02 {
		t.Errorf("kept fraction %.3f, want 0.25±0.02", r)
	}
	if !keep("zz", 0.5) || !keep(textHash("x"), 1) {
		t.Error("p=1 or an unparsable hash keeps")
	}
}

func TestParseSearch(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	ok := func(q string, check func(SearchRequest) bool) {
		t.Helper()
		v, _ := url.ParseQuery(q)
		r, err := ParseSearch(v, 10, now)
		if err != nil {
			t.Errorf("%q: %v", q, err)
			return
		}
		if !check(r) {
			t.Errorf("%q: parsed %+v", q, r)
		}
	}
	bad := func(q, want string) {
		t.Helper()
		v, _ := url.ParseQuery(q)
		if _, err := ParseSearch(v, 10, now); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err %v, want it to mention %q", q, err, want)
		}
	}
	ok("q=taxes", func(r SearchRequest) bool { return r.Q == "taxes" && r.K == 10 })
	ok("q=taxes&k=25&service=chat-api&model=gpt-4o&errors=true&min_latency_ms=1500",
		func(r SearchRequest) bool {
			return r.K == 25 && r.Filter.Service == "chat-api" && r.Filter.Model == "gpt-4o" && r.Filter.ErrorsOnly && r.Filter.MinLatencyMS == 1500
		})
	ok("q=x&since=90m", func(r SearchRequest) bool { return r.Filter.Since.Equal(now.Add(-90 * time.Minute)) })
	ok("q=x&since=2026-11-22T10:00:00Z&until=2026-11-22T11:00:00Z", func(r SearchRequest) bool {
		return r.Filter.Until.Sub(r.Filter.Since) == time.Hour
	})
	ok("like=0102030405060708090A0B0C0D0E0F10", func(r SearchRequest) bool { return r.Like == "0102030405060708090a0b0c0d0e0f10" })
	bad("", "give q")
	bad("q=%20%20", "give q")
	bad("q=a&like=0102030405060708090a0b0c0d0e0f10", "not both")
	bad("like=xyz", "32 hex")
	bad("q="+strings.Repeat("a", MaxQueryBytes+1), "at most")
	bad("q=%ff", "UTF-8")
	bad("q=a&k=0", "1..100")
	bad("q=a&k=101", "1..100")
	bad("q=a&k=ten", "1..100")
	bad("q=a&errors=maybe", "true or false")
	bad("q=a&since=yesterday", "RFC 3339")
	bad("q=a&since=-5m", "RFC 3339")
	bad("q=a&since=2026-11-22T11:00:00Z&until=2026-11-22T10:00:00Z", "before until")
	bad("q=a&min_latency_ms=-1", "non-negative")
	bad("q=a&min_latency_ms=NaN", "non-negative")
	bad("q=a&limit=5", "unknown parameter")
	bad("q=a&q=b", "2 times")
	bad("q=a&service="+strings.Repeat("s", 300), "256")
}
