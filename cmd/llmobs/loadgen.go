package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
)

func cmdLoadgen(args []string) error {
	fs := flag.NewFlagSet("llmobs loadgen", flag.ContinueOnError)
	common := service.DefaultCommon("127.0.0.1:8080")
	lg := loadgen.DefaultConfig()
	configFile := fs.String("config.file", "", "YAML configuration file (section loadgen)")
	jsonOut := fs.String("summary-json", "", "also write the summary as JSON to this file")
	common.Kafka.RegisterFlags("kafka", fs)
	lg.RegisterFlags("", fs)
	err := config.Parse(fs, args, configFile, func(path string) error {
		sections, err := service.LoadFile(path, &common)
		if err != nil {
			return err
		}
		return service.DecodeSection(sections, "loadgen", &lg)
	})
	if err != nil {
		return err
	}
	lg.Topics = loadgen.Topics{Spans: common.Topics.OTLPSpans, Metrics: common.Topics.OTLPMetrics, Logs: common.Topics.OTLPLogs}
	if err := errors.Join(config.Prefix("kafka", common.Kafka.Validate()), config.Prefix("loadgen", lg.Validate())); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	sum, err := runLoadgen(ctx, common.Kafka, lg)
	sum.Print(os.Stdout)
	if *jsonOut != "" {
		b, _ := json.MarshalIndent(sum, "", "  ")
		if werr := os.WriteFile(*jsonOut, b, 0o644); werr != nil && err == nil {
			err = werr
		}
	}
	return err
}

func runLoadgen(ctx context.Context, kc kafka.Config, lg loadgen.Config) (loadgen.Summary, error) {
	cl, err := kafka.NewClient(kc, "loadgen")
	if err != nil {
		return loadgen.Summary{}, err
	}
	defer cl.Close()
	fmt.Fprintf(os.Stderr, "loadgen: %s to %v\n", lg, kc.Brokers)
	return loadgen.Run(ctx, lg, cl, os.Stderr)
}
