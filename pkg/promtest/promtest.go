// Package promtest runs the real Prometheus tools in tests: promtool and
// amtool, and Prometheus and Alertmanager servers on loopback ports with
// their state in the test's temporary directory.
//
// The tools come from the Debian packages prometheus and
// prometheus-alertmanager (.ci/run installs them). A test that needs one
// skips when it is missing, unless LLMOBS_REQUIRE_TOOLS is set (CI sets it):
// then it fails, so CI can never pass by skipping.
package promtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// RequireToolsEnv, when set to anything but "" or "0", turns a missing
// tool into a test failure instead of a skip.
const RequireToolsEnv = "LLMOBS_REQUIRE_TOOLS"

// Install is what to run to get every tool this package looks for.
const Install = "apt-get install -y prometheus prometheus-alertmanager"

// Tool returns the path of the first of names found on PATH. When none is,
// the test skips, or fails when LLMOBS_REQUIRE_TOOLS is set; either way the
// message says how to install it.
func Tool(t testing.TB, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if v := os.Getenv(RequireToolsEnv); v != "" && v != "0" {
		t.Fatalf("%s not on PATH and %s=%s: install it (%s)", strings.Join(names, " / "), RequireToolsEnv, v, Install)
	}
	t.Skipf("%s not on PATH: skipped; install it (%s) to run this test, or set %s=1 to make a missing tool fail", strings.Join(names, " / "), Install, RequireToolsEnv)
	return ""
}

// Run runs a tool to completion and returns its combined output.
func Run(t testing.TB, tool string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, tool, args...).CombinedOutput()
	return string(out), err
}

// WaitFor polls cond every 50 ms until it holds or timeout passes; then
// the test fails with what and cond's last explanation.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, why := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s: %s", timeout, what, why)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Server is a running Prometheus or Alertmanager.
type Server struct {
	// URL is http://127.0.0.1:<port>, without a trailing slash.
	URL string
	cmd *exec.Cmd
	log *syncBuffer
}

// Log is what the server wrote so far.
func (s *Server) Log() string { return s.log.String() }

// StartAlertmanager runs the Alertmanager binary (Debian:
// prometheus-alertmanager) with config (YAML text), its storage in a
// temporary directory, gossip off, on a free loopback port, and waits
// until it is ready. It stops when the test ends.
func StartAlertmanager(t testing.TB, config string) *Server {
	t.Helper()
	bin := Tool(t, "prometheus-alertmanager", "alertmanager")
	dir := t.TempDir()
	cfg := filepath.Join(dir, "alertmanager.yml")
	if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	return start(t, "alertmanager", func(addr string) *exec.Cmd {
		return exec.Command(bin, "--config.file="+cfg, "--storage.path="+filepath.Join(dir, "data"),
			"--web.listen-address="+addr, "--cluster.listen-address=", "--log.level=debug")
	})
}

// StartPrometheus runs the Prometheus server with config (YAML text; rule
// file paths in it should be absolute), its TSDB in a temporary directory,
// on a free loopback port, and waits until it is ready. It stops when the
// test ends.
func StartPrometheus(t testing.TB, config string) *Server {
	t.Helper()
	bin := Tool(t, "prometheus")
	dir := t.TempDir()
	cfg := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	return start(t, "prometheus", func(addr string) *exec.Cmd {
		return exec.Command(bin, "--config.file="+cfg, "--storage.tsdb.path="+filepath.Join(dir, "data"),
			"--web.listen-address="+addr, "--log.level=debug")
	})
}

// start runs the command on a free port (picked, then released: another
// process may take it first, so a server that exits before it is ready is
// started again on a new port, three times at most).
func start(t testing.TB, name string, cmdFor func(addr string) *exec.Cmd) *Server {
	t.Helper()
	var last string
	for attempt := 0; attempt < 3; attempt++ {
		addr := freeAddr(t)
		s := &Server{URL: "http://" + addr, cmd: cmdFor(addr), log: &syncBuffer{}}
		s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
		if err := s.cmd.Start(); err != nil {
			t.Fatalf("start %s: %v", name, err)
		}
		exited := make(chan error, 1)
		go func() { exited <- s.cmd.Wait() }()
		if err := s.waitReady(exited); err != nil {
			last = fmt.Sprintf("%s: %v:\n%s", name, err, s.Log())
			continue
		}
		t.Cleanup(func() {
			_ = s.cmd.Process.Kill()
			<-exited
			if t.Failed() {
				t.Logf("%s log:\n%s", name, tail(s.Log(), 8000))
			}
		})
		return s
	}
	t.Fatal(last)
	return nil
}

// waitReady polls /-/ready for 30 s; it kills the process when it is
// not ready by then.
func (s *Server) waitReady(exited chan error) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-exited:
			return fmt.Errorf("exited before it was ready (%v)", err)
		default:
		}
		if resp, err := client.Get(s.URL + "/-/ready"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			_ = s.cmd.Process.Kill()
			<-exited
			return fmt.Errorf("not ready at %s after 30s", s.URL)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// client keeps no idle connections: tests that check for leaked
// goroutines (goleak) see none of its.
var client = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}

func freeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// AMAlert is one alert of Alertmanager's GET /api/v2/alerts.
type AMAlert struct {
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     time.Time         `json:"startsAt"`
	EndsAt       time.Time         `json:"endsAt"`
	UpdatedAt    time.Time         `json:"updatedAt"`
	GeneratorURL string            `json:"generatorURL"`
	Fingerprint  string            `json:"fingerprint"`
	Status       struct {
		State string `json:"state"` // active, suppressed, unprocessed
	} `json:"status"`
}

// Alerts returns Alertmanager's alerts (GET /api/v2/alerts): the ones not
// resolved, that is whose endsAt is not past. filter are label matchers in
// Alertmanager's syntax (`alertname="X"`).
func (s *Server) Alerts(filter ...string) ([]AMAlert, error) {
	u := s.URL + "/api/v2/alerts"
	for i, f := range filter {
		sep := "&"
		if i == 0 {
			sep = "?"
		}
		u += sep + "filter=" + url.QueryEscape(f)
	}
	var out []AMAlert
	err := getJSON(u, &out)
	return out, err
}

// PromAlert is one alert of Prometheus' GET /api/v1/alerts.
type PromAlert struct {
	Labels      map[string]string `json:"labels"`
	Annotations map[string]string `json:"annotations"`
	State       string            `json:"state"` // pending, firing
	Value       string            `json:"value"`
}

// PromAlerts returns Prometheus' pending and firing alerts (GET /api/v1/alerts).
func (s *Server) PromAlerts() ([]PromAlert, error) {
	var out struct {
		Status string `json:"status"`
		Data   struct {
			Alerts []PromAlert `json:"alerts"`
		} `json:"data"`
	}
	if err := getJSON(s.URL+"/api/v1/alerts", &out); err != nil {
		return nil, err
	}
	return out.Data.Alerts, nil
}

// Metrics returns the server's own /metrics text.
func (s *Server) Metrics() (string, error) {
	resp, err := client.Get(s.URL + "/metrics")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func getJSON(u string, dst any) error {
	resp, err := client.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: HTTP %d: %s", u, resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, dst); err != nil {
		return fmt.Errorf("GET %s: %v: %s", u, err, b)
	}
	return nil
}

// syncBuffer is a bytes.Buffer safe for the process's writers and readers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
