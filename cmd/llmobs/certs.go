package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// cmdCerts writes a private CA and a server certificate signed by it for
// the given host names and IPs, for a deployment without a CA of its own
// (compose's "certs" service): ca.pem, cert.pem, key.pem in -dir. A
// certificate that exists and is valid for 30 more days is kept, so the
// command can run at every start; the services reload a renewed one.
func cmdCerts(args []string) error {
	fs := flag.NewFlagSet("llmobs certs", flag.ContinueOnError)
	dir := fs.String("dir", "certs", "directory to write ca.pem, cert.pem and key.pem to")
	hosts := fs.String("hosts", "localhost,127.0.0.1", "comma-separated DNS names and IPs the certificate is for")
	days := fs.Int("days", 365, "validity of the certificate")
	mode := fs.String("mode", "0600", "file mode of key.pem (compose: 0644, read by containers running as other users, on a volume private to the stack)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	keyMode, err := strconv.ParseUint(*mode, 8, 32)
	if err != nil {
		return fmt.Errorf("-mode: %q is not an octal file mode", *mode)
	}
	if b, err := os.ReadFile(filepath.Join(*dir, "cert.pem")); err == nil {
		if blk, _ := pem.Decode(b); blk != nil {
			if c, err := x509.ParseCertificate(blk.Bytes); err == nil && time.Until(c.NotAfter) > 30*24*time.Hour {
				fmt.Printf("%s: valid until %s, kept\n", filepath.Join(*dir, "cert.pem"), c.NotAfter.Format(time.DateOnly))
				return nil
			}
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	serial := func() *big.Int {
		n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
		return n
	}
	now := time.Now()
	caTmpl := &x509.Certificate{SerialNumber: serial(), Subject: pkix.Name{CommonName: "llmobs private CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(0, 0, *days+30), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return err
	}
	ca, _ := x509.ParseCertificate(caDER)
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	tmpl := &x509.Certificate{SerialNumber: serial(), Subject: pkix.Name{CommonName: "llmobs"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.AddDate(0, 0, *days),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	for _, h := range strings.Split(*hosts, ",") {
		if h = strings.TrimSpace(h); h == "" {
			continue
		}
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return err
	}
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	// The key first and the certificate last, each renamed into place: a
	// service that reloads on the certificate's change finds its key.
	for _, f := range []struct {
		name, typ string
		der       []byte
		mode      os.FileMode
	}{{"ca.pem", "CERTIFICATE", caDER, 0o644}, {"key.pem", "EC PRIVATE KEY", kb, os.FileMode(keyMode)}, {"cert.pem", "CERTIFICATE", der, 0o644}} {
		tmp := filepath.Join(*dir, "."+f.name+".tmp")
		if err := os.WriteFile(tmp, pem.EncodeToMemory(&pem.Block{Type: f.typ, Bytes: f.der}), f.mode); err != nil {
			return err
		}
		if err := os.Chmod(tmp, f.mode); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(*dir, f.name)); err != nil {
			return err
		}
	}
	fmt.Printf("%s: certificate for %s, valid until %s, signed by %s\n", *dir, *hosts, tmpl.NotAfter.Format(time.DateOnly), filepath.Join(*dir, "ca.pem"))
	return nil
}
