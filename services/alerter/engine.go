package alerter

import (
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Alert is one element of an Alertmanager webhook's alerts[] (DESIGN.md,
// "Alert record"); it is the JSON value of every llmobs.alerts record.
type Alert struct {
	Status       string            `json:"status"`
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     time.Time         `json:"startsAt"`
	EndsAt       time.Time         `json:"endsAt"`
	GeneratorURL string            `json:"generatorURL"`
	Fingerprint  string            `json:"fingerprint"`
}

// Fingerprint is Alertmanager's label-set fingerprint: FNV-64a over the
// sorted label names and values, each followed by 0xff, as 16 hex digits.
func Fingerprint(labels map[string]string) string {
	h := fnv.New64a()
	for _, k := range sortedKeys(labels) {
		h.Write([]byte(k))
		h.Write([]byte{0xff})
		h.Write([]byte(labels[k]))
		h.Write([]byte{0xff})
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], h.Sum64())
	return hex.EncodeToString(b[:])
}

type alertState struct {
	labels       map[string]string
	pendingSince time.Time // start of the first window of the current true run; zero when not pending
	lastTrue     time.Time // end of the last window where the condition held
	firing       bool
	startsAt     time.Time
	lastSent     time.Time // processing time of the last firing notification
	lastWindow   int64     // start of the newest window evaluated (ms)
	lastSeen     time.Time // event time (window end) of the newest window seen
	value        float64
	annotations  map[string]string
	// restored: recovered from llmobs.alerts and not evaluated here since;
	// Sweep leaves it alone (its series may belong to another instance).
	restored bool
}

// Engine evaluates rules over SLI windows and keeps per-(rule, series)
// state. It is not safe for concurrent use.
type Engine struct {
	rules          []*Rule
	states         map[string]*alertState // by fingerprint
	slos           map[string]*sloSeries
	budgets        map[string]*budgetSeries
	RepeatInterval time.Duration
	// StaleAfter resolves a firing alert whose series sent no window for
	// this long (event time, measured against the newest window seen).
	StaleAfter   time.Duration
	GeneratorURL string
	maxEvent     time.Time
	// Now is the processing clock (repeat_interval); time.Now by default.
	Now func() time.Time
	// onEstimate is told when a latency SLO window had to be estimated
	// from quantiles (no count at its threshold).
	onEstimate func(rule string)
	// marks: the newest window (start, revision) evaluated per series and
	// window length. A window older than it, or the same window at a
	// revision at most its own (re-sent after an upstream restart), does
	// not move any alert (its SLO and budget contributions are kept
	// per window and revision where they are folded).
	marks map[string]winMark
	// adopt, when set, is asked for an alert announced as firing whose
	// state this engine does not have when the alert's rule first holds
	// state for it (alerts recovered from llmobs.alerts whose SLI
	// partition is not known).
	adopt func(fp string) (Alert, bool)
	// sweptAt is maxEvent at the last Sweep; rulesChanged is set by
	// SetRules: Sweep has nothing to do unless one of them moved.
	sweptAt      time.Time
	rulesChanged bool
}

type winMark struct {
	start int64
	rev   uint32
	end   time.Time
}

// markLife is how long (event time) a series' newest-window mark is kept
// after its last window: duplicates re-sent later than that are taken as
// new windows.
const markLife = 24 * time.Hour

// NewEngine builds an engine over rules.
func NewEngine(rules []*Rule) *Engine {
	return &Engine{rules: rules, states: map[string]*alertState{}, slos: map[string]*sloSeries{}, budgets: map[string]*budgetSeries{}, marks: map[string]winMark{}, RepeatInterval: 4 * time.Hour, StaleAfter: 10 * time.Minute, Now: time.Now}
}

// SetRules replaces the rules, keeping the state of alerts whose labels
// are unchanged (hot reload).
func (e *Engine) SetRules(rules []*Rule) { e.rules, e.rulesChanged = rules, true }

// HasRule reports whether a rule named name is in effect.
func (e *Engine) HasRule(name string) bool {
	for _, r := range e.rules {
		if r.Name == name {
			return true
		}
	}
	return false
}

