package loadgen

import (
	"container/heap"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strconv"
	"time"

	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	logspb "go.opentelemetry.io/proto/otlp/logs/v1"
	metricspb "go.opentelemetry.io/proto/otlp/metrics/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
)

// Request is one generated OTLP export request, in production order.
type Request struct {
	// EventTime is when the request was produced in simulated time (for
	// spans: at or after the end of every span it carries, as an SDK
	// exports a span once it ended; for metrics and logs: the scrape
	// time); Run paces by it.
	EventTime time.Time
	Traces    *coltracepb.ExportTraceServiceRequest
	Metrics   *colmetricspb.ExportMetricsServiceRequest
	Logs      *collogspb.ExportLogsServiceRequest
	// TraceID is set when Traces holds exactly one trace.
	TraceID []byte
	// Summary is what this request adds to the run's summary (Records
	// and Bytes excepted: they depend on the encoding and the broker).
	Summary Summary
}

// Generator yields the requests of a run, deterministically.
type Generator struct {
	cfg       Config
	sc        Scenario
	incidents []Incident
	// rng draws for the traces, in trace order; gpuRng for GPU samples
	// and logs, so the traces do not depend on how GPU ticks interleave.
	rng    *rand.Rand
	gpuRng *rand.Rand
	// subjRng: the new-subject scenario's draws, its own stream
	subjRng *rand.Rand
	// outRng: the new-output scenario's draws, its own stream
	outRng *rand.Rand
	// safeRng: the safety mix's draws (SafetyMix), its own stream
	safeRng *rand.Rand
	// evalRng: the evaluation mix's draws (EvalMix), its own stream
	evalRng *rand.Rand
	// calls: LLM calls generated (UniqueTexts' references)
	calls uint64
	start time.Time
	total int
	next  int
	sum   Summary

	gpuNext    time.Time
	lastStart  time.Time             // start of the latest trace
	lastGPUEnd time.Time             // end of the latest call on a GPU
	lastEnd    time.Time             // end of the latest span
	busy       map[string][]busySpan // GPU UUID -> LLM calls running on it
	energy     map[string]float64    // GPU UUID -> mJ counter
	pending    spanHeap              // spans generated but not ended yet, by end
	queue      []Request
}

type busySpan struct {
	start, end      time.Time
	traceID, spanID []byte
	service         string
}

// NewGenerator validates cfg and returns a generator positioned at the
// first trace. A zero cfg.Start means now.
func NewGenerator(cfg Config) (*Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Start.IsZero() {
		cfg.Start = time.Now()
	}
	g := &Generator{
		cfg:       cfg,
		sc:        cfg.scenario(),
		incidents: cfg.activeIncidents(),
		rng:       rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6c6c6d6f6273)),
		gpuRng:    rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6c6c6d6f6273+1)),
		subjRng:   rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6c6c6d6f6273+2)),
		safeRng:   rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6c6c6d6f6273+3)),
		evalRng:   rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6c6c6d6f6273+4)),
		outRng:    rand.New(rand.NewPCG(uint64(cfg.Seed), 0x6c6c6d6f6273+5)),
		start:     cfg.Start.Truncate(time.Millisecond),
		total:     cfg.totalTraces(),
		busy:      map[string][]busySpan{},
		energy:    map[string]float64{},
	}
	// Scrapes at a fixed phase from the start (not from the epoch): the
	// same seed gives the same traffic, shifted, whenever it starts.
	g.gpuNext = g.start.Add(cfg.GPUInterval)
	g.sum.init()
	// Energy counters start at an arbitrary, per-GPU value (mJ since boot).
	for _, h := range g.hosts() {
		for _, gpu := range h.GPUs {
			g.energy[gpu.UUID] = 1e9 + float64(g.gpuRng.IntN(1e9))
		}
	}
	return g, nil
}

// Total is the number of traces the run will generate.
func (g *Generator) Total() int { return g.total }

// Summary is what was generated so far.
func (g *Generator) Summary() Summary { return g.sum.clone() }

func (g *Generator) hosts() []GPUHost {
	var out []GPUHost
	for _, s := range g.sc.Services {
		out = append(out, s.Hosts...)
	}
	return out
}

// Next returns the next request, or false when the run is complete.
func (g *Generator) Next() (Request, bool) {
	for len(g.queue) == 0 {
		if g.next < g.total {
			g.genTraces()
			continue
		}
		// After the last trace: the calls still running end, and GPU
		// samples go on until the last call on a GPU ended (and at least
		// up to the last trace), in time order.
		gpuDue := !g.gpuNext.After(g.lastGPUEnd) || !g.gpuNext.After(g.lastStart) || !g.gpuNext.After(g.lastEnd.Add(gpuTail))
		if len(g.pending) > 0 && (!gpuDue || g.pending[0].end.Before(g.gpuNext)) {
			// Exports as often as during the run (one per BatchTraces
			// traces started), and none past the next GPU tick.
			at := g.pending[0].end.Add(time.Duration(float64(g.cfg.BatchTraces) / g.cfg.Rate * float64(time.Second)))
			if gpuDue && g.gpuNext.Before(at) {
				at = g.gpuNext
			}
			g.export(at)
			continue
		}
		if gpuDue {
			g.gpuTick()
			continue
		}
		return Request{}, false
	}
	r := g.queue[0]
	g.queue = g.queue[1:]
	return r, true
}

// traceTime is the event time trace i starts at.
func (g *Generator) traceTime(i int) time.Time {
	jitter := (g.rng.Float64() - 0.5) * 0.8
	off := (float64(i) + 0.5 + jitter) / g.cfg.Rate
	return g.start.Add(time.Duration(off * float64(time.Second)))
}

