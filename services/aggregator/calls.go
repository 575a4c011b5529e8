package aggregator

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// CallsConfig is aggregator.calls: the in-process store of recent calls
// that GET /api/calls and GET /api/traces/{id} read when no ClickHouse is
// configured (with ClickHouse they read llm_spans, and this store is not
// kept). Both bounds hold: the oldest spans stored go first.
type CallsConfig struct {
	// MaxSpans bounds the spans held (model calls and the other spans of
	// their traces, for the waterfall).
	MaxSpans int `yaml:"max_spans"`
	// MaxBytes bounds their estimated memory.
	MaxBytes int64 `yaml:"max_bytes"`
}

// DefaultCallsConfig: 100,000 spans, 16 MiB (~30k-45k spans of the load
// generator's traffic: a model call takes ~650 bytes with short bodies,
// another span of its trace ~230; 64 MiB until 2026-12, then 32 MiB,
// until the spans without a model call stopped holding a whole Call: that
// halved the load generator's spans, whose bodies are short, but not a
// call with prompts of kilobytes, so 16 MiB holds about half as many of
// those as 32 MiB did).
func DefaultCallsConfig() CallsConfig { return CallsConfig{MaxSpans: 100_000, MaxBytes: 16 << 20} }

func (c CallsConfig) validate() []error {
	var errs []error
	if c.MaxSpans < 1 {
		errs = append(errs, config.Errorf("calls.max_spans", "must be ≥ 1"))
	}
	if c.MaxBytes < 1<<20 {
		errs = append(errs, config.Errorf("calls.max_bytes", "%d: must be at least 1 MiB (1048576)", c.MaxBytes))
	}
	return errs
}

// Bodies (prompt, completion) are cut to maxBodyBytes in every answer, from
// either store, so both answer the same.
const maxBodyBytes = 8 << 10

// maxTraceSpans bounds GET /api/traces/{id}.
const maxTraceSpans = 2000

// Call is one span as GET /api/calls and GET /api/traces/{id} write it:
// IDs in lower-case hex as OTLP/JSON writes them, times in RFC 3339 with
// nanoseconds, bodies as the enricher redacted them.
type Call struct {
	TraceID       string    `json:"trace_id"`
	SpanID        string    `json:"span_id"`
	ParentSpanID  string    `json:"parent_span_id,omitempty"`
	Name          string    `json:"name"`
	Class         string    `json:"class"` // llm, embedding, retrieval, tool, agent, http, db, other
	Service       string    `json:"service"`
	Model         string    `json:"model,omitempty"`
	Operation     string    `json:"operation,omitempty"`
	Provider      string    `json:"provider,omitempty"`
	Tenant        string    `json:"tenant"`
	StartTime     time.Time `json:"start_time"`
	EndTime       time.Time `json:"end_time"`
	LatencyMs     float64   `json:"latency_ms"`
	TTFTMs        *float64  `json:"ttft_ms,omitempty"` // time to first token, streamed calls
	TPOTMs        *float64  `json:"tpot_ms,omitempty"` // time per output token after the first
	Status        string    `json:"status"`            // ok, error
	StatusMessage string    `json:"status_message,omitempty"`
	ErrorType     string    `json:"error_type,omitempty"`
	Weight        float64   `json:"weight"`
	Tokens        Tokens    `json:"tokens"`
	Cost          CallCost  `json:"cost"`
	GPU           CallGPU   `json:"gpu"`
	Flags         []string  `json:"flags"`
	// Prompt and Completion: message contents, one per line, redacted by
	// the enricher, cut to 8 KiB (BodiesTruncated). Empty for a caller
	// without the search role (BodiesHidden), as /api/search is.
	Prompt          string `json:"prompt"`
	Completion      string `json:"completion"`
	BodiesTruncated bool   `json:"bodies_truncated,omitempty"`
	BodiesHidden    bool   `json:"bodies_hidden,omitempty"`
}

// Tokens of a call.
type Tokens struct {
	Input      int64 `json:"input"`
	Output     int64 `json:"output"`
	CacheRead  int64 `json:"cache_read"`
	CacheWrite int64 `json:"cache_write"`
	Reasoning  int64 `json:"reasoning"`
}

