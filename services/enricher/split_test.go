package enricher

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// A host timeline for the split's tests: GPUs scraped every second with an
// energy counter whose rate over [i, i+1) s is rate[g][i], and model calls,
// some naming their GPU, some known by their trace's log records, the rest
// of unknown GPU.
type timeline struct {
	host    string
	gpus    []string
	secs    int
	rate    map[string][]float64 // W over each second
	samples []*llmobsv1.GPUSample
	spans   []*llmobsv1.Span
	gpuOf   map[int]string // span index -> GPU it ran on ("" unknown)
}

func traceID(host string, i int) []byte {
	b := make([]byte, 16)
	copy(b, host)
	binary.BigEndian.PutUint64(b[8:], uint64(i)+1)
	return b
}

func newTimeline(rng *rand.Rand, host string, nGPU, secs, nCalls int) *timeline {
	tl := &timeline{host: host, secs: secs, rate: map[string][]float64{}, gpuOf: map[int]string{}}
	for g := range nGPU {
		tl.gpus = append(tl.gpus, fmt.Sprintf("%s-GPU-%d", host, g))
	}
	for _, g := range tl.gpus {
		energy := 1e9
		for i := -10; i <= secs+10; i++ {
			w := 100 + 400*rng.Float64()
			tl.samples = append(tl.samples, &llmobsv1.GPUSample{TimeUnixNano: sec(float64(i)), HostName: host, GpuUuid: g, GpuModel: "NVIDIA H100 80GB HBM3",
				UtilPercent: f(50), TotalEnergyMj: f(energy), PowerWatts: f(w)})
			if i >= 0 {
				tl.rate[g] = append(tl.rate[g], w)
			}
			energy += w * 1000 // mJ over the next second
		}
		// The counter's rate over [i, i+1) is the w drawn at i: shift so
		// rate[g][i] is the power from i to i+1 s.
	}
	for i := range nCalls {
		from := rng.Float64() * float64(secs-1)
		d := 0.2 + rng.ExpFloat64()*3
		if rng.IntN(8) == 0 {
			d = 8 + rng.Float64()*20 // longer than join_wait: still running when the others are emitted
		}
		to := min(from+d, float64(secs))
		sp := llmSpan(0, host, "", from, to)
		sp.TraceId, sp.SpanId = traceID(host, i), bytes.Repeat([]byte{byte(i), byte(i >> 8)}, 4)
		switch rng.IntN(3) {
		case 0: // the span names its GPU
			g := tl.gpus[rng.IntN(nGPU)]
			sp.Resource.GpuId = g
			tl.gpuOf[i] = g
		case 1: // the model server's log record names the GPU (trace join)
			g := tl.gpus[rng.IntN(nGPU)]
			tl.samples = append(tl.samples, &llmobsv1.GPUSample{TimeUnixNano: sec(from + (to-from)/2), HostName: host, GpuUuid: g,
				GpuModel: "NVIDIA H100 80GB HBM3", TraceId: sp.TraceId, SpanId: sp.SpanId})
			tl.gpuOf[i] = g
		}
		tl.spans = append(tl.spans, sp)
	}
	return tl
}

// busy is what the GPUs of the host gave over the calls, computed
// independently of the split: at every instant each GPU is busy
// min(1, load) where a call on it is load 1 and a call of unknown GPU is
// 1/len(gpus) on each; GPU-seconds are its integral, joules the integral at
// the GPU's power then.
func (tl *timeline) busy() (gpuSeconds, joules float64) {
	var cuts []float64
	toS := func(ns uint64) float64 { return float64(int64(ns-t0)) / 1e9 }
	for _, sp := range tl.spans {
		cuts = append(cuts, toS(sp.StartTimeUnixNano), toS(sp.EndTimeUnixNano))
	}
	for i := 0; i <= tl.secs; i++ {
		cuts = append(cuts, float64(i))
	}
	sort.Float64s(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if b <= a {
			continue
		}
		mid := (a + b) / 2
		load := map[string]float64{}
		for i, sp := range tl.spans {
			if toS(sp.StartTimeUnixNano) <= a && toS(sp.EndTimeUnixNano) >= b {
				if g := tl.gpuOf[i]; g != "" {
					load[g]++
				} else {
					for _, g := range tl.gpus {
						load[g] += 1 / float64(len(tl.gpus))
					}
				}
			}
		}
		for _, g := range tl.gpus {
			u := min(1, load[g])
			gpuSeconds += u * (b - a)
			joules += u * (b - a) * tl.rate[g][int(mid)]
		}
	}
	return gpuSeconds, joules
}

