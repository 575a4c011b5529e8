// Package admin is the admin HTTP server every llmobs service exposes:
// Prometheus /metrics, /healthz (the process is alive), /readyz (every
// registered readiness check passes), plus whatever APIs a service mounts.
// The all-in-one binary shares one Server among all services.
package admin

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"sort"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/llmobs/llmobs/pkg/config"
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
}

// New returns a server with a fresh Prometheus registry holding the Go and
// process collectors.
func New(log *slog.Logger) *Server {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s := &Server{Registry: reg, mux: http.NewServeMux(), log: log, checks: map[string]func() error{}}
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	})
	s.mux.HandleFunc("GET /readyz", s.readyz)
	return s
}

// Configure applies what cfg says about the server's own endpoints
// (the listener is opened by Listen).
func (s *Server) Configure(cfg Config) {
	if cfg.Pprof {
		s.mux.HandleFunc("/debug/pprof/", pprof.Index)
		s.mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
		s.mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		s.mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		s.mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	}
}

// Handle mounts an API handler ("GET /api/slis").
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// HandleFunc mounts an API handler function.
func (s *Server) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	s.mux.HandleFunc(pattern, h)
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

// Serve serves on ln until ctx ends, then shuts down within 5 s.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second}
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
