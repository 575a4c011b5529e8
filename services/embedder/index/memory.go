package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
	"unsafe"
)

// Memory is the in-process index: exact cosine search over a flat vector
// slab, bounded in points and in bytes (the least recently seen prompt is
// evicted first, counted by Evicted). The all-in-one binary uses it when
// no Qdrant is configured; it does not survive a restart.
//
// Vectors are stored normalised and quantised to int8 with a scale per
// point (a quarter of float32's memory: 512 bytes for USE Lite's 512
// dimensions, where the payload of a prompt is ~1-2 KB); queries stay
// float32, so a score is off by at most ~1/254 of the largest component
// of the stored vector per dimension, ~1e-4 in all for USE Lite's vectors
// (TestMemoryQuantisedScores). Bounded by points alone (200,000 by
// default until 2026-12), a day of real prompts took ~4 KB each, ~800 MB.
type Memory struct {
	mu       sync.RWMutex
	dim      int
	max      int
	maxBytes int64
	bytes    int64     // estimated, of the points held (pointBytes)
	vecs     []int8    // dim values per slot
	scales   []float32 // per slot: a stored value times its scale is the normalised component
	sizes    []int64   // per slot: its pointBytes
	ids      []string  // per slot; "" = free
	pays     []Payload // per slot
	slot     map[string]int
	free     []int
	evicted  uint64
}

// MemoryOption configures NewMemory.
type MemoryOption func(*Memory)

// WithMaxPoints bounds the index in points (default 1,000,000).
func WithMaxPoints(n int) MemoryOption { return func(m *Memory) { m.max = max(n, 1) } }

// WithMaxBytes bounds the index by the estimated memory of its points
// (pointBytes; default unbounded). A point larger than the bound alone is
// still kept, as the only one.
func WithMaxBytes(n int64) MemoryOption { return func(m *Memory) { m.maxBytes = n } }

// NewMemory returns an empty in-process index.
func NewMemory(opts ...MemoryOption) *Memory {
	m := &Memory{max: 1_000_000, maxBytes: math.MaxInt64, slot: map[string]int{}}
	for _, o := range opts {
		o(m)
	}
	return m
}

// pointBytes estimates what a point takes in the index: its slot in every
// per-slot slice and in the ID map (~120 bytes beside the Payload struct),
// its quantised vector and scale, and what its payload's strings and
// slices point to (TestMemoryBytesEstimate checks it against the heap).
func pointBytes(id string, p *Payload, dim int) int64 {
	n := int(unsafe.Sizeof(Payload{})) + 120 + 2*len(id) + dim + 4
	n += len(p.Text) + len(p.TextHash) + len(p.TraceID) + len(p.SpanID) + len(p.Service) + len(p.Model) + len(p.Provider) +
		len(p.Operation) + len(p.ConversationID) + len(p.UserID) + len(p.Tenant) + len(p.Encoder) + len(p.Topic)
	for _, l := range [...][]string{p.TraceIDs, p.UserIDs, p.Flags} {
		for _, s := range l {
			n += 16 + len(s)
		}
	}
	return int64(n)
}

