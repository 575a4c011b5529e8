package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// PipelineSummary is what the pipeline wrote to its topics: the demo's
// closing report, read back from Kafka (read_committed) so it shows what
// downstream consumers really see.
type PipelineSummary struct {
	Records       map[string]int64 `json:"records"` // per topic
	Spans         int64            `json:"spans"`
	LLMSpans      int64            `json:"llm_spans"`
	GPUSamples    int64            `json:"gpu_samples"`
	CallIntervals int64            `json:"call_intervals"`
	Enriched      int64            `json:"enriched_spans"`
	JoinMethods   map[string]int64 `json:"join_methods"`
	CostUSD       float64          `json:"cost_usd"`
	UnknownModels int64            `json:"unknown_model_spans"`
	Redactions    map[string]int64 `json:"redactions"`
	// Flags: enriched spans per flag (DESIGN, "Flags"), and SLIFlags the
	// flag counts of the latest revision of every 10 s window.
	Flags    map[string]int64   `json:"flags"`
	SLIFlags map[string]float64 `json:"sli_flags"`
	// SLIEvals: per evaluation name, the evaluations and feedback joined
	// into the latest revision of every 10 s window (count, scored, sum,
	// low summed over series; mean and low_rate recomputed).
	SLIEvals   map[string]*llmobsv1.EvalScore `json:"sli_evals"`
	SLIWindows int64                          `json:"sli_windows"`
	// SLIRequests: weighted requests per "service/model" summed over the
	// latest revision of every 10 s window (the aggregator's estimate of
	// the calls made, whatever ingest sampled), plus late arrivals.
	SLIRequests map[string]float64 `json:"sli_requests"`
	// IngestEstimates: the model calls ingest forwarded (by weight) or
	// summarised, per "service/model": what it handed on, before any
	// later stage.
	IngestEstimates map[string]float64 `json:"ingest_estimates"`
	// SLITenants: weighted requests and spend per tenant, from the usage
	// shares of the same windows ("" = calls that named no tenant).
	SLITenants     map[string]*TenantUsage `json:"sli_tenants"`
	latest         map[string]*llmobsv1.SLIWindow
	Series         int              `json:"series"`
	Alerts         []AlertLine      `json:"alerts"`
	DLQ            map[string]int64 `json:"dlq_by_reason"`
	UndecodableRec int64            `json:"undecodable_records"`
}

// TenantUsage is one tenant's share of the SLI windows.
type TenantUsage struct {
	Requests float64 `json:"requests"`
	CostUSD  float64 `json:"cost_usd"`
}

// AlertLine is one record of the alert topic, shortened.
type AlertLine struct {
	Status    string            `json:"status"`
	Labels    map[string]string `json:"labels"`
	StartsAt  string            `json:"startsAt"`
	EndsAt    string            `json:"endsAt"`
	Value     string            `json:"value"`
	Threshold string            `json:"threshold"`
	// Example: a surge alert's first example prompt (LLMNovelPromptSurge).
	Example string `json:"example,omitempty"`
	// Evidence: the kind and first trace ID of the alert's exemplars (the
	// slowest call of the window, for a latency alert), when it has any.
	EvidenceKind  string `json:"evidence_kind,omitempty"`
	EvidenceTrace string `json:"evidence_trace,omitempty"`
}

