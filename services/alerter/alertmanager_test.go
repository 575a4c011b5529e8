package alerter

import (
	"fmt"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/promtest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestRealAlertmanager: the alerter, configured with alertmanager_url,
// delivers to a real Alertmanager (Debian's prometheus-alertmanager): an
// SLI window over the threshold makes the alert appear in Alertmanager's v2
// API with the rule's and the series' labels, the rendered annotations and
// the alerter's own fingerprint; a window under it resolves the alert
// there. Skips without the binary unless LLMOBS_REQUIRE_TOOLS is set.
func TestRealAlertmanager(t *testing.T) {
	am := promtest.StartAlertmanager(t, `route:
  receiver: default
  group_by: [alertname, service, model]
  group_wait: 0s
receivers:
  - name: default
`)
	defer http.DefaultTransport.(*http.Transport).CloseIdleConnections() // the notifier's connections (goleak)

	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts), kafkatest.TopicPartitions(2, topics.SLIs, topics.Alerts))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	rf := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(rf, []byte(`groups:
- name: e2e
  rules:
  - alert: LLMHighErrorRate
    expr: error_rate > 0.2
    min_requests: 10
    severity: critical
    labels: {team: search}
    annotations:
      summary: "error rate of {{.Labels.service}}/{{.Labels.model}} is {{.Value}} (> {{.Threshold}})"
`), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	cfg.AlertmanagerURL = am.URL + "/" // a trailing slash is fine
	s, stop := startService(t, cfg, testDeps(t, c.ListenAddrs(), "am-e2e"))
	defer stop()

	base := time.Now().UTC().Truncate(10 * time.Second).Add(-5 * time.Minute)
	window := func(i int, errs float64) *llmobsv1.SLIWindow {
		return &llmobsv1.SLIWindow{
			Series:            &llmobsv1.SeriesKey{Service: "rag-search", Model: "gpt-4o", Provider: "openai"},
			WindowStartUnixMs: base.Add(time.Duration(i) * 10 * time.Second).UnixMilli(), WindowLengthMs: 10000, Revision: 1,
			Requests: 100, Errors: errs, ErrorRate: errs / 100,
		}
	}
	want := map[string]string{"alertname": "LLMHighErrorRate", "severity": "critical", "team": "search",
		"service": "rag-search", "model": "gpt-4o", "provider": "openai"}
	filter := `alertname="LLMHighErrorRate"`

	// Firing: 50% errors in the first window.
	produceWindows(t, prod, topics.SLIs, window(0, 50))
	promtest.WaitFor(t, 30*time.Second, "the firing alert in Alertmanager", func() (bool, string) {
		as, err := am.Alerts(filter)
		if err != nil {
			return false, err.Error()
		}
		if len(as) != 1 {
			return false, fmt.Sprintf("%d alerts; notifications %v", len(as), notifications(s))
		}
		a := as[0]
		if !maps.Equal(a.Labels, want) {
			return false, fmt.Sprintf("labels %v, want %v", a.Labels, want)
		}
		if got := a.Annotations["summary"]; got != "error rate of rag-search/gpt-4o is 0.5 (> 0.2)" {
			return false, fmt.Sprintf("summary %q", got)
		}
		if a.Fingerprint != Fingerprint(want) {
			return false, fmt.Sprintf("Alertmanager's fingerprint %s, the alerter's %s", a.Fingerprint, Fingerprint(want))
		}
		if !a.StartsAt.Equal(base.Add(10*time.Second)) || !a.EndsAt.After(time.Now()) || a.GeneratorURL != cfg.GeneratorURL {
			return false, fmt.Sprintf("startsAt %v (want the window's end %v), endsAt %v (want future), generatorURL %q",
				a.StartsAt, base.Add(10*time.Second), a.EndsAt, a.GeneratorURL)
		}
		return true, ""
	})

	// Resolved: the next window is clean. Alertmanager's v2 API lists
	// only alerts whose endsAt is not past, and its metrics count the
	// resolved notification it received.
	produceWindows(t, prod, topics.SLIs, window(1, 0))
	promtest.WaitFor(t, 30*time.Second, "the alert resolved in Alertmanager", func() (bool, string) {
		as, err := am.Alerts(filter)
		if err != nil {
			return false, err.Error()
		}
		if len(as) != 0 {
			return false, fmt.Sprintf("still listed: endsAt %v", as[0].EndsAt)
		}
		m, err := am.Metrics()
		if err != nil {
			return false, err.Error()
		}
		firing, resolved := received(m, "firing"), received(m, "resolved")
		if firing != 1 || resolved != 1 {
			return false, fmt.Sprintf("Alertmanager received %v firing and %v resolved, want 1 and 1", firing, resolved)
		}
		return true, ""
	})
	if sent, failed := testutil.ToFloat64(s.m.alertsOut.WithLabelValues("alertmanager", "sent")), testutil.ToFloat64(s.m.alertsOut.WithLabelValues("alertmanager", "failed")); sent != 2 || failed != 0 {
		t.Fatalf("llmobs_alerter_notifications_total{receiver=alertmanager}: sent %v, failed %v; want 2, 0", sent, failed)
	}
}

func notifications(s *Service) map[string]float64 {
	out := map[string]float64{}
	for _, st := range []string{"sent", "failed", "dropped"} {
		out[st] = testutil.ToFloat64(s.m.alertsOut.WithLabelValues("alertmanager", st))
	}
	return out
}

// received reads alertmanager_alerts_received_total{status=...} (summed
// over API versions) from Alertmanager's /metrics text.
func received(metrics, status string) float64 {
	re := regexp.MustCompile(`(?m)^alertmanager_alerts_received_total\{([^}]*)\} (\S+)$`)
	var sum float64
	for _, m := range re.FindAllStringSubmatch(metrics, -1) {
		if !regexp.MustCompile(`status="` + status + `"`).MatchString(m[1]) {
			continue
		}
		v, _ := strconv.ParseFloat(m[2], 64)
		sum += v
	}
	return sum
}