// Ensure fixes the dimension on first use.
func (m *Memory) Ensure(_ context.Context, dim int) error {
	if dim <= 0 {
		return fmt.Errorf("index: dimension %d", dim)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.dim != 0 && m.dim != dim {
		return fmt.Errorf("%w: have %d, want %d", ErrDimMismatch, m.dim, dim)
	}
	m.dim = dim
	return nil
}

// Upsert writes points, replacing those with the same ID.
func (m *Memory) Upsert(_ context.Context, points []Point) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.dim == 0 {
		return fmt.Errorf("index: Upsert before Ensure")
	}
	for _, p := range points {
		if len(p.Vector) != m.dim {
			return fmt.Errorf("index: point %s has %d dimensions, collection %d", p.ID, len(p.Vector), m.dim)
		}
		if p.ID == "" {
			return fmt.Errorf("index: point without ID")
		}
	}
	for _, p := range points {
		size := pointBytes(p.ID, &p.Payload, m.dim)
		i, ok := m.slot[p.ID]
		if !ok {
			for len(m.slot) > 0 && (len(m.slot) >= m.max || m.bytes+size > m.maxBytes) {
				m.evictLocked(-1)
			}
			if n := len(m.free); n > 0 {
				i, m.free = m.free[n-1], m.free[:n-1]
			} else {
				i = len(m.ids)
				m.ids = append(m.ids, "")
				m.pays = append(m.pays, Payload{})
				m.scales = append(m.scales, 0)
				m.sizes = append(m.sizes, 0)
				m.vecs = append(m.vecs, make([]int8, m.dim)...)
			}
			m.slot[p.ID] = i
			m.ids[i] = p.ID
		}
		m.scales[i] = quantiseInto(m.vecs[i*m.dim:(i+1)*m.dim], p.Vector)
		m.pays[i] = clonePayload(p.Payload)
		m.resizeLocked(i, size)
	}
	return nil
}

// resizeLocked sets slot i's size and, over the byte bound, evicts the
// least recently seen other points.
func (m *Memory) resizeLocked(i int, size int64) {
	m.bytes += size - m.sizes[i]
	m.sizes[i] = size
	for m.bytes > m.maxBytes && len(m.slot) > 1 {
		m.evictLocked(i)
	}
}

// evictLocked frees the slot of the least recently seen point, except
// slot keep.
func (m *Memory) evictLocked(keep int) {
	victim := -1
	for i, id := range m.ids {
		if id == "" || i == keep {
			continue
		}
		if victim < 0 || m.pays[i].LastSeen.Before(m.pays[victim].LastSeen) {
			victim = i
		}
	}
	if victim < 0 {
		return
	}
	delete(m.slot, m.ids[victim])
	m.ids[victim] = ""
	m.pays[victim] = Payload{}
	m.bytes -= m.sizes[victim]
	m.sizes[victim] = 0
	m.free = append(m.free, victim)
	m.evicted++
}

// Bytes is the estimated memory of the points held (what WithMaxBytes
// bounds).
func (m *Memory) Bytes() int64 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.bytes
}

// Evicted counts points dropped to stay under the bound.
func (m *Memory) Evicted() uint64 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.evicted
}

// SetPayload replaces payloads of existing points.
func (m *Memory) SetPayload(_ context.Context, updates map[string]Payload) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, p := range updates {
		if i, ok := m.slot[id]; ok {
			m.pays[i] = clonePayload(p)
			m.resizeLocked(i, pointBytes(id, &p, m.dim))
		}
	}
	return nil
}

// Get returns the payloads of the ids that exist.
func (m *Memory) Get(_ context.Context, ids []string) (map[string]Payload, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make(map[string]Payload, len(ids))
	for _, id := range ids {
		if i, ok := m.slot[id]; ok {
			out[id] = clonePayload(m.pays[i])
		}
	}
	return out, nil
}

// ByTrace finds the point whose TraceIDs contain traceID.
func (m *Memory) ByTrace(_ context.Context, traceID string) (Point, bool, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for i, id := range m.ids {
		if id != "" && slices.Contains(m.pays[i].TraceIDs, traceID) {
			v := make([]float32, m.dim)
			for j, q := range m.vecs[i*m.dim : (i+1)*m.dim] {
				v[j] = float32(q) * m.scales[i]
			}
			return Point{ID: id, Vector: v, Payload: clonePayload(m.pays[i])}, true, nil
		}
	}
	return Point{}, false, nil
}

