package sampling

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func traceID(r *rand.Rand) []byte {
	b := make([]byte, 16)
	binary.BigEndian.PutUint64(b[:8], r.Uint64())
	binary.BigEndian.PutUint64(b[8:], r.Uint64())
	return b
}

func TestKeepIsConsistentNestedAndCalibrated(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 200_000
	kept := map[float64]int{}
	for range n {
		id := traceID(r)
		for _, p := range []float64{0.5, 0.1, 1.0 / 64} {
			if Keep(id, p) {
				kept[p]++
			}
		}
		if Keep(id, 0.1) && !Keep(id, 0.5) {
			t.Fatal("kept at p=0.1 but not at p=0.5: samples must nest")
		}
		if Keep(id, 0.1) != Keep(append([]byte(nil), id...), 0.1) {
			t.Fatal("not a function of the trace ID")
		}
	}
	for p, k := range kept {
		if got := float64(k) / n; math.Abs(got-p) > 4*math.Sqrt(p*(1-p)/n) {
			t.Errorf("p=%v: kept %.4f", p, got)
		}
	}
	if !Keep(nil, 1) || Keep(make([]byte, 16), 0.5) {
		t.Error("edge cases: p=1 keeps; R=0 is below any positive threshold")
	}
}

func TestQuantize(t *testing.T) {
	for in, want := range map[float64]float64{1.2: 1, 0.5: 0.5, 0.1: 6.0 / 64, 0.02: 1.0 / 64, 0.005: 1.0 / 256, 0: 0} {
		if got := Quantize(in); got != want {
			t.Errorf("Quantize(%v) = %v, want %v", in, got, want)
		}
	}
}

type obs struct {
	levels []int
	spans  map[string]int
}

func (o *obs) Level(l int, _ float64)       { o.levels = append(o.levels, l) }
func (o *obs) Span(decision, reason string) { o.spans[decision+"/"+reason]++ }

func TestControllerHysteresis(t *testing.T) {
	cfg := DefaultConfig()
	cfg.TargetLag, cfg.Hold = 1000, 2
	o := &obs{spans: map[string]int{}}
	c := New(cfg, nil, o)
	step := func(lag int64, wantLevel int) {
		t.Helper()
		c.Update(Pressure{Lag: lag})
		if c.Level() != wantLevel {
			t.Fatalf("after lag %d: level %d, want %d (p %v)", lag, c.Level(), wantLevel, c.Probability())
		}
	}
	step(5000, 0) // one high reading is not enough
	step(5000, 1)
	step(800, 1) // between low and high: nothing changes
	step(5000, 1)
	step(5000, 2)
	if c.Probability() != 1 {
		t.Fatalf("p %v on entering level 2", c.Probability())
	}
	prev := 1.0
	for range 6 {
		step(5000, 2)
		if p := c.Probability(); p >= prev {
			t.Fatalf("p did not fall under high pressure: %v → %v", prev, p)
		} else {
			prev = p
		}
	}
	for range 40 {
		c.Update(Pressure{Lag: 10})
	}
	if c.Level() != 0 || c.Probability() != 1 {
		t.Fatalf("back to level %d p %v after the lag drained", c.Level(), c.Probability())
	}
	for range 200 {
		c.Update(Pressure{Lag: 1e9})
	}
	if c.Level() != 2 || c.Probability() != cfg.MinProbability {
		t.Fatalf("under sustained overload: level %d p %v, want 2 and min_probability", c.Level(), c.Probability())
	}
	// A full queue is pressure too.
	c2 := New(cfg, nil, nil)
	c2.Update(Pressure{QueueFill: 0.9})
	c2.Update(Pressure{QueueFill: 0.9})
	if c2.Level() != 1 {
		t.Fatalf("queue fill: level %d", c2.Level())
	}
}

func llm(r *rand.Rand, i int) *llmobsv1.Span {
	lat := math.Exp(math.Log(800) + 0.6*r.NormFloat64()) // ms, lognormal
	start := uint64(1_700_000_000_000_000_000) + uint64(i)*1e6
	s := &llmobsv1.Span{
		TraceId: traceID(r), SpanId: []byte{1, 2, 3, 4, 5, 6, 7, 8}, Class: llmobsv1.SpanClass_SPAN_CLASS_LLM,
		StartTimeUnixNano: start, EndTimeUnixNano: start + uint64(lat*1e6), Weight: 1,
		Resource: &llmobsv1.Resource{ServiceName: "chat"},
		GenAi: &llmobsv1.GenAI{RequestModel: "m", InputTokens: int64(200 + r.IntN(2000)), OutputTokens: int64(20 + r.IntN(500)),
			InputMessages: []*llmobsv1.Message{{Role: "user", Content: "hello"}}},
	}
	if r.Float64() < 0.02 {
		s.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	}
	return s
}

