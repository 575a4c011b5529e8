package index_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/internal/fakeqdrant"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("google.golang.org/grpc/internal/grpcsync.(*CallbackSerializer).run"))
}

const dim = 8

func vec(xs ...float32) []float32 {
	v := make([]float32, dim)
	copy(v, xs)
	return v
}

var t0 = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func pt(n int, v []float32, service, model string, sec int, latency float64, isErr bool) index.Point {
	id := index.PointID(fmt.Sprintf("hash-%d", n))
	return index.Point{ID: id, Vector: v, Payload: index.Payload{
		Text: fmt.Sprintf("prompt %d", n), TextHash: fmt.Sprintf("hash-%d", n),
		TraceID: fmt.Sprintf("%032x", n), SpanID: fmt.Sprintf("%016x", n), TraceIDs: []string{fmt.Sprintf("%032x", n), fmt.Sprintf("%032x", 1000+n)},
		Service: service, Model: model, Provider: "openai", Operation: "chat",
		Time: t0.Add(time.Duration(sec) * time.Second), LatencyMS: latency, Error: isErr, CostUSD: 0.25 * float64(n),
		InputTokens: int64(10 * n), OutputTokens: int64(n), ConversationID: "c", UserID: "u", Tenant: "t",
		UserIDs: []string{"u", []string{"u-even", "u-odd"}[n%2]},
		Hits:    int64(n), FirstSeen: t0, LastSeen: t0.Add(time.Duration(sec) * time.Second), Encoder: "test",
		Flags: map[int][]string{2: {"prompt_injection"}, 3: {"refusal", "truncated"}, 4: {"prompt_injection"}}[n],
	}}
}

