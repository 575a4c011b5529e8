package embedder

import (
	"bytes"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// FuzzDecodePrompts: a record of llmobs.enriched, whatever its bytes,
// either is refused whole (nothing appended) or gives prompts of valid
// UTF-8 that own their strings (the record's buffer rewritten after the
// decode changes none of them) and, when the full decoder reads the record
// too, exactly the prompts it gives. Never a panic.
func FuzzDecodePrompts(f *testing.F) {
	recs, _ := enrichedSample(f)
	for i, r := range recs {
		if i < 4 {
			f.Add(r)
		}
	}
	f.Add([]byte{})
	f.Add([]byte("garbage, not protobuf"))
	f.Add([]byte{0x0a, 0x05, 0x0a, 0x03, 0x58, 0x01, 0xff})
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		f.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Outputs.Enabled = true
	s := &Service{cfg: cfg, m: m}
	f.Fuzz(func(t *testing.T, rec []byte) {
		buf := bytes.Clone(rec)
		got := []prompt{{text: "kept"}}
		n, err := s.decodePrompts(buf, &got)
		if err != nil {
			if len(got) != 1 {
				t.Fatalf("a refused record appended %d prompts", len(got)-1)
			}
			return
		}
		got = got[1:]
		for _, p := range got {
			if !utf8.ValidString(p.text) || !utf8.ValidString(p.out) {
				t.Fatalf("prompt not valid UTF-8: %q / %q", p.text, p.out)
			}
		}
		snapshot := make([]prompt, len(got))
		for i, p := range got {
			snapshot[i] = p.owned()
		}
		for i := range buf {
			buf[i] = 0xAA
		}
		if !reflect.DeepEqual(got, snapshot) {
			t.Fatal("a prompt changed when the record's buffer was rewritten: it aliases the record")
		}
		var b llmobsv1.EnrichedSpanBatch
		if b.UnmarshalVT(rec) != nil {
			return
		}
		if n != len(b.Spans) {
			t.Fatalf("counted %d spans, the record has %d", n, len(b.Spans))
		}
		var want []prompt
		for _, es := range b.Spans {
			if p, _, ok := extractWith(es, cfg.MaxTextBytes, true); ok {
				want = append(want, p)
			}
		}
		if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("%d prompts, the full decode gives %d (or they differ)", len(got), len(want))
		}
	})
}
