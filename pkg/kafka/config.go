// Package kafka is the one place that turns a validated Kafka configuration
// into franz-go clients, and that creates or checks the topics of DESIGN.md.
package kafka

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sasl/plain"
	"github.com/twmb/franz-go/pkg/sasl/scram"

	"github.com/llmobs/llmobs/pkg/config"
)

// Config says how to reach a Kafka cluster.
type Config struct {
	// Brokers are the seed brokers, host:port.
	Brokers []string `yaml:"brokers"`
	// ClientID is sent to the brokers; each service appends its name.
	ClientID string `yaml:"client_id"`
	SASL     SASL   `yaml:"sasl"`
	TLS      TLS    `yaml:"tls"`
	// Partitions and ReplicationFactor apply to topics llmobs creates.
	Partitions        int32 `yaml:"partitions"`
	ReplicationFactor int16 `yaml:"replication_factor"`
	// CreateTopics creates missing topics at start; when false, missing
	// topics are an error.
	CreateTopics bool `yaml:"create_topics"`
	// DialTimeout bounds each connection attempt.
	DialTimeout time.Duration `yaml:"dial_timeout"`
	// GroupSessionTimeout is how long a consumer group waits for a member
	// that stopped heartbeating before moving its partitions. Members are
	// static (instance_id), so a restart within it gets the same
	// partitions back with no rebalance.
	GroupSessionTimeout time.Duration `yaml:"group_session_timeout"`
	// Buffers bound what each client holds in memory.
	Buffers Buffers `yaml:"buffers"`
	// Compression is the codec of the record batches llmobs produces:
	// snappy (the default), lz4, zstd, gzip or none. Consumers read any.
	Compression string `yaml:"compression"`
	// Dial, when set, opens every connection instead of the network
	// stack (tests: kafkatest.Virtual's in-memory network, on which
	// testing/synctest can run the stream loop on a fake clock).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error) `yaml:"-" json:"-"`
}

// Buffers bound each client's memory: what one fetch may bring (in all,
// and per partition: a partition's first record batch comes whole even
// when larger), how many fetches a client runs or holds at once, and how
// many bytes and records of produced records may wait for the brokers (a
// producer blocks beyond them: backpressure, not growth).
//
// A consumer holds at most max_concurrent_fetches fetches of at most
// fetch_max_bytes each (compressed; records are decompressed as a fetch
// arrives, and internal topics compress 3-5×), besides the poll its stage
// is working on, which is taken from them. The all-in-one runs seven
// clients, so these sizes count seven times there.
type Buffers struct {
	FetchMaxBytes          int32 `yaml:"fetch_max_bytes"`
	FetchMaxPartitionBytes int32 `yaml:"fetch_max_partition_bytes"`
	// MaxConcurrentFetches bounds the fetches a consumer has in flight
	// or buffered, over all brokers (0: one per broker).
	MaxConcurrentFetches int   `yaml:"max_concurrent_fetches"`
	ProduceMaxBytes      int64 `yaml:"produce_max_bytes"`
	// ProduceMaxRecords bounds the records waiting for the brokers.
	ProduceMaxRecords int `yaml:"produce_max_records"`
	// FetchSessions uses incremental fetch sessions (KIP-227). Off by
	// default: in a session the broker picks the order in which a fetch
	// fills up with partitions, and kfake (the embedded broker) keeps it
	// fixed, so with fetch_max_bytes under partitions ×
	// fetch_max_partition_bytes the last partitions were starved until
	// the first ran dry — and a stage that waits for every partition's
	// in-band watermark held all its windows meanwhile. Without sessions
	// the client rotates the partitions across fetches. Sessions save
	// request bytes on clusters with thousands of partitions.
	FetchSessions bool `yaml:"fetch_sessions"`
	// ProduceBatchMaxBytes bounds one produced batch (records of one
	// partition sent together): it must not exceed the brokers'
	// message.max.bytes / the topics' max.message.bytes (1 MiB by
	// default), or a full batch fails with MESSAGE_TOO_LARGE on every
	// retry. Stages cut their records at 900 KiB, so each fits alone.
	ProduceBatchMaxBytes int32 `yaml:"produce_batch_max_bytes"`
}

