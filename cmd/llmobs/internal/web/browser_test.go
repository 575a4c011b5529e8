package web_test

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/services/embedder"
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
// appears, a semantic search returns results, the pipeline table fills,
// the topics tab lists what users ask about with each topic's share over
// time. CONSOLE_SCREENSHOT=path saves a screenshot of the overview (and
// of the search and the topics: path-search.png, path-topics.png).
func TestConsoleInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		t.Skip("no Chromium found (apt-get install -y chromium): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the 60 s browser test")
	}
	// Topics on a short time scale (5 s rate buckets, a 15 s surge window,
	// a 100-prompt warm-up, 5 prompts can surge), and a new subject from
	// +15 s at 10 % of the prompts: within the test the topics' shares
	// have a history, and the busiest services may surge.
	p := startPipeline(t, 40*time.Second, func(o *app.Options) {
		app.Configure(o.Modules, "embedder", func(c *embedder.Config) {
			c.Novelty.Bucket, c.Novelty.SurgeWindow, c.Novelty.WarmUp, c.Novelty.MinCount = 5*time.Second, 15*time.Second, 100, 5
		})
	}, func(lg *loadgen.Config) { lg.NewSubjectAt, lg.NewSubjectShare = 15*time.Second, 0.1 })
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
	// Evaluations and feedback joined to its calls (loadgen's demo mix):
	// mean score and low-score share per name.
	waitJS("the evaluation charts", `[...document.querySelectorAll('#charts .chart')].filter(c => c.querySelector('h4').textContent.startsWith('Evaluation scores') && c.querySelector('svg polyline') && c.textContent.includes('relevance') && c.textContent.includes('user_feedback')).length === 1`, 60*time.Second)
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
	// Topics: per tenant/service, at least one topic with its share's
	// sparkline (the embedder's history of it); a click shows its
	// (redacted) examples.
	if err := chromedp.Run(tctx, chromedp.Click(`nav a[data-tab=topics]`, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitJS("a topic with a sparkline", `[...document.querySelectorAll('#topics tr.topic')].some((r) => r.querySelector('td.spark svg polyline'))`, 60*time.Second)
	var topic struct {
		Groups, Topics, History int
		Warm                    string
	}
	eval(`(() => { const ts = state.topics.prompt.topics; return {groups: document.querySelectorAll('#topics .topic-group').length, topics: document.querySelectorAll('#topics tr.topic').length,
		history: Math.max(...ts.map((t) => (t.history || []).length)), warm: document.querySelector('#topics .warm')?.textContent || ''}; })()`, &topic)
	if topic.Groups < 2 || topic.History < 2 || topic.Warm == "" {
		t.Errorf("topics panel: %+v", topic)
	}
	var examples int
	eval(`(() => { document.querySelector('#topics tr.topic').click(); return document.querySelectorAll('#topics tr.topic-ex li').length; })()`, &examples)
	if examples == 0 {
		t.Error("a clicked topic shows no examples")
	}
	if shot := os.Getenv("CONSOLE_SCREENSHOT"); shot != "" {
		// With a surge on it if one comes within 30 s (the new subject).
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(time.Second) {
			var surged bool
			eval(`!!document.querySelector('#topic-surges .surge')`, &surged)
			if surged {
				time.Sleep(4 * time.Second) // one more refresh: the sparklines' latest points
				break
			}
		}
		var png []byte
		var ok bool
		// The four busiest services only (a rule, as the page redraws).
		eval(`(() => { document.querySelector('header').style.position = 'static';
			document.head.insertAdjacentHTML('beforeend', '<style>#topics .topic-group:nth-child(n+5) { display:none }</style>'); return true })()`, &ok)
		if err := chromedp.Run(tctx, chromedp.Screenshot(`#tab-topics`, &png, chromedp.ByQuery)); err == nil {
			_ = os.WriteFile(strings.TrimSuffix(shot, ".png")+"-topics.png", png, 0o644)
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

// startPipeline starts llmobs (options changed by mut) and loadgen for d
// (its configuration changed by lgMut); both stop when the test ends.
func startPipeline(t *testing.T, d time.Duration, mut func(*app.Options), lgMut ...func(*loadgen.Config)) *pipeline {
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
	lg.Evals = loadgen.DemoEvals() // the console charts them
	lg.Topics = loadgen.Topics{Spans: o.Common.Topics.OTLPSpans, Metrics: o.Common.Topics.OTLPMetrics, Logs: o.Common.Topics.OTLPLogs}
	for _, f := range lgMut {
		f(&lg)
	}
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
	// An upper bound for the whole test, above every wait in it: on a
	// busy machine the pipeline lags, and a test that gives up early
	// fails for the machine, not the code.
	tctx, tcancel := context.WithTimeout(bctx, 300*time.Second)
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

// TestAlertToWaterfallInBrowser: during the scheduled latency incident the
// LLMHighLatencyP99 banner leads, in three clicks at most, to the slowest
// call's waterfall: (1) the banner's "slowest calls" link lists the calls
// of the window that raised the alert, slowest first, the alert's
// exemplars among them — the same calls GET /api/calls returns for the
// query the page shows; (2) the slowest call opens with its whole trace
// as a waterfall and a link to the configured trace UI.
func TestAlertToWaterfallInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		t.Skip("no Chromium found (apt-get install -y chromium): skipping the browser test")
	}
	if testing.Short() {
		t.Skip("-short: skipping the browser test")
	}
	const traceUI = "http://127.0.0.1:16686/trace/{trace_id}"
	// The demo's two minutes of traffic: its latency incident (from 30 s
	// to 48 s) always covers a whole 10 s window of event time. A shorter
	// run's incident (90 s: 13.5 s) can split over two windows, neither of
	// which then meets both conditions of LLMHighLatencyP99 (p50 > 4 s and
	// p99 > 12 s) — seen once: p50 7.3 s / p99 11.7 s, then 2.1 s / 30 s.
	p := startPipeline(t, 2*time.Minute, func(o *app.Options) { o.Console.TraceURL = traceUI })
	tctx, eval, waitJS := openBrowser(t, p.ctx, bin, p.base)
	clicks := 0
	click := func(what, sel string) {
		t.Helper()
		clicks++
		// One evaluation finds and clicks the element: the page redraws
		// the banner every few seconds, and a node found in one step may
		// be gone in the next.
		var ok bool
		eval(`(() => { const e = document.querySelector(`+strconv.Quote(sel)+`); if (!e) return false; e.click(); return true; })()`, &ok)
		if !ok {
			t.Fatalf("click %d (%s): %s not on the page", clicks, what, sel)
		}
	}
	banner := `#alerts-firing .firing[data-alert=LLMHighLatencyP99] a.evidence`
	// The firing event in the alert events too: on a busy machine the
	// pipeline may work off a backlog so fast that the alert fires and
	// resolves between two refreshes of the banner.
	event := `(state.recent || []).findIndex((a) => a.labels.alertname === 'LLMHighLatencyP99' && a.status === 'firing')`
	// The incident's calls end up to ~9 s after it, and their window
	// fires some seconds after that (an idle machine: 70–80 s after the
	// start; a busy one: longer).
	for deadline := time.Now().Add(240 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		var ok bool
		eval(`!!document.querySelector('`+banner+`') || `+event+` >= 0`, &ok)
		if ok {
			break
		}
		if time.Now().After(deadline) {
			var seen string
			eval(`JSON.stringify({status: document.querySelector('#status').textContent,
				alerts: (state.recent || []).map((a) => a.status + ' ' + a.labels.alertname + ' ' + a.labels.model),
				gpt4o: (state.series.find((s) => s.service === 'chat-api' && s.model === 'gpt-4o')?.windows || []).slice(0, 12).map((w) => [new Date(+w.window_start_unix_ms).toISOString().slice(11, 19), Math.round(w.latency_p50_ms), Math.round(w.latency_p99_ms), w.requests])})`, &seen)
			t.Fatalf("LLMHighLatencyP99 did not fire within 240 s; the page saw %s", seen)
		}
	}
	// Each step finds, reads and clicks in one evaluation: the page
	// redraws the banner and the table every few seconds.
	var exemplars string
	clicks++
	eval(`(() => { const e = document.querySelector('`+banner+`'); if (!e) return '';
		const ids = state.firing.find((a) => a.labels.alertname === 'LLMHighLatencyP99').annotations.exemplar_trace_ids; e.click(); return ids; })()`, &exemplars)
	if exemplars == "" {
		t.Log("the alert was no longer firing when seen: from its firing event in the Alerts tab")
		click("the Alerts tab", `nav a[data-tab=alerts]`)
		eval(`(() => { const i = `+event+`; const e = document.querySelector('#alerts-table a.evidence[data-i="' + i + '"]'); if (!e) return '';
			const ids = state.recent[i].annotations.exemplar_trace_ids; e.click(); return ids; })()`, &exemplars)
	}
	if len(exemplars) < 32 {
		t.Fatalf("the alert carries no exemplar trace IDs: %q", exemplars)
	}
	waitJS("the window's calls", `document.querySelectorAll('#calls-body tr.call').length > 0`, 20*time.Second)
	var rows []struct {
		Trace string `json:"trace"`
	}
	eval(`[...document.querySelectorAll('#calls-body tr.call')].map((r) => ({trace: r.dataset.trace}))`, &rows)
	var query string
	eval(`document.querySelector('#calls-api').textContent`, &query)
	if !strings.Contains(query, "sort=latency") || !strings.Contains(query, "service=chat-api") || !strings.Contains(query, "since=") {
		t.Errorf("the page's query %q", query)
	}
	// The API returns the same calls, in the same order, slowest first.
	resp, err := http.Get(strings.TrimSuffix(p.base, "/") + query)
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Calls []struct {
			TraceID   string  `json:"trace_id"`
			LatencyMs float64 `json:"latency_ms"`
		} `json:"calls"`
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || len(page.Calls) != len(rows) {
		t.Fatalf("/api/calls: %d calls (%v), the page shows %d", len(page.Calls), err, len(rows))
	}
	for i, c := range page.Calls {
		if c.TraceID != rows[i].Trace {
			t.Fatalf("row %d: page %s, API %s", i, rows[i].Trace, c.TraceID)
		}
		if i > 0 && c.LatencyMs > page.Calls[i-1].LatencyMs {
			t.Fatalf("not slowest first: %v after %v", c.LatencyMs, page.Calls[i-1].LatencyMs)
		}
	}
	if !strings.Contains(exemplars, page.Calls[0].TraceID) {
		t.Errorf("the slowest call %s is not among the alert's exemplars %s", page.Calls[0].TraceID, exemplars)
	}
	var starred int
	eval(`document.querySelectorAll('#calls-body tr.call .ex').length`, &starred)
	if starred == 0 {
		t.Error("no exemplar marked in the list")
	}
	t.Logf("slowest of %d calls: %s, %.0f ms; exemplars %s", len(page.Calls), page.Calls[0].TraceID, page.Calls[0].LatencyMs, exemplars)
	click("the slowest call", `#calls-body tr.call`)
	waitJS("the waterfall", `document.querySelectorAll('#waterfall .wf-row').length >= 2 && !!document.querySelector('#waterfall .wf-row.sel')`, 20*time.Second)
	if clicks > 3 {
		t.Errorf("%d clicks from the banner to the waterfall", clicks)
	}
	var detail struct {
		Title, Link string
		Bars        int
	}
	eval(`({title: document.querySelector('#call-title').textContent, link: document.querySelector('#call-body a.trace-link')?.href || '', bars: document.querySelectorAll('#waterfall .wf-bar').length})`, &detail)
	if want := strings.Replace(traceUI, "{trace_id}", page.Calls[0].TraceID, 1); detail.Link != want {
		t.Errorf("trace link %q, want %q", detail.Link, want)
	}
	if !strings.Contains(detail.Title, "chat-api") || detail.Bars < 2 {
		t.Errorf("call detail %+v", detail)
	}
	if shot := os.Getenv("CONSOLE_SCREENSHOT"); shot != "" {
		var png []byte
		// The calls panel and the call's waterfall (docs/console-calls.png),
		// the sticky header out of the way.
		var ok bool
		eval(`(() => { document.querySelector('header').style.position = 'static'; return true })()`, &ok)
		if err := chromedp.Run(tctx, chromedp.Screenshot(`#drill`, &png, chromedp.ByQuery)); err == nil {
			_ = os.WriteFile(strings.TrimSuffix(shot, ".png")+"-calls.png", png, 0o644)
		}
	}
	// A click on a chart point lists that window's calls sorted by what
	// the chart shows: the cost chart by cost, the latency chart by
	// latency.
	for _, c := range []struct{ chart, sort string }{{"Cost per window (USD)", "cost"}, {"Latency", "latency"}} {
		var at string
		eval(`(() => { const ch = [...document.querySelectorAll('#charts .chart')].find((c) => c.querySelector('h4').textContent === `+strconv.Quote(c.chart)+`);
			const hits = ch ? ch.querySelectorAll('rect.hit') : []; if (hits.length === 0) return '';
			const r = hits[hits.length - 1]; r.dispatchEvent(new MouseEvent('click', {bubbles: true})); return new Date(+r.dataset.t).toISOString(); })()`, &at)
		if at == "" {
			t.Fatalf("no clickable point on the %s chart", c.chart)
		}
		waitJS("the "+c.chart+" point's calls", `document.querySelector('#calls-api').textContent.includes('sort=`+c.sort+`&') && document.querySelector('#calls-api').textContent.includes(`+strconv.Quote(url.QueryEscape(at))+`)`, 20*time.Second)
	}
}
