package embedder

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/embedder/index"
)

func TestOutputText(t *testing.T) {
	es := llmSpan(msg("user", "q"))
	es.Span.GenAi.OutputMessages = []*llmobsv1.Message{msg("assistant", "  first part"), msg("tool", "ignored"), msg("assistant", "second part  ")}
	if got := outputText(es.Span, 2000); got != "first part\nsecond part" {
		t.Errorf("completion: %q", got)
	}
	es = llmSpan(msg("user", "q"))
	es.Span.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	es.Span.ErrorType, es.Span.StatusMessage = "429", "rate limited for <EMAIL>"
	if got := outputText(es.Span, 2000); got != "error 429: rate limited for <EMAIL>" {
		t.Errorf("error output: %q", got)
	}
	es.Span.ErrorType, es.Span.StatusMessage = "", ""
	if got := outputText(es.Span, 2000); got != "" {
		t.Errorf("nothing answered: %q", got)
	}
	if p, _, _ := extract(llmSpan(msg("user", "q")), 2000); p.out != "" {
		t.Errorf("outputs off: completion %q taken", p.out)
	}
}

// Through the running service with the built-in encoder and
// outputs.enabled: five minutes of ordinary answers, then two in which a
// tenth of the answers are structured-output failures. The completions'
// detector surges on them (GET /api/topics?kind=output, with the redacted
// completions as examples), llmobs.novelty carries an "output" state from
// this instance listing the topic, the prompts of those calls are found
// with flag=novel_output, and the prompts' own states say kind "prompt".
func TestNovelOutputsThroughTheService(t *testing.T) {
	dir := filepath.Join("models", "use-lite")
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		if os.Getenv("LLMOBS_REQUIRE_TOOLS") != "" {
			t.Fatalf("encoder weights not in %s", dir)
		}
		t.Skipf("encoder weights not in %s (run `llmobs models`)", dir)
	}
	enc, err := encoder.NewUSELite(dir)
	if err != nil {
		t.Fatal(err)
	}
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	r := start(t, kc, topics, mem, enc, func(c *Config) { c.Outputs.Enabled = true })
	srv := httptest.NewServer(r.adm)
	defer srv.Close()

	questions := []string{"Why has my refund not arrived yet?", "How do I reset my password when 2FA is lost?", "What are the shipping times to Canada?", "How do I cancel my subscription?"}
	forms := []string{"Here is a short summary: %s. Let me know if you need more detail.", "Sure. First, check your account settings; then %s. That should resolve it.", "Based on the documents I found, %s."}
	bits := []string{"refunds take five to seven business days to appear", "you can request a new recovery code from the security page", "the limit resets every minute, so retry with backoff", "the warranty covers manufacturing defects for two years"}
	failures := []string{`{"error": "output_parse_failure", "detail": "expected ',' or '}' after object key at line 1 column 48"}`,
		`Error: the response did not match the required JSON schema (missing required property "answer").`}
	rng := rand.New(rand.NewPCG(8, 9))
	var spans []*llmobsv1.EnrichedSpan
	const rate = 10
	for i := range 7 * 60 * rate {
		sec := i / rate
		answer := fmt.Sprintf(forms[rng.IntN(len(forms))], bits[rng.IntN(len(bits))])
		for k := rng.IntN(3); k > 0; k-- {
			answer += " " + bits[rng.IntN(len(bits))] + "."
		}
		if sec >= 5*60 && rng.Float64() < 0.1 {
			answer = failures[rng.IntN(len(failures))]
		}
		es := enriched(i, "chat-api", "gpt-4o", questions[rng.IntN(len(questions))], sec, 500, false)
		es.Span.GenAi.OutputMessages = []*llmobsv1.Message{msg("assistant", answer)}
		spans = append(spans, es)
	}
	var recs [][]byte
	for len(spans) > 0 {
		n := min(200, len(spans))
		recs = append(recs, batch(t, spans[:n]...))
		spans = spans[n:]
	}
	produce(t, kc, topics.Enriched, recs...)

	var body TopicsResponse
	waitFor(t, "an output topic surge", 120*time.Second, func() bool {
		resp, err := http.Get(srv.URL + "/api/topics?kind=output&service=chat-api")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body = TopicsResponse{}
		if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&body) != nil {
			t.Fatalf("GET /api/topics?kind=output: %s", resp.Status)
		}
		return len(body.Surges) > 0
	})
	sg := body.Surges[0]
	if !sg.Started || !strings.Contains(strings.Join(sg.Examples, " "), "output_parse_failure") && !strings.Contains(strings.Join(sg.Examples, " "), "schema") {
		t.Fatalf("output surge %+v: want the structured-output failures", sg)
	}
	if w := body.Warm["|chat-api"]; !w.Warm {
		t.Errorf("output warm-up state %+v", body.Warm)
	}
	t.Logf("output surge on %s at %s (%s after the failures began), share %.3f, examples %q", sg.Topic, sg.At.Format(time.TimeOnly),
		sg.At.Sub(time.Date(2026, 11, 22, 10, 5, 0, 0, time.UTC)), sg.Share, sg.Examples)

	var listed *llmobsv1.TopicSurgeReport
	prompts := 0
	waitFor(t, "the output state on llmobs.novelty", 30*time.Second, func() bool {
		prompts = 0
		for _, rec := range readTopic(t, kc, topics.Novelty) {
			var b llmobsv1.TopicSurgeBatch
			if err := proto.Unmarshal(rec.Value, &b); err != nil || string(rec.Key) != "|chat-api" || b.Source != "t" {
				t.Fatalf("llmobs.novelty record %q: %v %+v", rec.Key, err, &b)
			}
			switch b.Kind {
			case KindPrompt:
				prompts++
				if len(b.Reports) > 0 {
					t.Fatalf("a prompt surge from answers alone: %+v", b.Reports[0])
				}
			case KindOutput:
				for _, rep := range b.Reports {
					if rep.TopicId == sg.Topic {
						listed = rep
					}
				}
			default:
				t.Fatalf("kind %q", b.Kind)
			}
		}
		return listed != nil
	})
	if prompts == 0 || listed.Share < 0.03 {
		t.Fatalf("%d prompt states; output state %+v", prompts, listed)
	}

	resp, err := http.Get(srv.URL + "/api/search?q=refund&flag=novel_output&k=10")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var sr SearchResponse
	if err := json.NewDecoder(resp.Body).Decode(&sr); err != nil || len(sr.Results) == 0 {
		t.Fatalf("flag=novel_output search: %v, %d results", err, len(sr.Results))
	}
	for _, h := range sr.Results {
		if !slices.Contains(h.Flags, FlagNovelOutput) {
			t.Errorf("flag=novel_output result %q: flags %v", h.Prompt, h.Flags)
		}
	}
	emb := testutil.ToFloat64(r.svc.m.outputs.WithLabelValues("embedded"))
	dup := testutil.ToFloat64(r.svc.m.outputs.WithLabelValues("deduplicated"))
	if emb+dup != 7*60*rate || testutil.ToFloat64(r.svc.m.outputWarm) != 0 || testutil.ToFloat64(r.svc.m.novelOutputs) == 0 {
		t.Errorf("outputs embedded %v + deduplicated %v, want %d; cold %v; novel %v", emb, dup, 7*60*rate, testutil.ToFloat64(r.svc.m.outputWarm), testutil.ToFloat64(r.svc.m.novelOutputs))
	}
	t.Logf("completions: %v embedded, %v repeats", emb, dup)
}
