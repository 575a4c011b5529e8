// Package enrichedsample holds real llmobs.enriched records for tests and
// benchmarks: the first three records of `llmobs up -services
// ingest,enricher` reading the load generator's default traffic (seed 1,
// as make bench-e2e preloads it, 100 spans per OTLP record): 1,600 spans
// (LLM 36 %, HTTP 30 %, embedding, retrieval, tool, agent) and an in-band
// watermark.
package enrichedsample

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
)

// The records, each [len u32][timestamp ms u64][value], little endian,
// gzipped.
//
//go:embed enriched_sample.bin.gz
var sample []byte

// Spans is how many spans the records hold.
const Spans = 1600

// Records returns the records' values and their timestamps (ms), in
// order; every call returns fresh copies.
func Records() (values [][]byte, ts []int64, err error) {
	zr, err := gzip.NewReader(bytes.NewReader(sample))
	if err != nil {
		return nil, nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, nil, err
	}
	for off := 0; off < len(data); {
		if len(data)-off < 12 {
			return nil, nil, fmt.Errorf("enrichedsample: truncated header at %d", off)
		}
		n := int(binary.LittleEndian.Uint32(data[off:]))
		if len(data)-off-12 < n {
			return nil, nil, fmt.Errorf("enrichedsample: truncated record at %d", off)
		}
		ts = append(ts, int64(binary.LittleEndian.Uint64(data[off+4:])))
		values = append(values, data[off+12:off+12+n])
		off += 12 + n
	}
	return values, ts, nil
}
