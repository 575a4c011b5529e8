// Package protocheck checks decoded protobuf messages for what the
// generated fast decoders (vtprotobuf's UnmarshalVT, the aggregator's own)
// do not: strings that are not UTF-8, which proto3 forbids and
// proto.Unmarshal refuses.
package protocheck

import (
	"fmt"
	"sync"
	"unicode/utf8"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// UTF8 reports the first string field of m, at any depth, that is not
// valid UTF-8. The generated decoders do not check, where proto.Unmarshal
// does: a record another producer wrote with a bad string decoded and its
// strings went on downstream (into llmobs.slis, into alerts), where every
// strict reader (a consumer in another language, proto.Unmarshal) failed
// on it. Message types without strings at any depth (the digests) are
// skipped without a look.
func UTF8(m proto.Message) error {
	return checkUTF8Msg(m.ProtoReflect())
}

func checkUTF8Msg(m protoreflect.Message) error {
	var err error
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsMap():
			// None of the internal messages has a map; checked all the same.
			v.Map().Range(func(k protoreflect.MapKey, mv protoreflect.Value) bool {
				err = checkUTF8Value(fd.MapKey(), k.Value())
				if err == nil {
					err = checkUTF8Value(fd.MapValue(), mv)
				}
				return err == nil
			})
		case fd.IsList():
			if !hasStrings(fd) {
				return true
			}
			l := v.List()
			for i := 0; i < l.Len() && err == nil; i++ {
				err = checkUTF8Value(fd, l.Get(i))
			}
		default:
			if hasStrings(fd) {
				err = checkUTF8Value(fd, v)
			}
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", fd.Name(), err)
		}
		return err == nil
	})
	return err
}

func checkUTF8Value(fd protoreflect.FieldDescriptor, v protoreflect.Value) error {
	switch fd.Kind() {
	case protoreflect.StringKind:
		if !utf8.ValidString(v.String()) {
			return fmt.Errorf("invalid UTF-8 %q", v.String())
		}
	case protoreflect.MessageKind, protoreflect.GroupKind:
		return checkUTF8Msg(v.Message())
	}
	return nil
}

// stringTypes caches, per message type, whether it holds a string field
// at any depth.
var stringTypes sync.Map // protoreflect.FullName -> bool

func hasStrings(fd protoreflect.FieldDescriptor) bool {
	switch fd.Kind() {
	case protoreflect.StringKind:
		return true
	case protoreflect.MessageKind, protoreflect.GroupKind:
		return messageHasStrings(fd.Message(), map[protoreflect.FullName]bool{})
	}
	return false
}

func messageHasStrings(md protoreflect.MessageDescriptor, visiting map[protoreflect.FullName]bool) bool {
	has, _ := hasStringsIn(md, visiting)
	return has
}

// hasStringsIn reports whether md holds a string at any depth; open says
// the answer is partial: the search met a type searched already in this
// search (a cycle, or a type reached twice), whose strings, if any, are
// counted where that type's own search is.
// Only whole answers are cached: a type on a cycle whose string lies
// past the cycle's start (B in A{B b; string s}, B{A a}, reached from A)
// would otherwise be cached as holding none, and its strings never
// checked when it is met on its own.
func hasStringsIn(md protoreflect.MessageDescriptor, visiting map[protoreflect.FullName]bool) (has, open bool) {
	if v, ok := stringTypes.Load(md.FullName()); ok {
		return v.(bool), false
	}
	if visiting[md.FullName()] {
		return false, true
	}
	visiting[md.FullName()] = true // for the whole search: each type is searched once
	sub := func(m protoreflect.MessageDescriptor) bool {
		h, o := hasStringsIn(m, visiting)
		open = open || o
		return h
	}
	fs := md.Fields()
	for i := 0; i < fs.Len() && !has; i++ {
		f := fs.Get(i)
		switch {
		case f.IsMap():
			has = f.MapKey().Kind() == protoreflect.StringKind || f.MapValue().Kind() == protoreflect.StringKind ||
				(f.MapValue().Kind() == protoreflect.MessageKind && sub(f.MapValue().Message()))
		case f.Kind() == protoreflect.StringKind:
			has = true
		case f.Kind() == protoreflect.MessageKind || f.Kind() == protoreflect.GroupKind:
			has = sub(f.Message())
		}
	}
	if has || !open {
		stringTypes.Store(md.FullName(), has)
	}
	return has, open && !has
}
