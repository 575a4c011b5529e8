package embedder

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/internal/fakeqdrant"
)

// bowEncoder is a fast deterministic test encoder: a hashed bag of words,
// L2-normalised, so prompts sharing words are close.
type bowEncoder struct{ calls atomic.Int64 }

func (*bowEncoder) Dim() int     { return 64 }
func (*bowEncoder) Name() string { return "bow-test" }
func (e *bowEncoder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	e.calls.Add(int64(len(texts)))
	out := make([][]float32, len(texts))
	for i, t := range texts {
		v := make([]float32, 64)
		for _, w := range strings.Fields(strings.ToLower(t)) {
			h := fnv.New32a()
			h.Write([]byte(strings.Trim(w, "?.,!")))
			v[h.Sum32()%64]++
		}
		var n float64
		for _, x := range v {
			n += float64(x * x)
		}
		if n > 0 {
			for j := range v {
				v[j] /= float32(math.Sqrt(n))
			}
		}
		out[i] = v
	}
	return out, nil
}

// flakyIndex fails every call with ErrUnavailable while down.
type flakyIndex struct {
	index.Index
	down   atomic.Bool
	failed atomic.Int64
}

func (f *flakyIndex) check() error {
	if f.down.Load() {
		f.failed.Add(1)
		return fmt.Errorf("flaky: %w", index.ErrUnavailable)
	}
	return nil
}
func (f *flakyIndex) Upsert(ctx context.Context, p []index.Point) error {
	if err := f.check(); err != nil {
		return err
	}
	return f.Index.Upsert(ctx, p)
}
func (f *flakyIndex) SetPayload(ctx context.Context, u map[string]index.Payload) error {
	if err := f.check(); err != nil {
		return err
	}
	return f.Index.SetPayload(ctx, u)
}
func (f *flakyIndex) Get(ctx context.Context, ids []string) (map[string]index.Payload, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return f.Index.Get(ctx, ids)
}

func newCluster(t *testing.T) (kafka.Config, kafka.Topics) {
	t.Helper()
	c := kafkatest.New(t, kafkatest.Partitions(2))
	return c.Kafka, c.Topics
}

type running struct {
	svc  *Service
	adm  *admin.Server
	reg  *prometheus.Registry
	stop func()
}

func start(t *testing.T, kc kafka.Config, topics kafka.Topics, idx index.Index, enc encoder.Encoder, mut ...func(*Config)) *running {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	adm := admin.New(log)
	cfg := DefaultConfig()
	cfg.BatchWait = 50 * time.Millisecond
	cfg.MaxBackoff = 200 * time.Millisecond
	for _, m := range mut {
		m(&cfg)
	}
	svc, err := NewWith(cfg, service.Deps{Log: log, Metrics: adm.Registry, Admin: adm, Kafka: kc, Topics: topics, InstanceID: "t", ShutdownTimeout: 5 * time.Second}, enc, idx)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return &running{svc: svc, adm: adm, reg: adm.Registry, stop: stop}
}

func traceID(i int) []byte {
	b := make([]byte, 16)
	b[0], b[14], b[15] = 0xab, byte(i>>8), byte(i)
	return b
}

// enriched builds an LLM span asking text, at second sec, with latency ms.
func enriched(i int, service, model, text string, sec int, latencyMS int, isErr bool) *llmobsv1.EnrichedSpan {
	end := uint64(time.Date(2026, 11, 22, 10, 0, sec, 0, time.UTC).UnixNano())
	es := llmSpan(msg("system", "be brief"), msg("user", text))
	es.Span.TraceId = traceID(i)
	es.Span.EndTimeUnixNano = end
	es.Span.StartTimeUnixNano = end - uint64(latencyMS)*1e6
	es.Span.Resource.ServiceName = service
	es.Span.GenAi.RequestModel = model
	if isErr {
		es.Span.StatusCode = llmobsv1.StatusCode_STATUS_CODE_ERROR
	}
	return es
}

