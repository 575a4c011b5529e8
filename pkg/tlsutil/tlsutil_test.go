package tlsutil_test

import (
	"crypto/tls"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/tlsutil"
	"github.com/llmobs/llmobs/pkg/tlsutil/tlstest"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// serve accepts TLS connections on a loopback listener and completes
// their handshakes until the test ends.
func serve(t *testing.T, cfg *tls.Config) string {
	t.Helper()
	ln, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				_ = c.(*tls.Conn).Handshake()
				_, _ = c.Write([]byte("x"))
				c.Close()
			}()
		}
	}()
	return ln.Addr().String()
}

// peerCN dials addr and returns the common name the server presented.
func peerCN(t *testing.T, addr string, cfg *tls.Config) (string, error) {
	t.Helper()
	c, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", addr, cfg)
	if err != nil {
		return "", err
	}
	defer c.Close()
	if _, err := c.Read(make([]byte, 1)); err != nil {
		return "", err
	}
	return c.ConnectionState().PeerCertificates[0].Subject.CommonName, nil
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	// Rename over, as rotation tools do, so a reader never sees half a file.
	if err := os.WriteFile(dst+".tmp", b, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(dst+".tmp", dst); err != nil {
		t.Fatal(err)
	}
}

func TestReloadsChangedCertificate(t *testing.T) {
	ca := tlstest.NewCA(t)
	dir := t.TempDir()
	cert, key := dir+"/cert.pem", dir+"/key.pem"
	c1, k1 := ca.Server(t, "first")
	copyFile(t, c1, cert)
	copyFile(t, k1, key)
	var reloads atomic.Int32
	r, err := tlsutil.New(tlsutil.Config{CertFile: cert, KeyFile: key}, quiet, func(ok bool) {
		if ok {
			reloads.Add(1)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, r.ServerConfig())
	if cn, err := peerCN(t, addr, ca.ClientConfig()); err != nil || cn != "first" {
		t.Fatalf("first certificate: %q %v", cn, err)
	}
	// Rotate; the old certificate is served until a handshake comes after
	// the check interval.
	c2, k2 := ca.Server(t, "second")
	copyFile(t, k2, key)
	copyFile(t, c2, cert)
	deadline := time.Now().Add(10 * time.Second)
	for {
		cn, err := peerCN(t, addr, ca.ClientConfig())
		if err == nil && cn == "second" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("rotated certificate never served: %q %v", cn, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if n := reloads.Load(); n != 1 {
		t.Fatalf("reloads %d, want 1", n)
	}

	// A broken file keeps the previous certificate.
	if err := os.WriteFile(cert, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	time.Sleep(tlsutil.CheckInterval + 100*time.Millisecond)
	if cn, err := peerCN(t, addr, ca.ClientConfig()); err != nil || cn != "second" {
		t.Fatalf("after a broken file: %q %v", cn, err)
	}
}

func TestMutualTLS(t *testing.T) {
	ca := tlstest.NewCA(t)
	cert, key := ca.Server(t, "server")
	r, err := tlsutil.New(tlsutil.Config{CertFile: cert, KeyFile: key, ClientCAFile: ca.File}, quiet, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, r.ServerConfig())
	if _, err := peerCN(t, addr, ca.ClientConfig()); err == nil {
		t.Fatal("a client without a certificate was let in")
	}
	cc, ck := ca.Client(t, "collector")
	pair, err := tls.LoadX509KeyPair(cc, ck)
	if err != nil {
		t.Fatal(err)
	}
	cfg := ca.ClientConfig()
	cfg.Certificates = []tls.Certificate{pair}
	if cn, err := peerCN(t, addr, cfg); err != nil || cn != "server" {
		t.Fatalf("client with a certificate: %q %v", cn, err)
	}
	// A certificate from another CA is refused.
	other := tlstest.NewCA(t)
	oc, ok := other.Client(t, "intruder")
	pair, _ = tls.LoadX509KeyPair(oc, ok)
	cfg = ca.ClientConfig()
	cfg.Certificates = []tls.Certificate{pair}
	if _, err := peerCN(t, addr, cfg); err == nil {
		t.Fatal("a client certificate from another CA was let in")
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		cfg  tlsutil.Config
		want string
	}{
		{tlsutil.Config{}, ""},
		{tlsutil.Config{CertFile: "c", KeyFile: "k"}, ""},
		{tlsutil.Config{CertFile: "c"}, "cert_file: cert_file and key_file go together"},
		{tlsutil.Config{ClientCAFile: "ca"}, "client_ca_file: mutual TLS needs"},
	} {
		err := tc.cfg.Validate()
		if (err == nil) != (tc.want == "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%+v: %v, want %q", tc.cfg, err, tc.want)
		}
	}
	if _, err := tlsutil.New(tlsutil.Config{CertFile: "/nonexistent.pem", KeyFile: "/nonexistent.pem"}, quiet, nil); err == nil || !strings.Contains(err.Error(), "tls.cert_file") {
		t.Fatalf("missing files: %v", err)
	}
}
