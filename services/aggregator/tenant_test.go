package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/admin/admintest"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// GET /api/slis and /api/series need role read and show a tenant only its
// own series; usage shares of other tenants (in a series kept across
// tenants) are left out of what a tenant sees; an admin sees everything.
func TestSLIsSeenOnlyByTheirTenant(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	adm := admin.New(log)
	svc, err := New(DefaultConfig(), service.Deps{Log: log, Admin: adm})
	if err != nil {
		t.Fatal(err)
	}
	ring := svc.(*Service).ring
	win := func(tenant string, usage ...*llmobsv1.UsageShare) *llmobsv1.SLIWindow {
		return &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: "chat", Model: "gpt-4o", Tenant: tenant}, WindowStartUnixMs: 60_000, WindowLengthMs: 10_000,
			Revision: 1, Requests: 10, Usage: usage}
	}
	ring.Put(win("a", &llmobsv1.UsageShare{Tenant: "a", User: "a-u1", CostUsd: 1}))
	ring.Put(win("b", &llmobsv1.UsageShare{Tenant: "b", User: "b-u1", CostUsd: 2}))
	shared := win("", &llmobsv1.UsageShare{Tenant: "a", User: "a-u2", CostUsd: 3}, &llmobsv1.UsageShare{Tenant: "", User: "d-u1", CostUsd: 4})
	shared.Exemplars = []*llmobsv1.Exemplar{
		{TraceId: bytes.Repeat([]byte{0xaa}, 16), SpanId: bytes.Repeat([]byte{0x0a}, 8), LatencyMs: 900, Tenant: "a"},
		{TraceId: bytes.Repeat([]byte{0xdd}, 16), SpanId: bytes.Repeat([]byte{0x0d}, 8), LatencyMs: 800},
	}
	ring.Put(shared)

	tokens := filepath.Join(t.TempDir(), "tokens.yaml")
	if err := os.WriteFile(tokens, []byte(`
- {token: read-tenant-a-0123456789, tenant: a, roles: [read]}
- {token: read-default-0123456789ab, roles: [read]}
- {token: admin-ops-0123456789abcdef, tenant: ops, roles: [admin]}
- {token: ingest-tenant-a-01234567, tenant: a, roles: [ingest]}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	g, err := auth.New(auth.Config{TokensFile: tokens}, log, nil)
	if err != nil {
		t.Fatal(err)
	}
	adm.Secure(g, nil)
	srv := httptest.NewServer(adm)
	defer srv.Close()
	type seen struct {
		tenants, users, exemplars []string
	}
	get := func(path, token string) (int, seen) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var body struct{ Series []SeriesJSON }
		_ = json.NewDecoder(resp.Body).Decode(&body)
		var s seen
		for _, e := range body.Series {
			s.tenants = append(s.tenants, e.Tenant)
			for _, w := range e.Windows {
				var win struct {
					Usage     []struct{ User string } `json:"usage"`
					Exemplars []struct {
						TraceID string `json:"trace_id"`
						SpanID  string `json:"span_id"`
					} `json:"exemplars"`
				}
				_ = json.Unmarshal(w, &win)
				for _, u := range win.Usage {
					s.users = append(s.users, u.User)
				}
				for _, e := range win.Exemplars {
					s.exemplars = append(s.exemplars, e.TraceID+"/"+e.SpanID)
				}
			}
		}
		slices.Sort(s.tenants)
		slices.Sort(s.users)
		return resp.StatusCode, s
	}
	for _, path := range []string{"/api/slis", "/api/series"} {
		if code, _ := get(path, ""); code != 401 {
			t.Errorf("%s without a token: %d", path, code)
		}
		if code, _ := get(path, "ingest-tenant-a-01234567"); code != 403 {
			t.Errorf("%s with an ingest token: %d", path, code)
		}
		if _, s := get(path, "read-tenant-a-0123456789"); !slices.Equal(s.tenants, []string{"a"}) {
			t.Errorf("%s as tenant a: series of %q", path, s.tenants)
		}
		if _, s := get(path, "admin-ops-0123456789abcdef"); !slices.Equal(s.tenants, []string{"", "a", "b"}) {
			t.Errorf("%s as admin: series of %q", path, s.tenants)
		}
	}
	if _, s := get("/api/slis", "read-tenant-a-0123456789"); !slices.Equal(s.users, []string{"a-u1"}) {
		t.Errorf("tenant a sees usage of %q", s.users)
	}
	if _, s := get("/api/slis", "read-default-0123456789ab"); !slices.Equal(s.tenants, []string{""}) || !slices.Equal(s.users, []string{"d-u1"}) {
		t.Errorf("default tenant sees series %q, usage of %q (not tenant a's share in its series)", s.tenants, s.users)
	}
	// Exemplars: IDs in hex (as /api/calls writes them), and only the
	// caller's tenants' calls in a series kept across tenants.
	dd := "dddddddddddddddddddddddddddddddd/0d0d0d0d0d0d0d0d"
	aa := "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/0a0a0a0a0a0a0a0a"
	if _, s := get("/api/slis", "read-default-0123456789ab"); !slices.Equal(s.exemplars, []string{dd}) {
		t.Errorf("default tenant sees exemplars %q, want only its own %q", s.exemplars, dd)
	}
	if _, s := get("/api/slis", "admin-ops-0123456789abcdef"); !slices.Equal(s.exemplars, []string{aa, dd}) {
		t.Errorf("admin sees exemplars %q, want both in hex", s.exemplars)
	}
	if _, s := get("/api/slis?tenant=b", "admin-ops-0123456789abcdef"); !slices.Equal(s.tenants, []string{"b"}) {
		t.Errorf("admin filtering tenant b: %q", s.tenants)
	}
	admintest.CheckRoutes(t, adm, admintest.Secure(t, adm, auth.Config{}), false)
}

// With series per tenant, two tenants' windows of the same series and
// start are two rows: the tenant is part of llm_sli_windows' sorting key
// (ReplacingMergeTree would otherwise keep one of them).
func TestClickHouseTenantWindows(t *testing.T) {
	ch := startClickHouse(t)
	ctx := context.Background()
	sk, err := openSink(ctx, ch.dsn())
	if err != nil {
		t.Fatal(err)
	}
	defer sk.conn.Close()
	win := func(tenant string, rev uint32) *llmobsv1.SLIWindow {
		return &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: "chat", Model: "gpt-4o", Tenant: tenant},
			WindowStartUnixMs: time.Now().Truncate(time.Minute).UnixMilli(), WindowLengthMs: 60_000, Revision: rev, Requests: float64(rev)}
	}
	if err := sk.insertWindows(ctx, []*llmobsv1.SLIWindow{win("a", 1), win("b", 1), win("a", 2)}); err != nil {
		t.Fatal(err)
	}
	if err := sk.conn.Exec(ctx, `OPTIMIZE TABLE llm_sli_windows FINAL`); err != nil {
		t.Fatal(err)
	}
	rows, err := sk.conn.Query(ctx, `SELECT tenant, requests FROM llm_sli_windows FINAL ORDER BY tenant`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var tenant string
		var req float64
		if err := rows.Scan(&tenant, &req); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s=%v", tenant, req))
	}
	if !slices.Equal(got, []string{"a=2", "b=1"}) {
		t.Fatalf("rows %v, want tenant a's latest revision and tenant b's", got)
	}
}