// Rules returns the current rules.
func (e *Engine) Rules() []*Rule { return e.rules }

// Restore marks an alert as firing (state recovered from llmobs.alerts) so
// that it is not announced again.
func (e *Engine) Restore(a Alert) {
	if a.Status != "firing" {
		delete(e.states, a.Fingerprint)
		return
	}
	e.states[a.Fingerprint] = &alertState{labels: a.Labels, firing: true, startsAt: a.StartsAt, lastSent: e.Now(), lastTrue: a.StartsAt, annotations: a.Annotations, lastSeen: a.StartsAt, restored: true}
}

// Reconcile makes the alert states rebuilt by replaying a partition's
// windows agree with what llmobs.alerts says was announced last (latest
// by fingerprint): the topic is the record of what was announced, the
// replay supplies what it does not hold (pending since, last true window,
// last window seen). Firing alerts of this partition (part) the replay
// did not see are restored as they were announced.
func (e *Engine) Reconcile(latest map[string]storedAlert, part int32) {
	for fp, st := range e.states {
		l, ok := latest[fp]
		if ok && l.Status == "firing" {
			st.firing, st.startsAt, st.lastSent = true, l.StartsAt, e.Now()
			if st.annotations == nil {
				st.annotations = l.Annotations
			}
			if st.lastTrue.IsZero() {
				st.lastTrue = l.StartsAt
			}
			continue
		}
		if st.firing {
			// Announced as resolved (or never): not firing. A true run
			// it is in keeps its pending start and fires by `for`.
			st.firing = false
			if st.pendingSince.IsZero() {
				delete(e.states, fp)
			}
		}
	}
	for fp, l := range latest {
		if _, ok := e.states[fp]; !ok && l.part == part && l.Status == "firing" && e.HasRule(l.Labels["alertname"]) {
			e.Restore(l.Alert)
		}
	}
}

// RestoreIfUnknown restores a only when the engine has no state for its
// fingerprint (a rebalance re-read must not overwrite live state).
func (e *Engine) RestoreIfUnknown(a Alert) {
	if _, ok := e.states[a.Fingerprint]; ok {
		return
	}
	if a.Status == "firing" {
		e.Restore(a)
	}
}

// Active returns the firing alerts, sorted by fingerprint.
func (e *Engine) Active() []Alert {
	var out []Alert
	for _, fp := range sortedKeys(e.states) {
		if st := e.states[fp]; st.firing {
			out = append(out, e.alert(st, fp, "firing", time.Time{}))
		}
	}
	return out
}

// Firing returns the number of firing alerts per alertname.
func (e *Engine) Firing() map[string]int {
	out := map[string]int{}
	for _, s := range e.states {
		if s.firing {
			out[s.labels["alertname"]]++
		}
	}
	return out
}

func seriesID(s *llmobsv1.SeriesKey) string {
	id := s.GetService() + "\x00" + s.GetModel() + "\x00" + s.GetOperation() + "\x00" + s.GetProvider()
	if t := s.GetTenant(); t != "" {
		id += "\x00" + t
	}
	return id
}

func seriesLabels(r *Rule, s *llmobsv1.SeriesKey) map[string]string {
	l := map[string]string{"alertname": r.Name, "severity": r.Severity}
	for k, v := range r.Labels {
		l[k] = v
	}
	set := func(k, v string) {
		if v != "" {
			l[k] = v
		}
	}
	set("service", s.GetService())
	set("model", s.GetModel())
	set("operation", s.GetOperation())
	set("provider", s.GetProvider())
	// A tenant's series raise that tenant's alerts: GET /api/alerts shows
	// an alert to the tenant its label names.
	set("tenant", s.GetTenant())
	return l
}

// Observe folds one window into the SLO and budget series of the matching
// rules without evaluating or changing any alert: used on start to
// rebuild the history those rules need from llmobs.slis (alert state
// itself comes back from llmobs.alerts).
func (e *Engine) Observe(w *llmobsv1.SLIWindow) {
	for _, r := range e.rules {
		if (r.kind == "slo" || r.kind == "budget") && (r.WindowMs == 0 || r.WindowMs == w.GetWindowLengthMs()) && r.Matches(w.GetSeries()) {
			if r.kind == "slo" {
				e.foldSLO(r, w)
				continue
			}
			for _, g := range budgetGroups(r, w) {
				e.foldBudget(r, g, w)
			}
		}
	}
}

