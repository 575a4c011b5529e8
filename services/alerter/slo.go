package alerter

import (
	"fmt"
	"math"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// SLOSpec is a rule's `slo:` block: a success objective ("99.5% of
// requests succeed") or, with latency_threshold_ms, a latency objective
// ("99% of requests under 2 s").
type SLOSpec struct {
	Objective          float64 `yaml:"objective"`
	LatencyThresholdMs float64 `yaml:"latency_threshold_ms"`
}

// BudgetSpec is a rule's `budget:` block: spend per UTC day or month.
type BudgetSpec struct {
	Amount float64 `yaml:"amount"`
	Period string  `yaml:"period"` // day | month
	// MinElapsed: no projection before this much of the period passed
	// (a projection from minutes of data is noise). Default 1h.
	MinElapsed string `yaml:"min_elapsed"`
	// By names what one budget is for: each distinct value (combination)
	// gets its own budget of Amount. Any of service, model, operation,
	// provider, tenant, user. Default: one budget per series (service,
	// model, operation, provider). With tenant or user, spend comes from
	// the windows' per-tenant/user shares, and spans that name no tenant
	// (user) are not charged to any.
	By []string `yaml:"by"`
}

// budgetDims are the dimensions a budget can be per.
var budgetDims = map[string]bool{"service": true, "model": true, "operation": true, "provider": true, "tenant": true, "user": true}

// BurnWindow is one multi-window burn-rate alert condition (SRE workbook,
// chapter 5, table 5-8).
type BurnWindow struct {
	Long, Short time.Duration
	Factor      float64
	Severity    string
}

// BurnWindows are the workbook's recommended pairs.
var BurnWindows = []BurnWindow{
	{time.Hour, 5 * time.Minute, 14.4, "page"},
	{6 * time.Hour, 30 * time.Minute, 6, "page"},
	{24 * time.Hour, 2 * time.Hour, 3, "ticket"},
	{72 * time.Hour, 6 * time.Hour, 1, "ticket"},
}

const sloBucket = time.Minute

// sloSeries keeps per-minute (bad, total) buckets for the longest burn
// window: a ring of 3 d / 1 m = 4320 buckets per (SLO, series).
type sloSeries struct {
	bad, total []float64
	minute     []int64  // bucket's minute number, to detect stale slots
	rev        []uint32 // revision of the window the bucket holds
	lastMs     int64    // start of the newest window set
}

func newSLOSeries() *sloSeries {
	n := int(BurnWindows[len(BurnWindows)-1].Long / sloBucket)
	return &sloSeries{bad: make([]float64, n), total: make([]float64, n), minute: make([]int64, n), rev: make([]uint32, n)}
}

// set records a 1 m window's counts in the bucket of its start minute; a
// later revision of the window replaces them. A revision at most the one
// held (a duplicate re-sent after an upstream restart) changes nothing,
// nor does a window older than the slot's (beyond the ring). It reports
// whether the bucket changed.
func (s *sloSeries) set(startMs int64, rev uint32, bad, total float64) bool {
	m := startMs / sloBucket.Milliseconds()
	i := int(((m % int64(len(s.bad))) + int64(len(s.bad))) % int64(len(s.bad)))
	if s.minute[i] > m || (s.minute[i] == m && rev <= s.rev[i]) {
		return false
	}
	s.minute[i], s.rev[i], s.bad[i], s.total[i] = m, rev, bad, total
	if startMs > s.lastMs {
		s.lastMs = startMs
	}
	return true
}

// errorRatio over the d ending at the minute `nowMin` (inclusive).
func (s *sloSeries) errorRatio(nowMin int64, d time.Duration) float64 {
	n := int64(d / sloBucket)
	var bad, total float64
	for m := nowMin - n + 1; m <= nowMin; m++ {
		i := int(((m % int64(len(s.bad))) + int64(len(s.bad))) % int64(len(s.bad)))
		if s.minute[i] == m {
			bad += s.bad[i]
			total += s.total[i]
		}
	}
	if total == 0 {
		return 0
	}
	return bad / total
}

// BurnRate is the error ratio divided by the error budget (1 - objective).
func BurnRate(errorRatio, objective float64) float64 { return errorRatio / (1 - objective) }

// badCount is the number of requests that break the SLO in w. For a
// latency objective it is exact when the threshold is one of the window's
// latency bounds (SLIWindow.latency_le_ms): bad = requests − successful
// requests at most T ms (errors are always bad). Otherwise (another
// threshold, or windows from before the counts existed) it is bounded from
// above by the quantiles: with p95 <= T < p99, at most 5% of requests are
// slower than T, and 5% is used (conservative: the burn rate is over-,
// never under-estimated). exact says which.
func badCount(s SLOSpec, w *llmobsv1.SLIWindow) float64 {
	bad, _ := badCountExact(s, w)
	return bad
}

func badCountExact(s SLOSpec, w *llmobsv1.SLIWindow) (bad float64, exact bool) {
	if s.LatencyThresholdMs <= 0 {
		return w.GetErrors(), true
	}
	T := s.LatencyThresholdMs
	if les, n := w.GetLatencyLeMs(), w.GetLatencyOkLeCount(); len(les) == len(n) {
		for i, b := range les {
			if b == T {
				return math.Max(0, w.GetRequests()-n[i]), true
			}
		}
	}
	return estimateBad(T, w), false
}

func estimateBad(T float64, w *llmobsv1.SLIWindow) float64 {
	var frac float64
	switch {
	case w.GetLatencyMaxMs() > 0 && w.GetLatencyMaxMs() <= T:
		frac = 0
	case w.GetLatencyP99Ms() <= T:
		frac = 0.01
	case w.GetLatencyP95Ms() <= T:
		frac = 0.05
	case w.GetLatencyP90Ms() <= T:
		frac = 0.10
	case w.GetLatencyP50Ms() <= T:
		frac = 0.50
	default:
		frac = 1
	}
	return math.Min(w.GetRequests(), math.Max(w.GetErrors(), frac*w.GetRequests()))
}

// sloEval evaluates one severity of an SLO rule: the condition holds when
// any of that severity's window pairs burns faster than its factor over
// both the long and the short window. The value is the largest long
// window burn rate among the pairs that hold.
func sloEval(r *Rule, s *sloSeries, endMs int64) (float64, bool) {
	nowMin := (endMs - 1) / sloBucket.Milliseconds()
	var v float64
	hold := false
	for _, bw := range BurnWindows {
		if bw.Severity != r.Severity {
			continue
		}
		long := BurnRate(s.errorRatio(nowMin, bw.Long), r.SLO.Objective)
		short := BurnRate(s.errorRatio(nowMin, bw.Short), r.SLO.Objective)
		if long > bw.Factor && short > bw.Factor {
			hold = true
			v = math.Max(v, long)
		}
	}
	return v, hold
}

// budgetSeries accumulates the spend of one budget group (one series, or
// one tenant, user, service... as the rule's `by` says) in the current
// period. Several series can feed one group, so each window's
// contribution is kept while the window can still be revised (a revision
// replaces it) and folded into settled after budgetRevisable.
type budgetSeries struct {
	period  time.Time // start of the current period
	first   time.Time // start of the first window counted in the period
	settled float64
	open    map[budgetWin]budgetContrib
	newest  int64 // newest window start seen, unix ms
	// seriesNewest is the newest window start counted per series: a
	// window of a series at or before it that is not open any more was
	// settled (counted) already, whatever its revision.
	seriesNewest map[string]int64
	// Stale counts revisions that came after their window was settled
	// (they are not counted: the window's earlier spend already is).
	Stale int
}

type budgetWin struct {
	series  string
	startMs int64
}

// budgetContrib is an open window's spend and the revision it came with.
type budgetContrib struct {
	rev  uint32
	cost float64
}

// budgetRevisable is how long after the newest window an older one's
// contribution is kept for revisions: far beyond the aggregator's allowed
// lateness (30 s by default).
const budgetRevisable = 15 * time.Minute

func (b *budgetSeries) spent() float64 {
	s := b.settled
	for _, c := range b.open {
		s += c.cost
	}
	return s
}

func periodStart(t time.Time, period string) (time.Time, time.Time) {
	t = t.UTC()
	if period == "month" {
		s := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 1, 0)
	}
	s := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return s, s.AddDate(0, 0, 1)
}