func produce(t *testing.T, kc kafka.Config, topic string, values ...[]byte) {
	t.Helper()
	cl, err := kafka.NewClient(kc, "test-producer")
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var recs []*kgo.Record
	for _, v := range values {
		recs = append(recs, &kgo.Record{Topic: topic, Value: v})
	}
	if err := cl.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

func batch(t *testing.T, spans ...*llmobsv1.EnrichedSpan) []byte {
	b, err := proto.Marshal(&llmobsv1.EnrichedSpanBatch{Spans: spans})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func count(t *testing.T, idx index.Index) uint64 {
	n, err := idx.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// committedLag is the group's lag on llmobs.enriched: 0 once everything
// read was committed.
func committedLag(t *testing.T, kc kafka.Config, topic, group string) int64 {
	cl, err := kafka.NewClient(kc, "test-admin")
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	lags, err := adm.Lag(context.Background(), group)
	if err != nil {
		return -1
	}
	var total int64
	parts := 0
	for _, gl := range lags {
		if gl.FetchErr != nil || gl.DescribeErr != nil {
			return -1
		}
		for _, l := range gl.Lag[topic] {
			if l.Err != nil {
				return -1
			}
			total += l.Lag
			parts++
		}
	}
	if parts == 0 {
		// The group has not joined or committed yet: nothing is known
		// (this read as "no lag" and let a test stop the embedder before
		// it had read anything).
		return -1
	}
	return total
}

func TestPipelineDedupDLQAndCommit(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	enc := &bowEncoder{}
	r := start(t, kc, topics, mem, enc)

	retrieval := enriched(99, "rag", "", "ignored", 1, 5, false)
	retrieval.Span.Class = llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL
	produce(t, kc, topics.Enriched,
		batch(t,
			enriched(1, "chat-api", "gpt-4o", "How do I reset my password?", 1, 800, false),
			enriched(2, "chat-api", "gpt-4o", "how do I reset my   PASSWORD?", 2, 900, false),
			enriched(3, "billing", "claude-sonnet-4", "Why was my invoice charged twice?", 3, 2500, true),
			retrieval,
		),
		[]byte("\xff\x00 not a protobuf batch"),
		batch(t, enriched(4, "chat-api", "gpt-4o-mini", "How do I reset my password?", 5, 700, false)),
	)
	waitFor(t, "2 distinct prompts indexed and everything committed", 10*time.Second, func() bool {
		return count(t, mem) == 2 && committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 &&
			testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("deduplicated")) == 2
	})
	if got := enc.calls.Load(); got != 2 {
		t.Errorf("encoder called for %d texts; a repeated prompt must be embedded once (want 2)", got)
	}
	got, err := mem.Get(context.Background(), []string{index.PointID(textHash("How do I reset my password?"))})
	if err != nil || len(got) != 1 {
		t.Fatalf("get: %v %v", got, err)
	}
	for _, p := range got {
		if p.Hits != 3 {
			t.Errorf("hits %d, want 3", p.Hits)
		}
		if p.Model != "gpt-4o-mini" || p.TraceID != fmt.Sprintf("%x", traceID(4)) {
			t.Errorf("latest occurrence not kept: %+v", p)
		}
		if len(p.TraceIDs) != 3 || p.TraceIDs[0] != fmt.Sprintf("%x", traceID(4)) {
			t.Errorf("trace ids %v", p.TraceIDs)
		}
		if !p.FirstSeen.Equal(time.Date(2026, 11, 22, 10, 0, 1, 0, time.UTC)) || !p.LastSeen.Equal(time.Date(2026, 11, 22, 10, 0, 5, 0, time.UTC)) {
			t.Errorf("first/last seen %v %v", p.FirstSeen, p.LastSeen)
		}
		if p.Encoder != "bow-test" {
			t.Errorf("encoder %q", p.Encoder)
		}
	}
	if v := testutil.ToFloat64(r.svc.m.dlq.WithLabelValues("decode_error")); v != 1 {
		t.Errorf("dlq count %v", v)
	}
	if v := testutil.ToFloat64(r.svc.m.skipped.WithLabelValues(skipNotLLM)); v != 1 {
		t.Errorf("skipped not_llm %v", v)
	}
	// The garbage record is in the DLQ with its reason.
	cl, err := kafka.NewClient(kc, "test-dlq", kgo.ConsumeTopics(topics.DLQ), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	fs := cl.PollFetches(ctx)
	if fs.NumRecords() != 1 || kafka.Header(fs.Records()[0], kafka.HeaderDLQReason) != "decode_error" {
		t.Fatalf("dlq records %d", fs.NumRecords())
	}

	// A replay (another group reading from the start) rewrites the same
	// points: the index does not grow.
	r.stop()
	r2 := start(t, kc, topics, mem, &bowEncoder{}, func(c *Config) { c.Group = "replay" })
	waitFor(t, "replay committed", 10*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "replay") == 0 })
	r2.stop()
	if n := count(t, mem); n != 2 {
		t.Errorf("replay grew the index to %d points", n)
	}
}

func TestIndexOutageBacksOffAndKeepsOffsets(t *testing.T) {
	kc, topics := newCluster(t)
	flaky := &flakyIndex{Index: index.NewMemory()}
	r := start(t, kc, topics, flaky, &bowEncoder{})
	waitFor(t, "ready", 5*time.Second, func() bool { return r.svc.readiness() == nil })
	flaky.down.Store(true)
	produce(t, kc, topics.Enriched, batch(t,
		enriched(1, "chat-api", "gpt-4o", "where is my parcel", 1, 100, false),
		enriched(2, "chat-api", "gpt-4o", "cancel my subscription", 2, 100, false)))
	waitFor(t, "retries while down", 10*time.Second, func() bool { return flaky.failed.Load() >= 3 })
	if lag := committedLag(t, kc, topics.Enriched, "llmobs-embedder"); lag == 0 {
		t.Fatal("offsets committed while the index was down")
	}
	if v := testutil.ToFloat64(r.svc.m.indexUp); v != 0 {
		t.Errorf("index_up %v while down", v)
	}
	// The search API answers (503, not a hang) during the outage.
	srv := httptest.NewServer(r.adm)
	defer srv.Close()
	flaky.down.Store(false)
	waitFor(t, "written and committed after the outage", 10*time.Second, func() bool {
		return count(t, flaky) == 2 && committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0
	})
	if v := testutil.ToFloat64(r.svc.m.indexUp); v != 1 {
		t.Errorf("index_up %v after recovery", v)
	}
}

// TestSamplingLagCountsSpans: records are batches, so the lag compared
// with sample_above_lag is in spans. 20 records of 20 spans each, read 2
// records a poll: never more than 20 records behind, but up to 360 spans
// — above a threshold of 100 spans, so new prompts are sampled (with the
// lag in records, nothing was).
func TestSamplingLagCountsSpans(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	var values [][]byte
	const recs, per = 20, 20
	for r := range recs {
		var spans []*llmobsv1.EnrichedSpan
		for j := range per {
			i := r*per + j
			spans = append(spans, enriched(i, "chat-api", "gpt-4o", fmt.Sprintf("distinct question number %d about topic %d", i, i*7), i%60, 100, false))
		}
		values = append(values, batch(t, spans...))
	}
	produce(t, kc, topics.Enriched, values...)
	r := start(t, kc, topics, mem, &bowEncoder{}, func(c *Config) {
		c.MaxPollRecords = 2
		c.QueueSize = 1
		c.SampleAboveLag = 100
		c.MinKeep = 0.05
	})
	waitFor(t, "all committed", 15*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	r.stop()
	embedded := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("embedded"))
	sampled := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("sampled_out"))
	if embedded+sampled != recs*per {
		t.Errorf("embedded %v + sampled_out %v != %d: a prompt went uncounted", embedded, sampled, recs*per)
	}
	if sampled == 0 {
		t.Errorf("nothing sampled although up to %d spans (%d records) were behind, threshold 100 spans", (recs-2)*per, recs-2)
	}
}

