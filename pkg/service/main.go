package service

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/logging"
	"github.com/llmobs/llmobs/pkg/memlimit"
)

// Configurable is a service configuration: defaults come from its
// constructor; it validates itself naming keys relative to its section.
type Configurable interface {
	Validate() error
}

// FlagRegisterer is implemented by configurations that expose flags.
type FlagRegisterer interface {
	RegisterFlags(prefix string, fs *flag.FlagSet)
}

// Spec describes a standalone service binary.
type Spec[C Configurable] struct {
	Name        string // also the config section and flag prefix
	AdminListen string // default admin address, e.g. 127.0.0.1:8081
	Config      C      // defaults
	New         func(C, Deps) (Service, error)
}

// Main is the whole main() of a standalone service: defaults -> YAML ->
// env -> flags, -config.verify, logger, admin server, topic check, run until
// SIGINT/SIGTERM, bounded graceful shutdown. It exits the process.
//
// `<binary> healthcheck [url]` GETs the admin /readyz (default
// http://<AdminListen>/readyz) and exits 0 when ready: container images
// without a shell or curl use it as their health check.
func Main[C Configurable](spec Spec[C]) {
	if len(os.Args) > 1 && os.Args[1] == "healthcheck" {
		url := "http://" + spec.AdminListen + "/readyz"
		if len(os.Args) > 2 {
			url = os.Args[2]
		}
		if err := Healthcheck(url); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", spec.Name, err)
			os.Exit(1)
		}
		return
	}
	if err := run(spec, os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", spec.Name, err)
		os.Exit(1)
	}
}

func run[C Configurable](spec Spec[C], args []string) error {
	fs := flag.NewFlagSet(spec.Name, flag.ContinueOnError)
	common := DefaultCommon(spec.AdminListen)
	cfg := spec.Config
	configFile := fs.String("config.file", "", "YAML configuration file")
	verify := fs.Bool("config.verify", false, "validate the configuration and exit")
	var memLimit memlimit.Flag
	fs.Var(&memLimit, "memory-limit", fmt.Sprintf("soft memory limit of the process (Go's GOMEMLIMIT), fixed: e.g. 512MiB, or off; default: GOMEMLIMIT when set, else in a container %.0f%% of its memory limit, else none", memlimit.ContainerShare*100))
	common.RegisterFlags(fs)
	if fr, ok := any(&cfg).(FlagRegisterer); ok {
		fr.RegisterFlags(spec.Name, fs)
	}
	err := config.Parse(fs, args, configFile, func(path string) error {
		sections, err := LoadFile(path, &common)
		if err != nil {
			return err
		}
		return DecodeSection(sections, spec.Name, &cfg)
	})
	if err != nil {
		return err
	}
	if err := errors.Join(common.Validate(), config.Prefix(spec.Name, cfg.Validate())); err != nil {
		return fmt.Errorf("invalid configuration:\n%w", err)
	}
	if *verify {
		fmt.Println("configuration is valid")
		return nil
	}

	log := logging.New(common.Log, os.Stderr).With("service", spec.Name)
	// -memory-limit, else GOMEMLIMIT when set, else in a container a
	// share of its memory limit: a backlog makes the collector work
	// harder near it instead of the kernel killing the service with its
	// work in flight.
	container := memlimit.Container()
	limit, _, err := memLimit.Apply(false, container)
	if err != nil {
		return err
	}
	if limit > 0 {
		log.Info("soft memory limit", "bytes", limit, "container_limit_bytes", container)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p, err := Build(ctx, common, log, []Unit{{Name: spec.Name, New: func(d Deps) (Service, error) { return spec.New(cfg, d) }}}, ProcessOptions{})
	if err != nil {
		return err
	}
	log.Info("started", "admin", "http://"+p.AdminAddr(), "brokers", common.Kafka.Brokers)
	return p.Run(ctx)
}

// Healthcheck GETs url and fails unless it answers 200 within 3 s. An
// admin listener serving TLS (tls.cert_file) is probed over https, its
// certificate unchecked: the probe runs next to the process, sends no
// credential (/readyz is open) and only wants to know it answers.
func Healthcheck(url string) error {
	c := &http.Client{Timeout: 3 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}} //nolint:gosec // see above
	resp, err := c.Get(url)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	if rest, ok := strings.CutPrefix(url, "http://"); ok && resp.StatusCode == http.StatusBadRequest {
		// Go's TLS server answers plain HTTP with 400 "Client sent an
		// HTTP request to an HTTPS server": ask again over https.
		resp.Body.Close()
		if resp, err = c.Get("https://" + rest); err != nil {
			return fmt.Errorf("healthcheck: %w", err)
		}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck %s: %s", url, resp.Status)
	}
	return nil
}

// EnsureTopics creates (or checks) every DESIGN topic on the configured
// cluster.
func EnsureTopics(ctx context.Context, c Common) error {
	cl, err := kafka.NewClient(c.Kafka, "admin")
	if err != nil {
		return err
	}
	defer cl.Close()
	_, err = kafka.EnsureTopics(ctx, kadmClient(cl), c.Topics.All(), c.Kafka.Partitions, c.Kafka.ReplicationFactor, c.Kafka.CreateTopics, c.Topics.Configs())
	return err
}
