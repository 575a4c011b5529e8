package safety

import (
	"context"
	"flag"
	"os"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

var updateExemplars = flag.Bool("safety.exemplars.update", false, "TestExemplarVectorsFresh: re-encode the exemplars' cue sentences with USE Lite and rewrite exemplar_vectors.bin")

// TestExemplarVectorsFresh: exemplar_vectors.bin holds exactly the vectors
// USE Lite gives the exemplars' cue sentences now. It fails after a change
// to exemplars.jsonl or to how cue sentences are cut (the detector then
// encodes them at every start, as before, and says so in its start-up
// log): rerun it with -safety.exemplars.update.
func TestExemplarVectorsFresh(t *testing.T) {
	enc, err := encoder.NewUSELite(modelDir(t))
	if err != nil {
		t.Fatal(err)
	}
	texts, _ := exemplarSentences()
	if *updateExemplars {
		vecs, err := enc.Embed(context.Background(), texts)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("exemplar_vectors.bin", encodeExemplarVectors(texts, vecs), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote exemplar_vectors.bin: %d sentences × %d (rebuild for the embedded copy)", len(vecs), enc.Dim())
		return
	}
	const regen = "make exemplar-vectors"
	s, err := parseExemplarVectors(exemplarVectorsBin)
	if err != nil {
		t.Fatalf("exemplar_vectors.bin: %v; regenerate: %s", err, regen)
	}
	if s.hash != sentencesHash(texts) || len(s.vecs) != len(texts) {
		t.Fatalf("exemplar_vectors.bin is stale: it holds %d sentences, the exemplars now give %d (or other ones); regenerate: %s", len(s.vecs), len(texts), regen)
	}
	vecs, err := enc.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	worst := 0.0
	for i := range vecs {
		for j := range vecs[i] {
			worst = max(worst, abs64(float64(vecs[i][j])-float64(s.vecs[i][j])))
		}
	}
	if worst > probeTolerance {
		t.Fatalf("stored vectors differ from USE Lite's by up to %g (tolerance %g); regenerate: %s", worst, probeTolerance, regen)
	}
	t.Logf("%d sentences: stored vectors within %g of USE Lite's", len(texts), worst)

	d, err := New(context.Background(), DefaultConfig(), enc)
	if err != nil {
		t.Fatal(err)
	}
	if !d.ExemplarsStored() {
		t.Fatal("New encoded the exemplars although exemplar_vectors.bin is fresh")
	}
}

// TestExemplarVectorsOnlyForTheirEncoder: another encoder (another
// dimension, or the same dimension with other vectors) never gets the
// stored vectors, and nor do other sentences.
func TestExemplarVectorsOnlyForTheirEncoder(t *testing.T) {
	texts, _ := exemplarSentences()
	s, err := parseExemplarVectors(exemplarVectorsBin)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// Same dimension as USE Lite, other vectors: the probes tell.
	other := &countingEncoder{dim: s.dim}
	vecs, stored, err := exemplarVectors(ctx, other, texts)
	if err != nil {
		t.Fatal(err)
	}
	if stored || len(vecs) != len(texts) || other.n != probes+len(texts) {
		t.Fatalf("another encoder of the same dimension: stored %v, %d vectors, %d encoded; want false, %d, %d", stored, len(vecs), other.n, len(texts), probes+len(texts))
	}
	// Another dimension: encoded without probing.
	small := &countingEncoder{dim: 8}
	if _, stored, _ := exemplarVectors(ctx, small, texts); stored || small.n != len(texts) {
		t.Fatalf("dimension 8: stored %v, %d encoded", stored, small.n)
	}
	// An encoder that gives the stored vectors gets them, after encoding
	// only the probes.
	same := &countingEncoder{dim: s.dim, stored: map[string][]float32{}}
	for i, tx := range texts {
		same.stored[tx] = s.vecs[i]
	}
	if vecs, stored, _ := exemplarVectors(ctx, same, texts); !stored || same.n != probes || len(vecs) != len(texts) {
		t.Fatalf("the stored vectors' encoder: stored %v, %d encoded, %d vectors; want true, %d, %d", stored, same.n, len(vecs), probes, len(texts))
	}
	// Other sentences (an exemplar changed): encoded.
	changed := append([]string{"a sentence that is not an exemplar"}, texts[1:]...)
	same.n = 0
	if _, stored, _ := exemplarVectors(ctx, same, changed); stored {
		t.Fatal("changed sentences: the stored vectors were used")
	}
	// A damaged file is not used.
	for _, b := range [][]byte{nil, []byte("LXV1"), exemplarVectorsBin[:len(exemplarVectorsBin)-1]} {
		if _, err := parseExemplarVectors(b); err == nil {
			t.Fatalf("parsed a damaged file of %d bytes", len(b))
		}
	}
	if got := probeIndexes(10); len(got) != 3 || got[0] != 0 || got[2] != 9 {
		t.Fatalf("probeIndexes(10) = %v", got)
	}
}

// countingEncoder returns the stored vector of a text it knows, else a
// vector of that text's bytes; n counts texts encoded.
type countingEncoder struct {
	dim    int
	n      int
	stored map[string][]float32
}

func (e *countingEncoder) Dim() int { return e.dim }

func (e *countingEncoder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		e.n++
		if v, ok := e.stored[t]; ok {
			out[i] = v
			continue
		}
		v := make([]float32, e.dim)
		for j := range v {
			v[j] = float32(t[j%len(t)]) / 255
		}
		out[i] = v
	}
	return out, nil
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
