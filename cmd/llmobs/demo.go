package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func cmdDemo(args []string) error {
	o := app.DefaultOptions()
	// The demo starts from a clean slate each time unless told otherwise,
	// so its summary describes this run only.
	o.DataDir = ""
	// Its summary reads every topic from the start: no size bound (the
	// time bound, an hour, is longer than any demo).
	o.RetentionBytes = 0
	lg := loadgen.DefaultConfig()
	// The demo sends attacks, leaks, refusals and the rest too, so its
	// summary shows every flag against what was sent.
	lg.Safety = loadgen.DemoSafety()
	lg.Evals = loadgen.DemoEvals()
	demoSurgeDefaults(&o, &lg) // a new subject of questions, and the time scale to see it surge (demo_surge.go)
	fs := flag.NewFlagSet("llmobs demo", flag.ContinueOnError)
	lg.RegisterFlags("loadgen", fs)
	drain := fs.Duration("drain", 45*time.Second, "how long to wait for the pipeline to catch up after the traffic")
	fetch := fs.Bool("fetch-models", true, "fetch the built-in encoder's weights (~28 MB, once) when they are missing, so the embedder and semantic search run")
	verify, err := o.ParseFlags(fs, args)
	if err != nil {
		return err
	}
	lg.Topics = loadgen.Topics{Spans: o.Common.Topics.OTLPSpans, Metrics: o.Common.Topics.OTLPMetrics, Logs: o.Common.Topics.OTLPLogs}
	if err := lg.Validate(); err != nil {
		return fmt.Errorf("invalid loadgen configuration:\n%w", err)
	}
	if verify {
		fmt.Println("configuration is valid")
		return nil
	}
	o.Common.Log.Level = orDefault(os.Getenv("LLMOBS_LOG_LEVEL"), "warn")
	log := app.NewLogger(o.Common.Log, os.Stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *fetch {
		if err := o.Prepare(ctx, os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "llmobs demo: %v\nThe demo goes on without what could not be fetched; `llmobs models` retries.\n", err)
		}
	}
	svcCtx, stopServices := context.WithCancel(context.Background())
	defer stopServices()
	r, err := app.Start(svcCtx, o, log)
	if err != nil {
		return err
	}
	fmt.Println("llmobs demo: the whole pipeline in this process")
	r.PrintListeners(os.Stdout, o)
	subject := ""
	if lg.NewSubjectShare > 0 {
		subject = fmt.Sprintf("; a new subject of questions from +%s", lg.NewSubjectAt)
	}
	evalDrop := ""
	if lg.Evals.Incident && (lg.Evals.Inline > 0 || lg.Evals.Later > 0 || lg.Evals.Feedback > 0) {
		evalDrop = ", evaluation score drop"
	}
	fmt.Printf("\nPublishing %s of synthetic traffic (%g traces/s, incidents: latency spike, error burst, cost spike, attack surge, output leak%s%s)...\n", lg.Duration, lg.Rate, evalDrop, subject)

	kc := o.Common.Kafka
	kc.Brokers = r.Brokers
	t0 := time.Now()
	sum, lgErr := runLoadgen(ctx, kc, lg)
	tEnd := time.Now()
	fmt.Println()
	sum.Print(os.Stdout)
	if lgErr == nil {
		fmt.Printf("\nWaiting up to %s for the pipeline to catch up...\n", *drain)
		sent := time.Since(t0)
		lagging, ok, caught := waitForDrain(ctx, kc, *drain)
		if ok {
			total := time.Since(t0)
			fmt.Printf("caught up %.1fs after the last record: %d spans through the pipeline in %.1fs (%.0f spans/s end to end)\n",
				(total - sent).Seconds(), sum.Spans, total.Seconds(), float64(sum.Spans)/total.Seconds())
		} else {
			fmt.Printf("still catching up (records behind, per consumer group: %s); the summary shows what was done so far\n", lagging)
		}
		printCaughtUp(os.Stdout, caught, t0, sent, sum.Spans)
	}
	// Windows fire when event time passes their end: wait (bounded) for
	// the aggregator's watermark to pass the last traffic, so the summary
	// counts the last windows too. Event time is a span's end, which runs
	// ahead of the send time (a call sent now ends seconds later), and with
	// -loadgen.max-speed a minute of traffic is sent in seconds: the last
	// event is the latest span end the generator sent.
	lastEvent := tEnd
	if sum.LastSpanEnd.After(lastEvent) {
		lastEvent = sum.LastSpanEnd
	}
	target := lastEvent.Add(10 * time.Second)
	if lgErr == nil && time.Until(target) > 15*time.Second {
		fmt.Printf("waiting %.0fs for event time to pass the last traffic, so the last windows fire...\n", time.Until(target).Seconds())
	}
	deadline := time.Now().Add(30 * time.Second)
	if target.After(time.Now()) {
		deadline = target.Add(30 * time.Second)
	}
	for lgErr == nil && ctx.Err() == nil && time.Now().Before(deadline) {
		time.Sleep(250 * time.Millisecond)
		if minGauge(r.Admin.Registry, "llmobs_aggregator_watermark_seconds") >= float64(target.Unix()) {
			break
		}
	}
	if lvl := gaugeValue(r.Admin.Registry, "llmobs_ingest_sampling_level"); lgErr == nil && lvl != "0" && lvl != "–" {
		fmt.Printf("ingest is shedding load (sampling level %s); waiting for it to return to level 0...\n", lvl)
		t1 := time.Now()
		for time.Since(t1) < 2*time.Minute && ctx.Err() == nil && gaugeValue(r.Admin.Registry, "llmobs_ingest_sampling_level") != "0" {
			time.Sleep(500 * time.Millisecond)
		}
		fmt.Printf("sampling level %s %.1fs later\n", gaugeValue(r.Admin.Registry, "llmobs_ingest_sampling_level"), time.Since(t1).Seconds())
	}
	ps, err := app.Summarize(context.Background(), kc, o.Common.Topics)
	if err == nil {
		fmt.Println("\nWhat the pipeline saw:")
		ps.Print(os.Stdout, o.Common.Topics)
	} else {
		fmt.Fprintf(os.Stderr, "summary: %v\n", err)
	}
	if err == nil {
		printEstimates(os.Stdout, sum.LLMSpans, ps.IngestEstimates, ps.SLIRequests)
		printTenants(os.Stdout, sum.LLMByTenant, ps.SLITenants)
		printFlags(os.Stdout, sum.Signals, ps.Flags, ps.SLIFlags)
		printEvals(os.Stdout, sum.Evals, ps.SLIEvals)
		fmt.Printf("  outcomes: ingest %s; aggregator %s\n", counterLine(r.Admin.Registry, "llmobs_ingest_evaluations_total", "outcome"),
			counterLine(r.Admin.Registry, "llmobs_aggregator_evaluations_total", "outcome"))
	}
	fmt.Printf("\nIngest sampling: level now %s; spans %s; aggregator late span×windows %s (unattributed %s)\n", gaugeValue(r.Admin.Registry, "llmobs_ingest_sampling_level"),
		counterLine(r.Admin.Registry, "llmobs_ingest_sampling_spans_total", "decision"),
		gaugeValue(r.Admin.Registry, "llmobs_aggregator_late_spans_total"), gaugeValue(r.Admin.Registry, "llmobs_aggregator_late_spans_unattributed_total"))
	if slices.Contains(r.Started, "embedder") {
		fmt.Printf("\nEmbedder: prompts %s\n", counterLine(r.Admin.Registry, "llmobs_embedder_prompts_total", "outcome"))
		demoSearch(os.Stdout, r.AdminAddr, "my money back for a purchase has not shown up")
		demoTopics(os.Stdout, r.AdminAddr)
		if ps != nil {
			printSurges(os.Stdout, lg, sum.NewSubjectPrompts, t0.Add(lg.NewSubjectAt), ps.Alerts)
		}
	}
	fmt.Printf("\nAdmin, metrics and APIs were at http://%s; stopping.\n", r.AdminAddr)
	stopServices()
	if werr := r.Wait(); werr != nil && lgErr == nil {
		return werr
	}
	return lgErr
}

