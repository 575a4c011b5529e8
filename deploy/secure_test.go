package deploy

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/service"
)

// The stack ships secure (#19): every llmobs service reads tokens.yaml
// and the certificates, talks SCRAM to Kafka and waits for the certs
// service; the Collector runs secure.yaml (TLS and a bearer token on
// OTLP, SCRAM to Kafka); every secret comes from .env.
func TestComposeIsSecure(t *testing.T) {
	p := loadProject(t, profiles...)
	for name, s := range p.Services {
		if !strings.HasPrefix(s.Image, "llmobs/") || name == "certs" {
			continue
		}
		env := func(k string) string {
			if v := s.Environment[k]; v != nil {
				return *v
			}
			return ""
		}
		if env("LLMOBS_KAFKA_SASL_MECHANISM") != "SCRAM-SHA-512" || env("LLMOBS_KAFKA_SASL_PASSWORD") == "" {
			t.Errorf("%s: no Kafka SCRAM credentials in its environment", name)
		}
		if name == "topics" || name == "loadgen" {
			continue
		}
		mounts := map[string]string{}
		for _, v := range s.Volumes {
			mounts[v.Target] = v.Source
		}
		if filepath.Base(mounts["/etc/llmobs/tokens.yaml"]) != "tokens.yaml" || mounts["/certs"] != "certs" {
			t.Errorf("%s: mounts %v lack tokens.yaml or the certs volume", name, mounts)
		}
		if _, ok := s.DependsOn["certs"]; !ok {
			t.Errorf("%s: does not wait for the certs service", name)
		}
		for _, k := range []string{"LLMOBS_INGEST_TOKEN", "LLMOBS_READ_TOKEN", "LLMOBS_ADMIN_TOKEN"} {
			if env(k) == "" {
				t.Errorf("%s: %s (expanded into tokens.yaml) not set", name, k)
			}
		}
	}
	col := p.Services["otel-collector"]
	if !slices.Contains(col.Command, "--config=/etc/otelcol/secure.yaml") {
		t.Errorf("the Collector runs %v, without secure.yaml", col.Command)
	}
	for _, k := range []string{"LLMOBS_OTLP_TOKEN", "KAFKA_SCRAM_PASSWORD"} {
		if v := col.Environment[k]; v == nil || *v == "" {
			t.Errorf("the Collector's environment lacks %s", k)
		}
	}

	// llmobs.yaml turns TLS, tokens and SCRAM on, and validates.
	common := service.DefaultCommon("0.0.0.0:8080")
	if _, err := service.LoadFile("llmobs.yaml", &common); err != nil {
		t.Fatal(err)
	}
	if !common.TLS.Enabled() || !common.Auth.Enabled() || common.Kafka.SASL.Mechanism != "SCRAM-SHA-512" {
		t.Errorf("llmobs.yaml: tls %+v, auth %+v, kafka.sasl %q", common.TLS, common.Auth, common.Kafka.SASL.Mechanism)
	}
	if err := common.Validate(); err != nil {
		t.Error(err)
	}

	// tokens.yaml, with .env.example's values, is a tokens file llmobs
	// accepts, with one token per role.
	example := readEnvFile(t, ".env.example")
	for k, v := range example {
		t.Setenv(k, v)
	}
	g, err := auth.New(auth.Config{TokensFile: "tokens.yaml"}, nil, nil)
	if err != nil {
		t.Fatalf("tokens.yaml: %v", err)
	}
	for _, tc := range []struct {
		env  string
		role auth.Role
	}{{"LLMOBS_INGEST_TOKEN", auth.RoleIngest}, {"LLMOBS_READ_TOKEN", auth.RoleSearch}, {"LLMOBS_ADMIN_TOKEN", auth.RoleAdmin}} {
		if _, err := g.Authorize(t.Context(), "Bearer "+example[tc.env], tc.role); err != nil {
			t.Errorf("%s for role %s: %v", tc.env, tc.role, err)
		}
	}
}

// The Collector overlay: TLS and the bearer token on both OTLP
// protocols, the authenticator enabled, SCRAM on the kafka exporter.
func TestCollectorOverlayIsSecure(t *testing.T) {
	b, err := os.ReadFile("otel-collector/secure.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Extensions map[string]any `yaml:"extensions"`
		Receivers  struct {
			OTLP struct {
				Protocols map[string]struct {
					TLS  map[string]any `yaml:"tls"`
					Auth struct {
						Authenticator string `yaml:"authenticator"`
					} `yaml:"auth"`
				} `yaml:"protocols"`
			} `yaml:"otlp"`
		} `yaml:"receivers"`
		Exporters map[string]struct {
			Auth struct {
				SASL struct {
					Mechanism string `yaml:"mechanism"`
				} `yaml:"sasl"`
			} `yaml:"auth"`
		} `yaml:"exporters"`
		Service struct {
			Extensions []string `yaml:"extensions"`
		} `yaml:"service"`
	}
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	for _, proto := range []string{"grpc", "http"} {
		pr := c.Receivers.OTLP.Protocols[proto]
		if pr.TLS["cert_file"] == nil || pr.Auth.Authenticator == "" {
			t.Errorf("otlp %s: tls %v, authenticator %q", proto, pr.TLS, pr.Auth.Authenticator)
		}
		if _, ok := c.Extensions[pr.Auth.Authenticator]; !ok || !slices.Contains(c.Service.Extensions, pr.Auth.Authenticator) {
			t.Errorf("otlp %s: authenticator %q not defined and enabled", proto, pr.Auth.Authenticator)
		}
	}
	if c.Exporters["kafka/llmobs"].Auth.SASL.Mechanism != "SCRAM-SHA-512" {
		t.Errorf("kafka/llmobs exporter without SCRAM: %+v", c.Exporters["kafka/llmobs"])
	}
}

func readEnvFile(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
			out[k] = v
		}
	}
	return out
}
