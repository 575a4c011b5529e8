package auth

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

const (
	tokA     = "tenant-a-ingest-0123456789"
	tokARead = "tenant-a-read-0123456789"
	tokB     = "tenant-b-search-0123456789"
	tokAdmin = "ops-admin-0123456789abcdef"
)

func writeTokens(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path+".tmp", []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		t.Fatal(err)
	}
}

func newGuard(t *testing.T, body string) (*Guard, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tokens.yaml")
	writeTokens(t, path, body)
	g, err := New(Config{TokensFile: path}, quiet, prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	return g, path
}

var tokensYAML = `
- token: ` + tokA + `
  tenant: a
  roles: [ingest]
  name: collector-a
- token: ` + HashToken(tokARead) + `
  tenant: a
  roles: [read]
- token: ` + tokB + `
  tenant: b
  roles: [read, search]
- token: ` + HashToken(tokAdmin) + `
  tenant: ops
  roles: [admin]
`

func TestAuthorize(t *testing.T) {
	g, _ := newGuard(t, tokensYAML)
	for _, tc := range []struct {
		name, header string
		role         Role
		err          error
		tenant       string
	}{
		{"no header", "", RoleRead, ErrUnauthenticated, ""},
		{"not bearer", "Basic " + tokA, RoleIngest, ErrUnauthenticated, ""},
		{"unknown token", "Bearer nope-nope-nope-nope-nope", RoleIngest, ErrUnauthenticated, ""},
		{"prefix of a token", "Bearer " + tokA[:len(tokA)-1], RoleIngest, ErrUnauthenticated, ""},
		{"the stored hash itself", "Bearer " + HashToken(tokARead), RoleRead, ErrUnauthenticated, ""},
		{"plain token", "Bearer " + tokA, RoleIngest, nil, "a"},
		{"scheme any case", "bearer  " + tokA + " ", RoleIngest, nil, "a"},
		{"wrong role", "Bearer " + tokA, RoleRead, ErrForbidden, ""},
		{"hashed token", "Bearer " + tokARead, RoleRead, nil, "a"},
		{"read is not search", "Bearer " + tokARead, RoleSearch, ErrForbidden, ""},
		{"two roles", "Bearer " + tokB, RoleSearch, nil, "b"},
		{"admin does all", "Bearer " + tokAdmin, RoleIngest, nil, "ops"},
		{"metrics need read", "", Metrics, ErrUnauthenticated, ""},
		{"metrics with read", "Bearer " + tokB, Metrics, nil, "b"},
		{"metrics with ingest", "Bearer " + tokA, Metrics, ErrForbidden, ""},
		{"open", "", Open, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, err := g.Authorize(context.Background(), tc.header, tc.role)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			p, ok := FromContext(ctx)
			if ok != (tc.tenant != "") || p.Tenant != tc.tenant {
				t.Fatalf("principal %+v %v, want tenant %q", p, ok, tc.tenant)
			}
		})
	}
}