// conformance runs the behaviour every Index must have.
func conformance(t *testing.T, newIndex func(t *testing.T) index.Index) {
	ctx := context.Background()
	points := []index.Point{
		pt(1, vec(1, 0, 0), "chat-api", "gpt-4o", 1, 100, false),
		pt(2, vec(0.9, 0.1, 0), "chat-api", "gpt-4o-mini", 2, 2500, true),
		pt(3, vec(0, 1, 0), "billing", "gpt-4o", 3, 800, false),
		pt(4, vec(0, 0, 1), "billing", "claude", 4, 4000, true),
		pt(5, vec(0.7, 0.7, 0), "search", "gpt-4o", 5, 50, false),
	}
	setup := func(t *testing.T) index.Index {
		ix := newIndex(t)
		if err := ix.Ensure(ctx, dim); err != nil {
			t.Fatal(err)
		}
		if err := ix.Upsert(ctx, points); err != nil {
			t.Fatal(err)
		}
		return ix
	}
	ids := func(hs []index.Hit) []string {
		var out []string
		for _, h := range hs {
			out = append(out, h.Payload.TextHash)
		}
		return out
	}

	t.Run("ensure is idempotent and checks the dimension", func(t *testing.T) {
		ix := newIndex(t)
		for range 2 {
			if err := ix.Ensure(ctx, dim); err != nil {
				t.Fatal(err)
			}
		}
		if err := ix.Ensure(ctx, dim+1); !errors.Is(err, index.ErrDimMismatch) {
			t.Fatalf("want ErrDimMismatch, got %v", err)
		}
	})
	t.Run("upsert replaces and round-trips the payload", func(t *testing.T) {
		ix := setup(t)
		if n, err := ix.Count(ctx); err != nil || n != 5 {
			t.Fatalf("count %d %v", n, err)
		}
		again := points[0]
		again.Payload.Hits = 99
		if err := ix.Upsert(ctx, []index.Point{again}); err != nil {
			t.Fatal(err)
		}
		if n, _ := ix.Count(ctx); n != 5 {
			t.Fatalf("replace grew the index to %d", n)
		}
		got, err := ix.Get(ctx, []string{points[0].ID, points[3].ID, index.PointID("missing")})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[points[0].ID].Hits != 99 {
			t.Fatalf("get: %+v", got)
		}
		want := points[3].Payload
		if g := got[points[3].ID]; !reflect.DeepEqual(normalise(g), normalise(want)) {
			t.Errorf("payload round trip:\n got  %+v\n want %+v", g, want)
		}
	})
	t.Run("search ranks by cosine", func(t *testing.T) {
		ix := setup(t)
		hs, err := ix.Search(ctx, index.Query{Vector: vec(1, 0, 0), K: 3})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(hs); !reflect.DeepEqual(got, []string{"hash-1", "hash-2", "hash-5"}) {
			t.Fatalf("order %v", got)
		}
		if math.Abs(float64(hs[0].Score)-1) > 1e-5 || hs[1].Score >= hs[0].Score {
			t.Errorf("scores %v %v", hs[0].Score, hs[1].Score)
		}
		if hs[0].Payload.Service != "chat-api" {
			t.Errorf("payload not returned: %+v", hs[0].Payload)
		}
	})
	t.Run("filters", func(t *testing.T) {
		ix := setup(t)
		for _, tc := range []struct {
			name string
			f    index.Filter
			want []string
		}{
			{"service", index.Filter{Service: "billing"}, []string{"hash-3", "hash-4"}},
			{"model", index.Filter{Model: "gpt-4o"}, []string{"hash-1", "hash-5", "hash-3"}},
			{"errors", index.Filter{ErrorsOnly: true}, []string{"hash-2", "hash-4"}},
			{"since", index.Filter{Since: t0.Add(4 * time.Second)}, []string{"hash-5", "hash-4"}},
			{"until", index.Filter{Until: t0.Add(2 * time.Second)}, []string{"hash-1"}},
			{"latency", index.Filter{MinLatencyMS: 800}, []string{"hash-2", "hash-3", "hash-4"}},
			{"exclude", index.Filter{ExcludeID: points[0].ID, Service: "chat-api"}, []string{"hash-2"}},
			{"combined", index.Filter{Service: "chat-api", ErrorsOnly: true, MinLatencyMS: 1000}, []string{"hash-2"}},
			{"nothing", index.Filter{Service: "nope"}, nil},
			{"user among recent askers", index.Filter{User: "u-odd"}, []string{"hash-1", "hash-5", "hash-3"}},
			{"user and service", index.Filter{User: "u-even", Service: "billing"}, []string{"hash-4"}},
			{"unknown user", index.Filter{User: "u-none"}, nil},
			{"flag", index.Filter{Flag: "prompt_injection"}, []string{"hash-2", "hash-4"}},
			{"flag among several", index.Filter{Flag: "truncated"}, []string{"hash-3"}},
			{"flag nobody has", index.Filter{Flag: "jailbreak"}, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				hs, err := ix.Search(ctx, index.Query{Vector: vec(1, 0.2, 0.1), K: 10, Filter: tc.f})
				if err != nil {
					t.Fatal(err)
				}
				if got := ids(hs); !reflect.DeepEqual(got, tc.want) {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			})
		}
	})
	t.Run("k bounds", func(t *testing.T) {
		ix := setup(t)
		for _, k := range []int{0, index.MaxK + 1} {
			if _, err := ix.Search(ctx, index.Query{Vector: vec(1), K: k}); err == nil {
				t.Errorf("k=%d accepted", k)
			}
		}
		hs, err := ix.Search(ctx, index.Query{Vector: vec(1), K: 2})
		if err != nil || len(hs) != 2 {
			t.Fatalf("k=2: %d %v", len(hs), err)
		}
	})
	t.Run("by trace and set payload", func(t *testing.T) {
		ix := setup(t)
		p, found, err := ix.ByTrace(ctx, fmt.Sprintf("%032x", 1003))
		if err != nil || !found || p.ID != points[2].ID || len(p.Vector) != dim || p.Vector[1] < 0.99 {
			t.Fatalf("by trace: %+v %v %v", p, found, err)
		}
		if _, found, err := ix.ByTrace(ctx, "ffff"); err != nil || found {
			t.Fatalf("unknown trace: %v %v", found, err)
		}
		pl := points[2].Payload
		pl.Hits, pl.TraceIDs = 7, []string{"abc"}
		if err := ix.SetPayload(ctx, map[string]index.Payload{points[2].ID: pl, index.PointID("missing"): pl}); err != nil {
			t.Fatal(err)
		}
		got, _ := ix.Get(ctx, []string{points[2].ID})
		if got[points[2].ID].Hits != 7 {
			t.Fatalf("set payload: %+v", got)
		}
		if n, _ := ix.Count(ctx); n != 5 {
			t.Fatalf("set payload on a missing id created a point: %d", n)
		}
		// The vector is untouched.
		hs, _ := ix.Search(ctx, index.Query{Vector: vec(0, 1, 0), K: 1})
		if len(hs) != 1 || hs[0].ID != points[2].ID {
			t.Fatalf("vector changed by SetPayload: %v", hs)
		}
		if _, found, _ := ix.ByTrace(ctx, "abc"); !found {
			t.Fatal("trace_ids not searchable after SetPayload")
		}
	})
}

