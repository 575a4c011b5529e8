package embedder

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/novelty"
)

// Through the running service with the built-in encoder: five minutes of
// a steady mix of questions, then two minutes in which a new subject makes
// a tenth of them. GET /api/topics shows the surge with the subject's
// (redacted) examples, the warm-up state, and search finds the prompts
// flagged novel_prompt and filters by topic.
func TestTopicsAndNovelPromptsThroughTheService(t *testing.T) {
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
	r := start(t, kc, topics, mem, enc)
	srv := httptest.NewServer(r.adm)
	defer srv.Close()

	subjects := []string{"why my refund has not arrived yet", "resetting my password when 2FA is lost", "shipping times to Canada", "how to cancel my subscription", "the status of my support ticket"}
	novel := []string{"whether my personal data was exposed in the data breach announced today", "if my account was affected by today's data breach"}
	forms := []string{"Can you explain %s?", "I need help with %s.", "Please give me step-by-step guidance on %s."}
	rng := rand.New(rand.NewPCG(5, 6))
	var spans []*llmobsv1.EnrichedSpan
	const rate = 10 // questions per second of event time
	for i := range 7 * 60 * rate {
		sec := i / rate
		text := fmt.Sprintf(forms[rng.IntN(len(forms))], subjects[rng.IntN(len(subjects))])
		if sec >= 5*60 && rng.Float64() < 0.1 {
			text = fmt.Sprintf(forms[rng.IntN(len(forms))], novel[rng.IntN(len(novel))])
		}
		spans = append(spans, enriched(i, "chat-api", "gpt-4o", text, sec, 500, false))
	}
	var recs [][]byte
	for len(spans) > 0 {
		n := min(200, len(spans))
		recs = append(recs, batch(t, spans[:n]...))
		spans = spans[n:]
	}
	produce(t, kc, topics.Enriched, recs...)

	distinct := len(subjects)*len(forms) + len(novel)*len(forms)
	waitFor(t, "every distinct question indexed", 60*time.Second, func() bool { return count(t, mem) == uint64(distinct) })
	var body TopicsResponse
	waitFor(t, "a topic surge", 60*time.Second, func() bool {
		resp, err := http.Get(srv.URL + "/api/topics?service=chat-api")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body = TopicsResponse{}
		if resp.StatusCode != 200 || json.NewDecoder(resp.Body).Decode(&body) != nil {
			t.Fatalf("GET /api/topics: %s", resp.Status)
		}
		if os.Getenv("DBG") != "" {
			b, _ := json.Marshal(body)
			t.Logf("%.1500s", b)
		}
		return len(body.Surges) > 0
	})
	sg := body.Surges[0]
	if !sg.Started || !strings.Contains(strings.Join(sg.Examples, " "), "data breach") || sg.Service != "chat-api" {
		t.Fatalf("surge %+v: want the data-breach subject starting", sg)
	}
	if w := body.Warm["|chat-api"]; !w.Warm || w.Prompts < 300 {
		t.Errorf("warm-up state %+v", body.Warm)
	}
	if len(body.Topics) < len(subjects) {
		t.Errorf("%d topics listed for %d subjects", len(body.Topics), len(subjects))
	}
	// Each topic carries its share's recent history (the console's
	// sparkline), ending at its share.
	for _, tp := range body.Topics {
		if h := tp.History; len(h) == 0 || len(h) > novelty.HistoryPoints || h[len(h)-1] != tp.Share {
			t.Errorf("topic %s: history %v, share %g", tp.ID, h, tp.Share)
			break
		}
	}
	t.Logf("surge on %s at %s, share %.3f; %d topics", sg.Topic, sg.At.Format(time.TimeOnly), sg.Share, len(body.Topics))

	// The alerter's input: llmobs.novelty holds the service's surge
	// states, keyed by tenant|service; one lists the data-breach topic with
	// its examples, and none lists a topic before the warm-up.
	var listed *llmobsv1.TopicSurgeReport
	waitFor(t, "the surge state on llmobs.novelty", 30*time.Second, func() bool {
		for _, r := range readTopic(t, kc, topics.Novelty) {
			var b llmobsv1.TopicSurgeBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil || string(r.Key) != "|chat-api" || b.Service != "chat-api" {
				t.Fatalf("llmobs.novelty record %q: %v %+v", r.Key, err, &b)
			}
			for _, rep := range b.Reports {
				if rep.TopicId == sg.Topic {
					listed = rep
				}
			}
		}
		return listed != nil
	})
	if !strings.Contains(strings.Join(listed.Examples, " "), "data breach") || listed.Share < 0.03 || listed.SinceUnixMs != sg.At.UnixMilli() {
		t.Fatalf("surge state %+v", listed)
	}

	resp, err := http.Get(srv.URL + "/api/search?q=data+breach&novel=true&k=5")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var sr SearchResponse
	if err := json.NewDecoder(resp.Body).Decode(&sr); err != nil || len(sr.Results) == 0 {
		t.Fatalf("novel=true search: %v, %d results", err, len(sr.Results))
	}
	for _, h := range sr.Results {
		if len(h.Flags) != 1 || h.Flags[0] != "novel_prompt" || h.Topic == "" {
			t.Errorf("novel=true result %q: flags %v topic %q", h.Prompt, h.Flags, h.Topic)
		}
	}
	resp2, err := http.Get(srv.URL + "/api/search?q=refund&k=20&topic=" + sg.Topic)
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	var tr SearchResponse
	if err := json.NewDecoder(resp2.Body).Decode(&tr); err != nil {
		t.Fatal(err)
	}
	for _, h := range tr.Results {
		if h.Topic != sg.Topic {
			t.Errorf("topic filter returned a prompt of %s", h.Topic)
		}
	}
}

