package safety

import (
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// -safety.dev=DIR scores every development set (heldout .. heldout10, listed
// explicitly) both ways in one process and writes each text's verdict to
// DIR/<mode>_<set>.tsv; encoded sentences are kept in DIR/vectors.gob so a
// rerun after a rule change encodes only new sentences.
var devDir = flag.String("safety.dev", "", "TestDevSets: output directory")
var devModes = flag.String("safety.devmodes", "default,model", "TestDevSets: modes")

var devSetNames = []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10"}

type diskEnc struct {
	Encoder
	mu sync.Mutex
	m  map[string][]float32
	n  int
}

func (e *diskEnc) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	var miss []string
	var at []int
	e.mu.Lock()
	for i, t := range texts {
		if v, ok := e.m[t]; ok {
			out[i] = v
		} else {
			miss = append(miss, t)
			at = append(at, i)
		}
	}
	e.mu.Unlock()
	if len(miss) > 0 {
		v, err := e.Encoder.Embed(ctx, miss)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		for i, j := range at {
			out[j] = v[i]
			e.m[miss[i]] = v[i]
			e.n++
		}
		e.mu.Unlock()
	}
	return out, nil
}

func TestDevSets(t *testing.T) {
	if *devDir == "" {
		t.Skip("set -safety.dev=DIR")
	}
	enc, err := encoder.NewUSELite(modelDir(t))
	if err != nil {
		t.Fatal(err)
	}
	de := &diskEnc{Encoder: enc, m: map[string][]float32{}}
	vf := *devDir + "/vectors.gob"
	if f, err := os.Open(vf); err == nil {
		_ = gob.NewDecoder(f).Decode(&de.m)
		f.Close()
	}
	for _, mode := range strings.Split(*devModes, ",") {
		cfg := DefaultConfig()
		cfg.MaxEncodesPerSecond = 1e9
		cfg.EncoderCPU = 0 // nor its CPU bound
		cfg.Model = mode == "model"
		d, err := New(context.Background(), cfg, de)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range devSetNames {
			set := load(t, s)
			var b strings.Builder
			for _, e := range set {
				res := d.Check(context.Background(), e.Text, e.Where == "context")
				h := scan(e.Text, e.Where == "context")
				fmt.Fprintf(&b, "%s\t%s\t%v\t%s\t%.2f\t%q\t%.4f\t%.2f\t%.2f\t%s\n", e.Label, e.Family, len(res.Flags) > 0, res.Family, res.Score, e.Text, res.Prob, h.direct, h.talk, e.Where)
			}
			rep := evaluate(d, set)
			if err := os.WriteFile(fmt.Sprintf("%s/%s_%s.tsv", *devDir, mode, s), []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			fmt.Printf("%s %s: recall %.3f FP %.4f (%d/%d)\n", mode, s, float64(rep.attacks.hit)/float64(rep.attacks.n), float64(rep.benign.hit)/float64(rep.benign.n), rep.benign.hit, rep.benign.n)
			fmt.Print(rep.table())
		}
	}
	if de.n > 0 {
		f, err := os.Create(vf)
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(de.m); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

// -safety.trace=FILE prints each rule match of the texts in FILE (one JSON
// string or raw text a line; a leading "C " marks a document).
var traceFile = flag.String("safety.trace", "", "TestTrace: texts")

func TestTrace(t *testing.T) {
	if *traceFile == "" {
		t.Skip()
	}
	b, err := os.ReadFile(*traceFile)
	if err != nil {
		t.Fatal(err)
	}
	traceMatch = func(ru *rule, v view, loc []int, f string, w float64, disc bool) {
		re := ru.re.String()
		fmt.Printf("   %-24s %.2f disc=%v dec=%v %q  [%s]\n", f, w, disc, v.decoded, v.text[loc[0]:loc[1]], re[:min(60, len(re))])
	}
	defer func() { traceMatch = nil }()
	d, _ := New(context.Background(), rulesConfig(), nil)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		ctx := false
		if strings.HasPrefix(line, "C ") {
			ctx, line = true, line[2:]
		}
		if strings.HasPrefix(line, "\"") {
			var s string
			fmt.Sscanf(line, "%q", &s)
			line = s
		}
		fmt.Printf("== %.100q\n", line)
		h := scan(line, ctx)
		res := d.Check(context.Background(), line, ctx)
		fmt.Printf("   -> %v %s %.2f scores=%v framed=%v\n", res.Flags, res.Family, res.Score, h.score, isFramed(h.norm))
	}
}
