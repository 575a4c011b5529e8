package alerter

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Budgets whose spend comes from several series (per tenant, per user, per
// service across its models...) cannot be kept by the instance that owns
// one series: llmobs.slis is partitioned by series, and alerter instances
// split its partitions. So every instance reads every partition of
// llmobs.slis for those rules (the "budget feed": spend sums only, no
// digests) into a second engine, and only the instance that owns
// partition 0 of llmobs.slis in the consumer group announces their alerts,
// in the same transactions as its other alerts. All instances compute the
// same state from the same windows, so when partition 0 moves the new
// owner goes on where the old one stopped.

// crossSeries reports whether a rule needs windows of more than one series.
func crossSeries(r *Rule) bool {
	if r.kind != "budget" {
		return false
	}
	if r.byOwner {
		return true
	}
	have := map[string]bool{}
	for _, d := range r.budgetBy {
		have[d] = true
	}
	return !(have["service"] && have["model"] && have["operation"] && have["provider"])
}

// splitRules separates the rules the group's partitions can evaluate from
// the cross-series budgets the feed evaluates.
func splitRules(rules []*Rule) (own, cross []*Rule) {
	for _, r := range rules {
		if crossSeries(r) {
			cross = append(cross, r)
		} else {
			own = append(own, r)
		}
	}
	return own, cross
}

// budgetOwner is what the feed needs to know about the group assignment.
type budgetOwner struct {
	known bool // an assignment has been received
	owns  bool // partition 0 of llmobs.slis is ours
	// gained: ownership just came to this instance; the next recover
	// announces cross-series alerts the old owner may not have.
	gained bool
	parts  map[int32]bool // SLI partitions assigned here
}

// onAssigned / onRevoked track partition 0 of the SLI topic.
func (s *Service) onAssigned(m map[string][]int32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.owner.known = true
	if s.owner.parts == nil {
		s.owner.parts = map[int32]bool{}
	}
	for _, p := range m[s.deps.Topics.SLIs] {
		s.owner.parts[p] = true
		if p == 0 && !s.owner.owns {
			s.owner.owns, s.owner.gained = true, true
		}
	}
}

func (s *Service) onRevoked(m map[string][]int32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range m[s.deps.Topics.SLIs] {
		delete(s.owner.parts, p)
		delete(s.parts, p) // its alerts are the new owner's now
		if p == 0 {
			s.owner.owns = false
		}
	}
}

// takeBudgetAlerts returns the feed's alerts to announce now (callers hold
// mu): all of them on the owner, none elsewhere; before the first
// assignment they wait.
func (s *Service) takeBudgetAlerts() []Alert {
	if !s.owner.known {
		return nil
	}
	out := append(s.pending, s.cross.Sweep()...)
	s.pending = nil
	if !s.owner.owns {
		return nil
	}
	return out
}

// announceGained, after alert state was re-read (callers hold mu): when
// this instance just became the owner, it announces what the old owner
// may not have (cross-series alerts firing here whose latest record is
// not firing), and drops pending events the old owner already sent.
func (s *Service) announceGained(latest map[string]Alert) {
	if !s.owner.gained {
		return
	}
	s.owner.gained = false
	kept := s.pending[:0]
	for _, a := range s.pending {
		if l, ok := latest[a.Fingerprint]; !ok || l.Status != a.Status {
			kept = append(kept, a)
		}
	}
	s.pending = kept
	for _, a := range s.cross.Active() {
		if l, ok := latest[a.Fingerprint]; !ok || l.Status != "firing" {
			s.pending = append(s.pending, a)
		}
	}
}

// budgetFeed reads every partition of llmobs.slis: from as far back as the
// cross-series budgets need up to the end offsets at start it only folds
// spend (history), after that it evaluates.
func (s *Service) budgetFeed(ctx context.Context) error {
	topic := s.deps.Topics.SLIs
	cl, err := kafka.NewClient(s.deps.Kafka, "alerter-budgets", kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		return err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	s.mu.Lock()
	need := s.cross.HistoryNeeded(time.Now())
	// The feed (re)starts from the period's start: spend is folded again
	// from scratch, not on top of a previous run's.
	s.cross.budgets = map[string]*budgetSeries{}
	s.mu.Unlock()
	var ends, starts kadm.ListedOffsets
	for {
		lctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		ends, err = adm.ListEndOffsets(lctx, topic)
		if err == nil {
			err = ends.Error()
		}
		if err == nil {
			starts, err = adm.ListOffsetsAfterMilli(lctx, time.Now().Add(-need).UnixMilli(), topic)
		}
		if err == nil {
			err = starts.Error()
		}
		cancel()
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		s.deps.Log.Warn("alerter: budget feed: listing offsets failed, retrying — check Kafka connectivity", "topic", topic, "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(2 * time.Second):
		}
	}
	history := map[int32]int64{}
	from := map[int32]kgo.Offset{}
	ends.Each(func(o kadm.ListedOffset) {
		history[o.Partition] = o.Offset
		from[o.Partition] = kgo.NewOffset().At(o.Offset)
		if st, ok := starts.Lookup(topic, o.Partition); ok && st.Offset >= 0 && st.Offset < o.Offset {
			from[o.Partition] = kgo.NewOffset().At(st.Offset)
		}
	})
	cl.AddConsumePartitions(map[string]map[int32]kgo.Offset{topic: from})
	for ctx.Err() == nil {
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		fs := cl.PollFetches(pctx)
		cancel()
		fs.EachError(func(t string, p int32, err error) {
			if !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
				s.deps.Log.Warn("alerter: budget feed: fetch error; the client retries — check the broker if this repeats", "topic", t, "partition", p, "err", err)
			}
		})
		fs.EachRecord(func(r *kgo.Record) {
			if r.Attrs.IsControl() {
				return
			}
			var b llmobsv1.SLIWindowBatch
			if b.UnmarshalVT(r.Value) != nil {
				return // counted by the group consumer
			}
			s.mu.Lock()
			for _, w := range b.GetWindows() {
				if r.Offset < history[r.Partition] {
					s.cross.Observe(w)
					continue
				}
				s.pending = append(s.pending, s.cross.Evaluate(w)...)
			}
			s.mu.Unlock()
			s.m.budgetWindows.Inc()
		})
	}
	return nil
}

// runBudgetFeed keeps the feed running until ctx ends.
func (s *Service) runBudgetFeed(ctx context.Context) {
	for ctx.Err() == nil {
		if err := s.budgetFeed(ctx); err != nil && ctx.Err() == nil {
			s.deps.Log.Warn("alerter: budget feed stopped, restarting (budgets pause meanwhile) — check Kafka connectivity", "err", fmt.Errorf("budget feed: %w", err))
			select {
			case <-ctx.Done():
			case <-time.After(2 * time.Second):
			}
			continue
		}
		return
	}
}
