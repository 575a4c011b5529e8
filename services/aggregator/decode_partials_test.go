package aggregator

import (
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// samePartials: decodePartials decodes v as UnmarshalVT does (less the
// digests' unknown fields), or fails as it does.
func samePartials(t *testing.T, v []byte) {
	t.Helper()
	var full llmobsv1.SLIPartialBatch
	errFullDecode := full.UnmarshalVT(v)
	got, err := decodePartials(v)
	if (err != nil) != (errFullDecode != nil) || (err != nil && err.Error() != errFullDecode.Error()) {
		t.Fatalf("error %v, UnmarshalVT's %v", err, errFullDecode)
	}
	if err != nil {
		return
	}
	noUnknown(got.ProtoReflect())
	noUnknown(full.ProtoReflect())
	if !proto.Equal(got, &full) {
		t.Fatalf("decoded differently:\n got %v\nwant %v", got, &full)
	}
}

// stage1Partials are the partials records stage 1 emits for some copies
// of the sample.
func stage1Partials(t *testing.T) [][]byte {
	f := newSampleFeed(t)
	p1 := fuzzService(t).newStage1(2)
	p1.assigned([]int32{0})
	var out [][]byte
	for c := range 30 {
		for _, r := range f.copyOf(t, c) {
			r.Partition = 0
			recs, err := p1.record(r)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range recs {
				out = append(out, o.Value)
			}
		}
	}
	return out
}

// oddPartials: unknown fields in digests and centroids, a digest and an
// aggregate given twice (merged), a centroid without a weight.
func oddPartials() []byte {
	d1, _ := proto.Marshal(&llmobsv1.Digest{Centroids: []*llmobsv1.Centroid{{Mean: 1, Weight: 2}, {Mean: 3}}, Compression: 100})
	d1 = protowire.AppendTag(d1, 9, protowire.Fixed64Type)
	d1 = protowire.AppendFixed64(d1, 7)
	c, _ := proto.Marshal(&llmobsv1.Centroid{Mean: 5, Weight: 1})
	c = protowire.AppendTag(c, 3, protowire.VarintType)
	c = protowire.AppendVarint(c, 1)
	d1 = protowire.AppendTag(d1, 1, protowire.BytesType)
	d1 = protowire.AppendBytes(d1, c)
	agg, _ := proto.Marshal(&llmobsv1.Aggregate{Requests: 3, TtftMs: &llmobsv1.Digest{Centroids: []*llmobsv1.Centroid{{Mean: 9, Weight: 1}}},
		Usage: []*llmobsv1.UsageShare{{Tenant: "t", Requests: 1}}, Exemplars: []*llmobsv1.Exemplar{{TraceId: []byte{1}, LatencyMs: 4}}})
	agg = protowire.AppendTag(agg, 4, protowire.BytesType)
	agg = protowire.AppendBytes(agg, d1)
	agg = protowire.AppendTag(agg, 4, protowire.BytesType) // again: merged
	agg = protowire.AppendBytes(agg, d1)
	agg = protowire.AppendTag(agg, 1, protowire.Fixed64Type)
	agg = protowire.AppendFixed64(agg, 0x4010000000000000) // requests again: 4
	p, _ := proto.Marshal(&llmobsv1.SLIPartial{Series: &llmobsv1.SeriesKey{Service: "s"}, WindowLengthMs: 10_000, Source: "p0", SourceRevision: 2})
	p = protowire.AppendTag(p, 6, protowire.BytesType)
	p = protowire.AppendBytes(p, agg)
	p = protowire.AppendTag(p, 6, protowire.BytesType)
	p = protowire.AppendBytes(p, agg[:0])
	var b []byte
	b = protowire.AppendTag(b, 1, protowire.BytesType)
	b = protowire.AppendBytes(b, p)
	b = protowire.AppendTag(b, 1, protowire.BytesType)
	b = protowire.AppendBytes(b, nil)
	return b
}

func TestDecodePartials(t *testing.T) {
	recs := stage1Partials(t)
	if len(recs) == 0 {
		t.Fatal("no partials")
	}
	for _, v := range append(recs, seedPartials(), oddPartials(), nil) {
		if _, err := partialsFast(v); err != nil {
			t.Fatalf("a valid record needed UnmarshalVT: %v", err)
		}
		samePartials(t, v)
	}
	v := oddPartials()
	for n := range len(v) {
		samePartials(t, v[:n])
	}
}

func FuzzDecodePartials(f *testing.F) {
	f.Add(seedPartials())
	f.Add(oddPartials())
	f.Fuzz(func(t *testing.T, v []byte) { samePartials(t, v) })
}
