package deploy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every dashboard is valid JSON with panels, and every llmobs metric a
// Prometheus query names is one a service registers.
func TestDashboardsQueryExistingMetrics(t *testing.T) {
	files, _ := filepath.Glob("grafana/dashboards/*.json")
	if len(files) == 0 {
		t.Fatal("no dashboards")
	}
	// The services' and the shared runtime's metrics (promtool_test.go).
	registered := registeredMetricsSource(t)
	metricRe := regexp.MustCompile(`llmobs_[a-z0-9_]+`)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d struct {
			UID    string `json:"uid"`
			Panels []struct {
				Title   string `json:"title"`
				Targets []struct {
					Expr string `json:"expr"`
				} `json:"targets"`
			} `json:"panels"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if d.UID == "" || len(d.Panels) == 0 {
			t.Fatalf("%s: no uid or panels", f)
		}
		for _, p := range d.Panels {
			for _, tg := range p.Targets {
				for _, m := range metricRe.FindAllString(tg.Expr, -1) {
					name := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(m, "_bucket"), "_sum"), "_count")
					if !strings.Contains(registered, `"`+name+`"`) {
						t.Errorf("%s: panel %q queries %s, which no service registers", f, p.Title, name)
					}
				}
			}
		}
	}
}
