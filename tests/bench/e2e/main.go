// Command e2e (`make bench-e2e`) measures llmobs against an OpenTelemetry
// Collector on the same backlog: N GenAI spans preloaded on otlp_spans of
// a standalone kfake broker (`llmobs kafka`), consumed by
//
//   - otelcol: a Collector built with the OTel builder from
//     tests/collector/builder-config.yaml (contrib v0.155.0): kafka
//     receiver → span_metrics connector → nop exporter;
//   - llmobs: `llmobs up --kafka …` (ingest → enricher → aggregator →
//     alerter, and the embedder; ingest's load shedding off),
//
// and (unless -floor=false) right after each llmobs run:
//
//   - floor: this binary copying the records through three transactional
//     hops, with no processing (floor.go), at the sizes llmobs's own
//     topics had: the Kafka I/O of DESIGN.md's topology by itself;
//
// one after the other on the same machine, each from a cold start of its
// process and against a fresh broker holding the same records (generated
// once, seeded, written to the same partitions), so neither finds the
// other's consumer groups, output topics or broker memory.
//
// Wall time runs from just before the process is started (so its start-up,
// configuration, group join and, for llmobs, the embedder's weights are
// in, for both) to the first scrape of its own metrics that shows all the
// work done: for the Collector, otelcol_receiver_accepted_spans (counted
// after the span_metrics connector took the batch) reaching N; for llmobs,
// every stage: ingest read every record and wrote N spans, the enricher
// wrote N, the aggregator read N and its stage-2 watermark passed the
// last window (every window fired), the alerter read every fired window,
// the embedder read N spans and settled each (embedded, deduplicated,
// sampled out, or skipped as having no prompt). Peak RSS is the child's
// own high-water mark (VmHWM) when it is done, CPU time (user + system)
// from wait4 when it exits. Also reported:
// when the first span came through (start-up cost), and when the
// system's consumer group on otlp_spans had committed every partition to
// its end (the Collector commits every 1 s by default, llmobs's ingest in
// its transactions).
//
// -runs K repeats the pair K times, alternating which goes first, and
// reports medians. -pprof FILE adds one more llmobs run (not measured)
// with -admin.pprof and saves a CPU profile of it, and a heap profile
// every 2 s (FILE.heap-<seconds>s).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/loadgen"
)

