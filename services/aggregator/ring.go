package aggregator

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

type ringKey struct {
	series sli.Key
	lenMs  int64
}

// Ring holds the latest revision of the most recent windows per series and
// window length, fed from llmobs.slis. Bounded: perSeries windows each,
// at most maxSeries (series × length) entries; windows of further series
// are dropped and counted.
type Ring struct {
	perSeries, maxSeries int
	mu                   sync.Mutex
	m                    map[ringKey][]ringWin // sorted by start, newest last
	dropped              func()
}

// ringWin is one window as its wire form, decoded when a request reads
// it: the ring is read by people, now and then, and written by every
// window the aggregator emits; decoded, its 60 windows a series were
// ~9 MB of the aggregator's live heap in a backlog, and a message a
// usage share and an exemplar for the garbage collector to trace.
type ringWin struct {
	start int64
	rev   uint32
	b     []byte
}

func (rw ringWin) window() (*llmobsv1.SLIWindow, error) {
	w := &llmobsv1.SLIWindow{}
	return w, w.UnmarshalVT(rw.b)
}

// NewRing returns an empty ring.
func NewRing(perSeries, maxSeries int) *Ring {
	return &Ring{perSeries: perSeries, maxSeries: maxSeries, m: map[ringKey][]ringWin{}, dropped: func() {}}
}

// Put stores w unless a same-or-higher revision of its window is held. It
// reports whether the ring changed.
func (r *Ring) Put(w *llmobsv1.SLIWindow) bool {
	k := ringKey{sli.KeyFromProto(w.GetSeries()), w.GetWindowLengthMs()}
	r.mu.Lock()
	defer r.mu.Unlock()
	ws, ok := r.m[k]
	if !ok && len(r.m) >= r.maxSeries {
		r.dropped()
		return false
	}
	start := w.GetWindowStartUnixMs()
	i := sort.Search(len(ws), func(i int) bool { return ws[i].start >= start })
	if i < len(ws) && ws[i].start == start {
		if ws[i].rev >= w.GetRevision() {
			return false
		}
		ws[i] = wireOf(w)
		return true
	}
	if len(ws) >= r.perSeries && i == 0 {
		return false // older than everything kept
	}
	ws = slices.Insert(ws, i, wireOf(w))
	if len(ws) > r.perSeries {
		clear(ws[:len(ws)-r.perSeries]) // the array keeps them: let their bytes go
		ws = ws[len(ws)-r.perSeries:]
	}
	r.m[k] = ws
	return true
}

func wireOf(w *llmobsv1.SLIWindow) ringWin {
	b, err := w.MarshalVT()
	if err != nil {
		panic(fmt.Sprintf("aggregator: an SLI window does not marshal: %v", err)) // a decoded message always does
	}
	return ringWin{start: w.GetWindowStartUnixMs(), rev: w.GetRevision(), b: b}
}

// Len is the number of (series, window length) entries.
func (r *Ring) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.m)
}

// SeriesJSON is one entry of GET /api/slis and GET /api/series.
type SeriesJSON struct {
	Service   string `json:"service"`
	Model     string `json:"model"`
	Operation string `json:"operation"`
	Provider  string `json:"provider"`
	// Tenant of a tenant's series (auth on); absent for series kept
	// across tenants.
	Tenant string `json:"tenant,omitempty"`
	// Window is the window length ("10s", "1m0s" is written "1m").
	Window string `json:"window"`
	// LatestStartUnixMs is the start of the newest window held.
	LatestStartUnixMs int64 `json:"latest_start_unix_ms"`
	// Windows, newest first: each an llmobs.v1.SLIWindow in protojson
	// with proto field names (window_start_unix_ms, revision, requests,
	// latency_p99_ms, ...), the latest revision of each window. Absent
	// in /api/series.
	Windows []json.RawMessage `json:"windows,omitempty"`
}

func windowName(ms int64) string {
	d := time.Duration(ms) * time.Millisecond
	switch {
	case d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + "h"
	case d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + "m"
	case d%time.Second == 0:
		return strconv.FormatInt(int64(d/time.Second), 10) + "s"
	}
	return d.String()
}

// parseWindow accepts "10s", "1m", "60s", "1m0s".
func parseWindow(s string) (int64, bool) {
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, false
	}
	return d.Milliseconds(), true
}

var pj = protojson.MarshalOptions{UseProtoNames: true, EmitUnpopulated: true}

// query returns the matching entries the scope sees (a tenant its own
// series; see auth.ScopeOf), sorted by series, each with at most limit
// newest windows (0: none).
func (r *Ring) query(sc auth.Scope, q map[string]string, lenMs int64, limit int) []SeriesJSON {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := []SeriesJSON{}
	for k, ws := range r.m {
		if (q["service"] != "" && q["service"] != k.series.Service) || (q["model"] != "" && q["model"] != k.series.Model) ||
			(q["operation"] != "" && q["operation"] != k.series.Operation) || (q["provider"] != "" && q["provider"] != k.series.Provider) ||
			(q["tenant"] != "" && auth.TenantOf(q["tenant"]) != auth.TenantOf(k.series.Tenant)) ||
			!sc.Sees(k.series.Tenant) || (lenMs > 0 && lenMs != k.lenMs) || len(ws) == 0 {
			continue
		}
		e := SeriesJSON{Service: k.series.Service, Model: k.series.Model, Operation: k.series.Operation, Provider: k.series.Provider,
			Tenant: k.series.Tenant, Window: windowName(k.lenMs), LatestStartUnixMs: ws[len(ws)-1].start}
		for i := len(ws) - 1; i >= 0 && len(e.Windows) < limit; i-- {
			w, err := ws[i].window()
			if err != nil {
				continue // cannot happen: the ring marshalled it
			}
			b, err := windowJSON(ownShares(sc, w))
			if err != nil {
				continue // cannot happen for a valid message
			}
			e.Windows = append(e.Windows, b)
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Service != b.Service {
			return a.Service < b.Service
		}
		if a.Model != b.Model {
			return a.Model < b.Model
		}
		if a.Operation != b.Operation {
			return a.Operation < b.Operation
		}
		if a.Provider != b.Provider {
			return a.Provider < b.Provider
		}
		if a.Tenant != b.Tenant {
			return a.Tenant < b.Tenant
		}
		return a.Window < b.Window
	})
	return out
}

