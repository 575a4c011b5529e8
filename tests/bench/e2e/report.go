package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

type results struct {
	Date            string  `json:"date"`
	Host            string  `json:"host"`
	Data            dataset `json:"data"`
	Partitions      int     `json:"partitions"`
	Collector       string  `json:"collector_version"`
	CollectorConfig string  `json:"collector_config"`
	// CollectorWorkConfig: the -peer-work Collector's (peer_work.go).
	CollectorWorkConfig string   `json:"collector_work_config,omitempty"`
	LLMObsArgs          []string `json:"llmobs_extra_args,omitempty"`
	// Ablation: -ablate's rows (ablate.go).
	Ablation []ablationRow `json:"ablation,omitempty"`
	OutDir   string        `json:"out_dir"`

	Runs []runResult `json:"runs"`
	// Median per system over the runs (each field its own median).
	Median map[string]*runResult `json:"median"`
	// Ratio is llmobs's spans/s over the Collector's (medians).
	Ratio float64 `json:"ratio_llmobs_over_otelcol"`
	// RatioWork: over the -peer-work Collector's.
	RatioWork float64 `json:"ratio_llmobs_over_otelcol_work,omitempty"`
	// RatioFloor: the -floor's spans/s over the Collector's.
	RatioFloor float64 `json:"ratio_floor_over_otelcol,omitempty"`
}

// systems in the order the tables list them.
var systemOrder = []string{"otelcol", systemWork, "llmobs", systemFloor}

