// Command chaos runs the llmobs pipeline as plain processes (the compose
// topology: a TCP Kafka broker, two instances of every service) under
// seeded load, SIGKILLs each service's instances at random moments,
// restarts them, and checks what the topics (and ClickHouse) hold against
// what the load generator sent: no span lost or duplicated, SLI windows
// that count every call once, no late data, the same alerts as an
// unfaulted baseline, an empty DLQ.
//
//	go run ./tests/chaos -kills 3 -seed 42 -rate 300 -duration 60s
//	go run ./tests/chaos -short
//
// It prints one line per event while it runs, then a table (one row per
// scenario), and writes the results as JSON (-results). Exit status 1 when
// any scenario failed.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("chaos", flag.ContinueOnError)
	short := fs.Bool("short", false, "the short variant (CI): 1 kill per service in one combined scenario, 15 s at 100 traces/s, 25 s ClickHouse freeze, 90 s drain; explicit flags override")
	o := DefaultOptions()
	fs.Int64Var(&o.Seed, "seed", o.Seed, "seed of the load generator and of the fault schedule")
	fs.Float64Var(&o.Rate, "rate", o.Rate, "traces per second")
	fs.DurationVar(&o.Duration, "duration", o.Duration, "traffic per scenario")
	fs.IntVar(&o.Kills, "kills", o.Kills, "SIGKILLs per service scenario")
	fs.IntVar(&o.Instances, "instances", o.Instances, "instances per service")
	fs.IntVar(&o.Partitions, "partitions", o.Partitions, "partitions per topic")
	fs.BoolVar(&o.Baseline, "baseline", o.Baseline, "run the unfaulted baseline first (alerts are compared with it)")
	fs.StringVar(&o.ClickHouse, "clickhouse", o.ClickHouse, "ClickHouse scenario: auto (when clickhouse-server is installed), on, off")
	fs.DurationVar(&o.CHFreeze, "chfreeze", o.CHFreeze, "how long ClickHouse is frozen (SIGSTOP) in its scenario")
	fs.DurationVar(&o.Drain, "drain", o.Drain, "longest wait for the pipeline to drain after the traffic")
	fs.DurationVar(&o.RestartMin, "restart-min", o.RestartMin, "shortest time a killed instance stays down")
	fs.DurationVar(&o.RestartMax, "restart-max", o.RestartMax, "longest time a killed instance stays down")
	services := fs.String("services", strings.Join(o.Services, ","), "services to run kill scenarios for; kafka kills the broker (not by default: make chaos-broker)")
	fs.BoolVar(&o.Sampling, "sampling", o.Sampling, "let ingest shed load (then llmobs.spans may legitimately hold fewer spans than sent)")
	fs.BoolVar(&o.Combined, "combined", o.Combined, "one scenario that kills every service in turn instead of one scenario per service (-short's default: fits CI's time)")
	fs.BoolVar(&o.Align, "align", o.Align, "start the traffic so it ends 10 s before a minute boundary")
	fs.StringVar(&o.Bin, "bin", "", "directory with prebuilt llmobs and service binaries (default: go build them)")
	fs.DurationVar(&o.Hold, "hold", 0, "after draining, keep the broker and services up this long before checking (inspect the topics by hand)")
	outDir := fs.String("out", "", "directory for logs and results (default tests/chaos/out/<mode>-<time>)")
	results := fs.String("results", "", "results JSON file (default <out>/results.json)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *short {
		s := ShortOptions()
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["kills"] {
			o.Kills = s.Kills
		}
		if !set["rate"] {
			o.Rate = s.Rate
		}
		if !set["duration"] {
			o.Duration = s.Duration
		}
		if !set["chfreeze"] {
			o.CHFreeze = s.CHFreeze
		}
		if !set["drain"] {
			o.Drain = s.Drain
		}
		if !set["combined"] {
			o.Combined = s.Combined
		}
	}
	o.Services = strings.Split(*services, ",")
	root, err := repoRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		return 2
	}
	o.Root = root
	mode := "full"
	if *short {
		mode = "short"
	}
	o.OutDir = *outDir
	if o.OutDir == "" {
		o.OutDir = filepath.Join(root, "tests/chaos/out", mode+"-"+time.Now().Format("20060102-150405"))
	}
	if o.OutDir, err = filepath.Abs(o.OutDir); err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		return 2
	}
	if *results == "" {
		*results = filepath.Join(o.OutDir, "results.json")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Printf("chaos (%s): seed %d, %g traces/s for %s per scenario, %d kill(s) per service, %d instances per service; logs in %s\n",
		mode, o.Seed, o.Rate, o.Duration, o.Kills, o.Instances, o.OutDir)
	res, err := Run(ctx, o)
	if res == nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		return 2
	}
	fmt.Println()
	PrintTable(os.Stdout, res)
	fmt.Printf("\nembedder: %s\nclickhouse: %s\nwall time %.0fs; logs in %s\n", res.Embedder, res.CH, res.Wall, res.LogDir)
	if b, jerr := json.MarshalIndent(res, "", "  "); jerr == nil {
		if werr := os.WriteFile(*results, b, 0o644); werr != nil {
			fmt.Fprintln(os.Stderr, "chaos:", werr)
		} else {
			fmt.Printf("results: %s\n", *results)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		return 2
	}
	failed := 0
	for _, r := range res.Rows {
		if !r.Pass() {
			failed++
		}
	}
	if failed > 0 {
		fmt.Printf("FAIL: %d of %d scenarios\n", failed, len(res.Rows))
		return 1
	}
	fmt.Printf("PASS: %d scenarios\n", len(res.Rows))
	return 0
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