// Projection is the linear projection of spend to the end of the period:
// spent + (spent / elapsed) * remaining.
func Projection(spent float64, elapsed, remaining time.Duration) float64 {
	if elapsed <= 0 {
		return spent
	}
	return spent + spent/elapsed.Seconds()*remaining.Seconds()
}

// add counts the spend cost of window (series, startMs) at revision rev;
// a later revision of a window replaces its earlier contribution, and a
// revision at most the one counted (re-sent after an upstream restart)
// changes nothing. A window that was settled is not counted again.
func (b *budgetSeries) add(series string, startMs int64, rev uint32, cost float64, period string) {
	ps, _ := periodStart(time.UnixMilli(startMs), period)
	if ps.Before(b.period) {
		return // a late window of the previous period
	}
	if !ps.Equal(b.period) {
		b.period, b.settled, b.open, b.seriesNewest, b.newest, b.first = ps, 0, nil, nil, 0, time.UnixMilli(startMs).UTC()
	}
	if b.open == nil {
		b.open = map[budgetWin]budgetContrib{}
		b.seriesNewest = map[string]int64{}
	}
	k := budgetWin{series, startMs}
	if c, held := b.open[k]; held {
		if rev > c.rev {
			b.open[k] = budgetContrib{rev, cost}
		}
		return
	}
	if n, seen := b.seriesNewest[series]; seen && startMs <= n {
		b.Stale++ // settled: its spend is counted already
		return
	}
	b.seriesNewest[series] = startMs
	if rev > 1 && startMs < b.newest-budgetRevisable.Milliseconds() {
		// A revision of a window this budget never saw (it started
		// mid-period), long after newer windows: not counted, as before.
		b.Stale++
		return
	}
	b.open[k] = budgetContrib{rev, cost}
	if t := time.UnixMilli(startMs).UTC(); t.Before(b.first) {
		b.first = t
	}
	if startMs > b.newest {
		b.newest = startMs
		for ok, c := range b.open {
			if ok.startMs < b.newest-budgetRevisable.Milliseconds() {
				b.settled += c.cost
				delete(b.open, ok)
			}
		}
	}
}

