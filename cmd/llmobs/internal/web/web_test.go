package web

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

func registry() (*prometheus.Registry, prometheus.Counter, *prometheus.CounterVec) {
	reg := prometheus.NewRegistry()
	in := prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_enricher_spans_in_total"})
	dlq := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_dlq_records_total"}, []string{"reason"})
	lag := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "llmobs_aggregator_consumer_lag_records"}, []string{"stage"})
	wd := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "llmobs_aggregator_watermark_delay_seconds"}, []string{"stage"})
	lvl := prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_sampling_level"})
	reg.MustRegister(in, dlq, lag, wd, lvl)
	lag.WithLabelValues("stage1").Set(5)
	lag.WithLabelValues("stage2").Set(7)
	wd.WithLabelValues("stage1").Set(3)
	wd.WithLabelValues("stage2").Set(9)
	lvl.Set(2)
	return reg, in, dlq
}

func TestPipelineDigest(t *testing.T) {
	reg, in, dlq := registry()
	p := NewPipeline(reg)
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	p.now = func() time.Time { return now }
	get := func() PipelineJSON {
		rec := httptest.NewRecorder()
		p.ServeHTTP(rec, httptest.NewRequest("GET", "/api/pipeline", nil))
		var out PipelineJSON
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	in.Add(100)
	first := get()
	if first.Services["enricher"].Throughput["spans_in"] != 0 || first.Services["enricher"].Totals["spans_in"] != 100 {
		t.Fatalf("first call: %+v", first.Services["enricher"])
	}
	in.Add(50)
	dlq.WithLabelValues("decode_error").Add(3)
	now = now.Add(5 * time.Second)
	out := get()
	e, a, i := out.Services["enricher"], out.Services["aggregator"], out.Services["ingest"]
	if e.Throughput["spans_in"] != 10 {
		t.Errorf("rate %v, want 50 spans / 5 s = 10", e.Throughput["spans_in"])
	}
	if e.DLQ["decode_error"] != 3 {
		t.Errorf("dlq %v", e.DLQ)
	}
	if a.Lag != 12 || a.WatermarkDelaySeconds == nil || *a.WatermarkDelaySeconds != 9 {
		t.Errorf("aggregator lag %v, watermark delay %v", a.Lag, a.WatermarkDelaySeconds)
	}
	if i.Gauges["sampling_level"] != 2 {
		t.Errorf("ingest gauges %v", i.Gauges)
	}
}

func TestMountServesPageAndAssets(t *testing.T) {
	reg, _, _ := registry()
	mux := http.NewServeMux()
	Mount(Plain(mux), reg)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for path, want := range map[string]string{"/": "<title>llmobs console</title>", "/ui/app.js": "refresh()", "/ui/style.css": ".tiles", "/api/pipeline": `"services"`} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d, body lacks %q", path, resp.StatusCode, want)
		}
	}
	// No CDN or other remote asset anywhere in the page.
	for _, f := range []string{"static/index.html", "static/app.js", "static/style.css"} {
		b, _ := static.ReadFile(f)
		if strings.Contains(string(b), "http://") || strings.Contains(string(b), "https://") {
			t.Errorf("%s references a remote URL", f)
		}
	}
}

// Remote mode proxies the services' APIs and scrapes their /metrics.
func TestRemote(t *testing.T) {
	reg, in, _ := registry()
	in.Add(7)
	agg := http.NewServeMux()
	agg.HandleFunc("GET /api/slis", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"series":[],"window":"`+r.URL.Query().Get("window")+`"}`)
	})
	agg.HandleFunc("GET /api/calls", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"calls":[],"sort":"`+r.URL.Query().Get("sort")+`"}`)
	})
	agg.HandleFunc("GET /api/traces/{id}", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"trace_id":"`+r.PathValue("id")+`"}`)
	})
	agg.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	a := httptest.NewServer(agg)
	defer a.Close()
	emb := http.NewServeMux()
	emb.HandleFunc("GET /api/topics", func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"topics":[],"kind":"`+r.URL.Query().Get("kind")+`"}`)
	})
	e := httptest.NewServer(emb)
	defer e.Close()
	h, err := Remote(RemoteConfig{Aggregator: a.URL, Embedder: e.URL, Metrics: []string{a.URL + "/metrics", "http://127.0.0.1:1/metrics"},
		Console: Config{TraceURL: "http://jaeger.internal:16686/trace/{trace_id}"}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/slis?window=1m")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"window":"1m"`) {
		t.Errorf("proxied /api/slis: %s", b)
	}
	// The console's topics panel (the embedder's prompt and output topics).
	resp, err = http.Get(srv.URL + "/api/topics?kind=output")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"kind":"output"`) {
		t.Errorf("proxied /api/topics: %s", b)
	}
	resp, err = http.Get(srv.URL + "/api/pipeline")
	if err != nil {
		t.Fatal(err)
	}
	var out PipelineJSON
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	// One target down: the others still show.
	if out.Services["enricher"] == nil || out.Services["enricher"].Totals["spans_in"] != 7 {
		t.Errorf("scraped pipeline: %+v", out.Services)
	}
	if _, err := Remote(RemoteConfig{Aggregator: "ftp://x"}); err == nil {
		t.Error("a non-http base URL was accepted")
	}
	// The call APIs and the page's configuration are there too.
	for path, want := range map[string]string{
		"/api/calls?sort=latency":                      `"sort":"latency"`,
		"/api/traces/0af7651916cd43dd8448eb211c80319c": `"trace_id":"0af7651916cd43dd8448eb211c80319c"`,
		"/api/console":                                 `"trace_url":"http://jaeger.internal:16686/trace/{trace_id}"`,
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: %s, want %s", path, b, want)
		}
	}
	for _, bad := range []string{"jaeger/trace/{trace_id}", "http://jaeger:16686/search", "javascript:alert(1)//{trace_id}"} {
		if _, err := Remote(RemoteConfig{Aggregator: a.URL, Console: Config{TraceURL: bad}}); err == nil || !strings.Contains(err.Error(), "console.trace-url") {
			t.Errorf("trace URL %q: %v", bad, err)
		}
	}
}
