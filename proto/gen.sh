#!/usr/bin/env bash
# Regenerates the Go code for proto/llmobs/v1. protoc comes from Debian
# (protobuf-compiler); protoc-gen-go from the Go module proxy at the version
# pinned in proto/go.mod, so a regeneration is byte-identical.
set -euo pipefail
cd "$(dirname "$0")"
command -v protoc >/dev/null || { echo "protoc not found: apt-get install -y protobuf-compiler" >&2; exit 1; }
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
GOBIN="$bin" GOWORK=off go install google.golang.org/protobuf/cmd/protoc-gen-go
PATH="$bin:$PATH" protoc -I . --go_out=. --go_opt=paths=source_relative llmobs/v1/*.proto