// CallCost is the call's price in USD by component.
type CallCost struct {
	Input        float64 `json:"input"`
	Output       float64 `json:"output"`
	CacheRead    float64 `json:"cache_read"`
	CacheWrite   float64 `json:"cache_write"`
	Reasoning    float64 `json:"reasoning"`
	GPU          float64 `json:"gpu"`
	Total        float64 `json:"total"`
	PriceModel   string  `json:"price_model,omitempty"`
	UnknownModel bool    `json:"unknown_model,omitempty"`
}

// CallGPU is how the call was joined with GPU samples and what it used.
type CallGPU struct {
	Method          string  `json:"method"` // trace, interval, none
	Seconds         float64 `json:"gpu_seconds"`
	Samples         uint32  `json:"samples"`
	Host            string  `json:"host,omitempty"`
	UUID            string  `json:"gpu_uuid,omitempty"`
	Model           string  `json:"gpu_model,omitempty"`
	UtilMeanPercent float64 `json:"util_mean_percent"`
	EnergyJoules    float64 `json:"energy_joules"`
}

func className(c llmobsv1.SpanClass) string {
	if c >= 0 && int(c) < len(classNames) {
		return classNames[c]
	}
	return strings.ToLower(strings.TrimPrefix(c.String(), "SPAN_CLASS_"))
}

func joinMethod(m llmobsv1.JoinMethod) string {
	if m >= 0 && int(m) < len(joinMethods) {
		return joinMethods[m]
	}
	return strings.ToLower(strings.TrimPrefix(m.String(), "JOIN_METHOD_"))
}

// The names of the enums' values, made once (not per call stored).
var (
	classNames  = enumNames(len(llmobsv1.SpanClass_name), func(i int) string { return llmobsv1.SpanClass(i).String() }, "SPAN_CLASS_", "")
	joinMethods = enumNames(len(llmobsv1.JoinMethod_name), func(i int) string { return llmobsv1.JoinMethod(i).String() }, "JOIN_METHOD_", "none")
)

func enumNames(n int, name func(int) string, prefix, zero string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strings.ToLower(strings.TrimPrefix(name(i), prefix))
	}
	if zero != "" && n > 0 {
		out[0] = zero
	}
	return out
}

// statusName: "error", else "ok" (an unset status is no error, as the
// SLIs count it).
func statusName(c llmobsv1.StatusCode) string {
	if c == llmobsv1.StatusCode_STATUS_CODE_ERROR {
		return "error"
	}
	return "ok"
}

// cut returns s cut to at most n bytes on a rune boundary.
func cut(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n], true
}

// timings fills TTFT and TPOT as the SLIs compute them (sli.Acc.Add).
func (c *Call) timings(durNs float64, ttftNs float64, out int64) {
	if ttftNs <= 0 || ttftNs > durNs {
		return
	}
	ttft := ttftNs / 1e6
	c.TTFTMs = &ttft
	if gen := durNs - ttftNs; out > 1 && gen > 0 {
		tpot := gen / 1e6 / float64(out-1)
		c.TPOTMs = &tpot
	}
}

func (c *Call) setBodies(prompt, completion string) {
	var t1, t2 bool
	c.Prompt, t1 = cut(prompt, maxBodyBytes)
	c.Completion, t2 = cut(completion, maxBodyBytes)
	c.BodiesTruncated = t1 || t2
}

