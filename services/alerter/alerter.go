// Package alerter is the alerter service (DESIGN.md, issue 6).
//
// It consumes final SLI windows (llmobs.slis, SLIWindowBatch) in a
// consumer group, evaluates threshold rules (rules.go) per (rule, series)
// with `for` and `keep_firing_for`, and produces Alertmanager-shaped JSON
// alerts (engine.go, Alert) to llmobs.alerts keyed by fingerprint.
//
// Exactly once and no duplicates:
//   - alerts are produced in the same Kafka transaction that commits the
//     consumed llmobs.slis offsets (kgo.GroupTransactSession), so a crash
//     either loses both or neither;
//   - at start, and again whenever partitions are assigned, the service
//     reads llmobs.alerts from the beginning to its end (a compacted topic
//     keyed by fingerprint: the latest record per alert is its status) and
//     marks every alert whose latest status is "firing" as already
//     announced, so a restart or a rebalance does not fire it again;
//   - several instances split llmobs.slis partitions through the consumer
//     group; a series lives on one partition (the aggregator partitions by
//     series key), so one alert is evaluated by one instance at a time.
//
// Pending (`for`) state is not persisted: after a restart a pending alert
// starts its `for` again from the next window.
package alerter

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

//go:embed rules/default.yaml
var defaultRules []byte

// DefaultRules returns the embedded default rules file.
func DefaultRules() []byte { return bytes.Clone(defaultRules) }

