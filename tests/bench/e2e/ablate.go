package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// -ablate: what each part of llmobs costs on the same backlog. llmobs does
// more with a span than the Collector peer (kafka → span_metrics → nop):
// its own schema across four Kafka hops, pricing, PII redaction, the
// safety and quality checks, exact windows, the call store and prompt
// embedding. Each variant below turns one more part off, cumulatively, so
// the difference between two rows is what that part costs; the last row is
// the closest llmobs gets to the Collector's work (spans in, SLIs out).
// Rows are measured like the pair (cold start, fresh broker, same data),
// -runs times each, in rotating order; medians.

// variant is one row: its name and what it adds to `llmobs up`.
type variant struct {
	Name string   `json:"name"`
	Args []string `json:"args"`
	// Config: YAML written to a file passed with -config.file ("" none).
	Config string `json:"config,omitempty"`
}

// ablations: each row keeps the previous rows' switches.
func ablations() []variant {
	const noChecks = "enricher:\n  signals:\n    injection:\n      enabled: false\n    output: false\n    grounding: false\n"
	pipeline := "-services=ingest,enricher,aggregator,alerter"
	return []variant{
		{Name: "everything (as `llmobs up`)"},
		{Name: "without the embedder", Args: []string{pipeline}},
		{Name: "  and without safety/quality checks", Args: []string{pipeline}, Config: noChecks},
		{Name: "  and without PII redaction", Args: []string{pipeline, "-enricher.redact-mode", "keep"}, Config: noChecks},
		{Name: "  and without the alerter", Args: []string{"-services=ingest,enricher,aggregator", "-enricher.redact-mode", "keep"}, Config: noChecks},
	}
}

type ablationRow struct {
	Variant variant     `json:"variant"`
	Runs    []runResult `json:"runs"`
	Median  *runResult  `json:"median,omitempty"`
}

// ablate measures every variant o.Runs times.
func ablate(ctx context.Context, o options, base llmobsSys, d *dataset) ([]ablationRow, error) {
	vs := ablations()
	rows := make([]ablationRow, len(vs))
	for i, v := range vs {
		rows[i].Variant = v
	}
	for run := 0; run < o.Runs; run++ {
		for k := range vs {
			i := (k + run) % len(vs) // rotate who goes first: the machine warms up
			v := vs[i]
			sys := base
			sys.extra = append(append([]string(nil), base.extra...), v.Args...)
			if v.Config != "" {
				f := filepath.Join(o.Out, fmt.Sprintf("ablate-%d.yaml", i))
				if err := os.WriteFile(f, []byte(v.Config), 0o644); err != nil {
					return nil, err
				}
				sys.extra = append(sys.extra, "-config.file", f)
			}
			dir := filepath.Join(o.Out, fmt.Sprintf("ablate%d-run%d", i, run+1))
			logf("ablation %q, run %d: llmobs %s", strings.TrimSpace(v.Name), run+1, strings.Join(sys.extra, " "))
			r, err := measure(ctx, o, &sys, d, dir, nil)
			if err != nil {
				return nil, fmt.Errorf("ablation %q, run %d: %w", v.Name, run+1, err)
			}
			r.Run = run + 1
			if r.Error != "" {
				logf("ablation %q, run %d FAILED: %s", v.Name, run+1, r.Error)
			}
			rows[i].Runs = append(rows[i].Runs, *r)
		}
	}
	for i := range rows {
		rows[i].Median = medianOf(rows[i].Runs, d.Spans)
	}
	return rows, nil
}

func printAblation(w io.Writer, rows []ablationRow, spans int) {
	fmt.Fprintf(w, "\nablation: each row turns one more part of llmobs off (medians; the difference to the row above is what that part costs)\n\n")
	fmt.Fprintf(w, "  %-38s %9s %9s %10s %9s %10s %10s %11s\n", "llmobs", "wall", "CPU", "CPU/span", "Δ CPU", "peak RSS", "live heap", "others' CPU")
	var prev *runResult
	for _, r := range rows {
		m := r.Median
		if m == nil {
			fmt.Fprintf(w, "  %-38s %s\n", r.Variant.Name, "every run failed")
			prev = nil
			continue
		}
		delta := ""
		if prev != nil {
			delta = fmt.Sprintf("%+.1f s", m.CPUS-prev.CPUS)
		}
		fmt.Fprintf(w, "  %-38s %7.2f s %7.1f s %7.1f µs %9s %10s %10s %9.1f s\n", r.Variant.Name, m.WallS, m.CPUS, m.CPUS/float64(spans)*1e6, delta, mb(m.PeakRSS), liveHeap(m), m.OtherCPUS)
		prev = m
	}
}
