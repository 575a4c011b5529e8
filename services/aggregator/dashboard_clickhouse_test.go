package aggregator

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http/httptest"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The Grafana dashboard deploy/grafana/dashboards/llm-slis.json, run as
// Grafana would run it against the aggregator's ClickHouse, must show the
// numbers /api/slis gives. deploy/sql_test.go checks its queries against
// the schema; this runs them.
const slisDashboard = "../../deploy/grafana/dashboards/llm-slis.json"

type dashboard struct {
	Panels []struct {
		ID      int    `json:"id"`
		Title   string `json:"title"`
		Targets []struct {
			RawSQL string `json:"rawSql"`
		} `json:"targets"`
	} `json:"panels"`
	Templating struct {
		List []struct {
			Name       string          `json:"name"`
			Query      json.RawMessage `json:"query"`
			Datasource struct {
				Type string `json:"type"`
			} `json:"datasource"`
		} `json:"list"`
	} `json:"templating"`
}

var (
	timeFilterRe = regexp.MustCompile(`\$__timeFilter\(([^()]*)\)`)
	varRe        = regexp.MustCompile(`\$\{(\w+):singlequote\}`)
)

// grafanaSQL expands the macros of Grafana's ClickHouse data source
// (grafana-clickhouse-datasource, pkg/macros) and the dashboard's
// variables as Grafana does for the time range [from, to] and the
// selected values (an "All" selection is every value, as the variables
// have no custom all value). A macro it does not know is an error, so a
// new one in the dashboard cannot pass unexpanded.
func grafanaSQL(q string, from, to time.Time, vars map[string][]string) (string, error) {
	dt := func(t time.Time) string { return fmt.Sprintf("toDateTime(%d)", t.Unix()) }
	q = timeFilterRe.ReplaceAllStringFunc(q, func(m string) string {
		col := timeFilterRe.FindStringSubmatch(m)[1]
		return fmt.Sprintf("%s >= %s AND %s <= %s", col, dt(from), col, dt(to))
	})
	var err error
	q = varRe.ReplaceAllStringFunc(q, func(m string) string {
		vals, ok := vars[varRe.FindStringSubmatch(m)[1]]
		if !ok {
			err = fmt.Errorf("variable %s not set", m)
		}
		quoted := make([]string, len(vals))
		for i, v := range vals {
			quoted[i] = "'" + strings.ReplaceAll(v, "'", `\'`) + "'"
		}
		return strings.Join(quoted, ",")
	})
	q = strings.NewReplacer("$__fromTime_ms", "$__unsupported", "$__toTime_ms", "$__unsupported",
		"$__fromTime", dt(from), "$__toTime", dt(to)).Replace(q)
	if err == nil && strings.Contains(q, "$") {
		err = fmt.Errorf("unexpanded macro or variable (ClickHouse 18.16 has no DateTime64 for the _ms macros): %s", q)
	}
	return q, err
}

// queryRows runs q and returns its rows, numbers as float64, Nullable
// NULLs as nil, DateTime as time.Time.
func queryRows(t *testing.T, conn driver.Conn, q string) ([]string, []map[string]any) {
	t.Helper()
	rs, err := conn.Query(context.Background(), q)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	defer rs.Close()
	cols := rs.Columns()
	var out []map[string]any
	for rs.Next() {
		vals := make([]any, len(cols))
		for i, ct := range rs.ColumnTypes() {
			vals[i] = reflect.New(ct.ScanType()).Interface()
		}
		if err := rs.Scan(vals...); err != nil {
			t.Fatalf("%v\n%s", err, q)
		}
		m := map[string]any{}
		for i, c := range cols {
			v := reflect.ValueOf(vals[i]).Elem()
			for v.Kind() == reflect.Pointer {
				if v.IsNil() {
					break
				}
				v = v.Elem()
			}
			switch {
			case v.Kind() == reflect.Pointer:
				m[c] = nil
			case v.CanFloat():
				m[c] = v.Float()
			case v.CanInt():
				m[c] = float64(v.Int())
			case v.CanUint():
				m[c] = float64(v.Uint())
			default:
				m[c] = v.Interface()
			}
		}
		out = append(out, m)
	}
	if err := rs.Err(); err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	return cols, out
}

