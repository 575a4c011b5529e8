// Package embedded runs an in-process Kafka (franz-go's kfake: a real Kafka
// protocol server) for the all-in-one binary, persistent across restarts
// through a data directory.
package embedded

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/llmobs/llmobs/pkg/config"
)

// Config of the embedded broker.
type Config struct {
	// Listen is host:port. Port 0 picks a free port.
	Listen string
	// DataDir persists topics, offsets and groups; "" keeps everything in
	// memory.
	DataDir string
	// Partitions is the default for auto-created topics.
	Partitions int
	// Retention bounds how long records are kept, by their timestamps
	// (log.retention.ms), and RetentionBytes each partition's size
	// (log.retention.bytes); 0 leaves kfake's defaults: 7 days, no size
	// bound. The log lives in the process's heap, so without a bound the
	// all-in-one grew with everything it ever read. Records past either
	// bound go at the next cleaner run (CleanerInterval). kfake applies
	// them to compacted topics too, which Kafka does not: those need
	// retention.ms and retention.bytes -1 of their own (kafka.Topics.Configs).
	//
	// kfake keeps a partition's log in segment files (in memory without a
	// DataDir) and frees a segment only once all of it is past retention,
	// so with retention set segments roll at SegmentBytes (kfake's default,
	// 100 MiB, held up to that much a partition past any retention; it rolls
	// segments by size only).
	Retention      time.Duration
	RetentionBytes int64
}

// CheckRetention and CheckRetentionBytes refuse what the broker would
// take badly: records deleted within a minute, segments under 1 MiB.
// name is the flag (or key) the value came from.
func CheckRetention(name string, d time.Duration) error {
	if d != 0 && d < time.Minute {
		return config.Errorf(name, "%v: must be 0 (7 days) or at least 1m (and above aggregator.replay, 12m by default, for windows to be rebuilt whole after a restart)", d)
	}
	return nil
}

// CheckRetentionBytes: see CheckRetention.
func CheckRetentionBytes(name string, n int64) error {
	if n != 0 && n < 1<<20 {
		return config.Errorf(name, "%d: must be 0 (no bound) or at least 1 MiB (1048576)", n)
	}
	return nil
}

// SegmentBytes is the size a segment rolls at when retention is set: a
// sixteenth of RetentionBytes, between 1 and 4 MiB. A partition's active
// segment is never freed, so this is also what each partition may hold
// past the retention (~40 partitions carry data in the all-in-one).
func (c Config) SegmentBytes() int64 {
	n := int64(4 << 20)
	if c.RetentionBytes > 0 {
		n = min(n, c.RetentionBytes/16)
	}
	return max(n, 1<<20)
}

// CleanerInterval is how often the broker deletes what is past its
// retention: a tenth of it, between 1 s and 30 s.
func (c Config) CleanerInterval() time.Duration {
	return min(max(c.Retention/10, time.Second), 30*time.Second)
}

// Kafka is a running embedded broker.
type Kafka struct {
	c    *kfake.Cluster
	addr string
}

