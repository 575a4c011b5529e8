package index_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/llmobs/llmobs/services/embedder/index"
)

// A prompt as the embedder stores it: 512 dimensions, a few hundred
// characters, some trace and user IDs.
func bigPoint(i int, rng *rand.Rand, text int) index.Point {
	v := make([]float32, 512)
	for j := range v {
		v[j] = float32(rng.NormFloat64())
	}
	p := index.Payload{Text: strings.Repeat("a", text) + fmt.Sprint(i), TextHash: fmt.Sprintf("%064x", i),
		TraceID: fmt.Sprintf("%032x", i), SpanID: fmt.Sprintf("%016x", i), Service: "chat-api", Model: "gpt-4o",
		Provider: "openai", Operation: "chat", Time: t0, Tenant: "acme", Encoder: "use-lite", Topic: "billing",
		FirstSeen: t0, LastSeen: t0.Add(time.Duration(i) * time.Second), UserID: "u-1234567890", Flags: []string{"refusal"}}
	for k := range 4 {
		p.TraceIDs = append(p.TraceIDs, fmt.Sprintf("%032x", i*16+k))
		p.UserIDs = append(p.UserIDs, fmt.Sprintf("user-%08d", i+k))
	}
	return index.Point{ID: index.PointID(p.TextHash), Vector: v, Payload: p}
}

// The byte bound holds as points come, as payloads grow (SetPayload) and
// for a point larger than the bound; the least recently seen go first.
func TestMemoryBoundedByBytes(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	const limit = 1 << 20
	m := index.NewMemory(index.WithMaxBytes(limit))
	if err := m.Ensure(ctx, 512); err != nil {
		t.Fatal(err)
	}
	var pts []index.Point
	for i := range 2000 {
		p := bigPoint(i, rng, 300)
		pts = append(pts, p)
		if err := m.Upsert(ctx, []index.Point{p}); err != nil {
			t.Fatal(err)
		}
		if b := m.Bytes(); b > limit {
			t.Fatalf("after %d points: %d bytes > %d", i+1, b, limit)
		}
	}
	n, _ := m.Count(ctx)
	if n < 300 || n > 1000 || m.Evicted() != 2000-n {
		t.Fatalf("held %d, evicted %d", n, m.Evicted())
	}
	// The newest are kept, the oldest evicted.
	if got, _ := m.Get(ctx, []string{pts[0].ID, pts[1999].ID}); len(got) != 1 || got[pts[1999].ID].TextHash != pts[1999].Payload.TextHash {
		t.Fatalf("kept %v", slices.Collect(func(yield func(string) bool) {
			for id := range got {
				yield(id)
			}
		}))
	}
	// A payload grows (more trace IDs): the bound still holds.
	p := pts[1999].Payload
	for k := range 16 {
		p.TraceIDs = append(p.TraceIDs, fmt.Sprintf("%032x", 1<<20+k))
	}
	p.Text = strings.Repeat("b", 8000)
	if err := m.SetPayload(ctx, map[string]index.Payload{pts[1999].ID: p}); err != nil {
		t.Fatal(err)
	}
	if b := m.Bytes(); b > limit {
		t.Fatalf("after a payload grew: %d bytes", b)
	}
	if got, _ := m.Get(ctx, []string{pts[1999].ID}); len(got[pts[1999].ID].Text) != 8000 {
		t.Fatal("the grown point was evicted, not an older one")
	}
	// A point larger than the whole bound is kept, alone.
	huge := bigPoint(5000, rng, 2<<20)
	if err := m.Upsert(ctx, []index.Point{huge}); err != nil {
		t.Fatal(err)
	}
	if n, _ := m.Count(ctx); n != 1 {
		t.Fatalf("held %d beside a point over the bound", n)
	}
}

// The estimate (what WithMaxBytes bounds) is within 25 % of what the
// points take on the heap.
func TestMemoryBytesEstimate(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	const n = 20_000
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m := index.NewMemory()
	if err := m.Ensure(ctx, 512); err != nil {
		t.Fatal(err)
	}
	// The points are made here and not kept: the index holds their
	// strings, as it does in the embedder.
	for i := 0; i < n; i += 100 {
		batch := make([]index.Point, 100)
		for j := range batch {
			batch[j] = bigPoint(i+j, rng, 300)
		}
		if err := m.Upsert(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := float64(after.HeapAlloc) - float64(before.HeapAlloc)
	est := float64(m.Bytes())
	t.Logf("%d points: estimate %.0f bytes each, heap %.0f", n, est/n, heap/n)
	if r := heap / est; r < 0.75 || r > 1.25 {
		t.Errorf("heap / estimate = %.2f, want within 0.75..1.25", r)
	}
	runtime.KeepAlive(m)
}

// Stored vectors are int8: scores stay within 2e-3 of the exact cosine
// for encoder-like vectors, and the top ten are the same points.
func TestMemoryQuantisedScores(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 6))
	m := index.NewMemory()
	if err := m.Ensure(ctx, 512); err != nil {
		t.Fatal(err)
	}
	var pts []index.Point
	for i := range 3000 {
		p := bigPoint(i, rng, 10)
		pts = append(pts, p)
	}
	if err := m.Upsert(ctx, pts); err != nil {
		t.Fatal(err)
	}
	cos := func(a, b []float32) float64 {
		var d, na, nb float64
		for i := range a {
			d += float64(a[i]) * float64(b[i])
			na += float64(a[i]) * float64(a[i])
			nb += float64(b[i]) * float64(b[i])
		}
		return d / math.Sqrt(na*nb)
	}
	for q := range 20 {
		// A query near point q (a paraphrase), so the top is clear-cut.
		qv := slices.Clone(pts[q].Vector)
		for j := range qv {
			qv[j] += 0.8 * float32(rng.NormFloat64())
		}
		hs, err := m.Search(ctx, index.Query{Vector: qv, K: 10})
		if err != nil {
			t.Fatal(err)
		}
		type sc struct {
			id string
			s  float64
		}
		var exact []sc
		byID := map[string]float64{}
		for _, p := range pts {
			c := cos(qv, p.Vector)
			exact = append(exact, sc{p.ID, c})
			byID[p.ID] = c
		}
		slices.SortFunc(exact, func(a, b sc) int {
			if a.s > b.s {
				return -1
			}
			return 1
		})
		for k, h := range hs {
			if d := math.Abs(float64(h.Score) - byID[h.ID]); d > 2e-3 {
				t.Errorf("query %d: score %.5f, exact %.5f", q, h.Score, byID[h.ID])
			}
			if h.ID != exact[k].id && math.Abs(exact[k].s-byID[h.ID]) > 2e-3 {
				t.Errorf("query %d rank %d: %s (exact %.5f), want %s (%.5f)", q, k, h.ID, byID[h.ID], exact[k].id, exact[k].s)
			}
		}
	}
	// More like this: the stored vector comes back within quantisation.
	p, ok, err := m.ByTrace(ctx, pts[7].Payload.TraceIDs[0])
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if c := cos(p.Vector, pts[7].Vector); c < 0.9999 {
		t.Errorf("ByTrace vector: cosine %.6f to the original", c)
	}
}
