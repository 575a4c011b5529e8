package aggregator

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// callsBase is the test data's first event time.
var callsBase = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// callTraces builds n traces, each an HTTP root span with two model calls
// under it (one chat, one embedding) and a retrieval span: tenants, errors,
// flags, equal latencies (for the ID tie-break), streaming and GPU joins
// vary by trace.
func callTraces(n int) []*llmobsv1.EnrichedSpan {
	var out []*llmobsv1.EnrichedSpan
	for i := range n {
		tid := make([]byte, 16)
		binary.BigEndian.PutUint64(tid, uint64(i%7)<<56|uint64(i)*0x9e3779b97f4a7c15)
		binary.BigEndian.PutUint64(tid[8:], uint64(i+1))
		sid := func(k int) []byte {
			b := make([]byte, 8)
			binary.BigEndian.PutUint64(b, uint64(i)<<8|uint64(k))
			return b
		}
		t0 := uint64(callsBase.UnixNano()) + uint64(i)*uint64(700*time.Millisecond)
		tenant := []string{"acme", "", "beta"}[i%3]
		service := []string{"chat", "search"}[i%2]
		root := &llmobsv1.Span{TraceId: tid, SpanId: sid(1), Name: "POST /v1/ask", Class: llmobsv1.SpanClass_SPAN_CLASS_HTTP,
			StartTimeUnixNano: t0, EndTimeUnixNano: t0 + 5e9, Resource: &llmobsv1.Resource{ServiceName: service}, GenAi: &llmobsv1.GenAI{TenantId: tenant}}
		lat := uint64(200+(i%9)*400) * 1e6 // 9 distinct latencies: ties
		ttft := int64(lat / 4)
		chat := &llmobsv1.Span{TraceId: tid, SpanId: sid(2), ParentSpanId: sid(1), Name: "chat gpt-4o", Class: llmobsv1.SpanClass_SPAN_CLASS_LLM,
			StartTimeUnixNano: t0 + 1e9, EndTimeUnixNano: t0 + 1e9 + lat, Resource: &llmobsv1.Resource{ServiceName: service},
			GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: []string{"gpt-4o", "llama-3-70b"}[i%2], TenantId: tenant,
				InputTokens: int64(100 + i), OutputTokens: int64(11 + i%5), CacheReadInputTokens: int64(i % 4), ReasoningOutputTokens: int64(i % 3),
				TtftNanos: &ttft, Streaming: true,
				InputMessages:  []*llmobsv1.Message{{Role: "system", Content: "be brief"}, {Role: "user", Content: fmt.Sprintf("question %d from <EMAIL>", i)}},
				OutputMessages: []*llmobsv1.Message{{Role: "assistant", Content: fmt.Sprintf("answer %d", i)}}}}
		if i%5 == 0 {
			chat.StatusCode, chat.StatusMessage, chat.ErrorType = llmobsv1.StatusCode_STATUS_CODE_ERROR, "rate limited", "RateLimitError"
		} else {
			chat.StatusCode = llmobsv1.StatusCode_STATUS_CODE_OK
		}
		if i%4 == 1 {
			chat.Flags = []string{"prompt_injection"}
		}
		if i == 3 {
			chat.GenAi.OutputMessages[0].Content = strings.Repeat("é", maxBodyBytes) // 2 bytes a rune: cut on a boundary
		}
		chatES := &llmobsv1.EnrichedSpan{Span: chat, Cost: &llmobsv1.Cost{Input: 0.001 * float64(i%6), Output: 0.002, Total: 0.001*float64(i%6) + 0.002, PriceModel: "gpt-4o"}}
		if i%2 == 1 {
			chatES.Cost = &llmobsv1.Cost{Gpu: 0.0005 * float64(i%6), Total: 0.0005 * float64(i%6)}
			chatES.Gpu = &llmobsv1.GPUAttribution{Method: llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL, Samples: 3, HostName: "gpu-1", GpuUuid: "GPU-aa", GpuModel: "H100",
				UtilMeanPercent: 80, EnergyJoules: 120, GpuSeconds: float64(lat) / 1e9}
		} else {
			chatES.Gpu = &llmobsv1.GPUAttribution{Method: llmobsv1.JoinMethod_JOIN_METHOD_NONE}
		}
		emb := &llmobsv1.Span{TraceId: tid, SpanId: sid(3), ParentSpanId: sid(1), Name: "embeddings", Class: llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING,
			StartTimeUnixNano: t0 + 1e8, EndTimeUnixNano: t0 + 1e8 + uint64(50+i)*1e6, Resource: &llmobsv1.Resource{ServiceName: service},
			GenAi: &llmobsv1.GenAI{Operation: "embeddings", Provider: "openai", RequestModel: "text-embedding-3-small", TenantId: tenant, InputTokens: 20}}
		ret := &llmobsv1.Span{TraceId: tid, SpanId: sid(4), ParentSpanId: sid(1), Name: "qdrant search", Class: llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL,
			StartTimeUnixNano: t0 + 2e8, EndTimeUnixNano: t0 + 3e8, Resource: &llmobsv1.Resource{ServiceName: service}, GenAi: &llmobsv1.GenAI{TenantId: tenant}}
		out = append(out, &llmobsv1.EnrichedSpan{Span: root}, chatES, &llmobsv1.EnrichedSpan{Span: emb, Cost: &llmobsv1.Cost{Input: 0.00001, Total: 0.00001}},
			&llmobsv1.EnrichedSpan{Span: ret})
	}
	return out
}

