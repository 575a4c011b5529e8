// Package config loads service configuration the same way for every llmobs
// binary: defaults from a constructor, then a YAML file (strict, with
// ${ENV} expansion), then LLMOBS_* environment variables, then flags.
// Validation errors name the key that is wrong.
package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// FieldError is a validation error about one configuration key.
type FieldError struct {
	Key string // dotted YAML path, e.g. "kafka.brokers"
	Msg string
}

func (e *FieldError) Error() string { return e.Key + ": " + e.Msg }

// Errorf returns a FieldError for key.
func Errorf(key, format string, args ...any) error {
	return &FieldError{Key: key, Msg: fmt.Sprintf(format, args...)}
}

// Prefix re-roots field errors under prefix ("kafka" + "brokers" ->
// "kafka.brokers"); other errors are returned unchanged. Joined errors are
// handled element by element.
func Prefix(prefix string, err error) error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Prefix(prefix, e))
		}
		return errors.Join(out...)
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return &FieldError{Key: prefix + "." + fe.Key, Msg: fe.Msg}
	}
	return err
}

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\}`)

// ExpandEnv replaces ${VAR} and ${VAR:-default} in b.
func ExpandEnv(b []byte) []byte {
	return envRef.ReplaceAllFunc(b, func(m []byte) []byte {
		sub := envRef.FindSubmatch(m)
		if v, ok := os.LookupEnv(string(sub[1])); ok {
			return []byte(v)
		}
		return sub[3]
	})
}

// LoadYAML decodes the file at path into dst strictly: unknown keys are
// errors, so a typo does not silently fall back to a default.
func LoadYAML(path string, dst any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	return DecodeYAML(raw, dst)
}

// DecodeYAML is LoadYAML on bytes.
func DecodeYAML(raw []byte, dst any) error {
	dec := yaml.NewDecoder(bytes.NewReader(ExpandEnv(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(dst); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // empty file: defaults stand
		}
		return fmt.Errorf("parse config: %w", err)
	}
	return nil
}

// EnvName is the environment variable that sets flag name:
// "kafka.brokers" -> "LLMOBS_KAFKA_BROKERS".
func EnvName(flagName string) string {
	r := strings.NewReplacer(".", "_", "-", "_")
	return "LLMOBS_" + strings.ToUpper(r.Replace(flagName))
}

// Parse implements defaults -> YAML -> env -> flags over fs. The flags must
// already be registered, bound to fields of the configuration (so their
// defaults are its defaults). configFile is the flag holding the YAML path;
// load applies that file. Flags are parsed twice: once to find the file,
// then again after the YAML was applied, so that env and explicitly given
// flags win over the file.
func Parse(fs *flag.FlagSet, args []string, configFile *string, load func(path string) error) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	explicit := map[string]string{}
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = f.Value.String() })
	if *configFile != "" {
		if err := load(*configFile); err != nil {
			return err
		}
	}
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		if _, ok := explicit[f.Name]; ok {
			return
		}
		if v, ok := os.LookupEnv(EnvName(f.Name)); ok {
			if err := fs.Set(f.Name, v); err != nil {
				errs = append(errs, fmt.Errorf("env %s: %w", EnvName(f.Name), err))
			}
		}
	})
	for name, v := range explicit {
		if err := fs.Set(name, v); err != nil {
			errs = append(errs, fmt.Errorf("flag -%s: %w", name, err))
		}
	}
	return errors.Join(errs...)
}

// StringList is a flag.Value for a comma-separated list bound to a slice.
type StringList struct{ P *[]string }

func (s StringList) String() string {
	if s.P == nil {
		return ""
	}
	return strings.Join(*s.P, ",")
}

func (s StringList) Set(v string) error {
	var out []string
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	*s.P = out
	return nil
}