// SASL authentication. Mechanism is "", "PLAIN", "SCRAM-SHA-256" or
// "SCRAM-SHA-512".
type SASL struct {
	Mechanism string `yaml:"mechanism"`
	Username  string `yaml:"username"`
	Password  string `yaml:"password"`
}

// TLS for broker connections.
type TLS struct {
	Enabled            bool   `yaml:"enabled"`
	CAFile             string `yaml:"ca_file"`
	CertFile           string `yaml:"cert_file"`
	KeyFile            string `yaml:"key_file"`
	ServerName         string `yaml:"server_name"`
	InsecureSkipVerify bool   `yaml:"insecure_skip_verify"`
}

// DefaultConfig is a single local broker on the embedded-Kafka port.
func DefaultConfig() Config {
	return Config{
		Brokers:           []string{"127.0.0.1:9092"},
		ClientID:          "llmobs",
		Partitions:        6,
		ReplicationFactor: 1,
		CreateTopics:      true,
		DialTimeout:       10 * time.Second,

		GroupSessionTimeout: 30 * time.Second,
		Compression:         "snappy",
		Buffers: Buffers{
			// 512 KiB a fetch (16 MiB until 2026-12, then 2 MiB, then
			// 1 MiB: internal topics compress ~7×, so the all-in-one's
			// seven clients held ~170 MB of decompressed fetches through
			// a backlog at 2 MiB; 1 MiB still let fetched data reach
			// ~30 MB of make bench-e2e's peak live heap, which was 149,
			// 176 and 223 MB against 137-145 MB at 512 KiB (three
			// interleaved pairs, same CPU and wall time).
			FetchMaxBytes: 512 << 10,
			// A fetch takes from four partitions (a partition's first
			// batch comes whole even when larger), so a consumer behind
			// on the default six moves through them evenly: stages whose
			// watermark is the minimum over their input partitions held
			// every window between the slowest partition and the fastest
			// with 1 MiB per partition (TestFetchesKeepPartitionsEven).
			// 64 KiB (eight) made the bench ~20 % slower: more, smaller
			// fetches.
			FetchMaxPartitionBytes: 128 << 10,
			MaxConcurrentFetches:   0,
			ProduceMaxBytes:        4 << 20,
			ProduceMaxRecords:      10_000,
			ProduceBatchMaxBytes:   1_000_000,
		},
	}
}

// RegisterFlags binds the most used keys to flags under prefix ("kafka").
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.Var(config.StringList{P: &c.Brokers}, prefix+".brokers", "comma-separated seed brokers")
	fs.StringVar(&c.ClientID, prefix+".client-id", c.ClientID, "Kafka client id")
	fs.StringVar(&c.SASL.Mechanism, prefix+".sasl.mechanism", c.SASL.Mechanism, "SASL mechanism: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512")
	fs.StringVar(&c.SASL.Username, prefix+".sasl.username", c.SASL.Username, "SASL user")
	fs.StringVar(&c.SASL.Password, prefix+".sasl.password", c.SASL.Password, "SASL password")
	fs.BoolVar(&c.TLS.Enabled, prefix+".tls.enabled", c.TLS.Enabled, "use TLS to the brokers")
	fs.StringVar(&c.TLS.CAFile, prefix+".tls.ca-file", c.TLS.CAFile, "PEM CA bundle")
	fs.Var(int32Value{&c.Partitions}, prefix+".partitions", "partitions of topics llmobs creates")
	fs.StringVar(&c.Compression, prefix+".compression", c.Compression, "codec of produced batches: snappy, lz4, zstd, gzip, none")
	fs.BoolVar(&c.CreateTopics, prefix+".create-topics", c.CreateTopics, "create missing topics at start")
	fs.Var(int32Value{&c.Buffers.FetchMaxBytes}, prefix+".fetch-max-bytes", "most bytes one fetch of a client brings (buffers.fetch_max_bytes)")
	fs.IntVar(&c.Buffers.MaxConcurrentFetches, prefix+".max-concurrent-fetches", c.Buffers.MaxConcurrentFetches, "fetches a client runs or holds at once, 0 = one per broker (buffers.max_concurrent_fetches)")
	fs.Int64Var(&c.Buffers.ProduceMaxBytes, prefix+".produce-max-bytes", c.Buffers.ProduceMaxBytes, "bytes of produced records a client buffers before blocking (buffers.produce_max_bytes)")
}

