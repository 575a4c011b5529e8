package kafka

import (
	"strconv"

	"github.com/twmb/franz-go/pkg/kgo"
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

// DLQRecord wraps the original bytes of a record that could not be read.
// src may be nil for input that did not come from Kafka (OTLP gRPC/HTTP).
func DLQRecord(topic, service, reason string, err error, src *kgo.Record, value []byte) *kgo.Record {
	hs := []kgo.RecordHeader{
		{Key: HeaderDLQService, Value: []byte(service)},
		{Key: HeaderDLQReason, Value: []byte(reason)},
	}
	if err != nil {
		msg := err.Error()
		if len(msg) > 1024 {
			msg = msg[:1024]
		}
		hs = append(hs, kgo.RecordHeader{Key: HeaderDLQError, Value: []byte(msg)})
	}
	var key []byte
	if src != nil {
		key = src.Key
		hs = append(hs,
			kgo.RecordHeader{Key: HeaderDLQSourceTopic, Value: []byte(src.Topic)},
			kgo.RecordHeader{Key: HeaderDLQSourcePartition, Value: []byte(strconv.Itoa(int(src.Partition)))},
			kgo.RecordHeader{Key: HeaderDLQSourceOffset, Value: []byte(strconv.FormatInt(src.Offset, 10))},
		)
	}
	return &kgo.Record{Topic: topic, Key: key, Value: value, Headers: hs}
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
