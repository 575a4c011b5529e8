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
)

// Issue 23, point 3, through the real embedder and alerter on Kafka: five
// minutes of the usual questions, then a new subject at 10 % of them; the
// embedder's surge state reaches the alerter through llmobs.novelty and
// LLMNovelPromptSurge fires once, with the subject's examples — and a
// restart of the alerter while the surge goes on announces nothing again.
func TestNovelPromptSurgeAlertEndToEnd(t *testing.T) {
	rig := newSurgeRig(t, nil)
	c, ctx, startAlerter := rig.c, rig.ctx, rig.startAlerter
	stopAlerter := startAlerter()

	subjects := []string{"why my refund has not arrived yet", "resetting my password when 2FA is lost", "shipping times to Canada", "how to cancel my subscription", "the status of my support ticket"}
	novel := []string{"whether my personal data was exposed in the data breach announced today", "if my account was affected by today's data breach"}
	forms := []string{"Can you explain %s?", "I need help with %s.", "Please give me step-by-step guidance on %s."}
	rng := rand.New(rand.NewPCG(23, 3))
	base := time.Now().Add(-time.Hour).Truncate(time.Minute)
	prod := c.Client(t)
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
		for i := from * 10; i < to*10; i++ {
			text := fmt.Sprintf(forms[rng.IntN(len(forms))], subjects[rng.IntN(len(subjects))])
			if rng.Float64() < share {
				text = fmt.Sprintf(forms[rng.IntN(len(forms))], novel[rng.IntN(len(novel))])
			}
			tr := make([]byte, 16)
			binary.BigEndian.PutUint64(tr[8:], uint64(i)+1)
			end := base.Add(time.Duration(i) * 100 * time.Millisecond)
			b.Spans = append(b.Spans, &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{
				TraceId: tr, SpanId: tr[8:], Class: llmobsv1.SpanClass_SPAN_CLASS_LLM,
				StartTimeUnixNano: uint64(end.Add(-500 * time.Millisecond).UnixNano()), EndTimeUnixNano: uint64(end.UnixNano()),
				Resource: &llmobsv1.Resource{ServiceName: "chat-api"},
				GenAi:    &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: "gpt-4o", InputMessages: []*llmobsv1.Message{{Role: "user", Content: text}}},
			}, Redaction: &llmobsv1.Redaction{Mode: "redact"}}) // as the enricher leaves it (the embedder embeds only redacted prompts)
			if len(b.Spans) == 200 {
				flush()
			}
		}
		if len(b.Spans) > 0 {
			flush()
		}
	}
	surges := func() []alerter.Alert {
		t.Helper()
		rd := c.Client(t, kgo.ConsumeTopics(c.Topics.Alerts), kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
		defer rd.Close()
		var out []alerter.Alert
		for {
			pctx, pc := context.WithTimeout(ctx, 500*time.Millisecond)
			fs := rd.PollFetches(pctx)
			pc()
			if fs.NumRecords() == 0 {
				return out
			}
			fs.EachRecord(func(r *kgo.Record) {
				var a alerter.Alert
				if json.Unmarshal(r.Value, &a) == nil && a.Labels["alertname"] == alerter.SurgeAlert {
					out = append(out, a)
				}
			})
		}
	}
	waitUntil := func(what string, f func() bool) {
		t.Helper()
		for deadline := time.Now().Add(90 * time.Second); !f(); {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}

	traffic(0, 5*60, 0)
	traffic(5*60, 7*60, 0.1)
	var fired []alerter.Alert
	waitUntil("LLMNovelPromptSurge on llmobs.alerts", func() bool { fired = surges(); return len(fired) > 0 })
	a := fired[0]
	if a.Status != "firing" || a.Labels["service"] != "chat-api" || !strings.Contains(a.Annotations["example_1"]+a.Annotations["example_2"]+a.Annotations["example_3"], "data breach") {
		t.Fatalf("surge alert %+v", a)
	}
	if at := a.StartsAt.Sub(base); at < 5*time.Minute || at > 7*time.Minute {
		t.Fatalf("surge starts %s into the traffic; the subject appeared at 5m", at)
	}
	t.Logf("LLMNovelPromptSurge fired %s after the new subject appeared (event time): %s", a.StartsAt.Sub(base)-5*time.Minute, a.Annotations["summary"])

	// The alerter restarts while the surge goes on: nothing is announced
	// again.
	stopAlerter()
	traffic(7*60, 8*60, 0.1)
	stopAlerter = startAlerter()
	defer stopAlerter()
	traffic(8*60, 9*60, 0.1)
	// Once the embedder and the restarted alerter have read everything
	// (their groups' lag 0, transaction markers aside), nothing new may
	// be on llmobs.alerts.
	adm := kadm.NewClient(prod)
	caughtUp := func(group string) bool {
		lags, err := adm.Lag(ctx, group)
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
	waitUntil("the embedder and the restarted alerter caught up", func() bool {
		return caughtUp("llmobs-embedder") && caughtUp("llmobs-alerter-surges")
	})
	if got := surges(); len(got) != len(fired) {
		t.Fatalf("%d surge events after the alerter's restart, %d before: %+v", len(got), len(fired), got)
	}
}