// gpuTail is how long GPU samples go on after the last span ended, as a
// GPU exporter that keeps running would: a consumer joining spans with GPU
// samples waits for the GPU stream to pass a span's end (the enricher's
// out_of_orderness 5 s + join_wait 5 s), and without it would wait for
// its max_wait at the end of every run.
const gpuTail = 11 * time.Second

// genTraces starts the next BatchTraces traces, then exports the spans
// that ended by the last one's start. Spans go out when they end, as an
// SDK's span processor sends them, not when their trace starts: event
// time downstream is a span's end, and a stream that carried spans before
// they ended would run ahead of it by the longest call.
func (g *Generator) genTraces() {
	n := min(g.cfg.BatchTraces, g.total-g.next)
	var cursor time.Time
	for k := 0; k < n; k++ {
		t0 := g.traceTime(g.next)
		cursor = t0
		ts := g.trace(t0)
		for i := range ts {
			s := &ts[i]
			heap.Push(&g.pending, s)
			if s.end.After(g.lastEnd) {
				g.lastEnd = s.end
			}
		}
		g.next++
	}
	// GPU ticks whose time has passed: every LLM call overlapping them
	// started before them and is known now.
	for !g.gpuNext.After(cursor) {
		g.gpuTick()
	}
	g.export(cursor)
}

// export queues the pending spans that ended by at: one request, or with
// PartitionByTraceID one per trace (the Collector's exporter splits a batch
// per trace ID, batchpersignal.SplitTraces, when partition_traces_by_id is
// set, and keys each record by its hex trace ID).
func (g *Generator) export(at time.Time) {
	var spans []*genSpan
	for len(g.pending) > 0 && !g.pending[0].end.After(at) {
		spans = append(spans, heap.Pop(&g.pending).(*genSpan))
	}
	if len(spans) == 0 {
		return
	}
	if !g.cfg.PartitionByTraceID {
		g.queueSpans(at, spans, nil)
		return
	}
	byTrace := map[string][]*genSpan{}
	var order []string
	for _, s := range spans {
		k := string(s.span.TraceId)
		if byTrace[k] == nil {
			order = append(order, k)
		}
		byTrace[k] = append(byTrace[k], s)
	}
	for _, k := range order {
		g.queueSpans(at, byTrace[k], []byte(k))
	}
}

// queueSpans queues one trace request and counts what it carries.
func (g *Generator) queueSpans(at time.Time, spans []*genSpan, traceID []byte) {
	var d Summary
	d.init()
	for _, s := range spans {
		d.Spans++
		d.SpansByClass[s.class]++
		if s.failed {
			d.ErrorSpans++
		}
		if s.root {
			d.Traces++
		}
		if s.end.After(d.LastSpanEnd) {
			d.LastSpanEnd = s.end
		}
		if s.llm != "" {
			d.LLMSpans[s.llm]++
			d.LLMByTenant[s.tenant]++
			d.styleCount(s.style)
			if s.pii {
				d.PromptsWithPII++
			}
			if s.newSubj {
				d.NewSubjectPrompts++
			}
			if s.newOut {
				d.NewOutputCompletions++
			}
			if s.incident != "" {
				d.IncidentSpans[s.incident]++
			}
		}
		if s.safetyIncident != "" {
			d.IncidentSpans[s.safetyIncident]++
		}
		for _, sig := range s.signals {
			d.Signals[sig]++
		}
		for _, ev := range s.evals {
			if d.Evals == nil {
				d.Evals = map[string]EvalSummary{}
			}
			e := d.Evals[ev.name]
			if ev.bad {
				e.Bad++
			} else {
				e.Sent++
				e.ScoreSum += ev.score
				if ev.low {
					e.Low++
				}
			}
			d.Evals[ev.name] = e
		}
	}
	g.sum.add(d)
	req := &coltracepb.ExportTraceServiceRequest{ResourceSpans: groupByResource(spans)}
	g.queue = append(g.queue, Request{EventTime: at, Traces: req, TraceID: traceID, Summary: d})
}

// genSpan is a generated span and what the summary counts of it once it
// is sent.
type genSpan struct {
	res  *resourcepb.Resource
	key  string // resource identity
	span *tracepb.Span
	end  time.Time

	class    string
	failed   bool
	root     bool   // the trace's root span: it ends last and counts the trace
	llm      string // "service/model" of an LLM call
	tenant   string
	style    int
	pii      bool
	newSubj  bool // a prompt about the new subject
	newOut   bool // an answer of the new kind (new-output scenario)
	incident string
	// signals: the flags the call should get (SafetyMix), and the safety
	// incident it belongs to.
	signals        []string
	safetyIncident string
	// evals: the evaluations and feedback it carries (EvalMix)
	evals []evalSent
}

// spanHeap orders pending spans by end time.
type spanHeap []*genSpan

func (h spanHeap) Len() int           { return len(h) }
func (h spanHeap) Less(i, j int) bool { return h[i].end.Before(h[j].end) }
func (h spanHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *spanHeap) Push(x any)        { *h = append(*h, x.(*genSpan)) }
func (h *spanHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return x
}

func groupByResource(spans []*genSpan) []*tracepb.ResourceSpans {
	idx := map[string]*tracepb.ResourceSpans{}
	var order []string
	for _, s := range spans {
		rs := idx[s.key]
		if rs == nil {
			rs = &tracepb.ResourceSpans{
				Resource:   s.res,
				ScopeSpans: []*tracepb.ScopeSpans{{Scope: &commonpb.InstrumentationScope{Name: "llmobs.loadgen", Version: "0.1.0"}}},
				SchemaUrl:  "https://opentelemetry.io/schemas/1.37.0",
			}
			idx[s.key] = rs
			order = append(order, s.key)
		}
		rs.ScopeSpans[0].Spans = append(rs.ScopeSpans[0].Spans, s.span)
	}
	out := make([]*tracepb.ResourceSpans, 0, len(order))
	for _, k := range order {
		out = append(out, idx[k])
	}
	return out
}

