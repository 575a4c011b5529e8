package web_test

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/kafka"
)

func browser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestConsoleInBrowser runs the whole pipeline in-process with 40 s of
// synthetic traffic (its incidents included) and drives the console in
// headless Chromium: tiles show data, a series' charts draw, an alert
// appears, a semantic search returns results, the pipeline table fills.
// CONSOLE_SCREENSHOT=path saves a screenshot of the overview.
func TestConsoleInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		t.Skip("no Chromium found (apt-get install -y chromium): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the 60 s browser test")
	}
	p := startPipeline(t, 40*time.Second, nil)
	tctx, eval, waitJS := openBrowser(t, p.ctx, bin, p.base)
	searchable, modelDir, lgDone, ctx := p.searchable, p.modelDir, p.lgDone, p.ctx

	// Tiles with data: at least three series, each with a request rate.
	waitJS("three tiles with a request rate", `[...document.querySelectorAll('.tile .v-rate')].filter(e => e.textContent !== '–' && !e.textContent.startsWith('0.00')).length >= 3`, 60*time.Second)
	// A series' charts.
	// (support-agent runs on GPUs: its GPU charts have data.)
	if err := chromedp.Run(tctx, chromedp.Click(`.tile[data-key^="support-agent"]`, chromedp.ByQuery), chromedp.WaitVisible(`#charts svg polyline`, chromedp.ByQuery)); err != nil {
		t.Fatalf("detail charts: %v", err)
	}
	var charts int
	eval(`document.querySelectorAll('#charts .chart svg').length`, &charts)
	if charts < 6 {
		t.Errorf("%d charts drawn, want ≥ 6", charts)
	}
	// The scheduled incidents raise an alert the page shows (firing bar
	// or the events table).
	waitJS("an alert on the page", `document.querySelectorAll('#alerts-firing .firing').length + document.querySelectorAll('#alerts-table tbody td.st-firing, #alerts-table tbody td.st-resolved').length > 0`, 90*time.Second)
	if shot := os.Getenv("CONSOLE_SCREENSHOT"); shot != "" {
		var png []byte
		if err := chromedp.Run(tctx, chromedp.FullScreenshot(&png, 100)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Pipeline health: a row per service.
	if err := chromedp.Run(tctx, chromedp.Click(`nav a[data-tab=pipeline]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitJS("pipeline rows", `document.querySelectorAll('#pipeline-table tbody tr').length >= 4`, 10*time.Second)
	// Semantic search.
	if !searchable {
		t.Logf("embedder not running (no USE Lite weights in %s: run `make models`): search not checked", modelDir)
		return
	}
	if err := chromedp.Run(tctx,
		chromedp.Click(`nav a[data-tab=search]`, chromedp.ByQuery),
		chromedp.SendKeys(`#q`, "my money back for a purchase has not shown up", chromedp.ByQuery),
		chromedp.Click(`#search-form button[type=submit]`, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	waitJS("search results", `document.querySelectorAll('#search-results .result').length > 0`, 30*time.Second)
	var first string
	eval(`document.querySelector('#search-results .result .prompt').textContent`, &first)
	if !strings.Contains(strings.ToLower(first), "refund") {
		t.Errorf("top result %q is not about a refund", first)
	}
	if shot := os.Getenv("CONSOLE_SCREENSHOT"); shot != "" {
		var png []byte
		if err := chromedp.Run(tctx, chromedp.FullScreenshot(&png, 100)); err == nil {
			_ = os.WriteFile(strings.TrimSuffix(shot, ".png")+"-search.png", png, 0o644)
		}
	}
	select {
	case err := <-lgDone:
		if err != nil && ctx.Err() == nil {
			t.Errorf("loadgen: %v", err)
		}
	default:
	}
}

// pipeline is the whole of llmobs in-process, with loadgen traffic.
type pipeline struct {
	ctx        context.Context
	base       string // the console's URL
	searchable bool   // the embedder runs
	modelDir   string
	lgDone     chan error
}

// startPipeline starts llmobs (options changed by mut) and loadgen for d;
// both stop when the test ends.
func startPipeline(t *testing.T, d time.Duration, mut func(*app.Options)) *pipeline {
	t.Helper()
	o := app.DefaultOptions()
	modelDir, _ := filepath.Abs("../../../../services/embedder/models/use-lite")
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{
		"-ingest.grpc-listen=127.0.0.1:0", "-ingest.http-listen=127.0.0.1:0", "-embedder.model-dir=" + modelDir,
	}); err != nil {
		t.Fatal(err)
	}
	o.KafkaListen = "127.0.0.1:0"
	o.DataDir = ""
	o.Common.Admin.Listen = "127.0.0.1:0"
	o.Common.Kafka.Partitions = 2
	o.Common.ShutdownTimeout = 10 * time.Second
	if mut != nil {
		mut(&o)
	}
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r, err := app.Start(ctx, o, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		if err := r.Wait(); err != nil {
			t.Errorf("pipeline: %v", err)
		}
	})
	lg := loadgen.DefaultConfig()
	lg.Duration, lg.Rate = d, 20
	lg.Topics = loadgen.Topics{Spans: o.Common.Topics.OTLPSpans, Metrics: o.Common.Topics.OTLPMetrics, Logs: o.Common.Topics.OTLPLogs}
	kc := o.Common.Kafka
	kc.Brokers = r.Brokers
	cl, err := kafka.NewClient(kc, "loadgen")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	p := &pipeline{ctx: ctx, base: "http://" + r.AdminAddr + "/", modelDir: modelDir, lgDone: make(chan error, 1),
		searchable: strings.Contains(strings.Join(r.Started, ","), "embedder")}
	go func() {
		_, err := loadgen.Run(ctx, lg, cl, io.Discard)
		p.lgDone <- err
	}()
	return p
}

// openBrowser opens base in headless Chromium; eval runs JavaScript on the
// page, waitJS polls an expression until it is true.
func openBrowser(t *testing.T, ctx context.Context, bin, base string) (context.Context, func(js string, out any), func(what, js string, d time.Duration)) {
	t.Helper()
	actx, acancel := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU, chromedp.WindowSize(1400, 1000))...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	tctx, tcancel := context.WithTimeout(bctx, 150*time.Second)
	t.Cleanup(tcancel)
	eval := func(js string, out any) {
		t.Helper()
		if err := chromedp.Run(tctx, chromedp.Evaluate(js, out)); err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
	}
	waitJS := func(what, js string, d time.Duration) {
		t.Helper()
		deadline := time.Now().Add(d)
		for {
			var ok bool
			eval(js, &ok)
			if ok {
				return
			}
			if time.Now().After(deadline) {
				var status string
				eval(`document.querySelector('#status').textContent`, &status)
				t.Fatalf("timed out waiting for %s (page status: %q)", what, status)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	if err := chromedp.Run(tctx, chromedp.Navigate(base), chromedp.WaitVisible(`header h1`)); err != nil {
		t.Fatal(err)
	}
	return tctx, eval, waitJS
}

// TestConsoleInBrowserWithAuth: with auth.tokens_file set, the console
// asks for a token before showing anything, refuses an unknown one, and
// with tenant acme's read+search token shows acme's series only; the
// token stays out of every URL the page loads (it travels in the
// Authorization header) and lives in sessionStorage.
func TestConsoleInBrowserWithAuth(t *testing.T) {
	bin := browser()
	if bin == "" {
		t.Skip("no Chromium found (apt-get install -y chromium): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	const acme = "console-acme-read-search-0123456789"
	tokens := filepath.Join(t.TempDir(), "tokens.yaml")
	if err := os.WriteFile(tokens, []byte("- {token: "+acme+", tenant: acme, roles: [read, search]}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := startPipeline(t, 30*time.Second, func(o *app.Options) { o.Common.Auth.TokensFile = tokens })
	tctx, eval, waitJS := openBrowser(t, p.ctx, bin, p.base)

	waitJS("the token prompt", `!document.querySelector('#login').hidden`, 20*time.Second)
	var tiles int
	eval(`document.querySelectorAll('.tile').length`, &tiles)
	if tiles != 0 {
		t.Fatalf("%d tiles shown before a token was given", tiles)
	}
	// An unknown token: asked again, with a reason.
	if err := chromedp.Run(tctx,
		chromedp.SendKeys(`#token`, "not-a-valid-token-0123456789", chromedp.ByQuery),
		chromedp.Click(`#login-form button[type=submit]`, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	waitJS("the token refused", `!document.querySelector('#login').hidden && document.querySelector('#login-msg').textContent.includes('not accepted')`, 20*time.Second)
	if err := chromedp.Run(tctx,
		chromedp.SendKeys(`#token`, acme, chromedp.ByQuery),
		chromedp.Click(`#login-form button[type=submit]`, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	waitJS("tiles of tenant acme", `document.querySelector('#login').hidden && [...document.querySelectorAll('.tile .v-rate')].filter(e => e.textContent !== '–').length >= 2`, 60*time.Second)
	var others int
	eval(`[...document.querySelectorAll('.tile h3')].filter(h => !h.textContent.includes('tenant acme')).length`, &others)
	if others != 0 {
		t.Errorf("%d tiles of another tenant shown to acme's token", others)
	}
	// Pipeline figures need read: acme's token has it.
	if err := chromedp.Run(tctx, chromedp.Click(`nav a[data-tab=pipeline]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitJS("pipeline rows", `document.querySelectorAll('#pipeline-table tbody tr').length >= 4`, 20*time.Second)
	var leaked bool
	eval(`[location.href, ...performance.getEntriesByType('resource').map(e => e.name)].some(u => u.includes('`+acme+`'))`, &leaked)
	if leaked {
		t.Error("the token appears in a URL the page loaded")
	}
	var stored string
	eval(`sessionStorage.getItem('llmobs.token')`, &stored)
	if stored != acme {
		t.Errorf("sessionStorage holds %q", stored)
	}
}
