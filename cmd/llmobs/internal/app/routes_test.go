package app

import (
	"bytes"
	"context"
	"flag"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/admin/admintest"
)

// TestEveryRouteNeedsItsRole: the all-in-one binary with auth on and
// every service and the console mounted. Each route its admin server
// lists (enumerated, not a hand-kept list: a new endpoint is checked the
// day it is mounted) refuses a caller without a token (401) and one with
// the wrong role (403), and lets its role in; only /healthz, /readyz and
// the console's static page are open.
func TestEveryRouteNeedsItsRole(t *testing.T) {
	tokens, toks := admintest.Tokens(t)
	o := DefaultOptions()
	modelDir, _ := filepath.Abs("../../../../services/embedder/models/use-lite")
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{
		"-ingest.grpc-listen=127.0.0.1:0", "-ingest.http-listen=127.0.0.1:0", "-embedder.model-dir=" + modelDir,
		"-auth.tokens-file=" + tokens, "-admin.pprof",
	}); err != nil {
		t.Fatal(err)
	}
	o.KafkaListen = "127.0.0.1:0"
	o.DataDir = ""
	o.Common.Admin.Listen = "127.0.0.1:0"
	o.Common.Kafka.Partitions = 2
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r, err := Start(ctx, o, quiet)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	defer func() {
		cancel()
		if err := r.Wait(); err != nil {
			t.Error(err)
		}
	}()
	var patterns []string
	for _, rt := range r.Admin.Routes() {
		patterns = append(patterns, rt.Pattern)
	}
	want := []string{"GET /metrics", "GET /healthz", "GET /readyz", "/debug/pprof/", "GET /api/slis", "GET /api/series", "GET /api/calls", "GET /api/traces/{trace_id}", "GET /api/console", "GET /api/alerts", "GET /api/alerts/recent", "GET /{$}", "GET /ui/", "GET /api/pipeline"}
	if slices.Contains(r.Started, "embedder") {
		want = append(want, "GET /api/search")
	} else {
		t.Logf("embedder not started (%s): /api/search not mounted", strings.Join(r.Unavailable, ","))
	}
	for _, p := range want {
		if !slices.Contains(patterns, p) {
			t.Errorf("route %q not mounted (have %v)", p, patterns)
		}
	}
	admintest.CheckRoutes(t, r.Admin, toks, false)
}

// TestWarnsWhenExposedWithoutAuth: `llmobs up` with a listener beyond
// loopback and no tokens file warns, naming what to set; on loopback it
// does not.
func TestWarnsWhenExposedWithoutAuth(t *testing.T) {
	for _, listen := range []string{"0.0.0.0:0", "127.0.0.1:0"} {
		o := testOptions(t, "")
		o.Common.Admin.Listen = listen
		var logs bytes.Buffer
		ctx, cancel := context.WithCancel(context.Background())
		r, err := Start(ctx, o, slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn})))
		if err != nil {
			cancel()
			t.Fatal(err)
		}
		cancel()
		if err := r.Wait(); err != nil {
			t.Fatal(err)
		}
		warned := strings.Contains(logs.String(), "level=WARN") && strings.Contains(logs.String(), "auth.tokens_file") && strings.Contains(logs.String(), "tls.cert_file")
		if warned != (listen == "0.0.0.0:0") {
			t.Errorf("admin on %s: warned %v:\n%s", listen, warned, logs.String())
		}
	}
}