// Validate reports the first problems found, each naming its key.
func (c Config) Validate() error {
	var errs []error
	if len(c.Brokers) == 0 {
		errs = append(errs, config.Errorf("brokers", "at least one seed broker is required"))
	}
	for i, b := range c.Brokers {
		if _, port, err := net.SplitHostPort(b); err != nil || port == "" {
			errs = append(errs, config.Errorf(fmt.Sprintf("brokers[%d]", i), "%q is not host:port", b))
		}
	}
	switch strings.ToUpper(c.SASL.Mechanism) {
	case "":
	case "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512":
		if c.SASL.Username == "" {
			errs = append(errs, config.Errorf("sasl.username", "required with mechanism %s", c.SASL.Mechanism))
		}
	default:
		errs = append(errs, config.Errorf("sasl.mechanism", "%q is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512", c.SASL.Mechanism))
	}
	if (c.TLS.CertFile == "") != (c.TLS.KeyFile == "") {
		errs = append(errs, config.Errorf("tls.cert_file", "cert_file and key_file go together"))
	}
	if c.GroupSessionTimeout != 0 && c.GroupSessionTimeout < 100*time.Millisecond {
		errs = append(errs, config.Errorf("group_session_timeout", "must be at least 100ms (brokers allow 6s and up by default)"))
	}
	if b := c.Buffers; b.FetchMaxBytes < 0 || b.FetchMaxPartitionBytes < 0 || b.MaxConcurrentFetches < 0 || b.ProduceMaxBytes < 0 || b.ProduceMaxRecords < 0 || b.ProduceBatchMaxBytes < 0 {
		errs = append(errs, config.Errorf("buffers", "sizes cannot be negative"))
	} else if b.FetchMaxBytes > 0 && b.FetchMaxPartitionBytes > b.FetchMaxBytes {
		errs = append(errs, config.Errorf("buffers.fetch_max_partition_bytes", "%d is more than fetch_max_bytes %d", b.FetchMaxPartitionBytes, b.FetchMaxBytes))
	}
	if _, err := c.codec(); err != nil {
		errs = append(errs, config.Errorf("compression", "%v", err))
	}
	if c.Partitions < 1 {
		errs = append(errs, config.Errorf("partitions", "must be at least 1, got %d", c.Partitions))
	}
	if c.ReplicationFactor < 1 {
		errs = append(errs, config.Errorf("replication_factor", "must be at least 1, got %d", c.ReplicationFactor))
	}
	return errors.Join(errs...)
}

