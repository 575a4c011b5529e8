package safety

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

var train = flag.Bool("safety.train", false, "train the model on every labelled set and write model.json, model.bin (make train-safety)")

var trainClf = flag.Bool("safety.trainclf", false, "train the old classifier on exemplars, dev and heldout and write classifier.json")

type trainText struct {
	label bool // attack
	sents []int
}

// TestTrainClassifier fits a logistic regression on the encoder's sentence
// vectors of every labelled set but heldout2, chooses its thresholds on
// 5-fold out-of-fold predictions (Alone at <= 0.5 % of benign texts, Add
// at <= 3 %), and writes classifier.json.
func TestTrainClassifier(t *testing.T) {
	if !*trainClf {
		t.Skip("set -safety.trainclf")
	}
	enc, err := encoder.NewUSELite(modelDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var examples []Example
	examples = append(examples, Exemplars()...)
	examples = append(examples, load(t, "dev")...)
	examples = append(examples, load(t, "heldout")...)
	var sents []string
	var texts []trainText
	for _, e := range examples {
		n, _ := normalize(e.Text)
		ss := cueSentences(n, 4)
		if len(ss) == 0 {
			ss = []string{truncate(n, 600)}
		}
		tt := trainText{label: e.Label == "attack"}
		for _, s := range ss {
			tt.sents = append(tt.sents, len(sents))
			sents = append(sents, s)
		}
		texts = append(texts, tt)
	}
	vecs, err := enc.Embed(context.Background(), sents)
	if err != nil {
		t.Fatal(err)
	}
	// Out-of-fold text scores (the max over a text's sentences).
	oof := make([]float64, len(texts))
	for fold := range 5 {
		w, b := fit(vecs, texts, func(i int) bool { return i%5 != fold })
		for i, tt := range texts {
			if i%5 == fold {
				oof[i] = textProb(w, b, vecs, tt)
			}
		}
	}
	var benign []float64
	for i, tt := range texts {
		if !tt.label {
			benign = append(benign, oof[i])
		}
	}
	slices.Sort(benign)
	at := func(fp float64) float64 {
		return benign[min(len(benign)-1, int(math.Ceil(float64(len(benign))*(1-fp))))] + 1e-9
	}
	alone, add := at(0.005), at(0.03)
	recall := func(th float64) float64 {
		n, hit := 0, 0
		for i, tt := range texts {
			if tt.label {
				n++
				if oof[i] >= th {
					hit++
				}
			}
		}
		return float64(hit) / float64(n)
	}
	w, b := fit(vecs, texts, func(int) bool { return true })
	c := classifier{W: w, B: b, Alone: alone, Add: add, Trained: fmt.Sprintf("%d texts (%d sentences) of exemplars, dev and heldout; out of fold, the classifier alone: recall %.3f at %.1f %% benign (alone), %.3f at %.1f %% (add)",
		len(texts), len(sents), recall(alone), 0.5, recall(add), 3.0)}
	out, _ := json.Marshal(c)
	if err := os.WriteFile("classifier.json", append(out, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	fmt.Println(c.Trained, "thresholds", alone, add)
}

func textProb(w []float32, b float32, vecs [][]float32, tt trainText) float64 {
	c := classifier{W: w, B: b}
	p := 0.0
	for _, s := range tt.sents {
		p = max(p, c.prob(vecs[s]))
	}
	return p
}

// fit: L2-regularised logistic regression by full-batch gradient descent,
// classes weighted to balance. Every sentence carries its text's label.
func fit(vecs [][]float32, texts []trainText, use func(int) bool) ([]float32, float32) {
	dim := len(vecs[0])
	var xs [][]float32
	var ys []float64
	for i, tt := range texts {
		if !use(i) {
			continue
		}
		for _, s := range tt.sents {
			xs = append(xs, vecs[s])
			ys = append(ys, map[bool]float64{true: 1, false: 0}[tt.label])
		}
	}
	pos := 0.0
	for _, y := range ys {
		pos += y
	}
	wPos, wNeg := float64(len(ys))/(2*pos), float64(len(ys))/(2*(float64(len(ys))-pos))
	w := make([]float64, dim)
	b := 0.0
	const lr, l2, iters = 2.0, 1e-3, 400
	grad := make([]float64, dim)
	for range iters {
		clear(grad)
		gb := 0.0
		for i, x := range xs {
			z := b
			for j, v := range x {
				z += w[j] * float64(v)
			}
			p := 1 / (1 + math.Exp(-z))
			cw := wNeg
			if ys[i] == 1 {
				cw = wPos
			}
			e := (p - ys[i]) * cw
			for j, v := range x {
				grad[j] += e * float64(v)
			}
			gb += e
		}
		n := float64(len(xs))
		for j := range w {
			w[j] -= lr * (grad[j]/n + l2*w[j])
		}
		b -= lr * gb / n
	}
	out := make([]float32, dim)
	for j := range w {
		out[j] = float32(w[j])
	}
	return out, float32(b)
}
