package enricher

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// gpuIndex is the GPU side of the join: recent samples by host and GPU (for
// interval joins) and by trace ID (for exact joins), plus recent model calls
// per host (for splitting a GPU among concurrent requests). It is bounded by
// age (ttl) and size (maxSamples); evictions are counted.
//
// What a span is joined with is a function of the data, not of when the GPU
// reader got how far (DESIGN: Join): a span reads only samples in
// [start − delta, end + delta] and calls that end by its end + joinWait —
// what the GPU watermark guarantees has arrived when it is emitted — however
// far the reader has read ahead; and age-based eviction follows the span
// side's progress (spanClock), not the GPU reader's, so a reader running
// ahead through a backlog evicts nothing a span still being processed needs.
type gpuIndex struct {
	mu         sync.Mutex
	ttl        time.Duration
	maxSamples int
	delta      time.Duration // the join's interval widening (Config.Delta)
	joinWait   time.Duration // how far past a span's end its calls are known

	hosts   map[string]*hostState
	byTrace map[string][]*llmobsv1.GPUSample
	// callsByTrace finds a call by its trace: a call is filed under its
	// span's own host, and the split of another host finds it from the
	// trace's samples there (a client-side span of a model server). The
	// trace's calls are a list in the order they were recorded (call.next).
	callsByTrace map[string]*call
	traces       int    // the most traces callsByTrace held since it was made
	maxCallAll   uint64 // the longest call held, over all hosts
	n            int    // samples held
	evicted      int64
	newest       uint64 // max sample time seen
	spanClock    uint64 // max end of the spans enriched: the span side's progress
	calls        int    // calls held, over all hosts
	maxCalls     int
	// evictedAt is the clock (evictClockLocked) of the last eviction:
	// eviction runs again once the clock moved evictStep past it, as
	// well as on the GPU reader's 10 s ticker. On the ticker alone a
	// backlog, read at ~8 minutes of event time per second, held ~80
	// minutes of calls and samples between evictions instead of ttl
	// (make bench-e2e: the calls alone were up to 26 MB of heap).
	evictedAt uint64
}

// evictStep is how far the clock moves between evictions driven by the
// data (an eighth of the TTL: the state peaks at 1.125 TTLs of data).
func (ix *gpuIndex) evictStep() uint64 { return uint64(ix.ttl / 8) }

type hostState struct {
	name  string
	gpus  map[string][]*llmobsv1.GPUSample // GPU UUID (or index) -> samples in time order
	pods  map[string]bool
	calls []*call // recent model calls placed on this host, sorted by start (then as recorded): see callsLocked
	// pending are calls recorded since calls was last read, in the order
	// recorded: appending is O(1), where inserting into calls moved
	// half of it when partitions of a backlog were read at different
	// event times (and most calls are never read: no GPU data).
	pending []*call
	gpuIDs  map[string]string // the GPU IDs of the calls, each held once
	sampled bool              // GPU samples were seen for this host
	// maxCall is the longest call held, so overlap searches stay
	// logarithmic: a call overlapping [s, e) starts in [s-maxCall, e).
	maxCall uint64
}

type call struct {
	start, end uint64
	gpu        string // the span's own GPU ("" when it names none)
	ids        string // the trace ID, then the span ID: the span's identity
	tlen       int    // of the trace ID
	resHost    string // the span's own host: where the call is filed
	next       *call  // the next call of the same trace (callsByTrace)
}

func (c *call) id() string    { return c.ids }
func (c *call) trace() string { return c.ids[:c.tlen] }
func (c *call) span() string  { return c.ids[c.tlen:] }

func newGPUIndex(ttl time.Duration, maxSamples int) *gpuIndex {
	d := DefaultConfig()
	return &gpuIndex{ttl: ttl, maxSamples: maxSamples, maxCalls: maxSamples, delta: d.Delta, joinWait: d.JoinWait,
		hosts: map[string]*hostState{}, byTrace: map[string][]*llmobsv1.GPUSample{}, callsByTrace: map[string]*call{}}
}

func gpuKey(s *llmobsv1.GPUSample) string {
	if s.GpuUuid != "" {
		return s.GpuUuid
	}
	return "idx:" + s.GpuIndex
}

