package sli

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func flagged(i int, w float64, dropped bool, flags ...string) *llmobsv1.EnrichedSpan {
	return &llmobsv1.EnrichedSpan{EnrichTimeUnixNano: 1, Span: &llmobsv1.Span{
		TraceId: []byte(fmt.Sprintf("trace-%011d", i)), SpanId: []byte(fmt.Sprintf("s%07d", i)),
		StartTimeUnixNano: 1e9, EndTimeUnixNano: 2e9, Weight: w, BodiesDropped: dropped, Flags: flags,
		Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, GenAi: &llmobsv1.GenAI{RequestModel: "m"}}}
}

func flagMap(fl []*llmobsv1.FlagCount) map[string]float64 {
	m := map[string]float64{}
	for _, c := range fl {
		m[c.Flag] = c.Count
	}
	return m
}

// Flag counts are exact sums: split over any number of partials, merged in
// any order, through the wire form, they equal one accumulator's.
func TestFlagsMerge(t *testing.T) {
	names := []string{"prompt_injection", "jailbreak", "refusal", "truncated", "pii_in_output"}
	rng := rand.New(rand.NewPCG(1, 2))
	var spans []*llmobsv1.EnrichedSpan
	want := map[string]float64{}
	scanned := 0.0
	for i := range 2000 {
		var fs []string
		for _, n := range names {
			if rng.Float64() < 0.1 {
				fs = append(fs, n)
				if rng.Float64() < 0.1 {
					fs = append(fs, n) // a repeated flag counts once
				}
			}
		}
		w := float64(1 + rng.IntN(3))
		dropped := rng.Float64() < 0.2
		spans = append(spans, flagged(i, w, dropped, fs...))
		seen := map[string]bool{}
		for _, f := range fs {
			if !seen[f] {
				want[f] += w
				seen[f] = true
			}
		}
		if !dropped {
			scanned += w
		}
	}
	for _, parts := range []int{1, 3, 7} {
		accs := make([]*Acc, parts)
		for i := range accs {
			accs[i] = NewAcc()
		}
		for i, es := range spans {
			accs[i%parts].Add(es)
		}
		total := NewAcc()
		for _, i := range rng.Perm(parts) {
			b, err := proto.Marshal(accs[i].Proto())
			if err != nil {
				t.Fatal(err)
			}
			var p llmobsv1.Aggregate
			if err := proto.Unmarshal(b, &p); err != nil {
				t.Fatal(err)
			}
			total.Merge(FromProto(&p))
		}
		w := total.Window(Key{Service: "s"}, 0, 10000, 1, 0)
		got := flagMap(w.Flags)
		if len(got) != len(want) || w.FlagsScanned != scanned {
			t.Fatalf("%d partials: flags %v scanned %v, want %v scanned %v", parts, got, w.FlagsScanned, want, scanned)
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%d partials: %s = %v, want %v", parts, k, got[k], v)
			}
		}
		for i := 1; i < len(w.Flags); i++ {
			if w.Flags[i-1].Flag >= w.Flags[i].Flag {
				t.Errorf("flags not sorted: %v", w.Flags)
			}
		}
	}
}

// More names than MaxFlags: the rest are summed under "other", nothing is lost.
func TestFlagsBounded(t *testing.T) {
	a := NewAcc()
	for i := range MaxFlags + 10 {
		a.Add(flagged(i, 1, false, fmt.Sprintf("flag_%03d", i)))
	}
	w := a.Window(Key{}, 0, 1, 1, 0)
	if len(w.Flags) > MaxFlags+1 {
		t.Fatalf("%d flag names, want at most %d", len(w.Flags), MaxFlags+1)
	}
	sum := 0.0
	for _, c := range w.Flags {
		sum += c.Count
	}
	if sum != float64(MaxFlags+10) || flagMap(w.Flags)[OtherFlag] == 0 {
		t.Errorf("flags %v: sum %v, want %d with an %q entry", w.Flags, sum, MaxFlags+10, OtherFlag)
	}
}

// Spans that never reached the enricher (ingest's summaries) were not
// checked: they count neither as scanned nor by their flags.
func TestFlagsNotEnriched(t *testing.T) {
	a := NewAcc()
	es := flagged(1, 1, false, "attribute_truncated")
	es.EnrichTimeUnixNano = 0
	a.Add(es)
	w := a.Window(Key{}, 0, 1, 1, 0)
	if len(w.Flags) != 0 || w.FlagsScanned != 0 || w.Requests != 1 {
		t.Errorf("flags %v scanned %v requests %v", w.Flags, w.FlagsScanned, w.Requests)
	}
}
