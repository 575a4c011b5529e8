// Package web is the llmobs console: one page (HTML, CSS, vanilla JS and
// hand-drawn SVG charts, embedded in the binary, no CDN) over the
// services' JSON APIs — SLIs per series, alerts, semantic search — plus
// /api/pipeline, a digest of the services' Prometheus metrics (throughput,
// consumer lag, DLQ by reason, sampling, watermark delay).
//
// In the all-in-one binary it is mounted on the shared admin server and
// reads the shared registry. Against a compose deployment, `llmobs
// console` serves it with the service APIs proxied and the metrics scraped
// over HTTP (Remote).
package web

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/llmobs/llmobs/pkg/auth"
)

//go:embed static
var static embed.FS

// Mux is what the console mounts on: the admin server (which checks each
// route's role), or a plain mux (Plain).
type Mux interface {
	Mount(pattern string, role auth.Role, h http.Handler)
}

// Plain adapts an http.ServeMux, whose routes check no role (the console
// of `llmobs console`, whose proxied services check the tokens).
func Plain(m *http.ServeMux) Mux { return plainMux{m} }

type plainMux struct{ m *http.ServeMux }

func (p plainMux) Mount(pattern string, _ auth.Role, h http.Handler) { p.m.Handle(pattern, h) }

// Mount adds the page (GET /) and its assets (GET /ui/), open: the page
// holds no data and asks for a token itself when the APIs want one; and
// GET /api/pipeline computed from g, for role read (process-wide figures:
// throughput, lag, DLQ counts; no tenant's data).
func Mount(m Mux, g prometheus.Gatherer) {
	sub, _ := fs.Sub(static, "static")
	files := http.FileServer(http.FS(sub))
	m.Mount("GET /{$}", auth.Open, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, sub, "index.html")
	}))
	m.Mount("GET /ui/", auth.Open, http.StripPrefix("/ui/", files))
	m.Mount("GET /api/pipeline", auth.RoleRead, NewPipeline(g))
}

// RequestGatherer is a Gatherer that gathers on behalf of a request (the
// remote console's scraper, which sends the caller's token on).
type RequestGatherer interface {
	GatherFor(r *http.Request) ([]*dto.MetricFamily, error)
}

// Pipeline answers GET /api/pipeline from a Gatherer; rates are computed
// between successive calls (the page polls every few seconds).
type Pipeline struct {
	g    prometheus.Gatherer
	mu   sync.Mutex
	prev map[string]float64
	at   time.Time
	now  func() time.Time
}

// NewPipeline builds the handler.
func NewPipeline(g prometheus.Gatherer) *Pipeline {
	return &Pipeline{g: g, prev: map[string]float64{}, now: time.Now}
}

// ServiceHealth is one service's digest.
type ServiceHealth struct {
	// Throughput: per-second rates of the service's *_in_total / *_out_total
	// counters since the previous request (0 on the first).
	Throughput map[string]float64 `json:"throughput"`
	// Totals of the same counters.
	Totals map[string]float64 `json:"totals"`
	// Lag: records behind, summed over the service's *lag* gauges.
	Lag float64 `json:"lag"`
	// DLQ: records sent to the dead-letter topic, by reason.
	DLQ map[string]float64 `json:"dlq"`
	// WatermarkDelaySeconds: how far event time trails the wall clock
	// (the largest over stages), when the service reports it.
	WatermarkDelaySeconds *float64 `json:"watermark_delay_seconds,omitempty"`
	// Gauges of note (sampling level and probability, index up, ...).
	Gauges map[string]float64 `json:"gauges"`
}

// PipelineJSON is the body of GET /api/pipeline.
type PipelineJSON struct {
	At       time.Time                 `json:"at"`
	Services map[string]*ServiceHealth `json:"services"`
}

var notedGauges = []string{"sampling_level", "sampling_probability", "keep_probability", "index_up", "alerts_firing", "active_series", "open_windows", "queue_polls", "join_state_spans", "otlp_inflight_requests"}

func (p *Pipeline) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var mfs []*dto.MetricFamily
	var err error
	if rg, ok := p.g.(RequestGatherer); ok {
		mfs, err = rg.GatherFor(r)
	} else {
		mfs, err = p.g.Gather()
	}
	out := PipelineJSON{At: p.now().UTC(), Services: map[string]*ServiceHealth{}}
	if err != nil && len(mfs) == 0 {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadGateway)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	dt := out.At.Sub(p.at).Seconds()
	cur := map[string]float64{}
	svc := func(name string) (*ServiceHealth, string, bool) {
		rest, ok := strings.CutPrefix(name, "llmobs_")
		if !ok {
			return nil, "", false
		}
		s, metric, ok := strings.Cut(rest, "_")
		if !ok {
			return nil, "", false
		}
		h := out.Services[s]
		if h == nil {
			h = &ServiceHealth{Throughput: map[string]float64{}, Totals: map[string]float64{}, DLQ: map[string]float64{}, Gauges: map[string]float64{}}
			out.Services[s] = h
		}
		return h, metric, true
	}
	for _, mf := range mfs {
		h, metric, ok := svc(mf.GetName())
		if !ok {
			continue
		}
		sum := func() (v float64) {
			for _, m := range mf.GetMetric() {
				v += value(mf.GetType(), m)
			}
			return v
		}
		switch {
		case strings.HasPrefix(metric, "dlq_records"):
			for _, m := range mf.GetMetric() {
				reason := label(m, "reason")
				if st := label(m, "stage"); st != "" {
					reason = st + "/" + reason
				}
				h.DLQ[reason] += value(mf.GetType(), m)
			}
		case mf.GetType() == dto.MetricType_COUNTER && (strings.HasSuffix(metric, "_in_total") || strings.HasSuffix(metric, "_out_total")):
			name := strings.TrimSuffix(metric, "_total")
			v := sum()
			cur[mf.GetName()] = v
			h.Totals[name] = v
			if prev, ok := p.prev[mf.GetName()]; ok && dt > 0 && v >= prev {
				h.Throughput[name] = (v - prev) / dt
			} else {
				h.Throughput[name] = 0
			}
		case mf.GetType() == dto.MetricType_GAUGE && strings.Contains(metric, "lag"):
			h.Lag += sum()
		case mf.GetType() == dto.MetricType_GAUGE && metric == "watermark_delay_seconds":
			var worst float64
			for _, m := range mf.GetMetric() {
				worst = max(worst, value(mf.GetType(), m))
			}
			h.WatermarkDelaySeconds = &worst
		case mf.GetType() == dto.MetricType_GAUGE && metric == "gpu_watermark_seconds":
			if v := sum(); v > 0 {
				d := float64(out.At.UnixNano())/1e9 - v
				h.WatermarkDelaySeconds = &d
			}
		case mf.GetType() == dto.MetricType_GAUGE:
			for _, g := range notedGauges {
				if metric == g {
					h.Gauges[g] = sum()
				}
			}
		}
	}
	p.prev, p.at = cur, out.At
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

func value(t dto.MetricType, m *dto.Metric) float64 {
	switch t {
	case dto.MetricType_COUNTER:
		return m.GetCounter().GetValue()
	case dto.MetricType_GAUGE:
		return m.GetGauge().GetValue()
	case dto.MetricType_UNTYPED:
		return m.GetUntyped().GetValue()
	}
	return 0
}

func label(m *dto.Metric, name string) string {
	for _, l := range m.GetLabel() {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}

// sortedKeys is for deterministic tests.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
