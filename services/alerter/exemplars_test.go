package alerter

import (
	"strings"
	"testing"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func exemplar(id byte, latMs, cost float64, failed bool) *llmobsv1.Exemplar {
	tid := make([]byte, 16)
	tid[15] = id
	return &llmobsv1.Exemplar{TraceId: tid, SpanId: []byte{id, 0, 0, 0, 0, 0, 0, 1}, LatencyMs: latMs, CostUsd: cost, Error: failed, EndTimeUnixNano: uint64(id)}
}

const exemplarRules = `
groups:
- name: g
  rules:
  - alert: Slow
    expr: latency_p99_ms > 2000
    window: 10s
  - alert: Failing
    expr: error_rate > 0.1
    window: 10s
  - alert: Pricey
    expr: cost_total > 1
    window: 10s
`

// TestAlertsCarryExemplars: a firing alert names the window and the trace
// IDs of the calls its rule is about — the slowest for a latency rule,
// the latest errors for an error rule, the costliest for a cost rule —
// as plain string annotations; a window without exemplars adds none.
func TestAlertsCarryExemplars(t *testing.T) {
	e := NewEngine(mustRules(t, exemplarRules))
	e.Now = func() time.Time { return t0 }
	w := win{svc: "chat", model: "gpt-4o", i: 3, req: 10, errs: 2, p99: 5000, cost: 2}.pb()
	for i := range 7 {
		w.Exemplars = append(w.Exemplars, exemplar(byte(i+1), float64(1000*(i+1)), float64(7-i), i == 1 || i == 4))
	}
	got := map[string]map[string]string{}
	for _, a := range e.Evaluate(w) {
		got[a.Labels["alertname"]] = a.Annotations
	}
	id := func(b byte) string {
		return strings.Repeat("0", 30) + []string{"", "01", "02", "03", "04", "05", "06", "07"}[b]
	}
	window := "2026-01-01T12:00:30Z/2026-01-01T12:00:40Z"
	for name, want := range map[string][3]string{
		"Slow":    {"slowest", strings.Join([]string{id(7), id(6), id(5), id(4), id(3)}, ",")},
		"Failing": {"error", strings.Join([]string{id(5), id(2)}, ",")}, // latest end first
		"Pricey":  {"costliest", strings.Join([]string{id(1), id(2), id(3), id(4), id(5)}, ",")},
	} {
		a := got[name]
		if a == nil {
			t.Fatalf("%s did not fire: %v", name, got)
		}
		if a[AnnotationExemplarKind] != want[0] || a[AnnotationExemplarTraceIDs] != want[1] || a[AnnotationExemplarWindow] != window {
			t.Errorf("%s: kind %q ids %q window %q, want %q %q %q", name, a[AnnotationExemplarKind], a[AnnotationExemplarTraceIDs], a[AnnotationExemplarWindow], want[0], want[1], window)
		}
	}
	// An error rule over a window whose errors kept no exemplar falls
	// back to the slowest; a window with no exemplars adds no keys.
	e = NewEngine(mustRules(t, exemplarRules))
	w = win{svc: "chat", model: "gpt-4o", i: 3, req: 10, errs: 2}.pb()
	w.Exemplars = []*llmobsv1.Exemplar{exemplar(9, 100, 0, false)}
	for _, a := range e.Evaluate(w) {
		if a.Annotations[AnnotationExemplarKind] != "slowest" || !strings.HasSuffix(a.Annotations[AnnotationExemplarTraceIDs], "09") {
			t.Errorf("fallback: %v", a.Annotations)
		}
	}
	e = NewEngine(mustRules(t, exemplarRules))
	for _, a := range e.Evaluate(win{svc: "chat", model: "gpt-4o", i: 3, req: 10, errs: 2}.pb()) {
		if _, ok := a.Annotations[AnnotationExemplarTraceIDs]; ok {
			t.Errorf("a window without exemplars annotated %v", a.Annotations)
		}
	}
}
