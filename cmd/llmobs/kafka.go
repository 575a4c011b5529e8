package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/embedded"
)

// cmdKafka serves the embedded broker (franz-go's kfake, the one `llmobs
// up` runs in-process) on its own, until SIGINT or SIGTERM: a Kafka for
// services run as separate processes (tests/chaos) without a JVM.
func cmdKafka(args []string) error {
	fs := flag.NewFlagSet("llmobs kafka", flag.ContinueOnError)
	listen := fs.String("listen", "127.0.0.1:9092", "host:port to serve the Kafka protocol on (port 0: a free port, printed)")
	dataDir := fs.String("data-dir", "", "persist topics, offsets and groups here (\"\" = in memory)")
	partitions := fs.Int("partitions", 6, "partitions of auto-created topics")
	logLevel := fs.String("log.level", "warn", "log level: debug, info, warn, error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("-log.level: %w", err)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))
	k, err := embedded.Start(embedded.Config{Listen: *listen, DataDir: *dataDir, Partitions: *partitions}, log)
	if err != nil {
		return err
	}
	defer k.Close()
	fmt.Printf("kafka listening on %s\n", k.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	return nil
}
