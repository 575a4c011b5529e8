package alerter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/stream"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// SurgeAlert is the alert a surge of a new kind of question raises;
// OutputSurgeAlert the one a surge of a new kind of completion raises (a
// new error message, answers that stop following a format): states of kind
// "output" on llmobs.novelty.
const (
	SurgeAlert       = "LLMNovelPromptSurge"
	OutputSurgeAlert = "LLMNovelOutputSurge"
)

// sourceStale: a source (embedder instance) whose latest state of a
// service and kind is this much event time older than the newest state of
// it from any source no longer counts (it left, or lost the partitions).
// Each source sends at least once per rate bucket (1 m) while its
// partitions carry the service's calls.
const sourceStale = 5 * time.Minute

// Surges: LLMNovelPromptSurge from llmobs.novelty (DESIGN: Topics). The
// embedder sends, per tenant and service, its surge state — every topic of
// what users ask that is surging, at an event time — keyed by tenant|service
// (services/embedder/surges.go). The state is a level: for each record the
// alerter fires the alert of every topic listed that is not firing yet and
// resolves the firing ones of that service that are no longer listed. So:
//
//   - exactly once through restarts, like the windows' alerts: events are
//     produced in the transaction that commits the offsets of the records
//     that caused them (its own consumer group and transactional ID, on the
//     shared loop, package stream); the firing set is what llmobs.alerts says
//     at the committed offsets, read back on every assignment and after
//     every transaction that did not commit;
//   - a record read twice (the embedder sends again what it may have sent
//     before a crash) changes nothing;
//   - an embedder restarted without its novelty state is cold (nothing
//     surges until its warm-up is over): its next state lists no topic, and
//     the surges resolve instead of firing for ever.
//
// Prompts (kind "" or "prompt": LLMNovelPromptSurge) and completions (kind
// "output": LLMNovelOutputSurge) are separate levels of a service. Several
// embedder instances each judge their partitions' share of a service and
// send their own states (source: the instance): the level is kept per
// source, and an alert fires while any live source lists its topic and
// resolves when none does — without this, two instances' states resolved
// each other's alerts at every record. A source silent for sourceStale of
// the service's event time no longer counts. After a rebuild the sources'
// levels are unknown: a firing alert is held for the source that fired it
// (annotation source) until that source says otherwise or goes stale.
type surgeLoop struct {
	s       *Service
	mu      sync.Mutex
	firing  map[string]Alert // by fingerprint
	levels  map[levelKey]map[string]*sourceLevel
	rebuild atomic.Bool
	out     []Alert // the poll's events
	dlq     int
	in      prometheus.Counter
}

func (s *Service) newSurgeLoop() (*surgeLoop, error) {
	in := prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_surge_states_in_total", Help: "Topic surge states read from llmobs.novelty (LLMNovelPromptSurge)."})
	if err := s.deps.Metrics.Register(in); err != nil {
		are, ok := err.(prometheus.AlreadyRegisteredError)
		if !ok {
			return nil, fmt.Errorf("alerter metrics: %w", err)
		}
		in = are.ExistingCollector.(prometheus.Counter)
	}
	l := &surgeLoop{s: s, firing: map[string]Alert{}, levels: map[levelKey]map[string]*sourceLevel{}, in: in}
	l.rebuild.Store(true)
	return l, nil
}

// runSurges consumes llmobs.novelty until ctx ends.
func (s *Service) runSurges(ctx context.Context, l *surgeLoop) error {
	rebuild := func(context.Context, *kgo.Client, map[string][]int32) { l.rebuild.Store(true) }
	return stream.Run(ctx, s.loopConfig("alerter-surges", s.cfg.Group+"-surges", s.deps.Topics.Novelty,
		kgo.OnPartitionsAssigned(rebuild), kgo.OnPartitionsRevoked(rebuild), kgo.OnPartitionsLost(rebuild),
	), l, stream.Hooks{Ended: l.ended})
}

