package alerter

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	goleak.VerifyTestMain(m)
}

var t0 = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

type win struct {
	svc, model, op, prov string
	i                    int // window index (10 s each)
	req, errs            float64
	p50, p99             float64
	ttft50, ttft95       float64
	cost                 float64
}

func (w win) pb() *llmobsv1.SLIWindow {
	r := &llmobsv1.SLIWindow{
		Series:            &llmobsv1.SeriesKey{Service: w.svc, Model: w.model, Operation: w.op, Provider: w.prov},
		WindowStartUnixMs: t0.Add(time.Duration(w.i) * 10 * time.Second).UnixMilli(),
		WindowLengthMs:    10000,
		Revision:          1,
		Requests:          w.req, Errors: w.errs,
		LatencyP50Ms: w.p50, LatencyP99Ms: w.p99, TtftP50Ms: w.ttft50, TtftP95Ms: w.ttft95,
		Cost: &llmobsv1.Cost{Total: w.cost},
	}
	if w.req > 0 {
		r.ErrorRate = w.errs / w.req
	}
	return r
}

func mustRules(t *testing.T, y string) []*Rule {
	t.Helper()
	r, err := ParseRules("test.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

const p99Rule = `
groups:
- name: g
  rules:
  - alert: HighP99
    match: {service: chat-api, model: "=~gpt-4o.*"}
    expr: latency_p99_ms > 2000
    window: 10s
    for: 30s
    keep_firing_for: 20s
    severity: critical
    labels: {team: llm}
    annotations:
      summary: "{{.Labels.model}} p99 {{.Value}} > {{.Threshold}}"
`

// TestForAndHysteresis drives a single series through pending, firing,
// a short dip (kept firing), and resolution.
func TestForAndHysteresis(t *testing.T) {
	e := NewEngine(mustRules(t, p99Rule))
	e.Now = func() time.Time { return t0 }
	p99 := []float64{3000, 3000, 1000, 3000, 3000, 3000, 3000, 1000, 3000, 1000, 1000, 1000, 1000}
	//               0     1     2     3     4     5     6     7     8     9     10    11    12
	var got []string
	for i, v := range p99 {
		for _, a := range e.Evaluate(win{svc: "chat-api", model: "gpt-4o", i: i, req: 10, p99: v}.pb()) {
			got = append(got, a.Status+"@"+itoa(i))
			if a.Labels["team"] != "llm" || a.Labels["severity"] != "critical" || a.Labels["model"] != "gpt-4o" {
				t.Errorf("labels %v", a.Labels)
			}
			if a.Status == "firing" && a.Annotations["summary"] != "gpt-4o p99 3000 > 2000" {
				t.Errorf("summary %q", a.Annotations["summary"])
			}
			if a.Status == "resolved" && !a.EndsAt.Equal(t0.Add(110*time.Second)) {
				t.Errorf("endsAt %v", a.EndsAt)
			}
			if a.Status == "firing" && !a.StartsAt.Equal(t0.Add(60*time.Second)) {
				t.Errorf("startsAt %v", a.StartsAt)
			}
		}
	}
	// windows 0-1 true then a dip: pending resets. 3,4,5 cover 30 s -> fires at 5.
	// dip at 7 and 9 within keep_firing_for (20 s); last true window 8 ends
	// at 90 s; resolved at the first clear window ending >= 110 s (window 10).
	want := "firing@5 resolved@10"
	if strings.Join(got, " ") != want {
		t.Fatalf("got %q want %q", strings.Join(got, " "), want)
	}
	// Other models, services and window lengths are not selected.
	if a := e.Evaluate(win{svc: "chat-api", model: "claude", i: 20, req: 10, p99: 9000}.pb()); len(a) != 0 {
		t.Fatal(a)
	}
	w := win{svc: "chat-api", model: "gpt-4o", i: 20, req: 10, p99: 9000}.pb()
	w.WindowLengthMs = 60000
	if a := e.Evaluate(w); len(a) != 0 || len(e.states) != 0 {
		t.Fatal(a)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestRepeatAndStale(t *testing.T) {
	e := NewEngine(mustRules(t, p99Rule))
	now := t0
	e.Now = func() time.Time { return now }
	e.RepeatInterval = time.Minute
	e.StaleAfter = time.Minute
	var n int
	for i := 0; i < 10; i++ {
		now = now.Add(20 * time.Second)
		n += len(e.Evaluate(win{svc: "chat-api", model: "gpt-4o", i: i, req: 10, p99: 5000}.pb()))
	}
	// Fires at window 2 (now=60s), re-notifies at 120 s, 180 s.
	if n != 3 {
		t.Fatalf("notifications %d want 3", n)
	}
	// The series goes quiet while another advances event time: resolved once.
	var res []Alert
	for i := 10; i < 20; i++ {
		e.Evaluate(win{svc: "rag", model: "x", i: i, req: 10}.pb())
		res = append(res, e.Sweep()...)
	}
	if len(res) != 1 || res[0].Status != "resolved" || res[0].EndsAt.IsZero() {
		t.Fatalf("%+v", res)
	}
}

func TestFingerprintStable(t *testing.T) {
	a := Fingerprint(map[string]string{"alertname": "A", "service": "s"})
	b := Fingerprint(map[string]string{"service": "s", "alertname": "A"})
	if a != b || len(a) != 16 {
		t.Fatal(a, b)
	}
	if a == Fingerprint(map[string]string{"alertname": "A", "service": "t"}) {
		t.Fatal("collision")
	}
	// Alertmanager/Prometheus model.LabelsToSignature of {} is the FNV-64a offset basis.
	if Fingerprint(nil) != "cbf29ce484222325" {
		t.Fatal(Fingerprint(nil))
	}
}

func TestRevisionsAndOldWindows(t *testing.T) {
	e := NewEngine(mustRules(t, strings.Replace(p99Rule, "for: 30s", "for: 0s", 1)))
	if a := e.Evaluate(win{svc: "chat-api", model: "gpt-4o", i: 5, req: 10, p99: 5000}.pb()); len(a) != 1 {
		t.Fatal(a)
	}
	// An older window arriving late does not move state.
	if a := e.Evaluate(win{svc: "chat-api", model: "gpt-4o", i: 1, req: 10, p99: 100}.pb()); len(a) != 0 {
		t.Fatal(a)
	}
	// A revision 2 of the same window with a new value is re-evaluated
	// (not a second firing).
	w := win{svc: "chat-api", model: "gpt-4o", i: 5, req: 10, p99: 6000}.pb()
	w.Revision = 2
	if a := e.Evaluate(w); len(a) != 0 {
		t.Fatal(a)
	}
}

// TestDefaultRulesIncidents drives the embedded default rules with
// synthetic 10 s windows shaped like the loadgen DefaultScenario at 20
// traces/s: baseline, then each incident, and checks that exactly the
// right alert fires during it and resolves after it.
func TestDefaultRulesIncidents(t *testing.T) {
	rules, err := LoadRules("")
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(rules)
	e.Now = func() time.Time { return t0 }
	// Phases of 12 windows (2 min each): base, latency, base, errors, base, cost, base.
	phases := []string{"base", "latency_spike", "base", "error_burst", "base", "cost_spike", "base"}
	var got []ev
	i := 0
	for _, ph := range phases {
		for k := 0; k < 12; k++ {
			for _, w := range demoWindows(i, ph) {
				for _, a := range e.Evaluate(w.pb()) {
					got = append(got, ev{ph, a.Status, a.Labels["alertname"], a.Labels["service"] + "/" + a.Labels["model"]})
				}
			}
			got = append(got, evsOf(ph, e.Sweep())...)
			i++
		}
	}
	want := []ev{
		{"latency_spike", "firing", "LLMHighLatencyP99", "chat-api/gpt-4o"},
		{"latency_spike", "firing", "LLMHighTTFT", "chat-api/gpt-4o"},
		{"base", "resolved", "LLMHighLatencyP99", "chat-api/gpt-4o"},
		{"base", "resolved", "LLMHighTTFT", "chat-api/gpt-4o"},
		{"error_burst", "firing", "LLMHighErrorRate", "rag-search/gpt-4o-mini"},
		{"error_burst", "firing", "LLMHighErrorRate", "rag-search/text-embedding-3-small"},
		{"base", "resolved", "LLMHighErrorRate", "rag-search/gpt-4o-mini"},
		{"base", "resolved", "LLMHighErrorRate", "rag-search/text-embedding-3-small"},
		{"cost_spike", "firing", "LLMCostSpike", "chat-api/claude-sonnet-4-20250514"},
		{"base", "resolved", "LLMCostSpike", "chat-api/claude-sonnet-4-20250514"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("event %d: got %v want %v\nall: %v", k, got[k], want[k], got)
		}
	}
}

type ev struct{ phase, status, alert, model string }

func evsOf(ph string, as []Alert) []ev {
	var out []ev
	for _, a := range as {
		out = append(out, ev{ph, a.Status, a.Labels["alertname"], a.Labels["service"] + "/" + a.Labels["model"]})
	}
	return out
}

// demoWindows: per-10 s windows per series at 20 traces/s, with noise
// on the worst side of the baseline (a timeout in the window pushes p99 to
// 30 s; errors at 3%).
func demoWindows(i int, phase string) []win {
	noisy := i%3 == 0
	gp99, gp50, gt95, gt50 := 3400.0, 1500.0, 600.0, 270.0
	if noisy {
		gp99, gt95 = 30000, 5400 // one 30 s timeout in a 36-request window
	}
	if phase == "latency_spike" {
		gp99, gp50, gt95, gt50 = 20000, 9000, 3500, 1600
	}
	ragErr := 0.03 * 70
	if phase == "error_burst" {
		ragErr = 0.4 * 70
	}
	claudeCost := 0.0096 * 22 // ~$76/h
	if noisy {
		claudeCost *= 1.6
	}
	if phase == "cost_spike" {
		claudeCost = 0.064 * 22 // ~$500/h
	}
	return []win{
		{svc: "chat-api", model: "gpt-4o", op: "chat", prov: "openai", i: i, req: 36, errs: 1, p50: gp50, p99: gp99, ttft50: gt50, ttft95: gt95, cost: 0.0055 * 36},
		{svc: "chat-api", model: "gpt-4o-mini", op: "chat", prov: "openai", i: i, req: 31, errs: 1, p50: 700, p99: 1500, ttft50: 100, ttft95: 250, cost: 0.0003 * 31},
		{svc: "chat-api", model: "claude-sonnet-4-20250514", op: "chat", prov: "anthropic", i: i, req: 22, errs: 1, p50: 2000, p99: 4500, ttft50: 400, ttft95: 900, cost: claudeCost},
		{svc: "rag-search", model: "gpt-4o-mini", op: "chat", prov: "openai", i: i, req: 70, errs: ragErr, p50: 800, p99: 1600, ttft50: 120, ttft95: 260, cost: 0.00055 * 70},
		{svc: "rag-search", model: "text-embedding-3-small", op: "embeddings", prov: "openai", i: i, req: 70, errs: ragErr, p50: 80, p99: 200, cost: 0.00001 * 70},
		{svc: "support-agent", model: "meta-llama/Llama-3.1-8B-Instruct", op: "chat", prov: "vllm", i: i, req: 40, errs: 0, p50: 600, p99: 1300, ttft50: 60, ttft95: 110},
	}
}

func TestDefaultRulesFileParses(t *testing.T) {
	b, err := os.ReadFile("rules/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ParseRules("rules/default.yaml", b)
	if err != nil || len(r) != 18 { // a budget is two rules: projected overrun and exhausted
		t.Fatal(len(r), err)
	}
}

// TestDefaultRulesQuietOn1mBaseline: 3 h of 1 m baseline windows (the
// SLO and budget rules evaluate 1 m windows) raise nothing, and a 10 min
// demo run with its incidents does not page through the SLOs.
func TestDefaultRulesQuietOn1mBaseline(t *testing.T) {
	rules, err := LoadRules("")
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(rules)
	for m := 0; m < 180; m++ {
		phase := "base"
		switch {
		case m >= 25*180/100 && m < 40*180/100:
			phase = "latency_spike"
		case m >= 50*180/100 && m < 62*180/100:
			phase = "error_burst"
		}
		for _, w := range demoWindows(m, phase) {
			p := w.pb()
			p.WindowStartUnixMs = t0.Add(time.Duration(m) * time.Minute).UnixMilli()
			p.WindowLengthMs = 60000
			p.Requests *= 6
			p.Errors *= 6
			p.Cost.Total *= 6
			// Log-normal, sigma 0.35: p90 = 1.57 x p50, p95 = 1.78 x p50; a
			// timeout (30 s) moves only the tail.
			p.LatencyP90Ms, p.LatencyP95Ms = 1.57*p.LatencyP50Ms, 1.78*p.LatencyP50Ms
			p.LatencyMaxMs = p.LatencyP99Ms
			for _, a := range e.Evaluate(p) {
				if (phase == "base" && a.Status == "firing") || a.Labels["severity"] == "page" {
					t.Fatalf("minute %d (%s): %v %v", m, phase, a.Status, a.Labels)
				}
			}
		}
	}
}
