package safety

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
)

// The classifier: a logistic regression over the encoder's sentence
// vectors, trained on the labelled sets (exemplars, dev, heldout; never on
// heldout2, the set the README's numbers come from) by TestTrainClassifier
// (make train-safety), with its two thresholds chosen on 5-fold
// out-of-fold predictions. Like the nearest-neighbour stage it only sees
// the sentences of texts the rules left undecided.

//go:embed classifier.json
var classifierJSON []byte

type classifier struct {
	W []float32 `json:"w"`
	B float32   `json:"b"`
	// Alone: a sentence at least this likely an attack flags its text on
	// its own (set at <= 0.5 % false positives out of fold); Add: adds
	// SemanticWeight to the rules' score (<= 3 %).
	Alone float64 `json:"alone"`
	Add   float64 `json:"add"`
	// What it was trained on and how it scored out of fold.
	Trained string `json:"trained"`
}

func loadClassifier(dim int) (*classifier, error) {
	var c classifier
	if err := json.Unmarshal(classifierJSON, &c); err != nil {
		return nil, fmt.Errorf("safety: classifier.json: %w", err)
	}
	if len(c.W) != dim {
		return nil, fmt.Errorf("safety: classifier.json has %d weights, the encoder makes %d-d vectors", len(c.W), dim)
	}
	return &c, nil
}

func (c *classifier) prob(v []float32) float64 {
	z := float64(c.B)
	for i, w := range c.W {
		z += float64(w * v[i])
	}
	return 1 / (1 + math.Exp(-z))
}
