// Package logging builds the slog logger every llmobs binary uses.
package logging

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/llmobs/llmobs/pkg/config"
)

// Config selects level and format.
type Config struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text, json
}

// DefaultConfig is info-level text.
func DefaultConfig() Config { return Config{Level: "info", Format: "text"} }

// RegisterFlags binds log.level and log.format.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.StringVar(&c.Level, prefix+".level", c.Level, "log level: debug, info, warn, error")
	fs.StringVar(&c.Format, prefix+".format", c.Format, "log format: text, json")
}

// Validate names the wrong key.
func (c Config) Validate() error {
	if _, err := parseLevel(c.Level); err != nil {
		return config.Errorf("level", "%v", err)
	}
	switch strings.ToLower(c.Format) {
	case "text", "json":
		return nil
	}
	return config.Errorf("format", "%q is not text or json", c.Format)
}

// New returns a logger writing to w.
func New(c Config, w io.Writer) *slog.Logger {
	lvl, _ := parseLevel(c.Level)
	opts := &slog.HandlerOptions{Level: lvl}
	if strings.ToLower(c.Format) == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func parseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("%q is not debug, info, warn or error", s)
}