// foldSLO adds w to the SLO series of rule r and series w (a revision of
// a window replaces it) and returns that series; exact is false when a
// latency SLO's bad count had to be estimated.
func (e *Engine) foldSLO(r *Rule, w *llmobsv1.SLIWindow) (ss *sloSeries, exact bool) {
	k := r.Group + "\x00" + r.Name + "\x00" + seriesID(w.GetSeries())
	if ss = e.slos[k]; ss == nil {
		ss = newSLOSeries()
		e.slos[k] = ss
	}
	// 1 m window == 1 m bucket: a revision replaces the bucket.
	bad, exact := badCountExact(*r.SLO, w)
	ss.set(w.GetWindowStartUnixMs(), w.GetRevision(), bad, w.GetRequests())
	return ss, exact
}

// budgetGroup is one budget a window's spend goes to: its labels (the
// rule's `by` dimensions) and the spend.
type budgetGroup struct {
	labels map[string]string
	key    string
	cost   float64
}

// budgetGroups splits a window's spend over the budgets of rule r: one
// group per distinct value of the `by` dimensions. Per tenant / user the
// spend comes from the window's usage shares; spend that names no tenant
// (user) is not charged to a budget by tenant (user), and the overflow
// share (pairs past the aggregator's bound) to none.
func budgetGroups(r *Rule, w *llmobsv1.SLIWindow) []budgetGroup {
	s := w.GetSeries()
	dim := func(d string, u *llmobsv1.UsageShare) string {
		switch d {
		case "service":
			return s.GetService()
		case "model":
			return s.GetModel()
		case "operation":
			return s.GetOperation()
		case "provider":
			return s.GetProvider()
		case "tenant":
			return u.GetTenant()
		case "user":
			return u.GetUser()
		}
		return ""
	}
	group := func(u *llmobsv1.UsageShare, cost float64) (budgetGroup, bool) {
		g := budgetGroup{labels: map[string]string{}, cost: cost}
		var key strings.Builder
		for _, d := range r.budgetBy {
			v := dim(d, u)
			if v == "" && (d == "tenant" || d == "user") {
				return g, false
			}
			if v != "" {
				g.labels[d] = v
			}
			key.WriteString(v)
			key.WriteByte(0)
		}
		if t := s.GetTenant(); t != "" && !r.byOwner && !crossSeries(r) {
			// A budget per series is per tenant when series are.
			g.labels["tenant"] = t
			key.WriteString(t)
			key.WriteByte(0)
		}
		g.key = key.String()
		return g, true
	}
	if !r.byOwner {
		g, _ := group(nil, w.GetCost().GetTotal())
		return []budgetGroup{g}
	}
	var out []budgetGroup
	idx := map[string]int{}
	for _, u := range w.GetUsage() {
		if u.GetOverflow() || !matchOwner(r.ownerMatchers, u) {
			continue
		}
		g, ok := group(u, u.GetCostUsd())
		if !ok {
			continue
		}
		if i, seen := idx[g.key]; seen {
			out[i].cost += g.cost
			continue
		}
		idx[g.key] = len(out)
		out = append(out, g)
	}
	return out
}

func matchOwner(ms []matcher, u *llmobsv1.UsageShare) bool {
	for _, m := range ms {
		v := u.GetTenant()
		if m.label == "user" {
			v = u.GetUser()
		}
		if !m.match(v) {
			return false
		}
	}
	return true
}

// foldBudget adds a window's spend to budget group g of rule r.
func (e *Engine) foldBudget(r *Rule, g budgetGroup, w *llmobsv1.SLIWindow) *budgetSeries {
	k := r.Group + "\x00" + r.Name + "\x00" + g.key
	bs := e.budgets[k]
	if bs == nil {
		bs = &budgetSeries{}
		e.budgets[k] = bs
	}
	bs.add(seriesID(w.GetSeries()), w.GetWindowStartUnixMs(), w.GetRevision(), g.cost, r.Budget.Period)
	return bs
}