// waitForDrain waits until every consumer group has caught up; on timeout
// it returns false and the groups still behind. caught has, per group,
// when it last caught up. Caught up means the group's committed offsets
// reached the log ends of a moment ago (settle), not the ends of now:
// ingest and the enricher write watermark heartbeats every second, so a
// live pipeline is never at lag 0 everywhere at the same instant.
func waitForDrain(ctx context.Context, kc kafka.Config, timeout time.Duration) (string, bool, map[string]time.Time) {
	const settle = 1500 * time.Millisecond
	caught := map[string]time.Time{}
	cl, err := kafka.NewClient(kc, "demo-lag")
	if err != nil {
		return err.Error(), false, caught
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	type snap struct {
		at   time.Time
		ends map[string]map[int32]int64 // topic -> partition -> end offset
	}
	var history []snap
	deadline := time.Now().Add(timeout)
	behind := "unknown"
	for time.Now().Before(deadline) && ctx.Err() == nil {
		groups, err := adm.ListGroups(ctx)
		if err == nil && len(groups) == 0 {
			return "", true, caught // no service consumes anything
		}
		now := time.Now()
		lags, err := adm.Lag(ctx, groups.Groups()...)
		if err == nil {
			cur := snap{at: now, ends: map[string]map[int32]int64{}}
			lags.Each(func(l kadm.DescribedGroupLag) {
				for t, ps := range l.Lag {
					if cur.ends[t] == nil {
						cur.ends[t] = map[int32]int64{}
					}
					for p, ml := range ps {
						cur.ends[t][p] = max(cur.ends[t][p], ml.End.Offset)
					}
				}
			})
			history = append(history, cur)
			// The newest snapshot at least settle old (none yet: now's).
			ref := cur
			for i := len(history) - 1; i >= 0; i-- {
				if now.Sub(history[i].at) >= settle {
					ref = history[i]
					history = history[i:]
					break
				}
			}
			var parts []string
			lags.Each(func(l kadm.DescribedGroupLag) {
				var n int64
				for t, ps := range l.Lag {
					for p, ml := range ps {
						if end, ok := ref.ends[t][p]; ok && ml.Commit.At < end {
							n += end - max(ml.Commit.At, 0)
						}
					}
				}
				if n > 0 {
					parts = append(parts, fmt.Sprintf("%s %d", l.Group, n))
					delete(caught, l.Group)
				} else if _, ok := caught[l.Group]; !ok {
					caught[l.Group] = now
				}
			})
			if len(parts) == 0 && ref.at != now {
				return "", true, caught
			}
			slices.Sort(parts)
			behind = strings.Join(parts, ", ")
		}
		time.Sleep(250 * time.Millisecond)
	}
	return behind, false, caught
}

// printCaughtUp says when each stage had consumed everything: ingest's
// time is its own throughput, the later stages' include event-time waits
// (the enricher holds a span until the GPU side's watermark passes it).
func printCaughtUp(w io.Writer, caught map[string]time.Time, t0 time.Time, sent time.Duration, spans int64) {
	groups := make([]string, 0, len(caught))
	for g := range caught {
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b string) int { return caught[a].Compare(caught[b]) })
	var parts []string
	for _, g := range groups {
		parts = append(parts, fmt.Sprintf("%s %.1fs", g, caught[g].Sub(t0).Seconds()))
		if strings.HasSuffix(g, "ingest") {
			d := caught[g].Sub(t0)
			fmt.Fprintf(w, "ingest consumed all %d spans %.1fs after the traffic started (%.0f spans/s; last record sent at %.1fs)\n",
				spans, d.Seconds(), float64(spans)/d.Seconds(), sent.Seconds())
		}
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "each consumer group caught up at (since the traffic started): %s\n", strings.Join(parts, ", "))
	}
}