// callOf converts an enriched span, less its hex IDs (heldCall.call
// adds them).
func callOf(es *llmobsv1.EnrichedSpan) Call {
	s := es.GetSpan()
	g := s.GetGenAi()
	start, end := s.GetStartTimeUnixNano(), s.GetEndTimeUnixNano()
	c := Call{
		Name: s.GetName(), Class: className(s.GetClass()), Service: s.GetResource().GetServiceName(),
		Operation: g.GetOperation(), Provider: g.GetProvider(), Tenant: auth.TenantOf(g.GetTenantId()),
		StartTime: time.Unix(0, int64(start)).UTC(), EndTime: time.Unix(0, int64(end)).UTC(),
		Status: statusName(s.GetStatusCode()), StatusMessage: s.GetStatusMessage(), ErrorType: s.GetErrorType(), Weight: s.GetWeight(),
		Tokens: Tokens{Input: g.GetInputTokens(), Output: g.GetOutputTokens(), CacheRead: g.GetCacheReadInputTokens(),
			CacheWrite: g.GetCacheCreationInputTokens(), Reasoning: g.GetReasoningOutputTokens()},
		// Shared with the span (as the exemplars do): nothing changes a
		// decoded span's flags.
		Flags: s.GetFlags(),
	}
	if len(c.Flags) == 0 {
		c.Flags = noFlags
	}
	c.Model = sli.ModelOf(s) // as llm_spans.model holds it
	if c.Weight <= 0 {
		c.Weight = 1
	}
	c.LatencyMs = latencyMs(start, end)
	c.timings(float64(end-start), float64(g.GetTtftNanos()), g.GetOutputTokens())
	if k := es.GetCost(); k != nil {
		c.Cost = CallCost{Input: k.Input, Output: k.Output, CacheRead: k.CacheRead, CacheWrite: k.CacheWrite, Reasoning: k.Reasoning,
			GPU: k.Gpu, Total: k.Total, PriceModel: k.PriceModel, UnknownModel: k.UnknownModel}
	}
	gpu := es.GetGpu()
	c.GPU = CallGPU{Method: joinMethod(gpu.GetMethod()), Seconds: gpu.GetGpuSeconds(), Samples: gpu.GetSamples(), Host: gpu.GetHostName(),
		UUID: gpu.GetGpuUuid(), Model: gpu.GetGpuModel(), UtilMeanPercent: gpu.GetUtilMeanPercent(), EnergyJoules: gpu.GetEnergyJoules()}
	var t1, t2 bool
	c.Prompt, t1 = body(g.GetInputMessages())
	c.Completion, t2 = body(g.GetOutputMessages())
	c.BodiesTruncated = t1 || t2
	return c
}

// noFlags is Call.Flags of a call without any ([] in JSON, not null).
var noFlags = []string{}

// body is cut(texts(ms), maxBodyBytes) built in one exact allocation: the
// joined text is never built whole (it may be megabytes), and the string
// kept holds no spare capacity (strings.Builder's doubling left up to half
// of a held body unused, beyond what the store's size estimate counted).
func body(ms []*llmobsv1.Message) (string, bool) {
	total := 0
	for i, m := range ms {
		if i > 0 {
			total++
		}
		total += len(m.GetContent())
	}
	if total == 0 {
		return "", false
	}
	// cut looks at most one byte past the cut: build that much.
	n := min(total, maxBodyBytes+1)
	b := make([]byte, 0, n)
	for i, m := range ms {
		if i > 0 {
			b = append(b, '\n')
		}
		c := m.GetContent()
		b = append(b, c[:min(len(c), n-len(b))]...)
		if len(b) == n {
			break
		}
	}
	s, cutOff := cut(unsafe.String(unsafe.SliceData(b), len(b)), maxBodyBytes)
	return s, cutOff
}

// CallQuery is a parsed GET /api/calls.
type CallQuery struct {
	Scope                               auth.Scope
	Service, Model, Operation, Provider string
	Tenant                              string // "": every tenant the scope sees
	// SinceNs, UntilNs bound the call's end (its event time, as windows
	// are): [since, until); 0 leaves a side open.
	SinceNs, UntilNs uint64
	MinLatencyMs     float64
	ErrorsOnly       bool
	Flag             string
	TraceID          string // lower-case hex
	Sort             string // latency (default), cost, time
	Limit, Offset    int
}

// CallPage is the body of GET /api/calls.
type CallPage struct {
	Calls []Call `json:"calls"`
	// NextOffset is the offset of the next page, when there is one.
	NextOffset *int `json:"next_offset,omitempty"`
	// Source: "memory" (the in-process store of recent calls) or
	// "clickhouse".
	Source string `json:"source"`
}

