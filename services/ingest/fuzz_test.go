package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"go.opentelemetry.io/collector/pdata/ptrace"
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
