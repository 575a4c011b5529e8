// Package admin is the admin HTTP server every llmobs service exposes:
// Prometheus /metrics, /healthz (the process is alive), /readyz (every
// registered readiness check passes), plus whatever APIs a service mounts.
// The all-in-one binary shares one Server among all services.
//
// Every route is mounted with the role a caller needs (package auth):
// /healthz and /readyz are open, /metrics needs read (or auth.open_metrics),
// /debug/pprof admin, and a route mounted without a role (Handle,
// HandleFunc) needs admin — a new endpoint is closed until it says who may
// call it. With auth off every route is open. Routes lists them all, so a
// test can check each one refuses a caller without a token.
package admin

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/tlsutil"
)

// Config of the admin listener.
type Config struct {
	// Listen is host:port; loopback unless configured otherwise.
	Listen string `yaml:"listen"`
	// Pprof serves Go's profiler at /debug/pprof/ (CPU, heap, goroutine,
	// mutex and block profiles, execution traces). Off by default: a
	// profile shows the process's memory and costs CPU while it runs.
	Pprof bool `yaml:"pprof"`
}

// RegisterFlags binds admin.listen and admin.pprof.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.StringVar(&c.Listen, prefix+".listen", c.Listen, "admin HTTP listen address (/metrics, /healthz, /readyz, APIs)")
	fs.BoolVar(&c.Pprof, prefix+".pprof", c.Pprof, "serve Go's profiler at /debug/pprof/ on the admin listener")
}

// Validate names the wrong key.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return config.Errorf("listen", "%q is not host:port", c.Listen)
	}
	return nil
}

// Server is the admin HTTP server. It is safe for concurrent use.
type Server struct {
	Registry *prometheus.Registry
	mux      *http.ServeMux
	log      *slog.Logger

	mu       sync.Mutex
	checks   map[string]func() error
	draining bool
	addr     string
	routes   []Route
	guard    *auth.Guard
	tls      *tlsutil.Reloader
}

// Route is a mounted pattern and the role its callers need.
type Route struct {
	Pattern string
	Role    auth.Role
}

// liveHeapRule adds to the Go collector's default series the runtime's
// live heap (go_gc_heap_live_bytes: what the last GC found reachable) and
// its heap goal and limits (go_gc_heap_goal_bytes, go_gc_gomemlimit_bytes,
// go_gc_gogc_percent). Peak RSS follows the goal, which follows the soft
// memory limit when one is set, so RSS alone does not say how much memory
// a service needs; the live heap does (make bench-e2e reports its peak).
var liveHeapRule = collectors.GoRuntimeMetricsRule{Matcher: regexp.MustCompile(`^/gc/(heap/live|heap/goal|gomemlimit|gogc):`)}

// New returns a server with a fresh Prometheus registry holding the Go and
// process collectors.
func New(log *slog.Logger) *Server {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(collectors.WithGoCollectorRuntimeMetrics(liveHeapRule)), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s := &Server{Registry: reg, mux: http.NewServeMux(), log: log, checks: map[string]func() error{}}
	s.Mount("GET /metrics", auth.Metrics, promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	s.Mount("GET /healthz", auth.Open, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	}))
	s.Mount("GET /readyz", auth.Open, http.HandlerFunc(s.readyz))
	return s
}

// Secure makes every route check callers against g (nil: auth off) and
// the listener serve TLS with tr's certificate (nil: plain HTTP). Call it
// before Serve; routes mounted before or after are covered alike.
func (s *Server) Secure(g *auth.Guard, tr *tlsutil.Reloader) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.guard, s.tls = g, tr
}

// TLS reports whether the listener serves TLS.
func (s *Server) TLS() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tls != nil
}

// Scheme is "https" when the listener serves TLS, else "http".
func (s *Server) Scheme() string {
	if s.TLS() {
		return "https"
	}
	return "http"
}

