package enricher

import (
	"sort"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The GPU split: how a host's GPU time (and energy) is shared among the
// model calls running on it.
//
// The model. A host has the GPUs its samples name around the call (those
// with a sample in [start − delta, end + delta]). A call whose GPU is
// known (the span names one, or its trace's samples name exactly one) runs
// on that GPU; a call whose GPU is not known is spread evenly over the
// host's GPUs. At each instant a GPU's capacity (1 GPU-second per second)
// is shared among the load on it, and no call gets more than its load: two
// calls on one GPU get half each; a call of unknown GPU alone on a
// 2-GPU host gets one GPU's worth (half of each). This is the same rule for
// every join method: a trace-joined call on a known GPU and an
// interval-joined call of unknown GPU compete on the same GPUs.
//
// Calls still running when a span is emitted. A span is emitted once the
// GPU watermark passed its end + join_wait, so it knows every call that
// ended by then — ended before it or after it — but not a longer call still
// running (its interval is published when it ends). To keep the split
// conserving anyway, the share at each instant is settled in the order the
// calls end (ties by trace and span ID): each call takes its fair share of
// what the calls ending before it left, among the calls it knows (those
// ending by its own end + join_wait, itself included). Every call can
// recompute the takes of the calls that end before it (it knows everything
// they knew), so the result is a function of the data alone, and the last
// call on a GPU takes what is left: summed over the calls, the GPU-seconds
// at each instant are exactly the GPUs' busy time, Σ_g min(1, load_g), and
// the energy is that busy time at each GPU's power then. When every
// overlapping call ends within join_wait of the others (the common case),
// this is the plain equal split; a call ending later than that gets what
// the earlier ones left at the instants they shared.
//
// Power over time: between two consecutive samples of a GPU, the rate of
// its total-energy counter (dcgm's DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ)
// when both carry it, else the mean of their power readings; before the
// first and after the last sample in the window, the nearest such pair.

// splitLocked returns the GPU-seconds and joules the call self (placed on
// host h, on GPU selfGPU or "" for the host's GPUs as a pool) gets.
func (ix *gpuIndex) splitLocked(host string, h *hostState, self *call, selfGPU string) (gpuSeconds, joules float64) {
	start, end := self.start, self.end
	if end <= start {
		return 0, 0
	}
	lo := uint64(0)
	if start > uint64(ix.delta) {
		lo = start - uint64(ix.delta)
	}
	hi := end + uint64(ix.delta)

	// The host's GPUs around the call, and their samples in the window.
	type gpuState struct {
		key     string
		samples []*llmobsv1.GPUSample
		pool    bool
	}
	var gpus []*gpuState
	index := map[string]int{}
	keys := make([]string, 0, len(h.gpus))
	for k := range h.gpus {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		list := h.gpus[k]
		i := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano >= lo })
		j := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano > hi })
		if i < j {
			index[k] = len(gpus)
			gpus = append(gpus, &gpuState{key: k, samples: readings(list[i:j]), pool: true})
		}
	}
	pool := len(gpus)
	if pool == 0 {
		// No sample in the window (a trace join on samples without a
		// host-wide scrape): one GPU.
		index[""] = 0
		gpus = append(gpus, &gpuState{key: "", pool: true})
		pool = 1
	}
	gpuIndexOf := func(g string) int {
		if g == "" {
			return -1
		}
		if i, ok := index[g]; ok {
			return i
		}
		index[g] = len(gpus)
		gpus = append(gpus, &gpuState{key: g, samples: readings(windowOf(h.gpus[g], lo, hi))})
		return index[g]
	}

	// The calls the span knows that overlap it: those ending by its end +
	// join_wait, itself included.
	type member struct {
		c   *call
		gpu int // -1: spread over the pool
	}
	limit := end + uint64(ix.joinWait)
	var cands []member
	selfID := self.id()
	from := uint64(0)
	if start > h.maxCall {
		from = start - h.maxCall
	}
	calls := ix.callsLocked(h)
	first := sort.Search(len(calls), func(i int) bool { return calls[i].start >= from })
	seen := map[*call]bool{}
	consider := func(c *call) {
		if seen[c] || c.start >= end || c.end <= start || c.end > limit || c.id() == selfID || ix.hostOfLocked(c) != host {
			return
		}
		seen[c] = true
		cands = append(cands, member{c, gpuIndexOf(ix.gpuOfLocked(host, c))})
	}
	for _, c := range calls[first:] {
		if c.start >= end {
			break
		}
		consider(c)
	}
	// Calls filed under another host that ran here (client-side spans of
	// this model server): found from their traces' samples on this host.
	tlo := uint64(0)
	if start > ix.maxCallAll+uint64(ix.delta) {
		tlo = start - ix.maxCallAll - uint64(ix.delta)
	}
	var traces []string
	for _, list := range h.gpus {
		i := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano >= tlo })
		for ; i < len(list) && list[i].TimeUnixNano <= end; i++ {
			if len(list[i].TraceId) > 0 {
				traces = append(traces, string(list[i].TraceId))
			}
		}
	}
	sort.Strings(traces)
	for i, tr := range traces {
		if i > 0 && traces[i-1] == tr {
			continue
		}
		for c := ix.callsByTrace[tr]; c != nil; c = c.next {
			if c.resHost != host {
				consider(c)
			}
		}
	}
	cands = append(cands, member{self, gpuIndexOf(selfGPU)})

	// Instants where the split or the power can change.
	cuts := []uint64{start, end}
	for _, m := range cands {
		if m.c.start > start && m.c.start < end {
			cuts = append(cuts, m.c.start)
		}
		if m.c.end > start && m.c.end < end {
			cuts = append(cuts, m.c.end)
		}
	}
	for _, g := range gpus {
		for _, s := range g.samples {
			if s.TimeUnixNano > start && s.TimeUnixNano < end {
				cuts = append(cuts, s.TimeUnixNano)
			}
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i] < cuts[j] })

	load := func(m member, g int) float64 {
		if m.gpu >= 0 {
			if m.gpu == g {
				return 1
			}
			return 0
		}
		if gpus[g].pool {
			return 1 / float64(pool)
		}
		return 0
	}
	nG := len(gpus)
	resid := make([]float64, nG)
	known := make([]float64, nG) // load of the calls known to the one settling, from it on
	var active []member
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if b <= a {
			continue
		}
		active = active[:0]
		for _, m := range cands {
			if m.c.start <= a && m.c.end >= b {
				active = append(active, m)
			}
		}
		sort.Slice(active, func(i, j int) bool {
			x, y := active[i].c, active[j].c
			if x.end != y.end {
				return x.end < y.end
			}
			return x.id() < y.id()
		})
		for g := range resid {
			resid[g], known[g] = 1, 0
		}
		k := 0 // active[j:k] are known to active[j]
		dt := float64(b - a)
		mid := a + (b-a)/2
		for _, m := range active {
			for ; k < len(active) && active[k].c.end <= m.c.end+uint64(ix.joinWait); k++ {
				for g := range nG {
					known[g] += load(active[k], g)
				}
			}
			isSelf := m.c == self
			for g := range nG {
				l := load(m, g)
				if l == 0 {
					continue
				}
				take := l
				if known[g] > resid[g] {
					take = l * resid[g] / known[g]
				}
				resid[g] -= take
				known[g] -= l
				if isSelf {
					gpuSeconds += take * dt
					joules += take * dt * powerAt(gpus[g].samples, mid)
				}
			}
			if isSelf {
				break
			}
		}
	}
	return gpuSeconds / 1e9, joules / 1e9
}