func (g *Generator) id(n int) []byte {
	b := make([]byte, n)
	for i := 0; i < n; i += 8 {
		var w [8]byte
		binary.BigEndian.PutUint64(w[:], g.rng.Uint64())
		copy(b[i:], w[:])
	}
	if n == 16 && b[0] == 0 && b[1] == 0 {
		b[0] = 1 // never an all-zero trace ID
	}
	return b
}

// tenants are the customers the demo's applications serve: a few large
// ones and a tail, each with its own users. Every LLM call names its
// tenant and user (budgets per tenant or user are fed by them).
var tenants = []struct {
	name   string
	weight float64
	users  int
}{{"acme", 0.45, 40}, {"globex", 0.30, 25}, {"initech", 0.15, 12}, {"umbrella", 0.10, 6}}

// pickTenant returns a tenant and one of its users.
func (g *Generator) pickTenant() (tenant, user string) {
	x := g.rng.Float64()
	for _, t := range tenants {
		if x < t.weight {
			return t.name, fmt.Sprintf("%s-u%02d", t.name, g.rng.IntN(t.users))
		}
		x -= t.weight
	}
	t := tenants[len(tenants)-1]
	return t.name, fmt.Sprintf("%s-u%02d", t.name, g.rng.IntN(t.users))
}

func (g *Generator) pickService() ServiceSpec {
	total := 0.0
	for _, s := range g.sc.Services {
		total += s.Weight
	}
	x := g.rng.Float64() * total
	for _, s := range g.sc.Services {
		if x < s.Weight {
			return s
		}
		x -= s.Weight
	}
	return g.sc.Services[len(g.sc.Services)-1]
}

func (g *Generator) pickModel(s ServiceSpec) ModelSpec {
	total := 0.0
	for _, m := range s.Models {
		total += m.Weight
	}
	x := g.rng.Float64() * total
	for _, m := range s.Models {
		if x < m.Weight {
			return m
		}
		x -= m.Weight
	}
	return s.Models[len(s.Models)-1]
}

// frac is where t lies in the run, 0..1.
func (g *Generator) frac(t time.Time) float64 {
	span := float64(g.total) / g.cfg.Rate
	return t.Sub(g.start).Seconds() / span
}

func (g *Generator) activeIncident(service, model string, t time.Time) *Incident {
	f := g.frac(t)
	for i := range g.incidents {
		in := &g.incidents[i]
		if in.Service == service && (in.Model == "" || in.Model == model) && f >= in.StartFrac && f < in.EndFrac {
			return in
		}
	}
	return nil
}

func (g *Generator) lognormal(median, sigma float64) float64 {
	return median * math.Exp(sigma*g.rng.NormFloat64())
}

// trace builds one trace of service s starting at t0.
func (g *Generator) trace(t0 time.Time) []genSpan {
	s := g.pickService()
	traceID := g.id(16)
	pod := podName(s.Name, g.rng.IntN(podsPerService))
	res, key := resourceFor(s, pod, "")
	b := &traceBuilder{g: g, traceID: traceID, svc: s, res: res, key: key, pod: pod}
	b.tenant, b.user = g.pickTenant()

	rootID := g.id(8)
	t := t0.Add(time.Duration(2+g.rng.IntN(8)) * time.Millisecond)
	var failed bool
	switch s.Shape {
	case "rag":
		t = b.embeddings(rootID, t)
		t = b.retrieval(rootID, t)
		var end time.Time
		end, failed = b.llm(rootID, t, g.pickModel(s))
		t = end
	case "agent":
		agentID := g.id(8)
		at := t
		var end time.Time
		end, failed = b.llm(agentID, t, g.pickModel(s))
		t = end
		if !failed {
			t = b.tool(agentID, t)
			end, failed = b.llm(agentID, t, g.pickModel(s))
			t = end
		}
		b.add(agentID, rootID, "invoke_agent support-agent", tracepb.Span_SPAN_KIND_INTERNAL, at, t, failed, "agent", []*commonpb.KeyValue{
			str("gen_ai.operation.name", "invoke_agent"), str("gen_ai.agent.name", "support-agent"),
		}, nil)
	default:
		var end time.Time
		end, failed = b.llm(rootID, t, g.pickModel(s))
		t = end
	}
	end := t.Add(time.Duration(1+g.rng.IntN(15)) * time.Millisecond)
	route := map[string]string{"chat": "/v1/chat", "rag": "/v1/search", "agent": "/v1/agent"}[s.Shape]
	code := int64(200)
	if failed {
		code = 502
	}
	b.add(rootID, nil, "POST "+route, tracepb.Span_SPAN_KIND_SERVER, t0, end, failed, "http", []*commonpb.KeyValue{
		str("http.request.method", "POST"), str("http.route", route), integer("http.response.status_code", code),
		str("url.scheme", "https"), str("server.address", s.Name+".internal"),
	}, nil)
	b.spans[len(b.spans)-1].root = true
	if t0.After(g.lastStart) {
		g.lastStart = t0
	}
	return b.spans
}

