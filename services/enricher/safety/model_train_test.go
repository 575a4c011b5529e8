package safety

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
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

var losoDump = flag.String("safety.losodump", "", "TestLOSO: write each held-out text's out-of-set probability to this file")

var loso = flag.String("safety.loso", "", "TestLOSO: leave-one-set-out table (train on every set but heldoutK, score heldoutK): all, or one set")

// modelSets: every labelled set the model learns from, named one by one:
// a new held-out set is scored, never trained on, until it is added here
// (heldout9 and heldout10, scored blind once each on 2026-12-04 and
// 2026-12-05, are not: the model scored on heldout10 is the shipped one).
var modelSets = []string{"exemplars", "dev", "extra", "train", "train2", "train3", "support", "support2", "howto", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"}

// heldSets: the held-out sets, each written apart from the others (by
// different authors or sessions): the folds for the threshold and for
// TestLOSO. train3 (scripts/safety-data/gen_train3.py, written without
// sight of the detector or the other sets) is one too.
var heldSets = []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "train3"}

// The network's shape and training, chosen on the leave-one-set-out
// scores (so those flatter it a little): 64 units or decay 1e-3 did worse
// on heldout4, 5 nets no better than 3, 20 epochs as well on heldout4 but
// past 2 % of hard benign prompts on heldout3.
var (
	netHidden = 32
	netEpochs = 10
	netDecay  = 1e-4
	netCount  = 3 // ensemble members, seeds 1..netCount
)

// The lite model (no encoder): as many networks, smaller, over the
// features besides the vectors.
var (
	liteHidden = 16
	liteEpochs = 20
)

// What skipping the encoder may cost, out of set (pickSkip): below
// skip_below, at most skipLoss of all attacks are ones the full model
// would have flagged; from skip_above, at most skipFP of all benign texts
// (skipFPHard of the hard prompts) are ones it would not have.
const (
	skipLoss   = 0.002
	skipFP     = 0.0005
	skipFPHard = 0.002
)

func init() {
	flag.IntVar(&netHidden, "safety.nethidden", netHidden, "networks: hidden units")
	flag.IntVar(&netEpochs, "safety.netepochs", netEpochs, "networks: epochs")
	flag.IntVar(&netCount, "safety.nets", netCount, "networks: ensemble members")
}

// The n-gram model (ngram.go): 1<<ngBits hashed features, a logistic
// regression (AdaGrad, class-balanced, L2 ngL2 per step), ngEpochs.
var (
	ngBits   = flag.Int("safety.ngbits", 17, "n-gram model: log2 of its buckets")
	ngEpochs = flag.Int("safety.ngepochs", 6, "n-gram model: epochs")
	ngL2     = flag.Float64("safety.ngl2", 1e-5, "n-gram model: L2 per step")
	ngLR     = flag.Float64("safety.nglr", 0.2, "n-gram model: AdaGrad rate")
	feat     = flag.String("safety.feat", "all", "model inputs: all | base (no scripts, no n-grams: the model before) | noscript | nongram | ngramonly (the n-gram model alone) | novec (the encoder's vectors zeroed: what the model is worth without the encoder)")
)

// Threshold: the lowest at which the pooled out-of-set predictions flag at
// most thHard of the hard benign prompts, thDoc of the benign documents
// about security, thAll of all benign texts and thOrd of the ordinary
// ones (the model is the default only if ordinary traffic stays quiet).
var (
	thHard = 0.015
	thDoc  = 0.03
	thAll  = 0.01
	thOrd  = 0.002
)

// thBare: texts the rules found nothing in (a cue word and no rule) need
// the model's probability to reach the level at which the pooled
// out-of-set predictions flag at most this share of ordinary prompts: the
// model's own mistakes on ordinary texts (a recipe in Hindi, an email
// about an unpaid invoice) are nearly all such.
const thBare = 0.001

// thGate: the share of benign texts without a cue (pooled out of set)
// that the n-gram gate may send to the encoder (model_gate).
const thGate = 0.001

var useGate = flag.Bool("safety.gate", true, "TestLOSO: texts without a cue go through the n-gram gate (model_gate)")