// TraceJSON is the body of GET /api/traces/{trace_id}.
type TraceJSON struct {
	TraceID string `json:"trace_id"`
	Source  string `json:"source"`
	// Spans the caller sees, by start time.
	Spans     []Call `json:"spans"`
	Truncated bool   `json:"truncated,omitempty"`
}

// callStore answers the call APIs.
type callStore interface {
	calls(ctx context.Context, q CallQuery) (calls []Call, more bool, err error)
	trace(ctx context.Context, traceID string, sc auth.Scope) (spans []Call, truncated bool, err error)
	name() string
}

// ---------------------------------------------------------------- memory

// heldCall is one stored span. Every span keeps the fields here; the
// rest of its Call (model, tokens, cost, GPU, flags, bodies, ...) is kept
// in more only when any of it is set. Most spans of a trace (HTTP,
// retrieval, tool, agent: 64 % of the load generator's) have none of it,
// and a whole Call took ~560 bytes of each. Queries build the Call
// (call()), hex IDs included: the store holds tens of thousands of spans
// and is read a page at a time.
type heldCall struct {
	// key is the trace ID then the span ID (byID's key; its first ntid
	// bytes are the trace ID); pid the parent span ID.
	key                          string
	pid                          []byte
	startNs, endNs               uint64
	name, class, service, tenant string
	weight                       float64
	more                         *callMore
	size                         int64
	ntid                         int
	errored                      bool
	model                        bool // feeds an SLI series (LLM or embedding call)
}

// callMore is what a model call (or an unusual other span) adds to a
// heldCall: the rest of its Call, and its TTFT and TPOT (set when has*).
type callMore struct {
	model, operation, provider, statusMessage, errorType string
	tokens                                               Tokens
	cost                                                 CallCost
	gpu                                                  CallGPU
	flags                                                []string
	prompt, completion                                   string
	ttft, tpot                                           float64
	hasTTFT, hasTPOT, truncated                          bool
}

// held splits c (callOf's, without IDs) into what every span keeps and
// what only some do.
func held(c Call) heldCall {
	h := heldCall{name: c.Name, class: c.Class, service: c.Service, tenant: c.Tenant, weight: c.Weight, errored: c.Status == "error"}
	x := callMore{model: c.Model, operation: c.Operation, provider: c.Provider, statusMessage: c.StatusMessage, errorType: c.ErrorType,
		tokens: c.Tokens, cost: c.Cost, gpu: c.GPU, flags: c.Flags, prompt: c.Prompt, completion: c.Completion, truncated: c.BodiesTruncated}
	if c.TTFTMs != nil {
		x.ttft, x.hasTTFT = *c.TTFTMs, true
	}
	if c.TPOTMs != nil {
		x.tpot, x.hasTPOT = *c.TPOTMs, true
	}
	if x.hasTTFT || x.hasTPOT || len(x.flags) > 0 || x.model != "" || x.operation != "" || x.provider != "" || x.statusMessage != "" ||
		x.errorType != "" || x.tokens != (Tokens{}) || x.cost != (CallCost{}) || x.gpu != (CallGPU{Method: joinMethods[0]}) ||
		x.prompt != "" || x.completion != "" || x.truncated {
		m := x // only now on the heap: most spans have nothing more
		h.more = &m
	}
	return h
}

func (h *heldCall) tid() string { return h.key[:h.ntid] }
func (h *heldCall) sid() string { return h.key[h.ntid:] }

// latencyMs is the span's duration as callOf (and ClickHouse's
// duration_ms column) computes it: the same float.
func latencyMs(startNs, endNs uint64) float64 {
	if endNs < startNs {
		return 0
	}
	return float64(endNs-startNs) / 1e6
}

func (h *heldCall) latencyMs() float64 { return latencyMs(h.startNs, h.endNs) }

// costTotal is kept in more, zero without it.
func (h *heldCall) costTotal() float64 {
	if h.more == nil {
		return 0
	}
	return h.more.cost.Total
}