func resourceFor(s ServiceSpec, pod, host string) (*resourcepb.Resource, string) {
	attrs := []*commonpb.KeyValue{
		str("service.name", s.Name), str("service.version", s.Version), str("deployment.environment.name", "production"),
		str("k8s.namespace.name", s.Namespace), str("k8s.pod.name", pod), str("telemetry.sdk.language", "python"),
	}
	if host != "" {
		attrs = append(attrs, str("host.name", host))
	}
	return &resourcepb.Resource{Attributes: attrs}, s.Name + "|" + pod + "|" + host
}

type traceBuilder struct {
	g       *Generator
	traceID []byte
	svc     ServiceSpec
	res     *resourcepb.Resource
	key     string
	pod     string
	tenant  string // tenant.id of the trace's LLM calls
	user    string // its end user
	// doc: the document the trace's retrieval returned (safety mix only),
	// docInjected whether it carries an injection.
	doc         string
	docInjected bool
	spans       []genSpan
}

func (b *traceBuilder) add(spanID, parent []byte, name string, kind tracepb.Span_SpanKind, start, end time.Time, failed bool, class string, attrs []*commonpb.KeyValue, events []*tracepb.Span_Event) *tracepb.Span {
	return b.addRes(b.res, b.key, spanID, parent, name, kind, start, end, failed, class, attrs, events)
}

func (b *traceBuilder) addRes(res *resourcepb.Resource, key string, spanID, parent []byte, name string, kind tracepb.Span_SpanKind, start, end time.Time, failed bool, class string, attrs []*commonpb.KeyValue, events []*tracepb.Span_Event) *tracepb.Span {
	sp := &tracepb.Span{
		TraceId: b.traceID, SpanId: spanID, ParentSpanId: parent, Name: name, Kind: kind,
		StartTimeUnixNano: uint64(start.UnixNano()), EndTimeUnixNano: uint64(end.UnixNano()),
		Attributes: attrs, Events: events,
	}
	if failed {
		sp.Status = &tracepb.Status{Code: tracepb.Status_STATUS_CODE_ERROR, Message: "upstream error"}
	}
	b.spans = append(b.spans, genSpan{res: res, key: key, span: sp, end: end, class: class, failed: failed})
	return sp
}

func (b *traceBuilder) embeddings(parent []byte, t time.Time) time.Time {
	g := b.g
	end := t.Add(time.Duration(g.lognormal(45, 0.3) * float64(time.Millisecond)))
	in := int64(8 + g.rng.IntN(40))
	b.add(g.id(8), parent, "embeddings text-embedding-3-small", tracepb.Span_SPAN_KIND_CLIENT, t, end, false, "embedding", []*commonpb.KeyValue{
		str("gen_ai.operation.name", "embeddings"), str("gen_ai.provider.name", "openai"),
		str("gen_ai.request.model", "text-embedding-3-small"), str("gen_ai.response.model", "text-embedding-3-small"),
		integer("gen_ai.usage.input_tokens", in), integer("gen_ai.embeddings.dimension.count", 1536),
	}, nil)
	return end
}

func (b *traceBuilder) retrieval(parent []byte, t time.Time) time.Time {
	g := b.g
	end := t.Add(time.Duration(g.lognormal(25, 0.5) * float64(time.Millisecond)))
	attrs := []*commonpb.KeyValue{
		str("db.system.name", "qdrant"), str("db.operation.name", "search"), str("db.collection.name", "kb_docs"),
		integer("db.vector.query.top_k", 8), str("server.address", "qdrant.search.svc"),
	}
	var signals []string
	if g.cfg.Safety.enabled() {
		// The top document, as RAG instrumentations record it.
		doc := plainDocs[g.safeRng.IntN(len(plainDocs))]
		if g.safeRng.Float64() < g.cfg.Safety.Indirect {
			doc, signals = injectedDocs[g.safeRng.IntN(len(injectedDocs))], []string{sigInjection}
		}
		attrs = append(attrs, str("retrieval.documents.0.document.content", doc))
		b.doc, b.docInjected = doc, len(signals) > 0
	}
	b.add(g.id(8), parent, "qdrant search", tracepb.Span_SPAN_KIND_CLIENT, t, end, false, "retrieval", attrs, nil)
	b.spans[len(b.spans)-1].signals = signals
	return end
}

func (b *traceBuilder) tool(parent []byte, t time.Time) time.Time {
	g := b.g
	end := t.Add(time.Duration(g.lognormal(120, 0.5) * float64(time.Millisecond)))
	b.add(g.id(8), parent, "execute_tool lookup_order", tracepb.Span_SPAN_KIND_INTERNAL, t, end, false, "tool", []*commonpb.KeyValue{
		str("gen_ai.operation.name", "execute_tool"), str("gen_ai.tool.name", "lookup_order"),
		str("gen_ai.tool.call.id", "call_"+hex.EncodeToString(g.id(8))), str("gen_ai.tool.type", "function"),
	}, nil)
	return end
}

// Naming generations of GenAI instrumentation, in the mix seen in the wild.
const (
	styleSemconv     = iota // current gen_ai.* semantic conventions
	styleSemconvEv          // current, content in the inference details event
	styleDeprecated         // gen_ai.system, prompt_tokens/completion_tokens, content events
	styleOpenLLMetry        // gen_ai.prompt.N.*, llm.* attributes, chunk events
)

func (g *Generator) pickStyle() int {
	x := g.rng.Float64()
	switch {
	case x < 0.5:
		return styleSemconv
	case x < 0.7:
		return styleSemconvEv
	case x < 0.85:
		return styleDeprecated
	default:
		return styleOpenLLMetry
	}
}

