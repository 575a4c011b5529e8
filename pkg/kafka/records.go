package kafka

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"unicode/utf8"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/redact"
)

// Header keys llmobs puts on its records.
const (
	// HeaderCount is the number of items in a batch record.
	HeaderCount = "llmobs-count"
	// HeaderSchema names the protobuf message of the value,
	// e.g. "llmobs.v1.SpanBatch".
	HeaderSchema = "llmobs-schema"

	// DLQ headers: who rejected the record, why, and where it came from.
	HeaderDLQService         = "llmobs-dlq-service"
	HeaderDLQReason          = "llmobs-dlq-reason"
	HeaderDLQError           = "llmobs-dlq-error"
	HeaderDLQSourceTopic     = "llmobs-dlq-source-topic"
	HeaderDLQSourcePartition = "llmobs-dlq-source-partition"
	HeaderDLQSourceOffset    = "llmobs-dlq-source-offset"

	// Set only when DLQRecord had to cut the payload (see DLQMaxValueBytes):
	// HeaderDLQTruncated is "true", HeaderDLQOriginalBytes the original
	// value's length in bytes (decimal) and HeaderDLQOriginalSHA256 the hex
	// SHA-256 of the whole original value, so the stored prefix can be
	// matched to the record it came from.
	HeaderDLQTruncated      = "llmobs-dlq-truncated"
	HeaderDLQOriginalBytes  = "llmobs-dlq-original-bytes"
	HeaderDLQOriginalSHA256 = "llmobs-dlq-original-sha256"
	// Set only when the key had to be cut (see DLQMaxKeyBytes).
	HeaderDLQKeyTruncated     = "llmobs-dlq-key-truncated"
	HeaderDLQOriginalKeyBytes = "llmobs-dlq-original-key-bytes"
	// HeaderDLQScrubbed is the number of personal data items and secrets
	// DLQRecord replaced by placeholders in the value, key and error (set
	// only when it replaced any).
	HeaderDLQScrubbed = "llmobs-dlq-scrubbed"
)

// DLQScrubber finds the personal data and secrets DLQRecord replaces in
// what it stores (value and key read as text, and the error message):
// the same detectors the enricher applies to span bodies (DESIGN:
// "DLQ payloads are scrubbed by the same PII detectors"). nil stores
// them raw. Set it at start-up, before any service runs.
var DLQScrubber = redact.Default()

// dlqScrubMargin: how far past the stored prefix of a cut value is
// scanned, so an item straddling the cut is still found.
const dlqScrubMargin = 4 << 10

// Size bounds of a DLQ record. Bad input can be as large as the largest
// record an input topic or an OTLP listener accepts (often 10 MB or more),
// while llmobs.dlq may have the broker's default max.message.bytes (1 MiB)
// and franz-go refuses, client side, a record over its ProducerBatchMaxBytes
// (~1 MB by default). A DLQ copy that is too big fails its produce with
// MESSAGE_TOO_LARGE on every retry, so the stage that wrote it could never
// get past the bad record. DLQRecord therefore keeps at most
// DLQMaxValueBytes of the value (a prefix, with the original size and hash
// in headers) and DLQMaxKeyBytes of the key, and bounds every header
// value to DLQMaxHeaderBytes: with the defaults a DLQ record stays under
// 520 KiB, half of Kafka's default limit, leaving room for the batch
// framing and for brokers configured below the default.
//
// They are variables so a deployment whose DLQ topic allows more (or less)
// can change them; set them at start-up, before any service runs.
var (
	DLQMaxValueBytes  = 512 << 10
	DLQMaxKeyBytes    = 1 << 10
	DLQMaxHeaderBytes = 1 << 10
)

// PartitionFor maps a key (a 16-byte trace ID, or a host/GPU string) to a
// partition the same way in every service and instance: Kafka's murmur2,
// as the Java client's default partitioner does for keyed records, so
// records keyed by the same trace ID from any producer land together.
func PartitionFor(key []byte, partitions int32) int32 {
	if partitions <= 1 {
		return 0
	}
	return int32((murmur2(key) & 0x7fffffff) % uint32(partitions))
}

// murmur2 is Kafka's Utils.murmur2.
func murmur2(b []byte) uint32 {
	const (
		seed uint32 = 0x9747b28c
		m    uint32 = 0x5bd1e995
		r           = 24
	)
	h := seed ^ uint32(len(b))
	for len(b) >= 4 {
		k := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
		k *= m
		k ^= k >> r
		k *= m
		h *= m
		h ^= k
		b = b[4:]
	}
	switch len(b) {
	case 3:
		h ^= uint32(b[2]) << 16
		fallthrough
	case 2:
		h ^= uint32(b[1]) << 8
		fallthrough
	case 1:
		h ^= uint32(b[0])
		h *= m
	}
	h ^= h >> 13
	h *= m
	h ^= h >> 15
	return h
}