// Mount mounts h at pattern ("GET /api/slis") for callers holding role
// (auth.Open: anyone). The caller's principal is in the request context
// (auth.ScopeOf filters what it may see).
func (s *Server) Mount(pattern string, role auth.Role, h http.Handler) {
	s.mu.Lock()
	s.routes = append(s.routes, Route{Pattern: pattern, Role: role})
	s.mu.Unlock()
	s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		g := s.guard
		s.mu.Unlock()
		ctx, err := g.Authorize(r.Context(), r.Header.Get("Authorization"), role)
		if err != nil {
			auth.WriteRefusal(w, err)
			return
		}
		h.ServeHTTP(w, r.WithContext(ctx))
	}))
}

// Routes lists every mounted pattern with its role, in mount order.
func (s *Server) Routes() []Route {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Route(nil), s.routes...)
}

// Configure applies what cfg says about the server's own endpoints
// (the listener is opened by Listen).
func (s *Server) Configure(cfg Config) {
	if cfg.Pprof {
		s.Mount("/debug/pprof/", auth.RoleAdmin, http.HandlerFunc(pprof.Index))
		s.Mount("/debug/pprof/cmdline", auth.RoleAdmin, http.HandlerFunc(pprof.Cmdline))
		s.Mount("/debug/pprof/profile", auth.RoleAdmin, http.HandlerFunc(pprof.Profile))
		s.Mount("/debug/pprof/symbol", auth.RoleAdmin, http.HandlerFunc(pprof.Symbol))
		s.Mount("/debug/pprof/trace", auth.RoleAdmin, http.HandlerFunc(pprof.Trace))
	}
}

// Handle mounts an API handler ("GET /api/x") for admins only (when auth
// is on); Mount says who else may call it.
func (s *Server) Handle(pattern string, h http.Handler) { s.Mount(pattern, auth.RoleAdmin, h) }

// HandleFunc is Handle for a handler function.
func (s *Server) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	s.Mount(pattern, auth.RoleAdmin, http.HandlerFunc(h))
}

// AddReadiness registers a named check; /readyz fails while any fails.
func (s *Server) AddReadiness(name string, check func() error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checks[name] = check
}

// Drain flips readiness off, before shutdown, so load balancers stop
// sending work while in-flight work is flushed.
func (s *Server) Drain() {
	s.mu.Lock()
	s.draining = true
	s.mu.Unlock()
}

// Ready returns nil when every check passes.
func (s *Server) Ready() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.draining {
		return errors.New("shutting down")
	}
	names := make([]string, 0, len(s.checks))
	for n := range s.checks {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		if err := s.checks[n](); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", n, err))
		}
	}
	return errors.Join(errs...)
}

func (s *Server) readyz(w http.ResponseWriter, _ *http.Request) {
	if err := s.Ready(); err != nil {
		http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	_, _ = w.Write([]byte("ready\n"))
}

// ServeHTTP makes the server usable in httptest.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Addr is the bound address once Run listens.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// Listen binds addr; call Serve next. Split so callers can print the real
// address (":0" in tests) before serving.
func (s *Server) Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("admin listen %s: %w", addr, err)
	}
	s.mu.Lock()
	s.addr = ln.Addr().String()
	s.mu.Unlock()
	return ln, nil
}

// Serve serves on ln until ctx ends, then shuts down within 5 s. With
// Secure's certificate it serves TLS only.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	// The server's own errors (TLS handshakes of scanners, bad requests)
	// are per-connection noise: debug level.
	srv := &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelDebug)}
	s.mu.Lock()
	tr := s.tls
	s.mu.Unlock()
	if tr != nil {
		ln = tls.NewListener(ln, tr.ServerConfig("h2", "http/1.1"))
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("admin serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(sctx)
	<-errc
	return nil
}

// WriteJSON writes v as JSON with status code.
func WriteJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// WriteError writes {"error": msg} with status code.
func WriteError(w http.ResponseWriter, code int, msg string) {
	WriteJSON(w, code, map[string]string{"error": msg})
}
