package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// poisonBody is 5 MB that is not an OTLP request (field 1 with a length
// running past the end), or n bytes of it.
func poisonBody(n int) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(7)).Read(b)
	b[0], b[1], b[2], b[3], b[4], b[5] = 0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f
	return b
}

func fixtureProto(t *testing.T, sig Signal, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "otlp", name))
	if err != nil {
		t.Fatal(err)
	}
	pb, err := jsonToProto(sig, b)
	if err != nil {
		t.Fatal(err)
	}
	return pb
}

// A 5 MB undecodable record on otlp_spans, whose topic takes 10 MB records
// (a usual broker setting) while llmobs.dlq keeps the 1 MiB default: ingest
// stores it truncated in the DLQ (with its size and hash), keeps running,
// forwards the good records around it on all three inputs, and commits past
// it (a restart does not meet it again).
func TestKafkaPoisonRecordIsDLQdTruncated(t *testing.T) {
	h := newHarness(t)
	prod := h.client(kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerBatchMaxBytes(16<<20), kgo.MaxBufferedBytes(64<<20))
	inputs := []string{h.topics.OTLPSpans, h.topics.OTLPMetrics, h.topics.OTLPLogs}
	if _, err := kadm.NewClient(prod).AlterTopicConfigs(context.Background(), []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr("10485760")}}, inputs...); err != nil {
		t.Fatal(err)
	}
	poison := poisonBody(5 << 20)
	sum := sha256.Sum256(poison)
	produce := func(topic string, v []byte) int64 {
		t.Helper()
		r, err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: topic, Partition: 0, Value: v}).First()
		if err != nil {
			t.Fatalf("produce to %s: %v", topic, err)
		}
		return r.Offset
	}
	before := goodSpan()
	before.SpanId = bytes.Repeat([]byte{0x11}, 8)
	after := goodSpan()
	after.SpanId = bytes.Repeat([]byte{0x22}, 8)
	produce(h.topics.OTLPSpans, traceReq(before))
	poisonAt := produce(h.topics.OTLPSpans, poison)
	produce(h.topics.OTLPSpans, traceReq(after))
	produce(h.topics.OTLPMetrics, poison[:2<<20])
	produce(h.topics.OTLPMetrics, fixtureProto(t, SignalMetrics, "dcgm_metrics.json"))
	produce(h.topics.OTLPLogs, poison[:3<<20])
	produce(h.topics.OTLPLogs, fixtureProto(t, SignalLogs, "gpu_logs.json"))

	cfg := quietConfig()
	cfg.Limits.MaxAge = 0 // the GPU fixtures are from long ago
	_, stop := h.start(cfg)
	defer stop()

	spans, _ := h.readSpans(2, 30*time.Second)
	ids := map[string]bool{}
	for _, s := range spans {
		ids[string(s.SpanId)] = true
	}
	if !ids[string(before.SpanId)] || !ids[string(after.SpanId)] {
		t.Fatalf("spans around the poison record: got %d spans, want both", len(spans))
	}
	var samples int
	for _, r := range h.readTopic(h.topics.GPU, 12, 15*time.Second) { // samples and in-band watermarks
		var b llmobsv1.GPUSampleBatch
		if err := proto.Unmarshal(r.Value, &b); err != nil {
			t.Fatal(err)
		}
		samples += len(b.Samples)
	}
	if samples == 0 {
		t.Fatal("no GPU samples from the good otlp_metrics/otlp_logs records")
	}

	// The three poison records, truncated, with where they came from.
	want := map[string]int{h.topics.OTLPSpans: 5 << 20, h.topics.OTLPMetrics: 2 << 20, h.topics.OTLPLogs: 3 << 20}
	found := map[string]bool{}
	deadline := time.Now().Add(20 * time.Second)
	for len(found) < len(want) && time.Now().Before(deadline) {
		found = map[string]bool{}
		for _, r := range h.readTopic(h.topics.DLQ, 5, 3*time.Second) {
			src := kafka.Header(r, kafka.HeaderDLQSourceTopic)
			size, ok := want[src]
			if !ok || kafka.Header(r, kafka.HeaderDLQTruncated) != "true" {
				continue // the fixtures' own refused points
			}
			// A prefix of the original, scrubbed by the PII detectors
			// (random bytes can look like a phone number or a card).
			scrubbed := kafka.DLQRecord(h.topics.DLQ, "ingest", ReasonDecode, nil, &kgo.Record{Topic: src}, poison[:size]).Value
			if len(r.Value) > kafka.DLQMaxValueBytes || !bytes.Equal(r.Value, scrubbed) {
				t.Fatalf("DLQ copy of %s: %d bytes, not the scrubbed prefix of the original (%d bytes)", src, len(r.Value), len(scrubbed))
			}
			if kafka.Header(r, kafka.HeaderDLQOriginalBytes) != strconv.Itoa(size) || kafka.Header(r, kafka.HeaderDLQReason) != ReasonDecode {
				t.Fatalf("DLQ copy of %s: headers %v", src, r.Headers)
			}
			if src == h.topics.OTLPSpans {
				if kafka.Header(r, kafka.HeaderDLQOriginalSHA256) != hex.EncodeToString(sum[:]) || kafka.Header(r, kafka.HeaderDLQSourceOffset) != strconv.FormatInt(poisonAt, 10) {
					t.Fatalf("DLQ copy of the otlp_spans poison: headers %v", r.Headers)
				}
			}
			found[src] = true
		}
	}
	if len(found) != len(want) {
		t.Fatalf("truncated DLQ copies from %v, want all of %v", found, want)
	}

	// Its group committed past the poison (and ingest is still running:
	// stop reports an early Run error).
	adm := kadm.NewClient(prod)
	deadline = time.Now().Add(20 * time.Second)
	for {
		offs, err := adm.FetchOffsets(context.Background(), quietConfig().Group)
		if err == nil {
			if o, ok := offs.Lookup(h.topics.OTLPSpans, 0); ok && o.At > poisonAt {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("committed offset of %s/0 never passed the poison record at %d: %v %v", h.topics.OTLPSpans, poisonAt, offs, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
