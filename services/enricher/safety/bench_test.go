package safety

import (
	"context"
	"flag"
	"math/rand/v2"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// benchSet picks texts of one kind from the held-out set.
// benchSetName: the labelled set the benchmarks read (heldout: the model
// was trained on it, so it is sure of most of its texts; heldout10 was
// not).
var benchSetName = flag.String("safety.benchset", "heldout", "benchmarks: the labelled set they read")

func benchSet(b *testing.B, label, family string) []Example {
	var out []Example
	for _, e := range load(b, *benchSetName) {
		if e.Label == label && (family == "" || e.Family == family) {
			out = append(out, e)
		}
	}
	return out
}

func benchCheck(b *testing.B, d *Detector, set []Example) {
	b.ReportAllocs()
	ctx := context.Background()
	i, enc := 0, 0
	cpu := cpuNanos()
	for b.Loop() {
		e := set[i%len(set)]
		enc += d.Check(ctx, e.Text, e.Where == "context").Encoded
		i++
	}
	b.ReportMetric(float64(enc)/float64(i), "encodes/op")
	// CPU time per op (user+system, the whole process: GC included).
	b.ReportMetric(float64(cpuNanos()-cpu)/float64(i), "cpu-ns/op")
}

// Rules only: what every LLM span's user input costs.
func BenchmarkCheckOrdinary(b *testing.B) {
	d, _ := New(context.Background(), rulesConfig(), nil)
	benchCheck(b, d, benchSet(b, "benign", "ordinary"))
}

func BenchmarkCheckHardBenign(b *testing.B) {
	d, _ := New(context.Background(), rulesConfig(), nil)
	benchCheck(b, d, benchSet(b, "benign", "hard"))
}

func BenchmarkCheckAttack(b *testing.B) {
	d, _ := New(context.Background(), rulesConfig(), nil)
	benchCheck(b, d, benchSet(b, "attack", ""))
}

// mixedSet: traffic as the end-to-end benchmark sends it, mostly ordinary
// (there 174k of 181k checked texts had nothing for the rules): loadgen's
// prompts and plain documents (two thirds), the held-out set's ordinary
// prompts, and a few hard benign texts and attacks (3 % each), in a fixed
// random order.
func mixedSet(b *testing.B) []Example {
	var lg, ord, hard, att []Example
	for _, lt := range loadgenTexts(b) {
		if lt.want == "" {
			w := "user"
			if lt.inContext {
				w = "context"
			}
			lg = append(lg, Example{Text: lt.text, Where: w})
		}
	}
	for _, e := range load(b, "heldout") {
		switch {
		case e.Label == "attack":
			att = append(att, e)
		case e.Family == "ordinary":
			ord = append(ord, e)
		default:
			hard = append(hard, e)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]Example, 2000)
	for i := range out {
		switch x := rng.IntN(100); {
		case x < 3:
			out[i] = att[rng.IntN(len(att))]
		case x < 6:
			out[i] = hard[rng.IntN(len(hard))]
		case x < 36:
			out[i] = ord[rng.IntN(len(ord))]
		default:
			out[i] = lg[rng.IntN(len(lg))]
		}
	}
	return out
}

// Rules only on mixed traffic: what the detector costs per checked text
// in the end-to-end benchmark.
func BenchmarkCheckMixed(b *testing.B) {
	d, _ := New(context.Background(), rulesConfig(), nil)
	benchCheck(b, d, mixedSet(b))
}

// encoderDetector: the detector with USE Lite, the model as
// -safety.model says (false: the similarity stage of before), no budget.
func encoderDetector(b *testing.B, cacheEntries int) *Detector {
	enc, err := encoder.NewUSELite(modelDir(b))
	if err != nil {
		b.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.MaxEncodesPerSecond = 1e9
	cfg.EncoderCPU = 0 // nor its CPU bound
	cfg.Model = *useModel
	cfg.CacheEntries = cacheEntries
	d, err := New(context.Background(), cfg, enc)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// With the encoder and its cache: the first pass over the set encodes,
// later passes hit the cache (as repeated prompts do in production).
func BenchmarkCheckHardBenignEncoder(b *testing.B) {
	benchCheck(b, encoderDetector(b, DefaultConfig().CacheEntries), benchSet(b, "benign", "hard"))
}

// Ordinary prompts with the encoder on: what most traffic costs (only the
// few with a cue word reach the encoder).
func BenchmarkCheckOrdinaryEncoder(b *testing.B) {
	benchCheck(b, encoderDetector(b, DefaultConfig().CacheEntries), benchSet(b, "benign", "ordinary"))
}

// Cache off: every undecided text pays the encoder (the worst case).
func BenchmarkCheckHardBenignEncoderNoCache(b *testing.B) {
	benchCheck(b, encoderDetector(b, 0), benchSet(b, "benign", "hard"))
}

// The model's own work on a text with a cue, besides the encoder (cached
// projections) and the rules: its n-gram features over the readings and
// the other inputs (BenchmarkCheckHardBenign is the rules alone on the
// same texts).
func BenchmarkModelFeaturesHardBenign(b *testing.B) {
	benchModelFeatures(b, benchSet(b, "benign", "hard"))
}

func BenchmarkModelFeaturesAttack(b *testing.B) {
	benchModelFeatures(b, benchSet(b, "attack", ""))
}

func benchModelFeatures(b *testing.B, set []Example) {
	m, err := loadModel()
	if err != nil {
		b.Fatal(err)
	}
	var hs []hit
	for _, e := range set {
		if h := scan(e.Text, e.Where == "context"); h.cue {
			hs = append(hs, h)
		}
	}
	b.ReportAllocs()
	var rf [nModelFeatures]float64
	var ids [512]uint32
	i := 0
	cpu := cpuNanos()
	for b.Loop() {
		h := &hs[i%len(hs)]
		modelFeatures(h, false, m.ng, ngramIDs(h.readings(), m.NgramBits, ids[:0]), rf[:0])
		i++
	}
	b.ReportMetric(float64(cpuNanos()-cpu)/float64(i), "cpu-ns/op")
}

// The n-gram gate (model_gate) on texts without a cue: what every such
// text costs on top of the rules' one pass when the model is on.
func BenchmarkModelGateOrdinary(b *testing.B) {
	benchGate(b, benchSet(b, "benign", "ordinary"))
}

func BenchmarkModelGateMixed(b *testing.B) {
	benchGate(b, mixedSet(b))
}

func benchGate(b *testing.B, set []Example) {
	m, err := loadModel()
	if err != nil {
		b.Fatal(err)
	}
	d := &Detector{model: m}
	var hits []hit // what scan leaves the gate: the normalised text
	for _, e := range set {
		if h := scan(e.Text, e.Where == "context"); !h.cue {
			hits = append(hits, h)
		}
	}
	b.ReportAllocs()
	i, pass := 0, 0
	cpu := cpuNanos()
	for b.Loop() {
		if d.gate(&hits[i%len(hits)]) {
			pass++
		}
		i++
	}
	b.ReportMetric(float64(cpuNanos()-cpu)/float64(i), "cpu-ns/op")
	b.ReportMetric(float64(pass)/float64(i), "through/op")
}
