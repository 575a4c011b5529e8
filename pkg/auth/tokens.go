package auth

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/llmobs/llmobs/pkg/config"
)

// HashPrefix marks a token stored as its SHA-256.
const HashPrefix = "sha256:"

// MinTokenLength is the shortest plain token accepted: shorter ones are
// guessable.
const MinTokenLength = 16

// TokenEntry is one element of the tokens file.
type TokenEntry struct {
	// Token is the bearer token, or "sha256:<64 hex digits>" of it.
	Token string `yaml:"token"`
	// Tenant the token acts for; empty is "default".
	Tenant string `yaml:"tenant"`
	Roles  []Role `yaml:"roles"`
	// Name labels the token in logs; optional.
	Name string `yaml:"name"`
}

// HashToken is the stored form of a token: "sha256:<hex>".
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return HashPrefix + hex.EncodeToString(h[:])
}

type token struct {
	hash [sha256.Size]byte
	p    Principal
}

// parseTokens decodes a tokens file (strict YAML, ${ENV} expanded). Every
// error names the entry and key.
func parseTokens(raw []byte) ([]token, error) {
	var entries []TokenEntry
	if err := config.DecodeYAML(raw, &entries); err != nil {
		return nil, fmt.Errorf("tokens file: %w (want a YAML list of {token, tenant, roles, name})", err)
	}
	var errs []error
	seen := map[[sha256.Size]byte]int{}
	out := make([]token, 0, len(entries))
	for i, e := range entries {
		at := func(key, format string, args ...any) {
			name := fmt.Sprintf("[%d]", i)
			if e.Name != "" {
				name = fmt.Sprintf("[%d] (%s)", i, e.Name)
			}
			errs = append(errs, config.Errorf(name+"."+key, format, args...))
		}
		var tk token
		switch {
		case strings.HasPrefix(e.Token, HashPrefix):
			b, err := hex.DecodeString(strings.TrimPrefix(e.Token, HashPrefix))
			if err != nil || len(b) != sha256.Size {
				at("token", "sha256: must be followed by 64 hex digits (llmobs token hash <token> prints it)")
				continue
			}
			copy(tk.hash[:], b)
		case len(e.Token) < MinTokenLength:
			at("token", "is %d characters; at least %d (llmobs token new makes one)", len(e.Token), MinTokenLength)
			continue
		default:
			tk.hash = sha256.Sum256([]byte(e.Token))
		}
		if j, dup := seen[tk.hash]; dup {
			at("token", "same token as entry [%d]", j)
			continue
		}
		seen[tk.hash] = i
		if len(e.Roles) == 0 {
			at("roles", "at least one of %v", Roles)
			continue
		}
		bad := false
		for _, r := range e.Roles {
			if !slices.Contains(Roles, r) {
				at("roles", "%q is not one of %v", r, Roles)
				bad = true
			}
		}
		if bad {
			continue
		}
		tk.p = Principal{Name: e.Name, Tenant: TenantOf(e.Tenant), Roles: slices.Clone(e.Roles)}
		out = append(out, tk)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("tokens file: %w", err)
	}
	return out, nil
}

// loadTokens reads and parses the tokens file at path.
func loadTokens(path string) ([]token, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("auth.tokens_file: %w", err)
	}
	tks, err := parseTokens(raw)
	if err != nil {
		return nil, fmt.Errorf("auth.tokens_file %s: %w", path, err)
	}
	return tks, nil
}

// match finds the presented token's entry. Every entry is compared, in
// constant time, whether or not one matched earlier: how long it takes
// says nothing about which stored token is close.
func match(tks []token, presented string) (Principal, bool) {
	h := sha256.Sum256([]byte(presented))
	found := -1
	for i := range tks {
		if subtle.ConstantTimeCompare(h[:], tks[i].hash[:]) == 1 {
			found = i
		}
	}
	if found < 0 {
		return Principal{}, false
	}
	return tks[found].p, true
}