// The split conserves: summed over every call, the GPU-seconds attributed
// equal the GPUs' busy time and the joules their energy over it — with
// calls on named GPUs, trace-joined calls, calls of unknown GPU, and calls
// still running long after others ended (read ahead or not).
func TestSplitConservesGPUTimeAndEnergy(t *testing.T) {
	for seed := range uint64(6) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 17))
			tl := newTimeline(rng, "node", 1+int(seed%3), 60, 40+int(seed)*20)
			e := testEnricher(t)
			for _, s := range tl.samples {
				e.gpu.add(s)
			}
			out := e.Enrich(tl.spans)
			var gs, j float64
			for i, es := range out {
				if es.Gpu.GetMethod() == llmobsv1.JoinMethod_JOIN_METHOD_NONE {
					t.Fatalf("call %d not joined", i)
				}
				gs += es.Gpu.GpuSeconds
				j += es.Gpu.EnergyJoules
			}
			wantS, wantJ := tl.busy()
			if math.Abs(gs-wantS) > 1e-6*wantS || math.Abs(j-wantJ) > 1e-6*wantJ {
				t.Fatalf("attributed %.6f GPU-s, %.3f J; the GPUs were busy %.6f GPU-s, %.3f J", gs, j, wantS, wantJ)
			}
			t.Logf("%d calls on %d GPUs: %.3f GPU-s, %.1f J attributed = busy", len(tl.spans), len(tl.gpus), gs, j)
		})
	}
}

