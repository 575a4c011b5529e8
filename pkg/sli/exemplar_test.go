package sli

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// call is a model call with IDs, for exemplar tests. Latencies and costs
// repeat (rounded) so ties are common and the ID tie-break is exercised.
func call(r *rand.Rand, i int) *llmobsv1.EnrichedSpan {
	tid, sid := make([]byte, 16), make([]byte, 8)
	binary.BigEndian.PutUint64(tid, r.Uint64())
	binary.BigEndian.PutUint64(tid[8:], uint64(i))
	binary.BigEndian.PutUint64(sid, r.Uint64())
	end := uint64(1_700_000_000_000_000_000) + uint64(r.IntN(50))*uint64(time.Millisecond)
	lat := float64(r.IntN(40)) * 100 // ties
	s := &llmobsv1.Span{TraceId: tid, SpanId: sid, StartTimeUnixNano: end - uint64(lat*1e6), EndTimeUnixNano: end,
		Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "chat"},
		GenAi: &llmobsv1.GenAI{Operation: "chat", RequestModel: "gpt-4o", TenantId: "acme"}}
	if r.IntN(10) == 0 {
		s.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	}
	if r.IntN(15) == 0 {
		s.Flags = []string{"prompt_injection"}
	}
	return &llmobsv1.EnrichedSpan{Span: s, Cost: &llmobsv1.Cost{Total: float64(r.IntN(20)) / 1000}}
}

// want is the exemplar list computed the slow way: every call ranked per
// kind by sorting, top ExemplarsPerKind each, listed slowest first.
func want(spans []*llmobsv1.EnrichedSpan) []*llmobsv1.Exemplar {
	var all []*llmobsv1.Exemplar
	for _, es := range spans {
		s := es.Span
		all = append(all, &llmobsv1.Exemplar{TraceId: s.TraceId, SpanId: s.SpanId, EndTimeUnixNano: s.EndTimeUnixNano,
			LatencyMs: float64(s.EndTimeUnixNano-s.StartTimeUnixNano) / 1e6, CostUsd: es.Cost.Total,
			Error: s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR, Flags: s.Flags, Tenant: s.GenAi.TenantId})
	}
	var out []*llmobsv1.Exemplar
	seen := map[string]bool{}
	for _, k := range ExemplarKinds() {
		var el []*llmobsv1.Exemplar
		for _, e := range all {
			if k.eligible(rankOf(e)) {
				el = append(el, e)
			}
		}
		sort.Slice(el, func(i, j int) bool { return k.better(rankOf(el[i]), rankOf(el[j])) })
		for _, e := range el[:min(len(el), ExemplarsPerKind)] {
			if id := string(e.TraceId) + string(e.SpanId); !seen[id] {
				seen[id] = true
				out = append(out, e)
			}
		}
	}
	return out
}

func sameExemplars(t *testing.T, what string, got, want []*llmobsv1.Exemplar) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d exemplars, want %d", what, len(got), len(want))
	}
	for i := range got {
		if !proto.Equal(got[i], want[i]) {
			t.Fatalf("%s: exemplar %d = %v, want %v", what, i, got[i], want[i])
		}
	}
}

// TestExemplarsDeterministic: the same calls give the same exemplars
// whatever their order and however they are split into partials (as
// stage 1's partitions) and merged through the wire form (as stage 2),
// and they are the exact top of each kind.
func TestExemplarsDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	spans := make([]*llmobsv1.EnrichedSpan, 2000)
	for i := range spans {
		spans[i] = call(r, i)
	}
	ref := want(spans)
	if len(ref) < 2*ExemplarsPerKind || len(ref) > 4*ExemplarsPerKind {
		t.Fatalf("reference holds %d exemplars: the test data does not exercise the kinds", len(ref))
	}
	k := Key{Service: "chat", Model: "gpt-4o", Operation: "chat"}
	for trial := range 20 {
		order := r.Perm(len(spans))
		parts := make([]*Acc, 1+trial%7)
		for i := range parts {
			parts[i] = NewAcc()
		}
		for _, i := range order {
			parts[r.IntN(len(parts))].Add(spans[i])
		}
		merged := NewAcc()
		for _, i := range r.Perm(len(parts)) {
			wire, err := proto.Marshal(parts[i].Proto())
			if err != nil {
				t.Fatal(err)
			}
			var p llmobsv1.Aggregate
			if err := proto.Unmarshal(wire, &p); err != nil {
				t.Fatal(err)
			}
			merged.Merge(FromProto(&p))
		}
		sameExemplars(t, "merged window", merged.Window(k, 0, 10000, 1, 0).Exemplars, ref)
	}
	// One accumulator fed in order gives the same.
	one := NewAcc()
	for _, es := range spans {
		one.Add(es)
	}
	sameExemplars(t, "one accumulator", one.Proto().Exemplars, ref)
	// The kinds hold what they say.
	w := one.Window(k, 0, 10000, 1, 0)
	slow := TopExemplars(w.Exemplars, Slowest)
	if len(slow) != ExemplarsPerKind || slow[0].LatencyMs != w.LatencyMaxMs {
		t.Errorf("slowest %v: want %d calls led by the max latency %v", slow, ExemplarsPerKind, w.LatencyMaxMs)
	}
	for _, e := range TopExemplars(w.Exemplars, Errors) {
		if !e.Error {
			t.Errorf("error exemplar %x is no error", e.TraceId)
		}
	}
	for _, e := range TopExemplars(w.Exemplars, Flagged) {
		if len(e.Flags) == 0 {
			t.Errorf("flagged exemplar %x has no flag", e.TraceId)
		}
	}
}