func TestSamplingWhenLagging(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	var values [][]byte
	const n = 300
	for i := range n {
		values = append(values, batch(t, enriched(i, "chat-api", "gpt-4o", fmt.Sprintf("distinct question number %d about topic %d", i, i*7), i%60, 100, i%10 == 0)))
	}
	produce(t, kc, topics.Enriched, values...)
	r := start(t, kc, topics, mem, &bowEncoder{}, func(c *Config) {
		c.MaxPollRecords = 5
		c.SampleAboveLag = 20
		c.MinKeep = 0.05
	})
	waitFor(t, "all committed", 15*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	r.stop()
	embedded := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("embedded"))
	sampled := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("sampled_out"))
	if embedded+sampled != n {
		t.Errorf("embedded %v + sampled_out %v != %d: a prompt went uncounted", embedded, sampled, n)
	}
	if sampled == 0 {
		t.Error("nothing sampled although the lag was far above sample_above_lag")
	}
	if uint64(embedded) != count(t, mem) {
		t.Errorf("embedded %v but %d points", embedded, count(t, mem))
	}
	// Every error prompt was kept.
	hits, err := mem.Search(context.Background(), index.Query{Vector: unit(64), K: index.MaxK, Filter: index.Filter{ErrorsOnly: true}})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != n/10 {
		t.Errorf("%d error prompts indexed, want all %d", len(hits), n/10)
	}
}