// call is the held call as the APIs return it.
func (h *heldCall) call() Call {
	c := Call{GPU: CallGPU{Method: joinMethods[0]}, Flags: noFlags}
	if x := h.more; x != nil {
		c.Model, c.Operation, c.Provider, c.StatusMessage, c.ErrorType = x.model, x.operation, x.provider, x.statusMessage, x.errorType
		c.Tokens, c.Cost, c.GPU, c.Flags, c.Prompt, c.Completion, c.BodiesTruncated = x.tokens, x.cost, x.gpu, x.flags, x.prompt, x.completion, x.truncated
		if x.hasTTFT {
			v := x.ttft
			c.TTFTMs = &v
		}
		if x.hasTPOT {
			v := x.tpot
			c.TPOTMs = &v
		}
	}
	c.TraceID, c.SpanID, c.ParentSpanID = hexOf(h.tid()), hexOf(h.sid()), hex.EncodeToString(h.pid)
	c.Name, c.Class, c.Service, c.Tenant, c.Weight = h.name, h.class, h.service, h.tenant, h.weight
	c.StartTime, c.EndTime = time.Unix(0, int64(h.startNs)).UTC(), time.Unix(0, int64(h.endNs)).UTC()
	c.LatencyMs, c.Status = h.latencyMs(), "ok"
	if h.errored {
		c.Status = "error"
	}
	return c
}

func hexOf(s string) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 2*len(s))
	for i := range len(s) {
		b[2*i], b[2*i+1] = digits[s[i]>>4], digits[s[i]&0x0f]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// memCalls is the bounded in-process store: spans in arrival order (a
// ring) and an index by trace+span ID (a replayed span replaces nothing
// and is not stored twice). A trace's spans are found by scanning the
// ring (0.6-1 ms with 100,000 spans held, per /api/traces call or
// trace_id query, BenchmarkCallsTrace): an index by trace cost every
// stored span two map operations and a slice, ~8 % of stage 1's CPU.
type memCalls struct {
	cfg     CallsConfig
	mu      sync.RWMutex
	ring    []*heldCall // circular, oldest at head
	head, n int
	bytes   int64
	byID    map[string]*heldCall
	evicted func(n int)
}

func newMemCalls(cfg CallsConfig) *memCalls {
	return &memCalls{cfg: cfg, ring: make([]*heldCall, min(cfg.MaxSpans, 1024)), byID: map[string]*heldCall{}, evicted: func(int) {}}
}

// ofTrace calls f with each held span of trace tid (raw bytes), oldest
// first. Under m.mu.
func (m *memCalls) ofTrace(tid string, f func(h *heldCall)) {
	for i := range m.n {
		if h := m.ring[(m.head+i)%len(m.ring)]; h.ntid == len(tid) && h.tid() == tid {
			f(h)
		}
	}
}

func (m *memCalls) name() string { return "memory" }

// sizeOf estimates a held span's memory, with its IDs (idBytes raw
// bytes): 200 bytes of structure (the entry, its place in the ring and
// in the index by ID) and 400 more for a span with more than that, plus
// the strings (stage 1 interns those of few values, so names, services
// and tenants take less than counted). TestCallsSizeEstimate holds it to
// the heap.
func sizeOf(h *heldCall, idBytes int) int64 {
	n := 200 + idBytes + len(h.name) + len(h.service) + len(h.tenant)
	if x := h.more; x != nil {
		n += 400 + len(x.model) + len(x.operation) + len(x.provider) + len(x.statusMessage) + len(x.errorType) + len(x.cost.PriceModel) +
			len(x.gpu.Host) + len(x.gpu.UUID) + len(x.gpu.Model) + len(x.prompt) + len(x.completion)
		for _, f := range x.flags {
			n += 16 + len(f)
		}
	}
	return int64(n)
}

// put stores the spans of one batch; it returns how many were new.
func (m *memCalls) put(spans []*llmobsv1.EnrichedSpan) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	added, evicted := 0, 0
	for _, es := range spans {
		s := es.GetSpan()
		if s == nil || len(s.GetTraceId()) == 0 {
			continue
		}
		id := string(s.TraceId) + string(s.SpanId)
		if m.byID[id] != nil {
			continue // a replay after a restart or rebalance
		}
		hc := held(callOf(es))
		h := &hc
		h.key, h.ntid, h.startNs, h.endNs = id, len(s.TraceId), s.StartTimeUnixNano, s.EndTimeUnixNano
		if len(s.ParentSpanId) > 0 {
			h.pid = s.ParentSpanId
		}
		_, h.model = sli.KeyOfSpan(s)
		h.size = sizeOf(h, len(s.TraceId)+len(s.SpanId)+len(s.ParentSpanId))
		for m.n > 0 && (m.n >= m.cfg.MaxSpans || m.bytes+h.size > m.cfg.MaxBytes) {
			m.evictOldest()
			evicted++
		}
		if m.n == len(m.ring) {
			m.grow()
		}
		m.ring[(m.head+m.n)%len(m.ring)] = h
		m.n++
		m.bytes += h.size
		m.byID[id] = h
		added++
	}
	if evicted > 0 {
		m.evicted(evicted)
	}
	return added
}

