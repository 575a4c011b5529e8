package use

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	modelOnce sync.Once
	model     *Model
	modelErr  error
)

func loadModel(t testing.TB) *Model {
	t.Helper()
	dir := requireModel(t)
	modelOnce.Do(func() { model, modelErr = Load(dir) })
	if modelErr != nil {
		t.Fatal(modelErr)
	}
	return model
}

func TestEmbedMatchesReference(t *testing.T) {
	m := loadModel(t)
	sentences, g := loadGolden(t, "testdata/golden.json")
	got, err := m.Embed(sentences)
	if err != nil {
		t.Fatal(err)
	}
	minCos, sum := 1.0, 0.0
	for i := range sentences {
		if len(got[i]) != m.Dim() {
			t.Fatalf("sentence %d: dim %d", i, len(got[i]))
		}
		c := cosine(got[i], g.Vectors[i])
		sum += c
		minCos = min(minCos, c)
		if c < 0.999 {
			t.Errorf("sentence %d %q: cosine %.6f < 0.999", i, trunc(sentences[i]), c)
		}
		var n float64
		for _, v := range got[i] {
			n += float64(v) * float64(v)
		}
		if math.Abs(n-1) > 1e-4 {
			t.Errorf("sentence %d: |v|² = %v, want 1 (L2-normalised)", i, n)
		}
	}
	t.Logf("cosine vs JS reference over %d sentences: min %.7f (1-min = %.2g) mean %.7f", len(sentences), minCos, 1-minCos, sum/float64(len(sentences)))
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// TestEmbedBatchIndependent: a sentence's vector does not depend on its batch (order, neighbours,
// worker count).
func TestEmbedBatchIndependent(t *testing.T) {
	m := loadModel(t)
	texts := []string{"hello", "", "The quick brown fox jumps over the lazy dog.", strings.Repeat("word ", 300), "hello"}
	all, err := m.Embed(texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		one, err := m.Embed([]string{s})
		if err != nil {
			t.Fatal(err)
		}
		for j := range one[0] {
			if one[0][j] != all[i][j] {
				t.Fatalf("text %d: batch and single vectors differ at %d: %v vs %v", i, j, all[i][j], one[0][j])
			}
		}
	}
	if c := cosine(all[0], all[2]); c > 0.9 {
		t.Errorf("unrelated sentences have cosine %v", c)
	}
}

// TestEmbedEmpty: the empty text gets the vector of an empty row, as the JS runtime computes for
// a leading "" in a batch (embed(["", "hello"])[0] starts 0.0023546612, -0.0348752551, 0.0131020229).
func TestEmbedEmpty(t *testing.T) {
	m := loadModel(t)
	v, err := m.Embed([]string{""})
	if err != nil {
		t.Fatal(err)
	}
	want := []float32{0.0023546612, -0.034875255, 0.013102023}
	for i, w := range want {
		if math.Abs(float64(v[0][i]-w)) > 1e-5 {
			t.Errorf("v[%d] = %v, want %v", i, v[0][i], w)
		}
	}
	if out, err := m.Embed(nil); err != nil || len(out) != 0 {
		t.Errorf("Embed(nil) = %v, %v", out, err)
	}
}

func TestEmbedContextCancelled(t *testing.T) {
	m := loadModel(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.EmbedContext(ctx, []string{"a", "b", "c"}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestEmbedIDsBadInput(t *testing.T) {
	m := loadModel(t)
	out := make([]float32, m.Dim())
	if err := m.EmbedIDs([]int32{-1}, out); err == nil {
		t.Error("negative id: no error")
	}
	if err := m.EmbedIDs([]int32{1 << 20}, out); err == nil {
		t.Error("huge id: no error")
	}
	if err := m.EmbedIDs([]int32{5}, out[:3]); err == nil {
		t.Error("short out: no error")
	}
	if err := m.EmbedIDs([]int32{9, 10}, out); err != nil {
		t.Error(err)
	}
}

func TestLoadErrors(t *testing.T) {
	src := requireModel(t)
	copyDir := func(t *testing.T, edit func(dir string)) string {
		dir := t.TempDir()
		ents, _ := os.ReadDir(src)
		for _, e := range ents {
			if e.IsDir() {
				continue
			}
			if err := os.Symlink(mustAbs(t, filepath.Join(src, e.Name())), filepath.Join(dir, e.Name())); err != nil {
				t.Fatal(err)
			}
		}
		edit(dir)
		return dir
	}
	for name, edit := range map[string]func(dir string){
		"no model.json": func(d string) { os.Remove(filepath.Join(d, "model.json")) },
		"no vocab":      func(d string) { os.Remove(filepath.Join(d, "vocab.json")) },
		"missing shard": func(d string) { os.Remove(filepath.Join(d, "group1-shard3of7")) },
		"truncated shard": func(d string) {
			os.Remove(filepath.Join(d, "group1-shard7of7"))
			os.WriteFile(filepath.Join(d, "group1-shard7of7"), []byte{1, 2, 3}, 0o600)
		},
		"bad json": func(d string) {
			os.Remove(filepath.Join(d, "model.json"))
			os.WriteFile(filepath.Join(d, "model.json"), []byte("{"), 0o600)
		},
		"escaping path": func(d string) {
			os.Remove(filepath.Join(d, "model.json"))
			os.WriteFile(filepath.Join(d, "model.json"), []byte(`{"weightsManifest":[{"paths":["../x"],"weights":[]}]}`), 0o600)
		},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Load(copyDir(t, edit)); err == nil {
				t.Error("no error")
			}
		})
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("empty dir: no error")
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
