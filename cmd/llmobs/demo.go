package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/kafka"
)

func cmdDemo(args []string) error {
	o := app.DefaultOptions()
	// The demo starts from a clean slate each time unless told otherwise,
	// so its summary describes this run only.
	o.DataDir = ""
	lg := loadgen.DefaultConfig()
	fs := flag.NewFlagSet("llmobs demo", flag.ContinueOnError)
	lg.RegisterFlags("loadgen", fs)
	drain := fs.Duration("drain", 45*time.Second, "how long to wait for the pipeline to catch up after the traffic")
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
	svcCtx, stopServices := context.WithCancel(context.Background())
	defer stopServices()
	r, err := app.Start(svcCtx, o, log)
	if err != nil {
		return err
	}
	fmt.Println("llmobs demo: the whole pipeline in this process")
	r.PrintListeners(os.Stdout, o)
	fmt.Printf("\nPublishing %s of synthetic traffic (%g traces/s, incidents: latency spike, error burst, cost spike)...\n", lg.Duration, lg.Rate)

	kc := o.Common.Kafka
	kc.Brokers = r.Brokers
	t0 := time.Now()
	sum, lgErr := runLoadgen(ctx, kc, lg)
	fmt.Println()
	sum.Print(os.Stdout)
	if lgErr == nil {
		fmt.Printf("\nWaiting up to %s for the pipeline to catch up...\n", *drain)
		sent := time.Since(t0)
		if waitForDrain(ctx, kc, *drain) {
			total := time.Since(t0)
			fmt.Printf("caught up %.1fs after the last record: %d spans through the pipeline in %.1fs (%.0f spans/s end to end)\n",
				(total - sent).Seconds(), sum.Spans, total.Seconds(), float64(sum.Spans)/total.Seconds())
		} else {
			fmt.Println("still catching up; the summary shows what was done so far")
		}
	}
	ps, err := app.Summarize(context.Background(), kc, o.Common.Topics)
	if err == nil {
		fmt.Println("\nWhat the pipeline saw:")
		ps.Print(os.Stdout, o.Common.Topics)
	} else {
		fmt.Fprintf(os.Stderr, "summary: %v\n", err)
	}
	fmt.Printf("\nAdmin, metrics and APIs were at http://%s; stopping.\n", r.AdminAddr)
	stopServices()
	if werr := r.Wait(); werr != nil && lgErr == nil {
		return werr
	}
	return lgErr
}

// waitForDrain waits until every consumer group has no lag; false on
// timeout.
func waitForDrain(ctx context.Context, kc kafka.Config, timeout time.Duration) bool {
	cl, err := kafka.NewClient(kc, "demo-lag")
	if err != nil {
		return false
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		groups, err := adm.ListGroups(ctx)
		if err == nil && len(groups) == 0 {
			return true // no service consumes anything
		}
		lags, err := adm.Lag(ctx, groups.Groups()...)
		if err == nil {
			total := int64(0)
			lags.Each(func(l kadm.DescribedGroupLag) { total += l.Lag.Total() })
			if total == 0 {
				return true
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	return false
}

func orDefault(v, d string) string {
	if v == "" {
		return d
	}
	return v
}
