package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/embedded"
)

// cmdKafka serves the embedded broker (franz-go's kfake, the one `llmobs
// up` runs in-process) on its own, until SIGINT or SIGTERM: a Kafka for
// services run as separate processes (tests/chaos) without a JVM. It keeps
// everything (7 days) unless -retention or -retention-bytes bound it, as
// `llmobs up`'s -kafka-retention flags bound the in-process one; compacted
// topics are exempted, as Kafka exempts them.
func cmdKafka(args []string) error {
	cfg, lvl, err := kafkaConfig(args)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lvl}))
	k, err := embedded.Start(cfg, log)
	if err != nil {
		return err
	}
	defer k.Close()
	if cfg.Retention > 0 || cfg.RetentionBytes > 0 {
		// kfake deletes from compacted topics by retention too: those a
		// data directory holds from an older version need -1 of their own.
		kctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		kept, err := k.KeepCompacted(kctx)
		cancel()
		if err != nil {
			return err
		}
		if len(kept) > 0 {
			log.Info("compacted topics exempted from the retention (retention.ms and retention.bytes -1)", "topics", kept)
		}
	}
	fmt.Printf("kafka listening on %s\n", k.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	return nil
}

// kafkaConfig reads llmobs kafka's flags.
func kafkaConfig(args []string) (embedded.Config, slog.Level, error) {
	fs := flag.NewFlagSet("llmobs kafka", flag.ContinueOnError)
	var cfg embedded.Config
	fs.StringVar(&cfg.Listen, "listen", "127.0.0.1:9092", "host:port to serve the Kafka protocol on (port 0: a free port, printed)")
	fs.StringVar(&cfg.DataDir, "data-dir", "", "persist topics, offsets and groups here (\"\" = in memory)")
	fs.IntVar(&cfg.Partitions, "partitions", 6, "partitions of auto-created topics")
	fs.DurationVar(&cfg.Retention, "retention", 0, "delete records older than this, by their timestamps (0 = 7 days); without -data-dir the log is in this process's memory")
	fs.Int64Var(&cfg.RetentionBytes, "retention-bytes", 0, "keep at most this many bytes per partition (0 = no bound)")
	logLevel := fs.String("log.level", "warn", "log level: debug, info, warn, error")
	var lvl slog.Level
	if err := fs.Parse(args); err != nil {
		return cfg, lvl, err
	}
	if err := lvl.UnmarshalText([]byte(*logLevel)); err != nil {
		return cfg, lvl, fmt.Errorf("-log.level: %w", err)
	}
	return cfg, lvl, errors.Join(embedded.CheckRetention("retention", cfg.Retention), embedded.CheckRetentionBytes("retention-bytes", cfg.RetentionBytes))
}
