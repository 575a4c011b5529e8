package use

import "testing"

// TestEmbedPureGoFallback runs the whole model on the pure-Go GEMM (as on CPUs without AVX2/FMA
// and on other architectures) and checks it against the golden vectors too.
func TestEmbedPureGoFallback(t *testing.T) {
	m := loadModel(t)
	sentences, g := loadGolden(t, "testdata/golden.json")
	saved := useAVX2
	useAVX2 = false
	defer func() { useAVX2 = saved }()
	out := make([]float32, m.Dim())
	// EmbedIDs runs on this goroutine only (useAVX2 is read without synchronisation).
	for _, j := range []int{0, 2, 25, 36, len(sentences) - 2} {
		if err := m.EmbedIDs(m.Tokenizer().Tokenize(sentences[j]), out); err != nil {
			t.Fatal(err)
		}
		if c := cosine(out, g.Vectors[j]); c < 0.999 {
			t.Errorf("sentence %d: pure-Go cosine %.6f < 0.999", j, c)
		}
	}
}
