package alerter

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

const svcRules = `groups:
- name: g
  rules:
  - alert: HighErr
    expr: error_rate > 0.2
    annotations: {summary: "errors {{.Value}}"}
`

func testDeps(t *testing.T, brokers []string, id string) service.Deps {
	kc := kafka.DefaultConfig()
	kc.Brokers = brokers
	return service.Deps{
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: prometheus.NewRegistry(),
		Kafka: kc, Topics: kafka.DefaultTopics(), InstanceID: id, ShutdownTimeout: 5 * time.Second,
	}
}

func produceWindows(t *testing.T, cl *kgo.Client, topic string, ws ...*llmobsv1.SLIWindow) {
	t.Helper()
	for _, w := range ws {
		v, _ := proto.Marshal(&llmobsv1.SLIWindowBatch{Windows: []*llmobsv1.SLIWindow{w}})
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: topic, Key: []byte(w.GetSeries().GetService()), Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
}

// startService runs a service until the returned stop is called.
func startService(t *testing.T, cfg Config, deps service.Deps) (*Service, func()) {
	t.Helper()
	svc, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	return svc.(*Service), func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func waitFor(t *testing.T, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !f() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestRestartNoDuplicates: an alert fired by one instance is not fired
// again by the next one (state recovered from llmobs.alerts), and it is
// resolved exactly once.
func TestRestartNoDuplicates(t *testing.T) {
	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts), kafkatest.TopicPartitions(2, topics.SLIs, topics.Alerts))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	dir := t.TempDir()
	rf := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rf, []byte(svcRules), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	var hooked atomic.Int32
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var p webhookPayload
		if json.NewDecoder(r.Body).Decode(&p) == nil {
			hooked.Add(int32(len(p.Alerts)))
		}
	}))
	defer hook.Close()
	cfg.Webhooks = []string{hook.URL}
	w := func(i int, errs float64) *llmobsv1.SLIWindow {
		return win{svc: "rag-search", model: "m", i: i, req: 100, errs: errs}.pb()
	}

	readAlerts := func() []Alert {
		st, err := readAll(c.ListenAddrs(), topics.Alerts)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}

	produceWindows(t, prod, topics.SLIs, w(0, 1), w(1, 50))
	d1 := testDeps(t, c.ListenAddrs(), "a")
	s1, stop1 := startService(t, cfg, d1)
	waitFor(t, "first instance consumes", func() bool { return testutil.ToFloat64(s1.m.windowsIn) == 2 })
	waitFor(t, "firing alert", func() bool { return len(readAlerts()) == 1 })
	stop1()

	// Still failing: the second instance must not fire again.
	produceWindows(t, prod, topics.SLIs, w(2, 60))
	d2 := testDeps(t, c.ListenAddrs(), "a") // a restart: static membership, same instance
	s2, stop2 := startService(t, cfg, d2)
	waitFor(t, "second instance consumes", func() bool { return testutil.ToFloat64(s2.m.windowsIn) == 1 })
	if got := testutil.ToFloat64(s2.m.firing.WithLabelValues("HighErr")); got != 1 {
		t.Fatalf("firing gauge %v", got)
	}
	produceWindows(t, prod, topics.SLIs, w(3, 0))
	waitFor(t, "resolved", func() bool { return len(readAlerts()) == 2 })
	waitFor(t, "webhook got firing and resolved", func() bool { return hooked.Load() == 2 })
	// The recent-events API: the recovered firing alert, then its resolution, newest first.
	rec := httptest.NewRecorder()
	s2.handleRecent(rec, httptest.NewRequest("GET", "/api/alerts/recent", nil))
	var recent []Alert
	if err := json.Unmarshal(rec.Body.Bytes(), &recent); err != nil || len(recent) != 2 || recent[0].Status != "resolved" || recent[1].Status != "firing" {
		t.Fatalf("/api/alerts/recent: %v %s", err, rec.Body.String())
	}
	stop2()

	as := readAlerts()
	if as[0].Status != "firing" || as[1].Status != "resolved" || as[0].Fingerprint != as[1].Fingerprint {
		t.Fatalf("%+v", as)
	}
	if as[0].Annotations["summary"] != "errors 0.5" || as[1].EndsAt.IsZero() || !as[0].EndsAt.IsZero() {
		t.Fatalf("%+v", as)
	}

	// Tail prints both, from the beginning.
	var b strings.Builder
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := Tail(ctx, d2.Kafka, topics.Alerts, &b, TailOptions{FromBeginning: true, Limit: 2}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "FIRING") || !strings.Contains(lines[0], "HighErr severity=warning {model=m, service=rag-search} value=0.5 threshold=0.2 — errors 0.5") || !strings.Contains(lines[1], "RESOLVED") {
		t.Fatalf("%q", lines)
	}
}