func (ix *gpuIndex) hostLocked(name string) *hostState {
	h := ix.hosts[name]
	if h == nil {
		h = &hostState{name: name, gpus: map[string][]*llmobsv1.GPUSample{}, pods: map[string]bool{}}
		ix.hosts[name] = h
	}
	return h
}

func (ix *gpuIndex) add(s *llmobsv1.GPUSample) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if s.TimeUnixNano > ix.newest {
		ix.newest = s.TimeUnixNano
		ix.evictDueLocked()
	}
	if len(s.TraceId) == 16 {
		k := string(s.TraceId)
		ix.byTrace[k] = append(ix.byTrace[k], s)
		ix.n++
	}
	if s.HostName != "" {
		h := ix.hostLocked(s.HostName)
		h.sampled = true
		list := h.gpus[gpuKey(s)]
		// Samples mostly arrive in order; keep the list sorted anyway —
		// and samples of one time in an order of their own (a scrape and
		// an exemplar or log record of the same instant come through
		// different partitions, in either order): the power between two
		// samples is read from the pair, so the order must not depend on
		// arrival.
		i := len(list)
		for i > 0 && sampleAfter(list[i-1], s) {
			i--
		}
		list = append(list, nil)
		copy(list[i+1:], list[i:])
		list[i] = s
		h.gpus[gpuKey(s)] = list
		if s.K8SPodName != "" {
			h.pods[s.K8SPodName] = true
		}
		ix.n++
	}
	if ix.n > ix.maxSamples {
		ix.evictLocked(true)
	}
}

// sampleAfter orders one GPU's samples: by time, then those without a
// trace ID first, then by trace and span ID, then by their readings.
func sampleAfter(a, b *llmobsv1.GPUSample) bool {
	if a.TimeUnixNano != b.TimeUnixNano {
		return a.TimeUnixNano > b.TimeUnixNano
	}
	if c := bytes.Compare(a.TraceId, b.TraceId); c != 0 {
		return c > 0
	}
	if c := bytes.Compare(a.SpanId, b.SpanId); c != 0 {
		return c > 0
	}
	ra, rb := readingKey(a), readingKey(b)
	for i := range ra {
		if ra[i] != rb[i] {
			return ra[i] > rb[i]
		}
	}
	return false
}

func readingKey(s *llmobsv1.GPUSample) [4]float64 {
	v := func(p *float64) float64 {
		if p == nil || math.IsNaN(*p) {
			return -1
		}
		return *p
	}
	return [4]float64{v(s.TotalEnergyMj), v(s.PowerWatts), v(s.UtilPercent), v(s.MemUsedMib)}
}

// hasHost says whether GPU samples were ever seen for host.
func (ix *gpuIndex) hasHost(host string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	h, ok := ix.hosts[host]
	return ok && h.sampled
}

// advanceSpanClock notes the span side's progress (the latest span end
// enriched), which age-based eviction follows.
func (ix *gpuIndex) advanceSpanClock(end uint64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if end > ix.spanClock {
		ix.spanClock = end
		ix.evictDueLocked()
	}
}

// evictDueLocked evicts when the clock moved evictStep since the last
// eviction.
func (ix *gpuIndex) evictDueLocked() {
	if c := ix.evictClockLocked(); c >= ix.evictedAt+ix.evictStep() {
		ix.evictLocked(false)
	}
}

// evictClockLocked is the progress eviction follows: the span side's
// (spanClock) when it is behind the GPU reader or there is no GPU data,
// else the newest sample.
func (ix *gpuIndex) evictClockLocked() uint64 {
	clock := ix.newest
	if ix.spanClock > 0 && (clock == 0 || ix.spanClock < clock) {
		// Before any GPU sample, the span side's progress alone: the
		// calls recorded for the split (every model call) expired
		// never, so a backlog without GPU data held them all (213k calls,
		// ~40 MB, in the 500k-span bench) up to max_gpu_samples.
		clock = ix.spanClock
	}
	return clock
}

// aheadOfSpans says whether the GPU reader is more than lead past the span
// side (then it pauses: a backlog read ahead is held in memory).
func (ix *gpuIndex) aheadOfSpans(lead time.Duration) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.spanClock > 0 && ix.newest > ix.spanClock+uint64(lead)
}

