#!/usr/bin/env bash
# Builds a real OpenTelemetry Collector (the components llmobs's shipped
# configurations use, contrib v0.155.0) with the OTel Collector Builder from
# tests/collector/builder-config.yaml, and caches it in the Go build cache
# directory, keyed by a hash of the manifest, the builder's version and the
# Go toolchain: a second run, and CI runs on a machine that ran it before,
# are instant. Only the Go module proxy is needed.
#
# Usage: scripts/build-otelcol.sh [manifest]
# Progress goes to stderr; the binary's path is stdout's last (only) line:
#   otelcol=$(scripts/build-otelcol.sh) && "$otelcol" validate --config deploy/otel-collector/config.yaml
# LLMOBS_OTELCOL_CACHE overrides the cache directory ($(go env GOCACHE)/llmobs-otelcol).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

BUILDER_VERSION=v0.155.0
manifest=${1:-tests/collector/builder-config.yaml}
[ -f "$manifest" ] || { echo "build-otelcol: no manifest $manifest" >&2; exit 1; }
manifest=$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")

log() { echo "build-otelcol: $*" >&2; }

# The generated module must not be part of this repository's go.work.
export GOWORK=off

cache=${LLMOBS_OTELCOL_CACHE:-}
if [ -z "$cache" ]; then
	gocache=$(go env GOCACHE)
	if [ -z "$gocache" ] || [ "$gocache" = off ]; then
		gocache=${XDG_CACHE_HOME:-$HOME/.cache}/go-build
	fi
	cache=$gocache/llmobs-otelcol
fi

key=$({
	cat "$manifest"
	echo "builder $BUILDER_VERSION"
	go env GOVERSION GOOS GOARCH
} | sha256sum | cut -c1-16)
dir=$cache/${BUILDER_VERSION}-$key
bin=$dir/otelcol-llmobs

if [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; then
	log "cached: $("$bin" --version)"
	echo "$bin"
	exit 0
fi

mkdir -p "$dir"
# One build at a time per key (CI's step and a test may race).
if command -v flock >/dev/null; then
	exec 9>"$dir/.lock"
	log "waiting for the build lock $dir/.lock"
	flock 9
	if [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; then
		log "built meanwhile: $("$bin" --version)"
		echo "$bin"
		exit 0
	fi
fi

start=$(date +%s)
builder=$cache/builder-$BUILDER_VERSION/builder
if [ ! -x "$builder" ]; then
	log "installing the OTel Collector Builder $BUILDER_VERSION (go install)"
	GOBIN=$(dirname "$builder") go install "go.opentelemetry.io/collector/cmd/builder@$BUILDER_VERSION" >&2
fi

src=$dir/src
rm -rf "$src"
mkdir -p "$src"
# The manifest names no output path: write one, absolute, into a copy.
awk -v out="$src" '{print} /^dist:[[:space:]]*$/ {print "  output_path: " out}' "$manifest" >"$dir/manifest.yaml"
grep -q "output_path: $src" "$dir/manifest.yaml" || { log "the manifest has no top-level dist: section"; exit 1; }

log "building the Collector from ${manifest#"$repo"/} into $src (cold: several minutes on 2 cores; modules from the Go proxy)"
if ! "$builder" --config "$dir/manifest.yaml" >&2; then
	log "the builder failed"
	exit 1
fi
[ -x "$src/otelcol-llmobs" ] || { log "the builder wrote no $src/otelcol-llmobs"; exit 1; }
mv -f "$src/otelcol-llmobs" "$bin.tmp"
mv -f "$bin.tmp" "$bin"
# The generated sources are small; keep them for inspection, drop nothing
# else (compiled packages live in the Go build cache itself).
log "built in $(( $(date +%s) - start ))s: $("$bin" --version)"
echo "$bin"
