package alerter

import (
	"math"
	"strings"
	"testing"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func rev(w *llmobsv1.SLIWindow, r uint32) *llmobsv1.SLIWindow { w.Revision = r; return w }

// TestRevisionResentThreshold: a re-sent revision (an upstream restart sends
// revision 1 again after revision 2) does not move a threshold alert: the
// resolution that revision 2 caused stands, nothing fires a second time.
func TestRevisionResentThreshold(t *testing.T) {
	e := NewEngine(mustRules(t, svcRules))
	var got []string
	step := func(w *llmobsv1.SLIWindow) {
		for _, a := range e.Evaluate(w) {
			got = append(got, a.Status)
		}
		for _, a := range e.Sweep() {
			got = append(got, "swept-"+a.Status)
		}
	}
	step(rev(win{svc: "s", i: 0, req: 100, errs: 50}.pb(), 1)) // fires
	step(rev(win{svc: "s", i: 0, req: 100, errs: 0}.pb(), 2))  // revised: resolves
	step(rev(win{svc: "s", i: 0, req: 100, errs: 50}.pb(), 1)) // re-sent revision 1: a duplicate
	step(rev(win{svc: "s", i: 0, req: 100, errs: 0}.pb(), 2))  // re-sent revision 2: a duplicate
	step(rev(win{svc: "s", i: 1, req: 100, errs: 0}.pb(), 1))
	step(rev(win{svc: "s", i: 1, req: 100, errs: 0}.pb(), 1))
	if strings.Join(got, ",") != "firing,resolved" {
		t.Fatalf("events %v, want firing,resolved", got)
	}
	// A re-sent revision of the firing window does not re-announce either.
	got = nil
	step(rev(win{svc: "s", i: 2, req: 100, errs: 50}.pb(), 1))
	step(rev(win{svc: "s", i: 2, req: 100, errs: 50}.pb(), 1))
	step(rev(win{svc: "s", i: 2, req: 100, errs: 60}.pb(), 2)) // higher revision, still true: no event
	step(rev(win{svc: "s", i: 2, req: 100, errs: 0}.pb(), 1))  // stale revision 1 (false): ignored
	if strings.Join(got, ",") != "firing" {
		t.Fatalf("events %v, want firing", got)
	}
}

// TestRevisionResentSLO: a re-sent lower revision of a 1 m window does not
// replace the higher revision's counts in the burn-rate history, and a
// higher revision replaces (does not add to) the earlier one.
func TestRevisionResentSLO(t *testing.T) {
	e := NewEngine(mustRules(t, sloRules))
	totals := func() (bad, total float64) {
		for _, ss := range e.slos {
			for i := range ss.total {
				bad += ss.bad[i]
				total += ss.total[i]
			}
		}
		return
	}
	e.Evaluate(rev(minuteWin("chat-api", 0, 100, 50), 1))
	e.Evaluate(rev(minuteWin("chat-api", 0, 200, 2), 2))
	if b, n := totals(); b != 2 || n != 200 {
		t.Fatalf("after revision 2: bad %v total %v, want 2 200 (replaced)", b, n)
	}
	e.Evaluate(rev(minuteWin("chat-api", 0, 100, 50), 1)) // re-sent revision 1
	e.Evaluate(rev(minuteWin("chat-api", 0, 200, 2), 2))  // re-sent revision 2
	e.Observe(rev(minuteWin("chat-api", 0, 100, 50), 1))  // and through the history path
	if b, n := totals(); b != 2 || n != 200 {
		t.Fatalf("after re-sent revisions: bad %v total %v, want 2 200", b, n)
	}
	// A window of the next minute adds to it.
	e.Evaluate(rev(minuteWin("chat-api", 1, 100, 0), 1))
	if b, n := totals(); b != 2 || n != 300 {
		t.Fatalf("bad %v total %v, want 2 300", b, n)
	}
}

// TestRevisionResentBudget: a re-sent revision never adds spend again:
// not while the window is open (a lower revision does not replace a
// higher one), and not after it was settled (revision 1 re-sent an hour
// later used to be counted as a new window).
func TestRevisionResentBudget(t *testing.T) {
	e := NewEngine(mustRules(t, `groups:
- name: cost
  rules:
  - alert: Spend
    budget: {amount: 100000, period: month}
`))
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	w := func(m int, r uint32, cost float64) *llmobsv1.SLIWindow {
		return usageWindow(start, m, "chat", "gpt", r, map[string]float64{"/": cost})
	}
	spent := func() float64 {
		var s float64
		for _, bs := range e.budgets {
			s += bs.spent()
		}
		return s
	}
	check := func(what string, want float64) {
		t.Helper()
		if got := spent(); math.Abs(got-want) > 1e-9 {
			t.Fatalf("%s: spent %v, want %v", what, got, want)
		}
	}
	e.Evaluate(w(0, 1, 10))
	e.Evaluate(w(0, 2, 12))
	check("revision 2 replaces revision 1", 12)
	e.Evaluate(w(0, 1, 10))
	check("re-sent revision 1 while open", 12)
	for m := 1; m <= 30; m++ {
		e.Evaluate(w(m, 1, 1))
	}
	check("30 more minutes", 42)
	e.Evaluate(w(0, 1, 10))
	e.Evaluate(w(0, 2, 12))
	e.Observe(w(0, 1, 10))
	check("re-sent revisions of a settled window", 42)
	e.Evaluate(w(30, 2, 3))
	check("revision 2 of the newest window", 44)
	e.Evaluate(w(30, 1, 1))
	e.Evaluate(w(30, 2, 3))
	check("re-sent revisions of the newest window", 44)
}
