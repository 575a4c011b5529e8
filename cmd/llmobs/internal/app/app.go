package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/embedded"
	"github.com/llmobs/llmobs/cmd/llmobs/internal/web"
	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/logging"
	"github.com/llmobs/llmobs/pkg/memlimit"
	"github.com/llmobs/llmobs/pkg/service"
)

// Options of `llmobs up`.
type Options struct {
	Common service.Common
	// ExternalKafka is set when --kafka names a real cluster; then no
	// embedded broker starts.
	ExternalKafka string
	// KafkaListen is where the embedded broker listens.
	KafkaListen string
	// DataDir persists the embedded broker ("" = in memory).
	DataDir string
	// Retention and RetentionBytes bound what the embedded broker keeps
	// (embedded.Config): its log is in this process's heap.
	Retention      time.Duration
	RetentionBytes int64
	// Services to start (nil = all).
	Services []string

	Modules  []Module
	Sections map[string]yaml.Node
	// Console configures the page (-console.trace-url).
	Console web.Config
	// MemoryLimit is -memory-limit, applied to the process by Start.
	MemoryLimit memlimit.Flag
}

// DefaultOptions are the all-in-one defaults: admin on 127.0.0.1:8080,
// embedded Kafka on 127.0.0.1:9092 persisted under the user's state dir.
func DefaultOptions() Options {
	return Options{
		Common:         service.DefaultCommon("127.0.0.1:8080"),
		KafkaListen:    "127.0.0.1:9092",
		DataDir:        defaultDataDir(),
		Modules:        Modules(),
		Retention:      DefaultRetention,
		RetentionBytes: DefaultRetentionBytes,
	}
}

// The embedded broker's retention: an hour (stage 1 rebuilds its windows
// by re-reading aggregator.replay of llmobs.enriched, 12 m by default, and
// the enricher reads back state_ttl of llmobs.gpu, 10 m), and at most
// DefaultRetentionBytes a partition.
const (
	DefaultRetention      = time.Hour
	DefaultRetentionBytes = 16 << 20
)

func defaultDataDir() string {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "llmobs", "kafka")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "state", "llmobs", "kafka")
	}
	return filepath.Join(".llmobs", "kafka")
}