// expire drops samples and calls older than ttl before the span side's
// progress (or the newest sample, before any span).
func (ix *gpuIndex) expire() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.evictLocked(false)
}

func (ix *gpuIndex) evictLocked(overSize bool) {
	clock := ix.evictClockLocked()
	ix.evictedAt = clock
	cutoff := uint64(0)
	if clock > uint64(ix.ttl) {
		cutoff = clock - uint64(ix.ttl)
	}
	// Never more than two TTLs of GPU data, whatever the span side does.
	if ix.newest > 2*uint64(ix.ttl) {
		cutoff = max(cutoff, ix.newest-2*uint64(ix.ttl))
	}
	if overSize {
		// Over the size bound: drop the oldest quarter of the TTL too.
		cutoff += uint64(ix.ttl / 4)
	}
	for k, list := range ix.byTrace {
		keep := list[:0]
		for _, s := range list {
			if s.TimeUnixNano >= cutoff {
				keep = append(keep, s)
			} else {
				ix.n--
				ix.evicted++
			}
		}
		if len(keep) == 0 {
			delete(ix.byTrace, k)
		} else {
			ix.byTrace[k] = keep
		}
	}
	for host, h := range ix.hosts {
		for g, list := range h.gpus {
			i := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano >= cutoff })
			ix.n -= i
			ix.evicted += int64(i)
			if i == len(list) {
				delete(h.gpus, g)
			} else {
				h.gpus[g] = append([]*llmobsv1.GPUSample(nil), list[i:]...)
			}
		}
		ix.expireCallsLocked(h, cutoff)
		if len(h.gpus) == 0 && len(h.calls) == 0 && len(h.pending) == 0 {
			delete(ix.hosts, host)
		}
	}
	ix.compactTracesLocked()
}

// compactTracesLocked makes callsByTrace anew once it holds under a
// quarter of what it held (a Go map keeps the room of its largest size: a
// burst of calls between two expiries would hold it for good).
func (ix *gpuIndex) compactTracesLocked() {
	if n := len(ix.callsByTrace); ix.traces > 4*n+1024 {
		m := make(map[string]*call, n)
		for k, c := range ix.callsByTrace {
			m[k] = c
		}
		ix.callsByTrace, ix.traces = m, n
	}
}

// expireCallsLocked drops the host's calls that ended before cut.
func (ix *gpuIndex) expireCallsLocked(h *hostState, cut uint64) {
	h.calls = ix.expireLocked(h.calls, cut)
	h.pending = ix.expireLocked(h.pending, cut)
}

// expireLocked drops the calls of list that ended before cut, keeping
// the order of the others.
func (ix *gpuIndex) expireLocked(list []*call, cut uint64) []*call {
	kept := list[:0]
	for _, c := range list {
		if c.end >= cut {
			kept = append(kept, c)
		} else {
			ix.forgetTraceLocked(c)
		}
	}
	ix.calls -= len(list) - len(kept)
	ix.evicted += int64(len(list) - len(kept))
	clear(list[len(kept):])
	return kept
}

// shrinkCallsLocked brings the calls held under maxCalls by dropping the
// oldest ones (evictions counted): a span processed later than that splits
// its GPU only with the calls still held.
func (ix *gpuIndex) shrinkCallsLocked() {
	var newest uint64
	for _, h := range ix.hosts {
		for _, c := range h.calls {
			newest = max(newest, c.end)
		}
		for _, c := range h.pending {
			newest = max(newest, c.end)
		}
	}
	for keep := ix.ttl / 2; ix.calls > ix.maxCalls; keep /= 2 {
		cut := uint64(0)
		if newest > uint64(keep) {
			cut = newest - uint64(keep)
		}
		for _, h := range ix.hosts {
			ix.expireCallsLocked(h, cut)
		}
		if keep == 0 {
			break
		}
	}
}

func (ix *gpuIndex) size() (samples, hosts int, evicted int64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.n, len(ix.hosts), ix.evicted
}

// callsHeld is the number of model calls held for the GPU split.
func (ix *gpuIndex) callsHeld() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.calls
}

