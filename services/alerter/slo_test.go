package alerter

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Worked examples from the SRE workbook (ch. 5): a 99.9% SLO over 30 d;
// a burn rate of 14.4 over 1 h spends 2% of the budget, 6 over 6 h spends
// 5%, 3 over 1 d 10%, 1 over 3 d 10%.
func TestBurnRateWorkbook(t *testing.T) {
	for _, tc := range []struct {
		ratio, obj, burn float64
		window           time.Duration
		spent            float64
	}{
		{0.0144, 0.999, 14.4, time.Hour, 0.02},
		{0.006, 0.999, 6, 6 * time.Hour, 0.05},
		{0.003, 0.999, 3, 24 * time.Hour, 0.10},
		{0.001, 0.999, 1, 72 * time.Hour, 0.10},
	} {
		b := BurnRate(tc.ratio, tc.obj)
		if math.Abs(b-tc.burn) > 1e-9 {
			t.Errorf("burn %v want %v", b, tc.burn)
		}
		if spent := b * tc.window.Hours() / (30 * 24); math.Abs(spent-tc.spent) > 1e-9 {
			t.Errorf("budget spent %v want %v", spent, tc.spent)
		}
	}
}

const sloRules = `groups:
- name: slo
  rules:
  - alert: ChatAvailability
    match: {service: chat-api}
    slo: {objective: 0.999}
    keep_firing_for: 0s
  - alert: ChatLatency
    match: {service: lat}
    slo: {objective: 0.99, latency_threshold_ms: 2000}
`

func minuteWin(svc string, m int, req, errs float64) *llmobsv1.SLIWindow {
	return &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: svc}, WindowStartUnixMs: t0.Add(time.Duration(m) * time.Minute).UnixMilli(),
		WindowLengthMs: 60000, Requests: req, Errors: errs, ErrorRate: errs / req}
}

// TestSLOBurnRates: steady error ratios map to the right severities, and
// the page resolves within the short window once errors stop.
func TestSLOBurnRates(t *testing.T) {
	for _, tc := range []struct {
		name   string
		errs   float64 // per 1000 requests a minute
		fires  string
		minute int // when the first alert fires
	}{
		{"burn 15: page (1h/5m 14.4) and ticket", 15, "page,ticket", 0},
		{"burn 10: page via 6h/30m at 6", 10, "page,ticket", 0},
		{"burn 5: ticket only", 5, "ticket", 0},
		{"burn 0.5: nothing", 0.5, "", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := NewEngine(mustRules(t, sloRules))
			var fired []string
			first := -1
			for m := 0; m < 120; m++ {
				for _, a := range e.Evaluate(minuteWin("chat-api", m, 1000, tc.errs)) {
					if a.Status == "firing" {
						fired = append(fired, a.Labels["severity"])
						if first < 0 {
							first = m
						}
					}
				}
			}
			if strings.Join(fired, ",") != tc.fires || first != tc.minute {
				t.Fatalf("fired %v at %d", fired, first)
			}
			if tc.fires == "" {
				return
			}
			// Errors stop: the page resolves once the 5 m (and 30 m) short windows cool down.
			resolved := -1
			for m := 120; m < 200 && resolved < 0; m++ {
				for _, a := range e.Evaluate(minuteWin("chat-api", m, 1000, 0)) {
					if a.Status == "resolved" && a.Labels["severity"] == "page" {
						resolved = m - 120
					}
				}
			}
			if strings.Contains(tc.fires, "page") && (resolved < 0 || resolved > 30) {
				t.Fatalf("page resolved after %d min", resolved)
			}
			// 3 d later (another series moves event time) the sums are dropped.
			e.Evaluate(minuteWin("other", 120+4*24*60, 1, 0))
			e.Sweep()
			if len(e.slos) != 0 {
				t.Fatalf("%d rolling sums kept", len(e.slos))
			}
		})
	}
}

func TestLatencySLOEstimate(t *testing.T) {
	w := &llmobsv1.SLIWindow{Requests: 1000, Errors: 2, LatencyP50Ms: 900, LatencyP90Ms: 1500, LatencyP95Ms: 1900, LatencyP99Ms: 2600, LatencyMaxMs: 9000}
	s := SLOSpec{Objective: 0.99, LatencyThresholdMs: 2000}
	if got := badCount(s, w); got != 50 { // p95 <= 2 s < p99: at most 5% slower
		t.Fatal(got)
	}
	w.LatencyMaxMs = 1999
	w.LatencyP99Ms = 1999
	if got := badCount(s, w); got != 2 { // nothing slower: only the errors
		t.Fatal(got)
	}
	w.LatencyP50Ms, w.LatencyP90Ms, w.LatencyP95Ms, w.LatencyP99Ms, w.LatencyMaxMs = 5000, 6000, 7000, 8000, 9000
	if got := badCount(s, w); got != 1000 {
		t.Fatal(got)
	}
}

