package novelty

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// What the load generator's models answer (loadgen/content.go: answers
// drawn from templates and fragments, long ones with more fragments; failed
// calls' error type and status message, as the embedder's outputText reads
// them), and the new-output scenario's structured-output failures
// (loadgen/novelty.go).
var (
	answerForms = []string{
		"Here is a short summary: %s. Let me know if you need more detail.",
		"Sure. First, check your account settings; then %s. That should resolve it.",
		"Based on the documents I found, %s.",
		"I could not find a definitive answer, but generally %s.",
	}
	answerBits = []string{
		"the deadline is the 15th of the month after the quarter ends",
		"refunds take five to seven business days to appear",
		"you can request a new recovery code from the security page",
		"the limit resets every minute, so retry with backoff",
		"group by region and sum the amount column",
		"the warranty covers manufacturing defects for two years",
	}
	errorOutputs = []string{"error 429: upstream error", "error 500: upstream error", "error timeout: upstream error"}
	newOutputs   = []string{
		`{"error": "output_parse_failure", "detail": "expected ',' or '}' after object key at line 1 column 48"}`,
		`I was unable to produce valid JSON for the requested schema: field "answer" is required but missing.`,
		`Error: the response did not match the required JSON schema (missing required property "answer").`,
		`{"status": "invalid", "reason": "schema validation failed: property 'answer' is required"}`,
	}
)

// outputCorpus: a pool of distinct default answers (nearly every answer
// the load generator gives is distinct: fragments in random order), the
// error outputs and the new kind, embedded with the built-in encoder.
func outputCorpus(t *testing.T, n int) *corpus {
	t.Helper()
	c := loadCorpus(t) // skips without the weights
	rng := rand.New(rand.NewPCG(21, 22))
	seen := map[string]bool{}
	for len(c.def) < n {
		s := fmt.Sprintf(answerForms[rng.IntN(len(answerForms))], answerBits[rng.IntN(len(answerBits))])
		for k := rng.IntN(6); k > 0; k-- {
			s += " " + answerBits[rng.IntN(len(answerBits))] + "."
		}
		if !seen[s] {
			seen[s] = true
			c.def = append(c.def, s)
		}
	}
	c.def = append(c.def, errorOutputs...)
	c.novel = newOutputs
	enc, err := encoder.NewUSELite("../models/use-lite")
	if err != nil {
		t.Fatal(err)
	}
	all := append(append([]string{}, c.def...), c.novel...)
	vs, err := enc.Embed(t.Context(), all)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range all {
		c.vecs[s] = vs[i]
	}
	return c
}

// answer draws a default answer: an error 3 % of the time.
func (c *corpus) answer(rng *rand.Rand) string {
	if rng.Float64() < 0.03 {
		return c.def[len(c.def)-len(errorOutputs)+rng.IntN(len(errorOutputs))]
	}
	return c.def[rng.IntN(len(c.def)-len(errorOutputs))]
}

// The output-side variant with the embedder's default settings for it
// (the prompts' detector settings but min_share 2 %): an hour of the load
// generator's answers at 20 calls/s raises no surge; then a new kind of
// answer (a structured-output failure) at 5 % of the calls surges within 2
// minutes of event time, its answers are flagged novel at first, and the
// surge ends after it stops. Three hours more of default answers (other
// seeds) raise nothing either.
func TestNovelOutputSurgeAndNoFalseAlarms(t *testing.T) {
	c := outputCorpus(t, 2500)
	const rate = 20
	step := time.Second / rate
	for seed := range uint64(3) {
		s := &stream{d: New(Config{MinShare: 0.02}), c: c, topic: map[string]string{}, novel: map[string]bool{}}
		rng := rand.New(rand.NewPCG(31+seed, 41))
		at := baseTime
		for range 3600 * rate {
			s.ask(c.answer(rng), at)
			at = at.Add(step)
		}
		if len(s.surges) > 0 {
			t.Fatalf("seed %d: false alarm in an hour of default answers: %+v", seed, s.surges[0].Topic)
		}
		if seed > 0 {
			continue
		}
		start := at
		var detected time.Time
		var surged Surge
		for range 10 * 60 * rate {
			text := c.answer(rng)
			if rng.Float64() < 0.05 {
				text = c.novel[rng.IntN(len(c.novel))]
			}
			n := len(s.surges)
			s.ask(text, at)
			for _, sg := range s.surges[n:] {
				if sg.Started && detected.IsZero() {
					detected, surged = at, sg
				}
			}
			at = at.Add(step)
		}
		if detected.IsZero() {
			t.Fatalf("a new kind of answer at 5%% for 10 minutes raised no surge")
		}
		delay := detected.Sub(start)
		t.Logf("new kind of answer at 5%%: surge after %s of event time, topic share %.3f, examples %q", delay, surged.Topic.Share, surged.Examples)
		if delay > 2*time.Minute {
			t.Errorf("detected after %s, want within 2 minutes", delay)
		}
		novel := 0
		for _, text := range c.novel {
			if s.novel[text] {
				novel++
			}
		}
		if novel == 0 {
			t.Errorf("no answer of the new kind flagged novel")
		}
		for _, ex := range surged.Examples {
			if !contains(c.novel, ex) {
				t.Errorf("surge example %q is not of the new kind", ex)
			}
		}
		stop := at
		var ended time.Time
		for range 10 * 60 * rate {
			n := len(s.surges)
			s.ask(c.answer(rng), at)
			for _, sg := range s.surges[n:] {
				if !sg.Started && sg.Topic.ID == surged.Topic.ID && ended.IsZero() {
					ended = at
				}
			}
			at = at.Add(step)
		}
		if ended.IsZero() || ended.Sub(stop) > 4*time.Minute {
			t.Errorf("surge end: %v after the new kind stopped", ended.Sub(stop))
		}
		t.Logf("surge ended %s after the new kind stopped", ended.Sub(stop))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