// recordCall notes a model call (its span's own host and GPU), so calls
// overlapping it split the GPU with it. It is filed under its span's own
// host; where it ran is decided when a split needs it (hostOfLocked), from
// the GPU samples then known — all of them up to the span's end + join_wait
// — not from those that happened to have arrived when the call was read.
//
// The IDs identify the span: a poll that is aborted (rebalance) and read
// again records its calls once, so a span never splits its GPU with itself.
func (ix *gpuIndex) recordCall(resHost, resGPU string, traceID, spanID []byte, start, end uint64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if end < start {
		return
	}
	var last *call // of the trace's calls
	if len(traceID) > 0 {
		for o := ix.callsByTrace[string(traceID)]; o != nil; o = o.next {
			if o.span() == string(spanID) {
				return
			}
			last = o
		}
	}
	h := ix.hostLocked(resHost)
	if len(traceID) == 0 {
		// A call without a trace is known by its host, start and span.
		calls := ix.callsLocked(h)
		i := sort.Search(len(calls), func(i int) bool { return calls[i].start >= start })
		for j := i; j < len(calls) && calls[j].start == start; j++ {
			if calls[j].tlen == 0 && calls[j].span() == string(spanID) {
				return
			}
		}
	}
	c := &call{start: start, end: end, gpu: h.gpuID(resGPU), ids: string(traceID) + string(spanID), tlen: len(traceID), resHost: h.name}
	switch {
	case last != nil:
		last.next = c
	case len(traceID) > 0:
		ix.callsByTrace[c.trace()] = c
		ix.traces = max(ix.traces, len(ix.callsByTrace))
	}
	ix.maxCallAll = max(ix.maxCallAll, end-start)
	h.pending = append(h.pending, c)
	h.maxCall = max(h.maxCall, c.end-c.start)
	ix.calls++
	if ix.calls > ix.maxCalls {
		ix.shrinkCallsLocked()
	}
}

// gpuID is id held once per host.
func (h *hostState) gpuID(id string) string {
	if id == "" {
		return ""
	}
	if g, ok := h.gpuIDs[id]; ok {
		return g
	}
	if h.gpuIDs == nil {
		h.gpuIDs = map[string]string{}
	}
	h.gpuIDs[id] = id
	return id
}

// callsLocked are the calls filed under h, sorted by start, those of
// one start in the order they were recorded: the pending calls merged in.
// The slice holds until the next recordCall or expiry (a split or an
// estimate reading it may call callsLocked again: nothing is pending then,
// and it returns the same slice).
func (ix *gpuIndex) callsLocked(h *hostState) []*call {
	p := h.pending
	if len(p) == 0 {
		return h.calls
	}
	slices.SortStableFunc(p, func(a, b *call) int { return cmp.Compare(a.start, b.start) })
	// Merge from the back: a pending call goes after the calls of its
	// start recorded before it.
	i, j := len(h.calls)-1, len(p)-1
	h.calls = append(h.calls, p...)
	for k := len(h.calls) - 1; j >= 0; k-- {
		if i >= 0 && h.calls[i].start > p[j].start {
			h.calls[k] = h.calls[i]
			i--
		} else {
			h.calls[k] = p[j]
			j--
		}
	}
	clear(p)
	h.pending = p[:0]
	return h.calls
}

// forgetTraceLocked drops an evicted call from callsByTrace.
func (ix *gpuIndex) forgetTraceLocked(c *call) {
	head := ix.callsByTrace[c.trace()]
	switch {
	case head == nil:
		return
	case head == c:
		if c.next == nil {
			delete(ix.callsByTrace, c.trace())
		} else {
			ix.callsByTrace[c.trace()] = c.next
		}
	default:
		for o := head; o.next != nil; o = o.next {
			if o.next == c {
				o.next = c.next
				break
			}
		}
	}
	c.next = nil
}

