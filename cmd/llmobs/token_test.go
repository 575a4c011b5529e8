package main

import (
	"crypto/tls"
	"crypto/x509"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/tlsutil"
)

// llmobs token new prints a token and a tokens-file entry holding only
// its hash, which auth accepts and which lets the token in.
func TestTokenNewAndHash(t *testing.T) {
	var out strings.Builder
	if err := cmdToken([]string{"new", "-tenant", "acme", "-roles", "ingest,read"}, nil, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	tok := strings.TrimSpace(lines[1])
	entry := out.String()[strings.Index(out.String(), "- token:"):]
	if strings.Contains(entry, tok) || !strings.Contains(entry, auth.HashToken(tok)) {
		t.Fatalf("the entry must hold the hash, not the token:\n%s", out.String())
	}
	path := filepath.Join(t.TempDir(), "tokens.yaml")
	if err := os.WriteFile(path, []byte(entry), 0o600); err != nil {
		t.Fatal(err)
	}
	g, err := auth.New(auth.Config{TokensFile: path}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, err := g.Authorize(t.Context(), "Bearer "+tok, auth.RoleIngest)
	if p, _ := auth.FromContext(ctx); err != nil || p.Tenant != "acme" {
		t.Fatalf("the new token: %v %+v", err, p)
	}
	var h strings.Builder
	if err := cmdToken([]string{"hash"}, strings.NewReader(tok+"\n"), &h); err != nil || strings.TrimSpace(h.String()) != auth.HashToken(tok) {
		t.Fatalf("hash from stdin: %q %v", h.String(), err)
	}
	if err := cmdToken([]string{"new", "-roles", "write"}, nil, &h); err == nil {
		t.Fatal("unknown role accepted")
	}
}

// llmobs certs writes a CA and a server certificate that tlsutil serves
// and a client trusting the CA accepts; a second run keeps them.
func TestCerts(t *testing.T) {
	dir := t.TempDir()
	if err := cmdCerts([]string{"-dir", dir, "-hosts", "ingest,localhost,127.0.0.1", "-mode", "0644"}); err != nil {
		t.Fatal(err)
	}
	r, err := tlsutil.New(tlsutil.Config{CertFile: filepath.Join(dir, "cert.pem"), KeyFile: filepath.Join(dir, "key.pem")}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", r.ServerConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		if c, err := ln.Accept(); err == nil {
			_ = c.(*tls.Conn).Handshake()
			c.Close()
		}
	}()
	pem, _ := os.ReadFile(filepath.Join(dir, "ca.pem"))
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	c, err := tls.Dial("tcp", ln.Addr().String(), &tls.Config{RootCAs: pool, ServerName: "ingest"})
	if err != nil {
		t.Fatalf("a client trusting ca.pem: %v", err)
	}
	c.Close()
	before, _ := os.ReadFile(filepath.Join(dir, "cert.pem"))
	if err := cmdCerts([]string{"-dir", dir}); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "cert.pem")); string(after) != string(before) {
		t.Fatal("a valid certificate was replaced")
	}
}
