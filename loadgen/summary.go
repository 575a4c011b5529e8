package loadgen

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"text/tabwriter"
	"time"
)

// Summary is exactly what a run generated and, after Run, what Kafka
// acknowledged. Tests compare it with what the topics hold.
type Summary struct {
	Records        map[string]int64 `json:"records"` // acknowledged records per topic
	Bytes          map[string]int64 `json:"bytes"`
	Traces         int64            `json:"traces"`
	Spans          int64            `json:"spans"`
	SpansByClass   map[string]int64 `json:"spans_by_class"` // http, retrieval, llm, embedding, tool, agent
	LLMSpans       map[string]int64 `json:"llm_spans"`      // "service/model"
	LLMByTenant    map[string]int64 `json:"llm_by_tenant"`  // LLM spans per tenant.id
	ErrorSpans     int64            `json:"error_spans"`
	MetricPoints   int64            `json:"metric_points"`
	GPUSamples     int64            `json:"gpu_samples"` // distinct (host, GPU, timestamp)
	Exemplars      int64            `json:"exemplars"`
	LogRecords     int64            `json:"log_records"`
	PromptsWithPII int64            `json:"prompts_with_pii"`
	// NewSubjectPrompts: prompts about the new subject (its scenario).
	NewSubjectPrompts int64 `json:"new_subject_prompts,omitempty"`
	// NewOutputCompletions: answers of the new kind (its scenario).
	NewOutputCompletions int64            `json:"new_output_completions,omitempty"`
	IncidentSpans        map[string]int64 `json:"incident_spans"`
	// Signals: calls sent with each safety or quality signal, named as
	// the flag the enricher should set (SafetyMix; truncated counts every
	// call stopped at "length"), and invalid_evaluation the evaluator spans
	// sent with a non-numeric score (EvalMix; ingest flags them).
	Signals      map[string]int64 `json:"signals"`
	NamingStyles map[string]int64 `json:"naming_styles"`
	// Evals: evaluations and feedback sent per evaluation name (EvalMix).
	Evals map[string]EvalSummary `json:"evals,omitempty"`
	// LastSpanEnd is the latest span end time (event time) sent.
	LastSpanEnd     time.Time `json:"last_span_end"`
	DurationSeconds float64   `json:"duration_seconds"` // wall clock of Run
	TracesPerSecond float64   `json:"traces_per_second"`
}

func (s *Summary) init() {
	s.Records = map[string]int64{}
	s.Bytes = map[string]int64{}
	s.SpansByClass = map[string]int64{}
	s.LLMSpans = map[string]int64{}
	s.LLMByTenant = map[string]int64{}
	s.IncidentSpans = map[string]int64{}
	s.NamingStyles = map[string]int64{}
	s.Signals = map[string]int64{}
}

func (s Summary) clone() Summary {
	c := s
	c.Records = maps.Clone(s.Records)
	c.Bytes = maps.Clone(s.Bytes)
	c.SpansByClass = maps.Clone(s.SpansByClass)
	c.LLMSpans = maps.Clone(s.LLMSpans)
	c.LLMByTenant = maps.Clone(s.LLMByTenant)
	c.IncidentSpans = maps.Clone(s.IncidentSpans)
	c.NamingStyles = maps.Clone(s.NamingStyles)
	c.Signals = maps.Clone(s.Signals)
	c.Evals = maps.Clone(s.Evals)
	return c
}

