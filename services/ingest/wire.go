package ingest

import (
	"errors"
	"strconv"
	"unsafe"

	"google.golang.org/protobuf/encoding/protowire"
)

// A hand-written protobuf reader for the OTLP hot path: it walks the wire
// format once and never builds an intermediate object tree.

var (
	errTruncated = errors.New("truncated protobuf")
	errWireType  = errors.New("unexpected wire type")
)

type reader struct {
	b   []byte
	err error
}

func (r *reader) done() bool { return r.err != nil || len(r.b) == 0 }

// next reads a field tag; ok is false at the end or on error.
func (r *reader) next() (num protowire.Number, typ protowire.Type, ok bool) {
	if r.done() {
		return 0, 0, false
	}
	// Fast path: tags of fields 1..15 are one byte.
	if c := r.b[0]; c < 0x80 {
		r.b = r.b[1:]
		if c>>3 == 0 {
			r.err = errTruncated
			return 0, 0, false
		}
		return protowire.Number(c >> 3), protowire.Type(c & 7), true
	}
	num, typ, n := protowire.ConsumeTag(r.b)
	if n < 0 {
		r.err = protowire.ParseError(n)
		return 0, 0, false
	}
	r.b = r.b[n:]
	return num, typ, true
}

// uvarint reads a varint with a fast path for one- and two-byte values.
func (r *reader) uvarint() (uint64, bool) {
	b := r.b
	if len(b) > 0 && b[0] < 0x80 {
		r.b = b[1:]
		return uint64(b[0]), true
	}
	if len(b) > 1 && b[1] < 0x80 {
		r.b = b[2:]
		return uint64(b[0]&0x7f) | uint64(b[1])<<7, true
	}
	v, n := protowire.ConsumeVarint(b)
	if n < 0 {
		r.err = errTruncated
		return 0, false
	}
	r.b = b[n:]
	return v, true
}

func (r *reader) bytes(typ protowire.Type) []byte {
	if typ != protowire.BytesType {
		r.err = errWireType
		return nil
	}
	l, ok := r.uvarint()
	if !ok {
		return nil
	}
	if l > uint64(len(r.b)) {
		r.err = errTruncated
		return nil
	}
	v := r.b[:l:l]
	r.b = r.b[l:]
	return v
}

func (r *reader) varint(typ protowire.Type) uint64 {
	if typ != protowire.VarintType {
		r.err = errWireType
		return 0
	}
	v, _ := r.uvarint()
	return v
}

func (r *reader) fixed64(typ protowire.Type) uint64 {
	if typ != protowire.Fixed64Type {
		r.err = errWireType
		return 0
	}
	v, n := protowire.ConsumeFixed64(r.b)
	if n < 0 {
		r.err = errTruncated
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) skip(num protowire.Number, typ protowire.Type) {
	n := protowire.ConsumeFieldValue(num, typ, r.b)
	if n < 0 {
		r.err = protowire.ParseError(n)
		return
	}
	r.b = r.b[n:]
}

// str aliases b as a string without copying. The decoded spans are
// marshalled before the input buffer is released, and Kafka client
// buffers are never reused, so aliasing is safe; see Decoder.Decode.
func str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
