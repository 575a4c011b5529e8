package deploy

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/pkg/promtest"
)

// The shipped health rules, their unit tests, and the configs that load
// them. The tools come from Debian's prometheus and prometheus-alertmanager
// packages: without them these tests skip, unless LLMOBS_REQUIRE_TOOLS is
// set (CI), when they fail.
const (
	promConfig   = "prometheus/prometheus.yml"
	rulesGlob    = "prometheus/rules/*.yml"
	ruleTestGlob = "prometheus/tests/*.yml"
	amConfig     = "alertmanager/alertmanager.yml"
)

func globNonEmpty(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no files (%v)", pattern, err)
	}
	return files
}

// promtool check config loads the shipped config the way Prometheus does,
// rule files included (rule_files is relative to the config's directory,
// in the container as here), and finds every shipped rules file.
func TestPromtoolCheckConfig(t *testing.T) {
	promtool := promtest.Tool(t, "promtool")
	out, err := promtest.Run(t, promtool, "check", "config", promConfig)
	if err != nil {
		t.Fatalf("promtool check config %s: %v\n%s", promConfig, err, out)
	}
	for _, f := range globNonEmpty(t, rulesGlob) {
		if !strings.Contains(out, "Checking "+f) {
			t.Errorf("promtool check config did not load %s (rule_files does not match it):\n%s", f, out)
		}
	}
	// Only *.yml files load: a rules file named otherwise would be ignored.
	all, _ := filepath.Glob("prometheus/rules/*")
	for _, f := range all {
		if !strings.HasSuffix(f, ".yml") {
			t.Errorf("%s: not loaded by rule_files (rules/*.yml); rename it to .yml", f)
		}
	}
}

func TestPromtoolCheckRules(t *testing.T) {
	promtool := promtest.Tool(t, "promtool")
	for _, f := range globNonEmpty(t, rulesGlob) {
		if out, err := promtest.Run(t, promtool, "check", "rules", f); err != nil {
			t.Errorf("promtool check rules %s: %v\n%s", f, err, out)
		}
	}
}