// budgetEval: kind "exhausted" holds when the spend reached the budget;
// "projected_overrun" when the projection passes it (and it is not yet
// exhausted).
func budgetEval(r *Rule, b *budgetSeries, end time.Time) (float64, bool) {
	// Sums of many window costs carry float error: compare with a
	// relative tolerance of 1e-9.
	spent := b.spent()
	exhausted := spent >= r.Budget.Amount*(1-1e-9)
	if r.budgetKind == "exhausted" {
		return spent, exhausted
	}
	// The rate is measured since the first window counted in the period
	// (the service may have started mid-period).
	_, pe := periodStart(b.period, r.Budget.Period)
	elapsed := end.Sub(b.first)
	if elapsed < r.budgetMinElapsed || exhausted {
		return 0, false
	}
	p := Projection(spent, elapsed, pe.Sub(end))
	return p, p > r.Budget.Amount
}

// expandSpecial turns an slo/budget rule into its alerting rules.
func expandSpecial(r *Rule, sp RuleSpec) ([]*Rule, []string) {
	var errs []string
	switch {
	case sp.SLO != nil:
		if !(sp.SLO.Objective > 0 && sp.SLO.Objective < 1) {
			errs = append(errs, fmt.Sprintf("slo.objective must be in (0, 1), e.g. 0.995, got %v", sp.SLO.Objective))
		}
		if sp.SLO.LatencyThresholdMs < 0 {
			errs = append(errs, "slo.latency_threshold_ms must be >= 0")
		}
		if sp.Expr != "" {
			errs = append(errs, "an slo rule has no expr")
		}
		var out []*Rule
		for _, sev := range []string{"page", "ticket"} {
			c := *r
			c.Severity, c.SLO, c.kind = sev, sp.SLO, "slo"
			out = append(out, &c)
		}
		return out, errs
	case sp.Budget != nil:
		if !(sp.Budget.Amount > 0) {
			errs = append(errs, "budget.amount must be > 0")
		}
		if sp.Budget.Period != "day" && sp.Budget.Period != "month" {
			errs = append(errs, fmt.Sprintf("budget.period must be day or month, got %q", sp.Budget.Period))
		}
		me := time.Hour
		if sp.Budget.MinElapsed != "" {
			d, err := parseDuration(sp.Budget.MinElapsed)
			if err != nil {
				errs = append(errs, fmt.Sprintf("budget.min_elapsed: bad duration %q", sp.Budget.MinElapsed))
			}
			me = d
		}
		if sp.Expr != "" {
			errs = append(errs, "a budget rule has no expr")
		}
		by := sp.Budget.By
		if len(by) == 0 {
			by = []string{"service", "model", "operation", "provider"}
		}
		seen := map[string]bool{}
		for _, d := range by {
			if !budgetDims[d] {
				errs = append(errs, fmt.Sprintf("budget.by: unknown dimension %q (service, model, operation, provider, tenant, user)", d))
			}
			if seen[d] {
				errs = append(errs, fmt.Sprintf("budget.by: %q twice", d))
			}
			seen[d] = true
		}
		r.budgetBy = by
		r.byOwner = seen["tenant"] || seen["user"]
		var out []*Rule
		for _, k := range []string{"projected_overrun", "exhausted"} {
			c := *r
			c.Budget, c.kind, c.budgetKind, c.budgetMinElapsed = sp.Budget, "budget", k, me
			c.budgetBy, c.byOwner = r.budgetBy, r.byOwner || len(r.ownerMatchers) > 0
			c.Labels = map[string]string{}
			for lk, lv := range r.Labels {
				c.Labels[lk] = lv
			}
			c.Labels["budget"] = k
			if k == "exhausted" && sp.Severity == "" {
				c.Severity = "critical"
			}
			out = append(out, &c)
		}
		return out, errs
	}
	return []*Rule{r}, nil
}
