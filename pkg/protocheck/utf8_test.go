package protocheck

import (
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/descriptorpb"
)

// cyclic builds A{B b = 1; string s = 2}, B{A a = 1}, C{int32 n = 1} in
// package name (a fresh one per case: the cache is by full name).
func cyclic(t *testing.T, name string) protoreflect.FileDescriptor {
	t.Helper()
	msg := func(n string, fields ...*descriptorpb.FieldDescriptorProto) *descriptorpb.DescriptorProto {
		return &descriptorpb.DescriptorProto{Name: proto.String(n), Field: fields}
	}
	field := func(n string, num int32, typ descriptorpb.FieldDescriptorProto_Type, typeName string) *descriptorpb.FieldDescriptorProto {
		f := &descriptorpb.FieldDescriptorProto{Name: proto.String(n), Number: proto.Int32(num), Type: typ.Enum(),
			Label: descriptorpb.FieldDescriptorProto_LABEL_OPTIONAL.Enum()}
		if typeName != "" {
			f.TypeName = proto.String("." + name + "." + typeName)
		}
		return f
	}
	fd, err := protodesc.NewFile(&descriptorpb.FileDescriptorProto{
		Name: proto.String(name + ".proto"), Package: proto.String(name), Syntax: proto.String("proto3"),
		MessageType: []*descriptorpb.DescriptorProto{
			msg("A", field("b", 1, descriptorpb.FieldDescriptorProto_TYPE_MESSAGE, "B"), field("s", 2, descriptorpb.FieldDescriptorProto_TYPE_STRING, "")),
			msg("B", field("a", 1, descriptorpb.FieldDescriptorProto_TYPE_MESSAGE, "A")),
			msg("C", field("n", 1, descriptorpb.FieldDescriptorProto_TYPE_INT32, "")),
		},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fd
}

// A type on a cycle holds the strings of the rest of the cycle, whichever
// type of it is asked first.
func TestHasStringsThroughCycles(t *testing.T) {
	for _, first := range []string{"A", "B"} {
		fd := cyclic(t, "cycle"+first)
		ms := fd.Messages()
		for _, n := range []string{first, "A", "B"} {
			if !messageHasStrings(ms.ByName(protoreflect.Name(n)), map[protoreflect.FullName]bool{}) {
				t.Errorf("asked %s first: %s holds no strings, want it to (through A.s)", first, n)
			}
		}
		if messageHasStrings(ms.ByName("C"), map[protoreflect.FullName]bool{}) {
			t.Errorf("C holds strings")
		}
	}
}