// HistoryNeeded is how far back Observe must go for the current rules:
// the longest SLO window (3 d) and the start of each budget's period.
func (e *Engine) HistoryNeeded(now time.Time) time.Duration {
	var d time.Duration
	for _, r := range e.rules {
		switch r.kind {
		case "slo":
			for _, p := range BurnWindows {
				d = max(d, p.Long)
			}
		case "budget":
			ps, _ := periodStart(now, r.Budget.Period)
			d = max(d, now.Sub(ps))
		}
	}
	return d
}

// Evaluate runs every matching rule over one window and returns the alert
// events to publish (firing, re-notification, resolved).
func (e *Engine) Evaluate(w *llmobsv1.SLIWindow) []Alert {
	start := time.UnixMilli(w.GetWindowStartUnixMs()).UTC()
	end := start.Add(time.Duration(w.GetWindowLengthMs()) * time.Millisecond)
	if end.After(e.maxEvent) {
		e.maxEvent = end
	}
	// A window older than the newest of its series, or a revision of it
	// at most the one evaluated, folds into SLO and budget history (where
	// its revision decides) but does not move alert state.
	mk := seriesID(w.GetSeries()) + "\x00" + strconv.FormatInt(w.GetWindowLengthMs(), 10)
	m, seen := e.marks[mk]
	fresh := !seen || w.GetWindowStartUnixMs() > m.start || (w.GetWindowStartUnixMs() == m.start && w.GetRevision() > m.rev)
	if fresh {
		e.marks[mk] = winMark{w.GetWindowStartUnixMs(), w.GetRevision(), end}
	}
	var out []Alert
	for _, r := range e.rules {
		if r.WindowMs != 0 && r.WindowMs != w.GetWindowLengthMs() {
			continue
		}
		if !r.Matches(w.GetSeries()) {
			continue
		}
		switch r.kind {
		case "budget":
			// Spend is counted whatever the alert state does (a window of
			// another series may be older than the group's newest).
			for _, g := range budgetGroups(r, w) {
				bs := e.foldBudget(r, g, w)
				if !fresh {
					continue
				}
				v, cond := budgetEval(r, bs, end)
				labels := map[string]string{"alertname": r.Name, "severity": r.Severity}
				for k, v := range r.Labels {
					labels[k] = v
				}
				for k, v := range g.labels {
					labels[k] = v
				}
				out = e.step(r, labels, w, start, end, v, r.Budget.Amount, cond, out)
			}
		case "slo":
			ss, exact := e.foldSLO(r, w)
			if !exact && e.onEstimate != nil {
				e.onEstimate(r.Name)
			}
			if !fresh {
				continue
			}
			v, cond := sloEval(r, ss, end.UnixMilli())
			out = e.step(r, seriesLabels(r, w.GetSeries()), w, start, end, v, r.SLO.Objective, cond, out)
		default:
			if !fresh {
				continue
			}
			cond := w.GetRequests() >= r.MinRequests
			var v, threshold float64
			for i, c := range r.Conds {
				cv, ok := c.Eval(w)
				if i == 0 {
					v, threshold = cv, c.Threshold
				}
				cond = cond && ok
			}
			out = e.step(r, seriesLabels(r, w.GetSeries()), w, start, end, v, threshold, cond, out)
		}
	}
	return out
}

