package alerter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/protocheck"
	"github.com/llmobs/llmobs/pkg/stream"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// State per partition. Alert state is a function of one llmobs.slis
// partition's windows in offset order (a series lives on one partition):
// each assigned partition has its own Engine, with its own event time
// (stale resolution), swept after every record. So what is announced does
// not depend on which instance owns which partitions, on how fetches
// interleave partitions, or on where poll batches end; and the state at a
// committed offset can be rebuilt exactly:
//
//   - when a partition is assigned (at start, after a rebalance, after an
//     aborted transaction rewound the offsets) its engine is rebuilt
//     before any of its new records is evaluated: its windows are
//     replayed from far enough back (SLO and budget history, and every
//     threshold rule's for + keep_firing_for + stale_after) up to the
//     committed offset, evaluating alerts without announcing them;
//   - then the replayed states are reconciled with llmobs.alerts (read to
//     its end after the offsets are stable, so it holds every event of the
//     windows before the committed offset and none after): what the topic
//     says was announced last wins (firing and its startsAt, or not);
//   - events are produced in the transaction that commits the offsets of
//     the windows that caused them; an aborted transaction drops every
//     engine (franz-go rewinds to the committed offsets, the windows come
//     again and the engines are rebuilt), so an event is never lost and
//     never announced twice.

// headerSLIPartition on an llmobs.alerts record names the llmobs.slis
// partition whose windows raised the alert (absent for budgets across
// series).
const headerSLIPartition = "llmobs-sli-partition"

// storedAlert is the latest record of one alert on llmobs.alerts, with the
// llmobs.slis partition that raised it (-1: not known).
type storedAlert struct {
	Alert
	part int32
}

// outAlert is an event to produce and the partition that raised it (-1
// for budgets across series).
type outAlert struct {
	Alert
	part int32
}

// newEngine is an engine for one llmobs.slis partition over the current
// rules. Callers hold mu.
func (s *Service) newEngine() *Engine {
	e := NewEngine(s.own)
	e.RepeatInterval, e.StaleAfter, e.GeneratorURL = s.cfg.RepeatInterval, s.cfg.StaleAfter, s.cfg.GeneratorURL
	return e
}

// liveEngine wires an engine for evaluation (metrics, adopting alerts of
// unknown partition). Callers hold mu.
func (s *Service) liveEngine(e *Engine) {
	e.onEstimate = func(rule string) { s.m.sloEstimated.WithLabelValues(rule).Inc() }
	e.adopt = func(fp string) (Alert, bool) {
		a, ok := s.orphans[fp]
		if ok {
			delete(s.orphans, fp)
		}
		return a, ok
	}
}

// historyNeeded is how far before a partition's committed offset its
// windows are replayed: the SLO and budget history the rules need, and
// for threshold rules enough for their for, keep_firing_for and
// stale_after to be rebuilt.
func (s *Service) historyNeeded(at time.Time) time.Duration {
	s.mu.Lock()
	rules := s.own
	s.mu.Unlock()
	d := NewEngine(rules).HistoryNeeded(at)
	if len(rules) > 0 {
		var th time.Duration
		for _, r := range rules {
			th = max(th, r.For+r.KeepFiringFor)
		}
		d = max(d, th+s.cfg.StaleAfter+5*time.Minute)
	}
	return d
}

