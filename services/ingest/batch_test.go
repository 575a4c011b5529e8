package ingest

import (
	"bytes"
	"os"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Output records respect batch_max_items and batch_max_bytes (a record
// over the bound only when one span alone is bigger), every span lands
// exactly once, on its trace's partition, with a count header that matches.
func TestSpanBatchBounds(t *testing.T) {
	reqs := loadgenTraces(t, 10)
	for _, tc := range []struct {
		name            string
		maxItems, bytes int
	}{
		{"items", 7, 1 << 20},
		{"bytes", 2000, 8 << 10},
		{"tiny", 2000, 1024},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := newMetrics(prometheus.NewRegistry())
			if err != nil {
				t.Fatal(err)
			}
			p := newProcessor(DefaultLimits(), kafka.DefaultTopics(), keepAll{}, tc.maxItems, tc.bytes, m)
			p.SetPartitions(4, 4)
			p.decoders.New = func() any { return testDecoder() }
			var all Result
			want := 0
			for _, req := range reqs {
				b, _ := proto.Marshal(req)
				res := p.Process(SignalTraces, EncodingProto, b, "otlp_spans", nil)
				want += len(res.SpanList)
				all.Merge(res)
			}
			p.Batch(&all)
			seen := 0
			for _, r := range all.Records {
				if r.Topic != kafka.DefaultTopics().Spans {
					continue
				}
				var batch llmobsv1.SpanBatch
				if err := proto.Unmarshal(r.Value, &batch); err != nil {
					t.Fatal(err)
				}
				n := len(batch.Spans)
				if n > tc.maxItems || (len(r.Value) > tc.bytes && n > 1) {
					t.Fatalf("record of %d spans, %d bytes; bounds %d items, %d bytes", n, len(r.Value), tc.maxItems, tc.bytes)
				}
				if kafka.Header(r, kafka.HeaderCount) != formatInt(int64(n)) {
					t.Fatalf("count header %q, %d spans", kafka.Header(r, kafka.HeaderCount), n)
				}
				for _, s := range batch.Spans {
					if kafka.PartitionFor(s.TraceId, 4) != r.Partition {
						t.Fatal("span on the wrong partition")
					}
				}
				seen += n
			}
			if want == 0 || seen != want || all.Spans != want {
				t.Fatalf("%d spans in records, %d counted (%d processed)", seen, all.Spans, want)
			}
		})
	}
}

// A decoder that reuses its memory after Reset produces exactly what a
// fresh one does, in any order of requests: nothing of an earlier span
// (GenAI fields, attributes, TTFT pointers) leaks into a later one.
func TestDecoderReuseAfterReset(t *testing.T) {
	var reqs [][]byte
	for _, req := range loadgenTraces(t, 15) {
		b, _ := proto.Marshal(req)
		reqs = append(reqs, b)
	}
	for _, name := range []string{"semconv", "openllmetry", "openlit"} {
		raw, err := os.ReadFile("testdata/otlp/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		pb, err := jsonToProto(SignalTraces, raw)
		if err != nil {
			t.Fatal(err)
		}
		reqs = append(reqs, pb)
	}
	want := make([][][]byte, len(reqs))
	for i, b := range reqs {
		want[i] = marshalSpans(t, testDecoder(), b)
	}
	d := testDecoder()
	order := make([]int, 0, 2*len(reqs))
	for i := range reqs {
		order = append(order, i)
	}
	for i := len(reqs) - 1; i >= 0; i-- { // rich spans' slots reused by plain ones
		order = append(order, i)
	}
	spans := 0
	for _, i := range order {
		got := marshalSpans(t, d, reqs[i])
		d.Reset()
		if len(got) != len(want[i]) {
			t.Fatalf("request %d: %d spans after reuse, %d fresh", i, len(got), len(want[i]))
		}
		for j := range got {
			if !bytes.Equal(got[j], want[i][j]) {
				t.Fatalf("request %d span %d differs after reuse", i, j)
			}
		}
		spans += len(got)
	}
	if spans < 1000 {
		t.Fatalf("only %d spans compared", spans)
	}
}

func marshalSpans(t *testing.T, d *Decoder, b []byte) [][]byte {
	t.Helper()
	var res TraceResult
	if err := d.DecodeTraces(b, "test", &res); err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, sp := range res.Spans {
		mb, err := proto.MarshalOptions{Deterministic: true}.Marshal(sp)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, mb)
	}
	return out
}