func orDefault(v, d string) string {
	if v == "" {
		return d
	}
	return v
}

// demoSearch shows what semantic search over the prompts finds: the query
// shares no keyword with "why my refund has not arrived yet".
func demoSearch(w io.Writer, adminAddr, q string) {
	u := "http://" + adminAddr + "/api/search?k=3&q=" + url.QueryEscape(q)
	fmt.Fprintf(w, "\nSemantic search over what users asked (GET /api/search?q=%s):\n", url.QueryEscape(q))
	hc := &http.Client{Timeout: 10 * time.Second}
	resp, err := hc.Get(u)
	if err != nil {
		fmt.Fprintf(w, "  search failed: %v\n", err)
		return
	}
	defer resp.Body.Close()
	var out struct {
		Results []struct {
			Score   float64 `json:"score"`
			Prompt  string  `json:"prompt"`
			Service string  `json:"service"`
			Model   string  `json:"model"`
			Hits    int64   `json:"hits"`
		} `json:"results"`
		Error string `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
		fmt.Fprintf(w, "  search failed: HTTP %d %s %v\n", resp.StatusCode, out.Error, err)
		return
	}
	if len(out.Results) == 0 {
		fmt.Fprintln(w, "  no prompts indexed yet")
	}
	for _, r := range out.Results {
		p := r.Prompt
		if len(p) > 90 {
			p = p[:90] + "…"
		}
		fmt.Fprintf(w, "  %.3f  %-12s %-18s ×%-4d %q\n", r.Score, r.Service, r.Model, r.Hits, p)
	}
}

// demoTopics prints what GET /api/topics says: topics per service and the
// surges of new subjects (the demo's own: demo_surge.go).
func demoTopics(w io.Writer, adminAddr string) {
	hc := &http.Client{Timeout: 10 * time.Second}
	resp, err := hc.Get("http://" + adminAddr + "/api/topics")
	if err != nil {
		fmt.Fprintf(w, "\ntopics: %v\n", err)
		return
	}
	defer resp.Body.Close()
	var out struct {
		Warm map[string]struct {
			Prompts int
			Warm    bool
		} `json:"warm"`
		Topics []struct{ Service string } `json:"topics"`
		Surges []struct {
			Service  string    `json:"service"`
			Started  bool      `json:"started"`
			At       time.Time `json:"at"`
			Share    float64   `json:"share"`
			Examples []string  `json:"examples"`
		} `json:"surges"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(resp.Body).Decode(&out) != nil {
		fmt.Fprintf(w, "\ntopics: HTTP %d\n", resp.StatusCode)
		return
	}
	per := map[string]int{}
	for _, t := range out.Topics {
		per[t.Service]++
	}
	fmt.Fprintf(w, "\nTopics of what users ask (GET /api/topics): %s\n", fmtCounts(per))
	if len(out.Surges) == 0 {
		fmt.Fprintln(w, "  no surge of a new subject")
	}
	for i := len(out.Surges) - 1; i >= 0; i-- {
		sg := out.Surges[i]
		what := "ended"
		if sg.Started {
			what = "started"
		}
		ex := ""
		if len(sg.Examples) > 0 {
			ex = sg.Examples[0]
		}
		fmt.Fprintf(w, "  surge %-7s %s  %-13s share %4.1f%%  e.g. %q\n", what, sg.At.Local().Format(time.TimeOnly), sg.Service, 100*sg.Share, ex)
	}
}

func fmtCounts(m map[string]int) string {
	keys := slices.Sorted(maps.Keys(m))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, " ")
}