type runResult struct {
	Run       int     `json:"run"`
	System    string  `json:"system"`
	Spans     int     `json:"spans"`
	WallS     float64 `json:"wall_s"`
	SpansPerS float64 `json:"spans_per_s"`
	// FirstS: when the first span came through (start-up included).
	FirstS float64 `json:"first_span_s"`
	// InputCommittedS: when the input group had committed otlp_spans to
	// its end (-1: not within 10 s after done).
	InputCommittedS float64 `json:"input_committed_s"`
	PeakRSS         int64   `json:"peak_rss_bytes"`
	// PeakLiveHeap: the highest go_gc_heap_live_bytes read (what a GC
	// found reachable; llmobs only). Peak RSS follows the GC's goal, which
	// the soft memory limit sets; the live heap is what the work needed.
	PeakLiveHeap int64   `json:"peak_live_heap_bytes,omitempty"`
	CPUS         float64 `json:"cpu_s"`
	// BrokerCPUS and OtherCPUS: CPU time the broker, and every process
	// but the system, the broker and the bench, took from start to done;
	// a run others took much from is noisy.
	BrokerCPUS float64 `json:"broker_cpu_s"`
	OtherCPUS  float64 `json:"other_cpu_s"`
	// Stages: when each stage was done (seconds from the start).
	Stages   map[string]float64 `json:"stages"`
	Embedder map[string]float64 `json:"embedder,omitempty"`
	// Encoder: the embedder's encoder CPU seconds and the enricher's
	// injection checks by outcome (encoded, cached, encoder_budget, ...).
	Encoder map[string]float64 `json:"encoder,omitempty"`
	// Topics: llmobs's internal topics after its run (records, value bytes).
	Topics map[string]topicSize `json:"topics,omitempty"`
	// FloorRatios: the floor's copy sizes per input byte, hops 1 and 2.
	FloorRatios []float64 `json:"floor_ratios,omitempty"`
	LogDir      string    `json:"log_dir"`
	// Error: the system exited or timed out before it was done (the run
	// is left out of the medians).
	Error string `json:"error,omitempty"`
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func (res *results) summarize() {
	res.Median = map[string]*runResult{}
	for _, sys := range systemOrder {
		var runs []runResult
		for _, r := range res.Runs {
			if r.System == sys {
				runs = append(runs, r)
			}
		}
		if m := medianOf(runs, res.Data.Spans); m != nil {
			m.System = sys
			res.Median[sys] = m
		}
	}
	if o, l := res.Median["otelcol"], res.Median["llmobs"]; o != nil && l != nil {
		res.Ratio = l.SpansPerS / o.SpansPerS
	}
	if o, l := res.Median[systemWork], res.Median["llmobs"]; o != nil && l != nil {
		res.RatioWork = l.SpansPerS / o.SpansPerS
	}
	if o, f := res.Median["otelcol"], res.Median[systemFloor]; o != nil && f != nil {
		res.RatioFloor = f.SpansPerS / o.SpansPerS
	}
}

// medianOf: the medians of the runs that finished, of spans each (nil if
// none did).
func medianOf(runs []runResult, spans int) *runResult {
	var wall, first, committed, rss, live, cpu, bcpu, ocpu []float64
	stages := map[string][]float64{}
	for _, r := range runs {
		if r.Error != "" {
			continue
		}
		wall = append(wall, r.WallS)
		first = append(first, r.FirstS)
		committed = append(committed, r.InputCommittedS)
		rss = append(rss, float64(r.PeakRSS))
		live = append(live, float64(r.PeakLiveHeap))
		cpu = append(cpu, r.CPUS)
		bcpu = append(bcpu, r.BrokerCPUS)
		ocpu = append(ocpu, r.OtherCPUS)
		for s, v := range r.Stages {
			stages[s] = append(stages[s], v)
		}
	}
	if len(wall) == 0 {
		return nil
	}
	m := &runResult{Spans: spans, WallS: median(wall), FirstS: median(first),
		InputCommittedS: median(committed), PeakRSS: int64(median(rss)), PeakLiveHeap: int64(median(live)), CPUS: median(cpu),
		BrokerCPUS: median(bcpu), OtherCPUS: median(ocpu), Stages: map[string]float64{}}
	m.SpansPerS = float64(m.Spans) / m.WallS
	for s, v := range stages {
		m.Stages[s] = median(v)
	}
	return m
}

// liveHeap is the table's live heap cell: "-" where none was read (the
// Collector).
func liveHeap(r *runResult) string {
	if r.PeakLiveHeap <= 0 {
		return "-"
	}
	return mb(r.PeakLiveHeap)
}

func mb(b int64) string {
	if b >= 1e9 {
		return fmt.Sprintf("%.2f GB", float64(b)/1e9)
	}
	return fmt.Sprintf("%.0f MB", float64(b)/1e6)
}

func printTable(w io.Writer, res *results) {
	d := res.Data
	fmt.Fprintf(w, "\nbench-e2e %s: %d spans in %d records (%d per record, %.0f MB OTLP/protobuf) on otlp_spans, %d partitions, standalone kfake broker (fresh per run)\n",
		res.Date, d.Spans, d.Records, d.PerRecord, float64(d.Bytes)/1e6, res.Partitions)
	if d.UniqueTexts {
		fmt.Fprintln(w, "texts: unique (-unique-texts: every call's prompt and completion carry their own reference; no text repeats)")
	}
	fmt.Fprintf(w, "host: %s\n", res.Host)
	if res.Collector != "" {
		fmt.Fprintf(w, "otelcol: %s, kafka receiver → span_metrics → nop\n", res.Collector)
	}
	if res.CollectorWorkConfig != "" {
		fmt.Fprintf(w, "otelcol+work: the same release, kafka receiver → transform (%d PII patterns on every span and event attribute) → span_metrics (exponential histograms per GenAI model) + kafka exporter (otlp_spans_masked)\n", len(maskPatterns))
	}
	fmt.Fprintf(w, "llmobs: up --kafka, ingest sampling off%s\n", argsNote(res.LLMObsArgs))
	fmt.Fprintln(w, "wall: process start → all spans processed (start-up included for both); CPU: the system's own (until it exited);")
	fmt.Fprintln(w, "broker CPU, others' CPU: the broker's and every other process's (not the bench's) from start to done: others' CPU is noise")
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "live heap: the most a GC found reachable (llmobs' go_gc_heap_live_bytes; peak RSS follows the soft memory limit, the live heap what the work needed)")
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "run\tsystem\twall\tspans/s\tfirst span\tinput committed\tpeak RSS\tlive heap\tCPU\tbroker CPU\tothers' CPU\t")
	row := func(run string, r *runResult) {
		if r.Error != "" {
			fmt.Fprintf(tw, "%s\t%s\tFAILED\t-\t-\t-\t%s\t%s\t%.1f s\t-\t-\t\n", run, r.System, mb(r.PeakRSS), liveHeap(r), r.CPUS)
			return
		}
		committed := "-"
		if r.InputCommittedS >= 0 {
			committed = fmt.Sprintf("%.2f s", r.InputCommittedS)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f s\t%s\t%.2f s\t%s\t%s\t%s\t%.1f s\t%.1f s\t%.1f s\t\n",
			run, r.System, r.WallS, thousands(r.SpansPerS), r.FirstS, committed, mb(r.PeakRSS), liveHeap(r), r.CPUS, r.BrokerCPUS, r.OtherCPUS)
	}
	for i := range res.Runs {
		row(fmt.Sprint(res.Runs[i].Run), &res.Runs[i])
	}
	if len(res.Runs) > 2 {
		for _, sys := range systemOrder {
			if m := res.Median[sys]; m != nil {
				row("median", m)
			}
		}
	}
	_ = tw.Flush()
	for _, r := range res.Runs {
		if r.Error != "" {
			fmt.Fprintf(w, "\nrun %d %s FAILED: %s\n", r.Run, r.System, r.Error)
		}
	}
	if l := res.Median["llmobs"]; l != nil && len(l.Stages) > 0 {
		var parts []string
		for _, s := range []string{"ingest", "enricher", "aggregator", "alerter", "embedder"} {
			if v, ok := l.Stages[s]; ok {
				parts = append(parts, fmt.Sprintf("%s %.2f s", s, v))
			}
		}
		fmt.Fprintf(w, "\nllmobs stages done at (median): %s\n", strings.Join(parts, ", "))
	}
	for _, r := range res.Runs {
		if r.System == "llmobs" && len(r.Embedder) > 0 {
			var parts []string
			for _, k := range slices.Sorted(maps.Keys(r.Embedder)) {
				parts = append(parts, fmt.Sprintf("%s=%.0f", k, r.Embedder[k]))
			}
			fmt.Fprintf(w, "llmobs embedder (run %d): %s\n", r.Run, strings.Join(parts, " "))
		}
		if r.System == "llmobs" && len(r.Encoder) > 0 {
			var parts []string
			for _, k := range slices.Sorted(maps.Keys(r.Encoder)) {
				parts = append(parts, fmt.Sprintf("%s=%.1f", k, r.Encoder[k]))
			}
			fmt.Fprintf(w, "llmobs encoder (run %d): %s\n", r.Run, strings.Join(parts, " "))
		}
		if r.System == "llmobs" && len(r.Topics) > 0 {
			var parts []string
			for _, t := range slices.Sorted(maps.Keys(r.Topics)) {
				sz := r.Topics[t]
				parts = append(parts, fmt.Sprintf("%s %d records, %.1f MB (%.2f× the input)", t, sz.Records, float64(sz.Bytes)/1e6, float64(sz.Bytes)/float64(res.Data.Bytes)))
			}
			fmt.Fprintf(w, "llmobs wrote (run %d): %s\n", r.Run, strings.Join(parts, "; "))
		}
		if r.System == systemFloor && len(r.FloorRatios) == 2 {
			fmt.Fprintf(w, "floor (run %d): copies of %.2f× and %.2f× the input\n", r.Run, r.FloorRatios[0], r.FloorRatios[1])
		}
	}
	if res.Ratio > 0 {
		o, l := res.Median["otelcol"], res.Median["llmobs"]
		fmt.Fprintf(w, "\nllmobs / otelcol speed: %.2f× (%s vs %s spans/s); peak RSS %s vs %s\n",
			res.Ratio, thousands(l.SpansPerS), thousands(o.SpansPerS), mb(l.PeakRSS), mb(o.PeakRSS))
	}
	if res.RatioWork > 0 {
		o, l := res.Median[systemWork], res.Median["llmobs"]
		fmt.Fprintf(w, "llmobs / otelcol+work speed: %.2f× (%s vs %s spans/s); peak RSS %s vs %s\n",
			res.RatioWork, thousands(l.SpansPerS), thousands(o.SpansPerS), mb(l.PeakRSS), mb(o.PeakRSS))
	}
	if res.RatioFloor > 0 {
		o, f := res.Median["otelcol"], res.Median[systemFloor]
		fmt.Fprintf(w, "floor / otelcol speed: %.2f× (%s vs %s spans/s): no llmobs-shaped pipeline is faster than the floor here\n",
			res.RatioFloor, thousands(f.SpansPerS), thousands(o.SpansPerS))
	}
	fmt.Fprintf(w, "logs and configs: %s\n", res.OutDir)
}

func argsNote(a []string) string {
	if len(a) == 0 {
		return ""
	}
	return ", " + strings.Join(a, " ")
}

func thousands(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
