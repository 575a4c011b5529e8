package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/auth"
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
