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
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
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
	dlq           *prometheus.CounterVec
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
		badRecords:    prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_bad_records_total", Help: "llmobs.slis records that did not decode (written to the DLQ and skipped)."}),
		dlq:           prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_alerter_dlq_records_total", Help: "Records written to the DLQ by reason."}, []string{"reason"}),
		rulesLoaded:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_alerter_rules_loaded", Help: "Rules in effect."}),
		evaluations:   prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_evaluations_total", Help: "Window evaluations (windows x rules in effect)."}),
		firing:        prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "llmobs_alerter_alerts_firing", Help: "Firing alerts by alertname (this instance)."}, []string{"alertname"}),
		alertsOut:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_alerter_notifications_total", Help: "Alert events by receiver (kafka, alertmanager, webhookN) and outcome (sent, failed, dropped)."}, []string{"receiver", "status"}),
		reloads:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_alerter_reloads_total", Help: "Rules reloads by result (ok, error)."}, []string{"result"}),
		reloadFailing: prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_alerter_reload_failing", Help: "1 while the rules file on disk does not load (old rules kept)."}),
		budgetWindows: prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_alerter_budget_feed_records_total", Help: "llmobs.slis records the budget feed read (every partition, for budgets across series: per tenant, user, service...)."}),
	}
	for _, c := range []prometheus.Collector{m.windowsIn, m.replayed, m.sloEstimated, m.badRecords, m.dlq, m.rulesLoaded, m.evaluations, m.firing, m.alertsOut, m.reloads, m.reloadFailing, m.budgetWindows} {
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

	mu sync.Mutex // guards own, parts, orphans, cross, owner, pending (Run loop, budget feed, HTTP)
	// own: the rules evaluated per series; parts: their engine per
	// assigned llmobs.slis partition (run.go).
	own    []*Rule
	parts  map[int32]*Engine
	ruleID fileID
	// orphans: alerts announced as firing whose partition is not known
	// (records written before the partition header); the engine whose
	// series raises one adopts it.
	orphans map[string]Alert
	// cross evaluates the budgets whose spend comes from several series
	// (budgets.go); pending holds its alerts until the next transaction.
	cross   *Engine
	owner   budgetOwner
	pending []Alert

	notifier *Notifier

	reassigned atomic.Bool
	ready      atomic.Bool

	recent []Alert // last maxRecent alert events sent, oldest first (guarded by mu)

	surges *surgeLoop // LLMNovelPromptSurge from llmobs.novelty (surges.go); set by Run
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
	s := &Service{cfg: cfg, deps: deps, m: m, own: own, parts: map[int32]*Engine{}, orphans: map[string]Alert{}, cross: NewEngine(cross)}
	m.dlq.WithLabelValues(reasonDecode)
	m.dlq.WithLabelValues(reasonUTF8)
	for _, e := range []*Engine{s.cross} {
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
		deps.Admin.Mount("GET /api/alerts", auth.RoleRead, http.HandlerFunc(s.handleAlerts))
		deps.Admin.Mount("GET /api/alerts/recent", auth.RoleRead, http.HandlerFunc(s.handleRecent))
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
	s.own = own
	for _, e := range s.parts {
		e.SetRules(own)
	}
	s.cross.SetRules(cross)
	s.mu.Unlock()
	s.m.reloads.WithLabelValues("ok").Inc()
	s.m.reloadFailing.Set(0)
	s.m.rulesLoaded.Set(float64(len(rules)))
	s.deps.Log.Info("alerter: rules reloaded", "file", s.cfg.RulesFile, "rules", len(rules))
}
