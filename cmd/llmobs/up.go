package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
)

func cmdUp(args []string) error {
	o := app.DefaultOptions()
	fs := flag.NewFlagSet("llmobs up", flag.ContinueOnError)
	verify, err := o.ParseFlags(fs, args)
	if err != nil {
		return err
	}
	if verify {
		fmt.Println("configuration is valid")
		return nil
	}
	log := app.NewLogger(o.Common.Log, os.Stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	r, err := app.Start(ctx, o, log)
	if err != nil {
		return err
	}
	fmt.Println("llmobs is up:")
	r.PrintListeners(os.Stdout, o)
	fmt.Println("Publish OTLP to the otlp_spans / otlp_metrics / otlp_logs topics (e.g. `llmobs loadgen`). Ctrl-C stops.")
	return r.Wait()
}