// add adds d's counts (not the wall-clock fields) to s.
func (s *Summary) add(d Summary) {
	if s.Records == nil {
		s.init()
	}
	addMap(s.Records, d.Records)
	addMap(s.Bytes, d.Bytes)
	s.Traces += d.Traces
	s.Spans += d.Spans
	addMap(s.SpansByClass, d.SpansByClass)
	addMap(s.LLMSpans, d.LLMSpans)
	addMap(s.LLMByTenant, d.LLMByTenant)
	s.ErrorSpans += d.ErrorSpans
	s.MetricPoints += d.MetricPoints
	s.GPUSamples += d.GPUSamples
	s.Exemplars += d.Exemplars
	s.LogRecords += d.LogRecords
	s.PromptsWithPII += d.PromptsWithPII
	s.NewSubjectPrompts += d.NewSubjectPrompts
	s.NewOutputCompletions += d.NewOutputCompletions
	addMap(s.IncidentSpans, d.IncidentSpans)
	addMap(s.NamingStyles, d.NamingStyles)
	if s.Signals == nil {
		s.Signals = map[string]int64{}
	}
	addMap(s.Signals, d.Signals)
	for k, v := range d.Evals {
		if s.Evals == nil {
			s.Evals = map[string]EvalSummary{}
		}
		e := s.Evals[k]
		e.Sent, e.Low, e.ScoreSum, e.Bad = e.Sent+v.Sent, e.Low+v.Low, e.ScoreSum+v.ScoreSum, e.Bad+v.Bad
		s.Evals[k] = e
	}
	if d.LastSpanEnd.After(s.LastSpanEnd) {
		s.LastSpanEnd = d.LastSpanEnd
	}
}

func addMap(dst, src map[string]int64) {
	for k, v := range src {
		dst[k] += v
	}
}

func (s *Summary) styleCount(style int) {
	s.NamingStyles[[]string{"semconv", "semconv_event", "deprecated", "openllmetry"}[style]]++
}

// Print writes a human-readable table.
func (s Summary) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "sent in %.1fs (%.1f traces/s)\n", s.DurationSeconds, s.TracesPerSecond)
	for _, t := range sortedKeys(s.Records) {
		fmt.Fprintf(tw, "  topic %s\t%d records\t%d bytes\n", t, s.Records[t], s.Bytes[t])
	}
	fmt.Fprintf(tw, "  traces\t%d\t\n", s.Traces)
	fmt.Fprintf(tw, "  spans\t%d\t%s\n", s.Spans, fmtMap(s.SpansByClass))
	fmt.Fprintf(tw, "  error spans\t%d\t\n", s.ErrorSpans)
	for _, k := range sortedKeys(s.LLMSpans) {
		fmt.Fprintf(tw, "  llm calls %s\t%d\t\n", k, s.LLMSpans[k])
	}
	fmt.Fprintf(tw, "  llm calls by tenant\t%s\t\n", fmtMap(s.LLMByTenant))
	fmt.Fprintf(tw, "  naming styles\t%s\t\n", fmtMap(s.NamingStyles))
	fmt.Fprintf(tw, "  prompts with PII\t%d\t\n", s.PromptsWithPII)
	if s.NewSubjectPrompts > 0 {
		fmt.Fprintf(tw, "  prompts on the new subject\t%d\t\n", s.NewSubjectPrompts)
	}
	if s.NewOutputCompletions > 0 {
		fmt.Fprintf(tw, "  answers of the new kind\t%d\t\n", s.NewOutputCompletions)
	}
	fmt.Fprintf(tw, "  GPU samples\t%d\t%d metric points, %d exemplars, %d log records\n", s.GPUSamples, s.MetricPoints, s.Exemplars, s.LogRecords)
	fmt.Fprintf(tw, "  incident calls\t%s\t\n", fmtMap(s.IncidentSpans))
	if len(s.Signals) > 0 {
		fmt.Fprintf(tw, "  safety and quality signals sent\t%s\t\n", fmtMap(s.Signals))
	}
	for _, k := range slices.Sorted(maps.Keys(s.Evals)) {
		e := s.Evals[k]
		fmt.Fprintf(tw, "  evaluations sent: %s\t%d\tmean %.3f, %d low, %d with a bad score\n", k, e.Sent, e.Mean(), e.Low, e.Bad)
	}
	_ = tw.Flush()
}

func (s Summary) String() string {
	var b stringsBuilder
	s.Print(&b)
	return string(b)
}

type stringsBuilder []byte

func (b *stringsBuilder) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

func sortedKeys(m map[string]int64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func fmtMap(m map[string]int64) string {
	s := ""
	for i, k := range sortedKeys(m) {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%s=%d", k, m[k])
	}
	return s
}
