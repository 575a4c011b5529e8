package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"
)

// finish computes a row's failures (base: the baseline row, nil if none).
func finish(r *Row, base *Row) {
	var f []string
	add := func(format string, args ...any) { f = append(f, fmt.Sprintf(format, args...)) }
	if r.Err != "" {
		add("harness: %s", r.Err)
	}
	if !r.DrainOK && r.Drain != "" {
		add("drain timed out (%s)", r.Drain)
	}
	exp := r.Expected
	if t := r.Topics; t != nil {
		if t.SpansUnique != exp.Spans {
			add("llmobs.spans: %d unique spans, sent %d", t.SpansUnique, exp.Spans)
		}
		if t.SpansDup > 0 {
			add("llmobs.spans: %d duplicate spans", t.SpansDup)
		}
		if t.EnrichedUnique != exp.Spans {
			add("llmobs.enriched: %d unique spans, sent %d", t.EnrichedUnique, exp.Spans)
		}
		if t.EnrichedDup > 0 {
			add("llmobs.enriched: %d duplicate spans", t.EnrichedDup)
		}
		for _, w := range []string{"10s", "1m"} {
			if got := t.SLIRequests[w]; math.Abs(got-float64(exp.TotalCalls)) > 1e-6 || len(t.SLIMismatch[w]) > 0 {
				add("llmobs.slis %s windows: %g requests, sent %d calls (%d series buckets differ)", w, got, exp.TotalCalls, len(t.SLIMismatch[w]))
			}
		}
		if t.Late > 0 {
			add("llmobs.slis: %g late", t.Late)
		}
		if t.AlertDups > 0 {
			add("llmobs.alerts: %d duplicate events", t.AlertDups)
		}
		if t.DLQ > 0 {
			add("llmobs.dlq: %d records %v", t.DLQ, t.DLQReasons)
		}
		if t.Undecodable > 0 {
			add("%d records did not decode", t.Undecodable)
		}
		if len(t.ReadShort) > 0 {
			add("checker stopped reading before the end: %s", strings.Join(t.ReadShort, ", "))
		}
		if base != nil && base != r && base.Topics != nil {
			r.AlertsCmp = true
			for _, a := range base.Topics.Alerts {
				if !slices.Contains(t.Alerts, a) {
					r.AlertsDiff = append(r.AlertsDiff, "-"+a)
				}
			}
			for _, a := range t.Alerts {
				if !slices.Contains(base.Topics.Alerts, a) {
					r.AlertsDiff = append(r.AlertsDiff, "+"+a)
				}
			}
			// The same seed sends the same traffic at the same phase of
			// the windows in every scenario (loadgen is deterministic up
			// to a shift of its start; -align fixes the phase), so a
			// faulted run must raise exactly the baseline's alerts: an
			// extra one is a false page, a missing one a missed page.
			if extra := extraAlerts(r.AlertsDiff); extra > 0 {
				add("llmobs.alerts: %d alerts the unfaulted baseline did not raise", extra)
			}
			if missed := len(r.AlertsDiff) - extraAlerts(r.AlertsDiff); missed > 0 {
				add("llmobs.alerts: %d alerts the unfaulted baseline raised are missing", missed)
			}
		}
	}
	if c := r.CH; c != nil {
		if c.Err != "" {
			add("clickhouse: %s", c.Err)
		} else {
			if c.SpansUnique != uint64(exp.Spans) {
				add("clickhouse llm_spans: %d distinct spans, sent %d", c.SpansUnique, exp.Spans)
			}
			if c.ModelSpansUnique != uint64(exp.TotalCalls) {
				add("clickhouse llm_spans: %d distinct model spans, sent %d calls", c.ModelSpansUnique, exp.TotalCalls)
			}
			for _, w := range []string{"10s", "1m"} {
				if got := c.SLIRequests[w]; math.Abs(got-float64(exp.TotalCalls)) > 1e-6 {
					add("clickhouse llm_sli_windows %s: %g requests, sent %d calls", w, got, exp.TotalCalls)
				}
			}
		}
	}
	for _, k := range r.Kills {
		if k.RejoinAfter == -1 {
			add("%s (restarted at t=%.1fs) never consumed again", k.Instance, k.RestartedAt)
		}
	}
	r.Failures = f
	if r.Failures == nil {
		r.Failures = []string{}
	}
}