// llm adds one LLM call and returns its end and whether it failed.
func (b *traceBuilder) llm(parent []byte, t time.Time, m ModelSpec) (time.Time, bool) {
	g := b.g
	inc := g.activeIncident(b.svc.Name, m.Model, t)
	latency := g.lognormal(m.MedianMS, m.Sigma)
	outMult := 1.0
	errRate := g.cfg.ErrorRate
	if inc != nil {
		if inc.LatencyMult > 0 {
			latency *= inc.LatencyMult
		}
		if inc.OutputMult > 0 {
			outMult = inc.OutputMult
		}
		if inc.ErrorRate > 0 {
			errRate = inc.ErrorRate
		}
	}
	in := int64(math.Max(16, g.lognormal(float64(m.InputTokens), 0.4)))
	out := int64(math.Max(1, g.lognormal(float64(m.OutputTokens), 0.5)*outMult))
	cacheRead := int64(0)
	if m.CacheReadFrac > 0 && g.rng.Float64() < 0.7 {
		cacheRead = min(in, int64(float64(in)*m.CacheReadFrac*(0.5+g.rng.Float64())))
	}
	var reasoning int64
	if m.Reasoning && g.rng.Float64() < 0.4 {
		// Extended thinking: reasoning tokens are counted in the output
		// tokens (gen_ai.usage.output_tokens includes them).
		reasoning = out * int64(20+g.rng.IntN(40)) / 100
	}
	stream := g.rng.Float64() < m.Streaming
	failed, timeout := false, false
	switch x := g.rng.Float64(); {
	case x < errRate:
		failed = true
		latency = g.lognormal(250, 0.5)
	case x < errRate+g.cfg.TimeoutRate:
		failed, timeout = true, true
		latency = 30000
	}
	end := t.Add(time.Duration(latency * float64(time.Millisecond)))
	ttft := time.Duration(latency * m.TTFTFrac * (0.7 + 0.6*g.rng.Float64()) * float64(time.Millisecond))
	if failed {
		out, reasoning, cacheRead = 0, 0, 0
	}

	res, key := b.res, b.key
	var gpu *GPU
	var host string
	if m.SelfHosted && len(b.svc.Hosts) > 0 {
		h := b.svc.Hosts[g.rng.IntN(len(b.svc.Hosts))]
		gg := h.GPUs[g.rng.IntN(len(h.GPUs))]
		gpu, host = &gg, h.Name
		// The model server runs on the GPU host: its spans carry host.name.
		res, key = resourceFor(b.svc, b.pod, host)
	}

	user, pii := prompt(g.rng)
	newSubj := false
	if c := g.cfg; c.NewSubjectShare > 0 && !t.Before(g.start.Add(c.NewSubjectAt)) && g.subjRng.Float64() < c.NewSubjectShare {
		user, pii, newSubj = newSubjectPrompt(g.subjRng), false, true
	}
	var sd safetyDraw
	safety := g.cfg.Safety.enabled()
	if safety {
		sd = drawSafety(g.safeRng, g.cfg.Safety, b.svc.Name, g.frac(t))
		if sd.prompt != "" {
			user, pii, newSubj = sd.prompt, false, false
		}
	}
	// RAG: the answer is drawn from the retrieved document unless it is
	// one of the mix's ungrounded answers; the document goes into the
	// call's messages in the current conventions' JSON (below).
	ragDoc := safety && b.doc != ""
	ungrounded := false
	if ragDoc {
		ungrounded = g.safeRng.Float64() < sd.ungrounded
		if sd.output != sigTruncated {
			sd.output = "" // one answer is grounded or not, nothing else
		}
	}
	completion := ""
	finish := "stop"
	var signals []string
	if !failed {
		completion = answer(g.rng, int(out))
		if out >= 1000 {
			finish = "length"
		}
		if ragDoc && !ungrounded {
			completion = "Based on the documents I found: " + b.doc
		}
		if safety {
			completion, finish, out, signals = sd.apply(g.safeRng, completion, finish, out)
		} else if finish == "length" {
			signals = []string{sigTruncated}
		}
	} else if sd.promptIs != "" {
		signals = []string{sd.promptIs}
	}
	newOut := false
	if c := g.cfg; !failed && c.NewOutputShare > 0 && !t.Before(g.start.Add(c.NewOutputAt)) && g.outRng.Float64() < c.NewOutputShare {
		// It replaces the answer, and with it what the safety mix put in.
		completion, newOut, signals = newOutputCompletion(g.outRng), true, nil
	}
	if g.cfg.UniqueTexts {
		// A reference no other call has, from a counter (no draw, so the
		// rest of the traffic is what it is without the option).
		g.calls++
		ref := " (ref " + strconv.FormatUint(g.calls, 36) + ")"
		user += ref
		if completion != "" {
			completion += ref
		}
	}
	op := "chat"
	style := g.pickStyle()
	spanID := g.id(8)
	name := op + " " + m.Model
	var attrs []*commonpb.KeyValue
	var events []*tracepb.Span_Event
	ns := func(d time.Duration) uint64 { return uint64(t.Add(d).UnixNano()) }
	temp, topP, maxTok := 0.2+0.1*float64(g.rng.IntN(8)), 0.9, int64(1024+512*g.rng.IntN(4))
	switch style {
	case styleSemconv, styleSemconvEv:
		attrs = append(attrs,
			str("gen_ai.operation.name", op), str("gen_ai.provider.name", m.Provider),
			str("gen_ai.request.model", m.Model), dbl("gen_ai.request.temperature", temp), dbl("gen_ai.request.top_p", topP),
			integer("gen_ai.request.max_tokens", maxTok), boolean("gen_ai.request.stream", stream),
			str("gen_ai.conversation.id", "conv-"+hex.EncodeToString(g.id(4))),
			str("server.address", providerHost(m.Provider)),
			str("tenant.id", b.tenant), str("user.id", b.user),
		)
		if !failed {
			attrs = append(attrs,
				str("gen_ai.response.model", m.ResponseModel), str("gen_ai.response.id", "resp_"+hex.EncodeToString(g.id(8))),
				integer("gen_ai.usage.input_tokens", in), integer("gen_ai.usage.output_tokens", out),
				strArray("gen_ai.response.finish_reasons", finish),
			)
			if cacheRead > 0 {
				attrs = append(attrs, integer("gen_ai.usage.cache_read.input_tokens", cacheRead))
			}
			if reasoning > 0 {
				attrs = append(attrs, integer("gen_ai.usage.reasoning.output_tokens", reasoning))
			}
			if stream {
				attrs = append(attrs, dbl("gen_ai.response.time_to_first_chunk", ttft.Seconds()))
			}
		}
		inMsgs, outMsgs := inputMessagesJSON(systemPrompt, user), ""
		if ragDoc {
			// Only these styles carry the document to the enricher.
			inMsgs = ragMessagesJSON(systemPrompt, b.doc, user)
			if b.docInjected {
				signals = append(signals, sigInjection)
			}
			if ungrounded && !failed {
				signals = append(signals, sigUngrounded)
			}
		}
		if !failed {
			outMsgs = outputMessagesJSON(completion, finish)
		}
		if style == styleSemconv {
			attrs = append(attrs, str("gen_ai.system_instructions", `[{"type":"text","content":`+jsonString(systemPrompt)+`}]`), str("gen_ai.input.messages", inMsgs))
			if outMsgs != "" {
				attrs = append(attrs, str("gen_ai.output.messages", outMsgs))
			}
		} else {
			evAttrs := []*commonpb.KeyValue{str("gen_ai.input.messages", inMsgs)}
			if outMsgs != "" {
				evAttrs = append(evAttrs, str("gen_ai.output.messages", outMsgs))
			}
			events = append(events, &tracepb.Span_Event{Name: "gen_ai.client.inference.operation.details", TimeUnixNano: uint64(end.UnixNano()), Attributes: evAttrs})
		}
	case styleDeprecated:
		attrs = append(attrs,
			str("gen_ai.system", m.Provider), str("gen_ai.operation.name", op), str("gen_ai.request.model", m.Model),
			dbl("gen_ai.request.temperature", temp), integer("gen_ai.request.max_tokens", maxTok),
			str("organization.id", b.tenant), str("enduser.id", b.user),
		)
		if !failed {
			attrs = append(attrs, str("gen_ai.response.model", m.ResponseModel),
				integer("gen_ai.usage.prompt_tokens", in), integer("gen_ai.usage.completion_tokens", out),
				strArray("gen_ai.response.finish_reasons", finish))
		}
		events = append(events, &tracepb.Span_Event{Name: "gen_ai.content.prompt", TimeUnixNano: ns(0), Attributes: []*commonpb.KeyValue{str("gen_ai.prompt", user)}})
		if stream && !failed {
			// No TTFT attribute in this generation: the first chunk event says it.
			events = append(events, &tracepb.Span_Event{Name: "gen_ai.content.completion.chunk", TimeUnixNano: ns(ttft)})
		}
		if !failed {
			events = append(events, &tracepb.Span_Event{Name: "gen_ai.content.completion", TimeUnixNano: uint64(end.UnixNano()), Attributes: []*commonpb.KeyValue{str("gen_ai.completion", completion)}})
		}
	case styleOpenLLMetry:
		attrs = append(attrs,
			str("gen_ai.system", providerDisplay(m.Provider)), str("llm.request.type", op), str("gen_ai.request.model", m.Model),
			boolean("llm.is_streaming", stream), dbl("gen_ai.request.temperature", temp), dbl("gen_ai.request.top_p", topP),
			str("gen_ai.prompt.0.role", "system"), str("gen_ai.prompt.0.content", systemPrompt),
			str("gen_ai.prompt.1.role", "user"), str("gen_ai.prompt.1.content", user),
			str("gen_ai.tenant.id", b.tenant), str("gen_ai.request.user", b.user),
		)
		if !failed {
			attrs = append(attrs, str("gen_ai.response.model", m.ResponseModel),
				integer("gen_ai.usage.prompt_tokens", in), integer("gen_ai.usage.completion_tokens", out),
				integer("llm.usage.total_tokens", in+out),
				str("gen_ai.completion.0.role", "assistant"), str("gen_ai.completion.0.content", completion),
				str("gen_ai.completion.0.finish_reason", finish))
			if cacheRead > 0 {
				attrs = append(attrs, integer("gen_ai.usage.cache_read_input_tokens", cacheRead))
			}
			if stream {
				events = append(events, &tracepb.Span_Event{Name: "llm.content.completion.chunk", TimeUnixNano: ns(ttft)})
			}
		}
	}
	if failed {
		et := "429"
		if timeout {
			et = "timeout"
		} else if g.rng.IntN(2) == 0 {
			et = "500"
		}
		attrs = append(attrs, str("error.type", et))
		events = append(events, &tracepb.Span_Event{Name: "exception", TimeUnixNano: uint64(end.UnixNano()), Attributes: []*commonpb.KeyValue{
			str("exception.type", map[string]string{"429": "RateLimitError", "500": "InternalServerError", "timeout": "APITimeoutError"}[et]),
			str("exception.message", "request failed: "+et),
		}})
	}
	b.addRes(res, key, spanID, parent, name, tracepb.Span_SPAN_KIND_CLIENT, t, end, failed, "llm", attrs, events)
	gs := &b.spans[len(b.spans)-1]
	gs.llm, gs.tenant, gs.style, gs.pii, gs.newSubj, gs.newOut = b.svc.Name+"/"+m.Model, b.tenant, style, pii, newSubj, newOut
	gs.signals, gs.safetyIncident = signals, sd.incident
	if inc != nil {
		gs.incident = inc.Name
	}
	if gpu != nil {
		g.busy[gpu.UUID] = append(g.busy[gpu.UUID], busySpan{start: t, end: end, traceID: b.traceID, spanID: spanID, service: b.svc.Name})
		if end.After(g.lastGPUEnd) {
			g.lastGPUEnd = end
		}
	}
	if !failed && g.cfg.Evals.enabled() {
		b.evals(spanID, end)
	}
	return end, failed
}

