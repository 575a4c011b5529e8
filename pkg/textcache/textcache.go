// Package textcache remembers a value computed from a text, for work
// whose result is a function of the text alone (a redaction, a safety
// verdict): production traffic repeats its texts — system prompts, the
// prompts of a template, retrieved documents, tool results, span names —
// and a repeat then costs a map lookup instead of the work. The key is
// the text itself, or a digest of it where the text must not be kept
// (raw prompts may hold personal data).
//
// The cache is bounded by bytes, not entries: texts run from a few bytes
// to many kilobytes. It keeps two generations. New entries go to the
// current one; when its texts (plus a per-entry overhead) pass half the
// budget, the current generation becomes the old one and the old one is
// dropped. A hit in the old generation moves the entry to the current
// one, so texts seen again within a generation survive every rotation
// (an approximate LRU without a list to maintain on every hit). At most
// the whole budget is held, and an entry larger than a sixteenth of it
// is never kept, so one huge text cannot flush the rest.
//
// String keys are copied when stored: a caller's text may alias a larger
// buffer (a Kafka record) that must not be pinned by the cache.
package textcache

import (
	"strings"
	"sync"
	"unsafe"
)

// EntryOverhead is what one entry costs beyond its key and value: the
// map's control byte and spare slots, and the key stored again beside
// the value.
const EntryOverhead = 32

// Cache is safe for concurrent use. A nil *Cache holds nothing.
type Cache[K comparable, V any] struct {
	mu       sync.Mutex
	half     int // bytes per generation
	maxEntry int // largest entry kept
	cur, old map[K]entry[K, V]
	curBytes int
	oldBytes int
	sizeOf   func(V) int
}

// entry keeps the cache's own copy of its key beside the value, so that
// a hit in the old generation can move it without copying the text
// again.
type entry[K comparable, V any] struct {
	key K
	v   V
}

// New returns a cache holding at most maxBytes of keys and values (0: a
// cache that keeps nothing, nil). Each entry counts EntryOverhead, the
// key's fixed size and its bytes when it is a string, and what sizeOf
// (when not nil) says the value holds besides its fixed size (a slice's
// elements, a string's bytes).
func New[K comparable, V any](maxBytes int, sizeOf func(V) int) *Cache[K, V] {
	if maxBytes <= 0 {
		return nil
	}
	return &Cache[K, V]{half: maxBytes / 2, maxEntry: maxBytes / 16, cur: map[K]entry[K, V]{}, old: map[K]entry[K, V]{}, sizeOf: sizeOf}
}

// Get returns the value stored for text.
func (c *Cache[K, V]) Get(text K) (V, bool) {
	var zero V
	if c == nil {
		return zero, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.cur[text]; ok {
		return e.v, true
	}
	e, ok := c.old[text]
	if !ok {
		return zero, false
	}
	// Seen again: it moves to the current generation.
	delete(c.old, text)
	c.oldBytes -= c.size(e.key, e.v)
	c.store(e.key, e.v)
	return e.v, true
}

// Put stores v for text (a copy of it when it is a string), unless the
// entry is too large to keep.
func (c *Cache[K, V]) Put(text K, v V) {
	if c == nil || c.size(text, v) > c.maxEntry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.cur[text]; ok {
		c.curBytes += c.size(e.key, v) - c.size(e.key, e.v)
		c.cur[text] = entry[K, V]{e.key, v}
		return
	}
	if e, ok := c.old[text]; ok {
		delete(c.old, text)
		c.oldBytes -= c.size(e.key, e.v)
	}
	if s, ok := any(text).(string); ok {
		text = any(strings.Clone(s)).(K)
	}
	c.store(text, v)
}

func (c *Cache[K, V]) size(key K, v V) int {
	n := EntryOverhead + int(unsafe.Sizeof(key)) + int(unsafe.Sizeof(v))
	if s, ok := any(key).(string); ok {
		n += len(s)
	}
	if c.sizeOf != nil {
		n += c.sizeOf(v)
	}
	return n
}

// store adds key (already the cache's own copy) to the current
// generation, rotating when it is full. c.mu is held.
func (c *Cache[K, V]) store(key K, v V) {
	n := c.size(key, v)
	if c.curBytes+n > c.half && len(c.cur) > 0 {
		c.old, c.oldBytes = c.cur, c.curBytes
		c.cur, c.curBytes = make(map[K]entry[K, V], len(c.old)), 0
	}
	c.cur[key] = entry[K, V]{key, v}
	c.curBytes += n
}

// Len is the number of texts held (both generations).
func (c *Cache[K, V]) Len() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.cur) + len(c.old)
}

// Bytes is what the cache accounts for what it holds (texts, values,
// EntryOverhead each): at most the budget given to New.
func (c *Cache[K, V]) Bytes() int {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.curBytes + c.oldBytes
}
