package embedder

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// decodePrompts (a wire walk that decodes only LLM spans, without copying
// their strings) takes exactly the prompts a full decode takes, counts the
// rest as not_llm, and refuses a malformed record whole.
func TestDecodePromptsMatchesFullDecode(t *testing.T) {
	recs, _ := enrichedSample(t)
	for _, outputs := range []bool{false, true} {
		m, err := newMetrics(prometheus.NewRegistry())
		if err != nil {
			t.Fatal(err)
		}
		cfg := DefaultConfig()
		cfg.Outputs.Enabled = outputs
		s := &Service{cfg: cfg, m: m}
		var got, want []prompt
		spans, notLLM := 0, 0
		for _, r := range recs {
			n, err := s.decodePrompts(r, &got)
			if err != nil {
				t.Fatal(err)
			}
			var b llmobsv1.EnrichedSpanBatch
			if err := b.UnmarshalVT(r); err != nil {
				t.Fatal(err)
			}
			if n != len(b.Spans) {
				t.Fatalf("decodePrompts counted %d spans, the record has %d", n, len(b.Spans))
			}
			spans += n
			for _, es := range b.Spans {
				p, reason, ok := extractWith(es, cfg.MaxTextBytes, outputs)
				if reason == skipNotLLM {
					notLLM++
				}
				if ok {
					want = append(want, p)
				}
			}
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Fatalf("outputs=%v: %d prompts, want the full decode's %d (or they differ)", outputs, len(got), len(want))
		}
		if c := testutil.ToFloat64(m.skipped.WithLabelValues(skipNotLLM)); int(c) != notLLM || notLLM == 0 {
			t.Fatalf("not_llm counted %v, want %d", c, notLLM)
		}
		if outputs && got[0].out == "" {
			t.Fatal("outputs enabled but no completion taken")
		}
		t.Logf("outputs=%v: %d spans, %d prompts, %d not LLM", outputs, spans, len(got), notLLM)
	}

	m, _ := newMetrics(prometheus.NewRegistry())
	s := &Service{cfg: DefaultConfig(), m: m}
	r := recs[0]
	for _, bad := range [][]byte{r[:len(r)/2], r[:len(r)-1], append([]byte{0xff, 0xff, 0xff}, r...), []byte("garbage, not protobuf")} {
		out := []prompt{{text: "kept"}}
		if _, err := s.decodePrompts(bad, &out); err == nil {
			t.Fatalf("a malformed record (%d bytes) decoded", len(bad))
		}
		if len(out) != 1 {
			t.Fatalf("a refused record appended %d prompts", len(out)-1)
		}
	}
}

// The ASCII fast path of normalize equals the general one (NFKC, lower
// case, collapsed whitespace).
func TestNormalizeASCIIFastPath(t *testing.T) {
	cases := []string{"", "  ", "Hello  World\t\n", "\x00A\x1fB", " How do I RESET my password? ", "a\vb\fc\rd", "ünïcode Ⅻ", "ﬁle"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.IntN(128))
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		if got, want := normalize(c), normalizeUnicode(c); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", c, got, want)
		}
	}
}