// modelText is one labelled text as the model sees it.
type modelText struct {
	set, label, family string
	text               string
	bare               bool // the rules found nothing (every family at 0)
	ruleFlag           bool // the rules alone flag it
	cue                bool
	x                  []float32 // the n-gram logit's slot (last) is filled per model
	ids                []uint32  // n-gram features
	ngp                float64   // out of set (outOfSet): the n-gram model's probability alone (the gate)
	pl                 float64   // out of set (outOfSet): the lite model's probability (no encoder)
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
			r.rules = modelFeatures(&h, ctx, nil, nil, nil)
			r.ids = ngramIDs(h.readings(), *ngBits, nil)
			if *noDiscourse {
				clear(r.rules[nRuleFeatures-4 : nRuleFeatures])
			}
			switch *feat {
			case "base":
				clear(r.rules[nRuleFeatures:])
				r.ids = nil
			case "noscript":
				clear(r.rules[nRuleFeatures : nRuleFeatures+nScript])
			case "nongram":
				r.ids = nil
			}
			r.inputs = modelInputs(h.norm, h.sentence)
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
		if *feat == "novec" {
			clear(out[i].x[:len(out[i].x)-len(r.rules)])
		}
	}
	return out
}

// fitNgram: the n-gram model, a logistic regression over the hashed
// features (each worth 1/sqrt(their number)), class-balanced, AdaGrad with
// L2; deterministic (a fixed seed). Weights: 1<<bits, then the bias.
func fitNgram(ids [][]uint32, ys []float64, bits int, seed int64) []float32 {
	nw := 1<<bits + 1
	w := make([]float64, nw)
	g2 := make([]float64, nw)
	pos := 0.0
	for _, y := range ys {
		pos += y
	}
	wPos, wNeg := float64(len(ys))/(2*pos), float64(len(ys))/(2*(float64(len(ys))-pos))
	idx := make([]int, len(ids))
	for i := range idx {
		idx[i] = i
	}
	r := rand.New(rand.NewSource(seed))
	lr, l2 := *ngLR, *ngL2
	for range *ngEpochs {
		r.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			f := ids[i]
			if len(f) == 0 {
				continue
			}
			v := 1 / math.Sqrt(float64(len(f)))
			z := w[nw-1]
			for _, k := range f {
				z += w[k] * v
			}
			cw := wNeg
			if ys[i] == 1 {
				cw = wPos
			}
			e := (sigmoid(z) - ys[i]) * cw
			for _, k := range f {
				g := e*v + l2*w[k]
				g2[k] += g * g
				w[k] -= lr * g / (math.Sqrt(g2[k]) + 1e-8)
			}
			g2[nw-1] += e * e
			w[nw-1] -= lr * e / (math.Sqrt(g2[nw-1]) + 1e-8)
		}
	}
	out := make([]float32, nw)
	for i, x := range w {
		out[i] = float32(x)
	}
	return out
}

// fitNgramOn fits the n-gram model on texts[use].
func fitNgramOn(texts []modelText, use func(*modelText) bool) []float32 {
	var ids [][]uint32
	var ys []float64
	for i := range texts {
		if use(&texts[i]) {
			ids = append(ids, texts[i].ids)
			ys = append(ys, b2f(texts[i].attack()))
		}
	}
	return fitNgram(ids, ys, *ngBits, 7)
}