// colRule says how a dashboard column follows from the /api/slis windows
// of its group (the selected series of its model or service, or all
// selected series) and window: sum, max, ratio (Σ v / Σ w) or wmean
// (Σ v·w / Σ w) of a window field, times scale·1000/window_ms (a rate per
// second) or times scale. need, when set, says whether the group's
// windows must have a row at all (the query leaves out groups without a
// value).
type colRule struct {
	agg       string
	v, w      func(*llmobsv1.SLIWindow) float64
	scale     float64
	perSecond bool
	need      func([]*llmobsv1.SLIWindow) bool
}

func (r colRule) want(ws []*llmobsv1.SLIWindow, lenMs int64) float64 {
	var v, w float64
	for i, x := range ws {
		switch r.agg {
		case "sum":
			v += r.v(x)
		case "max":
			if i == 0 || r.v(x) > v {
				v = r.v(x)
			}
		case "ratio":
			v, w = v+r.v(x), w+r.w(x)
		case "wmean":
			v, w = v+r.v(x)*r.w(x), w+r.w(x)
		}
	}
	if r.agg == "ratio" || r.agg == "wmean" {
		v /= w
	}
	s := r.scale
	if s == 0 {
		s = 1
	}
	if r.perSecond {
		s *= 1000 / float64(lenMs)
	}
	return v * s
}

// dashboardColumns: every column a panel of llm_sli_windows returns. A new column fails the test until it is
// given a rule here.
var dashboardColumns = map[string]colRule{
	"requests_per_s": {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.Requests }, perSecond: true},
	"error_rate":     {agg: "ratio", v: func(w *llmobsv1.SLIWindow) float64 { return w.Errors }, w: func(w *llmobsv1.SLIWindow) float64 { return w.Requests }},
	"p99_ms":         {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.LatencyP99Ms }},
	"p50_ms":         {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.LatencyP50Ms }},
	"p95_ms":         {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.LatencyP95Ms }},
	"worst_ttft_p95_ms": {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.TtftP95Ms },
		need: func(ws []*llmobsv1.SLIWindow) bool {
			return slices.ContainsFunc(ws, func(w *llmobsv1.SLIWindow) bool { return w.TtftP95Ms > 0 })
		}},
	"worst_tpot_p95_ms": {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.TpotP95Ms },
		need: func(ws []*llmobsv1.SLIWindow) bool {
			return slices.ContainsFunc(ws, func(w *llmobsv1.SLIWindow) bool { return w.TpotP95Ms > 0 })
		}},
	"max_output_tokens_per_s": {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.OutputTokensPerS }},
	"usd_per_hour":            {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.GetCost().GetTotal() }, perSecond: true, scale: 3600},
	"input":                   {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.InputTokens }},
	"output":                  {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.OutputTokens }},
	"cache_read":              {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.CacheReadTokens }},
	"reasoning":               {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.ReasoningTokens }},
	"usd":                     {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.GetCost().GetTotal() }},
	"cost_usd":                {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.GetCost().GetTotal() }},
	"requests_total":          {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.Requests }},
	"worst_p99_ms":            {agg: "max", v: func(w *llmobsv1.SLIWindow) float64 { return w.LatencyP99Ms }},
	// GPU utilisation of a model's series, weighted by their GPU time.
	"gpu_util_percent": {agg: "wmean", v: func(w *llmobsv1.SLIWindow) float64 { return w.GpuUtilMean }, w: func(w *llmobsv1.SLIWindow) float64 { return w.GpuSeconds },
		need: func(ws []*llmobsv1.SLIWindow) bool {
			return slices.ContainsFunc(ws, func(w *llmobsv1.SLIWindow) bool { return w.GpuSeconds > 0 })
		}},
	"energy_j": {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.EnergyJoules }},
	"gpu_s":    {agg: "sum", v: func(w *llmobsv1.SLIWindow) float64 { return w.GpuSeconds }},
}

