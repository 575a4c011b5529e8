//go:build tools

// Package tools pins the code generators gen.sh runs: protoc-gen-go and
// protoc-gen-go-vtproto (fast, reflection-free marshal/unmarshal).
package tools

import (
	_ "github.com/planetscale/vtprotobuf/cmd/protoc-gen-go-vtproto"
	_ "google.golang.org/protobuf/cmd/protoc-gen-go"
)