// Worked examples of calls still running when a span is emitted
// (join_wait 5 s): a call ending within join_wait of the span splits
// evenly with it; a longer one takes what the span left, so the GPU is
// never counted twice; and which of them the index holds (read ahead)
// changes nothing.
func TestSplitCallsInFlight(t *testing.T) {
	cases := []struct {
		name      string
		other     [2]float64
		span, oth float64
		readOrder string
	}{
		// S [0,2], C [1,6]: C ends 4 s after S: both know each other.
		// S: 1 alone + 1/2 = 1.5; C: 1/2 + 4 alone = 4.5.
		// (C is always read before S is emitted here: the GPU watermark
		// passed S's end + join_wait.)
		{"ends within join_wait", [2]float64{1, 6}, 1.5, 4.5, ""},
		// S [0,2], C [1,20]: C still runs 18 s after S ended. S takes the
		// GPU over [1,2] (it knows no one else); C gets what is left: 0
		// there, then 18 s alone.
		{"ends after join_wait", [2]float64{1, 20}, 2, 18, ""},
	}
	for _, c := range cases {
		for _, readAhead := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/readahead=%v", c.name, readAhead), func(t *testing.T) {
				e := testEnricher(t)
				for i := -5; i <= 30; i++ {
					e.gpu.add(sample("n", "G", float64(i), 50, 300, 1e6+float64(i+5)*3e5))
				}
				s, o := llmSpan(1, "n", "G", 0, 2), llmSpan(2, "n", "G", c.other[0], c.other[1])
				var gotS float64
				if readAhead || c.other[1] <= 2+5 {
					// The GPU reader already read C's interval when S is
					// emitted.
					e.gpu.recordCall("n", "G", o.TraceId, o.SpanId, o.StartTimeUnixNano, o.EndTimeUnixNano)
				}
				gotS = e.Enrich([]*llmobsv1.Span{s})[0].Gpu.GpuSeconds
				gotO := e.Enrich([]*llmobsv1.Span{o})[0].Gpu
				if math.Abs(gotS-c.span) > 1e-9 || math.Abs(gotO.GpuSeconds-c.oth) > 1e-9 {
					t.Fatalf("S %.4f, C %.4f GPU-s; want %.4f, %.4f", gotS, gotO.GpuSeconds, c.span, c.oth)
				}
				if math.Abs(gotO.EnergyJoules-300*c.oth) > 1e-6 {
					t.Fatalf("C energy %.3f J, want %.3f (300 W × its GPU-s)", gotO.EnergyJoules, 300*c.oth)
				}
			})
		}
	}
	// The pool rule is the same for every join method: a trace-joined call
	// on GPU A of a 2-GPU host and an interval-joined call of unknown GPU
	// overlapping it fully. The unknown one is half on A, half on B: A
	// carries 1.5 of load (each unit gets 2/3), B 0.5 (each unit gets 1).
	// Trace call: 2/3 per s; unknown call: (2/3 + 1)/2 = 5/6 per s; total
	// 1.5 per s = A busy 1 + B busy 0.5.
	e := testEnricher(t)
	for i := -5; i <= 20; i++ {
		e.gpu.add(sample("n", "A", float64(i), 50, 300, 1e6+float64(i+5)*3e5))
		e.gpu.add(sample("n", "B", float64(i), 50, 300, 1e6+float64(i+5)*3e5))
	}
	traced, pooled := llmSpan(3, "n", "", 0, 6), llmSpan(4, "n", "", 0, 6)
	log := &llmobsv1.GPUSample{TimeUnixNano: sec(3), HostName: "n", GpuUuid: "A", TraceId: traced.TraceId, SpanId: traced.SpanId}
	e.gpu.add(log)
	out := e.Enrich([]*llmobsv1.Span{traced, pooled})
	if g := out[0].Gpu; g.Method != llmobsv1.JoinMethod_JOIN_METHOD_TRACE || math.Abs(g.GpuSeconds-6*2.0/3) > 1e-9 {
		t.Fatalf("trace-joined call: %v, want 4 GPU-s", g)
	}
	if g := out[1].Gpu; g.Method != llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL || math.Abs(g.GpuSeconds-6*5.0/6) > 1e-9 {
		t.Fatalf("unknown-GPU call: %v, want 5 GPU-s", g)
	}
}

