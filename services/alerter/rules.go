package alerter

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"

	"gopkg.in/yaml.v3"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// RuleFile is the YAML rules file: Prometheus-style groups of rules.
type RuleFile struct {
	Groups []RuleGroup `yaml:"groups"`
}

// RuleGroup is a named list of rules.
type RuleGroup struct {
	Name  string     `yaml:"name"`
	Rules []RuleSpec `yaml:"rules"`
}

// RuleSpec is one threshold rule as written in the file.
type RuleSpec struct {
	Alert         string            `yaml:"alert"`
	Match         map[string]string `yaml:"match"`
	Expr          string            `yaml:"expr"`
	Window        string            `yaml:"window"`
	MinRequests   float64           `yaml:"min_requests"`
	For           string            `yaml:"for"`
	KeepFiringFor string            `yaml:"keep_firing_for"`
	Severity      string            `yaml:"severity"`
	Labels        map[string]string `yaml:"labels"`
	Annotations   map[string]string `yaml:"annotations"`
	SLO           *SLOSpec          `yaml:"slo"`
	Budget        *BudgetSpec       `yaml:"budget"`
}

// Rule is a compiled threshold rule.
type Rule struct {
	Name     string
	Group    string
	Line     int
	matchers []matcher
	// Conds are ANDed; the first one supplies .Value and .Threshold.
	Conds         []Cond
	WindowMs      int64 // 0: any window length
	MinRequests   float64
	For           time.Duration
	KeepFiringFor time.Duration
	Severity      string
	Labels        map[string]string
	annotations   map[string]*template.Template

	kind             string // "" (threshold), "slo", "budget"
	SLO              *SLOSpec
	Budget           *BudgetSpec
	budgetKind       string
	budgetMinElapsed time.Duration
	budgetBy         []string
	// ownerMatchers select tenant / user shares (budget rules only);
	// byOwner: the budget reads the windows' per-tenant/user shares.
	ownerMatchers []matcher
	byOwner       bool
}

// Cond is "<metric> <op> <threshold>".
type Cond struct {
	Metric    string
	Op        string
	Threshold float64
}

// Eval reports whether the condition holds in w and the metric's value.
func (c Cond) Eval(w *llmobsv1.SLIWindow) (float64, bool) {
	f, _ := metricOf(c.Metric) // known: checked when parsed
	v := f(w)
	return v, ops[c.Op](v, c.Threshold)
}

type matcher struct {
	label string
	eq    string
	re    *regexp.Regexp
	neg   bool
}

func (m matcher) match(v string) bool {
	var ok bool
	if m.re != nil {
		ok = m.re.MatchString(v)
	} else {
		ok = v == m.eq
	}
	return ok != m.neg
}