// Start starts a single-broker cluster.
func Start(cfg Config, log *slog.Logger) (*Kafka, error) {
	host, portStr, err := net.SplitHostPort(cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("embedded kafka listen %q: %w", cfg.Listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("embedded kafka port %q: %w", portStr, err)
	}
	opts := []kfake.Opt{
		kfake.NumBrokers(1),
		kfake.Ports(port),
		kfake.ClusterID("llmobs-embedded"),
		kfake.WithLogger(slogLogger{log.With("component", "embedded-kafka")}),
		// kfake always asks for 127.0.0.1; honour the configured host so an
		// OTel Collector elsewhere can reach it when the user asks for that.
		kfake.ListenFn(func(network, _ string) (net.Listener, error) {
			return net.Listen(network, net.JoinHostPort(host, strconv.Itoa(port)))
		}),
	}
	if cfg.Partitions > 0 {
		opts = append(opts, kfake.DefaultNumPartitions(cfg.Partitions))
	}
	if cfg.Retention > 0 || cfg.RetentionBytes > 0 {
		bc := map[string]string{
			"log.cleaner.backoff.ms": strconv.FormatInt(cfg.CleanerInterval().Milliseconds(), 10),
			"log.segment.bytes":      strconv.FormatInt(cfg.SegmentBytes(), 10),
		}
		if cfg.Retention > 0 {
			bc["log.retention.ms"] = strconv.FormatInt(cfg.Retention.Milliseconds(), 10)
		}
		if cfg.RetentionBytes > 0 {
			bc["log.retention.bytes"] = strconv.FormatInt(cfg.RetentionBytes, 10)
		}
		opts = append(opts, kfake.BrokerConfigs(bc))
	}
	if cfg.DataDir != "" {
		if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
			return nil, fmt.Errorf("embedded kafka data dir: %w", err)
		}
		opts = append(opts, kfake.DataDir(cfg.DataDir))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("start embedded kafka on %s: %w", cfg.Listen, err)
	}
	return &Kafka{c: c, addr: c.ListenAddrs()[0]}, nil
}

// Addr is the bootstrap address.
func (k *Kafka) Addr() string { return k.addr }

// Close stops the broker, persisting its state first. Idempotent.
// KeepCompacted sets retention.ms and retention.bytes -1 on every
// compacted topic the broker holds that has not its own: kfake applies the
// broker's retention to compacted topics too (Kafka does not), so with
// Retention or RetentionBytes set, the alert states and the embedder's
// snapshots in a data directory made by an older version would be deleted.
// The topics llmobs creates carry -1 from the start; it returns the names
// it changed.
func (k *Kafka) KeepCompacted(ctx context.Context) ([]string, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(k.addr))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	topics, err := adm.ListTopics(ctx)
	if err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	rcs, err := adm.DescribeTopicConfigs(ctx, topics.Names()...)
	if err != nil {
		return nil, fmt.Errorf("describe topics: %w", err)
	}
	var keep []string
	for _, rc := range rcs {
		if rc.Err != nil {
			return nil, fmt.Errorf("describe topic %s: %w", rc.Name, rc.Err)
		}
		compacted, own := false, 0
		for _, c := range rc.Configs {
			switch {
			case c.Key == "cleanup.policy" && c.Value != nil && strings.Contains(*c.Value, "compact"):
				compacted = true
			case (c.Key == "retention.ms" || c.Key == "retention.bytes") && c.Source == kmsg.ConfigSourceDynamicTopicConfig:
				own++
			}
		}
		if compacted && own < 2 {
			keep = append(keep, rc.Name)
		}
	}
	if len(keep) == 0 {
		return nil, nil
	}
	sort.Strings(keep)
	forever := "-1"
	resp, err := adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{{Name: "retention.ms", Value: &forever}, {Name: "retention.bytes", Value: &forever}}, keep...)
	if err != nil {
		return nil, fmt.Errorf("keep compacted topics: %w", err)
	}
	for _, r := range resp {
		if r.Err != nil {
			return nil, fmt.Errorf("keep compacted topic %s: %w", r.Name, r.Err)
		}
	}
	return keep, nil
}

func (k *Kafka) Close() { k.c.Close() }

type slogLogger struct{ l *slog.Logger }

func (s slogLogger) Logf(level kfake.LogLevel, msg string, args ...any) {
	switch level {
	case kfake.LogLevelError:
		s.l.Error(fmt.Sprintf(msg, args...))
	case kfake.LogLevelWarn:
		if strings.HasPrefix(msg, "txn: EndTxn slow") {
			// kfake's own diagnostic: ending a transaction took over
			// 5 ms, which a busy laptop or a data directory on disk
			// does routinely. Nothing is wrong; no WARN for it.
			s.l.Debug(fmt.Sprintf(msg, args...))
			return
		}
		s.l.Warn(fmt.Sprintf(msg, args...))
	default:
		// kfake's info level logs every request: keep it at debug.
		s.l.Debug(fmt.Sprintf(msg, args...))
	}
}