// Run consumes llmobs.slis until ctx ends, on the shared transactional
// loop (package stream): alert events are produced in the transaction that
// commits the offsets of the windows that caused them.
func (s *Service) Run(ctx context.Context) error {
	st, err := s.readState(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	s.recover(st)
	// LLMNovelPromptSurge: a second loop over llmobs.novelty (surges.go);
	// if it fails, the alerter stops.
	sl, err := s.newSurgeLoop()
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.surges = sl
	s.mu.Unlock()
	ctx, cancelAll := context.WithCancel(ctx)
	defer cancelAll()
	surgeErr := make(chan error, 1)
	go func() {
		err := s.runSurges(ctx, sl)
		if err != nil && ctx.Err() == nil {
			cancelAll()
		}
		surgeErr <- err
	}()
	fctx, fcancel := context.WithCancel(ctx)
	fdone := make(chan struct{})
	go func() { s.runBudgetFeed(fctx); close(fdone) }()
	defer func() { fcancel(); <-fdone }()
	nctx, ncancel := context.WithCancel(context.WithoutCancel(ctx))
	ndone := make(chan struct{})
	go func() { s.notifier.Run(nctx); close(ndone) }()
	defer func() { ncancel(); <-ndone }()
	poll := &alertPoll{s: s, lastReload: time.Now()}
	err = stream.Run(ctx, s.loopConfig("alerter", s.cfg.Group, s.deps.Topics.SLIs,
		kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, m map[string][]int32) {
			s.onAssigned(m)
			s.reassigned.Store(true)
		}),
		kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, m map[string][]int32) { s.onRevoked(m) }),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, m map[string][]int32) { s.onRevoked(m) }),
	), poll, stream.Hooks{
		Ended: poll.ended,
	})
	cancelAll()
	if serr := <-surgeErr; err == nil && serr != nil && !errors.Is(serr, context.Canceled) {
		err = fmt.Errorf("alerter surges: %w", serr)
	}
	return err
}

// loopConfig is the alerter's transactional loop (package stream) named
// name, consuming topic in group from the start, read_committed, and
// producing alert events to llmobs.alerts; extra adds the loop's
// rebalance callbacks. Its transactional ID is llmobs-<name>-<instance>.
func (s *Service) loopConfig(name, group, topic string, extra ...kgo.Opt) stream.Config {
	return stream.Config{
		Name:               name,
		Kafka:              s.deps.Kafka,
		Metrics:            s.deps.Metrics,
		Group:              s.deps.Kafka.Group(group, s.deps.InstanceID),
		Topics:             []string{topic},
		TransactionalID:    "llmobs-" + name + "-" + s.deps.InstanceID,
		TransactionTimeout: time.Minute,
		PollTimeout:        time.Second,
		ShutdownTimeout:    s.shutdownTimeout(),
		StopTimeout:        s.deps.StageStop(),
		Log:                s.deps.Log,
		Opts: func() []kgo.Opt {
			return append([]kgo.Opt{
				kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
				kgo.FetchIsolationLevel(kgo.ReadCommitted()),
				// Transaction markers come back as control records
				// (skipped in Process), so committed offsets pass the
				// marker that ends each partition: an idle alerter shows
				// lag 0, not 1.
				kgo.KeepControlRecords(),
				kgo.DefaultProduceTopic(s.deps.Topics.Alerts),
			}, extra...)
		},
	}
}

type partRecords struct {
	part int32
	recs []*kgo.Record
}

// alertPoll is the alerter's work on one poll of llmobs.slis; what it
// evaluated takes effect (remembered, notified) only once its transaction
// committed, and is dropped (rebuilt from the topics) otherwise.
type alertPoll struct {
	s          *Service
	lastReload time.Time
	out        []outAlert
	cross      []Alert
	// dlq counts this poll's DLQ records by reason.
	dlq map[string]int
}

