package enricher

import (
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The enricher's input decoders. A record is accepted or refused exactly
// as the reflection decoder (proto.Unmarshal) would, with the same error:
// it refuses invalid UTF-8 in string fields (proto3), so a foreign
// producer's bad text is DLQ'd here instead of reaching llmobs.enriched, a
// topic users read with any protobuf library. The work is done by the
// generated decoder (UnmarshalVT, several times cheaper) and a scan of the
// wire bytes that checks what UnmarshalVT does not: the UTF-8 of every
// string field, and the framing the reflection decoder checks (tags, the
// values of unknown fields, packed values). When either finds anything,
// the record is decoded again with proto.Unmarshal, whose outcome stands
// (FuzzDecodeSameAsReflection).

// vtMessage is a generated message with its vtprotobuf decoder.
type vtMessage interface {
	proto.Message
	UnmarshalVT([]byte) error
}

func decodeSpanBatch(v []byte, b *llmobsv1.SpanBatch) error {
	return decodeChecked(v, b, spanBatchFields)
}

func decodeGPUSampleBatch(v []byte, b *llmobsv1.GPUSampleBatch) error {
	return decodeChecked(v, b, gpuBatchFields)
}

func decodeChecked(v []byte, m vtMessage, w *wireFields) error {
	if m.UnmarshalVT(v) == nil && wireValid(v, w, 0) {
		return nil
	}
	proto.Reset(m)
	return proto.Unmarshal(v, m)
}

// maxWireDepth bounds the nesting the scan follows (the reflection
// decoder's recursion limit is 10,000; llmobs messages nest a few levels):
// deeper, the reflection decoder decides.
const maxWireDepth = 100

// wireFields is what the scan needs of a message type: by field number,
// how its length-delimited values are checked.
type wireFields struct {
	fields []wireField // by number; past the end: unknown
	sparse bool        // a field numbered past the table: the reflection decoder decides
}

type wireField struct {
	check wireCheck
	kind  protoreflect.Kind // of packed values
	msg   *wireFields       // of message values
}

type wireCheck uint8

const (
	unknownField wireCheck = iota // decoded as an unknown field
	stringField
	bytesField
	messageField
	packedField
	undecided // groups: the reflection decoder decides
)

var (
	spanBatchFields = newWireFields((&llmobsv1.SpanBatch{}).ProtoReflect().Descriptor(), map[protoreflect.FullName]*wireFields{})
	gpuBatchFields  = newWireFields((&llmobsv1.GPUSampleBatch{}).ProtoReflect().Descriptor(), map[protoreflect.FullName]*wireFields{})
)

func newWireFields(md protoreflect.MessageDescriptor, seen map[protoreflect.FullName]*wireFields) *wireFields {
	if w := seen[md.FullName()]; w != nil {
		return w
	}
	w := &wireFields{}
	seen[md.FullName()] = w
	fds := md.Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		n := int(fd.Number())
		if n >= 1<<12 {
			w.sparse = true // llmobs has no such number
			continue
		}
		for len(w.fields) <= n {
			w.fields = append(w.fields, wireField{})
		}
		f := &w.fields[n]
		switch fd.Kind() {
		case protoreflect.StringKind:
			f.check = stringField
		case protoreflect.BytesKind:
			f.check = bytesField
		case protoreflect.MessageKind:
			f.check = messageField
			f.msg = newWireFields(fd.Message(), seen)
		case protoreflect.GroupKind:
			f.check = undecided
		default:
			f.check, f.kind = packedField, fd.Kind()
		}
	}
	return w
}

// wireValid reports whether b, a message whose fields w describes, has
// valid framing and valid UTF-8 in every string field it holds,
// recursively; false when it cannot tell (the reflection decoder then
// decides).
func wireValid(b []byte, w *wireFields, depth int) bool {
	if depth > maxWireDepth || w.sparse {
		return false
	}
	for len(b) > 0 {
		tag, n := varint(b)
		if n < 0 || tag>>3 < uint64(protowire.MinValidNumber) || tag>>3 > uint64(protowire.MaxValidNumber) {
			return false
		}
		b = b[n:]
		num, typ := protowire.Number(tag>>3), protowire.Type(tag&7)
		f := wireField{}
		if int(num) < len(w.fields) {
			f = w.fields[num]
		}
		switch {
		case typ == protowire.BytesType && f.check != unknownField:
			l, n := varint(b)
			if n < 0 || l > uint64(len(b)-n) {
				return false
			}
			v := b[n : n+int(l)]
			b = b[n+int(l):]
			switch f.check {
			case stringField:
				if !utf8.Valid(v) {
					return false
				}
			case bytesField:
			case messageField:
				if !wireValid(v, f.msg, depth+1) {
					return false
				}
			case packedField:
				// Packed scalars (or a scalar sent as bytes: then an
				// unknown field, which UnmarshalVT refuses anyway).
				if !packedValid(v, f.kind) {
					return false
				}
			default:
				return false
			}
		case f.check == undecided || f.check == messageField && typ == protowire.StartGroupType:
			return false // not in llmobs messages: the reflection decoder decides
		case typ == protowire.VarintType:
			_, n := varint(b)
			if n < 0 {
				return false
			}
			b = b[n:]
		case typ == protowire.Fixed64Type && len(b) >= 8:
			b = b[8:]
		case typ == protowire.Fixed32Type && len(b) >= 4:
			b = b[4:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return false
			}
			b = b[n:]
		}
	}
	return true
}

// varint is protowire.ConsumeVarint with the one-byte case inline.
func varint(b []byte) (uint64, int) {
	if len(b) > 0 && b[0] < 0x80 {
		return uint64(b[0]), 1
	}
	return protowire.ConsumeVarint(b)
}

// packedValid reports whether v is a whole number of packed values of kind k.
func packedValid(v []byte, k protoreflect.Kind) bool {
	var typ protowire.Type
	switch k {
	case protoreflect.BoolKind, protoreflect.EnumKind, protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Uint32Kind,
		protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Uint64Kind:
		typ = protowire.VarintType
	case protoreflect.Fixed32Kind, protoreflect.Sfixed32Kind, protoreflect.FloatKind:
		typ = protowire.Fixed32Type
	case protoreflect.Fixed64Kind, protoreflect.Sfixed64Kind, protoreflect.DoubleKind:
		typ = protowire.Fixed64Type
	default:
		return false
	}
	for len(v) > 0 {
		n := protowire.ConsumeFieldValue(0, typ, v)
		if n < 0 {
			return false
		}
		v = v[n:]
	}
	return true
}
