// Package app wires the all-in-one binary: an embedded Kafka (or a real
// cluster) plus every service, built by the services' own constructors and
// run through the same service.Group the standalone binaries use. It never
// holds a second implementation of a service.
package app

import (
	"context"
	"flag"
	"io"

	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/aggregator"
	"github.com/llmobs/llmobs/services/alerter"
	"github.com/llmobs/llmobs/services/embedder"
	"github.com/llmobs/llmobs/services/enricher"
	"github.com/llmobs/llmobs/services/ingest"
)

// Module is one service as the all-in-one binary sees it.
type Module interface {
	Name() string
	RegisterFlags(fs *flag.FlagSet)
	Decode(sections map[string]yaml.Node) error
	Validate() error
	New(deps service.Deps) (service.Service, error)
	// Prepare fetches what the service needs and is missing (the
	// embedder's weights); a no-op for the others.
	Prepare(ctx context.Context, w io.Writer) error
}

type module[C service.Configurable] struct {
	name  string
	cfg   C
	build func(C, service.Deps) (service.Service, error)
}

func (m *module[C]) Name() string { return m.name }

func (m *module[C]) RegisterFlags(fs *flag.FlagSet) {
	if fr, ok := any(&m.cfg).(service.FlagRegisterer); ok {
		fr.RegisterFlags(m.name, fs)
	}
}

func (m *module[C]) Decode(sections map[string]yaml.Node) error {
	return service.DecodeSection(sections, m.name, &m.cfg)
}

func (m *module[C]) Validate() error { return config.Prefix(m.name, m.cfg.Validate()) }

func (m *module[C]) New(deps service.Deps) (service.Service, error) { return m.build(m.cfg, deps) }

func (m *module[C]) Prepare(ctx context.Context, w io.Writer) error {
	if p, ok := any(m.cfg).(interface {
		Prepare(context.Context, io.Writer) error
	}); ok {
		return p.Prepare(ctx, w)
	}
	return nil
}

// Modules returns every service in data-flow order, with default configs.
func Modules() []Module {
	return []Module{
		&module[ingest.Config]{"ingest", ingest.DefaultConfig(), ingest.New},
		&module[enricher.Config]{"enricher", enricher.DefaultConfig(), enricher.New},
		&module[aggregator.Config]{"aggregator", aggregator.DefaultConfig(), aggregator.New},
		&module[alerter.Config]{"alerter", alerter.DefaultConfig(), alerter.New},
		&module[embedder.Config]{"embedder", allInOneEmbedder(), embedder.New},
	}
}

// allInOneEmbedder: the embedder's defaults, but its encoder bounded to a
// quarter of a core while it catches up on a backlog (encoder_cpu): in one
// process it shares the cores with the stages that compute the SLIs, which
// must not wait for embeddings. Live traffic is not bounded.
func allInOneEmbedder() embedder.Config {
	c := embedder.DefaultConfig()
	c.EncoderCPU = 0.25
	return c
}

// Configure changes the configuration of the module named name before
// files and flags are read, so they still override it (the demo's own
// defaults). False when there is no such module with a C configuration.
func Configure[C service.Configurable](mods []Module, name string, f func(*C)) bool {
	for _, m := range mods {
		if mm, ok := m.(*module[C]); ok && mm.name == name {
			f(&mm.cfg)
			return true
		}
	}
	return false
}