// metrics maps a condition's metric name to its value in a window.
var metrics = map[string]func(w *llmobsv1.SLIWindow) float64{
	"requests":            func(w *llmobsv1.SLIWindow) float64 { return w.GetRequests() },
	"errors":              func(w *llmobsv1.SLIWindow) float64 { return w.GetErrors() },
	"error_rate":          func(w *llmobsv1.SLIWindow) float64 { return w.GetErrorRate() },
	"latency_p50_ms":      func(w *llmobsv1.SLIWindow) float64 { return w.GetLatencyP50Ms() },
	"latency_p90_ms":      func(w *llmobsv1.SLIWindow) float64 { return w.GetLatencyP90Ms() },
	"latency_p95_ms":      func(w *llmobsv1.SLIWindow) float64 { return w.GetLatencyP95Ms() },
	"latency_p99_ms":      func(w *llmobsv1.SLIWindow) float64 { return w.GetLatencyP99Ms() },
	"latency_max_ms":      func(w *llmobsv1.SLIWindow) float64 { return w.GetLatencyMaxMs() },
	"latency_mean_ms":     func(w *llmobsv1.SLIWindow) float64 { return w.GetLatencyMeanMs() },
	"ttft_p50_ms":         func(w *llmobsv1.SLIWindow) float64 { return w.GetTtftP50Ms() },
	"ttft_p95_ms":         func(w *llmobsv1.SLIWindow) float64 { return w.GetTtftP95Ms() },
	"ttft_p99_ms":         func(w *llmobsv1.SLIWindow) float64 { return w.GetTtftP99Ms() },
	"tpot_p50_ms":         func(w *llmobsv1.SLIWindow) float64 { return w.GetTpotP50Ms() },
	"tpot_p95_ms":         func(w *llmobsv1.SLIWindow) float64 { return w.GetTpotP95Ms() },
	"output_tokens_per_s": func(w *llmobsv1.SLIWindow) float64 { return w.GetOutputTokensPerS() },
	"input_tokens":        func(w *llmobsv1.SLIWindow) float64 { return w.GetInputTokens() },
	"output_tokens":       func(w *llmobsv1.SLIWindow) float64 { return w.GetOutputTokens() },
	"gpu_util_mean":       func(w *llmobsv1.SLIWindow) float64 { return w.GetGpuUtilMean() },
	"cost_total":          func(w *llmobsv1.SLIWindow) float64 { return w.GetCost().GetTotal() },
	"cost_per_hour": func(w *llmobsv1.SLIWindow) float64 {
		if w.GetWindowLengthMs() <= 0 {
			return 0
		}
		return w.GetCost().GetTotal() * float64(time.Hour.Milliseconds()) / float64(w.GetWindowLengthMs())
	},
	"requests_per_s": func(w *llmobsv1.SLIWindow) float64 {
		if w.GetWindowLengthMs() <= 0 {
			return 0
		}
		return w.GetRequests() * 1000 / float64(w.GetWindowLengthMs())
	},
}

var ops = map[string]func(a, b float64) bool{
	">":  func(a, b float64) bool { return a > b },
	">=": func(a, b float64) bool { return a >= b },
	"<":  func(a, b float64) bool { return a < b },
	"<=": func(a, b float64) bool { return a <= b },
	"==": func(a, b float64) bool { return a == b },
	"!=": func(a, b float64) bool { return a != b },
}

var selectorLabels = map[string]bool{"service": true, "model": true, "operation": true, "provider": true}