// hostOfLocked is the host a call ran on, for the split, from the GPU
// samples known: the host of the samples that name its span (an exemplar
// or a model server's log record); else its span's own host when that
// host has GPU samples around the call's start; else the host of its
// trace's samples within the call (a client-side span whose model server
// logs the trace); else its span's own host. Only samples up to the call's
// end count, so every span that splits with it — emitted once the GPU
// watermark passed its own end + join_wait, which is past this call's end —
// decides the same.
func (ix *gpuIndex) hostOfLocked(c *call) string {
	var named, inside *llmobsv1.GPUSample
	lo := uint64(0)
	if c.start > uint64(ix.delta) {
		lo = c.start - uint64(ix.delta)
	}
	first := func(cur, s *llmobsv1.GPUSample) *llmobsv1.GPUSample {
		if cur == nil || s.TimeUnixNano < cur.TimeUnixNano || s.TimeUnixNano == cur.TimeUnixNano && s.HostName < cur.HostName {
			return s
		}
		return cur
	}
	for _, s := range ix.byTrace[c.trace()] {
		if s.HostName == "" || s.TimeUnixNano > c.end {
			continue
		}
		if len(s.SpanId) > 0 && string(s.SpanId) == c.span() {
			named = first(named, s)
		} else if s.TimeUnixNano >= lo {
			inside = first(inside, s)
		}
	}
	if named != nil {
		return named.HostName
	}
	if h := ix.hosts[c.resHost]; h != nil && h.sampled {
		for _, list := range h.gpus {
			i := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano >= lo })
			if i < len(list) && list[i].TimeUnixNano <= c.start+uint64(ix.delta) {
				return c.resHost
			}
		}
	}
	if inside != nil {
		return inside.HostName
	}
	return c.resHost
}

// traceSamplesLocked are the samples with a host that carry the call's
// trace and say something about it: those naming its span when there are
// any, else those within [start − delta, end + delta]; sorted by time,
// host and GPU, so every choice made from them is the same whatever order
// they arrived in.
func (ix *gpuIndex) traceSamplesLocked(trace, span string, start, end uint64, withHost bool) []*llmobsv1.GPUSample {
	ts := ix.byTrace[trace]
	if len(ts) == 0 {
		return nil
	}
	var named, inside []*llmobsv1.GPUSample
	lo := uint64(0)
	if start > uint64(ix.delta) {
		lo = start - uint64(ix.delta)
	}
	for _, s := range ts {
		if withHost && s.HostName == "" {
			continue
		}
		if len(s.SpanId) == 8 && string(s.SpanId) == span {
			named = append(named, s)
		} else if s.TimeUnixNano >= lo && s.TimeUnixNano <= end+uint64(ix.delta) {
			inside = append(inside, s)
		}
	}
	out := named
	if len(out) == 0 {
		out = inside
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.TimeUnixNano != b.TimeUnixNano {
			return a.TimeUnixNano < b.TimeUnixNano
		}
		if a.HostName != b.HostName {
			return a.HostName < b.HostName
		}
		return gpuKey(a) < gpuKey(b)
	})
	return out
}

// namesSpan says whether any of ss names span.
func namesSpan(ss []*llmobsv1.GPUSample, span string) bool {
	for _, s := range ss {
		if len(s.SpanId) > 0 && string(s.SpanId) == span {
			return true
		}
	}
	return false
}

// gpuOfLocked is the GPU a call placed on host h ran on, "" when unknown
// (then it is spread over the host's GPUs): the span's own GPU, else the
// one GPU its trace's samples on h name.
func (ix *gpuIndex) gpuOfLocked(host string, c *call) string {
	if c.gpu != "" {
		return c.gpu
	}
	g := ""
	for _, s := range ix.traceSamplesLocked(c.trace(), c.span(), c.start, c.end, true) {
		if s.HostName != host {
			continue
		}
		if k := gpuKey(s); g == "" {
			g = k
		} else if g != k {
			return "" // several GPUs: a pool
		}
	}
	return g
}

// attribute joins one span with the GPU samples that served it.
func (ix *gpuIndex) attribute(sp *llmobsv1.Span, delta time.Duration) *llmobsv1.GPUAttribution {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	self := &call{start: sp.StartTimeUnixNano, end: sp.EndTimeUnixNano, gpu: sp.GetResource().GetGpuId(), ids: string(sp.TraceId) + string(sp.SpanId), tlen: len(sp.TraceId), resHost: sp.GetResource().GetHostName()}
	return ix.attributeLocked(self, sp.GetResource().GetK8SPodName(), delta)
}