const budgetRules = `groups:
- name: cost
  rules:
  - alert: DailyBudget
    match: {service: chat-api}
    budget: {amount: 100, period: day, min_elapsed: 1h}
    annotations: {summary: "projected {{.Value}} of {{.Threshold}}"}
`

// TestBudget: $6/h for a day projects $144 > $100: the projected overrun
// fires at 1 h (min_elapsed); the budget is exhausted after ~16.7 h;
// the next day starts over and resolves both.
func TestBudget(t *testing.T) {
	e := NewEngine(mustRules(t, budgetRules))
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	got := map[string]time.Duration{}
	for m := 0; m < 26*60; m++ {
		w := &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: "chat-api"}, WindowStartUnixMs: start.Add(time.Duration(m) * time.Minute).UnixMilli(),
			WindowLengthMs: 60000, Requests: 10, Cost: &llmobsv1.Cost{Total: 0.1}}
		for _, a := range e.Evaluate(w) {
			k := a.Status + ":" + a.Labels["budget"]
			if _, ok := got[k]; !ok {
				got[k] = time.Duration(m+1) * time.Minute
			}
		}
	}
	want := map[string]time.Duration{
		"firing:projected_overrun":   time.Hour,
		"resolved:projected_overrun": 16*time.Hour + 40*time.Minute, // exhausted takes over
		"firing:exhausted":           16*time.Hour + 40*time.Minute,
		"resolved:exhausted":         24*time.Hour + time.Minute,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s at %v want %v (all %v)", k, got[k], v, got)
		}
	}
	if len(e.budgets) != 1 {
		t.Fatal(len(e.budgets))
	}
	e.Evaluate(&llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: "other"}, WindowStartUnixMs: start.Add(40 * 24 * time.Hour).UnixMilli(), WindowLengthMs: 60000})
	e.Sweep()
	if len(e.budgets) != 0 {
		t.Fatal("finished period kept")
	}
	if Projection(10, time.Hour, 23*time.Hour) != 240 {
		t.Fatal("projection")
	}
}

// With exact counts at the threshold, a latency SLO uses them: bad =
// requests − successful requests at most T; another threshold falls back
// to the quantile estimate.
func TestBadCountExact(t *testing.T) {
	w := &llmobsv1.SLIWindow{Requests: 1000, Errors: 3, LatencyP95Ms: 1500, LatencyP99Ms: 2600,
		LatencyLeMs: []float64{1000, 2000, 2500}, LatencyOkLeCount: []float64{900, 985, 990}}
	if bad, exact := badCountExact(SLOSpec{Objective: 0.99, LatencyThresholdMs: 2000}, w); !exact || bad != 15 {
		t.Fatalf("at 2000 ms: bad %v exact %v, want 15 exact", bad, exact)
	}
	if bad, exact := badCountExact(SLOSpec{Objective: 0.99, LatencyThresholdMs: 2200}, w); exact || bad != 50 {
		t.Fatalf("at 2200 ms (no bound): bad %v exact %v, want the 5%% estimate", bad, exact)
	}
	if bad, exact := badCountExact(SLOSpec{Objective: 0.995}, w); !exact || bad != 3 {
		t.Fatalf("availability: bad %v exact %v", bad, exact)
	}
}

// window builds a 1 m window of series svc/model at minute m of day with
// the given spend per tenant/user ("tenant/user" -> $).
func usageWindow(start time.Time, m int, svc, model string, rev uint32, spend map[string]float64) *llmobsv1.SLIWindow {
	w := &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: svc, Model: model}, WindowStartUnixMs: start.Add(time.Duration(m) * time.Minute).UnixMilli(),
		WindowLengthMs: 60000, Revision: rev, Requests: 10, Cost: &llmobsv1.Cost{}}
	for _, k := range sortedKeys(spend) {
		tn, u, _ := strings.Cut(k, "/")
		w.Usage = append(w.Usage, &llmobsv1.UsageShare{Tenant: tn, User: u, Requests: 1, CostUsd: spend[k]})
		w.Cost.Total += spend[k]
	}
	return w
}