// The join is a function of the data: the same GPU stream and spans,
// replayed with different poll sizes, different interleavings of the
// llmobs.gpu partitions, the GPU reader read ahead by different amounts
// (as a backlog replay does) and evictions at different moments, give
// byte-identical enriched GPU attributions — provided, as the enricher
// ensures before it emits a poll, every GPU record up to the poll's latest
// end + join_wait (+ out-of-orderness) has been read.
func TestJoinIsDeterministicUnderReplay(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var samples []*llmobsv1.GPUSample
	var spans []*llmobsv1.Span
	var calls []*llmobsv1.CallInterval
	const secs = 150
	for h, host := range []string{"gpu-a", "gpu-b"} {
		tl := newTimeline(rng, host, 2+h, secs, 300)
		samples = append(samples, tl.samples...)
		// Exemplars: a scrape's reading that also names a request, at the
		// scrape's instant (ingest partitions it by trace ID, so it may
		// arrive before or after the scrape itself).
		for i, sp := range tl.spans {
			if i%7 != 0 {
				continue
			}
			at := float64(int64(float64(sp.StartTimeUnixNano-t0)/1e9) + 1)
			g := tl.gpus[rng.IntN(len(tl.gpus))]
			samples = append(samples, &llmobsv1.GPUSample{TimeUnixNano: sec(at), HostName: host, GpuUuid: g, GpuModel: "NVIDIA H100 80GB HBM3",
				TraceId: sp.TraceId, UtilPercent: f(90), PowerWatts: f(200 + 100*rng.Float64())})
		}
		for i, sp := range tl.spans {
			// Ingest publishes every model call's interval on llmobs.gpu;
			// a third of the spans are processed by another instance.
			calls = append(calls, &llmobsv1.CallInterval{TraceId: sp.TraceId, SpanId: sp.SpanId, HostName: host, GpuId: sp.Resource.GpuId,
				StartTimeUnixNano: sp.StartTimeUnixNano, EndTimeUnixNano: sp.EndTimeUnixNano})
			if i%3 != 0 {
				spans = append(spans, sp)
			}
		}
	}
	// Agent traces that call models on both hosts at once: one trace, a
	// call on each, and an exemplar on each host naming the trace only
	// (no span), inside both calls' windows — so which host a call ran on
	// must not be read from whichever of the trace's samples came first.
	for i := range 40 {
		from := 5 + float64(i)*3.1
		tr := traceID("agent", i)
		for h, host := range []string{"gpu-a", "gpu-b"} {
			sp := llmSpan(0, host, "", from+0.2*float64(h), from+2+0.3*float64(h))
			sp.TraceId, sp.SpanId = tr, []byte{byte(h), 0xa, 0xa, 0xa, 0xa, 0xa, 0xa, byte(i)}
			calls = append(calls, &llmobsv1.CallInterval{TraceId: sp.TraceId, SpanId: sp.SpanId, HostName: host,
				StartTimeUnixNano: sp.StartTimeUnixNano, EndTimeUnixNano: sp.EndTimeUnixNano})
			spans = append(spans, sp)
			samples = append(samples, &llmobsv1.GPUSample{TimeUnixNano: sec(from + 1), HostName: host, GpuUuid: host + "-GPU-0",
				GpuModel: "NVIDIA H100 80GB HBM3", TraceId: tr})
		}
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].EndTimeUnixNano < spans[j].EndTimeUnixNano })
	cfg := DefaultConfig()
	cfg.StateTTL = time.Minute // short, so evictions happen during the run

	// GPU records as ingest partitions them: samples by host/GPU (or trace),
	// calls by host/GPU; each partition in event order.
	type rec struct {
		at     uint64
		sample *llmobsv1.GPUSample
		call   *llmobsv1.CallInterval
	}
	const nParts = 4
	parts := make([][]rec, nParts)
	part := func(key string) int { return int(uint32(len(key)*31+int(key[len(key)-1])) % nParts) }
	for _, s := range samples {
		k := s.HostName + "/" + s.GpuUuid
		if len(s.TraceId) > 0 {
			k = string(s.TraceId)
		}
		parts[part(k)] = append(parts[part(k)], rec{at: s.TimeUnixNano, sample: s})
	}
	for _, c := range calls {
		k := c.HostName + "/" + c.GpuId
		parts[part(k)] = append(parts[part(k)], rec{at: c.EndTimeUnixNano, call: c})
	}
	for _, p := range parts {
		sort.SliceStable(p, func(i, j int) bool { return p[i].at < p[j].at })
	}

	run := func(seed uint64) []*llmobsv1.GPUAttribution {
		rng := rand.New(rand.NewPCG(seed, 1))
		m, err := newMetrics(prometheus.NewRegistry())
		if err != nil {
			t.Fatal(err)
		}
		e, err := newEnricher(cfg, m)
		if err != nil {
			t.Fatal(err)
		}
		pos := make([]int, nParts)
		// feed reads GPU records, interleaving partitions at random, until
		// every partition is past upTo (and then some, at random).
		feed := func(upTo uint64) {
			extra := uint64(rng.IntN(int(cfg.StateTTL / 2)))
			for {
				var open []int
				for p := range parts {
					if pos[p] < len(parts[p]) && parts[p][pos[p]].at <= upTo+extra {
						open = append(open, p)
					}
				}
				if len(open) == 0 {
					return
				}
				p := open[rng.IntN(len(open))]
				for n := 1 + rng.IntN(50); n > 0 && pos[p] < len(parts[p]) && parts[p][pos[p]].at <= upTo+extra; n-- {
					r := parts[p][pos[p]]
					pos[p]++
					if r.sample != nil {
						e.gpu.add(r.sample)
					} else {
						e.gpu.recordCall(r.call.HostName, r.call.GpuId, r.call.TraceId, r.call.SpanId, r.call.StartTimeUnixNano, r.call.EndTimeUnixNano)
					}
				}
				if rng.IntN(20) == 0 {
					e.gpu.expire()
				}
			}
		}
		var out []*llmobsv1.GPUAttribution
		for i := 0; i < len(spans); {
			n := 1 + rng.IntN(60)
			poll := spans[i:min(i+n, len(spans))]
			i += len(poll)
			var need uint64
			for _, sp := range poll {
				need = max(need, sp.EndTimeUnixNano)
			}
			feed(need + uint64(cfg.JoinWait+cfg.OutOfOrderness))
			for _, es := range e.Enrich(poll) {
				out = append(out, es.Gpu)
			}
			if rng.IntN(3) == 0 {
				e.gpu.expire()
			}
		}
		return out
	}
	want := run(1)
	joined := 0
	for _, g := range want {
		if g.GetMethod() != llmobsv1.JoinMethod_JOIN_METHOD_NONE && g.GpuSeconds > 0 {
			joined++
		}
	}
	if joined != len(spans) {
		t.Fatalf("%d of %d spans joined with GPU time", joined, len(spans))
	}
	for seed := uint64(2); seed <= 6; seed++ {
		got := run(seed)
		for i := range want {
			if !proto.Equal(want[i], got[i]) {
				t.Fatalf("replay %d, span %d (%.1f..%.1f s): %v\nfirst run: %v", seed, i,
					float64(spans[i].StartTimeUnixNano-t0)/1e9, float64(spans[i].EndTimeUnixNano-t0)/1e9, got[i], want[i])
			}
		}
	}
}

