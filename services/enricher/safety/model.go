package safety

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
)

// The model: a small ensemble of one-hidden-layer networks over what the
// encoder makes of a text (its head, and the mean of its cue sentences),
// the rules' evidence (each family's score, the flags' scores, cue,
// document, hidden characters, discourse), the scripts the text is
// written in and the logit of a linear model over hashed character
// n-grams and word pairs of every reading the rules made of it (ngram.go:
// what the English-only encoder reads poorly). Trained by TestTrainModel (make
// train-safety) on every labelled set the package has; its threshold is
// chosen on leave-one-set-out predictions (model.json says how). When the
// encoder runs, the model's verdict decides, including over the rules: it
// has seen the rules' false positives on hard benign texts.
//
// The first layer is linear in the head's vector and in the mean of the
// sentences' vectors, so a sentence's contribution (proj) is computed once
// per encoded sentence and cached instead of the vector.

// modelHead is how much of a text's start the model's encoder reads as
// one input (USE Lite reads 128 tokens at most).
const modelHead = 400

// modelInputs: what the encoder reads of a text for the model: its head,
// then its cue sentences (those not the head already).
func modelInputs(norm string, cueSents []string) []string {
	head := truncate(norm, modelHead)
	out := make([]string, 0, 1+len(cueSents))
	out = append(out, head)
	for _, s := range cueSents {
		if s != head {
			out = append(out, s)
		}
	}
	return out
}

// nRuleFeatures is the length of ruleFeatures' vector.
const nRuleFeatures = 7 + 5 + 4

// ruleFeatures: the rules' evidence as the model reads it: each family's
// score (capped at 2), the two flags' scores, whether a cue was seen,
// whether the text is a document, whether it hid characters, and its
// discourse: the evidence found in quotes or in text about attacks
// (hit.talk), whether the text is about attacks (reMeta), how much the
// text outside its quotations frames them as talked about (analysed,
// classified, documented) and addresses the model (discourse), 0..1 each.
func ruleFeatures(h *hit, inContext bool, buf []float64) []float64 {
	buf = buf[:0]
	for _, f := range Families {
		buf = append(buf, min(2, h.score[f]))
	}
	buf = append(buf, min(2, h.flagScore(FlagPromptInjection)), min(2, h.flagScore(FlagJailbreak)), b2f(h.cue), b2f(inContext), b2f(h.hidden))
	var meta bool
	var mention, you float64
	if h.cue { // as trained: a text without a cue has none (model_all_texts)
		meta = containsAny(h.norm, metaAnchors) && reMeta.MatchString(h.norm)
		mention, you = discourse(h.norm)
	}
	buf = append(buf, min(2, h.talk), b2f(meta), mention, you)
	return buf
}

// nModelFeatures: what the networks read besides the two vectors: the
// rules' evidence, the scripts (scriptFeatures) and the n-gram model's
// logit (ngramLogit), in that order.
const nModelFeatures = nRuleFeatures + nScript + 1

// readings: the texts the n-gram features read: the normalised text, then
// the rules' other readings of it (decoded, de-obfuscated), the last
// made first (the combined de-obfuscation is made last), within
// ngramTotal bytes.
func (h *hit) readings() []string {
	out := []string{h.norm}
	n := len(h.norm)
	for i := len(h.views) - 1; i >= 1 && n < ngramTotal; i-- {
		if t := h.views[i].text; t != h.norm && t != "" {
			out = append(out, t)
			n += len(t)
		}
	}
	return out
}

// ngramTotal bounds the bytes of all readings the n-grams read.
const ngramTotal = 6000