// apiExemplars are the exemplar calls of every /api/slis window of
// length w, as /api/slis writes them (IDs in hex).
func apiExemplars(t *testing.T, svc *Service, w string) map[skey][]exemplarJSON {
	t.Helper()
	rec := httptest.NewRecorder()
	svc.ring.ServeSLIs(rec, httptest.NewRequest("GET", "/api/slis?window="+w+"&limit=1000", nil))
	var body struct {
		Series []struct {
			Windows []struct {
				Series struct {
					Service string `json:"service"`
					Model   string `json:"model"`
				} `json:"series"`
				Start     string         `json:"window_start_unix_ms"`
				Length    string         `json:"window_length_ms"`
				Exemplars []exemplarJSON `json:"exemplars"`
			} `json:"windows"`
		} `json:"series"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("/api/slis: %v", err)
	}
	out := map[skey][]exemplarJSON{}
	for _, s := range body.Series {
		for _, win := range s.Windows {
			var k skey
			k.service, k.model = win.Series.Service, win.Series.Model
			fmt.Sscan(win.Start, &k.start)
			fmt.Sscan(win.Length, &k.lenMs)
			out[k] = win.Exemplars
		}
	}
	return out
}

// TestDashboardSQLMatchesAPISLIs runs every ClickHouse query of the SLI
// dashboard (panels and variables) against the aggregator's ClickHouse
// (sliFixture: weights, replays, late revisions, summaries, two series of
// one model, an embedding call, a window of 0.5 requests) for several
// time ranges and variable selections, and compares every row with
// /api/slis: sums, rates and ratios equal, per-model maxima equal (a
// window's quantiles cannot be merged across series; those panels show
// the worst series), GPU utilisation the GPU-time-weighted mean of the
// series'; every window of the selection has its row and no row is
// extra. The slowest-calls table lists model calls (LLM and embedding)
// by end time, once each, with no TTFT where a call has none: its top
// calls are the slowest exemplars of the windows in range.
func TestDashboardSQLMatchesAPISLIs(t *testing.T) {
	raw, err := os.ReadFile(slisDashboard)
	if err != nil {
		t.Fatal(err)
	}
	var d dashboard
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	f := newSLIFixture(t)
	api := map[int64]map[skey]*llmobsv1.SLIWindow{10000: apiWindows(t, f.svc, "10s"), 60000: apiWindows(t, f.svc, "1m")}
	exemplars := apiExemplars(t, f.svc, "10s")
	services, models := map[string]bool{}, map[string][]string{}
	var first, last int64 = math.MaxInt64, 0
	for k := range api[60000] {
		services[k.service] = true
		models[k.service] = append(models[k.service], k.model)
		first, last = min(first, k.start), max(last, k.start+k.lenMs)
	}
	allServices := slices.Sorted(func(yield func(string) bool) {
		for s := range services {
			if !yield(s) {
				return
			}
		}
	})

	// The variables list what /api/slis has.
	for _, v := range d.Templating.List {
		var q string
		if v.Datasource.Type != "grafana-clickhouse-datasource" || json.Unmarshal(v.Query, &q) != nil {
			continue
		}
		sql, err := grafanaSQL(q, time.UnixMilli(first), time.UnixMilli(last), map[string][]string{"service": allServices})
		if err != nil {
			t.Fatalf("variable %s: %v", v.Name, err)
		}
		_, rows := queryRows(t, f.conn, sql)
		var got []string
		for _, r := range rows {
			for _, x := range r {
				got = append(got, fmt.Sprint(x))
			}
		}
		sort.Strings(got)
		var want []string
		switch v.Name {
		case "service":
			want = allServices
		case "model":
			for _, s := range allServices {
				want = append(want, models[s]...)
			}
			want = slices.Compact(slices.Sorted(slices.Values(want)))
		default:
			t.Fatalf("variable %s: no expectation", v.Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("variable %s: %v, /api/slis has %v", v.Name, got, want)
		}
	}

	type selection struct {
		name              string
		services, models  []string
		from, to          time.Time
		fromMs, toMs      int64
		serviceOK, modelK map[string]bool
	}
	hour := time.UnixMilli(first).Truncate(time.Hour)
	mk := func(name string, svcs, mods []string, from, to time.Time) selection {
		s := selection{name: name, services: svcs, models: mods, from: from, to: to, fromMs: from.UnixMilli(), toMs: to.UnixMilli(), serviceOK: map[string]bool{}, modelK: map[string]bool{}}
		for _, x := range svcs {
			s.serviceOK[x] = true
		}
		for _, x := range mods {
			s.modelK[x] = true
		}
		return s
	}
	allModels := []string{"e5", "m0", "m1"}
	end := time.UnixMilli(last)
	sels := []selection{
		mk("everything", allServices, allModels, hour, end),
		mk("chat only", []string{"chat"}, allModels, hour, end),
		mk("m0 of every service", allServices, []string{"m0"}, hour, end),
		// From the middle of the first minute: calls that started before
		// and ended after it are in range (windows are by end time).
		mk("the last 20 s of the first minute on", allServices, allModels, time.UnixMilli(workloadBase+50000), end),
	}

	checkedRows, checkedCalls := 0, 0
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			if tg.RawSQL == "" {
				continue
			}
			where := fmt.Sprintf("panel %d %q", p.ID, p.Title)
			for _, sel := range sels {
				sql, err := grafanaSQL(tg.RawSQL, sel.from, sel.to, map[string][]string{"service": sel.services, "model": sel.models})
				if err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				cols, rows := queryRows(t, f.conn, sql)
				at := fmt.Sprintf("%s, %s", where, sel.name)
				switch {
				case strings.Contains(sql, "FROM llm_spans"):
					checkedCalls += checkSlowestCalls(t, at, cols, rows, sel.serviceOK, sel.modelK, sel.fromMs, sel.toMs, exemplars)
				case strings.Contains(sql, "FROM llm_sli_windows"):
					var lenMs int64
					m := regexp.MustCompile(`window_length_ms = (\d+)`).FindStringSubmatch(sql)
					if m == nil {
						t.Fatalf("%s: reads llm_sli_windows without choosing a window length", where)
					}
					fmt.Sscan(m[1], &lenMs)
					// The windows of the selection in range, by group and start.
					groupCol := ""
					for _, c := range cols {
						if c == "model" || c == "service" {
							groupCol = c
						}
					}
					want := map[string][]*llmobsv1.SLIWindow{}
					for k, w := range api[lenMs] {
						if !sel.serviceOK[k.service] || !sel.modelK[k.model] {
							continue
						}
						// $__timeFilter(window_start): the windows that start in range.
						if start := time.UnixMilli(k.start); start.Before(sel.from) || start.After(sel.to) {
							continue
						}
						g := ""
						switch groupCol {
						case "model":
							g = k.model
						case "service":
							g = k.service
						}
						if slices.Contains(cols, "time") {
							g += "@" + fmt.Sprint(k.start)
						}
						want[g] = append(want[g], w)
					}
					seen := map[string]bool{}
					for _, r := range rows {
						g := ""
						if groupCol != "" {
							g = r[groupCol].(string)
						}
						if tm, ok := r["time"].(time.Time); ok {
							g += "@" + fmt.Sprint(tm.UnixMilli())
						}
						ws := want[g]
						if len(ws) == 0 {
							t.Errorf("%s: row %v has no window in /api/slis", at, r)
							continue
						}
						seen[g] = true
						for _, c := range cols {
							if c == "time" || c == groupCol {
								continue
							}
							rule, ok := dashboardColumns[c]
							if !ok {
								t.Fatalf("%s: column %s: no rule says what /api/slis value it shows", where, c)
							}
							got, ok := r[c].(float64)
							if !ok {
								t.Errorf("%s: %s = %v (%T), want a number", at, c, r[c], r[c])
								continue
							}
							w := rule.want(ws, lenMs)
							if math.Abs(got-w) > 1e-9*math.Max(1, math.Abs(w)) {
								t.Errorf("%s, %s %s: %s = %v from ClickHouse, %v from /api/slis", at, groupCol, g, c, got, w)
							}
							checkedRows++
						}
					}
					for g, ws := range want {
						needed := true
						for _, c := range cols {
							if rule := dashboardColumns[c]; rule.need != nil && !rule.need(ws) {
								needed = false
							}
						}
						if needed && !seen[g] {
							t.Errorf("%s: no row for %s %s (%d windows in /api/slis)", at, groupCol, g, len(ws))
						}
					}
				default:
					t.Fatalf("%s: reads a table this test does not know how to compare with /api/slis:\n%s", where, sql)
				}
			}
		}
	}
	if checkedRows < 500 || checkedCalls == 0 {
		t.Fatalf("only %d values and %d calls compared", checkedRows, checkedCalls)
	}
	t.Logf("%d panel values and %d calls compared with /api/slis", checkedRows, checkedCalls)
}

// checkSlowestCalls: the rows are model calls of the selection, slowest
// first, each once; the first five are the five slowest exemplars of the
// /api/slis windows in range that were forwarded (ingest's summaries hold
// no call a table could list), with the same latency, and a TTFT only
// where the call has one. It returns the calls compared.
func checkSlowestCalls(t *testing.T, at string, cols []string, rows []map[string]any, services, models map[string]bool, fromMs, toMs int64, ex map[skey][]exemplarJSON) int {
	t.Helper()
	for _, c := range []string{"service", "model", "duration_ms", "first_token_ms", "trace_id"} {
		if !slices.Contains(cols, c) {
			t.Fatalf("%s: no column %s in %v", at, c, cols)
		}
	}
	var want []exemplarJSON
	seen := map[string]bool{}
	for k, es := range ex {
		if !services[k.service] || !models[k.model] || k.start < fromMs || k.start > toMs {
			continue
		}
		for _, e := range es {
			if !e.Summarized && !seen[e.TraceID+e.SpanID] {
				seen[e.TraceID+e.SpanID] = true
				want = append(want, e)
			}
		}
	}
	sort.Slice(want, func(i, j int) bool {
		if want[i].LatencyMs != want[j].LatencyMs {
			return want[i].LatencyMs > want[j].LatencyMs
		}
		return want[i].TraceID < want[j].TraceID
	})
	if len(rows) < min(5, len(want)) {
		t.Errorf("%s: %d calls listed, /api/slis has %d exemplars in range", at, len(rows), len(want))
		return 0
	}
	ids := map[string]bool{}
	for i, r := range rows {
		if !services[r["service"].(string)] || !models[r["model"].(string)] {
			t.Errorf("%s: row %d is %s/%s, not selected", at, i, r["service"], r["model"])
		}
		if id := r["trace_id"].(string); ids[id] {
			t.Errorf("%s: call %s listed twice", at, id)
		} else {
			ids[id] = true
		}
		if i > 0 && r["duration_ms"].(float64) > rows[i-1]["duration_ms"].(float64) {
			t.Errorf("%s: row %d slower than row %d", at, i, i-1)
		}
	}
	n := min(5, len(want))
	for i := range n {
		r, e := rows[i], want[i]
		if r["trace_id"] != e.TraceID || math.Abs(r["duration_ms"].(float64)-e.LatencyMs) > 1e-6 {
			t.Errorf("%s: call %d is %v (%v ms), /api/slis' slowest exemplar %d is %s (%v ms)", at, i, r["trace_id"], r["duration_ms"], i, e.TraceID, e.LatencyMs)
			continue
		}
		switch ttft := r["first_token_ms"]; {
		case e.TTFTMs == 0 && ttft != nil:
			t.Errorf("%s: call %s has no TTFT, listed with %v ms", at, e.TraceID, ttft)
		case e.TTFTMs != 0 && (ttft == nil || math.Abs(ttft.(float64)-e.TTFTMs) > 1e-6):
			t.Errorf("%s: call %s has a TTFT of %v ms, listed with %v", at, e.TraceID, e.TTFTMs, ttft)
		}
	}
	return n
}
