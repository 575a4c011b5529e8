package alerter

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestNovelPromptSurgeAlerts: a topic surge on llmobs.novelty fires
// LLMNovelPromptSurge once, with the topic's examples; the same state read
// again, and a restart of the alerter, announce nothing more; the state that
// no longer lists the topic resolves it, once; a record that does not
// decode goes to the DLQ.
func TestNovelPromptSurgeAlerts(t *testing.T) {
	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts, topics.Novelty, topics.DLQ), kafkatest.TopicPartitions(2, topics.Novelty))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	t0 := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	state := func(min int, topicIDs ...string) []byte {
		b := &llmobsv1.TopicSurgeBatch{Tenant: "acme", Service: "support", AtUnixMs: t0.Add(time.Duration(min) * time.Minute).UnixMilli()}
		for _, id := range topicIDs {
			b.Reports = append(b.Reports, &llmobsv1.TopicSurgeReport{TopicId: id, Surging: true, Share: 0.12, BaselineShare: 0, Recent: 40, BucketMs: 60000, IsNew: true, SinceUnixMs: t0.Add(50 * time.Second).UnixMilli(),
				Examples: []string{"how do I export my <EMAIL> contacts to the new CRM?", "can the CRM import contacts from a CSV?"}})
		}
		v, _ := proto.Marshal(b)
		return v
	}
	send := func(v []byte) {
		t.Helper()
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
	cfg := DefaultConfig()

	send(state(0))                         // warm, nothing surging
	send(state(1, "acme|support/crm"))     // a surge starts
	send(state(1, "acme|support/crm"))     // the same state again (the embedder re-sent it)
	send([]byte("not a surge state \xff")) // garbage
	s1, stop1 := startService(t, cfg, testDeps(t, c.ListenAddrs(), "a"))
	waitFor(t, "the states read", func() bool { return s1.surges != nil && testutil.ToFloat64(s1.surges.in) == 3 })
	waitFor(t, "the firing event", func() bool { return len(events()) == 1 })
	rec := httptest.NewRecorder()
	s1.handleAlerts(rec, httptest.NewRequest("GET", "/api/alerts", nil))
	var active []Alert
	if err := json.Unmarshal(rec.Body.Bytes(), &active); err != nil || len(active) != 1 || active[0].Labels["alertname"] != SurgeAlert {
		t.Fatalf("/api/alerts: %v %s", err, rec.Body.String())
	}
	stop1()

	send(state(2, "acme|support/crm")) // still surging: nothing new after the restart
	s2, stop2 := startService(t, cfg, testDeps(t, c.ListenAddrs(), "a"))
	waitFor(t, "the restarted instance reads on", func() bool { return s2.surges != nil && testutil.ToFloat64(s2.surges.in) == 1 })
	send(state(3)) // the topic is no longer surging
	waitFor(t, "the resolved event", func() bool { return len(events()) >= 2 })
	stop2()

	as := events()
	if len(as) != 2 {
		t.Fatalf("%d events, want firing and resolved: %+v", len(as), as)
	}
	f, r := as[0], as[1]
	if f.Status != "firing" || r.Status != "resolved" || f.Fingerprint != r.Fingerprint || f.Fingerprint != Fingerprint(f.Labels) {
		t.Fatalf("events %+v", as)
	}
	if f.Labels["alertname"] != SurgeAlert || f.Labels["service"] != "support" || f.Labels["tenant"] != "acme" || f.Labels["topic"] != "acme|support/crm" ||
		f.Annotations["example_1"] != "how do I export my <EMAIL> contacts to the new CRM?" || !f.StartsAt.Equal(t0.Add(50*time.Second)) || !r.EndsAt.Equal(t0.Add(3*time.Minute)) {
		t.Fatalf("firing %+v\nresolved %+v", f, r)
	}
	if n := dlqCount(t, c.ListenAddrs()); n != 1 {
		t.Fatalf("%d DLQ records, want the garbage one", n)
	}
}