// Summarize reads every internal topic up to its current end.
func Summarize(ctx context.Context, kc kafka.Config, t kafka.Topics) (*PipelineSummary, error) {
	cl, err := kafka.NewClient(kc, "summary", kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	topics := []string{t.OTLPSpans, t.OTLPMetrics, t.OTLPLogs, t.Spans, t.GPU, t.Enriched, t.SLIs, t.Alerts, t.DLQ}
	ends, err := adm.ListEndOffsets(ctx, topics...)
	if err != nil {
		return nil, fmt.Errorf("list end offsets: %w", err)
	}
	s := &PipelineSummary{Records: map[string]int64{}, JoinMethods: map[string]int64{}, Redactions: map[string]int64{}, DLQ: map[string]int64{},
		SLIRequests: map[string]float64{}, SLITenants: map[string]*TenantUsage{}, Flags: map[string]int64{}, SLIFlags: map[string]float64{}, SLIEvals: map[string]*llmobsv1.EvalScore{}, IngestEstimates: map[string]float64{}, latest: map[string]*llmobsv1.SLIWindow{}}
	series := map[string]bool{}
	// Latest revision per (series, window), so revisions are not counted twice.
	windows := map[string]bool{}
	for _, topic := range topics {
		want := map[int32]int64{}
		ends.Each(func(o kadm.ListedOffset) {
			if o.Topic == topic && o.Err == nil && o.Offset > 0 {
				want[o.Partition] = o.Offset
			}
		})
		if len(want) == 0 {
			s.Records[topic] = 0
			continue
		}
		err := readUntil(ctx, cl, topic, want, func(r *kgo.Record) {
			s.Records[topic]++
			s.add(t, r, series, windows)
		})
		if err != nil {
			return s, err
		}
	}
	s.Series = len(series)
	s.SLIWindows = int64(len(windows))
	for _, w := range s.latest {
		if w.GetWindowLengthMs() == 10_000 {
			s.SLIRequests[w.GetSeries().GetService()+"/"+w.GetSeries().GetModel()] += w.GetRequests() + w.GetLate()
			for _, f := range w.GetFlags() {
				s.SLIFlags[f.GetFlag()] += f.GetCount()
			}
			for _, e := range w.GetEvals() {
				t := s.SLIEvals[e.GetName()]
				if t == nil {
					t = &llmobsv1.EvalScore{Name: e.GetName()}
					s.SLIEvals[e.GetName()] = t
				}
				t.Count += e.GetCount()
				t.Scored += e.GetScored()
				t.Sum += e.GetSum()
				t.Low += e.GetLow()
				t.Feedback += e.GetFeedback()
				if t.Scored > 0 {
					t.Mean, t.LowRate = t.Sum/t.Scored, t.Low/t.Scored
				}
			}
			for _, u := range w.GetUsage() {
				k := u.GetTenant()
				if u.GetOverflow() {
					k = "(overflow)"
				}
				tu := s.SLITenants[k]
				if tu == nil {
					tu = &TenantUsage{}
					s.SLITenants[k] = tu
				}
				tu.Requests += u.GetRequests()
				tu.CostUSD += u.GetCostUsd()
			}
		}
	}
	return s, nil
}

// readUntil consumes topic from the start until every partition reached
// its end offset. Transaction markers take offsets too, so a partition
// whose last offsets are markers never shows a record at end-1: reading
// also stops once a poll finds nothing more for a while.
func readUntil(ctx context.Context, cl *kgo.Client, topic string, ends map[int32]int64, fn func(*kgo.Record)) error {
	offsets := map[int32]kgo.Offset{}
	for p := range ends {
		offsets[p] = kgo.NewOffset().AtStart()
	}
	cl.AddConsumePartitions(map[string]map[int32]kgo.Offset{topic: offsets})
	defer cl.RemoveConsumePartitions(map[string][]int32{topic: keys(ends)})
	deadline := time.Now().Add(60 * time.Second)
	done := map[int32]bool{}
	for len(done) < len(ends) {
		if time.Now().After(deadline) {
			return fmt.Errorf("read %s: timed out", topic)
		}
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		fs := cl.PollFetches(pctx)
		cancel()
		if ctx.Err() != nil {
			return fmt.Errorf("read %s: %w", topic, ctx.Err())
		}
		if fs.NumRecords() == 0 && pctx.Err() != nil {
			return nil // idle for a second: nothing more is readable
		}
		fs.EachPartition(func(p kgo.FetchTopicPartition) {
			for _, r := range p.Records {
				fn(r)
			}
			if n := len(p.Records); n > 0 && p.Records[n-1].Offset+1 >= ends[p.Partition] {
				done[p.Partition] = true
			}
		})
	}
	return nil
}

func keys(m map[int32]int64) []int32 {
	out := make([]int32, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func (s *PipelineSummary) add(t kafka.Topics, r *kgo.Record, series, windows map[string]bool) {
	switch r.Topic {
	case t.Spans:
		var b llmobsv1.SpanBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			s.UndecodableRec++
			return
		}
		for _, sp := range b.Spans {
			s.Spans++
			if sp.GetClass() == llmobsv1.SpanClass_SPAN_CLASS_LLM {
				s.LLMSpans++
				w := sp.GetWeight()
				if w <= 0 {
					w = 1
				}
				s.IngestEstimates[sp.GetResource().GetServiceName()+"/"+sli.ModelOf(sp)] += w
			}
		}
		// The model spans ingest shed, folded per series and bucket.
		for _, sm := range b.Summaries {
			s.IngestEstimates[sm.GetSeries().GetService()+"/"+sm.GetSeries().GetModel()] += sm.GetAggregate().GetRequests()
		}
	case t.GPU:
		var b llmobsv1.GPUSampleBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			s.UndecodableRec++
			return
		}
		s.GPUSamples += int64(len(b.Samples))
		s.CallIntervals += int64(len(b.Calls))
	case t.Enriched:
		var b llmobsv1.EnrichedSpanBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			s.UndecodableRec++
			return
		}
		for _, e := range b.Spans {
			s.Enriched++
			if m := e.GetGpu().GetMethod(); m != llmobsv1.JoinMethod_JOIN_METHOD_UNSPECIFIED {
				s.JoinMethods[m.String()]++
			}
			s.CostUSD += e.GetCost().GetTotal()
			if e.GetCost().GetUnknownModel() {
				s.UnknownModels++
			}
			for _, c := range e.GetRedaction().GetCounts() {
				s.Redactions[c.Type] += int64(c.Count)
			}
			for _, f := range e.GetSpan().GetFlags() {
				s.Flags[f]++
			}
		}
	case t.SLIs:
		var b llmobsv1.SLIWindowBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			s.UndecodableRec++
			return
		}
		for _, w := range b.Windows {
			k := w.GetSeries().String()
			series[k] = true
			wk := k + "|" + strconv.FormatInt(w.WindowStartUnixMs, 10) + "|" + strconv.FormatInt(w.WindowLengthMs, 10)
			windows[wk] = true
			if old := s.latest[wk]; old == nil || w.GetRevision() >= old.GetRevision() {
				s.latest[wk] = w
			}
		}
	case t.Alerts:
		var a struct {
			Status      string            `json:"status"`
			Labels      map[string]string `json:"labels"`
			Annotations map[string]string `json:"annotations"`
			StartsAt    string            `json:"startsAt"`
			EndsAt      string            `json:"endsAt"`
		}
		if json.Unmarshal(r.Value, &a) != nil {
			s.UndecodableRec++
			return
		}
		s.Alerts = append(s.Alerts, AlertLine{Status: a.Status, Labels: a.Labels, StartsAt: a.StartsAt, EndsAt: a.EndsAt, Value: a.Annotations["value"], Threshold: a.Annotations["threshold"], Example: a.Annotations["example_1"],
			EvidenceKind: a.Annotations["exemplar_kind"], EvidenceTrace: strings.Split(a.Annotations["exemplar_trace_ids"], ",")[0]})
	case t.DLQ:
		s.DLQ[kafka.Header(r, kafka.HeaderDLQReason)]++
	}
}

