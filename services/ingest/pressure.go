package ingest

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/llmobs/llmobs/services/ingest/sampling"
)

// readPressure measures how far the downstream consumer groups are behind
// beyond what they intend to hold (sampling.Config.IntendedDelay): the age
// of each group's oldest unconsumed record, minus its intended delay,
// on the controller's grid (sampling.Config.Excess). Ages come from record
// timestamps, found by listing offsets by time: a partition is more than T
// behind when the first offset at or after now − T is more than one record
// past the group's commit (one: a transaction marker the group has no
// reason to commit past). Only groups with a partition behind cost any
// listing: one when within half the target, about seven (a bisection of
// the grid) when beyond it, shared by groups with the same intended delay.
//
// Records, not time, are what the summed lag returns: for the log, and
// for the optional target_lag bound.
func readPressure(ctx context.Context, adm *kadm.Client, cfg sampling.Config, now time.Time) (delay time.Duration, lag int64, err error) {
	lags, err := adm.Lag(ctx, cfg.Groups...)
	if err != nil {
		return 0, 0, err
	}
	type part struct {
		topic  string
		p      int32
		commit int64
	}
	behind := map[string][]part{}
	lags.Each(func(l kadm.DescribedGroupLag) {
		if l.Error() != nil {
			return
		}
		lag += l.Lag.Total()
		for _, ps := range l.Lag {
			for _, ml := range ps {
				if ml.Err != nil || ml.Lag <= 1 {
					continue
				}
				commit := ml.Commit.At
				if commit < 0 {
					commit = ml.Start.Offset // never committed: it reads from the start
				}
				behind[l.Group] = append(behind[l.Group], part{ml.Topic, ml.Partition, commit})
			}
		}
	})
	type listing struct {
		ms     int64
		topics string
	}
	listed := map[listing]kadm.ListedOffsets{} // groups with the same intended delay share
	step := cfg.DelayStep()
	for g, parts := range behind {
		intended := cfg.IntendedDelay[g]
		var topics []string
		seen := map[string]bool{}
		for _, pt := range parts {
			if !seen[pt.topic] {
				seen[pt.topic] = true
				topics = append(topics, pt.topic)
			}
		}
		sort.Strings(topics)
		// olderThan: does the group hold more than one unconsumed record
		// older than intended + d?
		var lerr error
		olderThan := func(d time.Duration) bool {
			key := listing{now.Add(-(intended + d)).UnixMilli(), strings.Join(topics, ",")}
			lo, ok := listed[key]
			if !ok {
				var err error
				if lo, err = adm.ListOffsetsAfterMilli(ctx, key.ms, topics...); err != nil {
					lerr = err
					return false
				}
				listed[key] = lo
			}
			for _, pt := range parts {
				if o, ok := lo.Lookup(pt.topic, pt.p); ok && o.Err == nil && o.Offset-pt.commit > 1 {
					return true
				}
			}
			return false
		}
		// The grid of Config.Excess: nothing under half the target, then
		// steps up to MaxDelay, found by bisection (the predicate is
		// monotone: older than d implies older than any shorter d).
		lo := (cfg.TargetDelay/2 + step - 1) / step // first step at or over half the target
		hi := cfg.MaxDelay() / step
		var excess time.Duration
		switch {
		case !olderThan(lo * step):
		case olderThan(hi * step):
			excess = hi * step
		default:
			for hi-lo > 1 {
				mid := (lo + hi) / 2
				if olderThan(mid * step) {
					lo = mid
				} else {
					hi = mid
				}
			}
			excess = lo * step
		}
		if lerr != nil {
			return delay, lag, lerr
		}
		delay = max(delay, excess)
	}
	return delay, lag, nil
}
