package encoder

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestUSELite(t *testing.T) {
	dir := filepath.Join("..", "models", "use-lite")
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("model weights missing in %s (CI=true): run scripts/fetch-models.sh first", dir)
		}
		t.Skipf("model weights not fetched (%s missing): run scripts/fetch-models.sh to enable this test", dir)
	}
	var e Encoder
	u, err := NewUSELite(dir)
	if err != nil {
		t.Fatal(err)
	}
	e = u
	if e.Dim() != 512 || e.Name() != "use-lite" {
		t.Fatalf("Dim %d Name %q", e.Dim(), e.Name())
	}
	v, err := e.Embed(context.Background(), []string{"How do I reset my password?", "I forgot my password and cannot log in.", "What is the capital of France?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(v) != 3 {
		t.Fatalf("%d vectors", len(v))
	}
	dot := func(a, b []float32) (s float32) {
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	if p, u := dot(v[0], v[1]), dot(v[0], v[2]); p <= u {
		t.Errorf("paraphrase similarity %v <= unrelated %v", p, u)
	}
	if _, err := NewUSELite(t.TempDir()); err == nil {
		t.Error("empty dir: no error")
	}
}
