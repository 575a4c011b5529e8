// Package alerter is the alerter service. See DESIGN.md.
package alerter

import (
	"github.com/llmobs/llmobs/pkg/service"
)

// Config of the alerter service (YAML section "alerter").
type Config struct{}

// DefaultConfig returns the defaults.
func DefaultConfig() Config { return Config{} }

// Validate names the wrong key.
func (c Config) Validate() error { return nil }

// New builds the service. Not built yet: reported as not available.
func New(cfg Config, deps service.Deps) (service.Service, error) {
	return nil, service.ErrNotAvailable
}