// trainModel fits the model on texts[use]: the n-gram model on all of
// them, and the networks (members in parallel) on vectors whose n-gram
// logit comes from an n-gram model trained without the text's own set
// (stacking: the networks learn how far to trust it on a set it has not
// seen, as a new text will be).
func trainModel(texts []modelText, use func(*modelText) bool) *textModel {
	last := len(texts[0].x) - 1
	oof := map[int]float64{}
	if *feat != "base" && *feat != "nongram" {
		groups := map[string]bool{}
		for i := range texts {
			if use(&texts[i]) {
				groups[texts[i].set] = true
			}
		}
		names := make([]string, 0, len(groups))
		for g := range groups {
			names = append(names, g)
		}
		sort.Strings(names)
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for _, g := range names {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				w := fitNgramOn(texts, func(t *modelText) bool { return use(t) && t.set != g })
				mu.Lock()
				defer mu.Unlock()
				for i := range texts {
					if texts[i].set == g && use(&texts[i]) {
						oof[i] = ngramLogit(w, texts[i].ids)
					}
				}
			})
		}
		wg.Wait()
	}
	var xs [][]float32
	var ys []float64
	for i := range texts {
		if use(&texts[i]) {
			x := slices.Clone(texts[i].x)
			x[last] = float32(oof[i])
			xs = append(xs, x)
			ys = append(ys, b2f(texts[i].attack()))
		}
	}
	m := &textModel{Dim: (len(xs[0]) - nModelFeatures) / 2, Hidden: netHidden, Nets: netCount, NgramBits: *ngBits, nets: make([]net, netCount)}
	if *feat != "base" && *feat != "nongram" {
		m.ng = fitNgramOn(texts, use)
	} else {
		m.ng = make([]float32, 1<<*ngBits+1)
	}
	if *feat == "ngramonly" {
		return m
	}
	lite := make([][]float32, len(xs))
	for i, x := range xs {
		lite[i] = x[len(x)-nModelFeatures:]
	}
	m.LiteHidden, m.lite = liteHidden, make([]net, netCount)
	var wg sync.WaitGroup
	for i := range netCount {
		wg.Go(func() { m.nets[i] = fitNet(xs, ys, netHidden, netEpochs, netDecay, int64(i+1)) })
		wg.Go(func() { m.lite[i] = fitNet(lite, ys, liteHidden, liteEpochs, netDecay, int64(100+i)) })
	}
	wg.Wait()
	return m
}

// probText: the model's probability for a text (its n-gram logit from the
// model's own n-gram weights), and the lite model's.
func probText(m *textModel, t *modelText) (p, pl float64) {
	l := ngramLogit(m.ng, t.ids)
	if *feat == "ngramonly" {
		return sigmoid(4 * l), sigmoid(4 * l)
	}
	x := slices.Clone(t.x)
	x[len(x)-1] = float32(l)
	f := make([]float64, nModelFeatures)
	for j, v := range x[len(x)-nModelFeatures:] {
		f[j] = float64(v)
	}
	return m.prob(x), m.liteProb(f)
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
				p[i], texts[i].pl = probText(m, &texts[i])
				texts[i].ngp = sigmoid(4 * ngramLogit(m.ng, texts[i].ids))
			}
		}
	}
	return p
}

// pickThreshold: the lowest threshold at which the out-of-set predictions
// p (of the texts in sets) flag at most thHard of the hard benign prompts,
// thDoc of the hard benign documents, thAll of all benign and thOrd of the
// ordinary ones; and bare, the threshold for the texts the rules found
// nothing in (thBare).
func pickThreshold(texts []modelText, p map[int]float64, sets map[string]bool) (th, bare float64) {
	var all, hard, doc, ord, ordBare []float64
	for i, q := range p {
		if !sets[texts[i].set] || texts[i].attack() {
			continue
		}
		if !texts[i].cue {
			q = 0 // never reaches the model (nor flagged by the rules)
		}
		all = append(all, q)
		switch texts[i].family {
		case "hard":
			hard = append(hard, q)
		case "hard_context":
			doc = append(doc, q)
		case "ordinary":
			ord = append(ord, q)
			if texts[i].bare && texts[i].cue {
				ordBare = append(ordBare, q)
			}
		}
	}
	at := func(s []float64, fp float64) float64 {
		sort.Float64s(s)
		return s[min(len(s)-1, int(math.Floor(float64(len(s))*(1-fp))))] + 1e-6
	}
	th = max(at(all, thAll), at(hard, thHard), at(doc, thDoc), at(ord, thOrd))
	sort.Sort(sort.Reverse(sort.Float64Slice(ordBare)))
	if k := int(math.Floor(float64(len(ord)) * thBare)); k < len(ordBare) {
		bare = ordBare[k] + 1e-6
	}
	return th, max(th, bare)
}

// cut: the thresholds the detector applies (model.json's): the model's
// (th, bare), the gate's, the lite model's skip band (lo, hi: a text with
// lo <= pl < hi goes to the encoder and the full model) and its own
// threshold when it decides alone (lite, liteBare). liteOnly: every text
// is the lite model's (no encoder at all).
type cut struct {
	th, bare, gate, lo, hi, lite, liteBare float64
	liteOnly                               bool
}

