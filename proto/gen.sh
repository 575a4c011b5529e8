#!/usr/bin/env bash
# Regenerates the Go code for proto/llmobs/v1. protoc comes from Debian
# (protobuf-compiler); protoc-gen-go and protoc-gen-go-vtproto from the Go
# module proxy at the versions pinned in proto/go.mod, so a regeneration is
# byte-identical. vtproto adds MarshalVT/UnmarshalVT/SizeVT (no reflection)
# for the internal topics' hot paths.
set -euo pipefail
cd "$(dirname "$0")"
command -v protoc >/dev/null || { echo "protoc not found: apt-get install -y protobuf-compiler" >&2; exit 1; }
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
GOBIN="$bin" GOWORK=off go install google.golang.org/protobuf/cmd/protoc-gen-go github.com/planetscale/vtprotobuf/cmd/protoc-gen-go-vtproto
PATH="$bin:$PATH" protoc -I . --go_out=. --go_opt=paths=source_relative \
	--go-vtproto_out=. --go-vtproto_opt=paths=source_relative,features=marshal+unmarshal+size+unmarshal_unsafe \
	llmobs/v1/*.proto
