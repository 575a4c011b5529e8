package alerter

import (
	"strings"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Flag metrics (DESIGN, "Flags"): flags.<name> is the weighted number of a
// window's spans carrying flag <name> (prompt_injection, jailbreak,
// pii_in_output, secret_in_output, system_prompt_leak, refusal,
// empty_output, truncated, content_filter, …), flag_rate.<name> that
// number over the spans whose bodies were checked (flags_scanned; 0 when
// none were). Any flag name made of lower-case letters, digits and
// underscores is accepted: producers may add flags.
const (
	flagCountPrefix = "flags."
	flagRatePrefix  = "flag_rate."
)

// metricOf returns the function computing a condition's metric.
func metricOf(name string) (func(w *llmobsv1.SLIWindow) float64, bool) {
	if f, ok := metrics[name]; ok {
		return f, true
	}
	if flag, ok := strings.CutPrefix(name, flagCountPrefix); ok && validFlag(flag) {
		return func(w *llmobsv1.SLIWindow) float64 { return flagCount(w, flag) }, true
	}
	if flag, ok := strings.CutPrefix(name, flagRatePrefix); ok && validFlag(flag) {
		return func(w *llmobsv1.SLIWindow) float64 {
			if w.GetFlagsScanned() <= 0 {
				return 0
			}
			return flagCount(w, flag) / w.GetFlagsScanned()
		}, true
	}
	return nil, false
}

func flagCount(w *llmobsv1.SLIWindow, flag string) float64 {
	for _, c := range w.GetFlags() {
		if c.GetFlag() == flag {
			return c.GetCount()
		}
	}
	return 0
}

func validFlag(f string) bool {
	if f == "" || len(f) > 64 {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