// PrintTable writes the results table, then each failing row's details.
func PrintTable(w io.Writer, res *Results) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\tsent\tspans uniq\tdup\tenriched uniq\tdup\tcalls\tSLI 10s\tSLI 1m\tlate\talert dups\talerts vs base +/-\tDLQ\tCH spans\tCH SLI 10s/1m\trejoin s\tresult\t")
	for _, r := range res.Rows {
		c := []string{r.Scenario, num(r.Expected.Spans)}
		if t := r.Topics; t != nil {
			c = append(c, mark(num(t.SpansUnique), t.SpansUnique != r.Expected.Spans), mark(num(t.SpansDup), t.SpansDup > 0),
				mark(num(t.EnrichedUnique), t.EnrichedUnique != r.Expected.Spans), mark(num(t.EnrichedDup), t.EnrichedDup > 0),
				num(r.Expected.TotalCalls), sliCell(t, "10s", r.Expected.TotalCalls), sliCell(t, "1m", r.Expected.TotalCalls),
				mark(fmt.Sprintf("%g", t.Late), t.Late > 0), mark(fmt.Sprint(t.AlertDups), t.AlertDups > 0))
			switch {
			case !r.AlertsCmp:
				c = append(c, "–")
			default:
				c = append(c, mark(fmt.Sprintf("+%d/-%d", extraAlerts(r.AlertsDiff), len(r.AlertsDiff)-extraAlerts(r.AlertsDiff)), extraAlerts(r.AlertsDiff) > 0))
			}
			c = append(c, mark(num(t.DLQ), t.DLQ > 0))
		} else {
			c = append(c, "?", "?", "?", "?", num(r.Expected.TotalCalls), "?", "?", "?", "?", "?", "?")
		}
		if ch := r.CH; ch != nil && ch.Err == "" {
			c = append(c, mark(fmt.Sprint(ch.ModelSpansUnique), ch.ModelSpansUnique != uint64(r.Expected.TotalCalls) || ch.SpansUnique != uint64(r.Expected.Spans)),
				mark(fmt.Sprintf("%g/%g", ch.SLIRequests["10s"], ch.SLIRequests["1m"]),
					ch.SLIRequests["10s"] != float64(r.Expected.TotalCalls) || ch.SLIRequests["1m"] != float64(r.Expected.TotalCalls)))
		} else if ch != nil {
			c = append(c, "error*", "error*")
		} else {
			c = append(c, "–", "–")
		}
		var rj []string
		for _, k := range r.Kills {
			switch {
			case k.RejoinAfter == -1:
				rj = append(rj, "never*")
			case k.RejoinAfter < 0:
				rj = append(rj, "re-killed")
			default:
				rj = append(rj, fmt.Sprintf("%.1f", k.RejoinAfter))
			}
		}
		if len(rj) == 0 {
			rj = []string{"–"}
		}
		c = append(c, strings.Join(rj, ","))
		if r.Pass() {
			c = append(c, "PASS")
		} else {
			c = append(c, "FAIL")
		}
		fmt.Fprintln(tw, strings.Join(c, "\t")+"\t")
	}
	_ = tw.Flush()
	fmt.Fprintln(w, "(* = differs from what was sent / must be 0; SLI = requests summed over the latest revision of every window; calls = LLM + embedding calls sent;")
	fmt.Fprintln(w, " CH spans = distinct LLM+embedding spans in llm_spans (want = calls); rejoin = restart → the instance's input counter on /metrics > 0)")
	for _, r := range res.Rows {
		if r.Pass() && len(r.Kills) == 0 && r.Freeze == "" && (r.Topics == nil || r.Topics.FirstIncomplete == 0) {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", r.Scenario)
		for _, k := range r.Kills {
			fmt.Fprintf(w, "  killed %s at t=%.1fs (%s UTC), down %.1fs, ready %.1fs / consuming %.1fs after restart\n", k.Instance, k.KilledAt, k.KilledAtWall.UTC().Format("15:04:05"), k.DownFor, k.ReadyAfter, k.RejoinAfter)
		}
		if r.Freeze != "" {
			fmt.Fprintf(w, "  clickhouse %s\n", r.Freeze)
		}
		if c := r.CH; c != nil && c.Err == "" {
			fmt.Fprintf(w, "  clickhouse: llm_spans %d rows, %d distinct spans (sent %d), %d distinct model spans (sent %d); llm_sli_windows %d windows, latest-revision requests 10s %g, 1m %g (sent %d)\n",
				c.SpanRows, c.SpansUnique, r.Expected.Spans, c.ModelSpansUnique, r.Expected.TotalCalls, c.Windows, c.SLIRequests["10s"], c.SLIRequests["1m"], r.Expected.TotalCalls)
		}
		for _, f := range r.Failures {
			fmt.Fprintf(w, "  FAIL %s\n", f)
		}
		if t := r.Topics; t != nil {
			for _, win := range []string{"10s", "1m"} {
				for _, m := range t.SLIMismatch[win] {
					fmt.Fprintf(w, "    %s series bucket %s\n", win, m)
				}
			}
			for _, m := range t.WindowMismatch {
				fmt.Fprintf(w, "    %s (want = model calls on llmobs.enriched ending in it)\n", m)
			}
			for i, m := range t.FirstIncompleteList {
				if i == 10 {
					fmt.Fprintf(w, "    … %d more windows fired before all their data was in\n", len(t.FirstIncompleteList)-i)
					break
				}
				fmt.Fprintf(w, "    fired incomplete: %s\n", m)
			}
			for _, d := range t.AlertDupKey {
				fmt.Fprintf(w, "    duplicate alert event %s\n", d)
			}
		}
		for _, d := range r.AlertsDiff {
			fmt.Fprintf(w, "    alert vs baseline %s\n", d)
		}
	}
}

func num(n int64) string { return fmt.Sprint(n) }

// extraAlerts counts the "+" entries of an alert diff: alerts a faulted
// run raised that the baseline did not.
func extraAlerts(diff []string) int {
	n := 0
	for _, d := range diff {
		if strings.HasPrefix(d, "+") {
			n++
		}
	}
	return n
}

func mark(s string, bad bool) string {
	if bad {
		return s + "*"
	}
	return s
}

func sliCell(t *TopicCheck, w string, want int64) string {
	got := t.SLIRequests[w]
	return mark(fmt.Sprintf("%g", got), math.Abs(got-float64(want)) > 1e-6 || len(t.SLIMismatch[w]) > 0)
}
