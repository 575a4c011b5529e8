package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http/httptest"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	coltracepb "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	logspb "go.opentelemetry.io/proto/otlp/logs/v1"
	resourcepb "go.opentelemetry.io/proto/otlp/resource/v1"
	tracepb "go.opentelemetry.io/proto/otlp/trace/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/aggregator"
	"github.com/llmobs/llmobs/services/alerter"
	"github.com/llmobs/llmobs/services/enricher"
	"github.com/llmobs/llmobs/services/ingest"
)

// Issue 21 point 4, "done means", through the real ingest, enricher,
// aggregator and alerter on kfake: loadgen's evaluation mix (relevance
// events on the calls' spans, faithfulness evaluator spans 1-10 s later,
// user feedback 2-20 s later, a share low, a share with a non-numeric
// score, the eval_drop incident) reaches the SLI windows exactly. Once the
// windows holding the last feedback have fired, per evaluation name the
// latest revisions of the 10 s and of the 1 m windows hold exactly what
// loadgen sent: count and scored = sent, low = low, feedback = the
// feedback sent, sum (so mean) to float64 summation order; every window's
// mean and low_rate are its own sum/scored and low/scored; the bad scores
// are ingest's invalid_score, not in any window; the aggregator ends every
// evaluation inline (relevance) or joined (the others), none unmatched,
// overflow or late; GET /api/slis shows the same evals as llmobs.slis; and
// LLMEvalScoreDrop fires for support-agent during the incident.
//
// The same traffic without the mix (its draws have their own random
// stream, so the calls are the same) gives the same windows in everything
// but the evals: the join does not disturb the other SLIs.
//
// The traffic is a backlog, as in TestSheddingKeepsSLIsExact (sampling
// off: with ingest shedding, a later evaluation of a call it summarised
// has no call to join and is unmatched; see the aggregator README).
// LLMOBS_EVALS_RATE and _SECONDS change its size (default 40 traces/s for
// 100 s of event time).
func TestEvaluationsJoinExactly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline twice (about a minute)")
	}
	lg := loadgen.DefaultConfig()
	lg.Rate = envFloat("LLMOBS_EVALS_RATE", 40)
	lg.Duration = time.Duration(envFloat("LLMOBS_EVALS_SECONDS", 100)) * time.Second
	lg.MaxSpeed = true
	lg.Start = time.Now().Add(-lg.Duration - 90*time.Second).Truncate(time.Minute)

	plain := runEvalPipeline(t, lg)
	lg.Evals = loadgen.EvalMix{Inline: 0.3, Later: 0.2, Feedback: 0.1, Low: 0.1, Bad: 0.05, Incident: true}
	run := runEvalPipeline(t, lg)
	sum := run.sum
	t.Logf("without evaluations: %s", plain)
	t.Logf("with evaluations:    %s", run)
	if len(sum.Evals) != 3 {
		t.Fatalf("loadgen sent evaluations %v, want relevance, faithfulness and user_feedback", sum.Evals)
	}
	if sum.Evals["faithfulness"].Bad == 0 || sum.IncidentSpans[loadgen.IncidentEvalDrop] == 0 {
		t.Fatalf("loadgen sent no bad score or no eval_drop incident: %v, %v", sum.Evals, sum.IncidentSpans)
	}

	// Per name, in both window lengths: exactly what was sent.
	for _, lenMs := range []int64{10_000, 60_000} {
		got := evalTotals(run.windows, lenMs)
		for _, name := range slices.Sorted(mapsKeys(sum.Evals, got)) {
			s, g := sum.Evals[name], got[name]
			if g == nil {
				g = &llmobsv1.EvalScore{}
			}
			wantFeedback := 0.0
			if name == "user_feedback" {
				wantFeedback = float64(s.Sent)
			}
			t.Logf("%2ds windows: %-14s sent %5d (mean %.4f, %4d low, %3d bad)  windows count %5.0f scored %5.0f (mean %.4f, %4.0f low, %4.0f feedback)",
				lenMs/1000, name, s.Sent, s.Mean(), s.Low, s.Bad, g.Count, g.Scored, mean(g), g.Low, g.Feedback)
			if g.Count != float64(s.Sent) || g.Scored != float64(s.Sent) || g.Low != float64(s.Low) || g.Feedback != wantFeedback {
				t.Errorf("%ds windows, %s: count %v scored %v low %v feedback %v; loadgen sent %d valid scores, %d low (%v feedback)",
					lenMs/1000, name, g.Count, g.Scored, g.Low, g.Feedback, s.Sent, s.Low, wantFeedback)
			}
			if relDiff(g.Sum, s.ScoreSum) > 1e-9 || math.Abs(mean(g)-s.Mean()) > 1e-9 {
				t.Errorf("%ds windows, %s: score sum %v (mean %v), loadgen sent %v (mean %v)", lenMs/1000, name, g.Sum, mean(g), s.ScoreSum, s.Mean())
			}
		}
	}
	// Every window's mean and low rate are its own.
	for k, w := range run.windows {
		for _, e := range w.Evals {
			if e.Scored > 0 && (math.Abs(e.Mean-e.Sum/e.Scored) > 1e-12 || math.Abs(e.LowRate-e.Low/e.Scored) > 1e-12) {
				t.Errorf("%s %s: mean %v low_rate %v, sum/scored %v low/scored %v", k, e.Name, e.Mean, e.LowRate, e.Sum/e.Scored, e.Low/e.Scored)
			}
		}
	}

	// Outcomes: the bad scores are refused by ingest (invalid_score) and
	// nothing else is; the aggregator folds every valid one.
	bad, valid := int64(0), int64(0)
	for _, s := range sum.Evals {
		bad += s.Bad
		valid += s.Sent
	}
	ingestOut := counterByLabel(run.reg, "llmobs_ingest_evaluations_total", "outcome")
	aggOut := counterByLabel(run.reg, "llmobs_aggregator_evaluations_total", "outcome")
	t.Logf("outcomes: ingest %v; aggregator %v", ingestOut, aggOut)
	wantIngest := map[string]float64{ingest.EvalOK: float64(valid), ingest.EvalInvalidScore: float64(bad)}
	for o, n := range ingestOut {
		if n != wantIngest[o] {
			t.Errorf("ingest: %v evaluations %s, want %v (loadgen: %d valid, %d with a non-numeric score)", n, o, wantIngest[o], valid, bad)
		}
	}
	if ingestOut[ingest.EvalInvalidScore] != float64(bad) {
		t.Errorf("ingest counted %v invalid_score, loadgen sent %d bad scores", ingestOut[ingest.EvalInvalidScore], bad)
	}
	wantAgg := map[string]float64{"inline": float64(sum.Evals["relevance"].Sent),
		"joined": float64(sum.Evals["faithfulness"].Sent + sum.Evals["user_feedback"].Sent)}
	for _, o := range []string{"inline", "joined", "unmatched", "overflow", "late"} {
		if aggOut[o] != wantAgg[o] {
			t.Errorf("aggregator: %v evaluations %s, want %v", aggOut[o], o, wantAgg[o])
		}
	}

	// GET /api/slis shows the windows' evals as llmobs.slis has them
	// (latest revisions: late feedback revises a window fired before).
	// (The aggregator's ring reads llmobs.slis too: give it a moment.)
	api := apiSLIWindows(t, run.admin, "10s")
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		behind := false
		for k, w := range api {
			if want := run.windows[k]; want != nil && w.Revision < want.Revision {
				behind = true
			}
		}
		if !behind {
			break
		}
		api = apiSLIWindows(t, run.admin, "10s")
	}
	revised, apiEvals := 0, 0
	for k, w := range api {
		apiEvals += len(w.Evals)
		want := run.windows[k]
		if want == nil {
			t.Errorf("/api/slis %s: not on llmobs.slis", k)
			continue
		}
		if want.Revision > 1 && len(want.Evals) > 0 {
			revised++
		}
		if w.Revision != want.Revision || !proto.Equal(&llmobsv1.SLIWindow{Evals: w.Evals}, &llmobsv1.SLIWindow{Evals: want.Evals}) {
			t.Errorf("/api/slis %s: revision %d evals %v; llmobs.slis: revision %d evals %v", k, w.Revision, w.Evals, want.Revision, want.Evals)
		}
	}
	if apiEvals == 0 {
		t.Error("/api/slis shows no evals")
	}
	t.Logf("/api/slis: %d 10s windows (%d evaluation names in them), %d of them revised after they first fired", len(api), apiEvals, revised)

	// LLMEvalScoreDrop fires for support-agent while the incident runs
	// (45-60 % of the traffic), and for no other series.
	from := lg.Start.Add(time.Duration(0.45 * float64(lg.Duration)))
	to := lg.Start.Add(time.Duration(0.60 * float64(lg.Duration)))
	var during []alerter.Alert
	for _, a := range run.alerts {
		if a.Labels["alertname"] != "LLMEvalScoreDrop" || a.Status != "firing" {
			continue
		}
		t.Logf("LLMEvalScoreDrop %s/%s starts %s after the incident began: %s", a.Labels["service"], a.Labels["model"], a.StartsAt.Sub(from), a.Annotations["summary"])
		if a.Labels["service"] != "support-agent" || a.StartsAt.Before(from) || a.StartsAt.After(to.Add(20*time.Second)) {
			t.Errorf("LLMEvalScoreDrop fired for %s/%s at %s, outside the eval_drop incident (support-agent, %s to %s)",
				a.Labels["service"], a.Labels["model"], a.StartsAt.Format(time.TimeOnly), from.Format(time.TimeOnly), to.Format(time.TimeOnly))
			continue
		}
		during = append(during, a)
	}
	if len(during) == 0 {
		t.Errorf("LLMEvalScoreDrop did not fire for support-agent during the eval_drop incident (%d alerts on llmobs.alerts)", len(run.alerts))
	}
	for _, a := range plain.alerts {
		if a.Labels["alertname"] == "LLMEvalScoreDrop" {
			t.Errorf("LLMEvalScoreDrop fired without evaluations: %+v", a)
		}
	}

	// The other SLIs: the same windows, field for field, as without the
	// mix; windows only the evaluations made (feedback after a series'
	// last call) hold nothing else.
	compared, evalOnly := 0, 0
	for _, k := range slices.Sorted(mapsKeys(plain.windows, run.windows)) {
		a, b := plain.windows[k], run.windows[k]
		if a == nil {
			if b.Requests != 0 || b.Spans != 0 || len(b.Evals) == 0 {
				t.Errorf("%s: only with evaluations, but %v requests, %d spans, evals %v", k, b.Requests, b.Spans, b.Evals)
			}
			evalOnly++
			continue
		}
		if b == nil {
			t.Errorf("%s: only without evaluations", k)
			continue
		}
		if diff := sliDiff(a, b); diff != "" {
			t.Errorf("%s: with evaluations, the window differs beyond its evals: %s", k, diff)
		}
		compared++
	}
	t.Logf("%d windows equal with and without evaluations (evals aside), %d windows hold evaluations only", compared, evalOnly)
}

