package alerter

import (
	"errors"
	"strings"
	"testing"
)

func TestBadRulesFileLines(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       []string // "line: substring"
	}{
		{"not yaml", "groups:\n  - name: g\n    rules:\n\t- bad", []string{"bad.yaml:4: yaml: line 4: found character that cannot start"}},
		{"no groups", "foo: 1\n", []string{"bad.yaml:1: rules file must be a mapping"}},
		{"unknown metric", `groups:
- name: g
  rules:
  - alert: A
    expr: latency_p42 > 1
`, []string{`bad.yaml:5: rule "A": unknown metric "latency_p42"`}},
		{"several", `groups:
- name: g
  rules:
  - alert: A
    expr: error_rate >> 1
    for: 5 minutes
  - alert: B
    match: {service: "=~(", region: eu}
    expr: error_rate > x
    severity: page
    tags: {}
`, []string{`bad.yaml:5: rule "A": unknown operator ">>"`, `bad.yaml:6: rule "A": for: bad duration`,
			`bad.yaml:8: rule "B": match on unknown label "region"`, `bad.yaml:8: rule "B": match service: bad regex`,
			`bad.yaml:9: rule "B": threshold "x"`, `bad.yaml:11: unknown key "tags"`}},
		{"missing name and bad template", `groups:
- name: g
  rules:
  - expr: error_rate > 1
    annotations: {summary: "{{.Value"}
`, []string{`bad.yaml:4: rule "": missing 'alert'`, `bad.yaml:5: rule "": annotation summary`}},
		{"reserved label", `groups:
- name: g
  rules:
  - alert: A
    expr: error_rate > 1
    labels: {service: x}
`, []string{`bad.yaml:6: rule "A": label "service" is set by the alerter`}},
		{"budget by", `groups:
- name: g
  rules:
  - alert: A
    match: {tenant: acme}
    expr: error_rate > 1
  - alert: B
    budget: {amount: 10, period: day, by: [tenant, region, tenant]}
`, []string{`bad.yaml:5: rule "A": match on "tenant": only budget rules`, `bad.yaml:8: rule "B": budget.by: unknown dimension "region"`,
			`bad.yaml:8: rule "B": budget.by: "tenant" twice`}},
		{"wrong type", `groups:
- name: g
  rules:
  - alert: A
    expr: error_rate > 1
    min_requests: lots
`, []string{`bad.yaml:6:`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseRules("bad.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("not a LineError: %T %v", err, err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("missing %q in:\n%v", w, err)
				}
			}
		})
	}
}

func TestRuleKinds(t *testing.T) {
	rules := mustRules(t, `groups:
- name: g
  rules:
  - alert: Err
    match: {provider: "!=vllm"}
    expr: error_rate > 0.05
  - alert: TTFT
    expr: ttft_p95_ms > 800
  - alert: Cost
    match: {model: "=~claude-.*"}
    expr: cost_per_hour > 10
  - alert: Slow
    match: {operation: "!~embed.*"}
    expr: output_tokens_per_s < 20
    min_requests: 5
  - alert: Both
    expr: latency_p99_ms > 2000 and latency_p50_ms > 1000
`)
	w := func(mod func(*win)) []string {
		x := win{svc: "s", model: "claude-3", op: "chat", prov: "anthropic", req: 10, i: 0}
		mod(&x)
		p := x.pb()
		p.OutputTokensPerS = 50
		if x.op == "slow" {
			p.OutputTokensPerS = 5
		}
		e := NewEngine(rules)
		var names []string
		for _, a := range e.Evaluate(p) {
			names = append(names, a.Labels["alertname"])
		}
		return names
	}
	for _, tc := range []struct {
		name string
		mod  func(*win)
		want string
	}{
		{"quiet", func(*win) {}, ""},
		{"errors", func(x *win) { x.errs = 1 }, "Err"},
		{"errors self-hosted not selected", func(x *win) { x.errs = 1; x.prov = "vllm" }, ""},
		{"ttft", func(x *win) { x.ttft95 = 900 }, "TTFT"},
		// $0.03 in 10 s = $10.8/h
		{"cost", func(x *win) { x.cost = 0.03 }, "Cost"},
		{"cost other model", func(x *win) { x.cost = 0.03; x.model = "gpt" }, ""},
		{"slow", func(x *win) { x.op = "slow" }, "Slow"},
		{"slow too few requests", func(x *win) { x.op = "slow"; x.req = 4 }, ""},
		{"and: one side", func(x *win) { x.p99 = 3000 }, ""},
		{"and: both", func(x *win) { x.p99 = 3000; x.p50 = 1500 }, "Both"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(w(tc.mod), ","); got != tc.want {
				t.Fatalf("got %q want %q", got, tc.want)
			}
		})
	}
}