// windowOf is the part of a sorted sample list within [lo, hi].
func windowOf(list []*llmobsv1.GPUSample, lo, hi uint64) []*llmobsv1.GPUSample {
	i := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano >= lo })
	j := sort.Search(len(list), func(i int) bool { return list[i].TimeUnixNano > hi })
	return list[i:j]
}

// readings are the samples that say something about power (an energy
// counter or a power gauge): a model server's log record tied to a request
// carries neither and must not break the counter's rate in two.
func readings(ss []*llmobsv1.GPUSample) []*llmobsv1.GPUSample {
	var out []*llmobsv1.GPUSample
	for _, s := range ss {
		_, e := finite(s.TotalEnergyMj)
		_, p := finite(s.PowerWatts)
		if e || p {
			out = append(out, s)
		}
	}
	return out
}

// powerAt is a GPU's power (W) at t from its samples (sorted by time): the
// pair of samples around t, or the nearest pair when t is outside them.
func powerAt(ss []*llmobsv1.GPUSample, t uint64) float64 {
	switch len(ss) {
	case 0:
		return 0
	case 1:
		v, _ := finite(ss[0].PowerWatts)
		return v
	}
	i := sort.Search(len(ss), func(i int) bool { return ss[i].TimeUnixNano > t })
	i = min(max(i, 1), len(ss)-1) // ss[i-1] <= t < ss[i], clamped to the ends
	return pairPower(ss[i-1], ss[i])
}

func pairPower(p, q *llmobsv1.GPUSample) float64 {
	if e0, ok := finite(p.TotalEnergyMj); ok && q.TimeUnixNano > p.TimeUnixNano {
		if e1, ok := finite(q.TotalEnergyMj); ok && e1 >= e0 {
			return (e1 - e0) / 1000 / (float64(q.TimeUnixNano-p.TimeUnixNano) / 1e9)
		}
	}
	v0, ok0 := finite(p.PowerWatts)
	v1, ok1 := finite(q.PowerWatts)
	switch {
	case ok0 && ok1:
		return (v0 + v1) / 2
	case ok0:
		return v0
	case ok1:
		return v1
	}
	return 0
}
