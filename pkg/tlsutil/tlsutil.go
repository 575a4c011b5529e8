// Package tlsutil is the TLS side of every llmobs listener (OTLP gRPC,
// OTLP HTTP, admin): one certificate, key and optional client CA for the
// whole process, reloaded when their files change, so certificates are
// rotated (cert-manager, ACME, a cron job) without a restart.
//
// Reload is lazy: a handshake that comes more than CheckInterval after the
// last look stats the three files and re-reads them when a modification
// time or size changed. No goroutine, nothing to stop. A file that fails
// to load keeps the previous certificate (logged once per change), so a
// half-written file never takes the listeners down.
package tlsutil

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
)

// CheckInterval is how often, at most, the files are looked at.
const CheckInterval = time.Second

// Config is the top-level `tls` section every llmobs binary takes.
type Config struct {
	// CertFile and KeyFile are PEM files; when set, every listener of the
	// process serves TLS only.
	CertFile string `yaml:"cert_file"`
	KeyFile  string `yaml:"key_file"`
	// ClientCAFile, when set, requires every client to present a
	// certificate signed by one of its CAs (mutual TLS).
	ClientCAFile string `yaml:"client_ca_file"`
}

// RegisterFlags binds tls.cert-file, tls.key-file, tls.client-ca-file.
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.StringVar(&c.CertFile, prefix+".cert-file", c.CertFile, "PEM certificate (chain): every listener (OTLP gRPC/HTTP, admin) serves TLS; reloaded when the file changes")
	fs.StringVar(&c.KeyFile, prefix+".key-file", c.KeyFile, "PEM private key of "+prefix+".cert-file")
	fs.StringVar(&c.ClientCAFile, prefix+".client-ca-file", c.ClientCAFile, "PEM CA bundle: require client certificates signed by it (mutual TLS)")
}

// Enabled reports whether the listeners serve TLS.
func (c Config) Enabled() bool { return c.CertFile != "" }

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if (c.CertFile == "") != (c.KeyFile == "") {
		errs = append(errs, config.Errorf("cert_file", "cert_file and key_file go together (set both, or neither for plain text)"))
	}
	if c.ClientCAFile != "" && c.CertFile == "" {
		errs = append(errs, config.Errorf("client_ca_file", "mutual TLS needs the server's own cert_file and key_file too"))
	}
	return errors.Join(errs...)
}

// Reloader holds the current certificate and client CA pool.
type Reloader struct {
	cfg Config
	log *slog.Logger
	now func() time.Time

	mu        sync.Mutex
	checked   time.Time
	stamp     [3]fileStamp
	cert      *tls.Certificate
	clientCAs *x509.CertPool
	failed    [3]fileStamp // the stamps whose load failed (logged once)
	onReload  func(ok bool)
}

type fileStamp struct {
	mod  time.Time
	size int64
}

func stampOf(path string) fileStamp {
	if path == "" {
		return fileStamp{}
	}
	st, err := os.Stat(path)
	if err != nil {
		return fileStamp{size: -1}
	}
	return fileStamp{st.ModTime(), st.Size()}
}

// New loads the files; an error names the file that is wrong. onReload
// (may be nil) is told the outcome of every reload after the first load.
func New(cfg Config, log *slog.Logger, onReload func(ok bool)) (*Reloader, error) {
	if !cfg.Enabled() {
		return nil, errors.New("tls: no cert_file configured")
	}
	if onReload == nil {
		onReload = func(bool) {}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &Reloader{cfg: cfg, log: log, now: time.Now, onReload: onReload}
	st := r.stamps()
	cert, pool, err := r.load()
	if err != nil {
		return nil, err
	}
	r.cert, r.clientCAs, r.stamp, r.checked = cert, pool, st, r.now()
	return r, nil
}

func (r *Reloader) stamps() [3]fileStamp {
	return [3]fileStamp{stampOf(r.cfg.CertFile), stampOf(r.cfg.KeyFile), stampOf(r.cfg.ClientCAFile)}
}

func (r *Reloader) load() (*tls.Certificate, *x509.CertPool, error) {
	cert, err := tls.LoadX509KeyPair(r.cfg.CertFile, r.cfg.KeyFile)
	if err != nil {
		return nil, nil, fmt.Errorf("tls.cert_file %s / tls.key_file %s: %w", r.cfg.CertFile, r.cfg.KeyFile, err)
	}
	if len(cert.Certificate) > 0 {
		if leaf, err := x509.ParseCertificate(cert.Certificate[0]); err == nil {
			cert.Leaf = leaf
		}
	}
	var pool *x509.CertPool
	if r.cfg.ClientCAFile != "" {
		pem, err := os.ReadFile(r.cfg.ClientCAFile)
		if err != nil {
			return nil, nil, fmt.Errorf("tls.client_ca_file: %w", err)
		}
		pool = x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, nil, fmt.Errorf("tls.client_ca_file %s holds no PEM certificate", r.cfg.ClientCAFile)
		}
	}
	return &cert, pool, nil
}

// current returns the certificate and pool, reloading first when the
// files changed since the last look (at most once per CheckInterval).
func (r *Reloader) current() (*tls.Certificate, *x509.CertPool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if now.Sub(r.checked) < CheckInterval {
		return r.cert, r.clientCAs
	}
	r.checked = now
	st := r.stamps()
	if st == r.stamp || st == r.failed {
		return r.cert, r.clientCAs
	}
	cert, pool, err := r.load()
	if err != nil {
		r.failed = st
		r.onReload(false)
		r.log.Error("TLS certificate reload failed; serving the previous certificate — fix the files (a certificate and its key must match, both PEM)", "err", err)
		return r.cert, r.clientCAs
	}
	r.cert, r.clientCAs, r.stamp, r.failed = cert, pool, st, [3]fileStamp{}
	r.onReload(true)
	r.log.Info("TLS certificate reloaded", "cert_file", r.cfg.CertFile, "not_after", notAfter(cert))
	return cert, pool
}

func notAfter(c *tls.Certificate) string {
	if c.Leaf == nil {
		return ""
	}
	return c.Leaf.NotAfter.UTC().Format(time.RFC3339)
}

// ServerConfig is the tls.Config of a listener: every handshake gets the
// current certificate (and client CAs). nextProtos are the ALPN protocols
// ("h2" for gRPC, "h2", "http/1.1" for HTTP).
func (r *Reloader) ServerConfig(nextProtos ...string) *tls.Config {
	base := &tls.Config{MinVersion: tls.VersionTLS12, NextProtos: nextProtos}
	base.GetConfigForClient = func(*tls.ClientHelloInfo) (*tls.Config, error) {
		cert, pool := r.current()
		c := base.Clone()
		c.GetConfigForClient = nil
		c.Certificates = []tls.Certificate{*cert}
		if pool != nil {
			c.ClientCAs = pool
			c.ClientAuth = tls.RequireAndVerifyClientCert
		}
		return c, nil
	}
	return base
}
