package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
)

// cmdTopics creates (or checks) DESIGN's topics on a cluster and exits:
// the compose stack runs it once before the services start.
func cmdTopics(args []string) error {
	fs := flag.NewFlagSet("llmobs topics", flag.ContinueOnError)
	common := service.DefaultCommon("127.0.0.1:8080")
	configFile := fs.String("config.file", "", "YAML configuration file")
	common.RegisterFlags(fs)
	err := config.Parse(fs, args, configFile, func(path string) error {
		_, err := service.LoadFile(path, &common)
		return err
	})
	if err != nil {
		return err
	}
	if err := errors.Join(config.Prefix("kafka", common.Kafka.Validate()), config.Prefix("topics", common.Topics.Validate())); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	// The broker may still be starting: retry for a while.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for {
		err = service.EnsureTopics(ctx, common)
		if err == nil || ctx.Err() != nil {
			break
		}
		fmt.Fprintf(os.Stderr, "topics: %v; retrying\n", err)
		time.Sleep(2 * time.Second)
	}
	if err != nil {
		return err
	}
	fmt.Printf("topics ready on %v: %v\n", common.Kafka.Brokers, common.Topics.All())
	return nil
}

// cmdHealthcheck exits 0 when the admin /readyz answers 200.
func cmdHealthcheck(args []string) error {
	url := "http://127.0.0.1:8080/readyz"
	if len(args) > 0 {
		url = args[0]
	}
	return service.Healthcheck(url)
}