func (p *alertPoll) Process(ctx context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
	s := p.s
	defer s.ready.Store(true)
	p.out, p.cross, p.dlq = nil, nil, nil
	if s.cfg.ReloadInterval > 0 && time.Since(p.lastReload) >= s.cfg.ReloadInterval {
		p.lastReload = time.Now()
		s.maybeReload()
	}
	var parts []partRecords
	fs.EachPartition(func(fp kgo.FetchTopicPartition) {
		if fp.Topic == s.deps.Topics.SLIs && len(fp.Records) > 0 {
			parts = append(parts, partRecords{fp.Partition, fp.Records})
		}
	})
	sort.Slice(parts, func(i, j int) bool { return parts[i].part < parts[j].part })
	s.mu.Lock()
	build := map[int32]*kgo.Record{}
	for _, pr := range parts {
		if s.parts[pr.part] == nil {
			build[pr.part] = pr.recs[0]
		}
	}
	s.mu.Unlock()
	if len(build) > 0 || s.reassigned.Swap(false) {
		if err := s.rebuild(ctx, build); err != nil {
			if ctx.Err() != nil {
				return nil, stream.ErrUnread
			}
			// Nothing of this poll is evaluated: it is read again.
			s.deps.Log.Warn("alerter: rebuilding alert state failed; retrying in 1 s (is Kafka reachable?)", "err", err)
			s.reassigned.Store(true)
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
			return nil, stream.ErrUnread
		}
	}
	var dlq []*kgo.Record
	s.mu.Lock()
	for _, pr := range parts {
		eng := s.parts[pr.part]
		if eng == nil {
			continue // revoked meanwhile: this transaction aborts
		}
		for _, r := range pr.recs {
			if r.Attrs.IsControl() {
				continue
			}
			var b llmobsv1.SLIWindowBatch
			if err := b.UnmarshalVT(r.Value); err != nil {
				s.deps.Log.Warn("alerter: undecodable SLI record sent to the DLQ (reason decode_error); inspect it on llmobs.dlq — its producer is not the aggregator's schema", "partition", r.Partition, "offset", r.Offset, "bytes", len(r.Value), "err", err)
				dlq = append(dlq, kafka.DLQRecord(s.deps.Topics.DLQ, "alerter", reasonDecode, err, r, r.Value))
				p.count(reasonDecode)
				continue
			}
			if err := protocheck.UTF8(&b); err != nil {
				// Its labels would go on into alerts (and their
				// fingerprints) as something else: JSON replaces the bad
				// bytes.
				s.deps.Log.Warn("alerter: SLI record with a string that is not UTF-8 sent to the DLQ (reason invalid_utf8); inspect it on llmobs.dlq — its producer is not the aggregator", "partition", r.Partition, "offset", r.Offset, "err", err)
				dlq = append(dlq, kafka.DLQRecord(s.deps.Topics.DLQ, "alerter", reasonUTF8, err, r, r.Value))
				p.count(reasonUTF8)
				continue
			}
			for _, w := range b.GetWindows() {
				s.m.windowsIn.Inc()
				s.m.evaluations.Add(float64(len(eng.Rules())))
				for _, a := range eng.Evaluate(w) {
					p.out = append(p.out, outAlert{a, pr.part})
				}
			}
			// After every record: the same points in a replay.
			for _, a := range eng.Sweep() {
				p.out = append(p.out, outAlert{a, pr.part})
			}
		}
	}
	p.cross = s.takeBudgetAlerts()
	for _, a := range p.cross {
		p.out = append(p.out, outAlert{a, -1})
	}
	s.setFiringGauge()
	s.mu.Unlock()
	recs := make([]*kgo.Record, 0, len(p.out)+len(dlq))
	for _, a := range p.out {
		v, _ := json.Marshal(a.Alert)
		hs := []kgo.RecordHeader{{Key: kafka.HeaderSchema, Value: []byte("alertmanager.Alert+json")}}
		if a.part >= 0 {
			hs = append(hs, kgo.RecordHeader{Key: headerSLIPartition, Value: []byte(strconv.Itoa(int(a.part)))})
		}
		recs = append(recs, &kgo.Record{Topic: s.deps.Topics.Alerts, Key: []byte(a.Fingerprint), Value: v, Headers: hs})
	}
	return append(recs, dlq...), nil
}

// ended: a committed poll's alerts are remembered and notified; any other
// outcome drops every engine (rebuilt when their windows come again from
// the committed offsets) and puts the budget events back.
func (p *alertPoll) ended(outcome string, _ int, _ time.Duration) {
	s := p.s
	out, cross, dlq := p.out, p.cross, p.dlq
	p.out, p.cross, p.dlq = nil, nil, nil
	if outcome != stream.Committed {
		s.dropState(cross)
		return
	}
	alerts := make([]Alert, len(out))
	for i, a := range out {
		alerts[i] = a.Alert
	}
	s.mu.Lock()
	s.remember(alerts)
	s.mu.Unlock()
	for reason, n := range dlq {
		s.m.badRecords.Add(float64(n))
		s.m.dlq.WithLabelValues(reason).Add(float64(n))
	}
	s.m.alertsOut.WithLabelValues("kafka", "sent").Add(float64(len(alerts)))
	s.notifier.Enqueue(alerts)
}