type evalRun struct {
	sum     loadgen.Summary
	windows map[string]*llmobsv1.SLIWindow // latest revision per series/window
	alerts  []alerter.Alert
	reg     prometheus.Gatherer
	admin   *admin.Server
	took    time.Duration
}

func (r evalRun) String() string {
	return fmt.Sprintf("%d traces, %d LLM and embedding calls, %d SLI windows, %d alert events in %v",
		r.sum.Traces, r.sum.SpansByClass["llm"]+r.sum.SpansByClass["embedding"], len(r.windows), len(r.alerts), r.took.Round(time.Second))
}

// evalPipeline is ingest (sampling off), enricher, aggregator and
// alerter on a fresh kfake cluster, in this process.
type evalPipeline struct {
	c      *kafkatest.Cluster
	deps   service.Deps
	reg    prometheus.Gatherer
	svcs   []service.Service
	errs   chan error
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func newEvalPipeline(t *testing.T) *evalPipeline {
	t.Helper()
	p := &evalPipeline{c: kafkatest.New(t)}
	p.ctx, p.cancel = context.WithCancel(context.Background())
	p.deps = p.c.Deps("evals")
	p.reg = p.deps.Metrics.(prometheus.Gatherer) // the admin server's registry
	icfg := ingest.DefaultConfig()
	icfg.GRPCListen, icfg.HTTPListen = "", ""
	icfg.Sampling.Enabled = false
	for _, mk := range []func() (service.Service, error){
		func() (service.Service, error) { return ingest.NewService(icfg, p.deps) },
		func() (service.Service, error) { return enricher.New(enricher.DefaultConfig(), p.deps) },
		func() (service.Service, error) { return aggregator.New(aggregator.DefaultConfig(), p.deps) },
		func() (service.Service, error) { return alerter.New(alerter.DefaultConfig(), p.deps) },
	} {
		s, err := mk()
		if err != nil {
			t.Fatal(err)
		}
		p.svcs = append(p.svcs, s)
	}
	p.errs = make(chan error, len(p.svcs))
	t.Cleanup(p.stop)
	return p
}

func (p *evalPipeline) start() {
	for _, s := range p.svcs {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			if err := s.Run(p.ctx); err != nil && !errors.Is(err, context.Canceled) {
				p.errs <- err
			}
		}()
	}
}