// Opts returns the franz-go options for the connection part of c: seeds,
// client id, SASL and TLS. Callers add consumer/producer options.
func (c Config) Opts(clientSuffix string) ([]kgo.Opt, error) {
	id := c.ClientID
	if clientSuffix != "" {
		id += "-" + clientSuffix
	}
	opts := []kgo.Opt{kgo.SeedBrokers(c.Brokers...), kgo.ClientID(id)}
	if c.DialTimeout > 0 {
		opts = append(opts, kgo.DialTimeout(c.DialTimeout))
	}
	if c.Dial != nil {
		opts = append(opts, kgo.Dialer(c.Dial))
	}
	if b := c.Buffers; b.FetchMaxBytes > 0 {
		opts = append(opts, kgo.FetchMaxBytes(b.FetchMaxBytes))
	}
	if b := c.Buffers; b.FetchMaxPartitionBytes > 0 {
		opts = append(opts, kgo.FetchMaxPartitionBytes(b.FetchMaxPartitionBytes))
	}
	if b := c.Buffers; b.MaxConcurrentFetches > 0 {
		opts = append(opts, kgo.MaxConcurrentFetches(b.MaxConcurrentFetches))
	}
	if !c.Buffers.FetchSessions {
		opts = append(opts, kgo.DisableFetchSessions())
	}
	if b := c.Buffers; b.ProduceMaxBytes > 0 {
		opts = append(opts, kgo.MaxBufferedBytes(int(b.ProduceMaxBytes)))
	}
	if b := c.Buffers; b.ProduceMaxRecords > 0 {
		opts = append(opts, kgo.MaxBufferedRecords(b.ProduceMaxRecords))
	}
	if b := c.Buffers; b.ProduceBatchMaxBytes > 0 {
		opts = append(opts, kgo.ProducerBatchMaxBytes(b.ProduceBatchMaxBytes))
	}
	if codec, err := c.codec(); err != nil {
		return nil, fmt.Errorf("kafka compression: %w", err)
	} else if codec != nil {
		opts = append(opts, kgo.ProducerBatchCompression(*codec))
	}
	switch strings.ToUpper(c.SASL.Mechanism) {
	case "PLAIN":
		opts = append(opts, kgo.SASL(plain.Auth{User: c.SASL.Username, Pass: c.SASL.Password}.AsMechanism()))
	case "SCRAM-SHA-256":
		opts = append(opts, kgo.SASL(scram.Auth{User: c.SASL.Username, Pass: c.SASL.Password}.AsSha256Mechanism()))
	case "SCRAM-SHA-512":
		opts = append(opts, kgo.SASL(scram.Auth{User: c.SASL.Username, Pass: c.SASL.Password}.AsSha512Mechanism()))
	}
	if c.TLS.Enabled || c.TLS.CAFile != "" || c.TLS.CertFile != "" {
		tc, err := c.TLS.build()
		if err != nil {
			return nil, fmt.Errorf("kafka tls: %w", err)
		}
		opts = append(opts, kgo.DialTLSConfig(tc))
	}
	return opts, nil
}

// codec is the producer's codec for c.Compression; nil keeps franz-go's
// default (snappy).
func (c Config) codec() (*kgo.CompressionCodec, error) {
	var codec kgo.CompressionCodec
	switch strings.ToLower(c.Compression) {
	case "":
		return nil, nil
	case "snappy":
		codec = kgo.SnappyCompression()
	case "lz4":
		codec = kgo.Lz4Compression()
	case "zstd":
		codec = kgo.ZstdCompression()
	case "gzip":
		codec = kgo.GzipCompression()
	case "none":
		codec = kgo.NoCompression()
	default:
		return nil, fmt.Errorf("%q is not one of snappy, lz4, zstd, gzip, none", c.Compression)
	}
	return &codec, nil
}

// NewClient builds a client from c plus extra options (consumer group,
// topics, transactional id, ...).
func NewClient(c Config, clientSuffix string, extra ...kgo.Opt) (*kgo.Client, error) {
	opts, err := c.Opts(clientSuffix)
	if err != nil {
		return nil, err
	}
	cl, err := kgo.NewClient(append(opts, extra...)...)
	if err != nil {
		return nil, fmt.Errorf("kafka client: %w", err)
	}
	return cl, nil
}

func (t TLS) build() (*tls.Config, error) {
	tc := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: t.ServerName, InsecureSkipVerify: t.InsecureSkipVerify} //nolint:gosec // opt-in by config
	if t.CAFile != "" {
		pem, err := os.ReadFile(t.CAFile)
		if err != nil {
			return nil, fmt.Errorf("read ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, errors.New("ca_file holds no PEM certificate")
		}
		tc.RootCAs = pool
	}
	if t.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(t.CertFile, t.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("load client certificate: %w", err)
		}
		tc.Certificates = []tls.Certificate{cert}
	}
	return tc, nil
}

type int32Value struct{ p *int32 }

func (v int32Value) String() string {
	if v.p == nil {
		return "0"
	}
	return fmt.Sprint(*v.p)
}

func (v int32Value) Set(s string) error {
	var n int32
	if _, err := fmt.Sscan(s, &n); err != nil {
		return fmt.Errorf("not an integer: %q", s)
	}
	*v.p = n
	return nil
}