// ownShares is w with only the usage shares and exemplar calls the scope
// sees: a series kept across tenants (or one written before series were
// per tenant) holds every tenant's spend and calls.
func ownShares(sc auth.Scope, w *llmobsv1.SLIWindow) *llmobsv1.SLIWindow {
	if sc.All {
		return w
	}
	var own []*llmobsv1.UsageShare
	for _, u := range w.GetUsage() {
		if sc.Sees(u.GetTenant()) {
			own = append(own, u)
		}
	}
	var ex []*llmobsv1.Exemplar
	for _, e := range w.GetExemplars() {
		if sc.Sees(e.GetTenant()) {
			ex = append(ex, e)
		}
	}
	if len(own) == len(w.GetUsage()) && len(ex) == len(w.GetExemplars()) {
		return w
	}
	c := proto.Clone(w).(*llmobsv1.SLIWindow)
	c.Usage, c.Exemplars = own, ex
	return c
}

// exemplarJSON is an exemplar as /api/slis writes it: IDs in hex, as
// OTLP/JSON, /api/calls and the alerts' annotations write them (protojson
// would write bytes in base64).
type exemplarJSON struct {
	TraceID         string   `json:"trace_id"`
	SpanID          string   `json:"span_id"`
	EndTimeUnixNano string   `json:"end_time_unix_nano"`
	LatencyMs       float64  `json:"latency_ms"`
	TTFTMs          float64  `json:"ttft_ms"`
	CostUSD         float64  `json:"cost_usd"`
	Error           bool     `json:"error"`
	Flags           []string `json:"flags"`
	Tenant          string   `json:"tenant"`
	Summarized      bool     `json:"summarized"`
}

// windowJSON is w in protojson with proto field names, its exemplars
// rewritten with hex IDs.
func windowJSON(w *llmobsv1.SLIWindow) ([]byte, error) {
	ex := w.GetExemplars()
	if len(ex) == 0 {
		return pj.Marshal(w)
	}
	c := proto.Clone(w).(*llmobsv1.SLIWindow)
	c.Exemplars = nil
	b, err := pj.Marshal(c)
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	out := make([]exemplarJSON, len(ex))
	for i, e := range ex {
		out[i] = exemplarJSON{TraceID: hex.EncodeToString(e.GetTraceId()), SpanID: hex.EncodeToString(e.GetSpanId()),
			EndTimeUnixNano: strconv.FormatUint(e.GetEndTimeUnixNano(), 10), LatencyMs: e.GetLatencyMs(), TTFTMs: e.GetTtftMs(),
			CostUSD: e.GetCostUsd(), Error: e.GetError(), Flags: append([]string{}, e.GetFlags()...), Tenant: e.GetTenant(), Summarized: e.GetSummarized()}
	}
	if m["exemplars"], err = json.Marshal(out); err != nil {
		return nil, err
	}
	return json.Marshal(m)
}

func badRequest(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func (r *Ring) params(w http.ResponseWriter, req *http.Request) (map[string]string, int64, bool) {
	v := req.URL.Query()
	q := map[string]string{"service": v.Get("service"), "model": v.Get("model"), "operation": v.Get("operation"), "provider": v.Get("provider"), "tenant": v.Get("tenant")}
	var lenMs int64
	if s := v.Get("window"); s != "" {
		var ok bool
		if lenMs, ok = parseWindow(s); !ok {
			badRequest(w, "window: want a duration such as 10s or 1m")
			return nil, 0, false
		}
	}
	return q, lenMs, true
}

// ServeSLIs answers GET /api/slis?service=&model=&operation=&provider=&tenant=&window=10s|1m&limit=N
// (limit: newest windows per series, default 30, max the ring size) with
// {"series":[SeriesJSON...]}: the caller's tenant's series only (an admin,
// or anyone with auth off, sees every tenant's).
func (r *Ring) ServeSLIs(w http.ResponseWriter, req *http.Request) {
	q, lenMs, ok := r.params(w, req)
	if !ok {
		return
	}
	limit := 30
	if s := req.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			badRequest(w, "limit: want a positive integer")
			return
		}
		limit = n
	}
	limit = min(limit, r.perSeries)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"series": r.query(auth.ScopeOf(req.Context()), q, lenMs, limit)})
}

// ServeSeries answers GET /api/series (same filters) with the series
// entries without windows.
func (r *Ring) ServeSeries(w http.ResponseWriter, req *http.Request) {
	q, lenMs, ok := r.params(w, req)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"series": r.query(auth.ScopeOf(req.Context()), q, lenMs, 0)})
}
