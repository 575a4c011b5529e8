// Package admintest checks an admin server's access control route by
// route: every pattern the server has mounted (not a hand-written list, so
// a new endpoint is covered the day it is added) must refuse a caller
// without a token (401) and one whose roles do not allow it (403), and let
// a caller with the route's role through.
package admintest

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
)

// Tenant is the tenant of the tokens Tokens writes.
const Tenant = "admintest"

// Tokens writes a tokens file with one token per role (tenant Tenant)
// and returns its path and the tokens by role.
func Tokens(t testing.TB) (path string, byRole map[auth.Role]string) {
	t.Helper()
	byRole = map[auth.Role]string{}
	var b strings.Builder
	for _, r := range auth.Roles {
		tok := "admintest-" + string(r) + "-0123456789abcdef"
		byRole[r] = tok
		b.WriteString("- {token: " + tok + ", tenant: " + Tenant + ", roles: [" + string(r) + "], name: " + string(r) + "}\n")
	}
	path = filepath.Join(t.TempDir(), "tokens.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, byRole
}

// Secure turns auth on for srv with Tokens' tokens and returns them.
func Secure(t testing.TB, srv *admin.Server, cfg auth.Config) map[auth.Role]string {
	t.Helper()
	path, toks := Tokens(t)
	cfg.TokensFile = path
	g, err := auth.New(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	srv.Secure(g, nil)
	return toks
}

// wrongRole is a role that does not grant route role r.
func wrongRole(r auth.Role) auth.Role {
	if r == auth.RoleRead || r == auth.Metrics {
		return auth.RoleIngest
	}
	return auth.RoleRead
}

// rightRole is the least role that grants r.
func rightRole(r auth.Role) auth.Role {
	if r == auth.Metrics {
		return auth.RoleRead
	}
	return r
}

var wildcard = regexp.MustCompile(`\{[^}]*\}`)

// Request is a request that the pattern matches: its method (GET when
// none) and its path with wildcards filled in.
func Request(pattern string) *http.Request {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		method, path = http.MethodGet, pattern
	}
	path = strings.ReplaceAll(path, "{$}", "")
	path = wildcard.ReplaceAllString(path, "x")
	// Profiles and traces of one second, not thirty.
	return httptest.NewRequest(method, path+"?seconds=1", nil)
}

// CheckRoutes checks every route of srv, whose guard uses toks (Secure's
// tokens). openMetrics: /metrics is expected open.
func CheckRoutes(t *testing.T, srv *admin.Server, toks map[auth.Role]string, openMetrics bool) {
	t.Helper()
	routes := srv.Routes()
	if len(routes) == 0 {
		t.Fatal("no routes mounted")
	}
	do := func(route admin.Route, token string) int {
		req := Request(route.Pattern)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec.Code
	}
	refused := func(code int) bool { return code == http.StatusUnauthorized || code == http.StatusForbidden }
	for _, route := range routes {
		t.Run(route.Pattern, func(t *testing.T) {
			open := route.Role == auth.Open || (route.Role == auth.Metrics && openMetrics)
			if open {
				if code := do(route, ""); refused(code) {
					t.Fatalf("open route refused a caller without a token: %d", code)
				}
				return
			}
			if code := do(route, ""); code != http.StatusUnauthorized {
				t.Errorf("no token: %d, want 401", code)
			}
			if code := do(route, "not-a-token-0123456789"); code != http.StatusUnauthorized {
				t.Errorf("unknown token: %d, want 401", code)
			}
			if code := do(route, toks[wrongRole(route.Role)]); code != http.StatusForbidden {
				t.Errorf("role %s on a %s route: %d, want 403", wrongRole(route.Role), route.Role, code)
			}
			if code := do(route, toks[rightRole(route.Role)]); refused(code) {
				t.Errorf("role %s refused: %d", rightRole(route.Role), code)
			}
			if rightRole(route.Role) != auth.RoleAdmin {
				if code := do(route, toks[auth.RoleAdmin]); refused(code) {
					t.Errorf("admin refused: %d", code)
				}
			}
		})
	}
}
