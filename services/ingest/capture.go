package ingest

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/ingest/sampling"
)

// capture is trigger-based full capture (DESIGN, "Sampling under
// backpressure"): while an alert fires for a series, ingest forwards that
// series' spans whole at every shedding level, so the incident keeps its
// detail. It follows llmobs.alerts (Alertmanager-shaped JSON, one alert
// per record) with a reader of its own in every instance: an alert's
// series labels (service, model, operation, provider, tenant — those it
// has) select the spans; "resolved" ends it, and so does silence longer
// than ttl (the alerter re-announces firing alerts every repeat_interval,
// 4 h by default), so a lost resolution cannot pin a series for ever.
type capture struct {
	ttl time.Duration

	mu     sync.RWMutex
	firing map[string]captured // by fingerprint
}

type captured struct {
	match sli.Key // "" fields match anything
	seen  time.Time
}

func newCapture(ttl time.Duration) *capture {
	return &capture{ttl: ttl, firing: map[string]captured{}}
}

// alertRecord is what capture reads of an alert.
type alertRecord struct {
	Status      string            `json:"status"`
	Labels      map[string]string `json:"labels"`
	Fingerprint string            `json:"fingerprint"`
}

// observe folds one llmobs.alerts record in, read at now; false when it is
// not an alert.
func (c *capture) observe(v []byte, now time.Time) bool {
	var a alertRecord
	if err := json.Unmarshal(v, &a); err != nil || a.Fingerprint == "" {
		return false
	}
	k := sli.Key{Service: a.Labels["service"], Model: a.Labels["model"], Operation: a.Labels["operation"], Provider: a.Labels["provider"], Tenant: a.Labels["tenant"]}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case a.Status == "resolved":
		delete(c.firing, a.Fingerprint)
	case a.Status == "firing" && k != (sli.Key{}): // an alert on no series (pipeline health) selects nothing
		c.firing[a.Fingerprint] = captured{match: k, seen: now}
	}
	return true
}

// expire forgets alerts not re-announced within ttl; it returns how many
// still fire.
func (c *capture) expire(now time.Time) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	for fp, a := range c.firing {
		if now.Sub(a.seen) > c.ttl {
			delete(c.firing, fp)
		}
	}
	return len(c.firing)
}

// selects reports whether a firing alert's labels select the span's series.
func (c *capture) selects(s *llmobsv1.Span) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if len(c.firing) == 0 {
		return false
	}
	k, ok := sli.KeyOfSpan(s)
	if !ok {
		return false
	}
	for _, a := range c.firing {
		m := a.match
		if (m.Service == "" || m.Service == k.Service) && (m.Model == "" || m.Model == k.Model) &&
			(m.Operation == "" || m.Operation == k.Operation) && (m.Provider == "" || m.Provider == k.Provider) &&
			(m.Tenant == "" || m.Tenant == k.Tenant) {
			return true
		}
	}
	return false
}

// exempt wraps another exemption rule: a span a firing alert selects is
// forwarded whole (reason alert), else the other rule decides.
func (c *capture) exempt(next func(*llmobsv1.Span) string) func(*llmobsv1.Span) string {
	return func(s *llmobsv1.Span) string {
		if c.selects(s) {
			return sampling.ReasonAlert
		}
		if next != nil {
			return next(s)
		}
		return ""
	}
}

// followAlerts reads llmobs.alerts from ttl back until ctx ends, feeding
// capture. Records that are not alerts are counted, not sent to the DLQ:
// every ingest instance reads the topic, so N instances would write N
// copies (the alerter's own reader DLQs them).
func (s *Service) followAlerts(ctx context.Context, c *capture) {
	cl, err := kafka.NewClient(s.deps.Kafka, "ingest-alerts",
		kgo.ConsumeTopics(s.deps.Topics.Alerts),
		kgo.ConsumeResetOffset(kgo.NewOffset().AfterMilli(time.Now().Add(-c.ttl).UnixMilli())),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
	)
	if err != nil {
		s.log.Warn("sampling: cannot read llmobs.alerts; series with firing alerts are shed like the others — check Kafka connectivity", "err", err)
		return
	}
	defer cl.Close()
	for {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		fetches := cl.PollRecords(pctx, 1000)
		cancel()
		if ctx.Err() != nil {
			return
		}
		now := time.Now()
		fetches.EachRecord(func(r *kgo.Record) {
			if !c.observe(r.Value, now) {
				s.m.captureBad.Inc()
			}
		})
		s.m.captureSeries.Set(float64(c.expire(now)))
	}
}
