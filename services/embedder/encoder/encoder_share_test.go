package encoder

import (
	"os"
	"path/filepath"
	"testing"
)

// One process, one model per weights directory: the all-in-one's
// embedder and the enricher's injection detector must not hold two copies.
func TestNewUSELiteSharesOneModel(t *testing.T) {
	dir := filepath.Join("..", "models", "use-lite")
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		t.Skip("no USE Lite weights (make models)")
	}
	a, err := NewUSELite(dir)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dir)
	b, err := NewUSELite(abs)
	if err != nil {
		t.Fatal(err)
	}
	if a.Model() != b.Model() {
		t.Fatal("two encoders of the same directory loaded two models")
	}
	if _, err := NewUSELite(t.TempDir()); err == nil {
		t.Fatal("an empty directory loaded a model")
	}
}
