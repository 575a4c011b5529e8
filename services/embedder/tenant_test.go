package embedder

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/admin/admintest"
	"github.com/llmobs/llmobs/pkg/auth"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/internal/fakeqdrant"
)

func tenantSpan(i int, tenant, text string) *llmobsv1.EnrichedSpan {
	es := enriched(i, "chat-api", "gpt-4o", text, i, 500, false)
	es.Span.GenAi.TenantId = tenant
	es.Span.GenAi.UserId = "user-of-" + tenant
	return es
}

// A tenant's search token finds only its own tenant's prompts — the same
// prompt asked by two tenants is two points — and "more like this" on
// another tenant's trace is not found; an admin token sees every tenant.
// Run against the in-process index and against (fake) Qdrant's filters.
func TestSearchSeesOnlyTheCallersTenant(t *testing.T) {
	for _, backend := range []string{"memory", "qdrant"} {
		t.Run(backend, func(t *testing.T) {
			kc, topics := newCluster(t)
			var idx index.Index = index.NewMemory()
			var mut []func(*Config)
			if backend == "qdrant" {
				fake, err := fakeqdrant.Start()
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(fake.Stop)
				if idx, err = newQdrantIndex(QdrantConfig{Addr: fake.Addr(), Collection: index.DefaultCollection, Timeout: 2 * time.Second}); err != nil {
					t.Fatal(err)
				}
				mut = append(mut, func(c *Config) { c.Qdrant.Addr, c.Qdrant.Timeout = fake.Addr(), 2*time.Second })
			}
			r := start(t, kc, topics, idx, &bowEncoder{}, mut...)
			dir := t.TempDir()
			tokens := dir + "/tokens.yaml"
			writeFile(t, tokens, `
- {token: search-tenant-a-0123456789, tenant: a, roles: [search]}
- {token: search-tenant-b-0123456789, tenant: b, roles: [search]}
- {token: search-default-0123456789, roles: [search]}
- {token: read-only-tenant-a-0123456789, tenant: a, roles: [read]}
- {token: admin-ops-0123456789abcdef, tenant: ops, roles: [admin]}
`)
			g, err := auth.New(auth.Config{TokensFile: tokens}, r.svc.deps.Log, nil)
			if err != nil {
				t.Fatal(err)
			}
			r.adm.Secure(g, nil)
			srv := httptest.NewServer(r.adm)
			defer srv.Close()

			produce(t, kc, topics.Enriched, batch(t,
				tenantSpan(1, "a", "How do I reset my password"),
				tenantSpan(2, "b", "How do I reset my password"),
				tenantSpan(3, "b", "Password reset for the acme admin account"),
				tenantSpan(4, "", "Reset password link expired"),
			))
			waitFor(t, "4 points (the shared prompt once per tenant)", 10*time.Second, func() bool { return count(t, idx) == 4 })

			search := func(token, q string) (int, []SearchResult) {
				req, _ := http.NewRequest("GET", srv.URL+"/api/search?"+q, nil)
				if token != "" {
					req.Header.Set("Authorization", "Bearer "+token)
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				var out SearchResponse
				_ = json.Unmarshal(b, &out)
				return resp.StatusCode, out.Results
			}
			tenantsOf := func(rs []SearchResult) []string {
				var out []string
				for _, r := range rs {
					out = append(out, r.UserID[len("user-of-"):])
				}
				slices.Sort(out)
				return slices.Compact(out)
			}
			if code, _ := search("", "q=password"); code != 401 {
				t.Fatalf("no token: %d", code)
			}
			if code, _ := search("read-only-tenant-a-0123456789", "q=password"); code != 403 {
				t.Fatalf("read token on search: %d", code)
			}
			for _, tc := range []struct {
				token string
				want  []string
				n     int
			}{
				{"search-tenant-a-0123456789", []string{"a"}, 1},
				{"search-tenant-b-0123456789", []string{"b"}, 2},
				{"search-default-0123456789", []string{""}, 1},
				{"admin-ops-0123456789abcdef", []string{"", "a", "b"}, 4},
			} {
				code, rs := search(tc.token, "q=reset+password&k=10")
				if code != 200 || len(rs) != tc.n || !slices.Equal(tenantsOf(rs), tc.want) {
					t.Errorf("%s: %d, %d results of tenants %v; want %d of %v", tc.token, code, len(rs), tenantsOf(rs), tc.n, tc.want)
				}
			}
			// More like this: tenant a cannot start from tenant b's trace.
			if code, _ := search("search-tenant-a-0123456789", fmt.Sprintf("like=%x", traceID(3))); code != 404 {
				t.Errorf("tenant a, more like tenant b's trace: %d, want 404", code)
			}
			if code, rs := search("search-tenant-b-0123456789", fmt.Sprintf("like=%x", traceID(3))); code != 200 || len(rs) != 1 || !slices.Equal(tenantsOf(rs), []string{"b"}) {
				t.Errorf("tenant b, more like its own trace: %d %v", code, tenantsOf(rs))
			}
		})
	}
}

// Every route the embedder mounts needs its role.
func TestEmbedderRoutesNeedTheirRole(t *testing.T) {
	kc, topics := newCluster(t)
	r := start(t, kc, topics, index.NewMemory(), &bowEncoder{})
	admintest.CheckRoutes(t, r.adm, admintest.Secure(t, r.adm, auth.Config{}), false)
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}