func providerHost(p string) string {
	switch p {
	case "openai":
		return "api.openai.com"
	case "anthropic":
		return "api.anthropic.com"
	case "vllm":
		return "vllm.agents.svc"
	}
	return p
}

func providerDisplay(p string) string {
	switch p {
	case "openai":
		return "OpenAI"
	case "anthropic":
		return "Anthropic"
	}
	return p
}

// gpuTick emits one dcgm-exporter scrape of every GPU at g.gpuNext, as the
// Collector's prometheus receiver delivers it, and GPU log records with the
// trace context of requests running on a GPU.
func (g *Generator) gpuTick() {
	at := g.gpuNext
	g.gpuNext = at.Add(g.cfg.GPUInterval)
	hosts := g.hosts()
	if len(hosts) == 0 {
		return
	}
	ts := uint64(at.UnixNano())
	p0, s0, e0, l0 := g.sum.MetricPoints, g.sum.GPUSamples, g.sum.Exemplars, g.sum.LogRecords
	var rms []*metricspb.ResourceMetrics
	var logRecords []*logspb.ResourceLogs
	for _, h := range hosts {
		type series struct {
			name, unit string
			sum        bool
			points     []*metricspb.NumberDataPoint
		}
		names := []struct{ name, unit string }{
			{"DCGM_FI_DEV_GPU_UTIL", "%"}, {"DCGM_FI_DEV_FB_USED", "MiB"}, {"DCGM_FI_DEV_FB_FREE", "MiB"},
			{"DCGM_FI_DEV_POWER_USAGE", "W"}, {"DCGM_FI_DEV_GPU_TEMP", "C"}, {"DCGM_FI_DEV_SM_CLOCK", "MHz"},
			{"DCGM_FI_PROF_GR_ENGINE_ACTIVE", "1"}, {"DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION", "mJ"},
		}
		ms := make([]*series, len(names))
		for i, n := range names {
			ms[i] = &series{name: n.name, unit: n.unit, sum: n.name == "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION"}
		}
		var hostLogs []*logspb.LogRecord
		for _, gpu := range h.GPUs {
			active := g.activeOn(gpu.UUID, at)
			util := math.Min(100, 3+float64(len(active))*38+g.gpuRng.Float64()*6)
			power := 70 + util*5.8 + g.gpuRng.Float64()*10
			memUsed := 0.55*gpu.MemMiB + float64(len(active))*2048 + float64(g.gpuRng.IntN(512))
			g.energy[gpu.UUID] += power * g.cfg.GPUInterval.Seconds() * 1000
			labels := gpuLabels(h, gpu)
			vals := []float64{util, memUsed, gpu.MemMiB - memUsed, power, 38 + util*0.35, 1410 + float64(g.gpuRng.IntN(570)), util / 100 * 0.97, g.energy[gpu.UUID]}
			for i, v := range vals {
				dp := &metricspb.NumberDataPoint{TimeUnixNano: ts, StartTimeUnixNano: uint64(g.start.UnixNano()), Attributes: labels, Value: &metricspb.NumberDataPoint_AsDouble{AsDouble: v}}
				if i == 0 && len(active) > 0 && g.gpuRng.Float64() < 0.5 {
					a := active[g.gpuRng.IntN(len(active))]
					dp.Exemplars = []*metricspb.Exemplar{{TimeUnixNano: ts, TraceId: a.traceID, SpanId: a.spanID, Value: &metricspb.Exemplar_AsDouble{AsDouble: util}}}
					g.sum.Exemplars++
				}
				ms[i].points = append(ms[i].points, dp)
				g.sum.MetricPoints++
			}
			g.sum.GPUSamples++
			if len(active) > 0 && g.gpuRng.Float64() < 0.5 {
				a := active[g.gpuRng.IntN(len(active))]
				hostLogs = append(hostLogs, &logspb.LogRecord{
					TimeUnixNano: ts, ObservedTimeUnixNano: ts, SeverityNumber: logspb.SeverityNumber_SEVERITY_NUMBER_INFO, SeverityText: "INFO",
					Body:    &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: "request gpu stats"}},
					TraceId: a.traceID, SpanId: a.spanID,
					Attributes: []*commonpb.KeyValue{
						str("host.name", h.Name), str("gpu.uuid", gpu.UUID), str("gpu.index", gpu.Index), str("gpu.model", gpu.Model),
						dbl("gpu.utilization", util), dbl("gpu.power.usage", power), dbl("gpu.memory.used", memUsed),
					},
				})
				g.sum.LogRecords++
			}
		}
		var metrics []*metricspb.Metric
		for _, s := range ms {
			m := &metricspb.Metric{Name: s.name, Unit: s.unit}
			if s.sum {
				m.Data = &metricspb.Metric_Sum{Sum: &metricspb.Sum{DataPoints: s.points, AggregationTemporality: metricspb.AggregationTemporality_AGGREGATION_TEMPORALITY_CUMULATIVE, IsMonotonic: true}}
			} else {
				m.Data = &metricspb.Metric_Gauge{Gauge: &metricspb.Gauge{DataPoints: s.points}}
			}
			metrics = append(metrics, m)
		}
		res := &resourcepb.Resource{Attributes: []*commonpb.KeyValue{
			str("service.name", "dcgm-exporter"), str("service.instance.id", h.Name+":9400"),
			str("server.address", h.Name), str("server.port", "9400"), str("url.scheme", "http"),
		}}
		rms = append(rms, &metricspb.ResourceMetrics{Resource: res, ScopeMetrics: []*metricspb.ScopeMetrics{{
			Scope:   &commonpb.InstrumentationScope{Name: "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/prometheusreceiver", Version: "0.111.0"},
			Metrics: metrics,
		}}})
		if len(hostLogs) > 0 {
			logRecords = append(logRecords, &logspb.ResourceLogs{
				Resource:  &resourcepb.Resource{Attributes: []*commonpb.KeyValue{str("service.name", "vllm"), str("host.name", h.Name)}},
				ScopeLogs: []*logspb.ScopeLogs{{Scope: &commonpb.InstrumentationScope{Name: "vllm.gpu"}, LogRecords: hostLogs}},
			})
		}
	}
	var md, ld Summary
	md.init()
	ld.init()
	md.MetricPoints, md.GPUSamples, md.Exemplars = g.sum.MetricPoints-p0, g.sum.GPUSamples-s0, g.sum.Exemplars-e0
	ld.LogRecords = g.sum.LogRecords - l0
	g.queue = append(g.queue, Request{EventTime: at, Metrics: &colmetricspb.ExportMetricsServiceRequest{ResourceMetrics: rms}, Summary: md})
	if len(logRecords) > 0 {
		g.queue = append(g.queue, Request{EventTime: at, Logs: &collogspb.ExportLogsServiceRequest{ResourceLogs: logRecords}, Summary: ld})
	}
	g.prune(at)
}