// step moves the alert with labels through pending, firing and resolved
// for one window in which the rule's condition is cond, appending the
// events to publish to out.
func (e *Engine) step(r *Rule, labels map[string]string, w *llmobsv1.SLIWindow, start, end time.Time, v, threshold float64, cond bool, out []Alert) []Alert {
	fp := Fingerprint(labels)
	st := e.states[fp]
	if st == nil {
		st = &alertState{labels: labels}
		if e.adopt != nil {
			if a, ok := e.adopt(fp); ok && a.Status == "firing" {
				st.firing, st.startsAt, st.lastSent, st.lastTrue, st.lastSeen, st.annotations = true, a.StartsAt, e.Now(), a.StartsAt, a.StartsAt, a.Annotations
			}
		}
		e.states[fp] = st
	}
	// A later revision of an already evaluated window, or an older
	// window, does not move the state backwards; a newer revision of
	// the newest window is re-evaluated.
	if w.GetWindowStartUnixMs() < st.lastWindow {
		return out
	}
	st.lastWindow = w.GetWindowStartUnixMs()
	st.restored = false
	if end.After(st.lastSeen) {
		st.lastSeen = end
	}
	if cond {
		if st.pendingSince.IsZero() {
			st.pendingSince = start
		}
		if end.After(st.lastTrue) {
			st.lastTrue = end
		}
		st.value = v
		st.annotations = r.annotate(TemplateData{Value: v, Threshold: threshold, Labels: labels})
		annotateExemplars(st.annotations, r, w)
		if !st.firing && end.Sub(st.pendingSince) >= r.For {
			st.firing = true
			st.startsAt = end
			st.lastSent = e.Now()
			out = append(out, e.alert(st, fp, "firing", time.Time{}))
		} else if st.firing && e.RepeatInterval > 0 && e.Now().Sub(st.lastSent) >= e.RepeatInterval {
			st.lastSent = e.Now()
			out = append(out, e.alert(st, fp, "firing", time.Time{}))
		}
		return out
	}
	st.pendingSince = time.Time{}
	if st.firing && end.Sub(st.lastTrue) >= r.KeepFiringFor {
		st.firing = false
		out = append(out, e.alert(st, fp, "resolved", end))
	}
	if !st.firing {
		delete(e.states, fp)
	}
	return out
}

// Sweep resolves firing alerts whose series went quiet for StaleAfter,
// and alerts whose rule no longer exists; it drops idle pending state.
func (e *Engine) Sweep() []Alert {
	live := map[string]bool{}
	for _, r := range e.rules {
		live[r.Name+"\x00"+r.Severity] = true
	}
	// Rolling sums of series silent for longer than the longest burn
	// window are all zero: drop them; budgets of a finished period too.
	longest := BurnWindows[len(BurnWindows)-1].Long
	for k, ss := range e.slos {
		if e.maxEvent.Sub(time.UnixMilli(ss.lastMs)) > longest {
			delete(e.slos, k)
		}
	}
	for k, bs := range e.budgets {
		if e.maxEvent.Sub(bs.period) > 32*24*time.Hour {
			delete(e.budgets, k)
		}
	}
	for k, m := range e.marks {
		if e.maxEvent.Sub(m.end) > markLife {
			delete(e.marks, k)
		}
	}
	if e.maxEvent.Equal(e.sweptAt) && !e.rulesChanged {
		return nil // nothing can have gone stale since the last sweep
	}
	e.sweptAt, e.rulesChanged = e.maxEvent, false
	var out []Alert
	fps := sortedKeys(e.states)
	for _, fp := range fps {
		st := e.states[fp]
		if st.restored {
			continue
		}
		gone := !live[st.labels["alertname"]+"\x00"+st.labels["severity"]]
		stale := e.StaleAfter > 0 && e.maxEvent.Sub(st.lastSeen) >= e.StaleAfter
		if !gone && !stale {
			continue
		}
		if st.firing {
			end := e.maxEvent
			if end.Before(st.lastSeen) {
				end = st.lastSeen
			}
			out = append(out, e.alert(st, fp, "resolved", end))
		}
		delete(e.states, fp)
	}
	return out
}

func (e *Engine) alert(st *alertState, fp, status string, endsAt time.Time) Alert {
	ann := map[string]string{}
	for k, v := range st.annotations {
		ann[k] = v
	}
	labels := map[string]string{}
	for k, v := range st.labels {
		labels[k] = v
	}
	return Alert{Status: status, Labels: labels, Annotations: ann, StartsAt: st.startsAt, EndsAt: endsAt, GeneratorURL: e.GeneratorURL, Fingerprint: fp}
}