func (m *memCalls) grow() {
	nr := make([]*heldCall, min(max(2*len(m.ring), 16), m.cfg.MaxSpans))
	for i := range m.n {
		nr[i] = m.ring[(m.head+i)%len(m.ring)]
	}
	m.ring, m.head = nr, 0
}

func (m *memCalls) evictOldest() {
	h := m.ring[m.head]
	m.ring[m.head] = nil
	m.head = (m.head + 1) % len(m.ring)
	m.n--
	m.bytes -= h.size
	delete(m.byID, h.key)
}

// stats: spans and estimated bytes held.
func (m *memCalls) stats() (int, int64) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.n, m.bytes
}

func (q *CallQuery) match(h *heldCall) bool {
	if !h.model || !q.Scope.Sees(h.tenant) || (q.Tenant != "" && auth.TenantOf(q.Tenant) != h.tenant) ||
		(q.Service != "" && q.Service != h.service) || (q.SinceNs != 0 && h.endNs < q.SinceNs) || (q.UntilNs != 0 && h.endNs >= q.UntilNs) ||
		h.latencyMs() < q.MinLatencyMs || (q.ErrorsOnly && !h.errored) || (q.TraceID != "" && q.TraceID != hexOf(h.tid())) {
		return false
	}
	if h.more == nil {
		return q.Model == "" && q.Operation == "" && q.Provider == "" && q.Flag == ""
	}
	x := h.more
	return (q.Model == "" || q.Model == x.model) && (q.Operation == "" || q.Operation == x.operation) &&
		(q.Provider == "" || q.Provider == x.provider) && (q.Flag == "" || containsStr(x.flags, q.Flag))
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// less orders calls as the query sorts them, ties by trace then span ID
// (as the ClickHouse query does, on the hex strings: the same order).
func (q *CallQuery) less(a, b *heldCall) bool {
	switch q.Sort {
	case "cost":
		if ac, bc := a.costTotal(), b.costTotal(); ac != bc {
			return ac > bc
		}
	case "time":
		if a.endNs != b.endNs {
			return a.endNs > b.endNs
		}
	default:
		if al, bl := a.latencyMs(), b.latencyMs(); al != bl {
			return al > bl
		}
	}
	if c := strings.Compare(a.tid(), b.tid()); c != 0 {
		return c < 0
	}
	return a.sid() < b.sid()
}

func (m *memCalls) calls(_ context.Context, q CallQuery) ([]Call, bool, error) {
	m.mu.RLock()
	var hits []*heldCall
	if q.TraceID != "" {
		if tid, err := hex.DecodeString(q.TraceID); err == nil {
			m.ofTrace(string(tid), func(h *heldCall) {
				if q.match(h) {
					hits = append(hits, h)
				}
			})
		}
	} else {
		for i := range m.n {
			if h := m.ring[(m.head+i)%len(m.ring)]; q.match(h) {
				hits = append(hits, h)
			}
		}
	}
	m.mu.RUnlock()
	sort.Slice(hits, func(i, j int) bool { return q.less(hits[i], hits[j]) })
	if q.Offset >= len(hits) {
		return []Call{}, false, nil
	}
	hits = hits[q.Offset:]
	more := len(hits) > q.Limit
	hits = hits[:min(len(hits), q.Limit)]
	out := make([]Call, len(hits))
	for i, h := range hits {
		out[i] = h.call()
	}
	return out, more, nil
}

func (m *memCalls) trace(_ context.Context, traceID string, sc auth.Scope) ([]Call, bool, error) {
	tid, err := hex.DecodeString(traceID)
	if err != nil {
		return nil, false, err
	}
	m.mu.RLock()
	var hs []*heldCall
	m.ofTrace(string(tid), func(h *heldCall) {
		if sc.Sees(h.tenant) {
			hs = append(hs, h)
		}
	})
	m.mu.RUnlock()
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].startNs != hs[j].startNs {
			return hs[i].startNs < hs[j].startNs
		}
		return hs[i].sid() < hs[j].sid()
	})
	truncated := len(hs) > maxTraceSpans
	hs = hs[:min(len(hs), maxTraceSpans)]
	out := make([]Call, len(hs))
	for i, h := range hs {
		out[i] = h.call()
	}
	return out, truncated, nil
}

