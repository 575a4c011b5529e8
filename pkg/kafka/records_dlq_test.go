package kafka

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/twmb/franz-go/pkg/kgo"
)

func recordSize(r *kgo.Record) int {
	n := len(r.Key) + len(r.Value)
	for _, h := range r.Headers {
		n += len(h.Key) + len(h.Value)
	}
	return n
}

// A payload too big for the DLQ topic is stored as a bounded prefix with
// its original size and hash, so the stage that DLQs it can get past it.
func TestDLQRecordTruncatesHugeValue(t *testing.T) {
	value := make([]byte, 5<<20)
	rand.New(rand.NewSource(1)).Read(value)
	orig := bytes.Clone(value)
	src := &kgo.Record{Topic: "otlp_spans", Partition: 3, Offset: 77, Key: bytes.Repeat([]byte("k"), 3<<20)}
	r := DLQRecord("llmobs.dlq", "ingest", "decode_error", errors.New(strings.Repeat("é", 5000)), src, value)

	if len(r.Value) > DLQMaxValueBytes || len(r.Value) == 0 {
		t.Fatalf("value %d bytes, want 1..%d", len(r.Value), DLQMaxValueBytes)
	}
	if Header(r, HeaderDLQScrubbed) == "" && !bytes.Equal(r.Value, orig[:len(r.Value)]) {
		t.Fatal("stored value is not a prefix of the original")
	}
	if !bytes.Equal(value, orig) {
		t.Fatal("DLQRecord modified the caller's value")
	}
	if got := Header(r, HeaderDLQTruncated); got != "true" {
		t.Fatalf("%s = %q", HeaderDLQTruncated, got)
	}
	if got := Header(r, HeaderDLQOriginalBytes); got != strconv.Itoa(5<<20) {
		t.Fatalf("%s = %q, want %d", HeaderDLQOriginalBytes, got, 5<<20)
	}
	sum := sha256.Sum256(orig)
	if got := Header(r, HeaderDLQOriginalSHA256); got != hex.EncodeToString(sum[:]) {
		t.Fatalf("%s = %q", HeaderDLQOriginalSHA256, got)
	}
	if len(r.Key) > DLQMaxKeyBytes || Header(r, HeaderDLQKeyTruncated) != "true" || Header(r, HeaderDLQOriginalKeyBytes) != strconv.Itoa(3<<20) {
		t.Fatalf("key %d bytes, headers %v", len(r.Key), r.Headers)
	}
	for _, h := range r.Headers {
		if len(h.Value) > DLQMaxHeaderBytes {
			t.Fatalf("header %s is %d bytes", h.Key, len(h.Value))
		}
	}
	if e := Header(r, HeaderDLQError); !utf8.ValidString(e) || len(e) < DLQMaxHeaderBytes-utf8.UTFMax {
		t.Fatalf("error header cut badly: %d bytes, valid UTF-8 %v", len(e), utf8.ValidString(e))
	}
	if Header(r, HeaderDLQSourceOffset) != "77" || Header(r, HeaderDLQSourcePartition) != "3" || Header(r, HeaderDLQSourceTopic) != "otlp_spans" {
		t.Fatalf("source headers %v", r.Headers)
	}
	// Well under Kafka's default message.max.bytes and franz-go's default
	// ProducerBatchMaxBytes (both about 1 MB).
	if n := recordSize(r); n > 600<<10 {
		t.Fatalf("DLQ record is %d bytes", n)
	}
}

