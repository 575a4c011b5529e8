package alerter

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/admin/admintest"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Alerts on a tenant's series carry its tenant label, and GET /api/alerts
// (and /recent) show a tenant's read token only its own tenant's alerts;
// alerts of the default tenant's series (and spend across tenants) only
// the default tenant; an admin sees all.
func TestAlertsSeenOnlyByTheirTenant(t *testing.T) {
	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts), kafkatest.TopicPartitions(2, topics.SLIs, topics.Alerts))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	dir := t.TempDir()
	rf := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rf, []byte(svcRules), 0o644); err != nil {
		t.Fatal(err)
	}
	tokens := filepath.Join(dir, "tokens.yaml")
	if err := os.WriteFile(tokens, []byte(`
- {token: read-tenant-a-0123456789, tenant: a, roles: [read]}
- {token: read-tenant-b-0123456789, tenant: b, roles: [read]}
- {token: read-default-0123456789ab, roles: [read]}
- {token: search-tenant-a-012345678, tenant: a, roles: [search]}
- {token: admin-ops-0123456789abcdef, tenant: ops, roles: [admin]}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	deps := testDeps(t, c.ListenAddrs(), "a")
	deps.Admin = admin.New(deps.Log)
	g, err := auth.New(auth.Config{TokensFile: tokens}, deps.Log, nil)
	if err != nil {
		t.Fatal(err)
	}
	deps.Admin.Secure(g, nil)
	s, stop := startService(t, cfg, deps)
	defer stop()

	failing := func(tenant string) *llmobsv1.SLIWindow {
		w := win{svc: "chat", model: "m", i: 1, req: 100, errs: 50}.pb()
		w.Series.Tenant = tenant
		return w
	}
	produceWindows(t, prod, topics.SLIs, failing("a"), failing("b"), failing(""))
	waitFor(t, "three windows", func() bool { return testutil.ToFloat64(s.m.windowsIn) == 3 })
	srv := httptest.NewServer(deps.Admin)
	defer srv.Close()
	get := func(path, token string) (int, []string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var as []Alert
		_ = json.NewDecoder(resp.Body).Decode(&as)
		var tenants []string
		for _, a := range as {
			tenants = append(tenants, a.Labels["tenant"])
		}
		slices.Sort(tenants)
		return resp.StatusCode, tenants
	}
	waitFor(t, "three alerts firing", func() bool { _, ts := get("/api/alerts", "admin-ops-0123456789abcdef"); return len(ts) == 3 })
	// Recent events are remembered once their transaction committed,
	// which can be a moment after the engines evaluated them.
	waitFor(t, "three alert events", func() bool {
		_, ts := get("/api/alerts/recent", "admin-ops-0123456789abcdef")
		return len(ts) == 3
	})
	for _, path := range []string{"/api/alerts", "/api/alerts/recent"} {
		if code, _ := get(path, ""); code != 401 {
			t.Errorf("%s without a token: %d", path, code)
		}
		if code, _ := get(path, "search-tenant-a-012345678"); code != 403 {
			t.Errorf("%s with a search-only token: %d", path, code)
		}
		for _, tc := range []struct {
			token string
			want  []string
		}{
			{"read-tenant-a-0123456789", []string{"a"}},
			{"read-tenant-b-0123456789", []string{"b"}},
			{"read-default-0123456789ab", []string{""}},
			{"admin-ops-0123456789abcdef", []string{"", "a", "b"}},
		} {
			if code, got := get(path, tc.token); code != 200 || !slices.Equal(got, tc.want) {
				t.Errorf("%s as %s: %d, tenants %q, want %q", path, tc.token, code, got, tc.want)
			}
		}
	}
	admintest.CheckRoutes(t, deps.Admin, admintest.Secure(t, deps.Admin, auth.Config{}), false)
}

// A budget per series is per tenant when series are (its alert is the
// tenant's); a budget across series sums every tenant (the operator's).
func TestBudgetPerTenantSeries(t *testing.T) {
	rules := mustRules(t, `groups:
- name: g
  rules:
  - alert: SeriesSpend
    budget: {amount: 10, period: month}
  - alert: ServiceSpend
    budget: {amount: 10, period: month, by: [service]}
`)
	byName := map[string]*Rule{}
	for _, r := range rules {
		byName[r.Name] = r
	}
	rules = []*Rule{byName["SeriesSpend"], byName["ServiceSpend"]}
	w := func(tenant string) *llmobsv1.SLIWindow {
		x := win{svc: "chat", model: "m", req: 10, cost: 8}.pb()
		x.Series.Tenant = tenant
		return x
	}
	a, b := budgetGroups(rules[0], w("a")), budgetGroups(rules[0], w("b"))
	if len(a) != 1 || len(b) != 1 || a[0].labels["tenant"] != "a" || b[0].labels["tenant"] != "b" || a[0].key == b[0].key {
		t.Fatalf("per-series budget of two tenants' series: %+v %+v", a, b)
	}
	if g := budgetGroups(rules[0], w("")); g[0].labels["tenant"] != "" {
		t.Fatalf("the default tenant's series: %+v", g)
	}
	a, b = budgetGroups(rules[1], w("a")), budgetGroups(rules[1], w("b"))
	if a[0].labels["tenant"] != "" || a[0].key != b[0].key {
		t.Fatalf("a budget by service sums every tenant: %+v %+v", a, b)
	}
}
