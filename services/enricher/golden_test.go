package enricher

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"slices"
	"sort"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The load generator's traffic as ingest writes it: testdata/
// loadgen_spans.bin.gz holds the llmobs.spans records (SpanBatch, one per
// OTLP request) of 30 s of loadgen's default traffic (seed 1, start
// 2026-11-01 12:00 UTC: 1,939 spans, 913 model calls, prompts and
// completions included), loadgen_gpu.bin.gz the llmobs.gpu records
// (GPUSampleBatch) of the same run's metrics and logs; each record is
// [len u32 little endian][value], gzipped. Made by ingest's Decoder
// (DecodeTraces / DecodeMetrics / DecodeLogs) from loadgen.GenerateRequests.
func loadgenRecords(t testing.TB, name string) [][]byte {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for len(data) > 0 {
		n := int(binary.LittleEndian.Uint32(data))
		out = append(out, data[4:4+n])
		data = data[4+n:]
	}
	return out
}

// goldenEnricher is the default enricher with a fixed pseudonym key.
func goldenEnricher(t testing.TB) *Enricher {
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Signals.ModelDir = t.TempDir() // rules only
	cfg.Identity.Key, cfg.Identity.KeyID = "a fixed key for the golden output", "g1"
	e, err := newEnricher(cfg, m)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// enrichLoadgen runs the enricher over the loadgen records, four records
// a poll, as the span loop does (decodeSpanBatch, Enrich, expiry between
// polls); with gpu, the GPU samples arrive as the GPU watermark would let
// a poll through: every sample up to the poll's latest end + join_wait
// before it. It returns the enriched spans in order, with the enrich time
// zeroed.
func enrichLoadgen(t testing.TB, e *Enricher, spanRecs, gpuRecs [][]byte) []*llmobsv1.EnrichedSpan {
	t.Helper()
	var samples []*llmobsv1.GPUSample
	for _, v := range gpuRecs {
		var b llmobsv1.GPUSampleBatch
		if err := decodeGPUSampleBatch(v, &b); err != nil {
			t.Fatal(err)
		}
		samples = append(samples, b.Samples...)
	}
	sort.SliceStable(samples, func(i, j int) bool { return samples[i].TimeUnixNano < samples[j].TimeUnixNano })
	var out []*llmobsv1.EnrichedSpan
	for i := 0; i < len(spanRecs); i += 4 {
		var spans []*llmobsv1.Span
		for _, v := range spanRecs[i:min(i+4, len(spanRecs))] {
			var b llmobsv1.SpanBatch
			if err := decodeSpanBatch(v, &b); err != nil {
				t.Fatal(err)
			}
			spans = append(spans, b.Spans...)
		}
		var need uint64
		for _, s := range spans {
			need = max(need, s.EndTimeUnixNano)
		}
		need += uint64(e.cfg.JoinWait)
		for len(samples) > 0 && samples[0].TimeUnixNano <= need {
			e.gpu.add(samples[0])
			samples = samples[1:]
		}
		for _, es := range e.Enrich(spans) {
			es.EnrichTimeUnixNano = 0
			out = append(out, es)
		}
		e.gpu.expire()
	}
	return out
}

// goldenDigest is the SHA-256 of the enriched spans, each marshalled
// deterministically. Without full, the safety detector's flags (the
// safety package's own golden tests pin them) are left out, so this
// digest pins the join, the prices and the redaction.
func goldenDigest(t testing.TB, out []*llmobsv1.EnrichedSpan, full bool) string {
	t.Helper()
	h := sha256.New()
	for _, es := range out {
		if !full {
			es = proto.Clone(es).(*llmobsv1.EnrichedSpan)
			es.Span.Flags = slices.DeleteFunc(es.Span.Flags, func(f string) bool { return f != FlagPIIInOutput && f != FlagSecretInOutput })
			es.Span.Attributes = slices.DeleteFunc(es.Span.Attributes, func(kv *llmobsv1.KeyValue) bool { return kv.Key == GroundednessAttribute })
		}
		v, err := proto.MarshalOptions{Deterministic: true}.Marshal(es)
		if err != nil {
			t.Fatal(err)
		}
		var n [4]byte
		binary.LittleEndian.PutUint32(n[:], uint32(len(v)))
		h.Write(n[:])
		h.Write(v)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestEnrichLoadgenGolden pins the enricher's output on realistic traffic
// byte for byte (computed before the decoder, the call index and the
// redaction were made cheaper): without GPU data (the end-to-end bench's
// case) and with the run's GPU samples arriving as the watermark lets the
// polls through.
func TestEnrichLoadgenGolden(t *testing.T) {
	spanRecs := loadgenRecords(t, "loadgen_spans.bin.gz")
	gpuRecs := loadgenRecords(t, "loadgen_gpu.bin.gz")
	for _, tc := range []struct {
		name string
		gpu  [][]byte
		want string
	}{
		{"no_gpu", nil, "4f59ac47a231bcc94515c1696c5455dfaa67ef628ba52dbcf32b8a0acd839733"},
		{"gpu", gpuRecs, "fb662f97200362cecdecacf7fbbb3886e8eeee190e743ecc0ea2022285a91eaa"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := enrichLoadgen(t, goldenEnricher(t), spanRecs, tc.gpu)
			methods := map[llmobsv1.JoinMethod]int{}
			redacted, gpuSeconds := 0, 0.0
			for _, es := range out {
				if es.Gpu != nil {
					methods[es.Gpu.Method]++
					gpuSeconds += es.Gpu.GpuSeconds
				}
				if len(es.GetRedaction().GetCounts()) > 0 {
					redacted++
				}
			}
			got := goldenDigest(t, out, false)
			t.Logf("%d spans, joins %v, %.1f GPU-s, %d redacted; digest %s (with the safety flags: %s)", len(out), methods, gpuSeconds, redacted, got, goldenDigest(t, out, true))
			if got != tc.want {
				t.Errorf("digest %s, want %s", got, tc.want)
			}
		})
	}
}