// encodeAll: the full model decides every text that reaches it.
func (c cut) encodeAll() cut { c.lo, c.hi = -1, 2; return c }

// litePath: the lite model's verdict on t, when it gives one without the
// encoder (decided false: the encoder is needed).
func (c cut) litePath(t *modelText) (flag, decided bool) {
	if c.liteOnly {
		return t.pl >= c.lite && (!t.bare && t.cue || t.pl >= c.liteBare), true
	}
	switch {
	case t.pl < c.lo:
		return false, true
	case t.pl >= c.hi:
		return true, true
	}
	return false, false
}

// reaches: the text goes to the model (a cue, or through the n-gram gate).
func (c cut) reaches(t *modelText) bool { return t.cue || *useGate && t.ngp >= c.gate }

// flagged: the detector's verdict with the model at these thresholds: a
// text with a cue is the model's, one without the rules' (no
// model_all_texts) unless the gate lets it through; the lite model
// decides where it is sure (or alone).
func flagged(t *modelText, p float64, c cut) bool {
	if !c.reaches(t) {
		return t.ruleFlag
	}
	if f, ok := c.litePath(t); ok {
		return f
	}
	if !t.cue {
		// through the n-gram gate to the model: the rules found
		// nothing, so the bare threshold
		return p >= max(c.th, c.bare)
	}
	return p >= c.th && (!t.bare || p >= c.bare)
}

// pickSkip: the lite model's band outside which the encoder is skipped:
// lo, the highest probability below which the attacks the full model
// (at c) flags are at most skipLoss of all attacks; hi, the lowest from
// which the benign texts it does not flag are at most skipFP of all
// benign texts and skipFPHard of the hard prompts (texts of sets, out of
// set).
func pickSkip(texts []modelText, p map[int]float64, sets map[string]bool, c cut) (lo, hi float64) {
	full := c.encodeAll()
	var won, lost, lostHard []float64
	attacks, benign, hard := 0, 0, 0
	for i, q := range p {
		t := &texts[i]
		if !sets[t.set] {
			continue
		}
		if t.attack() {
			attacks++
		} else {
			benign++
			if t.family == "hard" {
				hard++
			}
		}
		if !full.reaches(t) {
			continue
		}
		f := flagged(t, q, full)
		switch {
		case t.attack() && f:
			won = append(won, t.pl)
		case !t.attack() && !f:
			lost = append(lost, t.pl)
			if t.family == "hard" {
				lostHard = append(lostHard, t.pl)
			}
		}
	}
	sort.Float64s(won)
	lo = 0
	if k := int(math.Floor(float64(attacks) * skipLoss)); k < len(won) {
		lo = won[k]
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(lost)))
	sort.Sort(sort.Reverse(sort.Float64Slice(lostHard)))
	hi = c.th // the lite model says attack only as surely as the full one
	for _, x := range []struct {
		s []float64
		k int
	}{{lost, int(math.Floor(float64(benign) * skipFP))}, {lostHard, int(math.Floor(float64(hard) * skipFPHard))}} {
		if x.k < len(x.s) {
			hi = max(hi, x.s[x.k]+1e-6)
		}
	}
	return min(lo, c.th), max(lo, hi)
}

// pickGate: the n-gram model's probability at which at most thGate of the
// benign texts without a cue (pooled out of set, of sets) would go
// through the gate to the encoder and the model.
func pickGate(texts []modelText, p map[int]float64, sets map[string]bool) float64 {
	var q []float64
	for i := range p {
		if t := &texts[i]; sets[t.set] && !t.attack() && !t.cue {
			q = append(q, t.ngp)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(q)))
	k := int(math.Floor(float64(len(q)) * thGate))
	if k >= len(q) {
		return 1
	}
	return q[k] + 1e-6
}

// counts: flagged of n, per key.
type counts map[string]*[2]int

func (c counts) add(k string, hit bool) {
	if c[k] == nil {
		c[k] = &[2]int{}
	}
	c[k][1]++
	if hit {
		c[k][0]++
	}
}

func (c counts) rate(k string) float64 {
	if c[k] == nil || c[k][1] == 0 {
		return math.NaN()
	}
	return float64(c[k][0]) / float64(c[k][1])
}

