package redact

import (
	"path"
	"strings"
	"sync"
)

// GlobSet matches attribute keys against a list of exact keys and
// path.Match globs. Attribute keys repeat on every span, so results are
// memoised (up to maxMemo distinct keys; beyond that keys are matched
// each time, so a flood of unique keys costs time, never memory). It is
// safe for concurrent use.
type GlobSet struct {
	exact map[string]struct{}
	globs []string
	memo  sync.Map // key → bool
	n     int      // approximate entries in memo
	mu    sync.Mutex
}

const maxMemo = 4096

// NewGlobSet compiles patterns (validated elsewhere: path.Match syntax).
func NewGlobSet(patterns []string) *GlobSet {
	g := &GlobSet{exact: map[string]struct{}{}}
	for _, p := range patterns {
		if strings.ContainsAny(p, `*?[\`) {
			g.globs = append(g.globs, p)
		} else {
			g.exact[p] = struct{}{}
		}
	}
	return g
}

// Match reports whether key equals a listed key or matches a glob.
func (g *GlobSet) Match(key string) bool {
	if g == nil {
		return false
	}
	if _, ok := g.exact[key]; ok {
		return true
	}
	if len(g.globs) == 0 {
		return false
	}
	if v, ok := g.memo.Load(key); ok {
		return v.(bool)
	}
	m := false
	for _, p := range g.globs {
		if ok, _ := path.Match(p, key); ok {
			m = true
			break
		}
	}
	g.mu.Lock()
	if g.n < maxMemo {
		g.n++
		g.memo.Store(strings.Clone(key), m)
	}
	g.mu.Unlock()
	return m
}
