package alerter

import "testing"

// BenchmarkEvaluateDefaultRules: one 10 s window of one series through
// the default rules (the per-window hot path).
func BenchmarkEvaluateDefaultRules(b *testing.B) {
	rules, err := LoadRules("")
	if err != nil {
		b.Fatal(err)
	}
	e := NewEngine(rules)
	ws := demoWindows(1, "base")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		w := ws[i%len(ws)]
		w.i = i / len(ws)
		e.Evaluate(w.pb())
	}
}