// Print writes the summary as a table.
func (s *PipelineSummary) Print(w io.Writer, t kafka.Topics) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "topic\trecords\tcontent")
	row := func(topic, content string) { fmt.Fprintf(tw, "%s\t%d\t%s\n", topic, s.Records[topic], content) }
	row(t.OTLPSpans, "OTLP traces (input)")
	row(t.OTLPMetrics, "OTLP metrics (input)")
	row(t.OTLPLogs, "OTLP logs (input)")
	row(t.Spans, fmt.Sprintf("%d spans, %d LLM", s.Spans, s.LLMSpans))
	row(t.GPU, fmt.Sprintf("%d GPU samples, %d model-call intervals (for the GPU split)", s.GPUSamples, s.CallIntervals))
	row(t.Enriched, fmt.Sprintf("%d spans, joins %s, cost $%.4f, unknown models %d, redactions %s", s.Enriched, fmtCounts(s.JoinMethods), s.CostUSD, s.UnknownModels, fmtCounts(s.Redactions)))
	row(t.SLIs, fmt.Sprintf("%d windows over %d series", s.SLIWindows, s.Series))
	row(t.Alerts, fmt.Sprintf("%d alert events", len(s.Alerts)))
	row(t.DLQ, "by reason "+fmtCounts(s.DLQ))
	_ = tw.Flush()
	for _, a := range s.Alerts {
		if topic := a.Labels["topic"]; topic != "" {
			// LLMNovelPromptSurge: a kind of question, not a model.
			ex := a.Example
			if len(ex) > 70 {
				ex = strings.ToValidUTF8(ex[:70], "") + "…"
			}
			fmt.Fprintf(w, "  %-8s %-22s %s share=%s since %s  e.g. %q\n", a.Status, a.Labels["alertname"], a.Labels["service"], a.Value, a.StartsAt, ex)
			continue
		}
		ev := ""
		if a.Status == "firing" && a.EvidenceTrace != "" {
			ev = fmt.Sprintf("  %s call: trace %s", a.EvidenceKind, a.EvidenceTrace)
		}
		fmt.Fprintf(w, "  %-8s %-22s %s/%s value=%s threshold=%s since %s%s\n", a.Status, a.Labels["alertname"], a.Labels["service"], a.Labels["model"], a.Value, a.Threshold, a.StartsAt, ev)
	}
}

func fmtCounts(m map[string]int64) string {
	if len(m) == 0 {
		return "{}"
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	out := "{"
	for i, k := range ks {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("%s:%d", k, m[k])
	}
	return out + "}"
}
