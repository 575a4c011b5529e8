package enricher

import (
	"bytes"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// badUTF8Spans are SpanBatch records with invalid UTF-8 in one string
// field each, at every depth: made with "QQQQ" in the field and the bytes
// replaced on the wire (proto.Marshal refuses invalid UTF-8).
func badUTF8Spans(t testing.TB) map[string][]byte {
	fields := map[string]func(*llmobsv1.Span){
		"span name":         func(s *llmobsv1.Span) { s.Name = "chat QQQQ" },
		"resource host":     func(s *llmobsv1.Span) { s.Resource.HostName = "QQQQ" },
		"message content":   func(s *llmobsv1.Span) { s.GenAi.InputMessages[0].Content = "mail QQQQ" },
		"finish reasons":    func(s *llmobsv1.Span) { s.GenAi.FinishReasons = []string{"stop", "QQQQ"} },
		"attribute value":   func(s *llmobsv1.Span) { s.Attributes = []*llmobsv1.KeyValue{{Key: "k", Value: "QQQQ"}} },
		"flag":              func(s *llmobsv1.Span) { s.Flags = []string{"QQQQ"} },
		"evaluation label":  func(s *llmobsv1.Span) { s.Evaluations = []*llmobsv1.Evaluation{{Name: "e", Label: "QQQQ"}} },
		"user id":           func(s *llmobsv1.Span) { s.GenAi.UserId = "QQQQ" },
		"system instructed": func(s *llmobsv1.Span) { s.GenAi.SystemInstructions = "be QQQQ" },
	}
	out := map[string][]byte{}
	for name, set := range fields {
		s := llmSpan(1, "node-1", "GPU-A", 1, 2)
		set(s)
		v, err := proto.Marshal(&llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{llmSpan(2, "h", "", 0, 1), s}})
		if err != nil {
			t.Fatal(err)
		}
		out[name] = bytes.Replace(v, []byte("QQQQ"), []byte("\xff\xfe\xfd\xfc"), 1)
	}
	return out
}

// A record with invalid UTF-8 in any string field is refused, with the
// reflection decoder's error (the span loop DLQs it as decode_error);
// the same record with valid text decodes as proto.Unmarshal decodes it.
func TestDecodeRefusesInvalidUTF8(t *testing.T) {
	for name, v := range badUTF8Spans(t) {
		var b, ref llmobsv1.SpanBatch
		err, refErr := decodeSpanBatch(v, &b), proto.Unmarshal(v, &ref)
		if err == nil || refErr == nil || err.Error() != refErr.Error() {
			t.Errorf("%s: decoded with error %v, the reflection decoder's %v", name, err, refErr)
		}
		good := bytes.Replace(v, []byte("\xff\xfe\xfd\xfc"), []byte("QQQQ"), 1)
		checkSameAsReflection(t, good)
	}
	g := sample("QQQQ", "GPU-A", 1, 50, 300, 1)
	v, _ := proto.Marshal(&llmobsv1.GPUSampleBatch{Samples: []*llmobsv1.GPUSample{sample("h", "GPU-A", 1, 50, 300, 1), g}})
	v = bytes.Replace(v, []byte("QQQQ"), []byte("\xff\xfe\xfd\xfc"), 1)
	var gb, ref llmobsv1.GPUSampleBatch
	if err, refErr := decodeGPUSampleBatch(v, &gb), proto.Unmarshal(v, &ref); err == nil || refErr == nil || err.Error() != refErr.Error() {
		t.Errorf("GPU sample host: decoded with error %v, the reflection decoder's %v", err, refErr)
	}
}

// checkSameAsReflection: the enricher's decoders and proto.Unmarshal
// agree on v, as a SpanBatch and as a GPUSampleBatch: the same error, or
// the same message.
func checkSameAsReflection(t *testing.T, v []byte) {
	t.Helper()
	var b, ref llmobsv1.SpanBatch
	compare(t, "SpanBatch", decodeSpanBatch(v, &b), proto.Unmarshal(v, &ref), &b, &ref)
	var g, gref llmobsv1.GPUSampleBatch
	compare(t, "GPUSampleBatch", decodeGPUSampleBatch(v, &g), proto.Unmarshal(v, &gref), &g, &gref)
}

func compare(t *testing.T, what string, err, refErr error, m, ref proto.Message) {
	t.Helper()
	if (err == nil) != (refErr == nil) || err != nil && err.Error() != refErr.Error() {
		t.Fatalf("%s: error %v, the reflection decoder's %v", what, err, refErr)
	}
	if err != nil {
		return
	}
	if !proto.Equal(m, ref) {
		t.Fatalf("%s: decoded\n%v\nthe reflection decoder\n%v", what, m, ref)
	}
	a, _ := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	c, _ := proto.MarshalOptions{Deterministic: true}.Marshal(ref)
	if !bytes.Equal(a, c) {
		t.Fatalf("%s: re-encodes differently", what)
	}
}

// FuzzDecodeSameAsReflection: on any bytes, the enricher's decoders accept
// and refuse what proto.Unmarshal does, with its error, and decode the
// same message. Seeds: the loadgen records, cut and corrupted, and the
// records with invalid UTF-8.
func FuzzDecodeSameAsReflection(f *testing.F) {
	spans := loadgenRecords(f, "loadgen_spans.bin.gz")
	for _, v := range spans[:3] {
		f.Add(v)
		f.Add(v[:len(v)/2])
	}
	for _, v := range loadgenRecords(f, "loadgen_gpu.bin.gz")[:3] {
		f.Add(v)
	}
	for _, v := range badUTF8Spans(f) {
		f.Add(v)
	}
	// A field number past the largest valid one; a string field sent as a
	// varint; an unknown group; a packed field with a short value.
	f.Add(protowire.AppendVarint(nil, uint64(protowire.MaxValidNumber+1)<<3))
	f.Add(protowire.AppendTag(protowire.AppendTag(nil, 1, protowire.BytesType), 4, protowire.VarintType))
	f.Add([]byte("\x0a\x04\x23\x08\x01\x24"))
	f.Add([]byte("\x0a\xff\xff\xff\xff\x0f"))
	f.Fuzz(func(t *testing.T, v []byte) {
		checkSameAsReflection(t, v)
	})
}

// BenchmarkDecodeSpans decodes the loadgen llmobs.spans records (1,939
// spans): the reflection decoder the span loop used before, and the one it
// uses (UnmarshalVT and the wire scan).
func BenchmarkDecodeSpans(b *testing.B) {
	recs := loadgenRecords(b, "loadgen_spans.bin.gz")
	size := 0
	for _, v := range recs {
		size += len(v)
	}
	for _, bc := range []struct {
		name   string
		decode func([]byte, *llmobsv1.SpanBatch) error
	}{
		{"reflection", func(v []byte, sb *llmobsv1.SpanBatch) error { return proto.Unmarshal(v, sb) }},
		{"vt_checked", decodeSpanBatch},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, v := range recs {
					var sb llmobsv1.SpanBatch
					if err := bc.decode(v, &sb); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