// expect is the answer worked out the slow way, independently of either
// store: the IDs ("trace/span") of the model calls that pass keep, in the
// query's order.
func expect(spans []*llmobsv1.EnrichedSpan, keep func(*llmobsv1.EnrichedSpan) bool, sortBy string) []string {
	var l []*llmobsv1.EnrichedSpan
	for _, es := range spans {
		if c := es.Span.Class; (c == llmobsv1.SpanClass_SPAN_CLASS_LLM || c == llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING) && keep(es) {
			l = append(l, es)
		}
	}
	key := func(es *llmobsv1.EnrichedSpan) float64 {
		switch sortBy {
		case "cost":
			return es.GetCost().GetTotal()
		case "time":
			return float64(es.Span.EndTimeUnixNano)
		}
		return float64(es.Span.EndTimeUnixNano - es.Span.StartTimeUnixNano)
	}
	sort.Slice(l, func(i, j int) bool {
		if a, b := key(l[i]), key(l[j]); a != b {
			return a > b
		}
		a, b := hex.EncodeToString(l[i].Span.TraceId)+hex.EncodeToString(l[i].Span.SpanId), hex.EncodeToString(l[j].Span.TraceId)+hex.EncodeToString(l[j].Span.SpanId)
		return a < b
	})
	ids := []string{}
	for _, es := range l {
		ids = append(ids, hex.EncodeToString(es.Span.TraceId)+"/"+hex.EncodeToString(es.Span.SpanId))
	}
	return ids
}

func idsOf(cs []Call) []string {
	ids := []string{}
	for _, c := range cs {
		ids = append(ids, c.TraceID+"/"+c.SpanID)
	}
	return ids
}

func tenantIs(t string) func(*llmobsv1.EnrichedSpan) bool {
	return func(es *llmobsv1.EnrichedSpan) bool { return auth.TenantOf(es.Span.GenAi.TenantId) == t }
}

func endIn(from, to time.Time) func(*llmobsv1.EnrichedSpan) bool {
	return func(es *llmobsv1.EnrichedSpan) bool {
		return es.Span.EndTimeUnixNano >= uint64(from.UnixNano()) && es.Span.EndTimeUnixNano < uint64(to.UnixNano())
	}
}