func (p *evalPipeline) stop() {
	p.cancel()
	p.wg.Wait()
}

func (p *evalPipeline) check(t *testing.T) {
	t.Helper()
	select {
	case err := <-p.errs:
		t.Fatalf("a service stopped: %v", err)
	default:
	}
}

func (p *evalPipeline) sliReader(t *testing.T) *sliReader {
	return newSLIReader(t, p.c.Client(t, kgo.ConsumeTopics(p.c.Topics.SLIs), kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart())))
}

// runEvalPipeline runs the pipeline over lg's traffic, written before
// the services start, until every window up to the last span loadgen sent
// (the last feedback) has fired, and returns the latest revision of every
// window and the alert events.
func runEvalPipeline(t *testing.T, lg loadgen.Config) evalRun {
	t.Helper()
	start := time.Now()
	p := newEvalPipeline(t)
	defer p.stop()
	c, ctx := p.c, p.ctx
	lg.Topics = loadgen.Topics{Spans: c.Topics.OTLPSpans, Metrics: c.Topics.OTLPMetrics, Logs: c.Topics.OTLPLogs}
	sum, err := loadgen.Run(ctx, lg, c.Client(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	p.start()

	modelSpans := float64(sum.SpansByClass["llm"] + sum.SpansByClass["embedding"])
	// The 1 m window holding the last span (the last feedback) has fired
	// in stage 2 once its watermark passed the window's end.
	lastEnd := sum.LastSpanEnd.Truncate(time.Minute).Add(time.Minute)
	reader := p.sliReader(t)
	deadline := time.Now().Add(lg.Duration + 4*time.Minute)
	for {
		p.check(t)
		reader.poll(ctx, 500*time.Millisecond)
		wm := metricValue(p.reg, "llmobs_aggregator_watermark_seconds", map[string]string{"stage": "stage2"})
		if reader.requests(60_000) == modelSpans && reader.requests(10_000) == modelSpans && wm >= float64(lastEnd.Unix()) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("SLI windows hold %v requests in 1m windows, %v in 10s, loadgen sent %v model spans; stage 2 watermark %v, the last span's 1m window ends %v",
				reader.requests(60_000), reader.requests(10_000), modelSpans, time.Unix(int64(wm), 0).UTC(), lastEnd.UTC())
		}
	}
	// Fires are per record: give a late revision in flight a moment.
	reader.poll(ctx, 2*time.Second)
	// The alerter has read llmobs.slis to its end once its group's
	// committed offsets are there; then read llmobs.alerts.
	waitCaughtUp(t, ctx, c, "llmobs-alerter", 60*time.Second)
	alerts := readAlerts(t, ctx, c)
	return evalRun{sum: sum, windows: reader.latest, alerts: alerts, reg: p.reg, admin: p.deps.Admin, took: time.Since(start)}
}

// waitCaughtUp waits until group's committed offsets reach its topics'
// ends (transaction markers count as offsets: lag 0).
func waitCaughtUp(t *testing.T, ctx context.Context, c *kafkatest.Cluster, group string, d time.Duration) {
	t.Helper()
	adm := kadm.NewClient(c.Client(t))
	for deadline := time.Now().Add(d); ; time.Sleep(200 * time.Millisecond) {
		lags, err := adm.Lag(ctx, group)
		if err == nil {
			var lag int64
			n := 0
			lags.Each(func(l kadm.DescribedGroupLag) {
				for _, ps := range l.Lag {
					for _, m := range ps {
						if m.Commit.At >= 0 {
							n++
							lag += m.Lag
						}
					}
				}
			})
			if n > 0 && lag == 0 {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not catch up in %v: %v", group, d, err)
		}
	}
}

// readAlerts reads every alert event on llmobs.alerts (read_committed).
func readAlerts(t *testing.T, ctx context.Context, c *kafkatest.Cluster) []alerter.Alert {
	t.Helper()
	rd := c.Client(t, kgo.ConsumeTopics(c.Topics.Alerts), kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	defer rd.Close()
	var out []alerter.Alert
	for {
		pctx, pc := context.WithTimeout(ctx, time.Second)
		fs := rd.PollFetches(pctx)
		pc()
		if fs.NumRecords() == 0 {
			return out
		}
		fs.EachRecord(func(r *kgo.Record) {
			var a alerter.Alert
			if err := json.Unmarshal(r.Value, &a); err != nil {
				t.Errorf("llmobs.alerts: %v", err)
				return
			}
			out = append(out, a)
		})
	}
}

// apiSLIWindows is every window GET /api/slis holds for one window
// length, keyed as sliReader keys them.
func apiSLIWindows(t *testing.T, adm *admin.Server, window string) map[string]*llmobsv1.SLIWindow {
	t.Helper()
	rec := httptest.NewRecorder()
	adm.ServeHTTP(rec, httptest.NewRequest("GET", "/api/slis?window="+window+"&limit=1000", nil))
	var body struct {
		Series []struct {
			Windows []json.RawMessage `json:"windows"`
		} `json:"series"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 200 {
		t.Fatalf("/api/slis: HTTP %d %v: %.300s", rec.Code, err, rec.Body.String())
	}
	out := map[string]*llmobsv1.SLIWindow{}
	for _, s := range body.Series {
		for _, raw := range s.Windows {
			var w llmobsv1.SLIWindow
			if err := protojson.Unmarshal(raw, &w); err != nil {
				t.Fatal(err)
			}
			out[windowKey(&w)] = &w
		}
	}
	return out
}

// evalTotals sums the evals of the windows of one length per name.
func evalTotals(ws map[string]*llmobsv1.SLIWindow, lenMs int64) map[string]*llmobsv1.EvalScore {
	out := map[string]*llmobsv1.EvalScore{}
	keys := make([]string, 0, len(ws))
	for k := range ws {
		keys = append(keys, k)
	}
	sort.Strings(keys) // one summation order
	for _, k := range keys {
		w := ws[k]
		if w.WindowLengthMs != lenMs {
			continue
		}
		for _, e := range w.Evals {
			s := out[e.Name]
			if s == nil {
				s = &llmobsv1.EvalScore{Name: e.Name}
				out[e.Name] = s
			}
			s.Count += e.Count
			s.Scored += e.Scored
			s.Sum += e.Sum
			s.Low += e.Low
			s.Feedback += e.Feedback
		}
	}
	return out
}

func mean(e *llmobsv1.EvalScore) float64 {
	if e.GetScored() == 0 {
		return 0
	}
	return e.Sum / e.Scored
}

// counterByLabel is a counter vector's values by one label.
func counterByLabel(g prometheus.Gatherer, name, label string) map[string]float64 {
	out := map[string]float64{}
	mfs, _ := g.Gather()
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label {
					out[l.GetValue()] += m.GetCounter().GetValue()
				}
			}
		}
	}
	return out
}

func mapsKeys[V, W any](a map[string]V, b map[string]W) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range a {
			if !yield(k) {
				return
			}
		}
		for k := range b {
			if _, ok := a[k]; !ok && !yield(k) {
				return
			}
		}
	}
}

// sliDiff names the first field in which two revisions of a window differ,
// their evals, revision and emission time aside: numbers to 1e-9 relative
// (float64 summation order across partials), everything else exactly;
// exemplars as the top calls of each kind, usage shares per tenant.
func sliDiff(a, b *llmobsv1.SLIWindow) string {
	for _, kind := range sli.ExemplarKinds() {
		if ea, eb := exemplarKeys(sli.TopExemplars(a.Exemplars, kind)), exemplarKeys(sli.TopExemplars(b.Exemplars, kind)); ea != eb {
			return fmt.Sprintf("%s exemplars:\n%s\n%s", kind, ea, eb)
		}
	}
	if !sameShares(a.Usage, b.Usage, 1e-9) {
		return fmt.Sprintf("usage shares:\n%v\n%v", a.Usage, b.Usage)
	}
	strip := func(w *llmobsv1.SLIWindow) *llmobsv1.SLIWindow {
		c := proto.Clone(w).(*llmobsv1.SLIWindow)
		c.Evals, c.Revision, c.EmittedUnixMs, c.Exemplars, c.Usage = nil, 0, 0, nil, nil
		return c
	}
	return msgDiff("", strip(a).ProtoReflect(), strip(b).ProtoReflect())
}

func msgDiff(path string, a, b protoreflect.Message) string {
	fields := a.Descriptor().Fields()
	for i := 0; i < fields.Len(); i++ {
		f := fields.Get(i)
		p := path + "." + string(f.Name())
		va, vb := a.Get(f), b.Get(f)
		switch {
		case f.IsList():
			la, lb := va.List(), vb.List()
			if la.Len() != lb.Len() {
				return fmt.Sprintf("%s: %d/%d entries", p, la.Len(), lb.Len())
			}
			for j := 0; j < la.Len(); j++ {
				if d := valueDiff(fmt.Sprintf("%s[%d]", p, j), f, la.Get(j), lb.Get(j)); d != "" {
					return d
				}
			}
		case f.IsMap():
			if !proto.Equal(a.Interface(), b.Interface()) {
				return p + ": maps differ"
			}
		default:
			if d := valueDiff(p, f, va, vb); d != "" {
				return d
			}
		}
	}
	return ""
}

func valueDiff(p string, f protoreflect.FieldDescriptor, a, b protoreflect.Value) string {
	switch f.Kind() {
	case protoreflect.MessageKind:
		return msgDiff(p, a.Message(), b.Message())
	case protoreflect.DoubleKind, protoreflect.FloatKind:
		if relDiff(a.Float(), b.Float()) > 1e-9 {
			return fmt.Sprintf("%s: %v/%v", p, a.Float(), b.Float())
		}
	default:
		if !a.Equal(b) {
			return fmt.Sprintf("%s: %v/%v", p, a.Interface(), b.Interface())
		}
	}
	return ""
}

// windowKey is sliReader's key of a window.
func windowKey(w *llmobsv1.SLIWindow) string {
	return sli.KeyFromProto(w.Series).String() + "/" + fmt.Sprint(w.WindowLengthMs/1000) + "s/" + time.UnixMilli(w.WindowStartUnixMs).UTC().Format("15:04:05")
}

// An evaluation that arrives after its window fired revises the window,
// and GET /api/slis shows the revision: one call through the real
// pipeline (live: event time now), its 10 s window fires without evals,
// then user feedback on it arrives as an OTel log record (the shape a
// feedback widget reports, with the trace and span id) dated just after
// the call: the window's next revision holds it, in llmobs.slis and in
// /api/slis. Feedback that arrives once the watermark is past the call's
// end + evals.call_memory finds no call to join (unmatched), although its
// window would still take it (allowed lateness): the join's limit, in the
// aggregator README.
func TestLateFeedbackRevisesWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline live for about 45 s")
	}
	p := newEvalPipeline(t)
	p.start()
	c, ctx := p.c, p.ctx
	prod := c.Client(t)
	produce := func(topic string, m proto.Message) {
		t.Helper()
		b, err := proto.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := prod.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: b}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	// The call ends early in a 10 s window, so feedback 200 ms later is
	// in the same window.
	for time.Now().UnixMilli()%10_000 > 4_000 || time.Now().UnixMilli()%10_000 < 1_000 {
		time.Sleep(100 * time.Millisecond)
	}
	end := time.Now().Add(-500 * time.Millisecond)
	traceID, spanID := []byte("late-feedback-01"), []byte("call0001")
	sv := func(k, v string) *commonpb.KeyValue {
		return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_StringValue{StringValue: v}}}
	}
	iv := func(k string, v int64) *commonpb.KeyValue {
		return &commonpb.KeyValue{Key: k, Value: &commonpb.AnyValue{Value: &commonpb.AnyValue_IntValue{IntValue: v}}}
	}
	res := &resourcepb.Resource{Attributes: []*commonpb.KeyValue{sv("service.name", "feedback-app")}}
	produce(c.Topics.OTLPSpans, &coltracepb.ExportTraceServiceRequest{ResourceSpans: []*tracepb.ResourceSpans{{Resource: res, ScopeSpans: []*tracepb.ScopeSpans{{Spans: []*tracepb.Span{{
		TraceId: traceID, SpanId: spanID, Name: "chat gpt-4o-mini", Kind: tracepb.Span_SPAN_KIND_CLIENT,
		StartTimeUnixNano: uint64(end.Add(-800 * time.Millisecond).UnixNano()), EndTimeUnixNano: uint64(end.UnixNano()),
		Attributes: []*commonpb.KeyValue{sv("gen_ai.operation.name", "chat"), sv("gen_ai.provider.name", "openai"), sv("gen_ai.request.model", "gpt-4o-mini"),
			sv("gen_ai.response.model", "gpt-4o-mini"), iv("gen_ai.usage.input_tokens", 12), iv("gen_ai.usage.output_tokens", 30)},
	}}}}}}})
	feedback := func(at time.Time, score int64) {
		produce(c.Topics.OTLPLogs, &collogspb.ExportLogsServiceRequest{ResourceLogs: []*logspb.ResourceLogs{{Resource: res, ScopeLogs: []*logspb.ScopeLogs{{LogRecords: []*logspb.LogRecord{{
			TimeUnixNano: uint64(at.UnixNano()), ObservedTimeUnixNano: uint64(time.Now().UnixNano()), EventName: "user_feedback",
			TraceId: traceID, SpanId: spanID, Attributes: []*commonpb.KeyValue{iv("feedback.score", score), sv("feedback.comment", "wrong answer")},
		}}}}}}})
	}

	reader := p.sliReader(t)
	key := func(w *llmobsv1.SLIWindow) bool {
		return w.GetSeries().GetService() == "feedback-app" && w.WindowLengthMs == 10_000
	}
	window := func() *llmobsv1.SLIWindow {
		for _, w := range reader.latest {
			if key(w) {
				return w
			}
		}
		return nil
	}
	waitFor := func(what string, d time.Duration, f func() bool) {
		t.Helper()
		for deadline := time.Now().Add(d); !f(); {
			p.check(t)
			if time.Now().After(deadline) {
				t.Fatalf("timed out after %v waiting for %s; the call's 10s window: %v", d, what, window())
			}
			reader.poll(ctx, 300*time.Millisecond)
		}
	}
	waitFor("the call's 10s window to fire", 60*time.Second, func() bool { w := window(); return w != nil && w.Requests == 1 })
	first := window()
	if len(first.Evals) != 0 || first.Revision != 1 {
		t.Fatalf("the call's window fired as revision %d with evals %v, before any feedback", first.Revision, first.Evals)
	}
	wm := metricValue(p.reg, "llmobs_aggregator_watermark_seconds", map[string]string{"stage": "stage1"})
	t.Logf("window %s fired (revision 1) %.1fs after the call ended; stage 1 watermark %.1fs after it",
		time.UnixMilli(first.WindowStartUnixMs).UTC().Format(time.TimeOnly), time.Since(end).Seconds(), wm-float64(end.UnixMilli())/1e3)

	feedback(end.Add(200*time.Millisecond), 0)
	waitFor("the feedback to revise the window", 60*time.Second, func() bool { w := window(); return w.Revision > first.Revision })
	rev := window()
	if len(rev.Evals) != 1 || rev.Evals[0].Name != "user_feedback" || rev.Evals[0].Count != 1 || rev.Evals[0].Low != 1 || rev.Evals[0].Feedback != 1 || rev.Requests != 1 {
		t.Fatalf("revision %d of the window: requests %v, evals %v; want the one thumbs-down", rev.Revision, rev.Requests, rev.Evals)
	}
	// The aggregator's ring reads llmobs.slis too, a moment behind.
	var api *llmobsv1.SLIWindow
	waitFor("/api/slis to show the revision", 30*time.Second, func() bool {
		api = apiSLIWindows(t, p.deps.Admin, "10s")[windowKey(rev)]
		return api != nil && api.Revision >= rev.Revision
	})
	if api.Revision != rev.Revision || !proto.Equal(&llmobsv1.SLIWindow{Evals: api.Evals}, &llmobsv1.SLIWindow{Evals: rev.Evals}) {
		t.Fatalf("/api/slis has revision %d with evals %v; llmobs.slis revision %d with evals %v", api.Revision, api.Evals, rev.Revision, rev.Evals)
	}
	t.Logf("revision %d of the window holds the feedback (%.1fs after the call ended), and /api/slis shows it", rev.Revision, time.Since(end).Seconds())

	// Past evals.call_memory: unmatched, the window unchanged.
	memory := aggregator.DefaultConfig().Evals.CallMemory
	waitFor("the watermark to pass the call's end + call_memory", 90*time.Second, func() bool {
		return metricValue(p.reg, "llmobs_aggregator_watermark_seconds", map[string]string{"stage": "stage1"}) > float64(end.Add(memory+time.Second).Unix())
	})
	feedback(end.Add(300*time.Millisecond), 1)
	unmatched := func() float64 {
		return metricValue(p.reg, "llmobs_aggregator_evaluations_total", map[string]string{"outcome": "unmatched"})
	}
	waitFor("the feedback past call_memory to end unmatched", 60*time.Second, func() bool { return unmatched() == 1 })
	reader.poll(ctx, 2*time.Second)
	if w := window(); w.Revision != rev.Revision {
		t.Errorf("feedback past call_memory revised the window again: revision %d, evals %v", w.Revision, w.Evals)
	}
	t.Logf("feedback arriving %.0fs after the call (call_memory %v) ended unmatched; aggregator outcomes %v",
		time.Since(end).Seconds(), memory, counterByLabel(p.reg, "llmobs_aggregator_evaluations_total", "outcome"))
}
