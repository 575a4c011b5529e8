package use

import (
	"encoding/json"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// BenchmarkEmbedGolden embeds the 61 test sentences per op (the same set the JS reference is
// timed on by scripts/bench-encoder.sh) and reports sentences/s.
func BenchmarkEmbedGolden(b *testing.B) {
	m := loadModel(b)
	var sentences []string
	raw, err := os.ReadFile("testdata/sentences.json")
	if err != nil {
		b.Fatal(err)
	}
	if err := json.Unmarshal(raw, &sentences); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := m.Embed(sentences); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(sentences))/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkEmbedShort embeds one short prompt per op on one goroutine (latency of a typical prompt).
func BenchmarkEmbedShort(b *testing.B) {
	m := loadModel(b)
	ids := m.Tokenizer().Tokenize("Why were answers about taxes wrong last night?")
	out := make([]float32, dim)
	b.ReportAllocs()
	for b.Loop() {
		if err := m.EmbedIDs(ids, out); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	tok := loadTokenizer(b)
	b.ReportAllocs()
	for b.Loop() {
		tok.Tokenize("The invoice total was $1,234.56 on 2024-03-15 — why did the assistant refuse? 🚀")
	}
}

// TestLoadMemory logs the heap retained by a loaded model.
func TestLoadMemory(t *testing.T) {
	dir := requireModel(t)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap retained by the loaded model: %.1f MiB", float64(heap)/(1<<20))
	// The ~26 MiB of float32 weights live in anonymous maps on unix
	// (offheap_unix.go): the heap keeps the vocabulary and small tensors.
	want := int64(200 << 20)
	if runtime.GOOS != "windows" && runtime.GOOS != "js" && runtime.GOOS != "wasip1" && runtime.GOOS != "plan9" {
		want = 12 << 20
	}
	if heap > want {
		t.Errorf("model retains %d bytes of heap, want < %d", heap, want)
	}
	runtime.KeepAlive(m)
}

// CPUTime counts the encoder's own CPU: busy workers add their thread
// time, not the wall time a loaded machine stretches.
func TestCPUTimeCountsEncoding(t *testing.T) {
	m, err := Load(requireModel(t))
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, 16)
	for i := range texts {
		texts[i] = strings.Repeat("how do I reset my password when the second factor is lost ", 8)
	}
	before := m.CPUTime()
	start := time.Now()
	if _, err := m.Embed(texts); err != nil {
		t.Fatal(err)
	}
	wall := time.Since(start)
	used := m.CPUTime() - before
	if used <= 0 {
		t.Fatalf("encoding 16 texts used %v of CPU", used)
	}
	if max := wall * time.Duration(runtime.GOMAXPROCS(0)) * 11 / 10; used > max+10*time.Millisecond {
		t.Fatalf("CPU %v exceeds wall %v × %d workers", used, wall, runtime.GOMAXPROCS(0))
	}
	t.Logf("16 texts: CPU %v, wall %v", used, wall)
}

// Idle scratch buffers survive a garbage collection: an encoder call after
// one allocates only its output (a sync.Pool dropped 2.75 MB per worker at
// every cycle, so under a memory limit each call allocated them again).
func TestScratchSurvivesGC(t *testing.T) {
	m, err := Load(requireModel(t))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"how do I reset my password", "what is the refund policy"}
	if _, err := m.Embed(texts); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.GC() // a sync.Pool keeps its objects through one cycle
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := m.Embed(texts); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 256<<10 {
		t.Fatalf("an encoder call after a GC allocated %d bytes, want < 256 KiB (scratch reallocated?)", got)
	}
}