func unit(d int) []float32 {
	v := make([]float32, d)
	for i := range v {
		v[i] = float32(1 / math.Sqrt(float64(d)))
	}
	return v
}

// TestSearchByUser: a prompt asked by two users (deduplicated into one
// point) is found by user= for each of them, in one batch and across
// flushes; another user's prompts are not.
func TestSearchByUser(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	r := start(t, kc, topics, mem, &bowEncoder{})
	srv := httptest.NewServer(r.adm)
	defer srv.Close()
	withUser := func(es *llmobsv1.EnrichedSpan, user string) *llmobsv1.EnrichedSpan {
		es.Span.GenAi.UserId = user
		return es
	}
	produce(t, kc, topics.Enriched, batch(t,
		withUser(enriched(1, "chat-api", "gpt-4o", "How do I reset my password", 1, 800, false), "ps_k1_alice"),
		withUser(enriched(2, "chat-api", "gpt-4o", "How do I reset my password", 2, 900, false), "ps_k1_bob"),
		withUser(enriched(3, "chat-api", "gpt-4o", "Recommend a pasta recipe", 3, 400, false), "ps_k1_carol"),
	))
	waitFor(t, "2 prompts", 10*time.Second, func() bool { return count(t, mem) == 2 })
	// A later poll: alice asks again, dave for the first time.
	produce(t, kc, topics.Enriched, batch(t,
		withUser(enriched(4, "chat-api", "gpt-4o", "how do I reset my  password", 4, 700, false), "ps_k1_dave"),
	))
	waitFor(t, "the repeat committed", 10*time.Second, func() bool {
		return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0
	})
	search := func(user string) []SearchResult {
		resp, err := http.Get(srv.URL + "/api/search?k=10&q=password&user=" + user)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out SearchResponse
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 {
			t.Fatalf("user=%s: %d %v", user, resp.StatusCode, err)
		}
		return out.Results
	}
	for _, u := range []string{"ps_k1_alice", "ps_k1_bob", "ps_k1_dave"} {
		res := search(u)
		if len(res) != 1 || !strings.Contains(res[0].Prompt, "password") || !slices.Contains(res[0].UserIDs, u) {
			t.Errorf("user=%s: %+v", u, res)
		}
	}
	if res := search("ps_k1_carol"); len(res) != 1 || !strings.Contains(res[0].Prompt, "pasta") {
		t.Errorf("user=ps_k1_carol: %+v", res)
	}
	if res := search("ps_k1_nobody"); len(res) != 0 {
		t.Errorf("user=ps_k1_nobody: %+v", res)
	}
	if res := search("ps_k1_bob"); len(res) == 1 && (len(res[0].UserIDs) != 3 || res[0].UserIDs[0] != "ps_k1_dave") {
		t.Errorf("recent askers %v, want dave first of 3", res[0].UserIDs)
	}
}