func TestOpenMetricsAndOff(t *testing.T) {
	g, path := newGuard(t, tokensYAML)
	g2, err := New(Config{TokensFile: path, OpenMetrics: true}, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g2.Authorize(context.Background(), "", Metrics); err != nil {
		t.Fatalf("open_metrics: %v", err)
	}
	if _, err := g.Authorize(context.Background(), "", Metrics); err == nil {
		t.Fatal("metrics without a token with open_metrics off")
	}
	off, err := New(Config{}, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	var nilGuard *Guard
	for _, g := range []*Guard{off, nilGuard} {
		ctx, err := g.Authorize(context.Background(), "", RoleAdmin)
		if err != nil {
			t.Fatalf("auth off refused: %v", err)
		}
		if _, ok := FromContext(ctx); ok || !ScopeOf(ctx).All {
			t.Fatal("auth off: want no principal and every tenant in scope")
		}
	}
}

func TestScope(t *testing.T) {
	g, _ := newGuard(t, tokensYAML)
	scope := func(tok string) Scope {
		ctx, err := g.Authorize(context.Background(), "Bearer "+tok, RoleRead)
		if err != nil {
			t.Fatal(err)
		}
		return ScopeOf(ctx)
	}
	a := scope(tokARead)
	if !a.Sees("a") || a.Sees("b") || a.Sees("") || a.Sees("default") {
		t.Fatalf("tenant a's scope %+v", a)
	}
	if s := scope(tokAdmin); !s.All || !s.Sees("b") {
		t.Fatalf("admin scope %+v", s)
	}
	def := Scope{Tenant: DefaultTenant}
	if !def.Sees("") || !def.Sees("default") || def.Sees("a") {
		t.Fatal("the default tenant owns data that names none")
	}
}

func TestReloadTokens(t *testing.T) {
	g, path := newGuard(t, tokensYAML)
	now := time.Now()
	g.now = func() time.Time { return now }
	ok := func(tok string) bool {
		_, err := g.Authorize(context.Background(), "Bearer "+tok, RoleIngest)
		return err == nil
	}
	if !ok(tokA) {
		t.Fatal("token a refused")
	}
	const rotated = "tenant-a-rotated-0123456789"
	writeTokens(t, path, "- {token: "+rotated+", tenant: a, roles: [ingest]}\n")
	if !ok(tokA) || ok(rotated) {
		t.Fatal("reloaded before the check interval")
	}
	now = now.Add(CheckInterval)
	if ok(tokA) || !ok(rotated) {
		t.Fatal("the changed file was not reloaded: the revoked token works or the new one does not")
	}
	// A broken file keeps the tokens in use.
	writeTokens(t, path, "- {token: short, roles: [nope]}\n")
	now = now.Add(CheckInterval)
	if !ok(rotated) {
		t.Fatal("a broken tokens file revoked every token")
	}
	if got := testutil.ToFloat64(g.reloads.WithLabelValues("tokens", "error")); got != 1 {
		t.Fatalf("reload errors %v", got)
	}
}

func TestParseTokens(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"short", "- {token: abc, roles: [read]}", "[0].token: is 3 characters; at least 16"},
		{"bad hash", "- {token: 'sha256:zz', roles: [read]}", "[0].token: sha256: must be followed by 64 hex digits"},
		{"no roles", "- {token: " + tokA + "}", "[0].roles: at least one of"},
		{"unknown role", "- {token: " + tokA + ", roles: [write], name: ci}", "[0] (ci).roles: \"write\" is not one of"},
		{"duplicate", "- {token: " + tokA + ", roles: [read]}\n- {token: '" + HashToken(tokA) + "', roles: [ingest]}", "[1].token: same token as entry [0]"},
		{"unknown key", "- {token: " + tokA + ", roles: [read], tennant: a}", "field tennant not found"},
		{"not a list", "tokens: []", "want a YAML list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseTokens([]byte(tc.body))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
	t.Setenv("LLMOBS_TEST_TOKEN", tokB)
	tks, err := parseTokens([]byte("- {token: '${LLMOBS_TEST_TOKEN}', roles: [read]}"))
	if err != nil || len(tks) != 1 || tks[0].p.Tenant != DefaultTenant {
		t.Fatalf("env-expanded token: %v %+v", err, tks)
	}
	if p, ok := match(tks, tokB); !ok || p.Tenant != DefaultTenant {
		t.Fatal("env-expanded token does not match")
	}
	path := filepath.Join(t.TempDir(), "empty.yaml")
	writeTokens(t, path, "[]\n")
	if _, err := New(Config{TokensFile: path}, quiet, nil); err == nil || !strings.Contains(err.Error(), "holds no token") {
		t.Fatalf("empty tokens file: %v", err)
	}
}

func TestRequire(t *testing.T) {
	g, _ := newGuard(t, tokensYAML)
	h := g.Require(RoleSearch, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, ScopeOf(r.Context()).Tenant)
	}))
	do := func(tok string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/api/search?q=x", nil)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	if rec := do(""); rec.Code != 401 || !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Fatalf("no token: %d %q", rec.Code, rec.Header())
	}
	if rec := do(tokARead); rec.Code != 403 {
		t.Fatalf("read token on search: %d", rec.Code)
	}
	if rec := do(tokB); rec.Code != 200 || rec.Body.String() != "b" {
		t.Fatalf("search token: %d %q", rec.Code, rec.Body)
	}
}

func TestLimiter(t *testing.T) {
	now := time.Unix(1000, 0)
	cfg := RateLimits{Limit: Limit{RequestsPerSecond: 2, BytesPerSecond: 1000}, Tenants: map[string]Limit{"big": {RequestsPerSecond: 100}}}
	l := NewLimiter(cfg, func() time.Time { return now })
	// Two requests a second, burst of 2.
	for i := range 2 {
		if _, ok := l.Allow("a", 10); !ok {
			t.Fatalf("request %d refused", i)
		}
	}
	w, ok := l.Allow("a", 10)
	if ok || w <= 0 || w > 500*time.Millisecond {
		t.Fatalf("third request: ok %v, retry after %v (want ~500ms)", ok, w)
	}
	// Tenants have their own buckets; "" is the default tenant's.
	if _, ok := l.Allow("b", 10); !ok {
		t.Fatal("tenant b limited by tenant a's traffic")
	}
	if _, ok := l.Allow("", 10); !ok {
		t.Fatal("the default tenant")
	}
	if _, ok := l.Allow("default", 10); !ok {
		t.Fatal("the default tenant's second request")
	}
	if _, ok := l.Allow("", 10); ok {
		t.Fatal(`"" and "default" must share one bucket`)
	}
	now = now.Add(500 * time.Millisecond)
	if _, ok := l.Allow("a", 10); !ok {
		t.Fatal("refilled request refused")
	}
	// Bytes: a request bigger than the burst passes when the bucket is
	// full, and leaves it in debt.
	now = now.Add(10 * time.Second)
	if _, ok := l.Allow("a", 5000); !ok {
		t.Fatal("a request larger than the byte burst is never let through")
	}
	now = now.Add(time.Second)
	if w, ok := l.Allow("a", 10); ok || w < 3*time.Second {
		t.Fatalf("after 5000 bytes at 1000/s: ok %v, retry after %v", ok, w)
	}
	// Overrides inherit what they do not set.
	if got := cfg.For("big"); got.RequestsPerSecond != 100 || got.BytesPerSecond != 1000 {
		t.Fatalf("override %+v", got)
	}
	unlimited := NewLimiter(RateLimits{}, time.Now)
	for range 1000 {
		if _, ok := unlimited.Allow("a", 1<<20); !ok {
			t.Fatal("no limits configured, yet refused")
		}
	}
}