func (l *surgeLoop) Process(ctx context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
	s := l.s
	l.out, l.dlq = nil, 0
	if fs.NumRecords() == 0 {
		return nil, nil
	}
	if l.rebuild.Swap(false) {
		st, err := readAlertState(ctx, s.deps.Kafka, s.deps.Topics.Alerts)
		if err != nil {
			l.rebuild.Store(true)
			if ctx.Err() != nil {
				return nil, stream.ErrUnread
			}
			s.deps.Log.Warn("alerter: reading llmobs.alerts back for the surge alerts failed; retrying (is Kafka reachable?)", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
			return nil, stream.ErrUnread
		}
		l.mu.Lock()
		l.firing = map[string]Alert{}
		l.levels = map[levelKey]map[string]*sourceLevel{}
		for fp, a := range st {
			if n := a.Labels["alertname"]; (n == SurgeAlert || n == OutputSurgeAlert) && a.Status == "firing" {
				l.firing[fp] = a.Alert
			}
		}
		l.mu.Unlock()
	}
	var dlq []*kgo.Record
	l.mu.Lock()
	fs.EachRecord(func(r *kgo.Record) {
		if r.Attrs.IsControl() {
			return
		}
		var b llmobsv1.TopicSurgeBatch
		err := b.UnmarshalVT(r.Value)
		if err == nil && b.GetService() == "" {
			err = errors.New("no service")
		}
		if k := b.GetKind(); err == nil && k != "" && k != kindPrompt && k != kindOutput {
			err = fmt.Errorf("unknown kind %q", k)
		}
		if err != nil {
			s.deps.Log.Warn("alerter: undecodable llmobs.novelty record sent to the DLQ (reason decode_error)", "partition", r.Partition, "offset", r.Offset, "err", err)
			dlq = append(dlq, kafka.DLQRecord(s.deps.Topics.DLQ, "alerter", reasonDecode, err, r, r.Value))
			return
		}
		l.in.Inc()
		l.out = append(l.out, l.apply(&b)...)
	})
	l.mu.Unlock()
	l.dlq = len(dlq)
	recs := make([]*kgo.Record, 0, len(l.out)+len(dlq))
	for _, a := range l.out {
		v, _ := json.Marshal(a)
		recs = append(recs, &kgo.Record{Topic: s.deps.Topics.Alerts, Key: []byte(a.Fingerprint), Value: v,
			Headers: []kgo.RecordHeader{{Key: kafka.HeaderSchema, Value: []byte("alertmanager.Alert+json")}}})
	}
	return append(recs, dlq...), nil
}

// surgeLabels are the labels of a topic's surge alert.
func surgeLabels(tenant, service, topic string) map[string]string {
	l := map[string]string{"alertname": SurgeAlert, "severity": "warning", "service": service, "topic": topic}
	if tenant != "" {
		l["tenant"] = tenant
	}
	return l
}

// Kinds of llmobs.novelty states (TopicSurgeBatch.kind; "" is a prompt
// state).
const (
	kindPrompt = "prompt"
	kindOutput = "output"
)

// levelKey is one level: a tenant's service and the kind of its topics.
type levelKey struct{ tenant, service, kind string }

// sourceLevel is one source's latest state of a level: its event time and
// the fingerprints of the topics it lists.
type sourceLevel struct {
	at     time.Time
	listed map[string]bool
	held   bool // not heard from since the rebuild
}

// apply takes one surge state and returns the events it causes. Callers
// hold mu.
func (l *surgeLoop) apply(b *llmobsv1.TopicSurgeBatch) []Alert {
	at := time.UnixMilli(b.GetAtUnixMs()).UTC()
	name, what, items, of := SurgeAlert, "question", "prompts", ""
	key := levelKey{b.GetTenant(), b.GetService(), kindPrompt}
	if b.GetKind() == kindOutput {
		name, what, items, of = OutputSurgeAlert, "completion", "completions", "'s completions"
		key.kind = kindOutput
	}
	mine := func(a Alert) bool {
		return a.Labels["alertname"] == name && a.Labels["service"] == b.GetService() && a.Labels["tenant"] == b.GetTenant()
	}
	srcs := l.levels[key]
	if srcs == nil {
		srcs = map[string]*sourceLevel{}
		l.levels[key] = srcs
	}
	// Firing alerts of a source not heard from since the rebuild: held for
	// it, as of this state, until it says otherwise or goes stale.
	for fp, a := range l.firing {
		if !mine(a) {
			continue
		}
		src := a.Annotations["source"]
		lv := srcs[src]
		if lv == nil {
			lv = &sourceLevel{at: at, listed: map[string]bool{}, held: true}
			srcs[src] = lv
		}
		if lv.held {
			lv.listed[fp] = true
		}
	}
	listed := map[string]bool{}
	var out []Alert
	for _, r := range b.GetReports() {
		labels := surgeLabels(b.GetTenant(), b.GetService(), r.GetTopicId())
		labels["alertname"] = name
		fp := Fingerprint(labels)
		listed[fp] = true
		if _, ok := l.firing[fp]; ok {
			continue
		}
		kind := "a rare one"
		if r.GetIsNew() {
			kind = "new: none of its " + items + " in the baseline"
		}
		ann := map[string]string{
			"summary": fmt.Sprintf("A kind of %s is surging in %s: %.1f%% of its recent %s (%d), %.2f%% in the baseline before", what, b.GetService(), 100*r.GetShare(), items, r.GetRecent(), 100*r.GetBaselineShare()),
			"description": fmt.Sprintf("Topic %s of %s%s is %s. Examples (redacted): %s", r.GetTopicId(), b.GetService(), of, kind,
				strings.Join(r.GetExamples(), " | ")),
			"value":          fmt.Sprintf("%.4f", r.GetShare()),
			"baseline_share": fmt.Sprintf("%.4f", r.GetBaselineShare()),
			"topic_id":       r.GetTopicId(),
		}
		for i, ex := range r.GetExamples() {
			ann[fmt.Sprintf("example_%d", i+1)] = ex
		}
		if src := b.GetSource(); src != "" {
			ann["source"] = src
		}
		start := at
		if ms := r.GetSinceUnixMs(); ms > 0 && ms <= b.GetAtUnixMs() {
			start = time.UnixMilli(ms).UTC() // when the detector saw it start
		}
		a := Alert{Status: "firing", Labels: labels, Annotations: ann, StartsAt: start, GeneratorURL: l.s.cfg.GeneratorURL, Fingerprint: fp}
		l.firing[fp] = a
		out = append(out, a)
	}
	srcs[b.GetSource()] = &sourceLevel{at: at, listed: listed}
	newest := at
	for _, lv := range srcs {
		if lv.at.After(newest) {
			newest = lv.at
		}
	}
	live := map[string]bool{}
	for src, lv := range srcs {
		if lv.at.Before(newest.Add(-sourceStale)) {
			delete(srcs, src)
			continue
		}
		for fp := range lv.listed {
			live[fp] = true
		}
	}
	var ended []string
	for fp, a := range l.firing {
		if live[fp] || !mine(a) {
			continue
		}
		ended = append(ended, fp)
	}
	sort.Strings(ended)
	for _, fp := range ended {
		a := l.firing[fp]
		delete(l.firing, fp)
		a.Status, a.EndsAt = "resolved", at
		out = append(out, a)
	}
	return out
}

// ended: a committed poll's events are remembered and notified; otherwise
// the firing set is read back from llmobs.alerts before the next records.
func (l *surgeLoop) ended(outcome string, _ int, _ time.Duration) {
	s := l.s
	out, dlq := l.out, l.dlq
	l.out, l.dlq = nil, 0
	if outcome != stream.Committed {
		l.rebuild.Store(true)
		return
	}
	if dlq > 0 {
		s.m.badRecords.Add(float64(dlq))
		s.m.dlq.WithLabelValues(reasonDecode).Add(float64(dlq))
	}
	if len(out) == 0 {
		return
	}
	s.mu.Lock()
	s.remember(out)
	s.mu.Unlock()
	s.m.alertsOut.WithLabelValues("kafka", "sent").Add(float64(len(out)))
	s.notifier.Enqueue(out)
}

// active are the surge alerts firing (GET /api/alerts).
func (l *surgeLoop) active() []Alert {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Alert, 0, len(l.firing))
	for _, a := range l.firing {
		out = append(out, a)
	}
	return out
}