// TestExemplarsOfSummaries: calls ingest summarised keep their exemplars,
// marked summarized, and merge with forwarded calls by the same rule.
func TestExemplarsOfSummaries(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var fwd, shed []*llmobsv1.EnrichedSpan
	for i := range 300 {
		if es := call(r, i); i%3 == 0 {
			fwd = append(fwd, es)
		} else {
			shed = append(shed, es)
		}
	}
	z := NewSummarizer(10 * time.Second)
	for _, es := range shed {
		z.Add(es)
	}
	acc := NewAcc()
	for _, es := range fwd {
		acc.Add(es)
	}
	for _, sum := range z.Take("") {
		acc.Merge(FromProto(sum.Aggregate))
	}
	got := acc.Proto().Exemplars
	ref := want(append(append([]*llmobsv1.EnrichedSpan{}, fwd...), shed...))
	isShed := map[string]bool{}
	for _, es := range shed {
		isShed[string(es.Span.SpanId)] = true
	}
	for _, e := range ref {
		e.Summarized = isShed[string(e.SpanId)]
	}
	sameExemplars(t, "forwarded + summarised", got, ref)
	n := 0
	for _, e := range got {
		if e.Summarized {
			n++
		}
	}
	if n == 0 || n == len(got) {
		t.Errorf("%d of %d exemplars summarised: the test wants a mix", n, len(got))
	}
}

// TestExemplarsIgnoreBadInput: calls without a trace ID are not kept (there
// is nothing to point at); nil or ID-less exemplars on the wire are
// skipped; a window never holds more than four kinds' worth.
func TestExemplarsIgnoreBadInput(t *testing.T) {
	acc := NewAcc()
	acc.Add(&llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, EndTimeUnixNano: 5e9, GenAi: &llmobsv1.GenAI{}}})
	if n := len(acc.Proto().Exemplars); n != 0 {
		t.Errorf("a call without a trace ID gave %d exemplars", n)
	}
	p := &llmobsv1.Aggregate{Exemplars: []*llmobsv1.Exemplar{nil, {}, {SpanId: []byte{1}}, {TraceId: []byte{1}, LatencyMs: 3}}}
	if got := FromProto(p).Proto().Exemplars; len(got) != 1 || !bytes.Equal(got[0].TraceId, []byte{1}) {
		t.Errorf("from the wire: %v, want the one exemplar with a trace ID", got)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 5000 {
		acc.Add(call(r, i))
	}
	if n := len(acc.Proto().Exemplars); n > 4*ExemplarsPerKind {
		t.Errorf("%d exemplars kept, bound %d", n, 4*ExemplarsPerKind)
	}
}

// BenchmarkExemplars measures exemplar keeping on the aggregator's hot
// path (Acc.Add): typical traffic, where a full top rarely admits a new
// call, and the worst case of ever slower calls, each admitted.
func BenchmarkExemplars(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	spans := make([]*llmobsv1.EnrichedSpan, 4096)
	for i := range spans {
		spans[i] = call(r, i)
	}
	b.Run("typical", func(b *testing.B) {
		var x exemplars
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			es := spans[i%len(spans)]
			x.addSpan(es, float64(es.Span.EndTimeUnixNano-es.Span.StartTimeUnixNano)/1e6, nil)
		}
	})
	b.Run("every_call_admitted", func(b *testing.B) {
		var x exemplars
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			x.addSpan(spans[i%len(spans)], float64(i), nil)
		}
	})
	b.Run("merge_two_full", func(b *testing.B) {
		var x, y exemplars
		for i, es := range spans {
			if i%2 == 0 {
				x.addSpan(es, float64(i), nil)
			} else {
				y.addSpan(es, float64(i), nil)
			}
		}
		b.ReportAllocs()
		for b.Loop() {
			var z exemplars
			z.merge(&x)
			z.merge(&y)
		}
	})
}

// AddSharing folds a span into accumulators of several windows with one
// Exemplar between them: each window keeps exactly what Add keeps, the
// calls kept by several point to the same Exemplar, and an accumulator
// that marks its calls summarized makes its own.
func TestAddSharingKeepsOneExemplar(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	short, long, shortRef, longRef := NewAcc(), NewAcc(), NewAcc(), NewAcc()
	for i := range 400 {
		es := call(r, i)
		var made *llmobsv1.Exemplar
		// A short window every 40 calls, a long one over all of them.
		if i%40 == 0 {
			short, shortRef = NewAcc(), NewAcc()
		}
		short.AddSharing(es, &made)
		long.AddSharing(es, &made)
		shortRef.Add(es)
		longRef.Add(es)
	}
	for name, p := range map[string][2]*Acc{"short": {short, shortRef}, "long": {long, longRef}} {
		if got, want := p[0].Proto(), p[1].Proto(); !proto.Equal(got, want) {
			t.Errorf("%s window: sharing changed what it keeps", name)
		}
	}
	in := map[*llmobsv1.Exemplar]bool{}
	for _, e := range short.Proto().Exemplars {
		in[e] = true
	}
	shared := 0
	for _, e := range long.Proto().Exemplars {
		if in[e] {
			shared++
		}
	}
	if shared == 0 {
		t.Fatal("no Exemplar shared between the windows: each kept its own copy")
	}
	s := NewAcc()
	s.ex.summarized = true
	es := call(r, 0)
	var made *llmobsv1.Exemplar
	NewAcc().AddSharing(es, &made)
	plain := made
	s.AddSharing(es, &made)
	if ex := s.Proto().Exemplars; plain == nil || len(ex) != 1 || ex[0] == plain || !ex[0].Summarized {
		t.Fatalf("a summarizing window reused the plain Exemplar: %v", ex)
	}
}