// Config of the alerter service (YAML section "alerter").
type Config struct {
	// RulesFile is the YAML rules file; empty uses the embedded
	// rules/default.yaml.
	RulesFile string `yaml:"rules_file"`
	// ReloadInterval is how often the rules file's mtime/size is checked
	// for hot reload; 0 disables reloading.
	ReloadInterval time.Duration `yaml:"reload_interval"`
	// RepeatInterval re-announces a still firing alert this often.
	RepeatInterval time.Duration `yaml:"repeat_interval"`
	// StaleAfter resolves a firing alert whose series sent no window for
	// this long (event time).
	StaleAfter time.Duration `yaml:"stale_after"`
	// GeneratorURL is copied into every alert's generatorURL.
	GeneratorURL string `yaml:"generator_url"`
	// Group is the consumer group on llmobs.slis.
	Group string `yaml:"group"`
	// AlertmanagerURL, when set, receives every alert event at
	// <url>/api/v2/alerts (e.g. http://alertmanager:9093).
	AlertmanagerURL string `yaml:"alertmanager_url"`
	// Webhooks receive Alertmanager webhook payloads (version 4).
	Webhooks []string `yaml:"webhooks"`
	// NotifyQueue bounds the batches queued per HTTP receiver.
	NotifyQueue int `yaml:"notify_queue"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		ReloadInterval: 5 * time.Second,
		RepeatInterval: 4 * time.Hour,
		StaleAfter:     10 * time.Minute,
		GeneratorURL:   "http://127.0.0.1:8084/api/alerts",
		Group:          "llmobs-alerter",
		NotifyQueue:    1000,
	}
}

// RegisterFlags adds -<prefix>.rules-file etc., named like the other
// services' flags.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.StringVar(&c.RulesFile, prefix+".rules-file", c.RulesFile, "alert rules YAML file (empty: embedded defaults)")
	fs.DurationVar(&c.RepeatInterval, prefix+".repeat-interval", c.RepeatInterval, "re-announce firing alerts this often")
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if c.ReloadInterval < 0 {
		errs = append(errs, config.Errorf("reload_interval", "must be >= 0, got %v", c.ReloadInterval))
	}
	if c.RepeatInterval < 0 {
		errs = append(errs, config.Errorf("repeat_interval", "must be >= 0, got %v", c.RepeatInterval))
	}
	if c.StaleAfter < 0 {
		errs = append(errs, config.Errorf("stale_after", "must be >= 0, got %v", c.StaleAfter))
	}
	if c.Group == "" {
		errs = append(errs, config.Errorf("group", "must not be empty"))
	}
	if c.NotifyQueue <= 0 {
		errs = append(errs, config.Errorf("notify_queue", "must be > 0, got %d", c.NotifyQueue))
	}
	for i, u := range append([]string{c.AlertmanagerURL}, c.Webhooks...) {
		if u == "" && i == 0 {
			continue
		}
		if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			key := "alertmanager_url"
			if i > 0 {
				key = fmt.Sprintf("webhooks[%d]", i-1)
			}
			errs = append(errs, config.Errorf(key, "want an http(s) URL, got %q", u))
		}
	}
	if c.RulesFile != "" {
		if _, err := os.Stat(c.RulesFile); err != nil {
			errs = append(errs, config.Errorf("rules_file", "%v", err))
		}
	}
	return errors.Join(errs...)
}

type metricsSet struct {
	windowsIn     prometheus.Counter
	sloEstimated  *prometheus.CounterVec
	replayed      prometheus.Counter
	badRecords    prometheus.Counter
	rulesLoaded   prometheus.Gauge
	evaluations   prometheus.Counter
	firing        *prometheus.GaugeVec
	alertsOut     *prometheus.CounterVec
	reloads       *prometheus.CounterVec
	reloadFailing prometheus.Gauge
	budgetWindows prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metricsSet, error) {
	m := &metricsSet{
		windowsIn:     prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_windows_in_total", Help: "SLI windows consumed."}),
		replayed:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_history_windows_replayed_total", Help: "SLI windows replayed on start to rebuild SLO and budget history."}),
		sloEstimated:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_alerter_slo_estimated_windows_total", Help: "Latency-SLO windows estimated from quantiles because the window has no exact count at the rule's threshold (threshold not one of the aggregator's latency bounds, or old data)."}, []string{"rule"}),
		badRecords:    prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_bad_records_total", Help: "llmobs.slis records that did not decode (skipped)."}),
		rulesLoaded:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_alerter_rules_loaded", Help: "Rules in effect."}),
		evaluations:   prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_evaluations_total", Help: "Window evaluations (windows x rules in effect)."}),
		firing:        prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "llmobs_alerter_alerts_firing", Help: "Firing alerts by alertname (this instance)."}, []string{"alertname"}),
		alertsOut:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_alerter_notifications_total", Help: "Alert events by receiver (kafka, alertmanager, webhookN) and outcome (sent, failed, dropped)."}, []string{"receiver", "status"}),
		reloads:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_alerter_reloads_total", Help: "Rules reloads by result (ok, error)."}, []string{"result"}),
		reloadFailing: prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_alerter_reload_failing", Help: "1 while the rules file on disk does not load (old rules kept)."}),
		budgetWindows: prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_budget_feed_records_total", Help: "llmobs.slis records the budget feed read (every partition, for budgets across series: per tenant, user, service...)."}),
	}
	for _, c := range []prometheus.Collector{m.windowsIn, m.replayed, m.sloEstimated, m.badRecords, m.rulesLoaded, m.evaluations, m.firing, m.alertsOut, m.reloads, m.reloadFailing, m.budgetWindows} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Service is the running alerter.
type Service struct {
	cfg  Config
	deps service.Deps
	m    *metricsSet

	mu     sync.Mutex // guards eng, cross, owner, pending (Run loop, budget feed, HTTP)
	eng    *Engine
	ruleID fileID
	// cross evaluates the budgets whose spend comes from several series
	// (budgets.go); pending holds its alerts until the next transaction.
	cross   *Engine
	owner   budgetOwner
	pending []Alert

	notifier *Notifier

	reassigned atomic.Bool
	ready      atomic.Bool

	recent []Alert // last maxRecent alert events sent, oldest first (guarded by mu)
}

// maxRecent bounds the alert events GET /api/alerts/recent returns.
const maxRecent = 200

// remember keeps alert events for GET /api/alerts/recent. Callers hold mu.
func (s *Service) remember(as []Alert) {
	s.recent = append(s.recent, as...)
	if n := len(s.recent) - maxRecent; n > 0 {
		s.recent = append(s.recent[:0], s.recent[n:]...)
	}
}

type fileID struct {
	mod  time.Time
	size int64
}

// LoadRules reads the rules file (or the embedded defaults when path is empty).
func LoadRules(path string) ([]*Rule, error) {
	if path == "" {
		return ParseRules("rules/default.yaml", defaultRules)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseRules(path, b)
}

// New builds the service.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	rules, err := LoadRules(cfg.RulesFile)
	if err != nil {
		return nil, fmt.Errorf("alerter: rules: %w", err)
	}
	m, err := newMetrics(deps.Metrics)
	if err != nil {
		return nil, err
	}
	own, cross := splitRules(rules)
	s := &Service{cfg: cfg, deps: deps, m: m, eng: NewEngine(own), cross: NewEngine(cross)}
	for _, e := range []*Engine{s.eng, s.cross} {
		e.onEstimate = func(rule string) { m.sloEstimated.WithLabelValues(rule).Inc() }
		e.RepeatInterval, e.StaleAfter, e.GeneratorURL = cfg.RepeatInterval, cfg.StaleAfter, cfg.GeneratorURL
	}
	s.ruleID = statID(cfg.RulesFile)
	var recv []*Receiver
	if cfg.AlertmanagerURL != "" {
		recv = append(recv, &Receiver{Name: "alertmanager", URL: strings.TrimRight(cfg.AlertmanagerURL, "/"), Alertmanager: true})
	}
	for i, u := range cfg.Webhooks {
		recv = append(recv, &Receiver{Name: fmt.Sprintf("webhook%d", i), URL: u})
	}
	s.notifier = NewNotifier(recv, cfg.NotifyQueue, m.alertsOut)
	m.rulesLoaded.Set(float64(len(rules)))
	if deps.Admin != nil {
		deps.Admin.AddReadiness("alerter", func() error {
			if !s.ready.Load() {
				return errors.New("alerter: recovering alert state")
			}
			return nil
		})
		deps.Admin.HandleFunc("GET /api/alerts", s.handleAlerts)
		deps.Admin.HandleFunc("GET /api/alerts/recent", s.handleRecent)
	}
	return s, nil
}

func statID(path string) fileID {
	if path == "" {
		return fileID{}
	}
	st, err := os.Stat(path)
	if err != nil {
		return fileID{}
	}
	return fileID{st.ModTime(), st.Size()}
}

// maybeReload reloads the rules file when its mtime or size changed. A bad
// file keeps the old rules; the error is logged and counted.
func (s *Service) maybeReload() {
	if s.cfg.RulesFile == "" {
		return
	}
	id := statID(s.cfg.RulesFile)
	if id == s.ruleID {
		return
	}
	s.ruleID = id
	rules, err := LoadRules(s.cfg.RulesFile)
	if err != nil {
		s.m.reloads.WithLabelValues("error").Inc()
		s.m.reloadFailing.Set(1)
		s.deps.Log.Error("alerter: rules reload failed, keeping the previous rules", "file", s.cfg.RulesFile, "err", err)
		return
	}
	own, cross := splitRules(rules)
	s.mu.Lock()
	s.eng.SetRules(own)
	s.cross.SetRules(cross)
	s.mu.Unlock()
	s.m.reloads.WithLabelValues("ok").Inc()
	s.m.reloadFailing.Set(0)
	s.m.rulesLoaded.Set(float64(len(rules)))
	s.deps.Log.Info("alerter: rules reloaded", "file", s.cfg.RulesFile, "rules", len(rules))
}

// Run consumes llmobs.slis until ctx ends.
func (s *Service) Run(ctx context.Context) error {
	opts, err := s.deps.Kafka.Opts("alerter")
	if err != nil {
		return err
	}
	opts = append(opts,
		kgo.ConsumerGroup(s.cfg.Group),
		kgo.ConsumeTopics(s.deps.Topics.SLIs),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.TransactionalID("llmobs-alerter-"+s.deps.InstanceID),
		// Transaction markers come back as control records (skipped in
		// process), so committed offsets pass the marker that ends each
		// partition: an idle alerter shows lag 0, not 1.
		kgo.KeepControlRecords(),
		kgo.DefaultProduceTopic(s.deps.Topics.Alerts),
		kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
			s.onAssigned(m)
			s.reassigned.Store(true)
		}),
		kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, m map[string][]int32) { s.onRevoked(m) }),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, m map[string][]int32) { s.onRevoked(m) }),
	)
	sess, err := kgo.NewGroupTransactSession(opts...)
	if err != nil {
		return fmt.Errorf("alerter: transactional client: %w", err)
	}
	defer sess.Close()
	if err := s.recover(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if err := s.rebuild(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		// Not fatal: SLO burn rates and budgets then start from now, as
		// before this existed.
		s.deps.Log.Warn("alerter: could not rebuild SLO/budget history from the SLI topic", "err", err)
	}
	s.ready.Store(true)
	fctx, fcancel := context.WithCancel(ctx)
	fdone := make(chan struct{})
	go func() { s.runBudgetFeed(fctx); close(fdone) }()
	defer func() { fcancel(); <-fdone }()
	nctx, ncancel := context.WithCancel(context.WithoutCancel(ctx))
	ndone := make(chan struct{})
	go func() { s.notifier.Run(nctx); close(ndone) }()
	defer func() { ncancel(); <-ndone }()
	lastReload := time.Now()
	for ctx.Err() == nil {
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		fs := sess.PollFetches(pctx)
		cancel()
		if ctx.Err() != nil {
			break
		}
		if s.cfg.ReloadInterval > 0 && time.Since(lastReload) >= s.cfg.ReloadInterval {
			lastReload = time.Now()
			s.maybeReload()
		}
		if s.reassigned.Swap(false) {
			if err := s.recover(ctx); err != nil {
				s.deps.Log.Warn("alerter: re-reading alert state after rebalance", "err", err)
			}
		}
		fs.EachError(func(t string, p int32, err error) {
			// The poll's own one-second timeout ends most idle polls: not an
			// error worth a log line every second.
			if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
				return
			}
			s.deps.Log.Warn("alerter: fetch", "topic", t, "partition", p, "err", err)
		})
		if err := s.process(ctx, sess, fs.Records()); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) process(ctx context.Context, sess *kgo.GroupTransactSession, recs []*kgo.Record) error {
	if err := sess.Begin(); err != nil {
		return fmt.Errorf("alerter: begin transaction: %w", err)
	}
	s.mu.Lock()
	var out []Alert
	for _, r := range recs {
		if r.Attrs.IsControl() {
			continue
		}
		var b llmobsv1.SLIWindowBatch
		if err := proto.Unmarshal(r.Value, &b); err != nil {
			s.m.badRecords.Inc()
			s.deps.Log.Warn("alerter: undecodable SLI record skipped", "partition", r.Partition, "offset", r.Offset, "err", err)
			continue
		}
		for _, w := range b.GetWindows() {
			s.m.windowsIn.Inc()
			s.m.evaluations.Add(float64(len(s.eng.Rules())))
			out = append(out, s.eng.Evaluate(w)...)
		}
	}
	out = append(out, s.eng.Sweep()...)
	out = append(out, s.takeBudgetAlerts()...)
	firing := s.eng.Firing()
	for k, v := range s.cross.Firing() {
		firing[k] += v
	}
	s.mu.Unlock()
	s.m.firing.Reset()
	for k, v := range firing {
		s.m.firing.WithLabelValues(k).Set(float64(v))
	}
	for _, a := range out {
		v, _ := json.Marshal(a)
		sess.Produce(ctx, &kgo.Record{Key: []byte(a.Fingerprint), Value: v, Headers: []kgo.RecordHeader{{Key: kafka.HeaderSchema, Value: []byte("alertmanager.Alert+json")}}}, nil)
	}
	// End flushes; shutdown gets its own bounded context so in-flight
	// alerts still commit with their offsets.
	ectx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.shutdownTimeout())
	defer cancel()
	committed, err := sess.End(ectx, kgo.TryCommit)
	if err != nil {
		return fmt.Errorf("alerter: end transaction: %w", err)
	}
	if committed {
		s.mu.Lock()
		s.remember(out)
		s.mu.Unlock()
		s.m.alertsOut.WithLabelValues("kafka", "sent").Add(float64(len(out)))
		s.notifier.Enqueue(out)
	} else if len(out) > 0 {
		// Aborted (rebalance): the offsets were not committed, the
		// windows come again; forget what we announced by re-reading.
		s.reassigned.Store(true)
	}
	return nil
}

func (s *Service) shutdownTimeout() time.Duration {
	if s.deps.ShutdownTimeout > 0 {
		return s.deps.ShutdownTimeout
	}
	return 10 * time.Second
}

// recover reads llmobs.alerts from the start to its current end and
// restores which alerts are firing.
func (s *Service) recover(ctx context.Context) error {
	st, err := ReadAlertState(ctx, s.deps.Kafka, s.deps.Topics.Alerts)
	if err != nil {
		return fmt.Errorf("alerter: recover state from %s: %w", s.deps.Topics.Alerts, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range st {
		// Each alert back to the engine whose rules raise it (the main
		// one when its rule is gone: Sweep resolves it there).
		if s.cross.HasRule(a.Labels["alertname"]) {
			s.cross.RestoreIfUnknown(a)
		} else {
			s.eng.RestoreIfUnknown(a)
		}
	}
	s.announceGained(st)
	latest := make([]Alert, 0, len(st))
	for _, a := range st {
		latest = append(latest, a)
	}
	sort.Slice(latest, func(i, j int) bool { return latest[i].StartsAt.Before(latest[j].StartsAt) })
	if len(s.recent) == 0 { // recover runs again after a rebalance: seed once
		s.remember(latest)
	}
	return nil
}

// ReadAlertState reads topic from the beginning to its end offsets (read
// committed) and returns the latest alert per fingerprint.
func ReadAlertState(ctx context.Context, kcfg kafka.Config, topic string) (map[string]Alert, error) {
	adm, err := kafka.NewClient(kcfg, "alerter-recover")
	if err != nil {
		return nil, err
	}
	defer adm.Close()
	ends, err := kadm.NewClient(adm).ListEndOffsets(ctx, topic)
	if err != nil {
		return nil, err
	}
	if err := ends.Error(); err != nil {
		return nil, err
	}
	want := map[int32]int64{}
	start := map[string]map[int32]kgo.Offset{topic: {}}
	ends.Each(func(o kadm.ListedOffset) {
		if o.Offset > 0 {
			want[o.Partition] = o.Offset
			start[topic][o.Partition] = kgo.NewOffset().AtStart()
		}
	})
	out := map[string]Alert{}
	if len(want) == 0 {
		return out, nil
	}
	cl, err := kafka.NewClient(kcfg, "alerter-recover", kgo.ConsumePartitions(start), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	for len(want) > 0 {
		// The end offset counts transaction markers (and aborted records)
		// that a read-committed consumer never sees, so a partition can
		// stop short of it: an idle second means caught up.
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		fs := cl.PollFetches(pctx)
		cancel()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if pctx.Err() != nil && fs.NumRecords() == 0 {
			break
		}
		var ferr error
		fs.EachError(func(_ string, _ int32, err error) {
			if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
				ferr = err
			}
		})
		if ferr != nil {
			return nil, ferr
		}
		fs.EachRecord(func(r *kgo.Record) {
			var a Alert
			if json.Unmarshal(r.Value, &a) == nil && a.Fingerprint != "" {
				out[a.Fingerprint] = a
			}
			if end, ok := want[r.Partition]; ok && r.Offset+1 >= end {
				delete(want, r.Partition)
			}
		})
	}
	return out, nil
}

// rebuild replays llmobs.slis into the SLO and budget series, for the
// history the rules need (HistoryNeeded: up to 3 days, a budget's whole
// period), from that far back up to the group's committed offsets: the
// windows after them are processed normally next, so none is counted
// twice. Alerts are not evaluated here (their state comes back from
// llmobs.alerts).
func (s *Service) rebuild(ctx context.Context) error {
	s.mu.Lock()
	need := s.eng.HistoryNeeded(time.Now())
	s.mu.Unlock()
	if need <= 0 {
		return nil
	}
	topic := s.deps.Topics.SLIs
	cl, err := kafka.NewClient(s.deps.Kafka, "alerter-rebuild", kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		return err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	committed, err := adm.FetchOffsets(rctx, s.cfg.Group)
	if err != nil {
		return fmt.Errorf("committed offsets: %w", err)
	}
	starts, err := adm.ListOffsetsAfterMilli(rctx, time.Now().Add(-need).UnixMilli(), topic)
	if err != nil {
		return fmt.Errorf("offsets %s back: %w", need, err)
	}
	until := map[int32]int64{}
	from := map[int32]kgo.Offset{}
	committed.Each(func(o kadm.OffsetResponse) {
		if o.Topic != topic || o.Err != nil || o.At <= 0 {
			return
		}
		st, ok := starts.Lookup(topic, o.Partition)
		if !ok || st.Err != nil || st.Offset >= o.At {
			return
		}
		until[o.Partition] = o.At
		from[o.Partition] = kgo.NewOffset().At(st.Offset)
	})
	if len(until) == 0 {
		return nil
	}
	cl.AddConsumePartitions(map[string]map[int32]kgo.Offset{topic: from})
	n := 0
	for len(until) > 0 {
		pctx, pcancel := context.WithTimeout(rctx, 2*time.Second)
		fs := cl.PollFetches(pctx)
		pcancel()
		if rctx.Err() != nil {
			return fmt.Errorf("replayed %d windows, then: %w", n, rctx.Err())
		}
		if fs.NumRecords() == 0 && pctx.Err() != nil {
			break // nothing more readable (markers at the end)
		}
		fs.EachPartition(func(p kgo.FetchTopicPartition) {
			end, ok := until[p.Partition]
			if !ok {
				return
			}
			for _, r := range p.Records {
				if r.Offset >= end {
					delete(until, p.Partition)
					return
				}
				var b llmobsv1.SLIWindowBatch
				if proto.Unmarshal(r.Value, &b) != nil {
					continue // counted when the group consumer reads it
				}
				s.mu.Lock()
				for _, w := range b.GetWindows() {
					s.eng.Observe(w)
					n++
				}
				s.mu.Unlock()
			}
			if last := p.Records; len(last) > 0 && last[len(last)-1].Offset+1 >= end {
				delete(until, p.Partition)
			}
		})
	}
	s.deps.Log.Info("alerter: SLO and budget history rebuilt from the SLI topic", "windows", n, "back", need)
	s.m.replayed.Add(float64(n))
	return nil
}
