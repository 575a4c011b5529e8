package ingest

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.opentelemetry.io/collector/pdata/ptrace"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/loadgen"
)

// Seeds are small, one trace each: the fuzzer's minimiser crawls on
// inputs of tens of kilobytes, and small inputs reach the same code.
func addSeeds(f *testing.F) {
	cfg := loadgen.DefaultConfig()
	cfg.Traces, cfg.BatchTraces, cfg.Start = 6, 1, testStart
	traces, _, _, _, err := loadgen.GenerateRequests(cfg)
	if err != nil {
		f.Fatal(err)
	}
	for _, req := range traces {
		b, _ := proto.Marshal(req)
		f.Add(b)
	}
	b, _ := proto.Marshal(traces[0])
	f.Add(b[:len(b)/2])
	f.Add(traceReq(goodSpan()))
	f.Add([]byte{})
	f.Add([]byte("\x0a\xff\xff\xff\xff\x0f"))
	files, _ := filepath.Glob("testdata/otlp/*")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
}

// FuzzDecodeTraces: outside bytes never crash the decoder; whatever it
// accepts re-encodes (valid UTF-8), and it agrees with the Collector's own
// unmarshaler on how many spans a request holds.
func FuzzDecodeTraces(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		p, _ := newTestProcessor(t)
		res := p.Process(SignalTraces, EncodingAuto, b, "fuzz", nil)
		p.Batch(&res)
		for _, r := range res.Records {
			if len(r.Value) == 0 && r.Topic != "llmobs.dlq" {
				t.Fatal("empty output record")
			}
		}
		d := &Decoder{Limits: DefaultLimits()}
		d.Limits.MaxAge, d.Limits.MaxFutureSkew = 0, 0
		var tr TraceResult
		if err := d.DecodeTraces(b, "fuzz", &tr); err != nil {
			return
		}
		for _, s := range tr.Spans {
			if _, err := proto.Marshal(s); err != nil {
				t.Fatalf("accepted span does not re-encode: %v", err)
			}
		}
		// Equivalence with the reference decoder (go.opentelemetry.io/proto/otlp):
		// every span the hand-written decoder accepted is there with the
		// same identity, times, kind and status.
		var ref coltracepb.ExportTraceServiceRequest
		if proto.Unmarshal(b, &ref) == nil {
			type id struct{ trace, span string }
			refs := map[id][]*tracepb.Span{}
			for _, rs := range ref.ResourceSpans {
				for _, ss := range rs.ScopeSpans {
					for _, sp := range ss.Spans {
						k := id{string(sp.TraceId), string(sp.SpanId)}
						refs[k] = append(refs[k], sp)
					}
				}
			}
			for _, got := range tr.Spans {
				found := false
				for _, r := range refs[id{string(got.TraceId), string(got.SpanId)}] {
					if r.StartTimeUnixNano == got.StartTimeUnixNano && r.EndTimeUnixNano == got.EndTimeUnixNano &&
						strings.HasPrefix(r.Name, got.Name) && string(r.ParentSpanId) == string(got.ParentSpanId) &&
						int32(r.Status.GetCode()) == int32(got.StatusCode) && (int32(r.Kind) == int32(got.Kind) || got.Kind == 0) {
						found = true
					}
				}
				if !found {
					t.Fatalf("decoded span %x/%x %q has no equal in the reference decode", got.TraceId, got.SpanId, got.Name)
				}
			}
		}
		if td, err := (&ptrace.ProtoUnmarshaler{}).UnmarshalTraces(b); err == nil {
			repaired := 0
			for _, r := range tr.Rejected {
				if r.Reason == ReasonInvalidUTF8 {
					repaired++
				}
			}
			if got := len(tr.Spans) + len(tr.Rejected) - repaired; got != td.SpanCount() {
				t.Fatalf("decoder saw %d spans, pdata %d", got, td.SpanCount())
			}
		}
	})
}