type options struct {
	Spans       int
	PerRecord   int
	Partitions  int
	Seed        int64
	Rate        float64
	Runs        int
	Poll        time.Duration
	Timeout     time.Duration
	Settle      time.Duration
	Otelcol     string
	LLMObs      string
	LLMObsArgs  string
	Only        string
	JSON        string
	Pprof       string
	PprofExtraS int
	Out         string
	Ablate      bool
	// PeerWork adds the Collector given part of llmobs's work
	// (peer_work.go) as a third system; OtelcolWork is its binary.
	PeerWork    bool
	Floor       bool
	UniqueTexts bool
	FloorRatio  string
	OtelcolWork string
}

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) > 0 && args[0] == "floor-child" {
		return floorChild(args[1:])
	}
	o := options{}
	fs := flag.NewFlagSet("bench-e2e", flag.ContinueOnError)
	fs.IntVar(&o.Spans, "spans", 500_000, "spans to preload on otlp_spans")
	fs.IntVar(&o.PerRecord, "per-record", 100, "spans per Kafka record (one OTLP ExportTraceServiceRequest each)")
	fs.IntVar(&o.Partitions, "partitions", 6, "partitions of every topic (the same for both systems)")
	fs.Int64Var(&o.Seed, "seed", 1, "load generator seed")
	fs.Float64Var(&o.Rate, "rate", loadgen.DefaultConfig().Rate, "traces per second of event time the spans are generated at (default: the load generator's; at 20 traces/s, ~3.3 spans each, 500k spans are ~2 hours of traffic)")
	fs.BoolVar(&o.UniqueTexts, "unique-texts", false, "end every call's prompt and completion with a reference no other call has, so no text repeats (the load generator's texts otherwise come from a few hundred templates; llmobs judges a repeated text once)")
	fs.IntVar(&o.Runs, "runs", 1, "pairs of runs (alternating which system goes first); medians are reported")
	fs.DurationVar(&o.Poll, "poll", 50*time.Millisecond, "how often the systems' metrics are read (the resolution of the wall times)")
	fs.DurationVar(&o.Timeout, "timeout", 10*time.Minute, "longest one run may take")
	fs.DurationVar(&o.Settle, "settle", 2*time.Second, "pause between the preload and the start of a system (the broker's garbage collector settles)")
	fs.StringVar(&o.Otelcol, "otelcol", "", "Collector binary (default: scripts/build-otelcol.sh builds it, cached)")
	fs.StringVar(&o.LLMObs, "llmobs", "", "llmobs binary (default: go build ./cmd/llmobs)")
	fs.StringVar(&o.LLMObsArgs, "llmobs-args", "", "extra flags for `llmobs up`, space-separated (e.g. '-embedder.encoder openai …')")
	fs.StringVar(&o.Only, "only", "", "run only this system: otelcol, llmobs, otelcol+work or floor")
	fs.BoolVar(&o.PeerWork, "peer-work", false, "also run a Collector given part of llmobs's work (PII masking, GenAI RED metrics, the spans written back to Kafka; peer_work.go), built from tests/bench/e2e/otelcol-work.yaml")
	fs.BoolVar(&o.Floor, "floor", true, "also run the Kafka floor (floor.go), after each llmobs run: DESIGN's topology as three transactional hops copying llmobs-sized records, no processing; what no pipeline of that shape beats here (-floor=false: without it)")
	fs.StringVar(&o.FloorRatio, "floor-ratio", "", "the floor's copy sizes per OTLP input byte, hops 1 and 2 (default: those llmobs's topics had in the run before, else "+defaultFloorRatio+")")
	fs.StringVar(&o.OtelcolWork, "otelcol-work", "", "binary of the -peer-work Collector (default: scripts/build-otelcol.sh builds it, cached)")
	fs.StringVar(&o.JSON, "json", "", "also write the results as JSON to this file (\"-\": stdout, instead of the table)")
	fs.StringVar(&o.Pprof, "pprof", "", "after the measured runs, run llmobs once more with -admin.pprof and write its CPU profile here")
	fs.IntVar(&o.PprofExtraS, "pprof-seconds", 0, "length of the CPU profile (0: the median llmobs wall time, rounded up, plus 1 s)")
	fs.BoolVar(&o.Ablate, "ablate", false, "instead of the pair, measure llmobs with one part after another turned off (embedder, safety/quality checks, PII redaction, alerter), -runs times each, and the Collector -runs times for reference (ablate.go)")
	fs.StringVar(&o.Out, "out", "", "directory for logs and configs (default: a temporary directory, kept)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.Spans < 1 || o.PerRecord < 1 || o.Partitions < 1 || o.Runs < 1 || o.Rate <= 0 {
		fmt.Fprintln(os.Stderr, "bench-e2e: -spans, -per-record, -partitions, -runs and -rate must be positive")
		return 2
	}
	if o.Pprof != "" {
		// Before the measured runs: a missing directory lost the profile
		// only after them.
		if err := os.MkdirAll(filepath.Dir(o.Pprof), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "bench-e2e: -pprof:", err)
			return 2
		}
	}
	if o.Only == systemWork {
		o.PeerWork = true
	}
	floorSet := false
	fs.Visit(func(f *flag.Flag) { floorSet = floorSet || f.Name == "floor" })
	switch {
	case o.Only == systemFloor:
		o.Floor = true
	case o.Only != "" && !floorSet:
		o.Floor = false // -only X runs X alone, unless -floor is asked for too
	}
	if o.Only != "" && o.Only != "otelcol" && o.Only != "llmobs" && o.Only != systemWork && o.Only != systemFloor {
		fmt.Fprintln(os.Stderr, "bench-e2e: -only is otelcol, llmobs, otelcol+work or floor")
		return 2
	}
	if o.FloorRatio != "" {
		if _, err := parseRatios(o.FloorRatio); err != nil {
			fmt.Fprintln(os.Stderr, "bench-e2e: -floor-ratio", err)
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer killChildren()
	res, err := bench(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-e2e:", err)
		return 1
	}
	if o.JSON != "-" {
		printTable(os.Stdout, res)
		if res.Ablation != nil {
			printAblation(os.Stdout, res.Ablation, res.Data.Spans)
		}
	}
	failed := 0
	for _, r := range res.Runs {
		if r.Error != "" {
			failed++
		}
	}
	defer func() {
		if failed > 0 {
			fmt.Fprintf(os.Stderr, "bench-e2e: %d of %d runs failed\n", failed, len(res.Runs))
		}
	}()
	if o.JSON != "" {
		b, _ := json.MarshalIndent(res, "", "  ")
		b = append(b, '\n')
		if o.JSON == "-" {
			_, _ = os.Stdout.Write(b)
		} else if err := os.WriteFile(o.JSON, b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "bench-e2e:", err)
			return 1
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench-e2e %s: %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

// systemWork names the -peer-work Collector, systemFloor the -floor run.
const (
	systemWork  = "otelcol+work"
	systemFloor = "floor"
)

// buildOtelcol runs scripts/build-otelcol.sh [manifest] and returns the
// binary's path (its output's last line).
func buildOtelcol(ctx context.Context, root, manifest string) (string, error) {
	args := []string{}
	if manifest != "" {
		args = append(args, manifest)
	}
	cmd := exec.CommandContext(ctx, filepath.Join(root, "scripts", "build-otelcol.sh"), args...)
	cmd.Dir, cmd.Stderr = root, os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("scripts/build-otelcol.sh %s: %w", manifest, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return lines[len(lines)-1], nil
}

func bench(ctx context.Context, o options) (*results, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	if o.Out == "" {
		if o.Out, err = os.MkdirTemp("", "bench-e2e-"); err != nil {
			return nil, err
		}
	} else if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, err
	}
	if o.Otelcol == "" && (o.Only == "" || o.Only == "otelcol") {
		logf("building the Collector (scripts/build-otelcol.sh; cached after the first time)")
		if o.Otelcol, err = buildOtelcol(ctx, root, ""); err != nil {
			return nil, err
		}
	}
	if o.PeerWork && o.OtelcolWork == "" && (o.Only == "" || o.Only == systemWork) {
		logf("building the comparable-work Collector (scripts/build-otelcol.sh tests/bench/e2e/otelcol-work.yaml; cached after the first time)")
		if o.OtelcolWork, err = buildOtelcol(ctx, root, "tests/bench/e2e/otelcol-work.yaml"); err != nil {
			return nil, err
		}
	}
	if o.LLMObs == "" {
		// The broker is `llmobs kafka`, so llmobs is built either way.
		o.LLMObs = filepath.Join(o.Out, "llmobs")
		logf("building llmobs (go build ./cmd/llmobs)")
		cmd := exec.CommandContext(ctx, "go", "build", "-o", o.LLMObs, "./cmd/llmobs")
		cmd.Dir, cmd.Stdout, cmd.Stderr = root, os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("go build ./cmd/llmobs: %w", err)
		}
	}
	if o.Only == "" || o.Only == "llmobs" {
		if _, err := os.Stat(filepath.Join(root, "services/embedder/models/use-lite/model.json")); err != nil && !strings.Contains(o.LLMObsArgs, "embedder") && !strings.Contains(o.LLMObsArgs, "-services") {
			return nil, fmt.Errorf("the embedder's weights are missing (services/embedder/models/use-lite): run `go run ./cmd/llmobs models` (26 MB, once)")
		}
	}

	logf("generating %d spans, %d per record (seed %d, %g traces/s of event time, unique texts %v)", o.Spans, o.PerRecord, o.Seed, o.Rate, o.UniqueTexts)
	gs := time.Now()
	d, err := generate(o.Spans, o.PerRecord, o.Seed, o.Rate, 3*time.Minute, o.UniqueTexts)
	if err != nil {
		return nil, err
	}
	logf("generated %d records, %.1f MB of OTLP/protobuf, event times %s to %s, in %.1fs",
		d.Records, float64(d.Bytes)/1e6, d.FirstEnd.Format(time.TimeOnly), d.LastEnd.Format(time.TimeOnly), time.Since(gs).Seconds())

	res := &results{
		Date: time.Now().Format("2006-01-02"), Host: hostInfo(), Data: *d, Partitions: o.Partitions,
		Collector: collectorVersion(ctx, o.Otelcol), CollectorConfig: otelcolConfig, OutDir: o.Out,
	}
	var extra []string
	if o.LLMObsArgs != "" {
		extra = strings.Fields(o.LLMObsArgs)
	}
	res.LLMObsArgs = extra
	systems := map[string]system{
		"otelcol": &otelcol{bin: o.Otelcol, spans: d.Spans},
		"llmobs": &llmobsSys{bin: o.LLMObs, root: root, partitions: o.Partitions, extra: extra,
			spans: d.Spans, records: d.Records, lastEnd: d.LastEnd},
		systemWork: &otelcolWork{bin: o.OtelcolWork, spans: d.Spans, partitions: o.Partitions},
	}
	floor := &floorSys{records: d.Records, partitions: o.Partitions}
	if o.Floor {
		if floor.self, err = os.Executable(); err != nil {
			return nil, err
		}
		ratio := o.FloorRatio
		if ratio == "" {
			ratio = defaultFloorRatio
		}
		floor.ratios, _ = parseRatios(ratio)
		systems[systemFloor] = floor
	}
	if o.PeerWork {
		res.CollectorWorkConfig, _ = renderOtelcolWorkConfig("BROKER", "bench-otelcol-work", "PORT")
	}
	if o.Ablate {
		rows, err := ablate(ctx, o, *systems["llmobs"].(*llmobsSys), d)
		if err != nil {
			return nil, err
		}
		res.Ablation = rows
		for i := 0; i < o.Runs && o.Only != "llmobs"; i++ {
			r, err := measure(ctx, o, systems["otelcol"], d, filepath.Join(o.Out, fmt.Sprintf("run%d-otelcol", i+1)), nil)
			if err != nil {
				return nil, fmt.Errorf("run %d, otelcol: %w", i+1, err)
			}
			r.Run = i + 1
			res.Runs = append(res.Runs, *r)
		}
		res.summarize()
		return res, nil
	}
	for i := 0; i < o.Runs; i++ {
		order := []string{"otelcol", "llmobs"}
		if i%2 == 1 {
			order = []string{"llmobs", "otelcol"}
		}
		if o.PeerWork {
			// Between the two, then first, then last: each place in turn.
			order = slices.Insert(order, (1+2*i)%3, systemWork)
		}
		if o.Floor {
			// Right after llmobs, so it copies what llmobs wrote.
			order = slices.Insert(order, slices.Index(order, "llmobs")+1, systemFloor)
		}
		for _, name := range order {
			if o.Only != "" && name != o.Only && name != systemFloor {
				continue
			}
			dir := filepath.Join(o.Out, fmt.Sprintf("run%d-%s", i+1, name))
			r, err := measure(ctx, o, systems[name], d, dir, nil)
			if err != nil {
				return nil, fmt.Errorf("run %d, %s: %w", i+1, name, err)
			}
			r.Run = i + 1
			res.Runs = append(res.Runs, *r)
			if name == "llmobs" && o.FloorRatio == "" && len(r.Topics) == 2 {
				floor.ratios = [2]float64{
					float64(r.Topics["llmobs.spans"].Bytes) / float64(d.Bytes),
					float64(r.Topics["llmobs.enriched"].Bytes) / float64(d.Bytes),
				}
			}
			if name == systemFloor {
				r.FloorRatios = floor.ratios[:]
			}
			if r.Error != "" {
				logf("run %d %s FAILED: %s", r.Run, name, r.Error)
				continue
			}
			logf("run %d %s: %.2fs wall (%.0f spans/s), first span at %.2fs, peak RSS %s, CPU %.1fs",
				r.Run, name, r.WallS, r.SpansPerS, r.FirstS, mb(r.PeakRSS), r.CPUS)
		}
	}
	res.summarize()
	if o.Pprof != "" {
		secs := o.PprofExtraS
		if secs <= 0 {
			secs = 10
			if s := res.Median["llmobs"]; s != nil {
				secs = int(s.WallS) + 2
			}
		}
		l := *systems["llmobs"].(*llmobsSys)
		l.pprof = true
		dir := filepath.Join(o.Out, "pprof-llmobs")
		logf("profiling run: llmobs with -admin.pprof, %ds CPU profile to %s (not part of the results)", secs, o.Pprof)
		r, err := measure(ctx, o, &l, d, dir, &profileReq{admin: func() string { return l.admin }, seconds: secs, path: o.Pprof})
		switch {
		case err != nil:
			logf("profiling run: %v", err)
		case r.Error != "":
			logf("profiling run FAILED, no profile: %s", r.Error)
		default:
			logf("profiling run: %.2fs wall; profile in %s (go tool pprof -top -cum %s)", r.WallS, o.Pprof, o.Pprof)
		}
	}
	return res, nil
}

// measure runs one system once against a fresh broker holding d. A
// system that exits or times out before it is done is a result (Error
// set, with the last line it logged); err is the harness failing.
func measure(ctx context.Context, o options, sys system, d *dataset, dir string, prof *profileReq) (*runResult, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	b, err := startBroker(ctx, o.LLMObs, dir, dir, o.Partitions)
	if err != nil {
		return nil, err
	}
	defer b.c.stop(5 * time.Second)
	ps := time.Now()
	if err := preload(ctx, []string{b.addr}, "otlp_spans", o.Partitions, d); err != nil {
		return nil, err
	}
	ends, err := endOffsets(ctx, []string{b.addr}, "otlp_spans")
	if err != nil {
		return nil, err
	}
	logf("%s: broker %s, %d records preloaded in %.1fs", sys.Name(), b.addr, d.Records, time.Since(ps).Seconds())
	select {
	case <-time.After(o.Settle):
	case <-ctx.Done():
		return nil, ctx.Err()
	}

	kcl, err := kgo.NewClient(kgo.SeedBrokers(b.addr))
	if err != nil {
		return nil, err
	}
	defer kcl.Close()
	adm := kadm.NewClient(kcl)

	cw := startCPUWatch(b.c.cmd.Process.Pid)
	c, url, err := sys.Start(b, dir)
	if err != nil {
		return nil, err
	}
	t0 := c.started
	r := &runResult{System: sys.Name(), Stages: map[string]float64{}, LogDir: dir}
	defer func() {
		if !c.exited() {
			c.stop(time.Second)
		}
	}()

	// The input group's commits, watched beside the metrics.
	committed := make(chan float64, 1)
	lctx, lcancel := context.WithCancel(ctx)
	defer lcancel()
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-lctx.Done():
				return
			case <-t.C:
			}
			if ok, _ := committedAll(lctx, adm, sys.InputGroup(), "otlp_spans", ends); ok {
				committed <- time.Since(t0).Seconds()
				return
			}
		}
	}()

	var profDone chan error
	deadline := t0.Add(o.Timeout)
	lastLine := time.Now()
	var last check
	fail := func(format string, args ...any) (*runResult, error) {
		u := c.stop(5 * time.Second)
		r.PeakRSS, r.CPUS = u.PeakRSS, u.CPU.Seconds()
		r.Error = fmt.Sprintf(format, args...)
		if l := lastLogLine(filepath.Join(dir, sys.Name()+".log")); l != "" {
			r.Error += "; its log ends: " + l
		}
		if prof != nil && profDone != nil {
			<-profDone
		}
		return r, nil
	}
	for {
		progress := "no metrics read yet"
		if last.line != "" {
			progress = "at " + last.line
		}
		if c.exited() {
			return fail("%s exited after %.1fs, before it was done (%v; %s)", sys.Name(), time.Since(t0).Seconds(), c.waitErr, progress)
		}
		if time.Now().After(deadline) {
			return fail("%s not done after %s (%s)", sys.Name(), o.Timeout, progress)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		c.peakRSS()
		m, err := scrape(url)
		now := time.Since(t0).Seconds()
		if err == nil {
			if prof != nil && profDone == nil {
				profDone = prof.start()
			}
			if v := int64(m.samples["go_gc_heap_live_bytes"]); v > r.PeakLiveHeap {
				r.PeakLiveHeap = v
			}
			last = sys.Check(m)
			if last.first && r.FirstS == 0 {
				r.FirstS = now
			}
			for s, ok := range last.stages {
				if _, seen := r.Stages[s]; ok && !seen {
					r.Stages[s] = now
				}
			}
			if last.done {
				r.WallS = now
				r.BrokerCPUS, r.OtherCPUS = cw.split(procCPU(c.cmd.Process.Pid))
				break
			}
		}
		if time.Since(lastLine) >= time.Second {
			logf("%s %5.1fs: %s", sys.Name(), now, last.line)
			lastLine = time.Now()
		}
		time.Sleep(o.Poll)
	}
	r.Spans = d.Spans
	r.SpansPerS = float64(d.Spans) / r.WallS
	logf("%s done at %.2fs: %s", sys.Name(), r.WallS, last.line)

	// The input group's commits reach the end within a commit interval
	// or so; wait a little for them (informational).
	select {
	case s := <-committed:
		r.InputCommittedS = s
	case <-time.After(10 * time.Second):
		r.InputCommittedS = -1
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if prof != nil && profDone != nil {
		if err := <-profDone; err != nil {
			return nil, err
		}
	}
	if sys.Name() == "llmobs" {
		if m, err := scrape(url); err == nil {
			r.Embedder = map[string]float64{}
			for k, v := range m.samples {
				if strings.HasPrefix(k, "llmobs_embedder_prompts_total{") || strings.HasPrefix(k, "llmobs_embedder_skipped_spans_total{") {
					r.Embedder[strings.TrimPrefix(k, "llmobs_embedder_")] = v
				}
				// Where the sentence encoder's CPU went: the embedder's
				// (bounded by encoder_cpu) and the enricher's injection checks.
				if k == "llmobs_embedder_encoder_cpu_seconds_total" || strings.HasPrefix(k, "llmobs_enricher_injection_checks_total{") {
					if r.Encoder == nil {
						r.Encoder = map[string]float64{}
					}
					r.Encoder[strings.TrimPrefix(strings.TrimPrefix(k, "llmobs_embedder_"), "llmobs_enricher_")] = v
				}
			}
		}
	}
	u := c.stop(30 * time.Second)
	r.PeakRSS, r.CPUS = u.PeakRSS, u.CPU.Seconds()
	if sys.Name() == "llmobs" && c.waitErr == nil {
		// What llmobs wrote between its stages (the floor copies as much).
		if r.Topics, err = topicSizes(ctx, b.addr, "llmobs.spans", "llmobs.enriched"); err != nil {
			logf("llmobs's topics not read: %v", err)
		}
	}
	return r, nil
}

// lastLogLine is the last line of a child's log that the bench did not
// write itself.
func lastLogLine(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" && !strings.HasPrefix(l, "===== bench-e2e") {
			return l
		}
	}
	return ""
}