// counterLine prints a counter vector's values by one label, e.g.
// "embedded=512 deduplicated=431".
func counterLine(g prometheus.Gatherer, name, label string) string {
	mfs, err := g.Gather()
	if err != nil {
		return err.Error()
	}
	sums := map[string]float64{}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label {
					sums[l.GetValue()] += m.GetCounter().GetValue()
				}
			}
		}
	}
	var parts []string
	for k, v := range sums {
		parts = append(parts, fmt.Sprintf("%s=%.0f", k, v))
	}
	slices.Sort(parts)
	if len(parts) == 0 {
		return "none yet"
	}
	return strings.Join(parts, " ")
}

// printEstimates compares the LLM calls the load generator made with the
// aggregator's weighted request counts: under sampling the SLIs must stay
// unbiased estimates of what really happened.
func printEstimates(w io.Writer, sent map[string]int64, kept, est map[string]float64) {
	keys := make([]string, 0, len(sent))
	for k := range sent {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintln(w, "\nLLM calls sent vs the SLIs' request count (10 s windows), and the calls ingest forwarded or summarised:")
	for _, k := range keys {
		e := est[k]
		rel := 0.0
		if sent[k] > 0 {
			rel = (e - float64(sent[k])) / float64(sent[k]) * 100
		}
		fmt.Fprintf(w, "  %-48s sent %6d  SLIs %9.1f  (%+.2f%%)  ingest handed on %9.1f\n", k, sent[k], e, rel, kept[k])
	}
}

// printTenants compares the LLM calls sent per tenant with the usage
// shares of the SLI windows (what per-tenant budgets are charged from),
// and shows each tenant's spend.
func printTenants(w io.Writer, sent map[string]int64, got map[string]*app.TenantUsage) {
	keys := slices.Sorted(maps.Keys(sent))
	for k := range got {
		if _, ok := sent[k]; !ok {
			keys = append(keys, k)
		}
	}
	fmt.Fprintln(w, "\nLLM calls per tenant sent vs the SLI windows' usage shares (what budgets `by: [tenant]` charge):")
	for _, k := range keys {
		u := got[k]
		if u == nil {
			u = &app.TenantUsage{}
		}
		rel := 0.0
		if sent[k] > 0 {
			rel = (u.Requests - float64(sent[k])) / float64(sent[k]) * 100
		}
		name := k
		if name == "" {
			name = "(no tenant)"
		}
		fmt.Fprintf(w, "  %-12s sent %6d  SLIs %9.1f  (%+.2f%%)  spend $%.4f\n", name, sent[k], u.Requests, rel, u.CostUSD)
	}
}

// printFlags shows, per flag, the calls loadgen sent with that signal, the
// spans the enricher flagged, and the count in the SLI windows (model
// calls only: an injected document flags its retrieval span, which feeds
// no SLI series).
func printFlags(w io.Writer, sent map[string]int64, flagged map[string]int64, slis map[string]float64) {
	all := maps.Clone(sent)
	for k := range flagged {
		all[k] += 0
	}
	keys := slices.Sorted(maps.Keys(all))
	if len(keys) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSafety and quality flags: calls sent with the signal vs spans the enricher flagged (and the SLI windows' count):")
	for _, k := range keys {
		fmt.Fprintf(w, "  %-20s sent %6d  flagged %6d  SLIs %8.0f\n", k, sent[k], flagged[k], slis[k])
	}
}

// printEvals shows, per evaluation name, what loadgen sent (valid scores,
// their mean, how many low, how many with a bad score) next to what the
// aggregator joined into the SLI windows.
func printEvals(w io.Writer, sent map[string]loadgen.EvalSummary, slis map[string]*llmobsv1.EvalScore) {
	keys := slices.Sorted(maps.Keys(sent))
	for k := range slis {
		if _, ok := sent[k]; !ok {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return
	}
	fmt.Fprintln(w, "\nEvaluations and feedback: sent by loadgen vs joined into the SLI windows (10 s):")
	for _, k := range keys {
		s, j := sent[k], slis[k]
		fmt.Fprintf(w, "  %-14s sent %5d (mean %.3f, %4d low, %3d bad score)  joined %5.0f (mean %.3f, %4.0f low)\n",
			k, s.Sent, s.Mean(), s.Low, s.Bad, j.GetCount(), j.GetMean(), j.GetLow())
	}
}

// gaugeValue reads one unlabelled gauge or counter ("–" when absent).
func gaugeValue(g prometheus.Gatherer, name string) string {
	vs := metricValues(g, name)
	if len(vs) == 0 {
		return "–"
	}
	return fmt.Sprintf("%g", vs[0])
}

// metricValues are a gauge's or counter's values, one per label set.
func metricValues(g prometheus.Gatherer, name string) []float64 {
	mfs, err := g.Gather()
	if err != nil {
		return nil
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		var out []float64
		for _, m := range mf.GetMetric() {
			if m.GetCounter() != nil {
				out = append(out, m.GetCounter().GetValue())
			} else {
				out = append(out, m.GetGauge().GetValue())
			}
		}
		return out
	}
	return nil
}

// minGauge is the smallest value of a gauge over its labels (0 when absent).
func minGauge(g prometheus.Gatherer, name string) float64 {
	vs := metricValues(g, name)
	if len(vs) == 0 {
		return 0
	}
	return slices.Min(vs)
}
