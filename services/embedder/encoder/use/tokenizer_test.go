package use

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// modelDir is where scripts/fetch-models.sh puts the weights.
const modelDir = "../../models/use-lite"

// requireModel skips (or, with CI=true, fails) when the weights have not been fetched.
func requireModel(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(modelDir, "model.json")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("model weights missing in %s (CI=true): run scripts/fetch-models.sh first: %v", modelDir, err)
		}
		t.Skipf("model weights not fetched (%s missing): run scripts/fetch-models.sh to enable this test", modelDir)
	}
	return modelDir
}

type golden struct {
	Tokens  [][]int32   `json:"tokens"`
	Vectors [][]float32 `json:"vectors"`
}

func loadGolden(t testing.TB, path string) ([]string, golden) {
	t.Helper()
	var sentences []string
	b, err := os.ReadFile("testdata/sentences.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &sentences); err != nil {
		t.Fatal(err)
	}
	var g golden
	b, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if len(sentences) < 50 || len(g.Tokens) != len(sentences) || len(g.Vectors) != len(sentences) {
		t.Fatalf("%d sentences, %d token lists, %d vectors", len(sentences), len(g.Tokens), len(g.Vectors))
	}
	return sentences, g
}

func loadTokenizer(t testing.TB) *Tokenizer {
	t.Helper()
	dir := requireModel(t)
	b, err := os.ReadFile(filepath.Join(dir, "vocab.json"))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := NewTokenizer(b)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestTokenizerMatchesReference(t *testing.T) {
	tok := loadTokenizer(t)
	if tok.VocabSize() != 8000 {
		t.Errorf("vocab size %d, want 8000", tok.VocabSize())
	}
	sentences, g := loadGolden(t, "testdata/golden.json")
	for i, s := range sentences {
		got := tok.Tokenize(s)
		if !slices.Equal(got, g.Tokens[i]) {
			t.Errorf("sentence %d %q:\n got %v\nwant %v", i, s, got, g.Tokens[i])
		}
	}
}

func TestTokenizerBasics(t *testing.T) {
	tok := loadTokenizer(t)
	for _, tc := range []struct {
		in   string
		want int // number of ids; -1: only check non-empty
	}{
		{"", 0},
		{"hello", 2}, // ▁ + hello in this vocabulary: checked against the reference in golden.json
		{"😀😃😄😁", -1},
	} {
		got := tok.Tokenize(tc.in)
		if tc.want >= 0 && len(got) != tc.want {
			t.Errorf("%q: %d ids %v, want %d", tc.in, len(got), got, tc.want)
		}
		if tc.want < 0 && len(got) == 0 {
			t.Errorf("%q: no ids", tc.in)
		}
		for _, id := range got {
			if id < 0 || int(id) >= tok.VocabSize() {
				t.Errorf("%q: id %d out of range", tc.in, id)
			}
		}
	}
}

func TestNewTokenizerBadInput(t *testing.T) {
	for _, in := range []string{"", "{}", "[]", `[["a",1]]`, `[["a","x"],["b",1],["c",1],["d",1],["e",1],["f",1],["g",1]]`} {
		if _, err := NewTokenizer([]byte(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

// FuzzTokenize checks that any text tokenizes without panicking into in-range ids.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "hello world", "😀 x", "\xff\xfe", "Ｆｕｌｌ ①", "  "} {
		f.Add(s)
	}
	b, err := os.ReadFile(filepath.Join(modelDir, "vocab.json"))
	if err != nil {
		f.Skipf("model weights not fetched (%s missing): run scripts/fetch-models.sh", modelDir)
	}
	tok, err := NewTokenizer(b)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, id := range tok.Tokenize(s) {
			if id < 0 || int(id) >= tok.VocabSize() {
				t.Fatalf("%q: id %d out of range", s, id)
			}
		}
	})
}

// TestRegenerateGoldenWithNode reruns the reference JS runtime and checks that its token ids still
// equal the committed golden ones (so golden.json cannot drift from the pinned reference).
func TestRegenerateGoldenWithNode(t *testing.T) {
	requireModel(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed: skipping regeneration of golden vectors with the JS reference")
	}
	script := "../../../../scripts/use-reference/embed.mjs"
	if _, err := os.Stat("../../../../scripts/use-reference/node_modules/@energetic-ai/embeddings"); err != nil {
		t.Skip("JS reference not installed: run scripts/use-reference/install.sh to enable this test")
	}
	if testing.Short() {
		t.Skip("-short: the JS reference takes ~10s")
	}
	abs, _ := filepath.Abs("testdata/sentences.json")
	cmd := exec.Command(node, filepath.Base(script), abs)
	cmd.Dir = filepath.Dir(script)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node embed.mjs: %v: %s", err, stderr.String())
	}
	tmp := filepath.Join(t.TempDir(), "golden.json")
	if err := os.WriteFile(tmp, out, 0o600); err != nil {
		t.Fatal(err)
	}
	sentences, fresh := loadGolden(t, tmp)
	_, committed := loadGolden(t, "testdata/golden.json")
	tok := loadTokenizer(t)
	vecs, err := loadModel(t).Embed(sentences)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sentences {
		if c := cosine(vecs[i], fresh.Vectors[i]); c < 0.999 {
			t.Errorf("sentence %d %q: Go vs freshly generated JS vector: cosine %.6f < 0.999", i, trunc(s), c)
		}
		if !slices.Equal(fresh.Tokens[i], committed.Tokens[i]) || !slices.Equal(tok.Tokenize(s), fresh.Tokens[i]) {
			t.Errorf("sentence %d %q: node %v, committed %v, go %v", i, s, fresh.Tokens[i], committed.Tokens[i], tok.Tokenize(s))
		}
		if c := cosine(fresh.Vectors[i], committed.Vectors[i]); c < 0.999999 {
			t.Errorf("sentence %d: node vector drifted from golden: cosine %v", i, c)
		}
	}
}
