package embedder

import (
	"container/list"
	"sync"
	"time"
)

// seen is what the embedder remembers of a prompt already in the index:
// enough to rewrite its payload on a repeat without reading it back.
type seen struct {
	hits      int64
	firstSeen time.Time
	lastSeen  time.Time
	traceIDs  []string // newest first, at most index.MaxTraceIDs
	userIDs   []string // newest first, at most index.MaxUserIDs
	topic     string   // novelty topic, novelty and flag of its first embedding
	novelty   float64
	novel     bool
	flags     []string
}

// lru is a bounded map from prompt ID to seen, evicting the least recently
// used entry.
type lru struct {
	mu  sync.Mutex
	max int
	ll  *list.List
	m   map[string]*list.Element
}

type lruEntry struct {
	key string
	val seen
}

func newLRU(max int) *lru { return &lru{max: max, ll: list.New(), m: make(map[string]*list.Element)} }

func (c *lru) get(key string) (seen, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok {
		return seen{}, false
	}
	c.ll.MoveToFront(e)
	return e.Value.(*lruEntry).val, true
}

func (c *lru) put(key string, v seen) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[key]; ok {
		e.Value.(*lruEntry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.m[key] = c.ll.PushFront(&lruEntry{key, v})
	for c.ll.Len() > c.max {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.m, old.Value.(*lruEntry).key)
	}
}

func (c *lru) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}