func TestSearchAPI(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	r := start(t, kc, topics, mem, &bowEncoder{})
	srv := httptest.NewServer(r.adm)
	defer srv.Close()
	produce(t, kc, topics.Enriched, batch(t,
		enriched(1, "chat-api", "gpt-4o", "How do I reset my password", 1, 800, false),
		enriched(2, "chat-api", "gpt-4o", "I forgot my password, how can I reset it", 2, 3000, false),
		enriched(3, "billing", "claude-sonnet-4", "Why was my invoice charged twice", 3, 2500, true),
		enriched(4, "billing", "gpt-4o", "Recommend a pasta recipe", 4, 400, false),
	))
	waitFor(t, "4 prompts", 10*time.Second, func() bool { return count(t, mem) == 4 })

	get := func(q string) (int, SearchResponse, string) {
		resp, err := http.Get(srv.URL + "/api/search?" + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		var out SearchResponse
		_ = json.Unmarshal(body, &out)
		return resp.StatusCode, out, string(body)
	}
	code, out, body := get("q=reset+password&k=2")
	if code != 200 || len(out.Results) != 2 {
		t.Fatalf("%d %s", code, body)
	}
	for _, res := range out.Results {
		if !strings.Contains(res.Prompt, "password") || res.Service != "chat-api" || res.TraceID == "" || res.Score <= 0 {
			t.Errorf("unexpected hit %+v", res)
		}
	}
	if out.Results[0].Score < out.Results[1].Score {
		t.Error("results not best first")
	}
	if code, out, _ = get("q=password&service=billing"); code != 200 || len(out.Results) != 2 || out.Results[0].Service != "billing" {
		t.Errorf("service filter: %d %+v", code, out.Results)
	}
	if _, out, _ = get("q=invoice&errors=true"); len(out.Results) != 1 || !out.Results[0].Error || out.Results[0].CostUSD == 0 {
		t.Errorf("errors filter: %+v", out.Results)
	}
	if _, out, _ = get("q=password&min_latency_ms=1000"); len(out.Results) != 2 {
		t.Errorf("latency filter: %+v", out.Results)
	}
	if _, out, _ = get("q=password&model=claude-sonnet-4"); len(out.Results) != 1 {
		t.Errorf("model filter: %+v", out.Results)
	}
	if _, out, _ = get("q=password&since=2026-11-22T10:00:02Z&until=2026-11-22T10:00:04Z"); len(out.Results) != 2 {
		t.Errorf("time filter: %+v", out.Results)
	}
	// More like this: the other password prompt first, itself excluded.
	code, out, body = get(fmt.Sprintf("like=%x&k=1", traceID(1)))
	if code != 200 || len(out.Results) != 1 || out.Results[0].TraceID != fmt.Sprintf("%x", traceID(2)) {
		t.Errorf("more like this: %d %s", code, body)
	}
	if code, _, _ = get(fmt.Sprintf("like=%x", traceID(77))); code != 404 {
		t.Errorf("unknown trace: %d", code)
	}
	if code, _, body = get("q=a&k=1000"); code != 400 || !strings.Contains(body, "error") {
		t.Errorf("bad k: %d %s", code, body)
	}
	if v := testutil.ToFloat64(r.svc.m.searches.WithLabelValues("400")); v != 1 {
		t.Errorf("search 400 counter %v", v)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	c := DefaultConfig()
	c.Encoder.Kind = "bert"
	c.BatchSize = 0
	c.MinKeep = 2
	c.DefaultK = 500
	err := c.Validate()
	for _, key := range []string{"encoder.kind", "batch_size", "min_keep", "default_k"} {
		if err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("error does not name %s: %v", key, err)
		}
	}
	c = DefaultConfig()
	c.Encoder.Kind = EncoderOpenAI
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "encoder.openai.url") {
		t.Errorf("openai without url: %v", err)
	}
	c.Encoder.OpenAI.URL, c.Encoder.OpenAI.Model = "ftp://x", "m"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "http") {
		t.Errorf("bad url scheme: %v", err)
	}
}

func TestMissingWeightsIsNotAvailable(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Encoder.ModelDir = t.TempDir() + "/nope"
	_, err := New(cfg, service.Deps{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry()})
	if !errors.Is(err, service.ErrNotAvailable) || !strings.Contains(err.Error(), "llmobs models") {
		t.Fatalf("want ErrNotAvailable naming `llmobs models`, got %v", err)
	}
	// An empty directory (no model.json) is missing weights too, not a
	// load error.
	cfg.Encoder.ModelDir = t.TempDir()
	if _, err := New(cfg, service.Deps{Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry()}); !errors.Is(err, service.ErrNotAvailable) {
		t.Fatalf("empty model dir: want ErrNotAvailable, got %v", err)
	}
}

