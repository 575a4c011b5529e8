package use

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadWeights feeds arbitrary model.json bytes (with one small shard beside them) to the
// weights decoder: it must return an error or tensors, never panic or over-read.
func FuzzReadWeights(f *testing.F) {
	f.Add([]byte(`{"weightsManifest":[{"paths":["s1"],"weights":[{"name":"a","shape":[2,2],"dtype":"float32"}]}]}`))
	f.Add([]byte(`{"weightsManifest":[{"paths":["s1"],"weights":[{"name":"a","shape":[4],"dtype":"int32"}]}]}`))
	f.Add([]byte(`{"weightsManifest":[{"paths":["s1"],"weights":[{"name":"a","shape":[5],"dtype":"float32"}]}]}`))
	f.Add([]byte(`{"weightsManifest":[{"paths":["../s1"],"weights":[]}]}`))
	f.Add([]byte(`{"weightsManifest":[{"paths":["s1"],"weights":[{"name":"a","shape":[-1,-4],"dtype":"float32"}]}]}`))
	f.Add([]byte(`{"weightsManifest":[{"paths":["s1"],"weights":[{"name":"a","shape":[4],"dtype":"uint8","quantization":{"dtype":"uint8"}}]}]}`))
	f.Add([]byte(`{}`))
	dir := f.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "s1"), make([]byte, 16), 0o600); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, mj []byte) {
		var arena weightArena
		defer arena.release()
		ws, err := readWeights(dir, mj, &arena)
		if err != nil {
			return
		}
		total := 0
		for _, w := range ws {
			total += 4 * (len(w.f32) + len(w.i32))
		}
		if total > 16 {
			t.Fatalf("decoded %d bytes from a 16-byte shard", total)
		}
	})
}
