package safety

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

type groundCase struct {
	Context  string `json:"context"`
	Answer   string `json:"answer"`
	Grounded bool   `json:"grounded"`
}

func loadGround(t testing.TB) []groundCase {
	f, err := os.Open("testdata/groundedness.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []groundCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c groundCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

type groundEval struct {
	scores []float64
	labels []bool // grounded
}

func scoreGround(t testing.TB, d *Detector, cases []groundCase) groundEval {
	var ev groundEval
	for _, c := range cases {
		g, ok := d.Groundedness(context.Background(), c.Answer, []string{c.Context})
		if !ok {
			t.Fatalf("no verdict on %q", c.Answer)
		}
		ev.scores = append(ev.scores, g.Score)
		ev.labels = append(ev.labels, c.Grounded)
	}
	return ev
}

// at: precision and recall of the ungrounded flag at threshold th.
func (ev groundEval) at(th float64) (prec, rec float64, fp int) {
	tp, fn := 0, 0
	for i, s := range ev.scores {
		flagged := s < th
		switch {
		case flagged && !ev.labels[i]:
			tp++
		case flagged:
			fp++
		case !ev.labels[i]:
			fn++
		}
	}
	if tp+fp > 0 {
		prec = float64(tp) / float64(tp+fp)
	}
	return prec, float64(tp) / float64(tp+fn), fp
}

// bestThreshold maximises the ungrounded flag's F1 on ev.
func (ev groundEval) bestThreshold() float64 {
	cands := append([]float64(nil), ev.scores...)
	sort.Float64s(cands)
	best, bf := 0.5, -1.0
	for _, c := range cands {
		th := c + 1e-9
		p, r, _ := ev.at(th)
		if f := 2 * p * r / (p + r + 1e-12); f > bf {
			best, bf = th, f
		}
	}
	return best
}

func groundReport(name string, tune, test groundEval, th float64) string {
	p1, r1, _ := tune.at(th)
	p2, r2, fp := test.at(th)
	return fmt.Sprintf("%s: threshold %.2f (chosen on contexts 1-5: precision %.2f recall %.2f); contexts 6-10: precision %.2f, recall %.2f of ungrounded answers, %d of %d grounded flagged\n",
		name, th, p1, r1, p2, r2, fp, countTrue(test.labels))
}

func countTrue(b []bool) int {
	n := 0
	for _, x := range b {
		if x {
			n++
		}
	}
	return n
}

// TestGroundednessLexical: the word proxy alone must tell the labelled
// answers apart on the contexts it was not tuned on; the default threshold
// is the one chosen on the first five contexts.
func TestGroundednessLexical(t *testing.T) {
	cases := loadGround(t)
	d, err := New(context.Background(), DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tune, test := scoreGround(t, d, cases[:20]), scoreGround(t, d, cases[20:])
	th := tune.bestThreshold()
	t.Log(groundReport("lexical", tune, test, th))
	p, r, _ := test.at(DefaultGroundedThreshold)
	t.Logf("default threshold %.2f on contexts 6-10: precision %.2f recall %.2f", DefaultGroundedThreshold, p, r)
	if p < 0.8 || r < 0.8 {
		t.Errorf("at the default threshold %.2f: precision %.2f recall %.2f on contexts 6-10, want both >= 0.8", DefaultGroundedThreshold, p, r)
	}
}

// TestGroundednessEval adds the encoder (-safety.eval=groundedness).
func TestGroundednessEval(t *testing.T) {
	if *evalSet != "groundedness" {
		t.Skip("set -safety.eval=groundedness")
	}
	enc, err := encoder.NewUSELite(modelDir(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.MaxEncodesPerSecond = 1e9
	cfg.EncoderCPU = 0 // nor its CPU bound
	cfg.GroundingEncoder = true
	d, err := New(context.Background(), cfg, enc)
	if err != nil {
		t.Fatal(err)
	}
	cases := loadGround(t)
	tune, test := scoreGround(t, d, cases[:20]), scoreGround(t, d, cases[20:])
	fmt.Print(groundReport("lexical + encoder", tune, test, tune.bestThreshold()))
	p, r, fp := test.at(DefaultGroundedThreshold)
	fmt.Printf("at the default threshold %.2f: precision %.2f, recall %.2f, %d grounded flagged\n", DefaultGroundedThreshold, p, r, fp)
	d0, _ := New(context.Background(), DefaultConfig(), nil)
	l1, l2 := scoreGround(t, d0, cases[:20]), scoreGround(t, d0, cases[20:])
	fmt.Print(groundReport("lexical", l1, l2, l1.bestThreshold()))
	for i, c := range cases {
		fmt.Printf("%v lex=%.2f enc=%.2f %.70q\n", c.Grounded, append(l1.scores, l2.scores...)[i], append(tune.scores, test.scores...)[i], c.Answer)
	}
}
