package service

import (
	"fmt"
	"log/slog"
	"net"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/tlsutil"
)

// Secure builds the process's guard (tokens, rate limits) and certificate
// from the common tls and auth keys, and applies both to the admin server.
// The same two go into every unit's Deps, so every listener of the process
// is secured alike.
func Secure(c Common, log *slog.Logger, adm *admin.Server, reg prometheus.Registerer) (*auth.Guard, *tlsutil.Reloader, error) {
	g, err := auth.New(c.Auth, log, reg)
	if err != nil {
		return nil, nil, err
	}
	var tr *tlsutil.Reloader
	if c.TLS.Enabled() {
		if tr, err = tlsutil.New(c.TLS, log, g.TLSReloaded); err != nil {
			return nil, nil, err
		}
	}
	adm.Secure(g, tr)
	return g, tr, nil
}

// Listener is a bound address a unit serves (ingest's OTLP receivers),
// for the warning about listeners reachable beyond this machine.
type Listener struct {
	Name string // "OTLP/gRPC"
	Addr string // host:port
}

// Loopback reports whether addr (host:port) binds to loopback only.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ExposureWarnings says, for each listener bound beyond loopback, what is
// missing to keep it private: a tokens file, and TLS so tokens and data do
// not cross the network in clear text. Empty when nothing is exposed or
// both are set.
func ExposureWarnings(c Common, ls []Listener) []string {
	var exposed []string
	for _, l := range ls {
		if l.Addr != "" && !Loopback(l.Addr) {
			exposed = append(exposed, l.Name+" "+l.Addr)
		}
	}
	if len(exposed) == 0 {
		return nil
	}
	where := strings.Join(exposed, ", ")
	var out []string
	if !c.Auth.Enabled() {
		out = append(out, fmt.Sprintf("%s reachable beyond this machine with no authentication: anyone who reaches it can send data and read SLIs, alerts and prompts — set auth.tokens_file (LLMOBS_AUTH_TOKENS_FILE, -auth.tokens-file), or bind to 127.0.0.1", where))
	}
	if !c.TLS.Enabled() {
		out = append(out, fmt.Sprintf("%s reachable beyond this machine without TLS: tokens and data cross the network in clear text — set tls.cert_file and tls.key_file (LLMOBS_TLS_CERT_FILE, LLMOBS_TLS_KEY_FILE)", where))
	}
	return out
}