// FuzzParseMessages: the GenAI messages JSON walker never crashes and
// returns nothing it did not read.
func FuzzParseMessages(f *testing.F) {
	for _, s := range []string{
		`[{"role":"user","parts":[{"type":"text","content":"hi \"there\" \u00e9"}]}]`,
		`[{"role":"assistant","content":"flat"}]`, `[]`, `[{`, `{"a":1}`, `[{"role":"user","content":[{"text":"x"}]}]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		msgs, ok := parseMessages(s)
		if !ok && msgs != nil {
			t.Fatal("messages returned on failure")
		}
	})
}

// FuzzDecodeMetrics: outside bytes never crash GPU metric decoding.
func FuzzDecodeMetrics(f *testing.F) {
	_, metrics, _ := loadgenAll(f)
	// One resource, two metrics: small seeds keep the fuzzer fast.
	m := metrics[0].ResourceMetrics[0]
	m.ScopeMetrics[0].Metrics = m.ScopeMetrics[0].Metrics[:2]
	metrics[0].ResourceMetrics = metrics[0].ResourceMetrics[:1]
	b, _ := proto.Marshal(metrics[0])
	f.Add(b)
	f.Add([]byte{0x0a, 0x02, 0x0a, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) { fuzzGPU(t, SignalMetrics, b) })
}

// FuzzDecodeLogs: outside bytes never crash GPU log decoding.
func FuzzDecodeLogs(f *testing.F) {
	_, _, logs := loadgenAll(f)
	b, _ := proto.Marshal(logs[0])
	f.Add(b)
	f.Add([]byte{0x0a, 0x02, 0x0a, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) { fuzzGPU(t, SignalLogs, b) })
}

func fuzzGPU(t *testing.T, sig Signal, b []byte) {
	p, _ := newTestProcessor(t)
	res := p.Process(sig, EncodingAuto, b, "fuzz", nil)
	if res.Samples < 0 || res.Rejected < 0 {
		t.Fatal("negative counts")
	}
}

// FuzzKeyValueFastPath: the fast KeyValue reader and the general one agree
// on every input the fast one accepts.
func FuzzKeyValueFastPath(f *testing.F) {
	for _, kv := range kvSeeds() {
		b, _ := proto.Marshal(kv)
		f.Add(b)
	}
	f.Add([]byte{0x0a, 0x01, 'k', 0x12, 0x02, 0x10, 0x01})
	f.Add([]byte{0x0a, 0x01, 'k', 0x12, 0x03, 0x10, 0x01, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		key, v, ok := kvFast(b)
		if !ok {
			return
		}
		skey, sv, err := kvSlow(b)
		if err != nil {
			t.Fatalf("fast path accepted %x, general path: %v", b, err)
		}
		if string(key) != string(skey) || !sameValue(v, sv) {
			t.Fatalf("%x: fast %q %+v, general %q %+v", b, key, v, skey, sv)
		}
	})
}

// kvSeeds covers every AnyValue kind and the edges of the fast path.
func kvSeeds() []*commonpb.KeyValue {
	long := strings.Repeat("x", 20000) // three-byte length: general path
	vals := []*commonpb.AnyValue{
		nil, {},
		{Value: &commonpb.AnyValue_StringValue{StringValue: "gpt-4o"}},
		{Value: &commonpb.AnyValue_StringValue{StringValue: ""}},
		{Value: &commonpb.AnyValue_StringValue{StringValue: long}},
		{Value: &commonpb.AnyValue_BoolValue{BoolValue: true}},
		{Value: &commonpb.AnyValue_BoolValue{BoolValue: false}},
		{Value: &commonpb.AnyValue_IntValue{IntValue: 0}},
		{Value: &commonpb.AnyValue_IntValue{IntValue: 127}},
		{Value: &commonpb.AnyValue_IntValue{IntValue: 128}},
		{Value: &commonpb.AnyValue_IntValue{IntValue: -1}},
		{Value: &commonpb.AnyValue_IntValue{IntValue: math.MaxInt64}},
		{Value: &commonpb.AnyValue_DoubleValue{DoubleValue: 0.7}},
		{Value: &commonpb.AnyValue_DoubleValue{DoubleValue: math.Inf(-1)}},
		{Value: &commonpb.AnyValue_BytesValue{BytesValue: []byte{1, 2}}},
		{Value: &commonpb.AnyValue_ArrayValue{ArrayValue: &commonpb.ArrayValue{Values: []*commonpb.AnyValue{{Value: &commonpb.AnyValue_StringValue{StringValue: "stop"}}}}}},
	}
	var out []*commonpb.KeyValue
	for i, v := range vals {
		out = append(out, &commonpb.KeyValue{Key: "gen_ai.k" + strconv.Itoa(i), Value: v})
	}
	out = append(out, &commonpb.KeyValue{Key: long, Value: vals[2]}, &commonpb.KeyValue{})
	return out
}

// TestKeyValueFastPath runs the seeds without -fuzz: where the fast path
// takes an input, it reads it as the general path does, and it takes the
// common shapes.
func TestKeyValueFastPath(t *testing.T) {
	taken := 0
	for _, kv := range kvSeeds() {
		b, _ := proto.Marshal(kv)
		key, v, ok := kvFast(b)
		skey, sv, err := kvSlow(b)
		if err != nil {
			t.Fatalf("%s: %v", kv.Key, err)
		}
		if !ok {
			continue
		}
		taken++
		if string(key) != string(skey) || !sameValue(v, sv) {
			t.Errorf("%s: fast %+v, general %+v", kv.Key, v, sv)
		}
	}
	// The fast path takes the empty value and the 11 short scalars; the
	// missing value, long string, bytes, array, long key and empty
	// KeyValue go the general way.
	if taken != 12 {
		t.Errorf("fast path took %d of the seeds, want 12", taken)
	}
}

func sameValue(a, b anyValue) bool {
	return a.kind == b.kind && a.i == b.i && string(a.s) == string(b.s)
}
