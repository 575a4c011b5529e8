package app

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/tlsutil/tlstest"
)

// freeAddr is a loopback address nothing listens on (for a listener whose
// port the test must know before it starts).
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestSecureEndToEnd: every hop authenticated and encrypted. A Kafka
// (kfake) that accepts only SASL/SCRAM-SHA-512 over TLS; llmobs up
// against it, with its own listeners on TLS and a tokens file. A span
// sent over OTLP/HTTPS with tenant acme's ingest token (its attribute
// claims another tenant) comes out as an SLI series of tenant acme that
// acme's read token sees and globex's does not — having crossed ingest,
// the enricher and both aggregator stages over SCRAM+TLS.
func TestSecureEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the 30 s end-to-end test")
	}
	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "kafka-and-llmobs")
	pair, err := tls.LoadX509KeyPair(cert, key)
	if err != nil {
		t.Fatal(err)
	}
	topics := kafka.DefaultTopics()
	kc, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.EnableSASL(), kfake.Superuser("SCRAM-SHA-512", "llmobs", "scram-secret"),
		kfake.TLS(&tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}), kfake.SeedTopics(2, topics.All()...))
	if err != nil {
		t.Fatal(err)
	}
	defer kc.Close()
	brokers := strings.Join(kc.ListenAddrs(), ",")

	// The broker refuses a client without SCRAM credentials, and one
	// without TLS.
	for name, c := range map[string]kafka.Config{
		"no SASL": {Brokers: kc.ListenAddrs(), TLS: kafka.TLS{Enabled: true, CAFile: ca.File}},
		"no TLS":  {Brokers: kc.ListenAddrs(), SASL: kafka.SASL{Mechanism: "SCRAM-SHA-512", Username: "llmobs", Password: "scram-secret"}},
		"bad password": {Brokers: kc.ListenAddrs(), TLS: kafka.TLS{Enabled: true, CAFile: ca.File},
			SASL: kafka.SASL{Mechanism: "SCRAM-SHA-512", Username: "llmobs", Password: "wrong"}},
	} {
		cl, err := kafka.NewClient(c, "probe", kgo.DialTimeout(2*time.Second), kgo.RequestRetries(0), kgo.RetryTimeout(3*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = cl.Ping(ctx)
		cancel()
		cl.Close()
		if err == nil {
			t.Fatalf("%s: the broker let the client in", name)
		}
	}

	dir := t.TempDir()
	tokens := filepath.Join(dir, "tokens.yaml")
	if err := os.WriteFile(tokens, []byte(`
- {token: acme-ingest-0123456789abcdef, tenant: acme, roles: [ingest]}
- {token: acme-read-0123456789abcdefgh, tenant: acme, roles: [read]}
- {token: globex-read-0123456789abcdef, tenant: globex, roles: [read]}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	httpAddr := freeAddr(t)
	o := DefaultOptions()
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{
		"-kafka=" + brokers, "-kafka.sasl.mechanism=SCRAM-SHA-512", "-kafka.sasl.username=llmobs", "-kafka.sasl.password=scram-secret",
		"-kafka.tls.enabled", "-kafka.tls.ca-file=" + ca.File,
		"-tls.cert-file=" + cert, "-tls.key-file=" + key, "-auth.tokens-file=" + tokens,
		"-ingest.grpc-listen=127.0.0.1:0", "-ingest.http-listen=" + httpAddr, "-admin.listen=127.0.0.1:0",
		"-services=ingest,enricher,aggregator",
	}); err != nil {
		t.Fatal(err)
	}
	o.Common.Kafka.Partitions = 2
	o.Common.ShutdownTimeout = 10 * time.Second
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r, err := Start(ctx, o, quiet)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	defer func() {
		cancel()
		if err := r.Wait(); err != nil {
			t.Error(err)
		}
	}()
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: ca.ClientConfig()}, Timeout: 10 * time.Second}

	now := time.Now()
	span := fmt.Sprintf(`{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"secure-chat"}}]},
	  "scopeSpans":[{"spans":[{"traceId":"5ec0e5ec0e5ec0e5ec0e5ec0e5ec0e01","spanId":"5ec0e5ec0e5ec001","name":"chat gpt-4o","kind":3,
	  "startTimeUnixNano":"%d","endTimeUnixNano":"%d","attributes":[
	    {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},{"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},
	    {"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o"}},{"key":"gen_ai.usage.input_tokens","value":{"intValue":"12"}},
	    {"key":"gen_ai.usage.output_tokens","value":{"intValue":"34"}},{"key":"tenant.id","value":{"stringValue":"globex"}}]}]}]}]}`,
		now.Add(-800*time.Millisecond).UnixNano(), now.UnixNano())
	post := func(token string) int {
		req, _ := http.NewRequest("POST", "https://"+httpAddr+"/v1/traces", bytes.NewReader([]byte(span)))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(""); code != 401 {
		t.Fatalf("OTLP without a token: %d", code)
	}
	if code := post("acme-ingest-0123456789abcdef"); code != 200 {
		t.Fatalf("OTLP with acme's ingest token: %d", code)
	}

	slis := func(token string) (tenants []string) {
		req, _ := http.NewRequest("GET", "https://"+r.AdminAddr+"/api/slis?service=secure-chat", nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("/api/slis: %s", resp.Status)
		}
		var body struct {
			Series []struct {
				Tenant  string            `json:"tenant"`
				Windows []json.RawMessage `json:"windows"`
			} `json:"series"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		for _, s := range body.Series {
			tenants = append(tenants, s.Tenant+":"+strconv.Itoa(len(s.Windows)))
		}
		return tenants
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		got := slis("acme-read-0123456789abcdefgh")
		if len(got) > 0 && strings.HasPrefix(got[0], "acme:") && got[0] != "acme:0" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no SLI window of tenant acme after 60 s (acme's read token sees %v)", got)
		}
		time.Sleep(time.Second)
	}
	if got := slis("globex-read-0123456789abcdef"); len(got) != 0 {
		t.Fatalf("globex's read token sees acme's series: %v", got)
	}
}