// Search scans every point (exact search).
func (m *Memory) Search(_ context.Context, q Query) ([]Hit, error) {
	if q.K < 1 || q.K > MaxK {
		return nil, fmt.Errorf("index: k must be in 1..%d", MaxK)
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	if m.dim == 0 {
		return nil, nil
	}
	if len(q.Vector) != m.dim {
		return nil, fmt.Errorf("index: query has %d dimensions, collection %d", len(q.Vector), m.dim)
	}
	qv := make([]float32, m.dim)
	normalizeInto(qv, q.Vector)
	type cand struct {
		i     int
		score float32
	}
	top := make([]cand, 0, q.K+1)
	for i, id := range m.ids {
		if id == "" || !matches(&m.pays[i], id, &q.Filter) {
			continue
		}
		s := dotQ(qv, m.vecs[i*m.dim:(i+1)*m.dim]) * m.scales[i]
		if len(top) == q.K && s <= top[len(top)-1].score {
			continue
		}
		j := sort.Search(len(top), func(j int) bool { return top[j].score < s })
		top = slices.Insert(top, j, cand{i, s})
		if len(top) > q.K {
			top = top[:q.K]
		}
	}
	out := make([]Hit, len(top))
	for k, c := range top {
		out[k] = Hit{ID: m.ids[c.i], Score: c.score, Payload: clonePayload(m.pays[c.i])}
	}
	return out, nil
}

// Count is the number of points.
func (m *Memory) Count(context.Context) (uint64, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return uint64(len(m.slot)), nil
}

// Close does nothing.
func (m *Memory) Close() error { return nil }

func matches(p *Payload, id string, f *Filter) bool {
	switch {
	case f.ExcludeID != "" && id == f.ExcludeID,
		f.Service != "" && p.Service != f.Service,
		f.Model != "" && p.Model != f.Model,
		f.Topic != "" && p.Topic != f.Topic,
		f.NovelOnly && !p.Novel,
		f.Flag != "" && !slices.Contains(p.Flags, f.Flag),
		f.ErrorsOnly && !p.Error,
		!f.Since.IsZero() && p.Time.Before(f.Since),
		!f.Until.IsZero() && !p.Time.Before(f.Until),
		f.MinLatencyMS > 0 && p.LatencyMS < f.MinLatencyMS,
		f.User != "" && !slices.Contains(p.UserIDs, f.User),
		f.Tenants != nil && !slices.Contains(f.Tenants, p.Tenant):
		return false
	}
	return true
}

// dotQ is the dot product of a float32 query and a quantised vector (its
// scale not applied).
func dotQ(a []float32, b []int8) float32 {
	var s0, s1, s2, s3 float32
	b = b[:len(a)]
	n := len(a) &^ 3
	for i := 0; i < n; i += 4 {
		s0 += a[i] * float32(b[i])
		s1 += a[i+1] * float32(b[i+1])
		s2 += a[i+2] * float32(b[i+2])
		s3 += a[i+3] * float32(b[i+3])
	}
	for i := n; i < len(a); i++ {
		s0 += a[i] * float32(b[i])
	}
	return s0 + s1 + s2 + s3
}

// quantiseInto writes v/|v| into dst as int8 and returns the scale that
// turns them back (the largest component maps to ±127). A zero or
// non-finite v is stored as zeros: it matches nothing, as its cosine
// is undefined.
func quantiseInto(dst []int8, v []float32) float32 {
	var s float64
	var top float32
	for _, x := range v {
		s += float64(x) * float64(x)
		top = max(top, float32(math.Abs(float64(x))))
	}
	if s == 0 || math.IsInf(s, 0) || math.IsNaN(s) || top == 0 {
		clear(dst)
		return 0
	}
	inv := 1 / math.Sqrt(s)
	scale := float64(top) * inv / 127 // the largest normalised component / 127
	for i, x := range v {
		dst[i] = int8(math.Round(float64(x) * inv / scale))
	}
	return float32(scale)
}

// normalizeInto writes v/|v| into dst (v itself when |v| is 0 or not finite).
func normalizeInto(dst, v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 || math.IsInf(s, 0) || math.IsNaN(s) {
		copy(dst, v)
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i, x := range v {
		dst[i] = x * inv
	}
}

func clonePayload(p Payload) Payload {
	p.TraceIDs = slices.Clone(p.TraceIDs)
	p.UserIDs = slices.Clone(p.UserIDs)
	return p
}

var _ Index = (*Memory)(nil)