// testCallStore is the one suite both stores pass: every filter, each
// sort, pages, tenancy, a trace's spans, the fields of one call.
func testCallStore(t *testing.T, st callStore, spans []*llmobsv1.EnrichedSpan) {
	ctx := context.Background()
	all := auth.Scope{All: true}
	trace5 := hex.EncodeToString(spans[5*4].Span.TraceId)
	from, to := callsBase.Add(3*time.Second), callsBase.Add(9*time.Second)
	for _, tc := range []struct {
		name string
		q    CallQuery
		keep func(*llmobsv1.EnrichedSpan) bool
	}{
		{"every call by latency", CallQuery{Scope: all}, func(*llmobsv1.EnrichedSpan) bool { return true }},
		{"chat by cost", CallQuery{Scope: all, Service: "chat", Sort: "cost"}, func(es *llmobsv1.EnrichedSpan) bool { return es.Span.Resource.ServiceName == "chat" }},
		{"a window by time", CallQuery{Scope: all, SinceNs: uint64(from.UnixNano()), UntilNs: uint64(to.UnixNano()), Sort: "time"}, endIn(from, to)},
		{"model and operation", CallQuery{Scope: all, Model: "gpt-4o", Operation: "chat", Provider: "openai"}, func(es *llmobsv1.EnrichedSpan) bool {
			return es.Span.GenAi.RequestModel == "gpt-4o" && es.Span.GenAi.Operation == "chat"
		}},
		{"errors", CallQuery{Scope: all, ErrorsOnly: true}, func(es *llmobsv1.EnrichedSpan) bool {
			return es.Span.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR
		}},
		{"flagged", CallQuery{Scope: all, Flag: "prompt_injection", Sort: "time"}, func(es *llmobsv1.EnrichedSpan) bool { return len(es.Span.Flags) > 0 }},
		{"slow", CallQuery{Scope: all, MinLatencyMs: 1400}, func(es *llmobsv1.EnrichedSpan) bool {
			return es.Span.EndTimeUnixNano-es.Span.StartTimeUnixNano >= 1400e6
		}},
		{"one trace", CallQuery{Scope: all, TraceID: trace5}, func(es *llmobsv1.EnrichedSpan) bool { return hex.EncodeToString(es.Span.TraceId) == trace5 }},
		{"tenant filter", CallQuery{Scope: all, Tenant: "acme"}, tenantIs("acme")},
		{"acme's token sees acme's calls only", CallQuery{Scope: auth.Scope{Tenant: "acme"}}, tenantIs("acme")},
		{"the default tenant's token", CallQuery{Scope: auth.Scope{Tenant: "default"}, Sort: "cost"}, tenantIs("default")},
		{"another tenant's filter shows nothing", CallQuery{Scope: auth.Scope{Tenant: "acme"}, Tenant: "beta"}, func(*llmobsv1.EnrichedSpan) bool { return false }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			if q.Sort == "" {
				q.Sort = "latency"
			}
			want := expect(spans, tc.keep, q.Sort)
			if len(want) == 0 && !strings.Contains(tc.name, "nothing") {
				t.Fatal("the test data has no such call")
			}
			// Pages of 7 add up to the whole answer.
			var got []string
			q.Limit = 7
			for page := 0; ; page++ {
				cs, more, err := st.calls(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, idsOf(cs)...)
				if want := min(7, len(want)-q.Offset); len(cs) != max(want, 0) {
					t.Fatalf("page %d: %d calls, want %d", page, len(cs), want)
				}
				if !more {
					break
				}
				q.Offset += len(cs)
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Fatalf("got %d calls\n %v\nwant %d\n %v", len(got), got, len(want), want)
			}
		})
	}
	// One call's fields, as computed from its span (trace 3's chat call:
	// streamed, a 9 KiB completion cut on a rune boundary).
	cs, _, err := st.calls(ctx, CallQuery{Scope: all, TraceID: hex.EncodeToString(spans[3*4].Span.TraceId), Model: "llama-3-70b", Sort: "latency", Limit: 10})
	if err != nil || len(cs) != 1 {
		t.Fatalf("trace 3's chat call: %v, %v", cs, err)
	}
	c := cs[0]
	lat := float64(200+3*400) * 1.0
	if c.LatencyMs != lat || c.TTFTMs == nil || *c.TTFTMs != lat/4 || c.TPOTMs == nil || math.Abs(*c.TPOTMs-lat*3/4/float64(11+3-1)) > 1e-9 {
		t.Errorf("latency %v ttft %v tpot %v, want %v, %v, %v", c.LatencyMs, c.TTFTMs, c.TPOTMs, lat, lat/4, lat*3/4/13)
	}
	if c.Class != "llm" || c.Status != "ok" || c.Tenant != "acme" || c.Service != "search" || c.Tokens != (Tokens{Input: 103, Output: 14, CacheRead: 3, Reasoning: 0}) ||
		c.GPU.Method != "interval" || c.GPU.Seconds != lat/1000 || c.GPU.Host != "gpu-1" || c.Cost.GPU != 0.0015 || c.ParentSpanID == "" || c.Weight != 1 {
		t.Errorf("call fields: %+v", c)
	}
	if !c.BodiesTruncated || len(c.Completion) > maxBodyBytes || !strings.HasPrefix(c.Completion, "éé") || strings.ContainsRune(c.Completion, '\uFFFD') ||
		c.Prompt != "be brief\nquestion 3 from <EMAIL>" {
		t.Errorf("bodies: truncated %v, completion %d bytes, prompt %q", c.BodiesTruncated, len(c.Completion), c.Prompt)
	}
	// A trace's spans, by start: the root, the embedding, the retrieval,
	// the chat call; another tenant sees none of them.
	tr, truncated, err := st.trace(ctx, trace5, all)
	if err != nil || truncated || len(tr) != 4 {
		t.Fatalf("trace: %d spans (%v, truncated %v)", len(tr), err, truncated)
	}
	if got := []string{tr[0].Class, tr[1].Class, tr[2].Class, tr[3].Class}; strings.Join(got, ",") != "http,embedding,retrieval,llm" {
		t.Errorf("trace spans by start: %v", got)
	}
	if tr[3].ParentSpanID != tr[0].SpanID || tr[0].ParentSpanID != "" || tr[0].LatencyMs != 5000 {
		t.Errorf("trace parents: %q under %q, root %+v", tr[3].ParentSpanID, tr[0].SpanID, tr[0])
	}
	if tr, _, err := st.trace(ctx, trace5, auth.Scope{Tenant: "acme"}); err != nil || len(tr) != 0 { // trace 5 is beta's
		t.Errorf("another tenant sees %d spans of the trace (%v)", len(tr), err)
	}
}

