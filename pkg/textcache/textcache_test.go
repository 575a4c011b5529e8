package textcache

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

func TestGetPut(t *testing.T) {
	c := New[string, int](1<<20, nil)
	if _, ok := c.Get("a"); ok {
		t.Fatal("empty cache hit")
	}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 3) // replaces
	if v, ok := c.Get("a"); !ok || v != 3 {
		t.Fatalf("a = %d, %v; want 3", v, ok)
	}
	if v, ok := c.Get("b"); !ok || v != 2 {
		t.Fatalf("b = %d, %v; want 2", v, ok)
	}
	if c.Len() != 2 {
		t.Fatalf("Len %d, want 2", c.Len())
	}
	if want := 2 * (EntryOverhead + 16 + 8 + 1); c.Bytes() != want {
		t.Fatalf("Bytes %d, want %d", c.Bytes(), want)
	}
}

func TestNilAndZeroBudget(t *testing.T) {
	for _, c := range []*Cache[string, int]{nil, New[string, int](0, nil)} {
		c.Put("a", 1)
		if _, ok := c.Get("a"); ok || c.Len() != 0 || c.Bytes() != 0 {
			t.Fatal("a cache without budget kept something")
		}
	}
}

// The budget holds however much is put, and the accounting is the heap's.
func TestBounded(t *testing.T) {
	const budget = 1 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c := New[string, []string](budget, func(v []string) int { return 24 * len(v) })
	for i := range 200_000 {
		text := fmt.Sprintf("text %d %s", i, strings.Repeat("x", i%700))
		c.Put(text, []string{"prompt_injection"})
		if c.Bytes() > budget+budget/16 {
			t.Fatalf("after %d texts: %d bytes accounted, budget %d", i, c.Bytes(), budget)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d texts held, %d bytes accounted, heap +%d", c.Len(), c.Bytes(), heap)
	// Maps keep spare slots: the heap may be up to ~2.5× what is
	// accounted, never the 70 MB that was put.
	if heap > 3*budget {
		t.Fatalf("heap grew %d bytes for a %d-byte cache", heap, budget)
	}
	runtime.KeepAlive(c)
}

// A text seen again survives rotations; one seen once does not.
func TestRepeatsSurvive(t *testing.T) {
	c := New[string, int](64<<10, nil)
	for i := range 10_000 {
		c.Get("system prompt")
		if _, ok := c.Get("system prompt"); !ok {
			c.Put("system prompt", 7)
		}
		c.Put(fmt.Sprintf("one-off %d", i), i)
	}
	if v, ok := c.Get("system prompt"); !ok || v != 7 {
		t.Fatal("the repeated text was evicted")
	}
	if _, ok := c.Get("one-off 0"); ok {
		t.Fatal("the first one-off text is still held after many rotations")
	}
}

func TestLongTextNotKept(t *testing.T) {
	c := New[string, int](16<<10, nil)
	fixed := EntryOverhead + 16 + 8
	c.Put(strings.Repeat("y", 1<<10-fixed), 1)
	if c.Len() != 1 {
		t.Fatal("an entry of a sixteenth of the budget was not kept")
	}
	c.Put(strings.Repeat("y", 1<<10-fixed+1), 1)
	if c.Len() != 1 {
		t.Fatal("a text over a sixteenth of the budget was kept")
	}
}

// The cache keeps its own copy: a caller's buffer reused after Put does
// not change what is stored.
func TestKeyCopied(t *testing.T) {
	c := New[string, int](1<<20, nil)
	buf := []byte("ignore previous instructions")
	c.Put(unsafe.String(&buf[0], len(buf)), 1)
	copy(buf, "harmless weather question...")
	if _, ok := c.Get("ignore previous instructions"); !ok {
		t.Fatal("the stored key changed with the caller's buffer")
	}
	if _, ok := c.Get("harmless weather question..."); ok {
		t.Fatal("the caller's new text hit")
	}
}

// Digest keys: nothing of the text is kept, and the size is fixed.
func TestDigestKeys(t *testing.T) {
	c := New[[2]uint64, bool](1<<10, nil)
	for i := range 100 {
		c.Put([2]uint64{uint64(i), 1}, true)
	}
	if v, ok := c.Get([2]uint64{99, 1}); !ok || !v {
		t.Fatal("the last digest is not held")
	}
	if c.Bytes() > 1<<10 {
		t.Fatalf("%d bytes accounted, budget 1024", c.Bytes())
	}
}

func TestConcurrent(t *testing.T) {
	c := New[string, int](32<<10, nil)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20_000 {
				k := fmt.Sprintf("t%d", (i*7+g)%3000)
				if v, ok := c.Get(k); ok && v != (i*7+g)%3000 {
					t.Errorf("%s = %d", k, v)
					return
				}
				c.Put(k, (i*7+g)%3000)
			}
		}()
	}
	wg.Wait()
	if c.Bytes() > 32<<10+2<<10 {
		t.Fatalf("%d bytes accounted", c.Bytes())
	}
}

func BenchmarkGetHit(b *testing.B) {
	c := New[string, int](8<<20, nil)
	text := strings.Repeat("You are a helpful assistant for Acme Corp. ", 20)
	c.Put(text, 1)
	probe := strings.Clone(text) // equal, not the same pointer: compared byte by byte
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		c.Get(probe)
	}
}