// tally counts the verdicts of the texts of set ("" for all of p's):
// "attack", "attack/<family>", "benign", "benign/<family>" (ordinary
// prompts and documents together), "nocue" (attacks without a cue),
// "skip/<label>" (of the texts that reach the model, those the lite model
// decided without the encoder).
func tally(texts []modelText, p map[int]float64, th map[string]cut, set string) counts {
	c := counts{}
	for i, q := range p {
		t := &texts[i]
		if set != "" && t.set != set {
			continue
		}
		ct := th[t.set]
		f := flagged(t, q, ct)
		c.add(t.label, f)
		c.add(t.label+"/"+t.family, f)
		if t.attack() && !t.cue {
			c.add("nocue", f)
		}
		if ct.reaches(t) {
			_, skipped := ct.litePath(t)
			c.add("skip/"+t.label, skipped)
		}
	}
	return c
}

// modes: the three ways the detector can run the model, each set's cut
// turned into each: the full model on every text that reaches it, the
// cascade (the lite model where it is sure, the encoder and the full
// model in between: the default), the lite model alone (no encoder).
func modes(th map[string]cut) (full, cascade, lite map[string]cut) {
	full, cascade, lite = map[string]cut{}, th, map[string]cut{}
	for k, c := range th {
		full[k] = c.encodeAll()
		c.liteOnly = true
		lite[k] = c
	}
	return full, cascade, lite
}

// cascadeTable: per held-out set and pooled, recall and false positives
// of the three modes, and the share of the texts reaching the model that
// the cascade decides without the encoder.
func cascadeTable(texts []modelText, p map[int]float64, th map[string]cut) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| left out | full model: recall, FP | cascade: recall, FP | encoder skipped: benign, attacks | lite alone (no encoder): recall, FP |\n|---|---|---|---|---|\n")
	full, cascade, lite := modes(th)
	row := func(name, set string) {
		f, c, l := tally(texts, p, full, set), tally(texts, p, cascade, set), tally(texts, p, lite, set)
		fmt.Fprintf(&b, "| %s | %.3f, %.2f %% | %.3f, %.2f %% | %.0f %%, %.0f %% | %.3f, %.2f %% |\n", name, f.rate("attack"), 100*f.rate("benign"), c.rate("attack"), 100*c.rate("benign"), 100*c.rate("skip/benign"), 100*c.rate("skip/attack"), l.rate("attack"), 100*l.rate("benign"))
	}
	for _, k := range heldSets {
		row(k, k)
	}
	row("**pooled**", "")
	return b.String()
}

// losoTable: per held-out set and pooled, recall and false positives (all
// benign, hard prompts, hard documents, ordinary), then recall per family.
func losoTable(texts []modelText, p map[int]float64, th map[string]cut) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| left out | threshold | recall | FP all | hard | hard_context | ordinary | attacks without a cue (flagged) |\n|---|---|---|---|---|---|---|---|\n")
	pct := func(x float64) string { return fmt.Sprintf("%.2f %%", 100*x) }
	row := func(name, thr string, c counts) {
		fmt.Fprintf(&b, "| %s | %s | %.3f | %s | %s | %s | %s | %d (%d) |\n", name, thr, c.rate("attack"), pct(c.rate("benign")), pct(c.rate("benign/hard")), pct(c.rate("benign/hard_context")), pct(c.rate("benign/ordinary")), nz(c["nocue"])[1], nz(c["nocue"])[0])
	}
	for _, k := range heldSets {
		row(k, fmt.Sprintf("%.3f (gate %.3f, skip <%.3f, >=%.3f)", th[k].th, th[k].gate, th[k].lo, th[k].hi), tally(texts, p, th, k))
	}
	all := tally(texts, p, th, "")
	row("**pooled**", "", all)
	fams := []string{}
	for k := range all {
		if strings.HasPrefix(k, "attack/") {
			fams = append(fams, k)
		}
	}
	sort.Strings(fams)
	fmt.Fprintf(&b, "\n| family | pooled |")
	for _, k := range heldSets {
		fmt.Fprintf(&b, " %s |", k)
	}
	fmt.Fprintf(&b, "\n|---|---|%s\n", strings.Repeat("---|", len(heldSets)))
	per := map[string]counts{}
	for _, k := range heldSets {
		per[k] = tally(texts, p, th, k)
	}
	for _, f := range fams {
		fmt.Fprintf(&b, "| %s | %.3f (%d) |", strings.TrimPrefix(f, "attack/"), all.rate(f), all[f][1])
		for _, k := range heldSets {
			if r := per[k].rate(f); !math.IsNaN(r) {
				fmt.Fprintf(&b, " %.3f |", r)
			} else {
				fmt.Fprintf(&b, " |")
			}
		}
		fmt.Fprintf(&b, "\n")
	}
	return b.String()
}

