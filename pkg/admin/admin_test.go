package admin

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.String()
}

func TestEndpoints(t *testing.T) {
	s := New(slog.New(slog.NewTextHandler(io.Discard, nil)))
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_test_things_total", Help: "things"})
	s.Registry.MustRegister(c)
	c.Add(3)

	if code, _ := get(t, s, "/healthz"); code != 200 {
		t.Fatalf("healthz %d", code)
	}
	if code, body := get(t, s, "/metrics"); code != 200 || !strings.Contains(body, "llmobs_test_things_total 3") || !strings.Contains(body, "go_goroutines") {
		t.Fatalf("metrics %d: %.200s", code, body)
	}
	// The live heap and the GC's goal and limit (bench-e2e reads the first).
	_, metrics := get(t, s, "/metrics")
	for _, name := range []string{"go_gc_heap_live_bytes ", "go_gc_heap_goal_bytes ", "go_gc_gomemlimit_bytes ", "go_gc_gogc_percent "} {
		if !strings.Contains(metrics, "\n"+name) {
			t.Errorf("/metrics has no %s", name)
		}
	}
	if code, _ := get(t, s, "/readyz"); code != 200 {
		t.Fatalf("readyz with no checks %d", code)
	}
	ready := errors.New("kafka not connected")
	s.AddReadiness("kafka", func() error { return ready })
	if code, body := get(t, s, "/readyz"); code != 503 || !strings.Contains(body, "kafka: kafka not connected") {
		t.Fatalf("readyz failing check %d %q", code, body)
	}
	ready = nil
	if code, _ := get(t, s, "/readyz"); code != 200 {
		t.Fatalf("readyz recovered %d", code)
	}
	s.Drain()
	if code, _ := get(t, s, "/readyz"); code != 503 {
		t.Fatalf("readyz while draining %d", code)
	}
	s.HandleFunc("GET /api/x", func(w http.ResponseWriter, _ *http.Request) { WriteJSON(w, 200, map[string]int{"n": 1}) })
	if code, body := get(t, s, "/api/x"); code != 200 || !strings.Contains(body, `"n": 1`) {
		t.Fatalf("api %d %q", code, body)
	}
}

func TestPprofOnlyWhenConfigured(t *testing.T) {
	s := New(slog.New(slog.NewTextHandler(io.Discard, nil)))
	s.Configure(Config{Listen: "127.0.0.1:0"})
	if code, _ := get(t, s, "/debug/pprof/"); code != 404 {
		t.Fatalf("pprof off: /debug/pprof/ answered %d", code)
	}
	s = New(slog.New(slog.NewTextHandler(io.Discard, nil)))
	s.Configure(Config{Listen: "127.0.0.1:0", Pprof: true})
	if code, body := get(t, s, "/debug/pprof/"); code != 200 || !strings.Contains(body, "goroutine") {
		t.Fatalf("pprof on: index %d %.200q", code, body)
	}
	if code, body := get(t, s, "/debug/pprof/heap?debug=1"); code != 200 || !strings.Contains(body, "heap profile") {
		t.Fatalf("pprof on: heap %d %.200q", code, body)
	}
}
