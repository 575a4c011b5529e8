package service

import (
	"context"
	"flag"
	"log/slog"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/tlsutil"
	"github.com/llmobs/llmobs/pkg/tlsutil/tlstest"
)

// TestSecurityKeys: tls and auth are common keys, set alike from YAML,
// LLMOBS_* env and flags, in that order of precedence.
func TestSecurityKeys(t *testing.T) {
	path := writeFile(t, `
tls:
  cert_file: /yaml/cert.pem
  key_file: /yaml/key.pem
auth:
  tokens_file: /yaml/tokens.yaml
  open_metrics: true
  rate_limit:
    requests_per_second: 50
    bytes_per_second: 1000000
    tenants:
      big: {requests_per_second: 500}
ingest:
  batch_size: 3
`)
	t.Setenv("LLMOBS_TLS_KEY_FILE", "/env/key.pem")
	t.Setenv("LLMOBS_AUTH_TOKENS_FILE", "/env/tokens.yaml")
	c, _ := parse(t, []string{"-config.file=" + path, "-auth.tokens-file=/flag/tokens.yaml", "-tls.client-ca-file=/flag/ca.pem"})
	if c.TLS.CertFile != "/yaml/cert.pem" || c.TLS.KeyFile != "/env/key.pem" || c.TLS.ClientCAFile != "/flag/ca.pem" {
		t.Fatalf("tls %+v", c.TLS)
	}
	if c.Auth.TokensFile != "/flag/tokens.yaml" || !c.Auth.OpenMetrics {
		t.Fatalf("auth %+v", c.Auth)
	}
	if l := c.Auth.RateLimit.For("big"); l.RequestsPerSecond != 500 || l.BytesPerSecond != 1e6 {
		t.Fatalf("rate limit of tenant big: %+v", l)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

func parse(t *testing.T, args []string) (Common, svcConfig) {
	t.Helper()
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	c := DefaultCommon("127.0.0.1:8081")
	s := svcConfig{BatchSize: 10}
	file := fs.String("config.file", "", "")
	c.RegisterFlags(fs)
	s.RegisterFlags("ingest", fs)
	err := config.Parse(fs, args, file, func(p string) error {
		sections, err := LoadFile(p, &c)
		if err != nil {
			return err
		}
		return DecodeSection(sections, "ingest", &s)
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, s
}

func TestExposureWarnings(t *testing.T) {
	open := DefaultCommon("127.0.0.1:8080")
	local := []Listener{{"admin", "127.0.0.1:8080"}, {"OTLP/gRPC", "localhost:4317"}, {"OTLP/HTTP", "[::1]:4318"}}
	if w := ExposureWarnings(open, local); len(w) != 0 {
		t.Fatalf("loopback listeners: %v", w)
	}
	exposed := append(local, Listener{"OTLP/HTTP", "0.0.0.0:4318"}, Listener{"admin", ":8080"})
	w := ExposureWarnings(open, exposed)
	if len(w) != 2 || !strings.Contains(w[0], "OTLP/HTTP 0.0.0.0:4318, admin :8080") || !strings.Contains(w[0], "auth.tokens_file") || !strings.Contains(w[1], "tls.cert_file") {
		t.Fatalf("exposed without auth or TLS: %q", w)
	}
	secure := open
	secure.Auth.TokensFile, secure.TLS.CertFile, secure.TLS.KeyFile = "t.yaml", "c.pem", "k.pem"
	if w := ExposureWarnings(secure, exposed); len(w) != 0 {
		t.Fatalf("exposed with auth and TLS: %v", w)
	}
	tokensOnly := open
	tokensOnly.Auth.TokensFile = "t.yaml"
	if w := ExposureWarnings(tokensOnly, exposed); len(w) != 1 || !strings.Contains(w[0], "clear text") {
		t.Fatalf("tokens without TLS: %v", w)
	}
}

// The container health check keeps working when the admin listener
// serves TLS: the plain-HTTP probe is retried over https.
func TestHealthcheckOverTLS(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "admin")
	tr, err := tlsutil.New(tlsutil.Config{CertFile: cert, KeyFile: key}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	adm := admin.New(slog.New(slog.DiscardHandler))
	adm.Secure(nil, tr)
	ln, err := adm.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- adm.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	for _, u := range []string{"http://" + adm.Addr() + "/readyz", "https://" + adm.Addr() + "/readyz"} {
		if err := Healthcheck(u); err != nil {
			t.Errorf("%s: %v", u, err)
		}
	}
	adm.Drain()
	if err := Healthcheck("http://" + adm.Addr() + "/readyz"); err == nil {
		t.Error("a draining server passed the health check")
	}
}