// The DLQ reasons of an llmobs.slis record: it does not decode; it
// decodes but holds a string that is not UTF-8.
const (
	reasonDecode = "decode_error"
	reasonUTF8   = "invalid_utf8"
)

func (p *alertPoll) count(reason string) {
	if p.dlq == nil {
		p.dlq = map[string]int{}
	}
	p.dlq[reason]++
}

// dropState forgets every partition's alert state after a transaction
// that did not commit (rebuilt when their windows come again), and puts
// back the cross-series budget events it held.
func (s *Service) dropState(cross []Alert) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.parts = map[int32]*Engine{}
	s.pending = append(cross, s.pending...)
	s.reassigned.Store(true)
	s.setFiringGauge()
}

// setFiringGauge sets llmobs_alerter_alerts_firing. Callers hold mu.
func (s *Service) setFiringGauge() {
	firing := s.cross.Firing()
	for _, e := range s.parts {
		for k, v := range e.Firing() {
			firing[k] += v
		}
	}
	for _, a := range s.orphans {
		firing[a.Labels["alertname"]]++
	}
	s.m.firing.Reset()
	for k, v := range firing {
		s.m.firing.WithLabelValues(k).Set(float64(v))
	}
}

func (s *Service) shutdownTimeout() time.Duration {
	if s.deps.ShutdownTimeout > 0 {
		return s.deps.ShutdownTimeout
	}
	return 10 * time.Second
}

// rebuild re-reads llmobs.alerts and rebuilds the engines of the
// partitions in build (each with the first record fetched for it, at
// its committed offset).
func (s *Service) rebuild(ctx context.Context, build map[int32]*kgo.Record) error {
	st, err := s.readState(ctx)
	if err != nil {
		return err
	}
	engines, n, err := s.replay(ctx, build)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recoverLocked(st)
	for p, e := range engines {
		e.Reconcile(st, p)
		for fp := range e.states {
			delete(s.orphans, fp)
		}
		s.liveEngine(e)
		s.parts[p] = e
	}
	s.setFiringGauge()
	s.m.replayed.Add(float64(n))
	if len(build) > 0 {
		s.deps.Log.Info("alerter: alert state rebuilt", "partitions", len(build), "windows_replayed", n)
	}
	return nil
}

// replay builds an engine per partition in upTo from its windows before
// the offset of upTo's record, evaluating without announcing.
func (s *Service) replay(ctx context.Context, upTo map[int32]*kgo.Record) (map[int32]*Engine, int, error) {
	engines := map[int32]*Engine{}
	s.mu.Lock()
	for p := range upTo {
		engines[p] = s.newEngine()
	}
	s.mu.Unlock()
	if len(upTo) == 0 {
		return engines, 0, nil
	}
	topic := s.deps.Topics.SLIs
	cl, err := kafka.NewClient(s.deps.Kafka, "alerter-replay", kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.KeepControlRecords())
	if err != nil {
		return nil, 0, err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	until := map[int32]int64{}
	from := map[int32]kgo.Offset{}
	for p, r := range upTo {
		if r.Offset <= 0 {
			continue
		}
		at := r.Timestamp
		if at.IsZero() {
			at = time.Now()
		}
		need := s.historyNeeded(at)
		if need <= 0 {
			continue
		}
		lctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		offs, err := adm.ListOffsetsAfterMilli(lctx, at.Add(-need).UnixMilli(), topic)
		cancel()
		if err != nil {
			return nil, 0, fmt.Errorf("offsets %s back: %w", need, err)
		}
		o, ok := offs.Lookup(topic, p)
		if !ok || o.Err != nil || o.Offset < 0 || o.Offset >= r.Offset {
			continue
		}
		until[p] = r.Offset
		from[p] = kgo.NewOffset().At(o.Offset)
	}
	if len(until) == 0 {
		return engines, 0, nil
	}
	cl.AddConsumePartitions(map[string]map[int32]kgo.Offset{topic: from})
	n := 0
	for len(until) > 0 {
		pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
		fs := cl.PollFetches(pctx)
		pcancel()
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		if fs.NumRecords() == 0 && pctx.Err() != nil {
			break // nothing more readable (aborted records at the end)
		}
		fs.EachPartition(func(p kgo.FetchTopicPartition) {
			end, ok := until[p.Partition]
			if !ok {
				return
			}
			eng := engines[p.Partition]
			for _, r := range p.Records {
				if r.Offset >= end {
					delete(until, p.Partition)
					return
				}
				if !r.Attrs.IsControl() {
					var b llmobsv1.SLIWindowBatch
					if b.UnmarshalVT(r.Value) == nil {
						for _, w := range b.GetWindows() {
							eng.Evaluate(w)
							n++
						}
						eng.Sweep()
					}
				}
				if r.Offset+1 >= end {
					delete(until, p.Partition)
					return
				}
			}
		})
	}
	return engines, n, nil
}

// readState reads llmobs.alerts to its end: the latest record per alert.
func (s *Service) readState(ctx context.Context) (map[string]storedAlert, error) {
	st, err := readAlertState(ctx, s.deps.Kafka, s.deps.Topics.Alerts)
	if err != nil {
		return nil, fmt.Errorf("alerter: recover state from %s: %w", s.deps.Topics.Alerts, err)
	}
	return st, nil
}

// recover restores the alerts the partitions' engines do not keep: budgets
// across series, and firing alerts whose partition is not known.
func (s *Service) recover(st map[string]storedAlert) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recoverLocked(st)
}

