package redact

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"hash"
	"path"
	"strings"
	"sync"

	"github.com/llmobs/llmobs/pkg/config"
)

// Identity modes.
const (
	IdentityPseudonymize = "pseudonymize" // keyed hash (the default)
	IdentityRaw          = "raw"          // keep identity fields as they came
)

// IdentityConfig says how identity fields (user, conversation/session IDs
// and identity attributes) are written after the enricher.
//
// Pseudonyms are HMAC-SHA256(key, field || 0 || value), base32, 24
// characters (120 bits), prefixed "ps_<key_id>_": the same value gives
// the same pseudonym under the same key in every instance, so budgets,
// usage shares and searches group by it, while nobody without the key can
// tell whose it is or test a guess. Rotation: set a new key and a new
// key_id; pseudonyms change from then on (a user's spend before and after
// the switch are two groups), so rotate at a budget-period boundary and
// keep the old key where old pseudonyms must still be looked up.
type IdentityConfig struct {
	// Mode: pseudonymize (default) or raw.
	Mode string `yaml:"mode"`
	// Key is the HMAC key (at least 16 bytes; use ${LLMOBS_IDENTITY_KEY}
	// in YAML). Empty: a random key per process, so pseudonyms differ
	// between instances and restarts (key_id "eph"): set one in
	// production.
	Key string `yaml:"key"`
	// KeyID names the key inside every pseudonym (letters and digits, at
	// most 8); change it with the key.
	KeyID string `yaml:"key_id"`
	// Attributes whose whole value is an identity, pseudonymised like the
	// user ID instead of scanned: exact keys or globs with *.
	Attributes []string `yaml:"attributes"`
}

// DefaultIdentityConfig pseudonymises with a per-process key until one is
// configured.
func DefaultIdentityConfig() IdentityConfig {
	return IdentityConfig{
		Mode:  IdentityPseudonymize,
		KeyID: "k1",
		Attributes: []string{"user.*", "enduser.*", "session.*", "customer.*", "gen_ai.user.*", "*.user_id", "*.user.id", "*.userid", "*.email",
			"*.user_email", "*.username", "*.user_name"},
	}
}

// MaxIdentityAttributes bounds the attribute globs.
const MaxIdentityAttributes = 64

// Validate names the wrong key.
func (c IdentityConfig) Validate() error {
	var errs []error
	switch c.Mode {
	case IdentityPseudonymize, IdentityRaw:
	default:
		errs = append(errs, config.Errorf("mode", "%q is not %s or %s", c.Mode, IdentityPseudonymize, IdentityRaw))
	}
	if c.Key != "" && len(c.Key) < 16 {
		errs = append(errs, config.Errorf("key", "%d bytes: use at least 16 (32 random bytes recommended, e.g. `openssl rand -hex 32`)", len(c.Key)))
	}
	if len(c.KeyID) > 8 || !validKeyID(c.KeyID) {
		errs = append(errs, config.Errorf("key_id", "%q: letters and digits only, 1 to 8 of them", c.KeyID))
	}
	if len(c.Attributes) > MaxIdentityAttributes {
		errs = append(errs, config.Errorf("attributes", "%d entries, at most %d", len(c.Attributes), MaxIdentityAttributes))
	}
	for i, a := range c.Attributes {
		if _, err := path.Match(a, ""); err != nil || a == "" {
			errs = append(errs, config.Errorf(fmt.Sprintf("attributes[%d]", i), "%q is not a key or glob", a))
		}
	}
	return errors.Join(errs...)
}

func validKeyID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return true
}

// Pseudonymizer turns identity values into pseudonyms. Safe for
// concurrent use.
type Pseudonymizer struct {
	raw       bool
	key       []byte
	prefix    string
	attrs     *GlobSet
	Ephemeral bool      // no key configured: a random one for this process
	macs      sync.Pool // *macState: keyed HMACs, reset and reused
}

// macState is one reusable HMAC with its scratch space: Pseudonym runs
// for every identity field of every span, and a fresh hmac.New (two
// SHA-256 states, the padded keys, the input copies) was most of its cost.
type macState struct {
	h   hash.Hash
	in  []byte
	sum [sha256.Size]byte
	enc [24]byte // base32 of 15 bytes
}

// NewPseudonymizer builds a pseudonymiser.
func NewPseudonymizer(c IdentityConfig) (*Pseudonymizer, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	p := &Pseudonymizer{raw: c.Mode == IdentityRaw, key: []byte(c.Key), prefix: "ps_" + c.KeyID + "_", attrs: NewGlobSet(c.Attributes)}
	if len(p.key) == 0 {
		p.key = make([]byte, 32)
		if _, err := rand.Read(p.key); err != nil {
			return nil, fmt.Errorf("identity key: %w", err)
		}
		p.prefix, p.Ephemeral = "ps_eph_", true
	}
	return p, nil
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// Pseudonym returns the pseudonym of value in field ("user",
// "conversation", an attribute key); "" stays "", and a value that is
// already a pseudonym of this key is returned as is (idempotent).
func (p *Pseudonymizer) Pseudonym(field, value string) string {
	if p == nil || p.raw || value == "" || strings.HasPrefix(value, p.prefix) {
		return value
	}
	st, _ := p.macs.Get().(*macState)
	if st == nil {
		st = &macState{h: hmac.New(sha256.New, p.key)}
	} else {
		st.h.Reset()
	}
	st.in = append(append(append(st.in[:0], field...), 0), value...)
	st.h.Write(st.in)
	sum := st.h.Sum(st.sum[:0])
	b32.Encode(st.enc[:], sum[:15])
	for i, c := range st.enc {
		if 'A' <= c && c <= 'Z' {
			st.enc[i] = c + 'a' - 'A'
		}
	}
	out := p.prefix + string(st.enc[:])
	if cap(st.in) <= 4<<10 {
		p.macs.Put(st)
	}
	return out
}

// Raw reports whether identity fields are kept raw.
func (p *Pseudonymizer) Raw() bool { return p == nil || p.raw }

// IdentityAttribute reports whether attribute key holds an identity.
func (p *Pseudonymizer) IdentityAttribute(key string) bool {
	if p == nil {
		return false
	}
	return p.attrs.Match(key)
}
