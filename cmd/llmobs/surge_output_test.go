package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/alerter"
	"github.com/llmobs/llmobs/services/embedder"
)

// The output-side variant of issue 23 through the real embedder (outputs
// enabled) and alerter on Kafka: five minutes of ordinary answers, then the
// load generator's structured-output failures (loadgen/novelty.go) in 5 %
// of the answers for three minutes, then ordinary answers again.
// LLMNovelOutputSurge fires within two minutes of event time, once per
// topic, with the failures as (redacted) examples, and resolves after they
// stop; no prompt surge is raised (the questions do not change).
//
// The calls arrive a minute of event time at a time, each once the
// embedder has committed the previous one — as live traffic reaches an
// embedder that keeps up. Written all at once (the first version of this
// test), the 19,200 calls were a backlog: the embedder sampled new
// completions by text hash (keep probability 0.28 above sample_above_lag),
// so whether a failure text counted at all was chance, and it read the
// backlog in one flush, in which the surge started and ended; it sent the
// state only as of the flush's end, listing nothing, so no alert fired.
// The embedder now sends the state after every surge change of a flush
// (TestSurgeWithinOneFlushReachesTheAlerter in services/embedder).
func TestNovelOutputSurgeAlertEndToEnd(t *testing.T) {
	rig := newSurgeRig(t, func(c *embedder.Config) { c.Outputs.Enabled = true })
	c, ctx := rig.c, rig.ctx
	rig.startAlerter()

	questions := []string{"Why has my refund not arrived yet?", "How do I reset my password when 2FA is lost?", "What are the shipping times to Canada?", "How do I cancel my subscription?", "What is the status of my support ticket?"}
	forms := []string{"Here is a short summary: %s. Let me know if you need more detail.", "Sure. First, check your account settings; then %s. That should resolve it.",
		"Based on the documents I found, %s.", "I could not find a definitive answer, but generally %s."}
	bits := []string{"the deadline is the 15th of the month after the quarter ends", "refunds take five to seven business days to appear", "you can request a new recovery code from the security page",
		"the limit resets every minute, so retry with backoff", "group by region and sum the amount column", "the warranty covers manufacturing defects for two years"}
	failures := []string{
		`{"error": "output_parse_failure", "detail": "expected ',' or '}' after object key at line 1 column 48"}`,
		`I was unable to produce valid JSON for the requested schema: field "answer" is required but missing.`,
		`Error: the response did not match the required JSON schema (missing required property "answer").`,
		`{"status": "invalid", "reason": "schema validation failed: property 'answer' is required"}`,
	}
	rng := rand.New(rand.NewPCG(29, 4))
	base := time.Now().Add(-time.Hour).Truncate(time.Minute)
	prod := c.Client(t)
	const rate = 20 // calls per second of event time
	traffic := func(from, to int, share float64) {
		t.Helper()
		b := &llmobsv1.EnrichedSpanBatch{}
		flush := func() {
			v, _ := proto.Marshal(b)
			if err := prod.ProduceSync(ctx, &kgo.Record{Topic: c.Topics.Enriched, Value: v}).FirstErr(); err != nil {
				t.Fatal(err)
			}
			b = &llmobsv1.EnrichedSpanBatch{}
		}
		for i := from * rate; i < to*rate; i++ {
			answer := fmt.Sprintf(forms[rng.IntN(len(forms))], bits[rng.IntN(len(bits))])
			for k := rng.IntN(4); k > 0; k-- {
				answer += " " + bits[rng.IntN(len(bits))] + "."
			}
			if rng.Float64() < share {
				answer = failures[rng.IntN(len(failures))]
			}
			tr := make([]byte, 16)
			binary.BigEndian.PutUint64(tr[8:], uint64(i)+1)
			end := base.Add(time.Duration(i) * time.Second / rate)
			b.Spans = append(b.Spans, &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{
				TraceId: tr, SpanId: tr[8:], Class: llmobsv1.SpanClass_SPAN_CLASS_LLM,
				StartTimeUnixNano: uint64(end.Add(-500 * time.Millisecond).UnixNano()), EndTimeUnixNano: uint64(end.UnixNano()),
				Resource: &llmobsv1.Resource{ServiceName: "chat-api"},
				GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: "gpt-4o",
					InputMessages:  []*llmobsv1.Message{{Role: "user", Content: questions[rng.IntN(len(questions))]}},
					OutputMessages: []*llmobsv1.Message{{Role: "assistant", Content: answer}}},
			}, Redaction: &llmobsv1.Redaction{Mode: "redact"}})
			if len(b.Spans) == 200 {
				flush()
			}
		}
		if len(b.Spans) > 0 {
			flush()
		}
	}
	alerts := func() (out []alerter.Alert) {
		t.Helper()
		rd := c.Client(t, kgo.ConsumeTopics(c.Topics.Alerts), kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
		defer rd.Close()
		for {
			pctx, pc := context.WithTimeout(ctx, 500*time.Millisecond)
			fs := rd.PollFetches(pctx)
			pc()
			if fs.NumRecords() == 0 {
				return out
			}
			fs.EachRecord(func(r *kgo.Record) {
				var a alerter.Alert
				if json.Unmarshal(r.Value, &a) == nil {
					out = append(out, a)
				}
			})
		}
	}
	waitUntil := func(what string, d time.Duration, f func() bool) {
		t.Helper()
		for deadline := time.Now().Add(d); !f(); {
			if time.Now().After(deadline) {
				for _, a := range alerts() {
					t.Logf("alert %s %s %v %s", a.Status, a.Labels["alertname"], a.Labels["topic"], a.Annotations["summary"])
				}
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(300 * time.Millisecond)
		}
	}
	of := func(as []alerter.Alert, name, status string) (out []alerter.Alert) {
		for _, a := range as {
			if a.Labels["alertname"] == name && (status == "" || a.Status == status) {
				out = append(out, a)
			}
		}
		return out
	}

	adm := kadm.NewClient(prod)
	caughtUp := func() bool {
		lags, err := adm.Lag(ctx, "llmobs-embedder")
		if err != nil {
			return false
		}
		var lag int64
		n := 0
		lags.Each(func(l kadm.DescribedGroupLag) {
			for _, ps := range l.Lag {
				for _, m := range ps {
					if m.Commit.At >= 0 {
						n++
						lag += m.Lag
					}
				}
			}
		})
		return n > 0 && lag == 0
	}
	start := time.Now()
	for m := range 12 {
		share := 0.0
		if m >= 5 && m < 8 {
			share = 0.05
		}
		traffic(m*60, (m+1)*60, share)
		waitUntil(fmt.Sprintf("the embedder to commit minute %d", m+1), 60*time.Second, caughtUp)
	}
	t.Logf("12 minutes of calls (%d) embedded in %s", 12*60*rate, time.Since(start).Round(time.Second))
	var fired []alerter.Alert
	waitUntil("LLMNovelOutputSurge firing and resolved", 60*time.Second, func() bool {
		as := alerts()
		fired = of(as, alerter.OutputSurgeAlert, "firing")
		return len(fired) > 0 && len(of(as, alerter.OutputSurgeAlert, "resolved")) == len(fired)
	})
	as := alerts()
	f := fired[0]
	once := map[string]bool{}
	for _, a := range fired {
		ex := a.Annotations["example_1"] + " | " + a.Annotations["example_2"] + " | " + a.Annotations["example_3"]
		if a.Labels["service"] != "chat-api" || !strings.Contains(ex, "schema") && !strings.Contains(ex, "output_parse_failure") {
			t.Errorf("output surge alert %+v: want the failures as examples", a)
		}
		if once[a.Fingerprint] {
			t.Errorf("%s fired twice", a.Labels["topic"])
		}
		once[a.Fingerprint] = true
		if a.StartsAt.Sub(base) < 5*time.Minute {
			t.Errorf("a false alarm: %s surging at %s, before the failures began (5m): %s", a.Labels["topic"], a.StartsAt.Sub(base), a.Annotations["summary"])
		}
		if a.StartsAt.Before(f.StartsAt) {
			f = a
		}
	}
	delay := f.StartsAt.Sub(base) - 5*time.Minute
	t.Logf("LLMNovelOutputSurge: %d fired (topics %v), the first %s after the failures began (event time): %s; examples %q | %q", len(fired), topicsOf(fired), delay, f.Annotations["summary"], f.Annotations["example_1"], f.Annotations["example_2"])
	if delay > 2*time.Minute {
		t.Errorf("fired %s after the failures began, want within 2 minutes", delay)
	}
	for _, r := range of(as, alerter.OutputSurgeAlert, "resolved") {
		end := r.EndsAt.Sub(base)
		if end < 8*time.Minute {
			t.Errorf("resolved at %s, before the failures stopped (8m)", end)
		}
		t.Logf("%s resolved %s after the failures stopped", r.Labels["topic"], end-8*time.Minute)
	}
	if p := of(as, alerter.SurgeAlert, ""); len(p) > 0 {
		t.Errorf("a prompt surge from answers alone: %+v", p[0])
	}
}

func topicsOf(as []alerter.Alert) (out []string) {
	for _, a := range as {
		out = append(out, a.Labels["topic"])
	}
	return out
}