func nz(c *[2]int) *[2]int {
	if c == nil {
		return &[2]int{}
	}
	return c
}

// losoThresholds: for each held-out set, the threshold chosen on the
// other held-out sets' out-of-set predictions (each scored by the model
// trained without it; those models did see the set the threshold is for,
// but only through training, not through the threshold).
func losoThresholds(texts []modelText, p map[int]float64) map[string]cut {
	th := map[string]cut{}
	for _, k := range heldSets {
		others := map[string]bool{}
		for _, s := range heldSets {
			others[s] = s != k
		}
		th[k] = pickCut(texts, p, others)
	}
	return th
}

// pickCut: every threshold, chosen on the out-of-set predictions of the
// texts of sets.
func pickCut(texts []modelText, p map[int]float64, sets map[string]bool) cut {
	var c cut
	c.th, c.bare = pickThreshold(texts, p, sets)
	c.gate = pickGate(texts, p, sets)
	pl := map[int]float64{}
	for i := range p {
		pl[i] = texts[i].pl
	}
	c.lite, c.liteBare = pickThreshold(texts, pl, sets)
	c.lo, c.hi = pickSkip(texts, p, sets, c)
	return c
}

// TestLOSO: each held-out set scored by the model trained on every set but
// it, at the threshold chosen on the other held-out sets' out-of-set
// predictions: the best estimate of how it does on phrasings it has not
// seen (make loso-safety; ~8 trainings). -v adds recall and false
// positives by threshold, pooled.
func TestLOSO(t *testing.T) {
	if *loso == "" {
		t.Skip("set -safety.loso=all")
	}
	texts := modelData(t, modelSets)
	p := outOfSet(texts, func(*modelText) bool { return true }, heldSets)
	th := losoThresholds(texts, p)
	fmt.Printf("leave one set out (-safety.feat=%s):\n%s\n%s", *feat, losoTable(texts, p, th), cascadeTable(texts, p, th))
	if *losoDump != "" {
		var b strings.Builder
		for i, q := range p {
			t := &texts[i]
			fmt.Fprintf(&b, "%s\t%s\t%s\t%t\t%t\t%t\t%.5f\t%q\t%.5f\t%.5f\n", t.set, t.label, t.family, t.cue, t.bare, t.ruleFlag, q, t.text, t.ngp, t.pl)
		}
		if err := os.WriteFile(*losoDump, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if testing.Verbose() {
		for _, x := range []float64{0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98} {
			fix := map[string]cut{}
			for _, k := range heldSets {
				c := th[k].encodeAll()
				c.th, c.bare = x, x
				fix[k] = c
			}
			c := tally(texts, p, fix, "")
			fmt.Printf("  at %.2f: recall %.3f, FP %.4f (hard %.4f, docs %.4f, ordinary %.4f)\n", x, c.rate("attack"), c.rate("benign"), c.rate("benign/hard"), c.rate("benign/hard_context"), c.rate("benign/ordinary"))
		}
	}
}

// TestTrainModel fits the model on every set of modelSets, chooses its
// threshold on the held-out sets' out-of-set predictions, prints the
// leave-one-set-out table, and writes model.json and model.bin (make
// train-safety).
func TestTrainModel(t *testing.T) {
	if !*train {
		t.Skip("set -safety.train (make train-safety)")
	}
	texts := modelData(t, modelSets)
	all := func(*modelText) bool { return true }
	p := outOfSet(texts, all, heldSets)
	every := map[string]bool{}
	for _, s := range heldSets {
		every[s] = true
	}
	c := pickCut(texts, p, every)
	th, thB, gate := c.th, c.bare, c.gate
	loso := losoThresholds(texts, p)
	fmt.Printf("leave one set out (each set's threshold from the others):\n%s\n%s\n", losoTable(texts, p, loso), cascadeTable(texts, p, loso))
	same := map[string]cut{}
	for _, k := range heldSets {
		same[k] = c
	}
	var rows []string
	for _, k := range heldSets {
		c := tally(texts, p, same, k)
		rows = append(rows, fmt.Sprintf("%s %.3f at %.2f %% (hard %.2f %%, documents %.2f %%, ordinary %.2f %%)", k, c.rate("attack"), 100*c.rate("benign"), 100*c.rate("benign/hard"), 100*c.rate("benign/hard_context"), 100*c.rate("benign/ordinary")))
	}
	m := trainModel(texts, all)
	m.Threshold, m.ThresholdBare, m.Gate = th, thB, gate
	m.SkipBelow, m.SkipAbove, m.LiteThreshold, m.LiteThresholdBare = c.lo, c.hi, c.lite, c.liteBare
	m.Features = featureDigest(t, m.NgramBits)
	m.Trained = fmt.Sprintf("%d texts of %s; n-gram model 2^%d buckets, %d epochs; %d nets of %d tanh units, %d epochs, decay %g; threshold %.4f: at most %.1f %% of hard benign prompts, %.1f %% of hard benign documents, %.1f %% of all benign and %.1f %% of ordinary texts out of set; %.4f where the rules found nothing (at most %.1f %% of ordinary prompts flagged so); n-gram gate for texts without a cue %.4f (at most %.1f %% of benign texts without a cue through it); lite model (no encoder) %d nets of %d tanh units, %d epochs: decides alone below %.4f (at most %.1f %% of the attacks lost) and from %.4f (at most %.2f %% of benign texts, %.1f %% of hard prompts added), and at %.4f (%.4f where the rules found nothing) when the encoder cannot read the text; out of set (trained on the other sets, these thresholds): %s",
		len(texts), strings.Join(modelSets, ", "), *ngBits, *ngEpochs, netCount, netHidden, netEpochs, netDecay, th, 100*thHard, 100*thDoc, 100*thAll, 100*thOrd, thB, 100*thBare, gate, 100*thGate, netCount, liteHidden, liteEpochs, c.lo, 100*skipLoss, c.hi, 100*skipFP, 100*skipFPHard, c.lite, c.liteBare, strings.Join(rows, "; "))
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

// featureDigest: SHA-256 of the n-gram and script features of the
// exemplars and dev.jsonl, each read as a prompt and as a document.
func featureDigest(t testing.TB, bits int) string {
	h := sha256.New()
	texts := Exemplars()
	texts = append(texts, load(t, "dev")...)
	for _, e := range texts {
		for _, ctx := range []bool{false, true} {
			hi := scan(e.Text, ctx)
			fmt.Fprintf(h, "%v %v\n", ngramIDs(hi.readings(), bits, nil), scriptFeatures(hi.norm, max(0, len(hi.views)-1), nil))
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestModelFile: the shipped model loads, says it was trained on exactly
// modelSets (never on a set not named there, such as a blind one), writes
// back to the same bytes, and its n-gram and script features are still
// what it was trained on (else make train-safety).
func TestModelFile(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	n := len(Exemplars())
	for _, s := range modelSets[1:] {
		n += len(load(t, s))
	}
	if want := fmt.Sprintf("%d texts of %s;", n, strings.Join(modelSets, ", ")); !strings.HasPrefix(m.Trained, want) {
		t.Errorf("model.json: trained %.120q…, want it to start %q (make train-safety)", m.Trained, want)
	}
	if m.NgramBits != *ngBits || len(m.ng) != 1<<m.NgramBits+1 || m.Dim != 512 {
		t.Errorf("model shape: %d n-gram bits (%d weights), dim %d", m.NgramBits, len(m.ng), m.Dim)
	}
	meta, bin, err := m.marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(meta, modelJSON) || !bytes.Equal(bin, modelBin) {
		t.Error("model.json / model.bin do not write back to the same bytes")
	}
	if got := featureDigest(t, m.NgramBits); got != m.Features {
		t.Errorf("the n-gram and script features changed since the model was trained (%s, trained on %s): make train-safety", got, m.Features)
	}
}