// TestBudgetPerTenant: acme spends $0.05 a minute in each of two series
// ($144 a day projected against $100), globex $0.01, and spans without a
// tenant $1 a minute that no tenant's budget is charged. One budget per
// tenant, across series: acme's projected overrun fires at 1 h and its
// budget is exhausted after 16 h 40 min; globex and the untenanted spend
// never fire.
func TestBudgetPerTenant(t *testing.T) {
	e := NewEngine(mustRules(t, `groups:
- name: cost
  rules:
  - alert: TenantDailyBudget
    budget: {amount: 100, period: day, by: [tenant]}
`))
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	got := map[string]time.Duration{}
	var last map[string]Alert
	for m := 0; m < 20*60; m++ {
		for _, svc := range []string{"chat-api", "rag"} {
			for _, a := range e.Evaluate(usageWindow(start, m, svc, "gpt-4o", 1, map[string]float64{"acme/u1": 0.03, "acme/u2": 0.02, "globex/": 0.005, "/": 1})) {
				if a.Labels["tenant"] != "acme" || a.Labels["service"] != "" || a.Labels["model"] != "" {
					t.Fatalf("unexpected alert labels %v", a.Labels)
				}
				k := a.Status + ":" + a.Labels["budget"]
				if _, ok := got[k]; !ok {
					got[k] = time.Duration(m+1) * time.Minute
				}
				if last == nil {
					last = map[string]Alert{}
				}
				last[k] = a
			}
		}
	}
	want := map[string]time.Duration{
		"firing:projected_overrun":   time.Hour,
		"resolved:projected_overrun": 16*time.Hour + 40*time.Minute,
		"firing:exhausted":           16*time.Hour + 40*time.Minute,
	}
	if len(got) != len(want) {
		t.Fatalf("events %v want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s at %v want %v", k, got[k], v)
		}
	}
	// At the end of minute 59 the projection is $144 ($6/h), less the
	// part of the minute of the series not yet evaluated.
	if v, err := strconv.ParseFloat(last["firing:projected_overrun"].Annotations["value"], 64); err != nil || v < 142.8-1e-9 || v > 144+1e-9 {
		t.Errorf("projection %v (%v), want 142.8 to 144", v, err)
	}
	if n := len(e.budgets); n != 2 { // acme and globex (both alert kinds share one)
		t.Fatalf("%d budget series, want 2", n)
	}
	for k, bs := range e.budgets {
		if strings.Contains(k, "acme") && math.Abs(bs.spent()-120) > 1e-6 {
			t.Errorf("%s: acme spent %v over 20 h, want 120", k, bs.spent())
		}
		if strings.Contains(k, "globex") && math.Abs(bs.spent()-12) > 1e-6 {
			t.Errorf("%s: globex spent %v, want 12", k, bs.spent())
		}
	}
}

// A revision of a window replaces its spend, whichever series it comes
// from and in whatever order; a revision after its window was settled is
// not counted again.
func TestBudgetRevisionsAcrossSeries(t *testing.T) {
	e := NewEngine(mustRules(t, `groups:
- name: cost
  rules:
  - alert: ServiceBudget
    match: {tenant: "=~acme|initech"}
    budget: {amount: 1000, period: month, by: [service, tenant]}
`))
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	e.Evaluate(usageWindow(start, 0, "chat", "a", 1, map[string]float64{"acme/": 1, "initech/x": 4, "globex/": 50}))
	e.Evaluate(usageWindow(start, 0, "chat", "b", 1, map[string]float64{"acme/": 2}))
	e.Evaluate(usageWindow(start, 1, "chat", "a", 1, map[string]float64{"acme/": 3}))
	e.Evaluate(usageWindow(start, 0, "chat", "a", 2, map[string]float64{"acme/": 1.5, "initech/x": 4})) // revision: +0.5
	e.Evaluate(usageWindow(start, 0, "rag", "a", 1, map[string]float64{"acme/": 7}))
	spent := func(tenant, svc string) float64 {
		for k, bs := range e.budgets {
			if strings.Contains(k, svc+"\x00"+tenant+"\x00") && strings.HasPrefix(k, "cost\x00ServiceBudget\x00") {
				return bs.spent()
			}
		}
		return -1
	}
	if got := spent("acme", "chat"); math.Abs(got-6.5) > 1e-9 {
		t.Errorf("acme on chat spent %v, want 6.5 (1.5 + 2 + 3)", got)
	}
	if got := spent("initech", "chat"); math.Abs(got-4) > 1e-9 {
		t.Errorf("initech on chat spent %v, want 4", got)
	}
	if got := spent("acme", "rag"); got != 7 {
		t.Errorf("acme on rag spent %v, want 7", got)
	}
	if got := spent("globex", "chat"); got != -1 {
		t.Errorf("globex is not selected, yet has a budget (%v)", got)
	}
	// An hour later, a revision of minute 0 comes: settled, not counted.
	e.Evaluate(usageWindow(start, 60, "chat", "a", 1, map[string]float64{"acme/": 1}))
	e.Evaluate(usageWindow(start, 0, "chat", "a", 3, map[string]float64{"acme/": 100}))
	if got := spent("acme", "chat"); math.Abs(got-7.5) > 1e-9 {
		t.Errorf("after a settled window's revision acme on chat spent %v, want 7.5", got)
	}
}