func gpuLabels(h GPUHost, gpu GPU) []*commonpb.KeyValue {
	hostKey, uuidKey := "Hostname", "UUID"
	if h.LowercaseLabels {
		hostKey, uuidKey = "hostname", "uuid"
	}
	return []*commonpb.KeyValue{
		str("gpu", gpu.Index), str(uuidKey, gpu.UUID), str("device", "nvidia"+gpu.Index), str("modelName", gpu.Model),
		str(hostKey, h.Name), str("DCGM_FI_DRIVER_VERSION", "550.54.15"),
		str("pod", "vllm-"+h.Name), str("namespace", "agents"), str("container", "vllm"),
	}
}

func (g *Generator) activeOn(uuid string, at time.Time) []busySpan {
	var out []busySpan
	for _, b := range g.busy[uuid] {
		if !b.start.After(at) && b.end.After(at) {
			out = append(out, b)
		}
	}
	return out
}

// prune forgets calls that ended before at: later ticks cannot see them.
func (g *Generator) prune(at time.Time) {
	for k, list := range g.busy {
		keep := list[:0]
		for _, b := range list {
			if b.end.After(at) {
				keep = append(keep, b)
			}
		}
		g.busy[k] = keep
	}
}

// podsPerService is each service's replica count: a Deployment's pods share
// a ReplicaSet hash and differ in a short suffix, as in Kubernetes.
const podsPerService = 3