// Upstream writes llmobs.enriched in transactions: each ends with a marker
// that takes an offset. Once idle, the embedder's committed offsets reach
// the end of every partition (lag 0), markers included.
func TestCommitsPastTransactionMarkers(t *testing.T) {
	kc, topics := newCluster(t)
	cl, err := kafka.NewClient(kc, "tx-producer", kgo.TransactionalID("test-tx"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx := context.Background()
	for i := range 3 {
		if err := cl.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		v := batch(t, enriched(i, "chat-api", "gpt-4o", fmt.Sprintf("question %d", i), i, 100, false))
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topics.Enriched, Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
		if err := cl.EndTransaction(ctx, kgo.TryCommit); err != nil {
			t.Fatal(err)
		}
	}
	mem := index.NewMemory()
	start(t, kc, topics, mem, &bowEncoder{})
	waitFor(t, "lag 0 past the markers", 10*time.Second, func() bool {
		return count(t, mem) == 3 && committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0
	})
}

// Through Qdrant (the in-process fake, driven by the real go-client): the
// collection is created with the encoder's dimension, prompts land in it,
// the search API answers from it, and a Qdrant outage holds the offsets
// until it comes back.
// startWithQdrant runs the service against the in-process fake Qdrant
// (stopped at the end of the test) once its collection exists.
func startWithQdrant(t *testing.T) (kafka.Config, kafka.Topics, *fakeqdrant.Server, index.Index, *running) {
	t.Helper()
	kc, topics := newCluster(t)
	fake, err := fakeqdrant.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Stop)
	idx, err := newQdrantIndex(QdrantConfig{Addr: fake.Addr(), Collection: index.DefaultCollection, Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	r := start(t, kc, topics, idx, &bowEncoder{}, func(c *Config) {
		c.Qdrant.Addr = fake.Addr()
		c.Qdrant.Timeout = 2 * time.Second
	})
	waitFor(t, "collection created", 5*time.Second, func() bool { return fake.Dim(index.DefaultCollection) == 64 })
	return kc, topics, fake, idx, r
}

func TestPipelineWithQdrant(t *testing.T) {
	kc, topics, fake, idx, r := startWithQdrant(t)
	produce(t, kc, topics.Enriched, batch(t,
		enriched(1, "chat-api", "gpt-4o", "How do I reset my password", 1, 800, false),
		enriched(2, "billing", "gpt-4o", "Why was my invoice charged twice", 2, 900, true)))
	waitFor(t, "2 points in qdrant", 10*time.Second, func() bool { return count(t, idx) == 2 })

	fake.SetDown(true)
	produce(t, kc, topics.Enriched, batch(t, enriched(3, "chat-api", "gpt-4o", "Where is my parcel", 3, 100, false)))
	before := fake.Calls()
	waitFor(t, "retries against the down qdrant", 10*time.Second, func() bool { return fake.Calls() >= before+3 })
	if lag := committedLag(t, kc, topics.Enriched, "llmobs-embedder"); lag == 0 {
		t.Fatal("offsets committed while qdrant was down")
	}
	srv := httptest.NewServer(r.adm)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/search?q=parcel")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("search during the outage: %d", resp.StatusCode)
	}
	fake.SetDown(false)
	waitFor(t, "written and committed after the outage", 15*time.Second, func() bool {
		return count(t, idx) == 3 && committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0
	})
	resp, err = http.Get(srv.URL + "/api/search?q=invoice+charged&errors=true")
	if err != nil {
		t.Fatal(err)
	}
	var out SearchResponse
	_ = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if len(out.Results) != 1 || out.Results[0].Service != "billing" || !out.Results[0].Error {
		t.Fatalf("search through qdrant: %+v", out)
	}
}

// TestBadLabelThroughQdrant: a span whose labels are not UTF-8 (a foreign
// producer on llmobs.enriched) is indexed with the bad bytes replaced by
// U+FFFD. Before, the point went to Qdrant as it was, the gRPC client
// refused to marshal the request, and the whole batch — the good prompts
// with it — was dropped as a permanent index error.
func TestBadLabelThroughQdrant(t *testing.T) {
	kc, topics, _, idx, r := startWithQdrant(t)
	bad := enriched(2, "billing\xff", "gpt\xc3", "Why was my invoice charged twice", 2, 900, true)
	bad.Span.GenAi.UserId, bad.Span.GenAi.Provider, bad.Span.GenAi.Operation = "u\xfe", "op\xffen", "ch\xe2at"
	bad.Span.GenAi.ConversationId = "c\xff"
	bad.Span.Flags = []string{"x\xff"}
	v, err := (&llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{
		enriched(1, "chat-api", "gpt-4o", "How do I reset my password", 1, 800, false), bad}}).MarshalVT()
	if err != nil {
		t.Fatal(err)
	}
	produce(t, kc, topics.Enriched, v)
	waitFor(t, "2 points in qdrant", 10*time.Second, func() bool { return count(t, idx) == 2 })
	if n := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("index_error")); n != 0 {
		t.Errorf("%v prompts lost to index errors", n)
	}
	got, err := idx.Get(context.Background(), []string{index.PointID(textHash("Why was my invoice charged twice"))})
	if err != nil || len(got) != 1 {
		t.Fatalf("the bad-label point: %v, %v", got, err)
	}
	for _, p := range got {
		if p.Service != "billing\uFFFD" || p.Model != "gpt\uFFFD" || p.UserID != "u\uFFFD" || p.Provider != "op\uFFFDen" {
			t.Errorf("payload labels %q %q %q %q, want the bad bytes as U+FFFD", p.Service, p.Model, p.UserID, p.Provider)
		}
	}
}
