package admin_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/admin/admintest"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/tlsutil"
	"github.com/llmobs/llmobs/pkg/tlsutil/tlstest"
)

// TestEveryRouteNeedsItsRole: with auth on, every route the server mounted
// (enumerated, not listed by hand) refuses callers without a token or
// with the wrong role; /healthz and /readyz stay open.
func TestEveryRouteNeedsItsRole(t *testing.T) {
	for _, openMetrics := range []bool{false, true} {
		s := admin.New(slog.New(slog.NewTextHandler(io.Discard, nil)))
		s.Configure(admin.Config{Listen: "127.0.0.1:0", Pprof: true})
		s.HandleFunc("GET /api/unsaid", func(w http.ResponseWriter, _ *http.Request) {})
		s.Mount("GET /api/things/{id}", auth.RoleRead, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {}))
		toks := admintest.Secure(t, s, auth.Config{OpenMetrics: openMetrics})
		admintest.CheckRoutes(t, s, toks, openMetrics)
		for _, p := range []string{"/healthz", "/readyz"} {
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
			if code := rec.Code; code != 200 {
				t.Fatalf("%s with auth on: %d", p, code)
			}
		}
		routes := map[string]auth.Role{}
		for _, r := range s.Routes() {
			routes[r.Pattern] = r.Role
		}
		if routes["GET /api/unsaid"] != auth.RoleAdmin || routes["/debug/pprof/"] != auth.RoleAdmin {
			t.Fatalf("a route mounted without a role must need admin: %v", routes)
		}
	}
}

// TestServeTLS: with a certificate the admin listener speaks TLS only.
func TestServeTLS(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "admin")
	tr, err := tlsutil.New(tlsutil.Config{CertFile: cert, KeyFile: key}, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	s := admin.New(slog.New(slog.NewTextHandler(io.Discard, nil)))
	s.Secure(nil, tr)
	ln, err := s.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	defer func() {
		cancel()
		<-done
	}()
	if s.Scheme() != "https" {
		t.Fatalf("scheme %q", s.Scheme())
	}
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: ca.ClientConfig(), ForceAttemptHTTP2: true}, Timeout: 5 * time.Second}
	resp, err := hc.Get("https://" + s.Addr() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.ProtoMajor != 2 {
		t.Fatalf("https /healthz: %s %s", resp.Status, resp.Proto)
	}
	if resp, err := http.Get("http://" + s.Addr() + "/healthz"); err == nil {
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Fatal("plain HTTP answered on a TLS listener")
		}
	}
}
