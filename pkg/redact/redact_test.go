package redact

import (
	"bufio"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

type labelled struct {
	Text string `json:"text"`
	PII  []struct {
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"pii"`
}

// corpus is testdata/corpus.jsonl (the first hand-made set) plus
// corpus_hard.jsonl (hard cases and near-misses). The generated corpus of
// issue 18 is scored by TestGeneratedCorpus.
func corpus(t testing.TB) []labelled {
	var out []labelled
	for _, name := range []string{"testdata/corpus.jsonl", "testdata/corpus_hard.jsonl"} {
		out = append(out, readCorpus(t, name)...)
	}
	return out
}

func readCorpus(t testing.TB, name string) []labelled {
	f, err := os.Open(name)
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

// Precision and recall over the labelled corpus: a label is found when a
// detection covers all of it (of any type: it is not left raw); a
// detection that overlaps no label is a false positive.
func TestPrecisionRecall(t *testing.T) {
	cases := corpus(t)
	if len(cases) < 300 {
		t.Fatalf("corpus has %d cases, want ≥ 300", len(cases))
	}
	precision, recall := score(t, cases)
	if recall < 0.99 || precision < 0.95 {
		t.Fatalf("precision %.4f (want ≥ 0.95), recall %.4f (want ≥ 0.99)", precision, recall)
	}
}

// TestHeldOutPrecisionRecall scores a set written after the first
// detectors were tuned (testdata/corpus_heldout.jsonl: 52 cases, 37 PII
// values, 15 near-misses). Its first run, on 2026-11-22: precision 1.000,
// recall 0.946 (missed: "+49 151 23456789" and "1-800-555-0175"). The
// bar here only catches regressions.
func TestHeldOutPrecisionRecall(t *testing.T) {
	precision, recall := score(t, readCorpus(t, "testdata/corpus_heldout.jsonl"))
	if recall < 0.9 || precision < 0.95 {
		t.Fatalf("held-out precision %.4f (want ≥ 0.95), recall %.4f (want ≥ 0.9)", precision, recall)
	}
}

func score(t *testing.T, cases []labelled) (precision, recall float64) {
	t.Helper()
	r := Default()
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
		ms := r.Find(c.Text)
		type span struct{ a, b int }
		var labels []span
		for _, p := range c.PII {
			i := strings.Index(c.Text, p.Value)
			if i < 0 {
				t.Fatalf("label %q not in %q", p.Value, c.Text)
			}
			labels = append(labels, span{i, i + len(p.Value)})
			covered := false
			for _, m := range ms {
				if m.Start <= i && m.End >= i+len(p.Value) {
					covered = true
				}
			}
			if covered {
				get(p.Type).tp++
			} else {
				get(p.Type).fn++
				misses = append(misses, fmt.Sprintf("FN %s %q in %q", p.Type, p.Value, c.Text))
			}
		}
		for _, m := range ms {
			hit := false
			for _, l := range labels {
				if m.Start < l.b && l.a < m.End {
					hit = true
				}
			}
			if !hit {
				get(m.Type).fp++
				misses = append(misses, fmt.Sprintf("FP %s %q in %q", m.Type, c.Text[m.Start:m.End], c.Text))
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
		t.Logf("%-14s tp=%3d fp=%2d fn=%2d precision=%.3f recall=%.3f", k, s.tp, s.fp, s.fn, ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn))
	}
	precision, recall = ratio(total.tp, total.tp+total.fp), ratio(total.tp, total.tp+total.fn)
	t.Logf("overall: %d cases, precision=%.4f recall=%.4f", len(cases), precision, recall)
	for _, m := range misses {
		t.Log(m)
	}
	return precision, recall
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func TestRedactPlaceholders(t *testing.T) {
	r := Default()
	var counts Counts
	got := r.Redact("mail jane.doe@example.com, card 4111 1111 1111 1111, ip 10.0.0.1", &counts)
	if got != "mail <EMAIL>, card <CREDIT_CARD>, ip <IP>" {
		t.Fatalf("redacted: %q", got)
	}
	if m := r.CountMap(&counts); len(m) != 3 || m[Email] != 1 || m[CreditCard] != 1 || m[IP] != 1 || counts.Total() != 3 {
		t.Fatalf("counts %v", counts)
	}
	for i, clean := range []string{
		"nothing personal here",
		"Can you explain how tax deductions for home offices work in practice? Thanks, that helps a lot.",
		"My version is 4.2.1.0 and the build number 20240115.",
		"Please summarise section 4.1.2.3 of the contract and the order #100234-5567 from 2024-03-15 12:30:45.",
	} {
		if out := r.Redact(clean, nil); out != clean {
			t.Fatalf("clean text changed: %q", out)
		}
		if i >= 2 {
			continue // candidates that are rejected may allocate
		}
		if allocs := testing.AllocsPerRun(100, func() { _ = r.Redact(clean, nil) }); allocs != 0 {
			t.Fatalf("%v allocations on clean text %q", allocs, clean)
		}
	}
}

// Table of single detections: what each detector must catch, and the
// near-misses next to it it must leave alone.
func TestDetectors(t *testing.T) {
	r := Default()
	for _, tc := range []struct {
		text, want string
	}{
		// emails in any script
		{"escríbeme a josé.garcía@correo.es mañana", "escríbeme a <EMAIL> mañana"},
		{"Почта: иван.петров@почта.рф", "Почта: <EMAIL>"},
		{"请发邮件到zhang.wei@example.cn谢谢", "请发邮件到<EMAIL>谢谢"},
		{"mail jane [at] example [dot] com please", "mail <EMAIL> please"},
		// phones
		{"ruf an: 0151 23456789", "ruf an: <PHONE>"},
		{"call 0049 30 12345678", "call <PHONE>"},
		{"手机13800138000", "手机<PHONE>"},
		{"my number is 9876543210", "my number is <PHONE>"},
		{"order number 9876543210", "order number 9876543210"},
		// SSN, keys, secrets
		{"SSN 536-22-1234 on file", "SSN <SSN> on file"},
		{"DB_PASSWORD=s3cr3t!Pass", "DB_PASSWORD=<PASSWORD>"},
		{"password: ${DB_PASSWORD}", "password: ${DB_PASSWORD}"},
		{"the password is required", "the password is required"},
		{"my password is hunter2", "my password is <PASSWORD>"},
		{"postgres://app:Wq9!zz81@db.internal:5432/app", "postgres://app:<PASSWORD>@db.internal:5432/app"},
		{"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = <AWS_SECRET_KEY>"},
		{"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----", "<PRIVATE_KEY>"},
		{"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"},
		// IP or version
		{"upgrade to 4.2.1.0 tonight", "upgrade to 4.2.1.0 tonight"},
		{"ssh into 10.0.0.12 now", "ssh into <IP> now"},
		{"server 4.2.1.7 is down", "server <IP> is down"},
		// personal
		{"born on 14 March 1985", "born on <DATE_OF_BIRTH>"},
		{"the release on 14 March 1985", "the release on 14 March 1985"},
		{"passport no. X1234567", "passport no. <PASSPORT>"},
		{"I live at 221B Baker Street, London NW1 6XE.", "I live at <ADDRESS>."},
		{"Hi, I'm Priya Sharma and I need help", "Hi, I'm <PERSON_NAME> and I need help"},
		{"Hello World", "Hello World"},
	} {
		if got := r.Redact(tc.text, nil); got != tc.want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestConfigAndCustomPatterns(t *testing.T) {
	for name, c := range map[string]Config{
		"types[0]":              {Types: []string{"SSN?"}},
		"disable[0]":            {Disable: []string{"NAMES"}},
		"patterns[0].regex":     {Patterns: []Pattern{{Name: "x", Regex: "("}}},
		"patterns[1].name":      {Patterns: []Pattern{{Name: "x", Regex: "a"}, {Name: "X", Regex: "b"}}},
		"patterns[0].name":      {Patterns: []Pattern{{Name: "email", Regex: "a"}}},
		"patterns[0].validator": {Patterns: []Pattern{{Name: "x", Regex: "a", Validator: "crc"}}},
	} {
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), name+":") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := (Config{Patterns: []Pattern{{Name: "x", Regex: "a*"}}}).Validate(); err == nil || !strings.Contains(err.Error(), "patterns[0].regex: ") || !strings.Contains(err.Error(), "empty string") {
		t.Errorf("empty-matching regex: %v", err)
	}
	r, err := New(Config{Types: []string{Email}, Patterns: []Pattern{{Name: "employee_id", Regex: `\bEMP-\d{6}\b`}, {Name: "card16", Regex: `\b\d{16}\b`, Validator: "luhn"}}})
	if err != nil {
		t.Fatal(err)
	}
	var c Counts
	out := r.Redact("EMP-123456 wrote from a@b.co, card 4111 1111 1111 1111, 4111111111111111, 4111111111111112", &c)
	if out != "<EMPLOYEE_ID> wrote from <EMAIL>, card 4111 1111 1111 1111, <CARD16>, 4111111111111112" || r.CountMap(&c)["EMPLOYEE_ID"] != 1 || c.Total() != 3 {
		t.Fatalf("%q %v", out, c)
	}
	r, _ = New(Config{Disable: []string{PersonName, Email}})
	if out := r.Redact("My name is Jane Doe, jane@doe.org, 4111 1111 1111 1111", nil); out != "My name is Jane Doe, jane@doe.org, <CREDIT_CARD>" {
		t.Fatalf("disabled types: %q", out)
	}
}

func TestEscapedText(t *testing.T) {
	r := Default()
	for in, want := range map[string]string{
		"https://x.test/p?email=jane.doe%40example.com&n=1": "https://x.test/p?email=<EMAIL>&n=1",
		`{"q":"jos\u00e9.garc\u00eda@correo.es"}`:           `{"q":"<EMAIL>"}`,
	} {
		if got := r.Redact(in, nil); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPseudonymizer(t *testing.T) {
	c := DefaultIdentityConfig()
	c.Key = "0123456789abcdef0123456789abcdef"
	p, err := NewPseudonymizer(c)
	if err != nil {
		t.Fatal(err)
	}
	a, b := p.Pseudonym("user", "jane@example.com"), p.Pseudonym("user", "jane@example.com")
	if a != b || !strings.HasPrefix(a, "ps_k1_") || len(a) != len("ps_k1_")+24 || strings.Contains(a, "jane") {
		t.Fatalf("pseudonym %q %q", a, b)
	}
	if p.Pseudonym("user", a) != a || p.Pseudonym("user", "") != "" || p.Pseudonym("conversation", "jane@example.com") == a {
		t.Fatal("idempotence, empty or field separation broken")
	}
	c2 := c
	c2.Key, c2.KeyID = "another key of 16+ bytes", "k2"
	p2, _ := NewPseudonymizer(c2)
	if x := p2.Pseudonym("user", "jane@example.com"); x == a || !strings.HasPrefix(x, "ps_k2_") {
		t.Fatalf("rotated key gives %q", x)
	}
	if !p.IdentityAttribute("user.email") || !p.IdentityAttribute("app.user_id") || p.IdentityAttribute("http.route") {
		t.Fatal("identity attribute globs")
	}
	for key, bad := range map[string]IdentityConfig{
		"mode":          {Mode: "hash", KeyID: "k"},
		"key":           {Mode: IdentityRaw, Key: "short", KeyID: "k"},
		"key_id":        {Mode: IdentityRaw, KeyID: "k-1"},
		"attributes[0]": {Mode: IdentityRaw, KeyID: "k", Attributes: []string{"[a"}},
	} {
		if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), key+":") {
			t.Errorf("%s: %v", key, err)
		}
	}
	raw, _ := NewPseudonymizer(IdentityConfig{Mode: IdentityRaw, KeyID: "k"})
	if raw.Pseudonym("user", "jane") != "jane" {
		t.Fatal("raw mode changed the value")
	}
}

func TestScrubBytes(t *testing.T) {
	r := Default()
	in := []byte("\x0a\x10jane@example.com\x12\x13SSN is 536-22-1234\xff\xfe")
	out, n := r.ScrubBytes(in)
	if n != 2 || strings.Contains(string(out), "jane@") || strings.Contains(string(out), "536-22") || string(in) == string(out) {
		t.Fatalf("%d %q", n, out)
	}
	clean := []byte{1, 2, 3, 'a', 'b'}
	if out, n := r.ScrubBytes(clean); n != 0 || &out[0] != &clean[0] {
		t.Fatal("clean bytes copied or changed")
	}
}

// FuzzRedact: no panic, valid UTF-8 stays valid, redacting twice equals
// redacting once, and nothing the detectors find survives. Seeds: both
// corpora plus testdata/fuzz/FuzzRedact.
func FuzzRedact(f *testing.F) {
	for _, c := range corpus(f) {
		f.Add(c.Text)
	}
	items, err := piicorpus.Read("piicorpus/testdata/corpus.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, it := range items {
		f.Add(it.Text)
	}
	r := Default()
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

// Pseudonym with its reused HMACs writes what a fresh keyed HMAC gives,
// from several goroutines at once.
func TestPseudonymReusedMACs(t *testing.T) {
	p, err := NewPseudonymizer(IdentityConfig{Mode: IdentityPseudonymize, Key: "k3y-0123456789abcdef", KeyID: "v1"})
	if err != nil {
		t.Fatal(err)
	}
	want := func(field, value string) string {
		m := hmac.New(sha256.New, []byte("k3y-0123456789abcdef"))
		m.Write([]byte(field))
		m.Write([]byte{0})
		m.Write([]byte(value))
		return "ps_v1_" + strings.ToLower(b32.EncodeToString(m.Sum(nil)[:15]))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				f, v := []string{"user", "conversation"}[i%2], fmt.Sprintf("u-%d-%d%s", g, i, strings.Repeat("x", i%70*100))
				if got := p.Pseudonym(f, v); got != want(f, v) {
					t.Errorf("Pseudonym(%q, %q) = %q, want %q", f, v, got, want(f, v))
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkPseudonym(b *testing.B) {
	p, _ := NewPseudonymizer(IdentityConfig{Mode: IdentityPseudonymize, Key: "k3y-0123456789abcdef", KeyID: "v1"})
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		p.Pseudonym("user", "user-4242@example.com")
	}
}
