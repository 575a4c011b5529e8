package alerter

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

var outT0 = time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)

func surgeState(kind, source string, min int, topicIDs ...string) *llmobsv1.TopicSurgeBatch {
	b := &llmobsv1.TopicSurgeBatch{Tenant: "acme", Service: "support", AtUnixMs: outT0.Add(time.Duration(min) * time.Minute).UnixMilli(), Kind: kind, Source: source}
	for _, id := range topicIDs {
		b.Reports = append(b.Reports, &llmobsv1.TopicSurgeReport{TopicId: id, Surging: true, Share: 0.06, Recent: 70, BucketMs: 60000, IsNew: true,
			SinceUnixMs: outT0.Add(time.Duration(min) * time.Minute).UnixMilli(),
			Examples:    []string{`{"error": "output_parse_failure", "detail": "expected ',' at <EMAIL>"}`}})
	}
	return b
}

// TestNovelOutputSurgeAlerts: an output state on llmobs.novelty fires
// LLMNovelOutputSurge once, with the (redacted) completions as examples; a
// prompt state of the same service, which lists no topic, leaves it alone
// (each kind is its own level); the output state that no longer lists the
// topic resolves it; an unknown kind goes to the DLQ.
func TestNovelOutputSurgeAlerts(t *testing.T) {
	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts, topics.Novelty, topics.DLQ))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	send := func(b *llmobsv1.TopicSurgeBatch) {
		t.Helper()
		v, _ := proto.Marshal(b)
		if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: topics.Novelty, Key: []byte("acme|support"), Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	events := func() []Alert {
		as, err := readAll(c.ListenAddrs(), topics.Alerts)
		if err != nil {
			t.Fatal(err)
		}
		return as
	}
	send(surgeState("output", "emb-1", 0))
	send(surgeState("output", "emb-1", 1, "acme|support/json"))
	send(surgeState("", "emb-1", 1)) // prompts: nothing surging
	send(surgeState("prompt", "emb-1", 2))
	send(surgeState("output", "emb-1", 2, "acme|support/json"))
	send(surgeState("thoughts", "emb-1", 2)) // unknown kind: DLQ
	send(surgeState("output", "emb-1", 3))
	_, stop := startService(t, DefaultConfig(), testDeps(t, c.ListenAddrs(), "a"))
	waitFor(t, "firing and resolved", func() bool { return len(events()) >= 2 })
	stop()
	as := events()
	if len(as) != 2 {
		t.Fatalf("%d events, want firing and resolved: %+v", len(as), as)
	}
	f, r := as[0], as[1]
	if f.Status != "firing" || r.Status != "resolved" || f.Fingerprint != r.Fingerprint || f.Labels["alertname"] != OutputSurgeAlert ||
		f.Labels["topic"] != "acme|support/json" || f.Annotations["example_1"] != `{"error": "output_parse_failure", "detail": "expected ',' at <EMAIL>"}` ||
		f.Annotations["source"] != "emb-1" || !r.EndsAt.Equal(outT0.Add(3*time.Minute)) {
		t.Fatalf("firing %+v\nresolved %+v", f, r)
	}
	t.Logf("%s: %s", f.Labels["alertname"], f.Annotations["summary"])
	if n := dlqCount(t, c.ListenAddrs()); n != 1 {
		t.Fatalf("%d DLQ records, want the unknown kind", n)
	}
}

// Several embedder instances each send their own states of a service: an
// alert fires once while any of them lists the topic and resolves when
// none does — they no longer resolve each other's alerts — and a source
// that stops sending stops counting after sourceStale. After a rebuild, a
// firing alert is held for the source that fired it.
func TestSurgeLevelsPerSource(t *testing.T) {
	l := &surgeLoop{s: &Service{cfg: DefaultConfig()}, firing: map[string]Alert{}, levels: map[levelKey]map[string]*sourceLevel{}}
	step := func(b *llmobsv1.TopicSurgeBatch) (fired, resolved int) {
		for _, a := range l.apply(b) {
			if a.Status == "firing" {
				fired++
			} else {
				resolved++
			}
		}
		return
	}
	check := func(what string, b *llmobsv1.TopicSurgeBatch, fired, resolved int) {
		t.Helper()
		if f, r := step(b); f != fired || r != resolved {
			t.Fatalf("%s: %d fired, %d resolved; want %d, %d", what, f, r, fired, resolved)
		}
	}
	check("a surges", surgeState("output", "a", 1, "T"), 1, 0)
	check("b lists nothing", surgeState("output", "b", 1), 0, 0)
	check("a again", surgeState("output", "a", 2, "T"), 0, 0)
	check("b lists it too", surgeState("output", "b", 2, "T"), 0, 0)
	check("a ends", surgeState("output", "a", 3), 0, 0)
	check("b ends", surgeState("output", "b", 3), 0, 1)
	check("b surges", surgeState("output", "b", 4, "T"), 1, 0)
	// b stops sending (it left): a's states 5 minutes of event time later
	// resolve it.
	check("a, b recent", surgeState("output", "a", 6), 0, 0)
	check("a, b stale", surgeState("output", "a", 10), 0, 1)

	// A rebuild (restart): levels unknown, the firing set read back.
	check("c surges", surgeState("output", "c", 11, "T"), 1, 0)
	l.levels = map[levelKey]map[string]*sourceLevel{}
	check("a after the rebuild: c's alert held", surgeState("output", "a", 12), 0, 0)
	check("c says it ended", surgeState("output", "c", 12), 0, 1)
}
