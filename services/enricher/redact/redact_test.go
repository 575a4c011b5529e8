package redact

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

type labelled struct {
	Text string `json:"text"`
	PII  []struct {
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"pii"`
}

func corpus(t testing.TB) []labelled {
	f, err := os.Open("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c labelled
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// Precision and recall over the labelled corpus, span level: a detection
// counts when type and exact text match a label.
func TestPrecisionRecall(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	cases := corpus(t)
	if len(cases) < 300 {
		t.Fatalf("corpus has %d cases, want ≥ 300", len(cases))
	}
	type stat struct{ tp, fp, fn int }
	per := map[string]*stat{}
	get := func(k string) *stat {
		if per[k] == nil {
			per[k] = &stat{}
		}
		return per[k]
	}
	var misses []string
	for _, c := range cases {
		want := map[string]int{}
		for _, p := range c.PII {
			want[p.Type+"\x00"+p.Value]++
		}
		for _, m := range r.Find(c.Text) {
			k := m.Type + "\x00" + c.Text[m.Start:m.End]
			if want[k] > 0 {
				want[k]--
				get(m.Type).tp++
			} else {
				get(m.Type).fp++
				misses = append(misses, fmt.Sprintf("FP %s %q in %q", m.Type, c.Text[m.Start:m.End], c.Text))
			}
		}
		for k, n := range want {
			if n > 0 {
				typ, val, _ := strings.Cut(k, "\x00")
				get(typ).fn += n
				misses = append(misses, fmt.Sprintf("FN %s %q in %q", typ, val, c.Text))
			}
		}
	}
	var total stat
	types := make([]string, 0, len(per))
	for k := range per {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		s := per[k]
		total.tp += s.tp
		total.fp += s.fp
		total.fn += s.fn
		t.Logf("%-13s tp=%3d fp=%2d fn=%2d precision=%.3f recall=%.3f", k, s.tp, s.fp, s.fn, ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn))
	}
	precision, recall := ratio(total.tp, total.tp+total.fp), ratio(total.tp, total.tp+total.fn)
	t.Logf("overall: %d cases, precision=%.4f recall=%.4f", len(cases), precision, recall)
	for _, m := range misses {
		t.Log(m)
	}
	if recall < 0.99 || precision < 0.95 {
		t.Fatalf("precision %.4f (want ≥ 0.95), recall %.4f (want ≥ 0.99)", precision, recall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func TestRedactPlaceholdersAndModes(t *testing.T) {
	r, _ := New(DefaultConfig())
	var counts Counts
	got := r.Redact("mail jane.doe@example.com, card 4111 1111 1111 1111, ip 10.0.0.1", &counts)
	if got != "mail <EMAIL>, card <CREDIT_CARD>, ip <IP>" {
		t.Fatalf("redacted: %q", got)
	}
	if m := r.CountMap(&counts); len(m) != 3 || m[Email] != 1 || m[CreditCard] != 1 || m[IP] != 1 || counts.Total() != 3 {
		t.Fatalf("counts %v", counts)
	}
	clean := "nothing personal here"
	if out := r.Redact(clean, nil); out != clean {
		t.Fatal("clean text changed")
	}
	if allocs := testing.AllocsPerRun(100, func() { _ = r.Redact(clean, nil) }); allocs != 0 {
		t.Fatalf("%v allocations on clean text", allocs)
	}

	span := func() *llmobsv1.Span {
		return &llmobsv1.Span{GenAi: &llmobsv1.GenAI{
			InputMessages:      []*llmobsv1.Message{{Role: "user", Content: "I am jane.doe@example.com"}},
			OutputMessages:     []*llmobsv1.Message{{Role: "assistant", Content: "Noted, +44 20 7946 0958"}},
			SystemInstructions: "key sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2",
		}}
	}
	for _, mode := range []string{ModeRedact, ModeDropBody, ModeKeep} {
		r, err := New(Config{Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		s := span()
		red := r.RedactSpan(s)
		if red.Mode != mode || len(red.Counts) != 3 {
			t.Fatalf("%s: %v", mode, red)
		}
		in := s.GenAi.InputMessages[0].Content
		switch mode {
		case ModeRedact:
			if in != "I am <EMAIL>" || s.GenAi.OutputMessages[0].Content != "Noted, <PHONE>" || !strings.Contains(s.GenAi.SystemInstructions, "<API_KEY>") {
				t.Fatalf("redact: %v", s.GenAi)
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

func TestConfigAndCustomPatterns(t *testing.T) {
	for name, c := range map[string]Config{
		"mode":              {Mode: "shred"},
		"types":             {Mode: ModeRedact, Types: []string{"SSN?"}},
		"patterns[0].regex": {Mode: ModeRedact, Extra: []Pattern{{Name: "x", Regex: "("}}},
		"patterns[1].name":  {Mode: ModeRedact, Extra: []Pattern{{Name: "x", Regex: "a"}, {Name: "X", Regex: "b"}}},
		"patterns[0].name":  {Mode: ModeRedact, Extra: []Pattern{{Name: "email", Regex: "a"}}},
	} {
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v", name, err)
		}
	}
	r, err := New(Config{Mode: ModeRedact, Types: []string{Email}, Extra: []Pattern{{Name: "employee_id", Regex: `\bEMP-\d{6}\b`}}})
	if err != nil {
		t.Fatal(err)
	}
	var c Counts
	out := r.Redact("EMP-123456 wrote from a@b.co, card 4111 1111 1111 1111", &c)
	if out != "<EMPLOYEE_ID> wrote from <EMAIL>, card 4111 1111 1111 1111" || r.CountMap(&c)["EMPLOYEE_ID"] != 1 || c.Total() != 2 {
		t.Fatalf("%q %v", out, c)
	}
}

// FuzzRedact: no panic, valid UTF-8 stays valid, redacting twice equals
// redacting once, and nothing the detectors find survives. Seeds: the
// corpus plus testdata/fuzz/FuzzRedact.
func FuzzRedact(f *testing.F) {
	for _, c := range corpus(f) {
		f.Add(c.Text)
	}
	r, _ := New(DefaultConfig())
	f.Fuzz(func(t *testing.T, s string) {
		var c Counts
		out := r.Redact(s, &c)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", out)
		}
		if (c.Total() == 0) != (out == s) {
			t.Fatalf("counts %d but output changed=%v", c.Total(), out != s)
		}
		if ms := r.Find(out); len(ms) > 0 {
			t.Fatalf("PII survives in %q: %v", out, ms)
		}
		if again := r.Redact(out, nil); again != out {
			t.Fatalf("not idempotent: %q -> %q", out, again)
		}
	})
}

func TestSpanAttributes(t *testing.T) {
	span := func() *llmobsv1.Span {
		return &llmobsv1.Span{Attributes: []*llmobsv1.KeyValue{
			{Key: "gen_ai.prompt.0.content", Value: "call me on +1 415 555 0132"},
			{Key: "gen_ai.usage.prompt_tokens", Value: "4111111111111111"},
			{Key: "input.value", Value: `{"q":"jane@example.org"}`},
			{Key: "http.route", Value: "/v1/chat"},
		}}
	}
	r, _ := New(DefaultConfig())
	s := span()
	red := r.RedactSpan(s)
	if s.Attributes[0].Value != "call me on <PHONE>" || s.Attributes[1].Value != "4111111111111111" ||
		s.Attributes[2].Value != `{"q":"<EMAIL>"}` || len(red.Counts) != 2 || red.Counts[0].Type != Email || red.Counts[1].Type != Phone {
		t.Fatalf("redact: %v %v", s.Attributes, red)
	}
	r, _ = New(Config{Mode: ModeDropBody})
	s = span()
	red = r.RedactSpan(s)
	if len(s.Attributes) != 2 || s.Attributes[0].Key != "gen_ai.usage.prompt_tokens" || s.Attributes[1].Key != "http.route" ||
		!s.BodiesDropped || len(red.Counts) != 2 {
		t.Fatalf("drop_body: %v %v", s.Attributes, red)
	}
	if red := r.RedactSpan(nil); red.Mode != ModeDropBody {
		t.Fatal(red)
	}
}

// BenchmarkRedact reports MB/s and allocations on clean prose, clean
// technical text full of digits (dates, versions, prices, ids), and
// PII-dense text.
func BenchmarkRedact(b *testing.B) {
	r, _ := New(DefaultConfig())
	texts := []struct{ name, text string }{
		{"clean_prose", strings.Repeat("Can you explain how tax deductions for home offices work in practice? ", 20)},
		{"clean_technical", strings.Repeat("On 2024-03-15 at 12:30:45 release v1.2.3 fixed order 100234 (SKU 88-1234, $19.99); see commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and uuid 123e4567-e89b-12d3-a456-426614174000. ", 10)},
		{"pii_dense", strings.Repeat("Mail jane.doe@example.com or call +44 20 7946 0958; card 4111 1111 1111 1111, key sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2 from 10.0.0.1. ", 10)},
	}
	for _, tc := range texts {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			b.ReportAllocs()
			var c Counts
			for i := 0; i < b.N; i++ {
				_ = r.Redact(tc.text, &c)
			}
		})
	}
}
