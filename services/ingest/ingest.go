// Package ingest is the ingest service. See DESIGN.md.
package ingest

import (
	"github.com/llmobs/llmobs/pkg/service"
)

// Config of the ingest service (YAML section "ingest").
type Config struct{}

// DefaultConfig returns the defaults.
func DefaultConfig() Config { return Config{} }

// Validate names the wrong key.
func (c Config) Validate() error { return nil }

// New builds the service. Not built yet: reported as not available.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	return nil, service.ErrNotAvailable
}
