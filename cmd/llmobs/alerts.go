package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/alerter"
)

// cmdAlerts: `llmobs alerts tail` watches the alert topic live.
func cmdAlerts(args []string) error {
	if len(args) == 0 || args[0] != "tail" {
		return errors.New("usage: llmobs alerts tail [-from-beginning] [-json] [-limit N] [-kafka.brokers host:port]")
	}
	fs := flag.NewFlagSet("llmobs alerts tail", flag.ContinueOnError)
	common := service.DefaultCommon("127.0.0.1:8080")
	configFile := fs.String("config.file", "", "YAML configuration file")
	var opts alerter.TailOptions
	fs.BoolVar(&opts.FromBeginning, "from-beginning", false, "replay the topic instead of printing only new alerts")
	fs.BoolVar(&opts.JSON, "json", false, "print each alert as one JSON line")
	fs.IntVar(&opts.Limit, "limit", 0, "stop after this many alerts (0: until Ctrl-C)")
	common.Kafka.RegisterFlags("kafka", fs)
	err := config.Parse(fs, args[1:], configFile, func(path string) error {
		_, err := service.LoadFile(path, &common)
		return err
	})
	if err != nil {
		return err
	}
	if err := config.Prefix("kafka", common.Kafka.Validate()); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	if st, err := os.Stdout.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		opts.Color = true
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return alerter.Tail(ctx, common.Kafka, common.Topics.Alerts, os.Stdout, opts)
}