// attributeLocked joins the call self (a span's, or one held in the
// index: estimate.go prices summarised calls by what the join gives the
// calls around them) with the GPU samples that served it; pod, when set,
// narrows an interval join to the samples of that pod.
func (ix *gpuIndex) attributeLocked(self *call, pod string, delta time.Duration) *llmobsv1.GPUAttribution {
	start, end := self.start, self.end
	a := &llmobsv1.GPUAttribution{Method: llmobsv1.JoinMethod_JOIN_METHOD_NONE}

	var matched []*llmobsv1.GPUSample
	host := self.resHost
	if ts := ix.traceSamplesLocked(self.trace(), self.span(), start, end, false); len(ts) > 0 {
		// A trace with calls on several hosts: its samples on the span's
		// own host say more about this call than those of the others.
		var own []*llmobsv1.GPUSample
		for _, s := range ts {
			if s.HostName == self.resHost && (len(s.SpanId) == 0 || string(s.SpanId) != self.span()) {
				own = append(own, s)
			}
		}
		if len(own) > 0 && len(own) < len(ts) && !namesSpan(ts, self.span()) {
			ts = own
		}
		matched = ts
		a.Method = llmobsv1.JoinMethod_JOIN_METHOD_TRACE
		host = ix.hostOfLocked(self)
	}
	h := ix.hosts[host]
	gpuID := self.gpu
	if len(matched) == 0 && h != nil {
		lo := uint64(0)
		if start > uint64(delta) {
			lo = start - uint64(delta)
		}
		hi := end + uint64(delta)
		usePod := pod != "" && h.pods[pod]
		for g, list := range h.gpus {
			if gpuID != "" && g != gpuID {
				continue
			}
			i := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano >= lo })
			for ; i < len(list) && list[i].TimeUnixNano <= hi; i++ {
				if usePod && list[i].K8SPodName != pod {
					continue
				}
				matched = append(matched, list[i])
			}
		}
		if len(matched) > 0 {
			a.Method = llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL
			sort.SliceStable(matched, func(i, j int) bool {
				if matched[i].TimeUnixNano != matched[j].TimeUnixNano {
					return matched[i].TimeUnixNano < matched[j].TimeUnixNano
				}
				return gpuKey(matched[i]) < gpuKey(matched[j])
			})
		}
	}
	if len(matched) == 0 {
		return a
	}
	fill(a, matched)
	// GPU-seconds and energy: the span's time on its GPU, split among the
	// calls running on the host at the same time (split.go).
	if h != nil {
		a.GpuSeconds, a.EnergyJoules = ix.splitLocked(host, h, self, ix.gpuOfLocked(host, self))
	}
	return a
}

// fill summarises the matched samples (sorted by time): how many, on how
// many GPUs, mean and max utilisation, max memory, mean power. The last
// sample names the host, GPU and model. Energy is the split's (split.go).
func fill(a *llmobsv1.GPUAttribution, ss []*llmobsv1.GPUSample) {
	gpus := map[string]bool{}
	var utilSum, powerSum float64
	var utilN, powerN int
	for _, s := range ss {
		gpus[gpuKey(s)] = true
		a.HostName, a.GpuUuid, a.GpuModel = s.HostName, s.GpuUuid, s.GpuModel
		if v, ok := finite(s.UtilPercent); ok {
			utilSum += v
			utilN++
			a.UtilMaxPercent = max(a.UtilMaxPercent, v)
		}
		if v, ok := finite(s.MemUsedMib); ok {
			a.MemUsedMaxMib = max(a.MemUsedMaxMib, v)
		}
		if v, ok := finite(s.PowerWatts); ok {
			powerSum += v
			powerN++
		}
	}
	a.Samples = uint32(len(ss))
	a.Gpus = uint32(len(gpus))
	if len(gpus) > 1 {
		a.GpuUuid = "" // several GPUs: none names the request alone
	}
	if utilN > 0 {
		a.UtilMeanPercent = utilSum / float64(utilN)
	}
	if powerN > 0 {
		a.PowerMeanWatts = powerSum / float64(powerN)
	}
}

// finite is a gauge's value when it has one that is a number: a NaN, an
// infinity or a negative reading (a broken exporter) is no reading.
func finite(p *float64) (float64, bool) {
	if p == nil || math.IsNaN(*p) || math.IsInf(*p, 0) || *p < 0 {
		return 0, false
	}
	return *p, true
}
