package embedder

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/index"
)

// A backlog (an outage, a replay) read in one flush can hold a whole
// surge: twelve minutes of calls, a new subject of questions and a new
// kind of answer at 10 % from 5 to 7 minutes, all on llmobs.enriched
// before the embedder starts. The surge starts and ends within the flush;
// llmobs.novelty still carries, for prompts and completions alike, a state
// listing the topic (with its examples) and a later one without it — a
// state taken only at the flush's end listed nothing, and the alerter
// never heard of the surge.
func TestSurgeWithinOneFlushReachesTheAlerter(t *testing.T) {
	kc, topics := newCluster(t)
	questions := []string{"why has my refund not arrived yet", "how do I reset my password", "what are the shipping times to Canada", "how do I cancel my subscription", "what is the status of my ticket"}
	answers := []string{"refunds take five to seven business days", "use the recovery code from the security page", "shipping to Canada takes about a week", "open settings and choose cancel plan", "your ticket is with our support team"}
	rng := rand.New(rand.NewPCG(3, 23))
	var spans []*llmobsv1.EnrichedSpan
	const rate = 5
	for i := range 12 * 60 * rate {
		sec := i / rate
		q, a := questions[rng.IntN(len(questions))], answers[rng.IntN(len(answers))]
		if sec >= 5*60 && sec < 7*60 {
			if rng.Float64() < 0.1 {
				q = fmt.Sprintf("was my personal data exposed in the breach %d", rng.IntN(3))
			}
			if rng.Float64() < 0.1 {
				a = fmt.Sprintf(`{"error": "output_parse_failure", "detail": "invalid json schema %d"}`, rng.IntN(3))
			}
		}
		es := enriched(i, "chat-api", "gpt-4o", q, sec, 500, false)
		es.Span.GenAi.OutputMessages = []*llmobsv1.Message{msg("assistant", a)}
		spans = append(spans, es)
	}
	var recs [][]byte
	for len(spans) > 0 {
		n := min(200, len(spans))
		recs = append(recs, batch(t, spans[:n]...))
		spans = spans[n:]
	}
	produce(t, kc, topics.Enriched, recs...)
	r := start(t, kc, topics, index.NewMemory(), &bowEncoder{}, func(c *Config) {
		c.Outputs.Enabled = true
		c.BatchWait = time.Second
	})
	waitFor(t, "the backlog committed", 60*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	r.stop()

	type seen struct {
		fired, resolved bool
		at              time.Time // when it was first listed
		examples        []string
	}
	got := map[string]*seen{}
	states := map[string]int{}
	for _, rec := range readTopic(t, kc, topics.Novelty) {
		var b llmobsv1.TopicSurgeBatch
		if err := proto.Unmarshal(rec.Value, &b); err != nil {
			t.Fatal(err)
		}
		states[b.Kind]++
		s := got[b.Kind]
		if s == nil {
			s = &seen{}
			got[b.Kind] = s
		}
		switch {
		case len(b.Reports) > 0 && !s.fired:
			s.fired, s.at, s.examples = true, time.UnixMilli(b.Reports[0].SinceUnixMs).UTC(), b.Reports[0].Examples
		case len(b.Reports) == 0 && s.fired:
			s.resolved = true
		}
	}
	begin := time.Date(2026, 11, 22, 10, 5, 0, 0, time.UTC)
	for kind, want := range map[string]string{KindPrompt: "breach", KindOutput: "output_parse_failure"} {
		s := got[kind]
		if s == nil || !s.fired || !s.resolved {
			t.Errorf("%s: %d states on llmobs.novelty, the surge fired %v, resolved %v; want both", kind, states[kind], s != nil && s.fired, s != nil && s.resolved)
			continue
		}
		if d := s.at.Sub(begin); d < 0 || d > 2*time.Minute || !strings.Contains(strings.Join(s.examples, " "), want) {
			t.Errorf("%s surge since %s after it began, examples %q", kind, d, s.examples)
		}
		t.Logf("%s: %d states; the surge listed from %s after it began (examples %q), then resolved", kind, states[kind], s.at.Sub(begin), s.examples)
	}
}

// One tenant asks the same questions in two services; from 5 minutes on,
// 10 % of the questions in both are about a new subject. An index point
// (and its stored topic) is per tenant and text, topics per tenant and
// service: each service's occurrences must count for its own topic of the
// text. The subject surges in both services — before, a text first seen in
// one service counted for no topic in the other (and a flush's
// occurrences all for the service of the latest), so a subject put one way
// surged in one service only.
func TestSameTextInTwoServicesCountsForEach(t *testing.T) {
	kc, topics := newCluster(t)
	questions := []string{"why has my refund not arrived yet", "how do I reset my password", "what are the shipping times to Canada", "how do I cancel my subscription", "what is the status of my ticket"}
	rng := rand.New(rand.NewPCG(4, 23))
	var spans []*llmobsv1.EnrichedSpan
	const rate = 5 // per service
	i := 0
	for sec := range 8 * 60 {
		for _, svc := range []string{"chat-api", "rag-search"} {
			for range rate {
				q := questions[rng.IntN(len(questions))]
				if sec >= 5*60 && rng.Float64() < 0.1 {
					q = "was my personal data exposed in the data breach"
				}
				es := enriched(i, svc, "gpt-4o", q, sec, 500, false)
				es.Span.GenAi.TenantId = "acme"
				spans = append(spans, es)
				i++
			}
		}
	}
	var recs [][]byte
	for len(spans) > 0 {
		n := min(200, len(spans))
		recs = append(recs, batch(t, spans[:n]...))
		spans = spans[n:]
	}
	r := start(t, kc, topics, index.NewMemory(), &bowEncoder{}, func(c *Config) { c.SampleAboveLag = 1 << 40 })
	// A minute at a time, as live traffic comes.
	for len(recs) > 0 {
		n := min(15, len(recs))
		produce(t, kc, topics.Enriched, recs[:n]...)
		recs = recs[n:]
		waitFor(t, "the embedder to commit", 30*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	}
	r.stop()
	surged := map[string]string{}
	for _, rec := range readTopic(t, kc, topics.Novelty) {
		var b llmobsv1.TopicSurgeBatch
		if err := proto.Unmarshal(rec.Value, &b); err != nil {
			t.Fatal(err)
		}
		for _, rep := range b.Reports {
			if _, ok := surged[b.Service]; !ok {
				surged[b.Service] = fmt.Sprintf("%s from +%s: %q", rep.TopicId, time.UnixMilli(rep.SinceUnixMs).UTC().Sub(time.Date(2026, 11, 22, 10, 5, 0, 0, time.UTC)), rep.Examples)
			}
			if !strings.HasPrefix(rep.TopicId, "acme|"+b.Service+"/") || !strings.Contains(strings.Join(rep.Examples, " "), "breach") {
				t.Errorf("%s: surge report %+v", b.Service, rep)
			}
		}
	}
	for _, svc := range []string{"chat-api", "rag-search"} {
		if surged[svc] == "" {
			t.Errorf("%s: the subject did not surge (surges: %v)", svc, surged)
		}
	}
	t.Logf("surges: %v", surged)
}
