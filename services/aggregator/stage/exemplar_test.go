package stage

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// withIDs gives a span the trace and span IDs of call i.
func withIDs(es *llmobsv1.EnrichedSpan, i int) *llmobsv1.EnrichedSpan {
	es.Span.TraceId, es.Span.SpanId = make([]byte, 16), make([]byte, 8)
	binary.BigEndian.PutUint64(es.Span.TraceId[8:], uint64(i)*0x9e3779b97f4a7c15)
	binary.BigEndian.PutUint64(es.Span.SpanId, uint64(i))
	return es
}

// runStages sends spans (in the given order) through n stage-1 partitions
// (a span's partition: its index mod n, as a trace-ID hash would spread
// them) and one stage 2, and returns the latest revision of every final
// window by key.
func runStages(spans []*llmobsv1.EnrichedSpan, order []int, n int) map[WinKey]*llmobsv1.SLIWindow {
	lengths := []time.Duration{10 * time.Second, time.Minute}
	s1 := make([]*Stage1, n)
	for p := range s1 {
		s1[p] = NewStage1(int32(p), lengths, time.Second, time.Hour)
	}
	s2 := NewStage2(0, time.Hour)
	s2.Expect(int32(n))
	out := map[WinKey]*llmobsv1.SLIWindow{}
	for j, i := range order {
		st := s1[i%n]
		st.Add(spans[i])
		if j%97 == 0 {
			for _, p := range st.Advance(false) {
				s2.Add(p)
			}
		}
	}
	for _, st := range s1 {
		for _, p := range st.Advance(true) {
			s2.Add(p)
		}
	}
	for _, w := range s2.Advance(0, true) {
		out[WinKey{sli.KeyFromProto(w.Series), w.WindowLengthMs, w.WindowStartUnixMs}] = w
	}
	return out
}

// TestExemplarsThroughBothStages: the final windows' exemplars are the
// same whatever the number of partitions, the arrival order and the
// revisions on the way, and equal those of one accumulator fed every span
// of the window.
func TestExemplarsThroughBothStages(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	spans := make([]*llmobsv1.EnrichedSpan, 3000)
	for i := range spans {
		es := withIDs(mk(int64(r.IntN(120_000)), float64(r.IntN(30)*50), 1, []string{"a", "b"}[i%2]), i)
		es.Cost = &llmobsv1.Cost{Total: float64(r.IntN(10)) / 100}
		if r.IntN(8) == 0 {
			es.Span.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
		}
		spans[i] = es
	}
	// The reference: one accumulator per window, spans in index order.
	ref := map[WinKey]*sli.Acc{}
	for _, es := range spans {
		k, _ := sli.KeyOf(es)
		ev := int64(es.Span.EndTimeUnixNano / 1e6)
		for _, lm := range []int64{10_000, 60_000} {
			wk := WinKey{k, lm, ev - ev%lm}
			if ref[wk] == nil {
				ref[wk] = sli.NewAcc()
			}
			ref[wk].Add(es)
		}
	}
	inOrder := make([]int, len(spans))
	for i := range inOrder {
		inOrder[i] = i
	}
	for _, tc := range []struct {
		n     int
		order []int
	}{{1, inOrder}, {3, r.Perm(len(spans))}, {4, r.Perm(len(spans))}, {7, r.Perm(len(spans))}} {
		got := runStages(spans, tc.order, tc.n)
		if len(got) != len(ref) {
			t.Fatalf("%d partitions: %d windows, want %d", tc.n, len(got), len(ref))
		}
		for wk, acc := range ref {
			w := got[wk]
			want := acc.Proto().Exemplars
			if w == nil || len(w.Exemplars) != len(want) || len(want) == 0 {
				t.Fatalf("%d partitions, window %v: %d exemplars, want %d", tc.n, wk, len(w.GetExemplars()), len(want))
			}
			for i := range want {
				if !proto.Equal(w.Exemplars[i], want[i]) {
					t.Fatalf("%d partitions, window %v: exemplar %d = %v, want %v", tc.n, wk, i, w.Exemplars[i], want[i])
				}
			}
			if w.Exemplars[0].LatencyMs != w.LatencyMaxMs {
				t.Errorf("window %v: first exemplar %v ms, max latency %v ms", wk, w.Exemplars[0].LatencyMs, w.LatencyMaxMs)
			}
		}
	}
}