func (s *Service) recoverLocked(st map[string]storedAlert) {
	latest := make(map[string]Alert, len(st))
	for fp, a := range st {
		latest[fp] = a.Alert
		switch {
		case a.Labels["alertname"] == SurgeAlert:
			// The surge loop's (surges.go): it reads them back itself.
		case s.cross.HasRule(a.Labels["alertname"]):
			s.cross.RestoreIfUnknown(a.Alert)
		case a.part < 0 && a.Status == "firing":
			known := false
			for _, e := range s.parts {
				_, known = e.states[fp]
				if known {
					break
				}
			}
			if !known {
				s.orphans[fp] = a.Alert
			}
		case a.part < 0:
			delete(s.orphans, fp)
		}
	}
	s.announceGained(latest)
	if len(s.recent) == 0 { // recover runs again after a rebalance: seed once
		ls := make([]Alert, 0, len(st))
		for _, a := range st {
			ls = append(ls, a.Alert)
		}
		sort.Slice(ls, func(i, j int) bool { return ls[i].StartsAt.Before(ls[j].StartsAt) })
		s.remember(ls)
	}
	s.setFiringGauge()
}

// ReadAlertState reads topic from the beginning to its end offsets (read
// committed) and returns the latest alert per fingerprint.
func ReadAlertState(ctx context.Context, kcfg kafka.Config, topic string) (map[string]Alert, error) {
	st, err := readAlertState(ctx, kcfg, topic)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Alert, len(st))
	for fp, a := range st {
		out[fp] = a.Alert
	}
	return out, nil
}

func readAlertState(ctx context.Context, kcfg kafka.Config, topic string) (map[string]storedAlert, error) {
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
	out := map[string]storedAlert{}
	if len(want) == 0 {
		return out, nil
	}
	// Control records too, so that a partition ending in a transaction
	// marker is seen to be read to its end.
	cl, err := kafka.NewClient(kcfg, "alerter-recover", kgo.ConsumePartitions(start), kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.KeepControlRecords())
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	for len(want) > 0 {
		// Aborted records at the end are never returned: an idle second
		// means caught up.
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
			if !r.Attrs.IsControl() && json.Unmarshal(r.Value, &a) == nil && a.Fingerprint != "" {
				part := int32(-1)
				if v := kafka.Header(r, headerSLIPartition); v != "" {
					if p, err := strconv.Atoi(v); err == nil {
						part = int32(p)
					}
				}
				out[a.Fingerprint] = storedAlert{a, part}
			}
			if end, ok := want[r.Partition]; ok && r.Offset+1 >= end {
				delete(want, r.Partition)
			}
		})
	}
	return out, nil
}
