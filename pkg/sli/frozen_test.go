package sli

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// rich is a model call with everything an accumulator folds: IDs (for
// exemplars), errors, flags, cost, tokens, TTFT, GPU, a tenant and user,
// evaluations, and a weight other than 1 when weighted.
func rich(r *rand.Rand, i int, weighted bool) *llmobsv1.EnrichedSpan {
	es := call(r, i)
	s := es.Span
	g := s.GenAi
	g.InputTokens, g.OutputTokens = int64(r.IntN(2000)), int64(1+r.IntN(500))
	g.UserId = fmt.Sprint("u", r.IntN(30))
	if r.IntN(3) > 0 {
		ns := int64(float64(s.EndTimeUnixNano-s.StartTimeUnixNano) * r.Float64())
		g.TtftNanos = &ns
	}
	if weighted && r.IntN(4) == 0 {
		s.Weight = float64(2 + r.IntN(5))
	}
	if r.IntN(5) == 0 {
		es.Gpu = &llmobsv1.GPUAttribution{Samples: 3, UtilMeanPercent: 80 * r.Float64(), EnergyJoules: r.Float64() * 50, GpuSeconds: r.Float64()}
	}
	if r.IntN(7) == 0 {
		s.Evaluations = []*llmobsv1.Evaluation{{Name: "relevance", HasScore: true, Score: r.Float64()}}
	}
	es.Cost.Input, es.Cost.Output = es.Cost.Total/3, 2*es.Cost.Total/3
	return es
}

func addRich(c *Acc, es *llmobsv1.EnrichedSpan) {
	c.Add(es)
	for _, ev := range es.Span.Evaluations {
		c.AddEval(ev, weightOf(es.Span), LowScores{Default: 0.5})
	}
}

// A thawed accumulator is the one frozen: the same wire form, and the
// same windows after more spans, late weight and a merge are folded into
// both — in every sketch mode (no points, exact values, exact weighted
// points, t-digest).
func TestFreezeThaw(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n        int
		weighted bool
	}{{"empty", 0, false}, {"one", 1, false}, {"small", 40, false}, {"weighted", 40, true}, {"digest", 5000, true}, {"exact limit", exactLimit, false}} {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(tc.n), 7))
			a := NewAcc()
			for i := range tc.n {
				addRich(a, rich(r, i, tc.weighted))
			}
			f := a.Freeze()
			b, err := Thaw(f)
			if err != nil {
				t.Fatal(err)
			}
			if !proto.Equal(a.Proto(), b.Proto()) {
				t.Fatal("thawed accumulator's wire form differs")
			}
			// From the wire form, without an accumulator: what FromProto
			// builds, and the message is left as it was.
			p := a.Proto()
			before := proto.Clone(p)
			fromWire, err := Thaw(FreezeProto(p))
			if err != nil {
				t.Fatal(err)
			}
			if !proto.Equal(p, before) {
				t.Fatal("FreezeProto changed its message")
			}
			if !proto.Equal(FromProto(p).Proto(), fromWire.Proto()) {
				t.Fatal("Thaw(FreezeProto(p)) is not FromProto(p)")
			}
			// ThawInto is Merge(Thaw(f)), into an empty accumulator and
			// into one that holds other spans.
			into := NewAcc()
			if err := ThawInto(into, f); err != nil {
				t.Fatal(err)
			}
			if !proto.Equal(a.Proto(), into.Proto()) {
				t.Fatal("ThawInto an empty accumulator differs from the frozen one")
			}
			other, viaThaw := NewAcc(), NewAcc()
			for i := range 25 {
				es := rich(r, 10_000+i, tc.weighted)
				addRich(other, es)
				addRich(viaThaw, es)
			}
			if err := ThawInto(other, f); err != nil {
				t.Fatal(err)
			}
			viaThaw.Merge(b)
			if !proto.Equal(other.Proto(), viaThaw.Proto()) {
				t.Fatal("ThawInto differs from Merge(Thaw(f))")
			}
			if tc.n > 0 && len(f) >= proto.Size(a.Proto()) {
				t.Errorf("frozen %d bytes, the wire form %d: not smaller", len(f), proto.Size(a.Proto()))
			}
			more := NewAcc()
			for i := range 30 {
				es := rich(r, tc.n+i, tc.weighted)
				addRich(a, es)
				addRich(b, es)
				addRich(more, es)
			}
			a.AddLate(3)
			b.AddLate(3)
			a.Merge(more)
			b.Merge(more)
			k := Key{Service: "chat", Model: "gpt-4o", Operation: "chat"}
			if wa, wb := a.Window(k, 0, 10_000, 1, 5), b.Window(k, 0, 10_000, 1, 5); !proto.Equal(wa, wb) {
				t.Fatalf("windows differ after more spans:\n%v\n%v", wa, wb)
			}
			// Frozen again, the form is the same as the original's.
			if string(a.Freeze()) != string(b.Freeze()) {
				t.Fatal("the two accumulators freeze differently")
			}
		})
	}
}

// A Frozen that is not one (cut short, or any other bytes) is refused with
// an error, never a panic.
func TestThawRefusesBadBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	a := NewAcc()
	for i := range 50 {
		addRich(a, rich(r, i, true))
	}
	f := a.Freeze()
	for n := range len(f) {
		if _, err := Thaw(f[:n]); err == nil {
			t.Fatalf("a frozen accumulator cut to %d of %d bytes thawed", n, len(f))
		}
		if err := ThawInto(NewAcc(), f[:n]); err == nil {
			t.Fatalf("a frozen accumulator cut to %d of %d bytes thawed into", n, len(f))
		}
	}
	if _, err := Thaw(append(f[:len(f):len(f)], 0)); err == nil {
		t.Fatal("trailing bytes accepted")
	}
	for range 2000 {
		b := make([]byte, r.IntN(64))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		_, _ = Thaw(b)
	}
}

func BenchmarkFreezeThaw(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	a := NewAcc()
	for i := range 20 {
		addRich(a, rich(r, i, false))
	}
	b.ReportAllocs()
	var n int
	for b.Loop() {
		f := a.Freeze()
		n = len(f)
		if _, err := Thaw(f); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "frozen-bytes")
	b.ReportMetric(float64(proto.Size(a.Proto())), "wire-bytes")
}