// modelFeatures: ruleFeatures, then scriptFeatures, then the n-gram
// model's logit (ids: the text's n-gram features; ng: the weights, nil
// for none).
func modelFeatures(h *hit, inContext bool, ng []float32, ids []uint32, buf []float64) []float64 {
	buf = ruleFeatures(h, inContext, buf)
	buf = scriptFeatures(h.norm, max(0, len(h.views)-1), buf)
	return append(buf, ngramLogit(ng, ids))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// modelVector: the model's input as one vector (training): the head's
// vector, the mean of the cue sentences' vectors (the head's when none),
// the rule features.
func modelVector(vecs [][]float32, rules []float64) []float32 {
	dim := len(vecs[0])
	x := make([]float32, 2*dim+len(rules))
	copy(x, vecs[0])
	if len(vecs) == 1 {
		copy(x[dim:], vecs[0])
	} else {
		for _, v := range vecs[1:] {
			for j, f := range v {
				x[dim+j] += f / float32(len(vecs)-1)
			}
		}
	}
	for j, r := range rules {
		x[2*dim+j] = float32(r)
	}
	return x
}

// net is one network of the ensemble: in -> hidden (tanh) -> 1 (sigmoid).
type net struct {
	W1 [][]float32 // hidden rows of 2*dim+nModelFeatures
	B1 []float32
	W2 []float32
	B2 float32
}

func (n *net) prob(x []float32) float64 {
	z := float64(n.B2)
	for h, row := range n.W1 {
		a := float64(n.B1[h])
		for j, v := range row {
			a += float64(v * x[j])
		}
		z += float64(n.W2[h]) * math.Tanh(a)
	}
	return sigmoid(z)
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// textModel is the ensemble (its probability is the members' mean) and
// its threshold.
type textModel struct {
	Dim       int     `json:"dim"`
	Hidden    int     `json:"hidden"`
	Nets      int     `json:"nets"`
	Threshold float64 `json:"threshold"`
	// ThresholdBare is the threshold for the texts the rules found
	// nothing in (a cue word, no rule): the model's own mistakes on
	// ordinary prompts are nearly all such (TestTrainModel: thBare).
	ThresholdBare float64 `json:"threshold_bare"`
	// Gate: a text without a cue whose n-gram probability alone
	// (sigmoid(4 ngramLogit)) reaches it goes to the encoder and the
	// model too (model_gate; TestTrainModel: thGate).
	Gate float64 `json:"gate"`
	// What it was trained on, how the threshold was chosen and what it
	// measured out of set.
	Trained string `json:"trained"`
	// NgramBits: the n-gram model has 1<<NgramBits weights and a bias
	// (ng, stored after the networks).
	NgramBits int `json:"ngram_bits"`
	// Features: the digest of what the n-gram and script features make
	// of the exemplars and dev.jsonl when it was trained (featureDigest):
	// a change to them makes the weights stale (TestModelFile).
	Features string `json:"features"`
	// The model without the encoder (lite): networks of LiteHidden units
	// over what the networks read besides the vectors (the rules'
	// evidence, the scripts, the n-gram logit), trained on the same texts.
	// A text it finds clearly benign (below SkipBelow) or clearly an
	// attack (from SkipAbove) is decided without the encoder; both are
	// chosen out of set so that skipping costs at most a sliver of the
	// full model's recall and false positives (TestTrainModel: pickSkip).
	// When the encoder cannot read a text (budget, error, none loaded),
	// the lite model decides at LiteThreshold (LiteThresholdBare where
	// the rules found nothing) instead of the rules.
	LiteHidden        int     `json:"lite_hidden"`
	SkipBelow         float64 `json:"skip_below"`
	SkipAbove         float64 `json:"skip_above"`
	LiteThreshold     float64 `json:"lite_threshold"`
	LiteThresholdBare float64 `json:"lite_threshold_bare"`
	nets              []net
	ng                []float32
	lite              []net
}

func (m *textModel) prob(x []float32) float64 {
	p := 0.0
	for i := range m.nets {
		p += m.nets[i].prob(x)
	}
	return p / float64(len(m.nets))
}

// liteProb is the lite model's probability of an attack from the
// features the networks read besides the vectors (modelFeatures).
func (m *textModel) liteProb(feats []float64) float64 {
	p := 0.0
	for i := range m.lite {
		n := &m.lite[i]
		z := float64(n.B2)
		for h, row := range n.W1 {
			a := float64(n.B1[h])
			for j, v := range row {
				a += float64(v) * feats[j]
			}
			z += float64(n.W2[h]) * math.Tanh(a)
		}
		p += sigmoid(z)
	}
	return p / float64(len(m.lite))
}

// proj is one sentence's contribution to every hidden unit, as the head
// (first Nets*Hidden values) and as a cue sentence (the rest).
func (m *textModel) proj(v []float32) []float32 {
	nh := m.Nets * m.Hidden
	out := make([]float32, 2*nh)
	for i := range m.nets {
		for h, row := range m.nets[i].W1 {
			var a, b float32
			for j, f := range v {
				a += row[j] * f
				b += row[m.Dim+j] * f
			}
			out[i*m.Hidden+h] = a
			out[nh+i*m.Hidden+h] = b
		}
	}
	return out
}

// probProj is prob from the cached projections: head's, the cue
// sentences' (none: the head's own), and the rule features.
func (m *textModel) probProj(head []float32, sents [][]float32, rules []float64) float64 {
	nh := m.Nets * m.Hidden
	p := 0.0
	for i := range m.nets {
		n := &m.nets[i]
		z := float64(n.B2)
		for h, row := range n.W1 {
			k := i*m.Hidden + h
			a := float64(n.B1[h]) + float64(head[k])
			if len(sents) == 0 {
				a += float64(head[nh+k])
			} else {
				s := 0.0
				for _, p := range sents {
					s += float64(p[nh+k])
				}
				a += s / float64(len(sents))
			}
			for j, r := range rules {
				a += float64(row[2*m.Dim+j]) * r
			}
			z += float64(n.W2[h]) * math.Tanh(a)
		}
		p += sigmoid(z)
	}
	return p / float64(len(m.nets))
}

//go:embed model.json
var modelJSON []byte

//go:embed model.bin
var modelBin []byte

// loadModel reads model.json (shape, thresholds) and model.bin (float32
// little endian: the Nets networks, per net W1 row by row, B1, W2, B2;
// the n-gram weights and bias; the lite model's Nets networks alike).
func loadModel() (*textModel, error) {
	var m textModel
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		return nil, fmt.Errorf("safety: model.json: %w", err)
	}
	in := 2*m.Dim + nModelFeatures
	per := m.Hidden*in + 2*m.Hidden + 1
	perLite := m.LiteHidden*nModelFeatures + 2*m.LiteHidden + 1
	nng := 1<<m.NgramBits + 1
	w := make([]float32, m.Nets*per+nng+m.Nets*perLite)
	if len(modelBin) != 4*len(w) {
		return nil, fmt.Errorf("safety: model.bin has %d bytes, model.json's shape needs %d", len(modelBin), 4*len(w))
	}
	if err := binary.Read(bytes.NewReader(modelBin), binary.LittleEndian, w); err != nil {
		return nil, fmt.Errorf("safety: model.bin: %w", err)
	}
	read := func(in, hidden int) net {
		n := net{W1: make([][]float32, hidden)}
		for h := range n.W1 {
			n.W1[h], w = w[:in:in], w[in:]
		}
		n.B1, w = w[:hidden:hidden], w[hidden:]
		n.W2, w = w[:hidden:hidden], w[hidden:]
		n.B2, w = w[0], w[1:]
		return n
	}
	for range m.Nets {
		m.nets = append(m.nets, read(in, m.Hidden))
	}
	m.ng, w = w[:nng:nng], w[nng:]
	for range m.Nets {
		m.lite = append(m.lite, read(nModelFeatures, m.LiteHidden))
	}
	return &m, nil
}

// marshal is loadModel's inverse (training).
func (m *textModel) marshal() (meta, weights []byte, err error) {
	var w []float32
	put := func(n net) {
		for _, row := range n.W1 {
			w = append(w, row...)
		}
		w = append(w, n.B1...)
		w = append(w, n.W2...)
		w = append(w, n.B2)
	}
	for _, n := range m.nets {
		put(n)
	}
	w = append(w, m.ng...)
	for _, n := range m.lite {
		put(n)
	}
	var b bytes.Buffer
	if err := binary.Write(&b, binary.LittleEndian, w); err != nil {
		return nil, nil, err
	}
	meta, err = json.MarshalIndent(m, "", "  ")
	return append(meta, '\n'), b.Bytes(), err
}