func TestCallsMemory(t *testing.T) {
	spans := callTraces(40)
	m := newMemCalls(DefaultCallsConfig())
	if n := m.put(spans); n != len(spans) {
		t.Fatalf("stored %d of %d", n, len(spans))
	}
	if n := m.put(spans); n != 0 { // a replay
		t.Fatalf("a replay stored %d spans again", n)
	}
	testCallStore(t, m, spans)
}

// TestCallsMemoryBounded: the store keeps the newest spans within both
// bounds, counts what it drops, and its indexes forget what it dropped.
func TestCallsMemoryBounded(t *testing.T) {
	spans := callTraces(300)
	m := newMemCalls(CallsConfig{MaxSpans: 200, MaxBytes: 1 << 30})
	dropped := 0
	m.evicted = func(n int) { dropped += n }
	m.put(spans)
	if n, _ := m.stats(); n != 200 || dropped != len(spans)-200 || len(m.byID) != 200 {
		t.Fatalf("held %d (index %d), dropped %d", n, len(m.byID), dropped)
	}
	if tr, _, _ := m.trace(context.Background(), hex.EncodeToString(spans[0].Span.TraceId), auth.Scope{All: true}); len(tr) != 0 {
		t.Errorf("the oldest trace still answers: %d spans", len(tr))
	}
	m = newMemCalls(CallsConfig{MaxSpans: 1 << 20, MaxBytes: 256 << 10})
	m.put(spans)
	if n, b := m.stats(); b > 256<<10 || n == len(spans) || b < 200<<10 {
		t.Fatalf("%d spans, %d bytes held against a 256 KiB bound", n, b)
	}
}

