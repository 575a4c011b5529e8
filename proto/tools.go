//go:build tools

// Package tools pins the protoc-gen-go version used by gen.sh.
package tools

import _ "google.golang.org/protobuf/cmd/protoc-gen-go"
