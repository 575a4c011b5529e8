package safety

import (
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// Training and measuring the model (model.go). make train-safety runs
// TestTrainModel; TestLOSO prints the leave-one-set-out table of the
// README (-safety.loso).

var noDiscourse = flag.Bool("safety.nodiscourse", false, "TestLOSO: zero the discourse features (ablation)")

var loso = flag.String("safety.loso", "", "TestLOSO: leave-one-set-out table (train on every set but heldoutK, score heldoutK): all, or one set")

// modelSets: every labelled set the model learns from, named one by one:
// a new held-out set is scored, never trained on, until it is added here.
var modelSets = []string{"exemplars", "dev", "extra", "train", "train2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"}

// heldSets: the held-out sets, each written apart from the others: the
// folds for the threshold and for TestLOSO.
var heldSets = []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5"}

// The network's shape and training, chosen on the leave-one-set-out
// scores (so those flatter it a little): 64 units or decay 1e-3 did worse
// on heldout4, 5 nets no better than 3, 20 epochs as well on heldout4 but
// past 2 % of hard benign prompts on heldout3.
const (
	netHidden = 32
	netEpochs = 10
	netDecay  = 1e-4
	netCount  = 3 // ensemble members, seeds 1..netCount
)

// Threshold: the lowest at which the pooled out-of-set predictions flag at
// most thHard of the hard benign prompts, thAll of all benign texts and
// thOrd of the ordinary prompts (the model is the default only if ordinary
// traffic stays quiet: at most 0.3 % flagged).
const (
	thHard = 0.015
	thAll  = 0.01
	thOrd  = 0.002
	// thBare: texts the rules found nothing in (a cue word and no rule)
	// need the model's probability to reach the level at which the
	// pooled out-of-set predictions flag at most this share of ordinary
	// prompts: the model's own mistakes on ordinary texts (a recipe in
	// Hindi, an email about an unpaid invoice) are nearly all such.
	thBare = 0.001
)

// modelText is one labelled text as the model sees it.
type modelText struct {
	set, label, family string
	text               string
	bare               bool // the rules found nothing (every family at 0)
	ruleFlag           bool // the rules alone flag it
	cue                bool
	x                  []float32
}

func (t *modelText) attack() bool { return t.label == "attack" }

// modelData reads the sets and builds each text's model vector, with the
// encoder's vectors cached on disk across runs (keyed by input text).
func modelData(t *testing.T, sets []string) []modelText {
	type raw struct {
		modelText
		rules  []float64
		inputs []string
	}
	var rs []raw
	for _, s := range sets {
		var ex []Example
		if s == "exemplars" {
			ex = Exemplars()
		} else {
			ex = load(t, s)
		}
		cfg := DefaultConfig()
		for _, e := range ex {
			ctx := e.Where == "context"
			text := truncate(e.Text, cfg.MaxTextBytes)
			h := scan(text, ctx)
			r := raw{modelText: modelText{set: s, label: e.Label, family: e.Family, text: e.Text, cue: h.cue}}
			r.ruleFlag = max(h.flagScore(FlagPromptInjection), h.flagScore(FlagJailbreak)) >= 1
			_, sc := h.total()
			r.bare = sc == 0
			r.rules = ruleFeatures(&h, ctx, nil)
			if *noDiscourse {
				clear(r.rules[nRuleFeatures-4:])
			}
			n, _ := normalize(text)
			r.inputs = modelInputs(n, h.sentence)
			rs = append(rs, r)
		}
	}
	path := filepath.Join(os.TempDir(), "llmobs-safety-vectors.gob")
	vec := map[string][]float32{}
	if f, err := os.Open(path); err == nil {
		_ = gob.NewDecoder(f).Decode(&vec)
		f.Close()
	}
	var miss []string
	for _, r := range rs {
		for _, s := range r.inputs {
			if _, ok := vec[s]; !ok {
				vec[s] = nil
				miss = append(miss, s)
			}
		}
	}
	if len(miss) > 0 {
		enc, err := encoder.NewUSELite(modelDir(t))
		if err != nil {
			t.Fatal(err)
		}
		vs, err := enc.Embed(context.Background(), miss)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range vs {
			vec[miss[i]] = v
		}
		if f, err := os.Create(path); err == nil {
			_ = gob.NewEncoder(f).Encode(vec)
			f.Close()
		}
		t.Logf("encoded %d inputs (cache %s)", len(miss), path)
	}
	out := make([]modelText, len(rs))
	for i, r := range rs {
		vs := make([][]float32, len(r.inputs))
		for j, s := range r.inputs {
			vs[j] = vec[s]
		}
		out[i] = r.modelText
		out[i].x = modelVector(vs, r.rules)
	}
	return out
}

// trainModel fits the ensemble on texts[use] (the members in parallel).
func trainModel(texts []modelText, use func(*modelText) bool) *textModel {
	var xs [][]float32
	var ys []float64
	for i := range texts {
		if use(&texts[i]) {
			xs = append(xs, texts[i].x)
			ys = append(ys, b2f(texts[i].attack()))
		}
	}
	m := &textModel{Dim: (len(xs[0]) - nRuleFeatures) / 2, Hidden: netHidden, Nets: netCount, nets: make([]net, netCount)}
	var wg sync.WaitGroup
	for i := range netCount {
		wg.Go(func() { m.nets[i] = fitNet(xs, ys, netHidden, netEpochs, netDecay, int64(i+1)) })
	}
	wg.Wait()
	return m
}

// fitNet: one hidden layer (tanh), sigmoid output; Adam (lr 1e-3, batches
// of 64) on the class-balanced log loss, weight decay on the weights.
func fitNet(xs [][]float32, ys []float64, hidden, epochs int, wd float64, seed int64) net {
	dim := len(xs[0])
	r := rand.New(rand.NewSource(seed))
	n := net{W1: make([][]float32, hidden), B1: make([]float32, hidden), W2: make([]float32, hidden)}
	for h := range n.W1 {
		n.W1[h] = make([]float32, dim)
		for j := range n.W1[h] {
			n.W1[h][j] = float32(r.NormFloat64() / math.Sqrt(float64(dim)))
		}
		n.W2[h] = float32(r.NormFloat64() / math.Sqrt(float64(hidden)))
	}
	pos := 0.0
	for _, y := range ys {
		pos += y
	}
	wPos, wNeg := float64(len(ys))/(2*pos), float64(len(ys))/(2*(float64(len(ys))-pos))
	np := hidden*dim + 2*hidden + 1 // W1, B1, W2, B2
	mo, ve, g := make([]float64, np), make([]float64, np), make([]float64, np)
	const lr, b1, b2, eps, batch = 1e-3, 0.9, 0.999, 1e-8, 64
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	act := make([]float64, hidden)
	step := 0
	for range epochs {
		r.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for s := 0; s < len(idx); s += batch {
			clear(g)
			bi := idx[s:min(s+batch, len(idx))]
			for _, i := range bi {
				x := xs[i]
				z := float64(n.B2)
				for h, row := range n.W1 {
					a := float64(n.B1[h])
					for j, v := range row {
						a += float64(v * x[j])
					}
					act[h] = math.Tanh(a)
					z += float64(n.W2[h]) * act[h]
				}
				cw := wNeg
				if ys[i] == 1 {
					cw = wPos
				}
				e := (sigmoid(z) - ys[i]) * cw / float64(len(bi))
				for h := range n.W1 {
					g[hidden*dim+hidden+h] += e * act[h]
					d := e * float64(n.W2[h]) * (1 - act[h]*act[h])
					g[hidden*dim+h] += d
					gh := g[h*dim : (h+1)*dim]
					for j, v := range x {
						gh[j] += d * float64(v)
					}
				}
				g[np-1] += e
			}
			step++
			c1, c2 := 1-math.Pow(b1, float64(step)), 1-math.Pow(b2, float64(step))
			upd := func(k int, w float64, decay bool) float32 {
				gk := g[k]
				if decay {
					gk += wd * w
				}
				mo[k] = b1*mo[k] + (1-b1)*gk
				ve[k] = b2*ve[k] + (1-b2)*gk*gk
				return float32(w - lr*(mo[k]/c1)/(math.Sqrt(ve[k]/c2)+eps))
			}
			for h := range n.W1 {
				for j := range n.W1[h] {
					n.W1[h][j] = upd(h*dim+j, float64(n.W1[h][j]), true)
				}
				n.B1[h] = upd(hidden*dim+h, float64(n.B1[h]), false)
				n.W2[h] = upd(hidden*dim+hidden+h, float64(n.W2[h]), true)
			}
			n.B2 = upd(np-1, float64(n.B2), false)
		}
	}
	return n
}

// outOfSet: each text of the sets in folds scored by a model trained on
// every text of texts[use] but its own set's.
func outOfSet(texts []modelText, use func(*modelText) bool, folds []string) map[int]float64 {
	p := map[int]float64{}
	for _, k := range folds {
		m := trainModel(texts, func(t *modelText) bool { return use(t) && t.set != k })
		for i := range texts {
			if texts[i].set == k {
				p[i] = m.prob(texts[i].x)
			}
		}
	}
	return p
}

// pickThreshold: the lowest threshold at which the out-of-set predictions
// flag at most thHard of the hard benign prompts, thAll of all benign and
// thOrd of the ordinary ones; and bare, the threshold for the texts the
// rules found nothing in (thBare).
func pickThreshold(texts []modelText, p map[int]float64) (th, bare float64) {
	var all, hard, ord, ordBare []float64
	for i, q := range p {
		if !texts[i].attack() {
			all = append(all, q)
			switch texts[i].family {
			case "hard":
				hard = append(hard, q)
			case "ordinary":
				ord = append(ord, q)
				if texts[i].bare && texts[i].cue {
					ordBare = append(ordBare, q)
				}
			}
		}
	}
	at := func(s []float64, fp float64) float64 {
		sort.Float64s(s)
		return s[min(len(s)-1, int(math.Floor(float64(len(s))*(1-fp))))] + 1e-6
	}
	th = max(at(all, thAll), at(hard, thHard), at(ord, thOrd))
	sort.Sort(sort.Reverse(sort.Float64Slice(ordBare)))
	if k := int(math.Floor(float64(len(ord)) * thBare)); k < len(ordBare) {
		bare = ordBare[k] + 1e-6
	}
	return th, max(th, bare)
}

// setTable: per family, the rules alone and the model (with the encoder
// reading every text with a cue, as the detector does), on one set.
func setTable(texts []modelText, p map[int]float64, th, thB float64, set string) (string, float64, float64, float64) {
	type c struct{ n, rules, model, ungated int }
	fams := map[string]*c{}
	for i := range texts {
		t := &texts[i]
		if t.set != set {
			continue
		}
		k := t.label + "/" + t.family
		if fams[k] == nil {
			fams[k] = &c{}
		}
		f := fams[k]
		f.n++
		f.rules += int(b2f(t.ruleFlag))
		flag := t.ruleFlag
		if t.cue {
			flag = p[i] >= th && (!t.bare || p[i] >= thB)
		}
		f.model += int(b2f(flag))
		f.ungated += int(b2f(p[i] >= th))
	}
	keys := make([]string, 0, len(fams))
	for k := range fams {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	var tot [2]c
	for _, k := range keys {
		f := fams[k]
		fmt.Fprintf(&b, "| %s | %d | %.3f | %.3f |\n", k, f.n, float64(f.rules)/float64(f.n), float64(f.model)/float64(f.n))
		i := 0
		if strings.HasPrefix(k, "benign/") {
			i = 1
		}
		tot[i].n, tot[i].rules, tot[i].model, tot[i].ungated = tot[i].n+f.n, tot[i].rules+f.rules, tot[i].model+f.model, tot[i].ungated+f.ungated
	}
	fmt.Fprintf(&b, "(the model on every text, cue or not: recall %.3f, FP rate %.4f)\n", float64(tot[0].ungated)/float64(tot[0].n), float64(tot[1].ungated)/float64(tot[1].n))
	hard := fams["benign/hard"]
	fmt.Fprintf(&b, "| attacks: recall | %d | %.3f | **%.3f** |\n| benign: FP rate | %d | %.4f | **%.4f** |\n",
		tot[0].n, float64(tot[0].rules)/float64(tot[0].n), float64(tot[0].model)/float64(tot[0].n),
		tot[1].n, float64(tot[1].rules)/float64(tot[1].n), float64(tot[1].model)/float64(tot[1].n))
	return b.String(), float64(tot[0].model) / float64(tot[0].n), float64(tot[1].model) / float64(tot[1].n), float64(hard.model) / float64(hard.n)
}

// TestLOSO: for K in heldout2..5, the model trained on every set but
// heldoutK, its threshold chosen out of set on the other held-out sets
// (each left out in turn), scores heldoutK: the best estimate of how it
// does on phrasings it has not seen (make loso-safety; ~4 min on two cores).
func TestLOSO(t *testing.T) {
	if *loso == "" {
		t.Skip("set -safety.loso=all|heldout4|...")
	}
	texts := modelData(t, modelSets)
	var sum strings.Builder
	for _, k := range heldSets[1:] {
		if *loso != "all" && *loso != k {
			continue
		}
		use := func(t *modelText) bool { return t.set != k }
		var inner []string
		for _, s := range heldSets {
			if s != k {
				inner = append(inner, s)
			}
		}
		th, thB := pickThreshold(texts, outOfSet(texts, use, inner))
		m := trainModel(texts, use)
		p := map[int]float64{}
		for i := range texts {
			if texts[i].set == k {
				p[i] = m.prob(texts[i].x)
			}
		}
		tab, rec, fp, hard := setTable(texts, p, th, thB, k)
		if testing.Verbose() {
			for _, th := range []float64{0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95} {
				_, rec, fp, hard := setTable(texts, p, th, max(th, thB), k)
				fmt.Printf("  %s at threshold %.2f: recall %.3f, FP rate %.4f, hard benign %.4f\n", k, th, rec, fp, hard)
			}
		}
		if testing.Verbose() {
			for i := range texts {
				if texts[i].set == k && texts[i].family == "ordinary" && texts[i].cue && p[i] >= th && (!texts[i].bare || p[i] >= thB) {
					fmt.Printf("  ordinary flagged (p %.3f): %q\n", p[i], texts[i].text)
				}
			}
		}
		fmt.Printf("left out %s (threshold %.3f, %.3f where the rules found nothing, from %v):\n| family | texts | rules alone | model |\n|---|---|---|---|\n%s\n", k, th, thB, inner, tab)
		fmt.Fprintf(&sum, "| %s | %.3f, %.3f | %.3f | %.4f | %.4f |\n", k, th, thB, rec, fp, hard)
	}
	fmt.Printf("| left out | threshold | recall | FP rate | hard benign FP |\n|---|---|---|---|---|\n%s", sum.String())
}

// TestTrainModel fits the model on every set of modelSets, chooses its
// threshold on the five held-out sets' out-of-set predictions, and writes
// model.json and model.bin (make train-safety; ~2 min on two cores).
func TestTrainModel(t *testing.T) {
	if !*train {
		t.Skip("set -safety.train (make train-safety)")
	}
	texts := modelData(t, modelSets)
	all := func(*modelText) bool { return true }
	p := outOfSet(texts, all, heldSets)
	th, thB := pickThreshold(texts, p)
	var rows []string
	for _, k := range heldSets {
		_, rec, fp, hard := setTable(texts, p, th, thB, k)
		rows = append(rows, fmt.Sprintf("%s %.3f at %.2f %% (hard %.2f %%)", k, rec, 100*fp, 100*hard))
	}
	m := trainModel(texts, all)
	m.Threshold, m.ThresholdBare = th, thB
	m.Trained = fmt.Sprintf("%d texts of %s; %d nets of %d tanh units, %d epochs, decay %g; threshold %.4f: at most %.1f %% of hard benign and %.1f %% of all benign out of set; out of set (trained on the other sets, this threshold): %s",
		len(texts), strings.Join(modelSets, ", "), netCount, netHidden, netEpochs, netDecay, th, 100*thHard, 100*thAll, strings.Join(rows, "; "))
	m.Trained = strings.Replace(m.Trained, " of all benign out of set", fmt.Sprintf(" of all benign and %.1f %% of ordinary prompts out of set; %.4f where the rules found nothing (at most %.1f %% of ordinary prompts flagged so)", 100*thOrd, thB, 100*thBare), 1)
	meta, bin, err := m.marshal()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("model.json", meta, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("model.bin", bin, 0o644); err != nil {
		t.Fatal(err)
	}
	fmt.Println(m.Trained)
}