// With the GPU side's watermarks in band (ingest writes them into every
// llmobs.gpu partition), a self-hosted call on a host the enricher has not
// heard of yet — its samples are still on their way, as in a backlog where
// ingest reads metrics behind spans — waits for them instead of being
// emitted joined with nothing.
func TestServiceWaitsForInbandGPUWatermark(t *testing.T) {
	kc, topics := kfakeCluster(t)
	cl, err := kafka.NewClient(kc, "t", kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	produce := func(topic string, part int32, m proto.Message) {
		v, _ := proto.Marshal(m)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: topic, Partition: part, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	beat := func(at float64) {
		for p := range int32(3) { // kfakeCluster: 3 partitions
			produce(topics.GPU, p, &llmobsv1.GPUSampleBatch{SourcePartitions: 1,
				Watermarks: []*llmobsv1.SourceWatermark{{Partition: 0, WatermarkUnixMs: int64(sec(at) / 1e6)}}})
		}
	}
	beat(4)
	stop := startService(t, kc, topics, "inst-inband", nil, func(c *Config) {
		c.Delta, c.JoinWait, c.OutOfOrderness = time.Second, time.Second, 0
		c.MaxWait, c.GPUIdleTimeout = 30*time.Second, time.Second
		c.GPUWatermark = "inband"
	})
	defer stop()
	produce(topics.Spans, 1, &llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{llmSpan(1, "node-new", "", 5, 6)}})
	var gb llmobsv1.GPUSampleBatch
	for i := 0; i <= 10; i++ {
		gb.Samples = append(gb.Samples, sample("node-new", "GPU-A", float64(i), 50, 300, 1e6+float64(i)*3e5))
	}
	produce(topics.GPU, 2, &gb)
	beat(10)
	got := firstEnriched(t, kc, topics.Enriched, func(*llmobsv1.EnrichedSpan) bool { return true })
	if g := got.Gpu; g.Method != llmobsv1.JoinMethod_JOIN_METHOD_INTERVAL || g.Samples != 4 || math.Abs(g.GpuSeconds-1) > 1e-9 {
		t.Fatalf("self-hosted call on a host not heard of yet: %v, want an interval join of samples 4..7 s, 1 GPU-s", g)
	}
}