func readAll(brokers []string, topic string) ([]Alert, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	var out []Alert
	for {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			return out, nil
		}
		for _, r := range fs.Records() {
			var a Alert
			if err := json.Unmarshal(r.Value, &a); err != nil {
				return nil, err
			}
			out = append(out, a)
		}
	}
}

// TestHotReload: a bad file keeps the old rules (counted), a good one
// replaces them and keeps the firing state.
func TestHotReload(t *testing.T) {
	dir := t.TempDir()
	rf := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rf, []byte(svcRules), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	sv, err := New(cfg, testDeps(t, []string{"127.0.0.1:1"}, "x"))
	if err != nil {
		t.Fatal(err)
	}
	s := sv.(*Service)
	s.mu.Lock()
	s.parts[0] = s.newEngine()
	s.mu.Unlock()
	eng := func() *Engine { return s.parts[0] }
	if a := eng().Evaluate(win{svc: "s", i: 0, req: 10, errs: 5}.pb()); len(a) != 1 {
		t.Fatal(a)
	}
	if err := os.WriteFile(rf, []byte(svcRules+"  - alert: Broken\n    expr: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.maybeReload()
	if testutil.ToFloat64(s.m.reloads.WithLabelValues("error")) != 1 || testutil.ToFloat64(s.m.reloadFailing) != 1 || len(eng().Rules()) != 1 {
		t.Fatal("bad reload not reported or rules lost")
	}
	// Same alert, new threshold and an extra rule (size changes).
	if err := os.WriteFile(rf, []byte(strings.Replace(svcRules, "0.2", "0.3", 1)+"  - alert: T\n    expr: ttft_p95_ms > 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.maybeReload()
	if testutil.ToFloat64(s.m.reloads.WithLabelValues("ok")) != 1 || testutil.ToFloat64(s.m.rulesLoaded) != 2 || testutil.ToFloat64(s.m.reloadFailing) != 0 {
		t.Fatal("good reload not applied")
	}
	// Still firing (not re-announced), then resolves under the new threshold.
	if a := eng().Evaluate(win{svc: "s", i: 1, req: 10, errs: 4}.pb()); len(a) != 0 {
		t.Fatal(a)
	}
	if a := eng().Evaluate(win{svc: "s", i: 2, req: 10, errs: 2.5}.pb()); len(a) != 1 || a[0].Status != "resolved" {
		t.Fatal(a)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		key  string
	}{
		{"default", func(*Config) {}, ""},
		{"reload", func(c *Config) { c.ReloadInterval = -1 }, "reload_interval"},
		{"repeat", func(c *Config) { c.RepeatInterval = -1 }, "repeat_interval"},
		{"stale", func(c *Config) { c.StaleAfter = -1 }, "stale_after"},
		{"group", func(c *Config) { c.Group = "" }, "group"},
		{"queue", func(c *Config) { c.NotifyQueue = 0 }, "notify_queue"},
		{"am", func(c *Config) { c.AlertmanagerURL = "am:9093" }, "alertmanager_url"},
		{"hook", func(c *Config) { c.Webhooks = []string{"http://ok", "ftp://x"} }, "webhooks[1]"},
		{"rules file", func(c *Config) { c.RulesFile = "/nonexistent/rules.yaml" }, "rules_file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mod(&c)
			err := c.Validate()
			if tc.key == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.key) {
				t.Fatalf("want error on %s, got %v", tc.key, err)
			}
		})
	}
}

// After a restart the SLO and budget series are rebuilt from llmobs.slis up
// to the group's committed offsets, and windows after them are counted
// once: burn rates and spend continue instead of starting from zero.
func TestRestartRebuildsSLOAndBudgetHistory(t *testing.T) {
	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts), kafkatest.TopicPartitions(2, topics.SLIs, topics.Alerts))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	rf := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(rf, []byte(`groups:
- name: g
  rules:
  - alert: Avail
    slo: {objective: 0.5}
  - alert: Spend
    budget: {amount: 1000, period: month}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	w := func(i int) *llmobsv1.SLIWindow {
		return &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Service: "chat", Model: "m"}, WindowLengthMs: 60000, Revision: 1,
			WindowStartUnixMs: t0.Add(time.Duration(i) * time.Minute).UnixMilli(), Requests: 100, Errors: 10, Cost: &llmobsv1.Cost{Total: 1}}
	}
	history := func(s *Service) (total, spent float64) {
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, e := range s.parts {
			for _, ss := range e.slos {
				for _, v := range ss.total {
					total += v
				}
			}
			for _, bs := range e.budgets {
				spent += bs.spent()
			}
		}
		return total, spent
	}
	produceWindows(t, prod, topics.SLIs, w(0), w(1), w(2), w(3), w(4))
	s1, stop1 := startService(t, cfg, testDeps(t, c.ListenAddrs(), "a"))
	waitFor(t, "first instance consumes", func() bool { return testutil.ToFloat64(s1.m.windowsIn) == 5 })
	if total, spent := history(s1); total != 500 || spent != 5 {
		t.Fatalf("first instance: %v requests, $%v", total, spent)
	}
	stop1()

	s2, stop2 := startService(t, cfg, testDeps(t, c.ListenAddrs(), "a"))
	defer stop2()
	produceWindows(t, prod, topics.SLIs, w(5))
	waitFor(t, "history rebuilt", func() bool { return s2.ready.Load() && testutil.ToFloat64(s2.m.windowsIn) == 1 })
	if testutil.ToFloat64(s2.m.replayed) != 5 {
		t.Fatalf("after restart: %v replayed (want 5)", testutil.ToFloat64(s2.m.replayed))
	}
	if total, spent := history(s2); total != 600 || spent != 6 {
		t.Fatalf("after one more window: %v requests, $%v (want 600, 6: nothing counted twice)", total, spent)
	}
}

// TestTenantBudgetAcrossInstances: a tenant's spend comes from four series
// on four partitions, split between two alerter instances. Neither sees
// enough alone ($20 a minute of the $40), yet the budget is exhausted at
// minute 3 and announced exactly once: every instance reads every
// partition for cross-series budgets, and only the owner of partition 0
// announces.
func TestTenantBudgetAcrossInstances(t *testing.T) {
	topics := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(topics.SLIs, topics.Alerts), kafkatest.TopicPartitions(4, topics.SLIs), kafkatest.TopicPartitions(1, topics.Alerts))
	prod, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	rf := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(rf, []byte(`groups:
- name: cost
  rules:
  - alert: TenantBudget
    budget: {amount: 100, period: day, by: [tenant], min_elapsed: 1h}
    annotations: {summary: "{{.Value}}"}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.RulesFile = rf
	sa, stopA := startService(t, cfg, testDeps(t, c.ListenAddrs(), "a"))
	defer stopA()
	sb, stopB := startService(t, cfg, testDeps(t, c.ListenAddrs(), "b"))
	defer stopB()
	owners := func() (known, owning int) {
		for _, s := range []*Service{sa, sb} {
			s.mu.Lock()
			if s.owner.known && len(s.owner.parts) == 2 {
				known++
			}
			if s.owner.owns {
				owning++
			}
			s.mu.Unlock()
		}
		return
	}
	// The group settles in rounds: wait until the split has held a while.
	var stableSince time.Time
	waitFor(t, "two partitions each, one instance owning partition 0", func() bool {
		if k, o := owners(); k != 2 || o != 1 {
			stableSince = time.Time{}
			return false
		}
		if stableSince.IsZero() {
			stableSince = time.Now()
		}
		return time.Since(stableSince) > 2*time.Second
	})
	start := time.Now().UTC().Truncate(time.Minute).Add(-10 * time.Minute)
	for m := 0; m < 3; m++ {
		for p := int32(0); p < 4; p++ {
			w := usageWindow(start, m, fmt.Sprint("svc", p), "gpt-4o", 1, map[string]float64{"acme/u1": 10, "/": 5})
			v, _ := proto.Marshal(&llmobsv1.SLIWindowBatch{Windows: []*llmobsv1.SLIWindow{w}})
			if err := prod.ProduceSync(context.Background(), &kgo.Record{Topic: topics.SLIs, Partition: p, Value: v}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	waitFor(t, "both instances consumed their partitions", func() bool {
		return testutil.ToFloat64(sa.m.windowsIn) >= 6 && testutil.ToFloat64(sb.m.windowsIn) >= 6
	})
	var fired []Alert
	waitFor(t, "the exhausted budget announced", func() bool {
		as, err := readAll(c.ListenAddrs(), topics.Alerts)
		if err != nil {
			t.Fatal(err)
		}
		fired = fired[:0]
		for _, a := range as {
			if a.Labels["budget"] == "exhausted" && a.Status == "firing" {
				fired = append(fired, a)
			}
		}
		return len(fired) > 0
	})
	time.Sleep(2 * time.Second) // time for a second announcement, were there one
	as, err := readAll(c.ListenAddrs(), topics.Alerts)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range as {
		if a.Labels["budget"] == "exhausted" {
			n++
			v, err := strconv.ParseFloat(a.Annotations["summary"], 64)
			if a.Status != "firing" || a.Labels["tenant"] != "acme" || a.Labels["service"] != "" || err != nil || v < 100 || v > 120 {
				t.Errorf("alert %+v", a)
			}
		}
	}
	if n != 1 {
		t.Fatalf("%d exhausted events, want exactly 1: %+v", n, as)
	}
}