func TestDLQRecordKeepsSmallValue(t *testing.T) {
	for _, n := range []int{0, 1, 1000, DLQMaxValueBytes} {
		value := bytes.Repeat([]byte{0xff}, n)
		src := &kgo.Record{Topic: "llmobs.gpu", Partition: 1, Offset: 5, Key: []byte("trace")}
		r := DLQRecord("llmobs.dlq", "enricher", "gpu_decode_error", errors.New("bad"), src, value)
		if !bytes.Equal(r.Value, value) || string(r.Key) != "trace" {
			t.Fatalf("%d bytes: value/key changed", n)
		}
		for _, k := range []string{HeaderDLQTruncated, HeaderDLQOriginalBytes, HeaderDLQOriginalSHA256, HeaderDLQKeyTruncated, HeaderDLQOriginalKeyBytes} {
			if Header(r, k) != "" {
				t.Fatalf("%d bytes: unexpected header %s", n, k)
			}
		}
		if len(r.Headers) != 6 || Header(r, HeaderDLQError) != "bad" {
			t.Fatalf("%d bytes: headers %v", n, r.Headers)
		}
	}
}

func TestDLQRecordLimitIsSettable(t *testing.T) {
	defer func(v int) { DLQMaxValueBytes = v }(DLQMaxValueBytes)
	DLQMaxValueBytes = 10
	r := DLQRecord("llmobs.dlq", "ingest", "decode_error", nil, nil, []byte("0123456789abc"))
	if string(r.Value) != "0123456789" || Header(r, HeaderDLQOriginalBytes) != "13" {
		t.Fatalf("value %q headers %v", r.Value, r.Headers)
	}
}

// What reaches llmobs.dlq is scrubbed by the span-body detectors, read as
// text: undecodable protobuf, JSON with escapes, a value cut to the bound
// with an item straddling the cut, the key and the error message.
func TestDLQRecordScrubsPersonalData(t *testing.T) {
	raw := []string{"jane.doe@example.com", "4111 1111 1111 1111", "536-22-1234", "josé", "+44 20 7946 0958"}
	payloads := map[string][]byte{
		"protobuf": append([]byte("\x0a\x14jane.doe@example.com\x12\x13"), []byte("4111 1111 1111 1111\x1a\x0bSSN 536-22-1234\xff\x00+44 20 7946 0958")...),
		"json":     []byte(`{"resourceSpans":[{"attr":"jos\u00e9@correo.es","x":"josé.garcía@correo.es jane.doe@example.com 4111 1111 1111 1111 SSN 536-22-1234 +44 20 7946 0958"`),
	}
	for name, p := range payloads {
		orig := bytes.Clone(p)
		src := &kgo.Record{Topic: "otlp_spans", Key: []byte("jane.doe@example.com")}
		r := DLQRecord("llmobs.dlq", "ingest", "decode_error", errors.New("bad value near jane.doe@example.com"), src, p)
		all := string(r.Value) + string(r.Key)
		for _, h := range r.Headers {
			all += string(h.Value)
		}
		for _, v := range raw {
			if strings.Contains(all, v) {
				t.Errorf("%s: %q reached the DLQ record: %q", name, v, all)
			}
		}
		if Header(r, HeaderDLQScrubbed) == "" || !bytes.Equal(p, orig) {
			t.Errorf("%s: scrubbed header %q, caller's value changed %v", name, Header(r, HeaderDLQScrubbed), !bytes.Equal(p, orig))
		}
	}

	defer func(v int) { DLQMaxValueBytes = v }(DLQMaxValueBytes)
	DLQMaxValueBytes = 1000
	big := append(bytes.Repeat([]byte("x "), 495), []byte("call jane.doe@example.com now")...) // the email straddles byte 1000
	big = append(big, bytes.Repeat([]byte("y"), 5000)...)
	sum := sha256.Sum256(big)
	r := DLQRecord("llmobs.dlq", "ingest", "decode_error", nil, nil, big)
	if len(r.Value) > 1000 || strings.Contains(string(r.Value), "jane.doe") || strings.Contains(string(r.Value), "jane.do") {
		t.Fatalf("cut value: %d bytes, %q", len(r.Value), r.Value[980:])
	}
	if Header(r, HeaderDLQOriginalSHA256) != hex.EncodeToString(sum[:]) || Header(r, HeaderDLQOriginalBytes) != strconv.Itoa(len(big)) {
		t.Fatal("original size and hash are of the original value")
	}
}
