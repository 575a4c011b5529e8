package service

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"slices"
	"sort"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/logging"
	"github.com/llmobs/llmobs/pkg/tlsutil"
)

// Sections are the top-level keys of a config file besides Common's. One
// file can configure every service; a standalone service reads its own
// section and ignores the others'.
var Sections = []string{"ingest", "enricher", "aggregator", "alerter", "embedder", "console", "loadgen", "llmobs"}

// Common is the part of the configuration every binary shares.
type Common struct {
	Kafka  kafka.Config   `yaml:"kafka"`
	Topics kafka.Topics   `yaml:"topics"`
	Admin  admin.Config   `yaml:"admin"`
	Log    logging.Config `yaml:"log"`
	// TLS and Auth apply to every listener of the process (OTLP gRPC and
	// HTTP, admin): one certificate, one tokens file.
	TLS             tlsutil.Config `yaml:"tls"`
	Auth            auth.Config    `yaml:"auth"`
	ShutdownTimeout time.Duration  `yaml:"shutdown_timeout"`
	// InstanceID defaults to host name + pid.
	InstanceID string `yaml:"instance_id"`
}

// DefaultCommon returns defaults with the admin port given.
func DefaultCommon(adminListen string) Common {
	return Common{
		Kafka:           kafka.DefaultConfig(),
		Topics:          kafka.DefaultTopics(),
		Admin:           admin.Config{Listen: adminListen},
		Log:             logging.DefaultConfig(),
		ShutdownTimeout: 15 * time.Second,
	}
}

// RegisterFlags binds the common keys.
func (c *Common) RegisterFlags(fs *flag.FlagSet) {
	c.Kafka.RegisterFlags("kafka", fs)
	c.Admin.RegisterFlags("admin", fs)
	c.Log.RegisterFlags("log", fs)
	c.TLS.RegisterFlags("tls", fs)
	c.Auth.RegisterFlags("auth", fs)
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", c.ShutdownTimeout, "how long a graceful shutdown may take")
	fs.StringVar(&c.InstanceID, "instance-id", c.InstanceID, "unique id of this process (default host-pid)")
}

// Validate checks every common key.
func (c Common) Validate() error {
	errs := []error{
		config.Prefix("kafka", c.Kafka.Validate()),
		config.Prefix("topics", c.Topics.Validate()),
		config.Prefix("admin", c.Admin.Validate()),
		config.Prefix("log", c.Log.Validate()),
		config.Prefix("tls", c.TLS.Validate()),
		config.Prefix("auth", c.Auth.Validate()),
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, config.Errorf("shutdown_timeout", "must be positive"))
	}
	return errors.Join(errs...)
}

// Instance returns InstanceID, else host name and admin port, else host
// name and pid. The default is stable across restarts of the same process
// on the same host (the admin port is fixed by configuration, and no two
// running processes on a host can hold the same one), so a restarted
// service fences its own open transaction at once and takes its static
// group membership back, instead of waiting for the transaction and the
// session to time out. Set instance_id when the admin port is 0 or when
// host names are not stable (containers recreated on deploy).
func (c Common) Instance() string {
	if c.InstanceID != "" {
		return c.InstanceID
	}
	h, _ := os.Hostname()
	if _, port, err := net.SplitHostPort(c.Admin.Listen); err == nil && port != "" && port != "0" {
		return fmt.Sprintf("%s-%s", h, port)
	}
	return fmt.Sprintf("%s-%d", h, os.Getpid())
}

// File is the decoded shape of a config file: the common keys plus one
// raw node per service section.
type File struct {
	Common   `yaml:",inline"`
	Sections map[string]yaml.Node `yaml:",inline"`
}

// LoadFile decodes the YAML at path onto common and returns the sections,
// rejecting unknown top-level keys.
func LoadFile(path string, common *Common) (map[string]yaml.Node, error) {
	f := File{Common: *common}
	if err := config.LoadYAML(path, &f); err != nil {
		return nil, err
	}
	var unknown []string
	for k := range f.Sections {
		if !slices.Contains(Sections, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("parse config %s: unknown top-level keys %v (known: kafka, topics, admin, log, tls, auth, shutdown_timeout, instance_id, %v)", path, unknown, Sections)
	}
	*common = f.Common
	return f.Sections, nil
}

// DecodeSection strictly decodes one section onto dst (which holds
// defaults). A missing section leaves dst as it is.
func DecodeSection(sections map[string]yaml.Node, name string, dst any) error {
	n, ok := sections[name]
	if !ok {
		return nil
	}
	b, err := yaml.Marshal(&n)
	if err != nil {
		return fmt.Errorf("section %s: %w", name, err)
	}
	if err := config.DecodeYAML(b, dst); err != nil {
		return fmt.Errorf("section %s: %w", name, err)
	}
	return nil
}