// TestCallsAPI: the HTTP side — parameters it cannot read are refused with
// a 400 naming them (and counted), bodies are blanked for a token without
// the search role, a trace nobody holds is a 404, and without a connected
// store the answer is 503.
func TestCallsAPI(t *testing.T) {
	reg := prometheus.NewRegistry()
	m, err := newMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	spans := callTraces(12)
	mem := newMemCalls(DefaultCallsConfig())
	mem.put(spans)
	api := &callsAPI{now: func() time.Time { return callsBase.Add(time.Minute) }, bad: func(a string) { m.apiBad.WithLabelValues(a).Inc() }, fail: func(string, error) {}}
	get := func(path string, p *auth.Principal) (int, map[string]any) {
		req := httptest.NewRequest("GET", path, nil)
		if p != nil {
			req = req.WithContext(auth.WithPrincipal(req.Context(), *p))
		}
		mux := http.NewServeMux()
		mux.HandleFunc("GET /api/calls", api.ServeCalls)
		mux.HandleFunc("GET /api/traces/{trace_id}", api.ServeTrace)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		var body map[string]any
		_ = json.Unmarshal(rec.Body.Bytes(), &body)
		return rec.Code, body
	}
	if code, _ := get("/api/calls", nil); code != http.StatusServiceUnavailable {
		t.Fatalf("no store: %d", code)
	}
	var st callStore = mem
	api.st.Store(&st)
	for _, bad := range []string{"sort=fast", "status=ok", "min_latency_ms=-1", "min_latency_ms=NaN", "limit=0", "limit=5000", "offset=x", "since=yesterday", "until=2026-13-01", "trace_id=xyz", "colour=red"} {
		code, body := get("/api/calls?"+bad, nil)
		name, _, _ := strings.Cut(bad, "=")
		if msg, _ := body["error"].(string); code != http.StatusBadRequest || !strings.HasPrefix(msg, name) {
			t.Errorf("%s: %d %q", bad, code, msg)
		}
	}
	if n := testutil.ToFloat64(m.apiBad.WithLabelValues("calls")); n != 11 {
		t.Errorf("bad requests counted %v, want 11", n)
	}
	code, body := get("/api/calls?sort=latency&limit=3&since=10m", nil)
	calls, _ := body["calls"].([]any)
	if code != 200 || len(calls) != 3 || body["next_offset"] != 3.0 || body["source"] != "memory" {
		t.Fatalf("%d %v", code, body)
	}
	if c := calls[0].(map[string]any); c["prompt"] == "" || c["trace_id"] == "" || len(c["trace_id"].(string)) != 32 || len(c["span_id"].(string)) != 16 {
		t.Errorf("first call %v", c)
	}
	reader := &auth.Principal{Tenant: "acme", Roles: []auth.Role{auth.RoleRead}}
	_, body = get("/api/calls?limit=50", reader)
	for _, x := range body["calls"].([]any) {
		c := x.(map[string]any)
		if c["prompt"] != "" || c["completion"] != "" || (c["class"] == "llm") != (c["bodies_hidden"] == true) || c["tenant"] != "acme" {
			t.Errorf("read-only token of acme got %v", c)
		}
	}
	searcher := &auth.Principal{Tenant: "acme", Roles: []auth.Role{auth.RoleRead, auth.RoleSearch}}
	if _, body = get("/api/calls?limit=1", searcher); body["calls"].([]any)[0].(map[string]any)["prompt"] == "" {
		t.Error("a token with the search role gets no prompt")
	}
	tid := hex.EncodeToString(spans[0].Span.TraceId)
	if code, body = get("/api/traces/"+strings.ToUpper(tid), nil); code != 200 || len(body["spans"].([]any)) != 4 {
		t.Errorf("trace: %d %v", code, body)
	}
	if code, _ = get("/api/traces/"+strings.Repeat("0", 32), nil); code != http.StatusNotFound {
		t.Errorf("unknown trace: %d", code)
	}
	if code, _ = get("/api/traces/"+tid, &auth.Principal{Tenant: "beta", Roles: []auth.Role{auth.RoleRead}}); code != http.StatusNotFound { // trace 0 is acme's
		t.Errorf("another tenant's trace: %d", code)
	}
	if code, _ = get("/api/traces/nothex", nil); code != http.StatusBadRequest {
		t.Errorf("bad trace id: %d", code)
	}
}