func podName(service string, replica int) string {
	h := fnv.New32a()
	h.Write([]byte(service))
	rs := h.Sum32()
	h.Write([]byte{byte(replica)})
	const alphabet = "bcdfghjklmnpqrstvwxz2456789"
	suffix := make([]byte, 5)
	for i, v := 0, h.Sum32(); i < len(suffix); i, v = i+1, v/uint32(len(alphabet)) {
		suffix[i] = alphabet[v%uint32(len(alphabet))]
	}
	return fmt.Sprintf("%s-%x-%s", service, rs, suffix)
}

func str(k, v string) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: v}}}
}

func integer(k string, v int64) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_IntValue{IntValue: v}}}
}

func dbl(k string, v float64) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_DoubleValue{DoubleValue: v}}}
}

func boolean(k string, v bool) *commonpb.KeyValue {
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_BoolValue{BoolValue: v}}}
}

func strArray(k string, vs ...string) *commonpb.KeyValue {
	arr := &commonpb.ArrayValue{}
	for _, v := range vs {
		arr.Values = append(arr.Values, &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: v}})
	}
	return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_ArrayValue{ArrayValue: arr}}}
}

// IncidentWindow is a scheduled incident placed in event time.
type IncidentWindow struct {
	Incident
	Start, End time.Time // LLM calls starting in [Start, End) are affected
}

// IncidentWindows places the incidents cfg schedules in event time (the
// run spans Traces/Rate seconds, or Duration, from cfg.Start), so tests of
// alerting can check what fired against when. cfg.Start must be set.
func IncidentWindows(cfg Config) ([]IncidentWindow, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Start.IsZero() {
		return nil, fmt.Errorf("incident windows need cfg.Start")
	}
	start := cfg.Start.Truncate(time.Millisecond)
	span := float64(cfg.totalTraces()) / cfg.Rate
	at := func(f float64) time.Time { return start.Add(time.Duration(f * span * float64(time.Second))) }
	var out []IncidentWindow
	for _, in := range cfg.activeIncidents() {
		out = append(out, IncidentWindow{Incident: in, Start: at(in.StartFrac), End: at(in.EndFrac)})
	}
	return out, nil
}