// ParseFlags parses `llmobs up` style flags into o: defaults -> YAML ->
// env -> flags. It returns whether -config.verify was given.
func (o *Options) ParseFlags(fs *flag.FlagSet, args []string) (verify bool, err error) {
	configFile := fs.String("config.file", "", "YAML configuration file (same shape as the services' files)")
	verifyFlag := fs.Bool("config.verify", false, "validate the configuration and exit")
	o.Common.RegisterFlags(fs)
	fs.StringVar(&o.ExternalKafka, "kafka", o.ExternalKafka, "use this Kafka cluster (host:port[,host:port]) instead of the embedded one")
	fs.StringVar(&o.KafkaListen, "kafka-listen", o.KafkaListen, "embedded Kafka listen address")
	fs.StringVar(&o.DataDir, "data-dir", o.DataDir, "embedded Kafka data directory (\"\" = in memory)")
	fs.DurationVar(&o.Retention, "kafka-retention", o.Retention, "embedded Kafka: delete records older than this (its log is in this process's memory; 0 = 7 days)")
	fs.Int64Var(&o.RetentionBytes, "kafka-retention-bytes", o.RetentionBytes, "embedded Kafka: keep at most this many bytes per partition (0 = no bound)")
	fs.Var(config.StringList{P: &o.Services}, "services", "comma-separated services to start (default all)")
	fs.Var(&o.MemoryLimit, "memory-limit", fmt.Sprintf("soft memory limit of the process (Go's GOMEMLIMIT), fixed: e.g. 512MiB, or off; default: GOMEMLIMIT when set, else with --kafka a %d MiB target that follows the live heap when it needs more (live + a third), else none; in a container never above %.0f%% of its memory limit", memlimit.DefaultTarget>>20, memlimit.ContainerShare*100))
	fs.StringVar(&o.Console.TraceURL, "console.trace-url", o.Console.TraceURL, "the console's link from a call to a trace UI, {trace_id} filled in, e.g. http://127.0.0.1:16686/trace/{trace_id} (Jaeger)")
	for _, m := range o.Modules {
		m.RegisterFlags(fs)
	}
	err = config.Parse(fs, args, configFile, func(path string) error {
		sections, err := service.LoadFile(path, &o.Common)
		if err != nil {
			return err
		}
		o.Sections = sections
		for _, m := range o.Modules {
			if err := m.Decode(sections); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	if o.ExternalKafka != "" {
		_ = config.StringList{P: &o.Common.Kafka.Brokers}.Set(o.ExternalKafka)
	}
	return *verifyFlag, o.Validate()
}

// Prepare lets every service that will start fetch what it is missing
// (the embedder's encoder weights, once), with progress on w.
func (o *Options) Prepare(ctx context.Context, w io.Writer) error {
	for _, m := range o.Modules {
		if len(o.Services) > 0 && !slices.Contains(o.Services, m.Name()) {
			continue
		}
		if err := m.Prepare(ctx, w); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks every key, naming it.
func (o *Options) Validate() error {
	errs := []error{o.Common.Validate(), o.Console.Validate()}
	for _, s := range o.Services {
		if !slices.ContainsFunc(o.Modules, func(m Module) bool { return m.Name() == s }) {
			errs = append(errs, config.Errorf("services", "unknown service %q", s))
		}
	}
	for _, m := range o.Modules {
		errs = append(errs, m.Validate())
	}
	errs = append(errs, embedded.CheckRetention("kafka-retention", o.Retention), embedded.CheckRetentionBytes("kafka-retention-bytes", o.RetentionBytes))
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	return nil
}

// Running is a started all-in-one process.
type Running struct {
	Brokers   []string
	AdminAddr string
	Admin     *admin.Server
	// Started and Unavailable name the services that started and those
	// not built yet.
	Started, Unavailable []string
	whyUnavailable       map[string]string // by name in Unavailable

	done      chan struct{}
	err       error
	kafka     *embedded.Kafka
	endpoints map[string]string
}

// Wait blocks until every service stopped and the broker persisted its
// state, and returns the first error.
func (r *Running) Wait() error {
	<-r.done
	return r.err
}

// Start brings up Kafka (embedded unless external), the topics, the admin
// server and every selected service. The services stop when ctx ends.
func Start(ctx context.Context, o Options, log *slog.Logger) (*Running, error) {
	r := &Running{done: make(chan struct{}), whyUnavailable: map[string]string{}}
	container := memlimit.Container()
	limit, adaptive, err := o.MemoryLimit.Apply(o.ExternalKafka != "", container)
	if err != nil {
		return nil, err
	}
	log.Debug("soft memory limit", "bytes", limit, "adaptive", adaptive, "container_limit_bytes", container)
	if adaptive {
		go memlimit.Govern(ctx, limit, memlimit.Cap(container), 100*time.Millisecond, log)
	}
	if o.ExternalKafka == "" {
		k, err := embedded.Start(embedded.Config{Listen: o.KafkaListen, DataDir: o.DataDir, Partitions: int(o.Common.Kafka.Partitions),
			Retention: o.Retention, RetentionBytes: o.RetentionBytes}, log)
		if err != nil {
			return nil, err
		}
		r.kafka = k
		o.Common.Kafka.Brokers = []string{k.Addr()}
		if err := keepCompacted(ctx, o.Common, k); err != nil {
			k.Close()
			return nil, fmt.Errorf("embedded kafka: %w", err)
		}
	}
	r.Brokers = o.Common.Kafka.Brokers
	fail := func(err error) (*Running, error) {
		if r.kafka != nil {
			r.kafka.Close()
		}
		return nil, err
	}

	var units []service.Unit
	for _, m := range o.Modules {
		if len(o.Services) > 0 && !slices.Contains(o.Services, m.Name()) {
			continue
		}
		units = append(units, service.Unit{Name: m.Name(), New: m.New})
	}
	// The console: the page on /, its assets on /ui/, /api/pipeline from
	// the shared registry; the services mounted the APIs it reads.
	p, err := service.Build(ctx, o.Common, log, units, service.ProcessOptions{
		Optional: true, LabelUnits: true,
		Mount: func(adm *admin.Server) { web.Mount(adm, adm.Registry); web.MountConfig(adm, o.Console) },
	})
	if err != nil {
		return fail(err)
	}
	r.Admin, r.AdminAddr = p.Admin, p.AdminAddr()
	r.Started, r.Unavailable, r.whyUnavailable, r.endpoints = p.Started, p.Unavailable, p.Why, p.Endpoints
	go func() {
		defer close(r.done)
		r.err = p.Run(ctx)
		if r.kafka != nil {
			r.kafka.Close()
		}
	}()
	return r, nil
}

// PrintListeners writes what listens where.
func (r *Running) PrintListeners(w io.Writer, o Options) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	kind := "external"
	if r.kafka != nil {
		kind = "embedded"
		if o.DataDir != "" {
			kind += ", data in " + o.DataDir
		} else {
			kind += ", in memory"
		}
	}
	fmt.Fprintf(tw, "kafka\t%s\t(%s)\n", strings.Join(r.Brokers, ","), kind)
	scheme := "http"
	if o.Common.TLS.CertFile != "" {
		scheme = "https"
	}
	fmt.Fprintf(tw, "admin\t%s://%s\t/metrics /healthz /readyz\n", scheme, r.AdminAddr)
	for _, s := range r.Started {
		fmt.Fprintf(tw, "%s\trunning\t%s\n", s, r.endpoints[s])
	}
	for _, s := range r.Unavailable {
		fmt.Fprintf(tw, "%s\tnot started\t%s\n", s, r.whyUnavailable[s])
	}
	_ = tw.Flush()
}

// NewLogger builds the process logger.
func NewLogger(c logging.Config, w io.Writer) *slog.Logger { return logging.New(c, w) }

// keepCompacted creates the topics, then exempts the compacted ones (the
// alert states, the embedder's snapshots) from the embedded broker's
// retention, which kfake applies to compacted topics too: topics a data
// directory holds from before were made without retention -1 of their own.
func keepCompacted(ctx context.Context, c service.Common, k *embedded.Kafka) error {
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := service.EnsureTopics(tctx, c); err != nil {
		return err
	}
	_, err := k.KeepCompacted(tctx)
	return err
}
