#!/usr/bin/env bash
# Side-by-side speed of the pure-Go USE Lite encoder and the reference JS runtime on the same
# 61 sentences (services/embedder/encoder/use/testdata/sentences.json), plus memory.
# Needs: scripts/fetch-models.sh (weights) and scripts/use-reference/install.sh (JS runtime).
set -euo pipefail
cd "$(dirname "$0")/.."
sentences="services/embedder/encoder/use/testdata/sentences.json"
[ -f services/embedder/models/use-lite/model.json ] || ./scripts/fetch-models.sh
echo "== Go (pure Go, GOMAXPROCS=$(nproc)): BenchmarkEmbedGolden = all 61 sentences per op"
(cd services/embedder && go test -run 'TestLoadMemory' -v -bench 'EmbedGolden|EmbedShort' -benchtime "${BENCHTIME:-20x}" ./encoder/use | grep -E 'Benchmark|heap retained')
if command -v node >/dev/null; then
	./scripts/use-reference/install.sh >/dev/null
	echo "== JS reference (@energetic-ai/embeddings 0.2.0, TF.js wasm backend)"
	(cd scripts/use-reference && node embed.mjs "../../$sentences" --bench "${JS_ROUNDS:-3}" >/dev/null)
else
	echo "== JS reference skipped: node not installed"
fi