// promtool test rules: input series -> expected alerts, with their labels
// and rendered annotations (deploy/prometheus/tests).
func TestPromtoolTestRules(t *testing.T) {
	promtool := promtest.Tool(t, "promtool")
	files := globNonEmpty(t, ruleTestGlob)
	out, err := promtest.Run(t, promtool, append([]string{"test", "rules"}, files...)...)
	if err != nil {
		t.Fatalf("promtool test rules: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}

func TestAmtoolCheckConfig(t *testing.T) {
	amtool := promtest.Tool(t, "amtool")
	if out, err := promtest.Run(t, amtool, "check-config", amConfig); err != nil {
		t.Fatalf("amtool check-config %s: %v\n%s", amConfig, err, out)
	}
}

type rulesFile struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []struct {
			Record      string            `yaml:"record"`
			Alert       string            `yaml:"alert"`
			Expr        string            `yaml:"expr"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

type ruleTestsFile struct {
	RuleFiles []string `yaml:"rule_files"`
	Tests     []struct {
		AlertRuleTest []struct {
			Alertname string `yaml:"alertname"`
			ExpAlerts []any  `yaml:"exp_alerts"`
		} `yaml:"alert_rule_test"`
	} `yaml:"tests"`
}

// registeredMetricsSource is every service's non-test Go source, plus the
// full names of metrics built from a prefix constant (the aggregator's
// `const p = "llmobs_aggregator_"`), for "is this metric registered".
func registeredMetricsSource(t *testing.T) string {
	t.Helper()
	var src strings.Builder
	// The services' own metrics, and the shared runtime's (pkg/stream).
	for _, dir := range []string{"../services", "../pkg"} {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
				b, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				src.Write(b)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	s := src.String()
	if m := regexp.MustCompile(`const p = "(llmobs_[a-z]+_)"`).FindStringSubmatch(s); m != nil {
		for _, sm := range regexp.MustCompile(`Name: p \+ "([a-z0-9_]+)"`).FindAllStringSubmatch(s, -1) {
			s += "\n\"" + m[1] + sm[1] + "\""
		}
	}
	return s
}

// Every alert says how bad it is and what to do, names only metrics the
// services register and recording rules that exist, and is proven to fire
// by a promtool unit test (an alert_rule_test expecting it).
func TestHealthRulesAreCompleteAndTested(t *testing.T) {
	registered := registeredMetricsSource(t)
	metricRe := regexp.MustCompile(`\bllmobs_[a-z0-9_]+`)
	recordRe := regexp.MustCompile(`\bllmobs:[a-z0-9_:]+`)
	alerts := map[string]bool{}
	records := map[string]bool{}
	var exprs []string
	for _, f := range globNonEmpty(t, rulesGlob) {
		var rf rulesFile
		readYAML(t, f, &rf)
		for _, g := range rf.Groups {
			for _, r := range g.Rules {
				if r.Record != "" {
					records[r.Record] = true
					if !strings.HasPrefix(r.Record, "llmobs:") {
						t.Errorf("%s: recording rule %s: name it llmobs:<what>:<aggregation>", f, r.Record)
					}
					exprs = append(exprs, r.Expr)
					continue
				}
				where := fmt.Sprintf("%s: alert %s", f, r.Alert)
				if alerts[r.Alert] {
					t.Errorf("%s: defined twice", where)
				}
				alerts[r.Alert] = true
				if !strings.HasPrefix(r.Alert, "LLMObs") {
					t.Errorf("%s: name it LLMObs<What> (it shares Alertmanager with the alerter's LLM alerts)", where)
				}
				if sev := r.Labels["severity"]; !slices.Contains([]string{"critical", "warning", "info"}, sev) {
					t.Errorf("%s: severity %q, want critical, warning or info", where, sev)
				}
				if r.Annotations["summary"] == "" {
					t.Errorf("%s: no summary annotation", where)
				}
				if d := r.Annotations["description"]; !strings.Contains(d, "What to do: ") {
					t.Errorf("%s: the description must say what to do (\"What to do: ...\"), got %q", where, d)
				}
				exprs = append(exprs, r.Expr, r.Annotations["summary"], r.Annotations["description"])
			}
		}
	}
	for _, e := range exprs {
		for _, m := range metricRe.FindAllString(e, -1) {
			name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(m, "_bucket"), "_sum"), "_count")
			if !strings.Contains(registered, `"`+name+`"`) {
				t.Errorf("rules name %s, which no service registers", name)
			}
		}
		for _, m := range recordRe.FindAllString(e, -1) {
			if !records[m] {
				t.Errorf("rules use %s, which no recording rule records", m)
			}
		}
	}

	tested := map[string]bool{}
	loaded := map[string]bool{}
	for _, f := range globNonEmpty(t, ruleTestGlob) {
		var tf ruleTestsFile
		readYAML(t, f, &tf)
		for _, rf := range tf.RuleFiles {
			loaded[filepath.Clean(filepath.Join(filepath.Dir(f), rf))] = true
		}
		for _, tc := range tf.Tests {
			for _, at := range tc.AlertRuleTest {
				if !alerts[at.Alertname] {
					t.Errorf("%s tests %s, which no rules file defines", f, at.Alertname)
				}
				if len(at.ExpAlerts) > 0 {
					tested[at.Alertname] = true
				}
			}
		}
	}
	for _, f := range globNonEmpty(t, rulesGlob) {
		if !loaded[filepath.Clean(f)] {
			t.Errorf("%s: no file in %s loads it", f, ruleTestGlob)
		}
	}
	var untested []string
	for a := range alerts {
		if !tested[a] {
			untested = append(untested, a)
		}
	}
	sort.Strings(untested)
	if len(untested) > 0 {
		t.Errorf("alerts no promtool test expects to fire: %v (add an alert_rule_test with exp_alerts to %s)", untested, ruleTestGlob)
	}
	if len(alerts) == 0 || len(records) == 0 {
		t.Fatalf("%d alerts, %d recording rules", len(alerts), len(records))
	}
}

type promConfigFile struct {
	RuleFiles []string `yaml:"rule_files"`
	Alerting  struct {
		Alertmanagers []struct {
			StaticConfigs []struct {
				Targets []string `yaml:"targets"`
			} `yaml:"static_configs"`
		} `yaml:"alertmanagers"`
	} `yaml:"alerting"`
}

// In compose, Prometheus finds the rules where rule_files points (the
// rules directory is mounted next to its config), and sends alerts to the
// alertmanager service, which reads the shipped alertmanager.yml.
func TestComposeWiresRulesAndAlertmanager(t *testing.T) {
	p := loadProject(t, profiles...)
	var cfg promConfigFile
	readYAML(t, promConfig, &cfg)

	prom, ok := p.Services["prometheus"]
	if !ok {
		t.Fatal("no prometheus service")
	}
	cfgInContainer := ""
	for _, a := range prom.Command {
		if v, ok := strings.CutPrefix(a, "--config.file="); ok {
			cfgInContainer = v
		}
	}
	if cfgInContainer == "" {
		t.Fatalf("prometheus command %v has no --config.file", prom.Command)
	}
	// hostPath maps a path in a container to the file mounted there.
	hostPath := func(svc string, inContainer string) string {
		for _, v := range p.Services[svc].Volumes {
			if v.Type != "bind" {
				continue
			}
			if inContainer == v.Target || strings.HasPrefix(inContainer, v.Target+"/") {
				return filepath.Join(v.Source, strings.TrimPrefix(inContainer, v.Target))
			}
		}
		return ""
	}
	if hp := hostPath("prometheus", cfgInContainer); filepath.Clean(hp) != filepath.Clean(promConfig) {
		t.Errorf("prometheus reads %s, mounted from %q; want %s", cfgInContainer, hp, promConfig)
	}
	if len(cfg.RuleFiles) == 0 {
		t.Fatalf("%s: no rule_files", promConfig)
	}
	want := globNonEmpty(t, rulesGlob)
	var got []string
	for _, rf := range cfg.RuleFiles {
		inContainer := rf
		if !path.IsAbs(rf) {
			inContainer = path.Join(path.Dir(cfgInContainer), rf)
		}
		hp := hostPath("prometheus", inContainer)
		if hp == "" {
			t.Errorf("rule_files %s is %s in the container, which no volume of the prometheus service mounts", rf, inContainer)
			continue
		}
		m, _ := filepath.Glob(hp)
		for _, f := range m {
			got = append(got, filepath.Clean(f))
		}
	}
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("in the container Prometheus loads %v, want every shipped rules file %v", got, want)
	}

	am, ok := p.Services["alertmanager"]
	if !ok {
		t.Fatal("no alertmanager service")
	}
	amPort := "9093"
	amCfg := ""
	for _, a := range am.Command {
		if v, ok := strings.CutPrefix(a, "--config.file="); ok {
			amCfg = v
		}
		if v, ok := strings.CutPrefix(a, "--web.listen-address="); ok {
			_, amPort, _ = net.SplitHostPort(v)
		}
	}
	if hp := hostPath("alertmanager", amCfg); amCfg == "" || filepath.Clean(hp) != filepath.Clean(amConfig) {
		t.Errorf("alertmanager reads %q, mounted from %q; want %s", amCfg, hp, amConfig)
	}
	n := 0
	for _, a := range cfg.Alerting.Alertmanagers {
		for _, sc := range a.StaticConfigs {
			for _, target := range sc.Targets {
				n++
				host, port, err := net.SplitHostPort(target)
				if err != nil || host != "alertmanager" || port != amPort {
					t.Errorf("%s: alertmanager target %s, want alertmanager:%s (%v)", promConfig, target, amPort, err)
				}
			}
		}
	}
	if n == 0 {
		t.Errorf("%s: no alerting.alertmanagers targets", promConfig)
	}
}

// A real Prometheus, with the shipped config's rule_files and alerting
// sections, scrapes a service whose Kafka transactions fail, evaluates the
// shipped rules and delivers LLMObsTransactionsFailing to a real
// Alertmanager, whose v2 API shows it with the rule's and the target's
// labels.
func TestHealthAlertReachesAlertmanager(t *testing.T) {
	promtest.Tool(t, "prometheus")
	am := promtest.StartAlertmanager(t, "route: {receiver: default, group_wait: 0s}\nreceivers: [{name: default}]\n")

	var scrapes atomic.Int64
	svc := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := scrapes.Add(1)
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		fmt.Fprintf(w, "# TYPE llmobs_aggregator_transactions_total counter\n")
		fmt.Fprintf(w, "llmobs_aggregator_transactions_total{stage=\"stage1\",outcome=\"committed\"} %d\n", 10*n)
		fmt.Fprintf(w, "llmobs_aggregator_transactions_total{stage=\"stage1\",outcome=\"failed\"} %d\n", n)
	}))
	defer svc.Close()

	// The shipped config with fast intervals, this test's targets and
	// absolute rule paths.
	raw, err := os.ReadFile(promConfig)
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(filepath.Dir(promConfig))
	if err != nil {
		t.Fatal(err)
	}
	var rules []any
	for _, rf := range cfg["rule_files"].([]any) {
		rules = append(rules, filepath.Join(abs, rf.(string)))
	}
	cfg["rule_files"] = rules
	cfg["global"] = map[string]any{"scrape_interval": "1s", "evaluation_interval": "1s"}
	amHost := strings.TrimPrefix(am.URL, "http://")
	cfg["alerting"].(map[string]any)["alertmanagers"].([]any)[0].(map[string]any)["static_configs"] = []any{map[string]any{"targets": []any{amHost}}}
	cfg["scrape_configs"] = []any{map[string]any{
		"job_name":       "llmobs",
		"static_configs": []any{map[string]any{"targets": []any{strings.TrimPrefix(svc.URL, "http://")}, "labels": map[string]any{"service": "aggregator"}}},
	}}
	out, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	prom := promtest.StartPrometheus(t, string(out))

	want := map[string]string{"alertname": "LLMObsTransactionsFailing", "severity": "critical", "component": "aggregator",
		"stage": "stage1", "outcome": "failed", "job": "llmobs", "service": "aggregator"}
	promtest.WaitFor(t, 60*time.Second, "LLMObsTransactionsFailing in Alertmanager", func() (bool, string) {
		as, err := am.Alerts(`alertname="LLMObsTransactionsFailing"`)
		if err != nil {
			return false, err.Error()
		}
		if len(as) != 1 {
			pa, _ := prom.PromAlerts()
			return false, fmt.Sprintf("%d alerts in Alertmanager; Prometheus has %+v (%d scrapes)", len(as), pa, scrapes.Load())
		}
		for k, v := range want {
			if as[0].Labels[k] != v {
				return false, fmt.Sprintf("label %s=%q, want %q: %+v", k, as[0].Labels[k], v, as[0].Labels)
			}
		}
		if !strings.Contains(as[0].Annotations["description"], "What to do: ") || as[0].Annotations["summary"] != "aggregator stage1 cannot end Kafka transactions" {
			return false, fmt.Sprintf("annotations %+v", as[0].Annotations)
		}
		return true, ""
	})
}