// profileReq fetches a CPU profile from llmobs's admin listener.
type profileReq struct {
	admin   func() string
	seconds int
	path    string
}

func (p *profileReq) start() chan error {
	done := make(chan error, 1)
	stop := make(chan struct{})
	go p.heaps(stop)
	go func() {
		defer close(stop)
		url := fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", p.admin(), p.seconds)
		cl := *httpc
		cl.Timeout = time.Duration(p.seconds+30) * time.Second
		resp, err := cl.Get(url)
		if err != nil {
			done <- err
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			done <- fmt.Errorf("GET %s: %s (is -admin.pprof supported?)", url, resp.Status)
			return
		}
		f, err := os.Create(p.path)
		if err != nil {
			done <- err
			return
		}
		_, err = io.Copy(f, resp.Body)
		done <- errors.Join(err, f.Close())
	}()
	return done
}

// heaps saves a heap profile every 2 s while the CPU profile runs, as
// <path>.heap-<seconds>s (go tool pprof -sample_index=inuse_space): where
// the peak RSS goes.
func (p *profileReq) heaps(stop <-chan struct{}) {
	start := time.Now()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		resp, err := httpc.Get(fmt.Sprintf("http://%s/debug/pprof/heap", p.admin()))
		if err != nil {
			continue
		}
		if resp.StatusCode == 200 {
			if f, err := os.Create(fmt.Sprintf("%s.heap-%02.0fs", p.path, time.Since(start).Seconds())); err == nil {
				_, _ = io.Copy(f, resp.Body)
				_ = f.Close()
			}
		}
		resp.Body.Close()
	}
}

// repoRoot is the nearest directory above the working directory holding
// go.work.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.work")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.work above the working directory: run from the llmobs repository")
		}
		dir = parent
	}
}

func collectorVersion(ctx context.Context, bin string) string {
	if bin == "" {
		return ""
	}
	out, err := exec.CommandContext(ctx, bin, "--version").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func hostInfo() string {
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d CPUs (%s), %s/%s, %s", runtime.NumCPU(), model, runtime.GOOS, runtime.GOARCH, runtime.Version())
}