// ---------------------------------------------------------------- HTTP

// parseTime reads since/until: RFC 3339, unix milliseconds, or a duration
// back from now ("15m").
func parseTime(s string, now time.Time) (uint64, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return uint64(max(t.UnixNano(), 0)), nil
	}
	if ms, err := strconv.ParseInt(s, 10, 64); err == nil && ms >= 0 && ms < 1<<53 {
		return uint64(ms) * 1e6, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return uint64(max(now.Add(-d).UnixNano(), 0)), nil
	}
	return 0, errors.New("want RFC 3339 (2026-01-02T15:04:05Z), unix milliseconds, or a duration back from now (15m)")
}

func validTraceID(s string) (string, bool) {
	s = strings.ToLower(s)
	if len(s) != 32 {
		return "", false
	}
	if _, err := hex.DecodeString(s); err != nil {
		return "", false
	}
	return s, true
}

// ParseCallQuery reads GET /api/calls's parameters; the error names the
// parameter and what it wants.
func ParseCallQuery(r *http.Request, now time.Time) (CallQuery, error) {
	v := r.URL.Query()
	q := CallQuery{Scope: auth.ScopeOf(r.Context()), Service: v.Get("service"), Model: v.Get("model"), Operation: v.Get("operation"),
		Provider: v.Get("provider"), Tenant: v.Get("tenant"), Flag: v.Get("flag"), Sort: "latency", Limit: 50}
	for k := range v {
		switch k {
		case "service", "model", "operation", "provider", "tenant", "flag", "since", "until", "min_latency_ms", "status", "trace_id", "sort", "limit", "offset":
		default:
			if k == "" || strings.ContainsFunc(k, func(r rune) bool { return !(r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
				k, _ = cut(k, 64)
				k = strconv.Quote(k) // "?=x", "?&", odd bytes: readable in the error
			}
			return q, fmt.Errorf("%s: unknown parameter (known: service, model, operation, provider, tenant, since, until, min_latency_ms, status, flag, trace_id, sort, limit, offset)", k)
		}
	}
	var err error
	if s := v.Get("since"); s != "" {
		if q.SinceNs, err = parseTime(s, now); err != nil {
			return q, fmt.Errorf("since: %w", err)
		}
	}
	if s := v.Get("until"); s != "" {
		if q.UntilNs, err = parseTime(s, now); err != nil {
			return q, fmt.Errorf("until: %w", err)
		}
	}
	if s := v.Get("min_latency_ms"); s != "" {
		if q.MinLatencyMs, err = strconv.ParseFloat(s, 64); err != nil || !(q.MinLatencyMs >= 0 && q.MinLatencyMs <= 1e12) { // NaN too
			return q, errors.New("min_latency_ms: want a number of milliseconds ≥ 0")
		}
	}
	switch s := v.Get("status"); s {
	case "":
	case "error":
		q.ErrorsOnly = true
	default:
		return q, fmt.Errorf("status: %q: only status=error filters (leave it out for every call)", s)
	}
	if s := v.Get("trace_id"); s != "" {
		var ok bool
		if q.TraceID, ok = validTraceID(s); !ok {
			return q, errors.New("trace_id: want 32 hex digits")
		}
	}
	switch s := v.Get("sort"); s {
	case "", "latency":
	case "cost", "time":
		q.Sort = s
	default:
		return q, fmt.Errorf("sort: %q: want latency, cost or time", s)
	}
	if s := v.Get("limit"); s != "" {
		if q.Limit, err = strconv.Atoi(s); err != nil || q.Limit < 1 || q.Limit > 1000 {
			return q, errors.New("limit: want an integer from 1 to 1000")
		}
	}
	if s := v.Get("offset"); s != "" {
		if q.Offset, err = strconv.Atoi(s); err != nil || q.Offset < 0 || q.Offset > 100_000 {
			return q, errors.New("offset: want an integer from 0 to 100000")
		}
	}
	return q, nil
}

// hideBodies blanks prompts and completions for a caller without the
// search role: they are what users asked, which /api/search guards too.
func hideBodies(r *http.Request, cs []Call) {
	p, ok := auth.FromContext(r.Context())
	if !ok || p.Has(auth.RoleSearch) {
		return
	}
	for i := range cs {
		if cs[i].Prompt != "" || cs[i].Completion != "" {
			cs[i].Prompt, cs[i].Completion, cs[i].BodiesHidden = "", "", true
		}
	}
}

// callsAPI serves the call APIs from a store: the in-process one, or
// ClickHouse once the sink is connected (until then the APIs answer 503).
type callsAPI struct {
	st   atomic.Pointer[callStore]
	now  func() time.Time
	bad  func(api string)
	fail func(api string, err error)
}

// ServeCalls answers GET /api/calls (see README: filters, sort, pages).
func (a *callsAPI) ServeCalls(w http.ResponseWriter, r *http.Request) {
	q, err := ParseCallQuery(r, a.now())
	if err != nil {
		a.bad("calls")
		badRequest(w, err.Error())
		return
	}
	st, ok := a.store(w)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	cs, more, err := st.calls(ctx, q)
	if err != nil {
		a.fail("calls", err)
		writeJSON(w, http.StatusBadGateway, map[string]string{"error": "reading calls from " + st.name() + ": " + err.Error()})
		return
	}
	hideBodies(r, cs)
	page := CallPage{Calls: cs, Source: st.name()}
	if more {
		n := q.Offset + len(cs)
		page.NextOffset = &n
	}
	writeJSON(w, http.StatusOK, page)
}

// ServeTrace answers GET /api/traces/{trace_id}: every span of the trace
// the caller sees, by start time (404 when none).
func (a *callsAPI) ServeTrace(w http.ResponseWriter, r *http.Request) {
	id, ok := validTraceID(r.PathValue("trace_id"))
	if !ok {
		a.bad("traces")
		badRequest(w, "trace_id: want 32 hex digits")
		return
	}
	st, ok := a.store(w)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	spans, truncated, err := st.trace(ctx, id, auth.ScopeOf(r.Context()))
	if err != nil {
		a.fail("traces", err)
		writeJSON(w, http.StatusBadGateway, map[string]string{"error": "reading the trace from " + st.name() + ": " + err.Error()})
		return
	}
	if len(spans) == 0 {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no span of trace " + id + " is held (older than what the store keeps, shed by ingest, or another tenant's)"})
		return
	}
	hideBodies(r, spans)
	writeJSON(w, http.StatusOK, TraceJSON{TraceID: id, Source: st.name(), Spans: spans, Truncated: truncated})
}

func (a *callsAPI) store(w http.ResponseWriter) (callStore, bool) {
	p := a.st.Load()
	if p == nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "ClickHouse is not connected yet (aggregator.clickhouse.dsn): calls are read from llm_spans"})
		return nil, false
	}
	return *p, true
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
