package enricher

import (
	"math"
	"sort"
	"sync"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// gpuIndex is the GPU side of the join: recent samples by host and GPU (for
// interval joins) and by trace ID (for exact joins), plus recent LLM calls
// per host and GPU (for splitting a GPU among concurrent requests). It is
// bounded by age (ttl) and size (maxSamples); evictions are counted.
type gpuIndex struct {
	mu         sync.Mutex
	ttl        time.Duration
	maxSamples int

	hosts      map[string]*hostState
	byTrace    map[string][]*llmobsv1.GPUSample
	n          int // samples held
	evicted    int64
	newest     uint64 // max sample time seen
	newestCall uint64 // max call end seen
	callTTL    time.Duration
	calls      int // calls held, over all hosts
	maxCalls   int
}

type hostState struct {
	gpus  map[string][]*llmobsv1.GPUSample // GPU UUID (or index) -> samples in time order
	pods  map[string]bool
	calls []call // recent LLM calls on this host, sorted by start
	// maxCall is the longest call held, so overlap searches stay
	// logarithmic: a call overlapping [s, e) starts in [s-maxCall, e).
	maxCall uint64
}

type call struct {
	start, end uint64
	gpu        string // "" when unknown
	id         string // trace ID + span ID: a replayed span is one call, not two
}

func newGPUIndex(ttl time.Duration, maxSamples int) *gpuIndex {
	return &gpuIndex{ttl: ttl, maxSamples: maxSamples, callTTL: 2 * time.Minute, maxCalls: maxSamples, hosts: map[string]*hostState{}, byTrace: map[string][]*llmobsv1.GPUSample{}}
}

func gpuKey(s *llmobsv1.GPUSample) string {
	if s.GpuUuid != "" {
		return s.GpuUuid
	}
	return "idx:" + s.GpuIndex
}

func (ix *gpuIndex) add(s *llmobsv1.GPUSample) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if s.TimeUnixNano > ix.newest {
		ix.newest = s.TimeUnixNano
	}
	if len(s.TraceId) == 16 {
		k := string(s.TraceId)
		ix.byTrace[k] = append(ix.byTrace[k], s)
		ix.n++
	}
	if s.HostName != "" {
		h := ix.hosts[s.HostName]
		if h == nil {
			h = &hostState{gpus: map[string][]*llmobsv1.GPUSample{}, pods: map[string]bool{}}
			ix.hosts[s.HostName] = h
		}
		list := h.gpus[gpuKey(s)]
		// Samples mostly arrive in order; keep the list sorted anyway.
		i := len(list)
		for i > 0 && list[i-1].TimeUnixNano > s.TimeUnixNano {
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

// hasHost says whether GPU samples were ever seen for host.
func (ix *gpuIndex) hasHost(host string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	_, ok := ix.hosts[host]
	return ok
}

// expire drops samples older than ttl before the newest sample.
func (ix *gpuIndex) expire() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.evictLocked(false)
}

func (ix *gpuIndex) evictLocked(overSize bool) {
	cutoff := ix.newest - uint64(ix.ttl)
	if ix.newest < uint64(ix.ttl) {
		cutoff = 0
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
		// Calls matter only to spans that overlap them and are processed
		// soon after; keep callTTL of them.
		ix.expireCallsLocked(h, ix.callTTL)
		if len(h.gpus) == 0 && len(h.calls) == 0 {
			delete(ix.hosts, host)
		}
	}
}

// expireCallsLocked drops the host's calls that ended more than keep
// before the newest call.
func (ix *gpuIndex) expireCallsLocked(h *hostState, keep time.Duration) {
	cut := uint64(0)
	if ix.newestCall > uint64(keep) {
		cut = ix.newestCall - uint64(keep)
	}
	calls := h.calls[:0]
	for _, c := range h.calls {
		if c.end >= cut {
			calls = append(calls, c)
		}
	}
	ix.calls -= len(h.calls) - len(calls)
	ix.evicted += int64(len(h.calls) - len(calls))
	clear(h.calls[len(calls):])
	h.calls = calls
}

// shrinkCallsLocked brings the calls held under maxCalls by halving the
// window kept until they fit (evictions counted): a span processed later
// than that splits its GPU only with the calls still held.
func (ix *gpuIndex) shrinkCallsLocked() {
	for keep := ix.callTTL / 2; ix.calls > ix.maxCalls; keep /= 2 {
		for _, h := range ix.hosts {
			ix.expireCallsLocked(h, keep)
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

// recordCall notes an LLM call on a host (and GPU when known), so calls
// overlapping it split the GPU with it.
//
// id identifies the span: a poll that is aborted (rebalance) and read
// again records its calls once, so a span never splits its GPU with
// itself.
func (ix *gpuIndex) recordCall(host, gpu, id string, start, end uint64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	h := ix.hosts[host]
	if h == nil || end < start {
		return
	}
	i := len(h.calls)
	for i > 0 && h.calls[i-1].start > start {
		i--
	}
	for j := i - 1; j >= 0 && h.calls[j].start == start; j-- {
		if id != "" && h.calls[j].id == id {
			return
		}
	}
	h.calls = append(h.calls, call{})
	copy(h.calls[i+1:], h.calls[i:])
	h.calls[i] = call{start: start, end: end, gpu: gpu, id: id}
	h.maxCall = max(h.maxCall, end-start)
	ix.newestCall = max(ix.newestCall, end)
	ix.calls++
	if ix.calls > ix.maxCalls {
		ix.shrinkCallsLocked()
	}
}

// placeOf is where a model call ran, for the GPU split: the host and GPU
// of the GPU samples carrying its trace ID (those naming the span first)
// when there are any, else the span's own host and GPU.
func (ix *gpuIndex) placeOf(sp *llmobsv1.Span) (host, gpu string) {
	return ix.placeOfCall(sp.TraceId, sp.SpanId, sp.GetResource().GetHostName(), sp.GetResource().GetGpuId())
}

// placeOfCall is placeOf for a call known by its IDs and resource place.
func (ix *gpuIndex) placeOfCall(traceID, spanID []byte, resHost, resGPU string) (host, gpu string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var found *llmobsv1.GPUSample
	for _, s := range ix.byTrace[string(traceID)] {
		if s.HostName == "" {
			continue
		}
		if string(s.SpanId) == string(spanID) {
			found = s
			break
		}
		if found == nil {
			found = s
		}
	}
	if found != nil {
		return found.HostName, gpuKey(found)
	}
	return resHost, resGPU
}

// attribute joins one span with the GPU samples that served it.
func (ix *gpuIndex) attribute(sp *llmobsv1.Span, delta time.Duration) *llmobsv1.GPUAttribution {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	start, end := sp.StartTimeUnixNano, sp.EndTimeUnixNano
	a := &llmobsv1.GPUAttribution{Method: llmobsv1.JoinMethod_JOIN_METHOD_NONE}

	var matched []*llmobsv1.GPUSample
	if ts := ix.byTrace[string(sp.TraceId)]; len(ts) > 0 {
		// Samples naming this span win; else every sample of the trace
		// that falls in the span.
		for _, s := range ts {
			if len(s.SpanId) == 8 && string(s.SpanId) == string(sp.SpanId) {
				matched = append(matched, s)
			}
		}
		if len(matched) == 0 {
			for _, s := range ts {
				if s.TimeUnixNano+uint64(delta) >= start && s.TimeUnixNano <= end+uint64(delta) {
					matched = append(matched, s)
				}
			}
		}
		if len(matched) > 0 {
			a.Method = llmobsv1.JoinMethod_JOIN_METHOD_TRACE
		}
	}
	host := sp.GetResource().GetHostName()
	h := ix.hosts[host]
	gpuID := sp.GetResource().GetGpuId()
	if len(matched) == 0 && h != nil {
		lo := uint64(0)
		if start > uint64(delta) {
			lo = start - uint64(delta)
		}
		hi := end + uint64(delta)
		pod := sp.GetResource().GetK8SPodName()
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
		}
	}
	if len(matched) == 0 {
		return a
	}
	fill(a, matched, start, end)
	// GPU-seconds: the span's duration on the GPUs it used, split among
	// the calls running on them at the same time (two overlapping calls
	// on one GPU each get half of the overlap).
	if a.Method == llmobsv1.JoinMethod_JOIN_METHOD_TRACE {
		// The samples name where the call ran (the model server), which
		// need not be the span's own host (the client calling it).
		h, gpuID = ix.hosts[a.HostName], ""
		if a.Gpus == 1 {
			gpuID = gpuKey(matched[0])
		}
	}
	a.GpuSeconds = ix.gpuSecondsLocked(h, gpuID, start, end, int(a.Gpus))
	// Energy follows the same share (DESIGN: GPU-seconds and energy in
	// proportion to the request's share): fill measured the matched GPUs'
	// energy over the whole span; the request gets its GPU-seconds at
	// their mean power.
	if end > start && a.Gpus > 0 {
		a.EnergyJoules *= a.GpuSeconds / (float64(end-start) / 1e9 * float64(a.Gpus))
	}
	return a
}

// fill summarises the matched samples. Energy (before the request's share
// is taken in attribute) is the span's own duration at the GPU's mean
// power over the matched samples: taken from the
// total-energy counter's delta between the first and last sample when the
// GPU reports one (dcgm's DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ), else
// the mean of the power samples; summed over the GPUs matched.
func fill(a *llmobsv1.GPUAttribution, ss []*llmobsv1.GPUSample, start, end uint64) {
	type perGPU struct {
		first, last *llmobsv1.GPUSample // first and last with an energy counter
		powerSum    float64
		powerN      int
	}
	gpus := map[string]*perGPU{}
	var utilSum, powerSum float64
	var utilN, powerN int
	for _, s := range ss {
		k := gpuKey(s)
		g := gpus[k]
		if g == nil {
			g = &perGPU{}
			gpus[k] = g
		}
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
			g.powerSum += v
			g.powerN++
		}
		if _, ok := finite(s.TotalEnergyMj); ok {
			if g.first == nil || s.TimeUnixNano < g.first.TimeUnixNano {
				g.first = s
			}
			if g.last == nil || s.TimeUnixNano >= g.last.TimeUnixNano {
				g.last = s
			}
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
	if end <= start {
		return
	}
	dur := float64(end-start) / 1e9
	for _, g := range gpus {
		if g.first != nil && g.last.TimeUnixNano > g.first.TimeUnixNano && *g.last.TotalEnergyMj >= *g.first.TotalEnergyMj {
			// Counter delta (mJ) over the samples' span, as watts.
			watts := (*g.last.TotalEnergyMj - *g.first.TotalEnergyMj) / 1000 /
				(float64(g.last.TimeUnixNano-g.first.TimeUnixNano) / 1e9)
			a.EnergyJoules += watts * dur
		} else if g.powerN > 0 {
			a.EnergyJoules += g.powerSum / float64(g.powerN) * dur
		}
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

// gpuSecondsLocked splits the span's time on its GPUs among the calls
// running concurrently. When the span's GPU is unknown, the host's GPUs
// are a pool: concurrent calls spread over them.
func (ix *gpuIndex) gpuSecondsLocked(h *hostState, gpuID string, start, end uint64, matchedGPUs int) float64 {
	if end <= start {
		return 0
	}
	pool := 1
	if gpuID == "" && h != nil && len(h.gpus) > 0 {
		pool = len(h.gpus)
	}
	// Sweep the span's interval over the boundaries of overlapping calls.
	type ev struct {
		t     uint64
		delta int
	}
	var evs []ev
	if h != nil {
		lo := uint64(0)
		if start > h.maxCall {
			lo = start - h.maxCall
		}
		first := sort.Search(len(h.calls), func(i int) bool { return h.calls[i].start >= lo })
		for _, c := range h.calls[first:] {
			if c.start >= end {
				break
			}
			if gpuID != "" && c.gpu != "" && c.gpu != gpuID {
				continue
			}
			if c.end <= start || c.start >= end {
				continue
			}
			evs = append(evs, ev{max(c.start, start), +1}, ev{min(c.end, end), -1})
		}
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].t < evs[j].t || evs[i].t == evs[j].t && evs[i].delta < evs[j].delta })
	total := 0.0
	active := 0
	prev := start
	for _, e := range evs {
		if e.t > prev {
			total += share(active, pool) * float64(e.t-prev)
			prev = e.t
		}
		active += e.delta
	}
	if end > prev {
		total += share(active, pool) * float64(end-prev)
	}
	return total / 1e9
}

// share of one GPU a call gets with n calls (itself included, at least 1)
// running on a pool of GPUs.
func share(n, pool int) float64 {
	if n < 1 {
		n = 1
	}
	if n <= pool {
		return 1
	}
	return float64(pool) / float64(n)
}