// LineError is a rules-file error at file:line.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ParseRules parses and validates a rules file. Every problem is reported
// as a *LineError (joined).
func ParseRules(file string, data []byte) ([]*Rule, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &LineError{File: file, Line: yamlErrLine(err, 1), Msg: err.Error()}
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	var errs []error
	bad := func(n *yaml.Node, f string, a ...any) {
		errs = append(errs, &LineError{File: file, Line: n.Line, Msg: fmt.Sprintf(f, a...)})
	}
	doc := root.Content[0]
	groupsNode := mapValue(doc, "groups")
	if doc.Kind != yaml.MappingNode || groupsNode == nil || groupsNode.Kind != yaml.SequenceNode {
		bad(doc, "rules file must be a mapping with a 'groups' list")
		return nil, errors.Join(errs...)
	}
	var out []*Rule
	for _, gn := range groupsNode.Content {
		var g RuleGroup
		if err := gn.Decode(&g); err != nil {
			errs = append(errs, &LineError{File: file, Line: yamlErrLine(err, gn.Line), Msg: err.Error()})
			continue
		}
		checkKeys(gn, []string{"name", "rules"}, bad)
		rulesNode := mapValue(gn, "rules")
		if rulesNode == nil || rulesNode.Kind != yaml.SequenceNode {
			bad(gn, "group %q has no rules list", g.Name)
			continue
		}
		for _, rn := range rulesNode.Content {
			if rn.Kind != yaml.MappingNode {
				bad(rn, "rule must be a mapping")
				continue
			}
			var sp RuleSpec
			if err := rn.Decode(&sp); err != nil {
				errs = append(errs, &LineError{File: file, Line: yamlErrLine(err, rn.Line), Msg: err.Error()})
				continue
			}
			checkKeys(rn, []string{"alert", "match", "expr", "window", "min_requests", "for", "keep_firing_for", "severity", "labels", "annotations", "slo", "budget"}, bad)
			rs, rerrs := compileRule(g.Name, sp, rn)
			for _, e := range rerrs {
				bad(e.n, "rule %q: %s", sp.Alert, e.msg)
			}
			out = append(out, rs...)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

type nodeErr struct {
	n   *yaml.Node
	msg string
}

func compileRule(group string, sp RuleSpec, rn *yaml.Node) ([]*Rule, []nodeErr) {
	var errs []nodeErr
	at := func(key string) *yaml.Node {
		if v := mapValue(rn, key); v != nil {
			return v
		}
		return rn
	}
	r := &Rule{Name: sp.Alert, Group: group, Line: rn.Line, MinRequests: sp.MinRequests, Severity: sp.Severity, Labels: sp.Labels, annotations: map[string]*template.Template{}}
	if sp.Alert == "" {
		errs = append(errs, nodeErr{rn, "missing 'alert' name"})
	}
	if r.Severity == "" {
		r.Severity = "warning"
	}
	// match
	keys := sortedKeys(sp.Match)
	for _, k := range keys {
		v := sp.Match[k]
		owner := k == "tenant" || k == "user"
		if owner && sp.Budget == nil {
			errs = append(errs, nodeErr{at("match"), fmt.Sprintf("match on %q: only budget rules can select a tenant or user (SLI windows are per series)", k)})
			continue
		}
		if !selectorLabels[k] && !owner {
			errs = append(errs, nodeErr{at("match"), fmt.Sprintf("match on unknown label %q (service, model, operation, provider; tenant, user in budget rules)", k)})
			continue
		}
		m := matcher{label: k}
		switch {
		case strings.HasPrefix(v, "=~"), strings.HasPrefix(v, "!~"):
			m.neg = v[0] == '!'
			re, err := regexp.Compile("^(?:" + v[2:] + ")$")
			if err != nil {
				errs = append(errs, nodeErr{at("match"), fmt.Sprintf("match %s: bad regex: %v", k, err)})
				continue
			}
			m.re = re
		case strings.HasPrefix(v, "!="):
			m.neg, m.eq = true, v[2:]
		default:
			m.eq = v
		}
		if owner {
			r.ownerMatchers = append(r.ownerMatchers, m)
			continue
		}
		r.matchers = append(r.matchers, m)
	}
	// expr: "<metric> <op> <number>" joined with "and"
	special := sp.SLO != nil || sp.Budget != nil
	if sp.SLO != nil && sp.Budget != nil {
		errs = append(errs, nodeErr{rn, "a rule has either slo or budget, not both"})
	}
	if (sp.SLO != nil || sp.Budget != nil) && sp.Window == "" {
		// One window length only, or spend would be counted twice.
		sp.Window = "1m"
	}
	for _, part := range strings.Split(sp.Expr, " and ") {
		if special {
			break
		}
		f := strings.Fields(part)
		if len(f) != 3 {
			errs = append(errs, nodeErr{at("expr"), fmt.Sprintf("expr %q: want '<metric> <op> <number> [and ...]', e.g. 'latency_p99_ms > 2000'", sp.Expr)})
			break
		}
		c := Cond{Metric: f[0], Op: f[1]}
		if _, ok := metricOf(f[0]); !ok {
			errs = append(errs, nodeErr{at("expr"), fmt.Sprintf("unknown metric %q (known: %s, flags.<flag>, flag_rate.<flag>, evals[.<name>], eval_mean[.<name>], eval_low_rate[.<name>])", f[0], strings.Join(sortedKeys(metrics), ", "))})
		}
		if _, ok := ops[f[1]]; !ok {
			errs = append(errs, nodeErr{at("expr"), fmt.Sprintf("unknown operator %q", f[1])})
		}
		t, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			errs = append(errs, nodeErr{at("expr"), fmt.Sprintf("threshold %q is not a number", f[2])})
		}
		c.Threshold = t
		r.Conds = append(r.Conds, c)
	}
	dur := func(key, s string) time.Duration {
		if s == "" {
			return 0
		}
		d, err := parseDuration(s)
		if err != nil || d < 0 {
			errs = append(errs, nodeErr{at(key), fmt.Sprintf("%s: bad duration %q", key, s)})
		}
		return d
	}
	r.WindowMs = dur("window", sp.Window).Milliseconds()
	r.For = dur("for", sp.For)
	r.KeepFiringFor = dur("keep_firing_for", sp.KeepFiringFor)
	for _, k := range sortedKeys(sp.Annotations) {
		t, err := template.New(k).Option("missingkey=zero").Parse(sp.Annotations[k])
		if err != nil {
			errs = append(errs, nodeErr{at("annotations"), fmt.Sprintf("annotation %s: %v", k, err)})
			continue
		}
		r.annotations[k] = t
	}
	for k := range sp.Labels {
		if k == "alertname" || k == "severity" || selectorLabels[k] || k == "tenant" || k == "user" {
			errs = append(errs, nodeErr{at("labels"), fmt.Sprintf("label %q is set by the alerter", k)})
		}
	}
	if r.WindowMs == 0 && sp.SLO == nil && sp.Window != "" {
		errs = append(errs, nodeErr{at("window"), "window must be > 0"})
	}
	if sp.SLO != nil && r.WindowMs != time.Minute.Milliseconds() {
		errs = append(errs, nodeErr{at("window"), "an slo rule evaluates 1m windows (window: 1m)"})
	}
	rs, serrs := expandSpecial(r, sp)
	for _, e := range serrs {
		n := at("slo")
		if sp.Budget != nil {
			n = at("budget")
		}
		errs = append(errs, nodeErr{n, e})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rs, nil
}

// Matches reports whether the series is selected by the rule.
func (r *Rule) Matches(s *llmobsv1.SeriesKey) bool {
	for _, m := range r.matchers {
		var v string
		switch m.label {
		case "service":
			v = s.GetService()
		case "model":
			v = s.GetModel()
		case "operation":
			v = s.GetOperation()
		case "provider":
			v = s.GetProvider()
		}
		if !m.match(v) {
			return false
		}
	}
	return true
}

// TemplateData is what annotation templates see.
type TemplateData struct {
	Value     float64
	Threshold float64
	Labels    map[string]string
}

func (r *Rule) annotate(d TemplateData) map[string]string {
	out := map[string]string{
		"value":     strconv.FormatFloat(d.Value, 'g', 6, 64),
		"threshold": strconv.FormatFloat(d.Threshold, 'g', 6, 64),
	}
	for k, t := range r.annotations {
		var b bytes.Buffer
		if err := t.Execute(&b, d); err != nil {
			out[k] = fmt.Sprintf("template error: %v", err)
			continue
		}
		out[k] = b.String()
	}
	return out
}

func parseDuration(s string) (time.Duration, error) {
	// Prometheus-style "1d" on top of Go durations.
	if strings.HasSuffix(s, "d") {
		n, err := strconv.ParseFloat(strings.TrimSuffix(s, "d"), 64)
		if err != nil {
			return 0, err
		}
		return time.Duration(n * float64(24*time.Hour)), nil
	}
	return time.ParseDuration(s)
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func checkKeys(n *yaml.Node, allowed []string, bad func(*yaml.Node, string, ...any)) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		ok := false
		for _, a := range allowed {
			ok = ok || a == k.Value
		}
		if !ok {
			bad(k, "unknown key %q", k.Value)
		}
	}
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error, def int) int {
	if m := yamlLineRe.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return def
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
