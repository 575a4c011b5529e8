package alerter

import (
	"strings"
	"testing"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func flagWindow(i int, requests float64, flags map[string]float64) *llmobsv1.SLIWindow {
	w := &llmobsv1.SLIWindow{
		Series:            &llmobsv1.SeriesKey{Service: "chat-api", Model: "gpt-4o", Operation: "chat", Provider: "openai"},
		WindowStartUnixMs: time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC).Add(time.Duration(i) * 10 * time.Second).UnixMilli(),
		WindowLengthMs:    10000, Revision: 1, Requests: requests, FlagsScanned: requests, Cost: &llmobsv1.Cost{},
	}
	for f, n := range flags {
		w.Flags = append(w.Flags, &llmobsv1.FlagCount{Flag: f, Count: n})
	}
	return w
}

// The default safety rules: quiet at the load generator's baseline (2 %
// attacks, no leaks), firing on an attack surge and on a leaked secret.
func TestDefaultSafetyRules(t *testing.T) {
	rules, err := LoadRules("")
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(rules)
	fired := map[string]bool{}
	for i := range 40 {
		flags := map[string]float64{"prompt_injection": float64(i % 2), "jailbreak": float64(i % 3 / 2), "refusal": 1, "truncated": 2, "pii_in_output": 1}
		phase := "base"
		switch {
		case i >= 10 && i < 14:
			phase = "attack"
			flags["prompt_injection"], flags["jailbreak"] = 12, 6
		case i >= 25 && i < 27:
			phase = "leak"
			flags["secret_in_output"] = 2
		case i >= 30 && i < 33:
			phase = "ungrounded"
			flags["ungrounded"] = 12
		}
		if phase == "base" {
			flags["ungrounded"] = float64(i % 3) // loadgen's ~7 %
		}
		for _, a := range e.Evaluate(flagWindow(i, 30, flags)) {
			if a.Status != "firing" {
				continue
			}
			name := a.Labels["alertname"]
			if phase == "base" {
				t.Fatalf("window %d (baseline): %s fired", i, name)
			}
			fired[name] = true
			if !strings.Contains(a.Annotations["summary"], "chat-api/gpt-4o") {
				t.Errorf("summary %q", a.Annotations["summary"])
			}
		}
	}
	for _, name := range []string{"LLMPromptInjectionSurge", "LLMJailbreakSurge", "LLMSecretInOutput", "LLMGroundednessDrop"} {
		if !fired[name] {
			t.Errorf("%s did not fire", name)
		}
	}
	if fired["LLMSystemPromptLeak"] {
		t.Error("LLMSystemPromptLeak fired with no system_prompt_leak flag")
	}
}

func TestFlagMetrics(t *testing.T) {
	w := flagWindow(0, 40, map[string]float64{"refusal": 4})
	w.FlagsScanned = 20 // half the calls had their bodies dropped
	for _, tc := range []struct {
		metric string
		want   float64
		ok     bool
	}{
		{"flags.refusal", 4, true},
		{"flag_rate.refusal", 0.2, true},
		{"flags.jailbreak", 0, true},
		{"flag_rate.jailbreak", 0, true},
		{"flags.", 0, false},
		{"flags.Bad-Name", 0, false},
		{"flag_rates.refusal", 0, false},
	} {
		f, ok := metricOf(tc.metric)
		if ok != tc.ok {
			t.Errorf("%s: known %v, want %v", tc.metric, ok, tc.ok)
			continue
		}
		if ok && f(w) != tc.want {
			t.Errorf("%s = %v, want %v", tc.metric, f(w), tc.want)
		}
	}
	w.FlagsScanned = 0
	if f, _ := metricOf("flag_rate.refusal"); f(w) != 0 {
		t.Errorf("rate with nothing scanned = %v, want 0", f(w))
	}
	if _, err := ParseRules("r.yaml", []byte("groups:\n- name: g\n  rules:\n  - alert: A\n    expr: flags.No-Such > 1\n")); err == nil || !strings.Contains(err.Error(), "flag_rate.<flag>") {
		t.Errorf("bad flag metric: %v", err)
	}
}