// DLQRecord wraps the bytes of a record that could not be read, scrubbed.
// src may be nil for input that did not come from Kafka (OTLP gRPC/HTTP).
//
// Scrubbing: value and key are read as text (undecodable protobuf, JSON
// or garbage alike) and, like the error message, passed through
// DLQScrubber: what it finds becomes a placeholder such as <EMAIL>, and
// HeaderDLQScrubbed says how many. Nothing raw that the detectors know
// reaches llmobs.dlq; the headers below keep the size and SHA-256 of the
// original value, so the stored record can still be matched to its source.
//
// The result is bounded whatever the input's size: a value over
// DLQMaxValueBytes is cut to that prefix and marked with
// HeaderDLQTruncated, HeaderDLQOriginalBytes and HeaderDLQOriginalSHA256;
// a key over DLQMaxKeyBytes is cut likewise; header values are cut to
// DLQMaxHeaderBytes. Values and keys within the bounds with nothing to
// scrub are kept as they are, with no extra headers.
func DLQRecord(topic, service, reason string, err error, src *kgo.Record, value []byte) *kgo.Record {
	scrubbed := 0
	scrub := func(b []byte) []byte {
		if DLQScrubber == nil {
			return b
		}
		out, n := DLQScrubber.ScrubBytes(b)
		scrubbed += n
		return out
	}
	hs := []kgo.RecordHeader{
		dlqHeader(HeaderDLQService, service),
		dlqHeader(HeaderDLQReason, reason),
	}
	if err != nil {
		hs = append(hs, dlqHeader(HeaderDLQError, string(scrub([]byte(err.Error())))))
	}
	var key []byte
	if src != nil {
		key = src.Key
		hs = append(hs,
			dlqHeader(HeaderDLQSourceTopic, src.Topic),
			kgo.RecordHeader{Key: HeaderDLQSourcePartition, Value: []byte(strconv.Itoa(int(src.Partition)))},
			kgo.RecordHeader{Key: HeaderDLQSourceOffset, Value: []byte(strconv.FormatInt(src.Offset, 10))},
		)
	}
	if max := max(DLQMaxKeyBytes, 0); len(key) > max {
		hs = append(hs,
			kgo.RecordHeader{Key: HeaderDLQKeyTruncated, Value: []byte("true")},
			kgo.RecordHeader{Key: HeaderDLQOriginalKeyBytes, Value: []byte(strconv.Itoa(len(key)))},
		)
		key = scrub(key[:min(len(key), max+dlqScrubMargin)])
		key = key[:min(len(key), max):min(len(key), max)]
	} else {
		key = scrub(key)
	}
	if max := max(DLQMaxValueBytes, 0); len(value) > max {
		sum := sha256.Sum256(value)
		hs = append(hs,
			kgo.RecordHeader{Key: HeaderDLQTruncated, Value: []byte("true")},
			kgo.RecordHeader{Key: HeaderDLQOriginalBytes, Value: []byte(strconv.Itoa(len(value)))},
			kgo.RecordHeader{Key: HeaderDLQOriginalSHA256, Value: []byte(hex.EncodeToString(sum[:]))},
		)
		value = scrub(value[:min(len(value), max+dlqScrubMargin)])
		// Capped so an append to it can never write into the original.
		value = value[:min(len(value), max):min(len(value), max)]
	} else {
		value = scrub(value)
	}
	if scrubbed > 0 {
		hs = append(hs, kgo.RecordHeader{Key: HeaderDLQScrubbed, Value: []byte(strconv.Itoa(scrubbed))})
	}
	return &kgo.Record{Topic: topic, Key: key, Value: value, Headers: hs}
}

// dlqHeader is a header whose value is cut to DLQMaxHeaderBytes, at a
// UTF-8 boundary when the text is UTF-8.
func dlqHeader(key, v string) kgo.RecordHeader {
	if n := max(DLQMaxHeaderBytes, 0); len(v) > n {
		cut := n
		for cut > 0 && cut > n-utf8.UTFMax && !utf8.RuneStart(v[cut]) {
			cut--
		}
		if cut == 0 || cut <= n-utf8.UTFMax {
			cut = n // not UTF-8 text: cut at the byte bound
		}
		v = v[:cut]
	}
	return kgo.RecordHeader{Key: key, Value: []byte(v)}
}

// Header returns the value of header key on r, or "".
func Header(r *kgo.Record, key string) string {
	for _, h := range r.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}