// At p = 0.1 on a known workload (400k LLM calls, lognormal latency, 2%
// errors): about a tenth of the normal spans are forwarded, every error
// is, each with weight 1 (the spans not forwarded are summarised by
// ingest, not represented by scaled-up weights), and the Exempt rule
// forwards what it names.
func TestForwardsAboutPWithWeightOne(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	const n = 400_000
	cfg := DefaultConfig()
	cfg.RarePerMinute = 0
	o := &obs{spans: map[string]int{}}
	c := New(cfg, nil, o)
	c.Exempt(func(s *llmobsv1.Span) string {
		if s.GenAi.RequestModel == "self-hosted" {
			return ReasonGPUPriced
		}
		return ""
	})
	c.Force(LevelSample, 0.1)
	var normal, forwarded, errs, errsIn, exempt int
	for i := range n {
		s := llm(r, i)
		if i%100 == 0 {
			s.GenAi.RequestModel = "self-hosted"
		}
		isErr := s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR
		if isErr {
			errsIn++
		} else if s.GenAi.RequestModel != "self-hosted" {
			normal++
		}
		if !c.Sample(s) {
			continue
		}
		if s.Weight != 1 {
			t.Fatalf("forwarded span with weight %v", s.Weight)
		}
		switch {
		case isErr:
			errs++
		case s.GenAi.RequestModel == "self-hosted":
			exempt++
		default:
			forwarded++
		}
	}
	// Slow spans (at or over their series' recent p99) are forwarded too:
	// the decision by probability applies to the rest.
	decided := o.spans["kept/normal"] + o.spans["dropped/sampled"]
	share := float64(o.spans["kept/normal"]) / float64(decided)
	t.Logf("forwarded %d of %d normal spans (%d of %d by probability: %.2f%%; %d slow), %d of %d errors, %d exempt",
		forwarded, normal, o.spans["kept/normal"], decided, 100*share, o.spans["kept/slow"], errs, errsIn, exempt)
	if math.Abs(share-0.1) > 4*math.Sqrt(0.1*0.9/float64(decided)) {
		t.Errorf("forwarded share %.4f at p = 0.1", share)
	}
	if errs != errsIn || exempt < n/100-errsIn/50 {
		t.Errorf("errors forwarded %d of %d, exempt %d", errs, errsIn, exempt)
	}
	if o.spans["dropped/sampled"] == 0 || o.spans["kept/error"] == 0 || o.spans["kept/gpu_priced"] == 0 {
		t.Errorf("observer counts %v", o.spans)
	}
}

func TestSampleLevels(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cfg := DefaultConfig()
	cfg.RarePerMinute = 0
	c := New(cfg, nil, nil)
	s := llm(r, 1)
	s.StatusCode = 0
	if !c.Sample(s) || s.BodiesDropped || s.Weight != 1 || s.SamplingLevel != 0 {
		t.Fatalf("level 0 changed the span: %+v", s)
	}
	c.Force(LevelStripBodies, 1)
	s = llm(r, 2)
	s.StatusCode = 0
	if !c.Sample(s) || !s.BodiesDropped || len(s.GenAi.InputMessages) != 0 || s.SamplingLevel != 1 || s.Weight != 1 {
		t.Fatalf("level 1: %+v", s)
	}
	e := llm(r, 3)
	e.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	if !c.Sample(e) || e.BodiesDropped {
		t.Fatal("an error span lost its bodies")
	}
	slow := llm(r, 4)
	slow.StatusCode = 0
	slow.EndTimeUnixNano = slow.StartTimeUnixNano + 20*uint64(time.Second)
	c.Force(LevelSample, 1.0/64)
	for range 50 {
		if !c.Sample(slow) {
			t.Fatal("a slow span was sampled out")
		}
	}
	big := llm(r, 5)
	big.StatusCode = 0
	big.GenAi.InputTokens = 50_000
	if !c.Sample(big) || big.Weight != 1 {
		t.Fatal("an expensive span was sampled or weighted")
	}
	// Rare series are kept whole.
	cfg.RarePerMinute = 5
	c3 := New(cfg, nil, nil)
	c3.Force(LevelSample, 1.0/64)
	keptRare := 0
	for i := range 5 {
		s := llm(r, i)
		s.StatusCode = 0
		s.Resource = &llmobsv1.Resource{ServiceName: "rare-svc"}
		if c3.Sample(s) && s.Weight == 1 {
			keptRare++
		}
	}
	if keptRare != 5 {
		t.Fatalf("rare series: kept whole %d of 5", keptRare)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	c := DefaultConfig()
	c.TargetLag, c.MinProbability, c.MaxLevel, c.TargetDelay, c.SummaryBucket, c.FixedProbability = -1, 2, 5, 0, 7*time.Second, 1.5
	c.IntendedDelay = map[string]time.Duration{"g": -time.Second}
	err := c.Validate()
	for _, k := range []string{"target_lag", "min_probability", "max_level", "target_delay", "summary_bucket", "fixed_probability", "intended_delay.g"} {
		if err == nil || !strings.Contains(err.Error(), k) {
			t.Errorf("error does not name %s: %v", k, err)
		}
	}
}

// A span at or over its series' recent p99 is kept whole even under the
// fixed slow_ms threshold; slow Kafka acknowledgements are pressure.
func TestSeriesP99AndProduceLatency(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RarePerMinute, cfg.SlowMinSamples = 0, 100
	c := New(cfg, nil, nil)
	c.Force(LevelSample, 1.0/64)
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 1000 { // the series' latencies: 100–200 ms
		s := llm(r, i)
		s.StatusCode = 0
		s.EndTimeUnixNano = s.StartTimeUnixNano + uint64(100+r.IntN(100))*1e6
		c.Sample(s)
	}
	slowish := llm(r, 2000)
	slowish.StatusCode = 0
	slowish.EndTimeUnixNano = slowish.StartTimeUnixNano + 900*1e6 // far over p99, far under slow_ms
	for range 20 {
		cp := proto.Clone(slowish).(*llmobsv1.Span)
		if !c.Sample(cp) || cp.Weight != 1 {
			t.Fatal("a span over its series' p99 was sampled")
		}
	}
	c2 := New(cfg, nil, nil)
	for range cfg.Hold {
		c2.Update(Pressure{ProduceLatency: 5 * time.Second})
	}
	if c2.Level() != 1 {
		t.Fatalf("slow produce: level %d", c2.Level())
	}
}