// normalise drops what a store may legitimately change (time zone,
// sub-millisecond time precision).
func normalise(p index.Payload) index.Payload {
	for _, t := range []*time.Time{&p.Time, &p.FirstSeen, &p.LastSeen} {
		*t = t.UTC().Truncate(time.Millisecond)
	}
	return p
}

func TestMemory(t *testing.T) {
	conformance(t, func(*testing.T) index.Index { return index.NewMemory() })
}

func TestMemoryEvictsLeastRecentlySeen(t *testing.T) {
	ctx := context.Background()
	m := index.NewMemory(index.WithMaxPoints(3))
	if err := m.Ensure(ctx, dim); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 4; i++ {
		if err := m.Upsert(ctx, []index.Point{pt(i, vec(float32(i), 1), "s", "m", i, 1, false)}); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := m.Count(ctx); n != 3 || m.Evicted() != 1 {
		t.Fatalf("count %d evicted %d", n, m.Evicted())
	}
	got, _ := m.Get(ctx, []string{pt(1, nil, "", "", 0, 0, false).ID})
	if len(got) != 0 {
		t.Fatal("the least recently seen point survived")
	}
}

func startFake(t *testing.T) *fakeqdrant.Server {
	s, err := fakeqdrant.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s
}

func newQdrant(t *testing.T, addr, coll string) *index.Qdrant {
	q, err := index.NewQdrant(context.Background(), index.QdrantConfig{Addr: addr, Collection: coll, Timeout: 5 * time.Second, APIKey: os.Getenv("QDRANT_API_KEY")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// TestQdrantFake drives the real go-client against the in-process fake.
func TestQdrantFake(t *testing.T) {
	conformance(t, func(t *testing.T) index.Index {
		return newQdrant(t, startFake(t).Addr(), index.DefaultCollection)
	})
}

func TestQdrantCollectionSetup(t *testing.T) {
	s := startFake(t)
	q := newQdrant(t, s.Addr(), "prompts_test")
	if err := q.Ensure(context.Background(), 512); err != nil {
		t.Fatal(err)
	}
	if s.Dim("prompts_test") != 512 {
		t.Fatalf("collection dim %d", s.Dim("prompts_test"))
	}
	for _, f := range []string{"service", "model", "trace_ids", "error", "time_ms", "latency_ms"} {
		if _, ok := s.Indexes("prompts_test")[f]; !ok {
			t.Errorf("no payload index on %s", f)
		}
	}
}

// A Qdrant that is down answers ErrUnavailable (the embedder backs off and
// keeps its offsets); once back, calls work again on the same client.
func TestQdrantUnavailable(t *testing.T) {
	s := startFake(t)
	q := newQdrant(t, s.Addr(), index.DefaultCollection)
	ctx := context.Background()
	if err := q.Ensure(ctx, dim); err != nil {
		t.Fatal(err)
	}
	s.SetDown(true)
	if err := q.Upsert(ctx, []index.Point{pt(1, vec(1), "s", "m", 1, 1, false)}); !errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("want ErrUnavailable, got %v", err)
	}
	if _, err := q.Search(ctx, index.Query{Vector: vec(1), K: 1}); !errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("search: want ErrUnavailable, got %v", err)
	}
	s.SetDown(false)
	if err := q.Upsert(ctx, []index.Point{pt(1, vec(1), "s", "m", 1, 1, false)}); err != nil {
		t.Fatal(err)
	}
	// A refused write (wrong dimension) is permanent, not ErrUnavailable.
	if err := q.Upsert(ctx, []index.Point{pt(2, []float32{1, 2}, "s", "m", 1, 1, false)}); err == nil || errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("want a permanent error, got %v", err)
	}
	// Nothing listening at all: unavailable too.
	s.Stop()
	if _, err := q.Count(ctx); !errors.Is(err, index.ErrUnavailable) {
		t.Fatalf("stopped server: want ErrUnavailable, got %v", err)
	}
}

// TestQdrantReal runs the same conformance suite against a real Qdrant
// when QDRANT_ADDR (host:grpc-port) is set, in throwaway collections.
func TestQdrantReal(t *testing.T) {
	addr := os.Getenv("QDRANT_ADDR")
	if addr == "" {
		t.Skip("QDRANT_ADDR not set: no real Qdrant to test against")
	}
	n := 0
	conformance(t, func(t *testing.T) index.Index {
		n++
		coll := fmt.Sprintf("llmobs_test_%d_%d", time.Now().UnixNano(), n)
		q := newQdrant(t, addr, coll)
		t.Cleanup(func() { _ = q.DropCollection(context.Background()) })
		return q
	})
}