// TestCallsClickHouse runs the same suite against llm_spans in a real
// ClickHouse (Debian's 18.16 in CI), with every span inserted twice (as a
// replayed stage writes it), and checks that both stores answer with the
// same JSON, field for field.
func TestCallsClickHouse(t *testing.T) {
	ch := startClickHouse(t)
	ctx := context.Background()
	sk, err := openSink(ctx, ch.dsn())
	if err != nil {
		t.Fatal(err)
	}
	defer sk.conn.Close()
	spans := callTraces(40)
	for range 2 {
		if err := sk.insertSpans(ctx, spans); err != nil {
			t.Fatal(err)
		}
	}
	st := &chCalls{conn: sk.conn}
	testCallStore(t, st, spans)

	mem := newMemCalls(DefaultCallsConfig())
	mem.put(spans)
	q := CallQuery{Scope: auth.Scope{All: true}, Sort: "time", Limit: 1000}
	a, _, err := mem.calls(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := st.calls(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 80 || len(b) != 80 {
		t.Fatalf("memory holds %d calls, ClickHouse %d; want 80", len(a), len(b))
	}
	for i := range a {
		ja, _ := json.Marshal(a[i])
		jb, _ := json.Marshal(b[i])
		if string(ja) != string(jb) {
			t.Fatalf("call %d: memory and ClickHouse differ:\n%s\n%s", i, ja, jb)
		}
	}
	trace := hex.EncodeToString(spans[7*4].Span.TraceId)
	ta, _, _ := mem.trace(ctx, trace, auth.Scope{All: true})
	tb, _, _ := st.trace(ctx, trace, auth.Scope{All: true})
	ja, _ := json.Marshal(ta)
	jb, _ := json.Marshal(tb)
	if string(ja) != string(jb) || len(ta) != 4 {
		t.Fatalf("trace differs:\n%s\n%s", ja, jb)
	}
}

// BenchmarkCallsPut: storing spans in the in-process call store, as stage
// 1 does for every span it reads (convert, index, evict the oldest once
// full), and one query over a full store.
func BenchmarkCallsPut(b *testing.B) {
	spans := callTraces(25_000) // 100k spans: distinct IDs
	m := newMemCalls(CallsConfig{MaxSpans: 20_000, MaxBytes: 64 << 20})
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		j := i % len(spans)
		if j == 0 && i > 0 {
			m = newMemCalls(CallsConfig{MaxSpans: 20_000, MaxBytes: 64 << 20})
		}
		m.put(spans[j : j+1])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spans/s")
}

func BenchmarkCallsQuery(b *testing.B) {
	m := newMemCalls(CallsConfig{MaxSpans: 100_000, MaxBytes: 1 << 30})
	m.put(callTraces(25_000))
	q := CallQuery{Scope: auth.Scope{All: true}, Service: "chat", Sort: "latency", Limit: 25}
	b.ReportAllocs()
	for b.Loop() {
		if cs, _, _ := m.calls(context.Background(), q); len(cs) != 25 {
			b.Fatal(len(cs))
		}
	}
}

// FuzzParseCallQuery: any query string is either refused with an error
// naming a parameter, or parsed into bounds the stores can run.
func FuzzParseCallQuery(f *testing.F) {
	for _, s := range []string{"", "sort=cost&limit=5&offset=10", "since=15m&until=2026-01-01T00:00:00Z", "min_latency_ms=1e400", "min_latency_ms=NaN", "trace_id=ZZ", "status=error&flag=x'y", "limit=-1", "since=99999999999999999999"} {
		f.Add(s)
	}
	m := newMemCalls(DefaultCallsConfig())
	m.put(callTraces(5))
	f.Fuzz(func(t *testing.T, raw string) {
		r := httptest.NewRequest("GET", "/api/calls", nil)
		r.URL.RawQuery = raw
		q, err := ParseCallQuery(r, callsBase)
		if err != nil {
			if name, _, ok := strings.Cut(err.Error(), ": "); !ok || name == "" {
				t.Fatalf("error names no parameter: %v", err)
			}
			return
		}
		if q.Limit < 1 || q.Limit > 1000 || q.Offset < 0 || q.Offset > 100_000 || !(q.MinLatencyMs >= 0) || (q.TraceID != "" && len(q.TraceID) != 32) {
			t.Fatalf("accepted out of bounds: %+v", q)
		}
		if _, _, err := m.calls(context.Background(), q); err != nil {
			t.Fatal(err)
		}
		_ = q.where() // the SQL is built from the same query
	})
}

// TestCallsSizeEstimate: what the store counts against calls.max_bytes is
// what it holds on the heap, within 15 %, for spans with short bodies and
// with long, multi-message ones (built from several strings, which a
// strings.Builder left with up to half its capacity unused), and for the
// other spans of traces alone (HTTP, retrieval), kept without a Call.
func TestCallsSizeEstimate(t *testing.T) {
	for _, kind := range []string{"short bodies", "long bodies", "other spans"} {
		long := kind == "long bodies"
		spans := callTraces(6000)
		if kind == "other spans" {
			spans = slices.DeleteFunc(spans, func(es *llmobsv1.EnrichedSpan) bool { _, model := sli.KeyOfSpan(es.Span); return model })
		}
		if long {
			for i, es := range spans {
				if g := es.Span.GenAi; g != nil && len(g.InputMessages) > 0 {
					g.InputMessages = append(g.InputMessages, &llmobsv1.Message{Role: "user", Content: strings.Repeat(fmt.Sprintf("and then %d ", i), 60)})
					g.OutputMessages[0].Content = strings.Repeat("a long answer ", 30+i%50)
				}
			}
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		m := newMemCalls(CallsConfig{MaxSpans: 1 << 20, MaxBytes: 1 << 30})
		m.put(spans)
		runtime.GC()
		runtime.ReadMemStats(&after)
		n, est := m.stats()
		real := int64(after.HeapAlloc) - int64(before.HeapAlloc)
		runtime.KeepAlive(m)
		runtime.KeepAlive(spans)
		t.Logf("%s: %d spans, estimated %d B/span, held %d B/span", kind, n, est/int64(n), real/int64(n))
		if r := float64(est) / float64(real); r < 0.85 || r > 1.3 {
			t.Errorf("%s: estimate %d bytes, heap %d (%.2f×)", kind, est, real, r)
		}
	}
}

// body is cut(texts(ms), maxBodyBytes), without building the whole text.
func TestBodyIsCutTexts(t *testing.T) {
	msg := func(ss ...string) []*llmobsv1.Message {
		var ms []*llmobsv1.Message
		for _, s := range ss {
			ms = append(ms, &llmobsv1.Message{Content: s})
		}
		return ms
	}
	long := strings.Repeat("x", maxBodyBytes)
	for _, ms := range [][]*llmobsv1.Message{
		nil, msg(""), msg("", ""), msg("a"), msg("a", "b", ""), msg(long), msg(long, ""), msg(long[1:], "é"),
		msg(long[2:], "é"), msg(long[:maxBodyBytes-1], "ü", "more"), msg(strings.Repeat("日本語", 5000)),
		msg("x", strings.Repeat("€", 3000)), msg(long, long, long),
	} {
		want, wantCut := cut(texts(ms), maxBodyBytes)
		got, gotCut := body(ms)
		if got != want || gotCut != wantCut {
			t.Errorf("%d messages: body %d bytes (cut %v), want %d (cut %v)", len(ms), len(got), gotCut, len(want), wantCut)
		}
	}
}

// BenchmarkCallsTrace: GET /api/traces/{id} on a full store (100k spans),
// which scans the ring.
func BenchmarkCallsTrace(b *testing.B) {
	spans := callTraces(25_000)
	m := newMemCalls(CallsConfig{MaxSpans: 100_000, MaxBytes: 1 << 30})
	m.put(spans)
	id := hex.EncodeToString(spans[len(spans)/2].Span.TraceId)
	b.ReportAllocs()
	for b.Loop() {
		if tr, _, _ := m.trace(context.Background(), id, auth.Scope{All: true}); len(tr) == 0 {
			b.Fatal("no spans")
		}
	}
}