// readTopic reads topic (read_committed) from its start to its end.
func readTopic(t *testing.T, kc kafka.Config, topic string) []*kgo.Record {
	t.Helper()
	cl, err := kafka.NewClient(kc, "test-reader", kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var out []*kgo.Record
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			return out
		}
		out = append(out, fs.Records()...)
	}
}

// The novelty detector's state survives a restart: the first instance
// writes it to llmobs.embedder.state; the next one restores it before
// reading on, so it is warm at once (a cold one would flag nothing and
// raise no surge for warm_up prompts) and a new subject surges and
// reaches llmobs.novelty.
func TestNoveltyStateSurvivesRestart(t *testing.T) {
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
	subjects := []string{"why my refund has not arrived yet", "resetting my password when 2FA is lost", "shipping times to Canada", "how to cancel my subscription", "the status of my support ticket"}
	novel := []string{"whether my personal data was exposed in the data breach announced today", "if my account was affected by today's data breach"}
	forms := []string{"Can you explain %s?", "I need help with %s.", "Please give me step-by-step guidance on %s."}
	rng := rand.New(rand.NewPCG(7, 8))
	traffic := func(from, to int, share float64) {
		var spans []*llmobsv1.EnrichedSpan
		for i := from * 10; i < to*10; i++ {
			text := fmt.Sprintf(forms[rng.IntN(len(forms))], subjects[rng.IntN(len(subjects))])
			if rng.Float64() < share {
				text = fmt.Sprintf(forms[rng.IntN(len(forms))], novel[rng.IntN(len(novel))])
			}
			spans = append(spans, enriched(i, "chat-api", "gpt-4o", text, i/10, 500, false))
		}
		var recs [][]byte
		for len(spans) > 0 {
			n := min(200, len(spans))
			recs = append(recs, batch(t, spans[:n]...))
			spans = spans[n:]
		}
		produce(t, kc, topics.Enriched, recs...)
	}
	snapEvery := func(c *Config) { c.NoveltySnapshotInterval = time.Nanosecond }
	first := start(t, kc, topics, index.NewMemory(), enc, snapEvery)
	traffic(0, 5*60, 0) // five minutes of the usual questions
	waitFor(t, "the first instance warm and its state written", 60*time.Second, func() bool {
		return testutil.ToFloat64(first.svc.m.snapshots) > 0 && first.svc.nov.Warm()["|chat-api"] >= 3000
	})
	first.stop()

	second := start(t, kc, topics, index.NewMemory(), enc, snapEvery)
	waitFor(t, "the state restored", 30*time.Second, func() bool { return testutil.ToFloat64(second.svc.m.restored) == 1 })
	if n := second.svc.nov.Warm()["|chat-api"]; n < 3000 {
		t.Fatalf("restored detector has seen %d prompts, want the first instance's 3000", n)
	}
	traffic(5*60, 7*60, 0.1) // then two minutes with a new subject at 10 %
	waitFor(t, "the surge on llmobs.novelty", 60*time.Second, func() bool {
		for _, r := range readTopic(t, kc, topics.Novelty) {
			var b llmobsv1.TopicSurgeBatch
			if proto.Unmarshal(r.Value, &b) == nil {
				for _, rep := range b.Reports {
					if strings.Contains(strings.Join(rep.Examples, " "), "data breach") {
						return true
					}
				}
			}
		}
		return false
	})
}
