package loadgen

import "math/rand/v2"

// The new-output scenario (Config.NewOutputShare): from a chosen time a
// share of the answers is a kind of completion the default traffic never
// gives — the model stops following the answer format and returns a
// structured-output failure instead — for detecting semantic anomalies in
// completions (the embedder's outputs novelty, LLMNovelOutputSurge). Drawn
// from its own random stream, so everything else is drawn as without it.
var newOutputs = []string{
	`{"error": "output_parse_failure", "detail": "expected ',' or '}' after object key at line 1 column 48"}`,
	`I was unable to produce valid JSON for the requested schema: field "answer" is required but missing.`,
	`Error: the response did not match the required JSON schema (missing required property "answer").`,
	`{"status": "invalid", "reason": "schema validation failed: property 'answer' is required"}`,
}

// newOutputCompletion is an answer of the new kind.
func newOutputCompletion(r *rand.Rand) string {
	return newOutputs[r.IntN(len(newOutputs))]
}
