// Package redact finds personal data and secrets in free text and replaces
// them with typed placeholders (<EMAIL>, <PHONE>, ...). It is shared by
// every stage that writes text other people can read: the enricher applies
// it to every text field of a span before llmobs.enriched, and pkg/kafka to
// every payload it puts on llmobs.dlq (bytes read as text).
//
// Types (see AllTypes): EMAIL (any script, IDN domains, "[at]" forms),
// PHONE (E.164 "+"/"00" with a valid country code, national formats of
// the common locales, bare numbers after a phone cue), CREDIT_CARD (Luhn,
// issuer prefix and length), IBAN (country length, mod-97), IP (IPv4 with
// version/IP disambiguation by context, IPv6), API_KEY (vendor prefixes),
// AWS_SECRET_KEY (40 characters, entropy, context), JWT (header decodes
// to JSON with "alg"), BEARER_TOKEN, PASSWORD (password/secret/token
// assignments, connection-string and URL credentials, placeholders and
// prose left alone), PRIVATE_KEY (PEM blocks, JSON-escaped or cut short),
// SSN (US, area/group/serial ranges), NATIONAL_ID (UK NINO, India
// Aadhaar/Verhoeff and PAN, China resident ID/ISO 7064, Spain DNI/NIE,
// Italy codice fiscale, Brazil CPF, Korea RRN, France NIR, Canada SIN,
// Netherlands BSN, Germany Steuer-ID, Japan My Number), PASSPORT (after a
// passport cue in 10 languages), DATE_OF_BIRTH (a date after or before a
// birth cue; other dates are left alone), ADDRESS (street addresses of
// the common Latin-script formats, Chinese, Japanese and Korean ones) and
// PERSON_NAME (names after cues such as "my name is", "Dear", "Mr.",
// sign-offs, and their equivalents). Plus user patterns (YAML), each with
// an optional validator. Every type can be disabled.
//
// Speed: one pass over the bytes computes prefilters (digit runs, '@',
// ':', "-----", uppercase-digit mixes, percent and \u escapes) and finds
// cue words (a map of ASCII-folded words, Latin-1 letters folded, plus a
// rune-keyed table for other scripts). A detector runs only when its
// prefilter or cue fired, and its regexp only on a small window around
// the trigger, so the cost is one pass plus the candidates. Text with no
// candidate is returned as is, without allocating.
//
// Overlapping detections are merged into one redacted span (the type of
// the higher-precedence detector), so a value two detectors half-see is
// never left half raw. Text with percent (%40) or JSON (\u00e9) escapes is
// also checked decoded; when the decoded text holds something, the
// redacted decoded text is returned.
package redact

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/llmobs/llmobs/pkg/config"
)

// Types of personal data and secrets.
const (
	PrivateKey  = "PRIVATE_KEY"
	JWT         = "JWT"
	Bearer      = "BEARER_TOKEN"
	APIKey      = "API_KEY"
	AWSSecret   = "AWS_SECRET_KEY"
	Password    = "PASSWORD"
	Email       = "EMAIL"
	IBAN        = "IBAN"
	CreditCard  = "CREDIT_CARD"
	SSN         = "SSN"
	NationalID  = "NATIONAL_ID"
	Passport    = "PASSPORT"
	DateOfBirth = "DATE_OF_BIRTH"
	Address     = "ADDRESS"
	IP          = "IP"
	Phone       = "PHONE"
	PersonName  = "PERSON_NAME"
)

// AllTypes are the built-in types in precedence order: when detections of
// two types overlap, the merged span takes the earlier type.
var AllTypes = []string{PrivateKey, JWT, Bearer, APIKey, AWSSecret, Password, Email, IBAN, CreditCard, SSN, NationalID, Passport, DateOfBirth, Address, IP, Phone, PersonName}

// Indexes of the built-in types in AllTypes (and in Counts).
const (
	tPrivateKey = iota
	tJWT
	tBearer
	tAPIKey
	tAWSSecret
	tPassword
	tEmail
	tIBAN
	tCard
	tSSN
	tNationalID
	tPassport
	tDOB
	tAddress
	tIP
	tPhone
	tName
	numBuiltin
)

// Pattern is a user-defined detector.
type Pattern struct {
	// Name of the type (upper-cased); the placeholder is <NAME> unless
	// Placeholder says otherwise.
	Name        string `yaml:"name"`
	Regex       string `yaml:"regex"`
	Placeholder string `yaml:"placeholder"`
	// Validator checks each match: "" (none), "luhn" (its digits pass
	// the Luhn check), "mod97" (an IBAN-style ISO 7064 check) or
	// "entropy" (at least 3.5 bits per character, for secrets).
	Validator string `yaml:"validator"`
}

// Validators of user patterns.
var Validators = []string{"", "luhn", "mod97", "entropy"}

// Config of the detectors (YAML: the redact section of the stage that uses
// them).
type Config struct {
	// Types enabled; empty = every built-in type.
	Types []string `yaml:"types"`
	// Disable turns types off (applied after Types), e.g. [PERSON_NAME].
	Disable []string `yaml:"disable"`
	// Patterns of your own.
	Patterns []Pattern `yaml:"patterns"`
}

// DefaultConfig enables every built-in type.
func DefaultConfig() Config { return Config{} }

// MaxPatterns bounds the user patterns so that Counts stays a fixed array.
const MaxPatterns = 24

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	for i, t := range c.Types {
		if !slices.Contains(AllTypes, t) {
			errs = append(errs, config.Errorf(fmt.Sprintf("types[%d]", i), "unknown type %q (known: %s)", t, strings.Join(AllTypes, ", ")))
		}
	}
	for i, t := range c.Disable {
		if !slices.Contains(AllTypes, t) {
			errs = append(errs, config.Errorf(fmt.Sprintf("disable[%d]", i), "unknown type %q (known: %s)", t, strings.Join(AllTypes, ", ")))
		}
	}
	if len(c.Patterns) > MaxPatterns {
		errs = append(errs, config.Errorf("patterns", "%d patterns, at most %d", len(c.Patterns), MaxPatterns))
	}
	seen := map[string]bool{}
	for i, p := range c.Patterns {
		key := func(f string) string { return fmt.Sprintf("patterns[%d].%s", i, f) }
		name := strings.ToUpper(p.Name)
		switch {
		case p.Name == "":
			errs = append(errs, config.Errorf(key("name"), "required"))
		case !validName(name):
			errs = append(errs, config.Errorf(key("name"), "%q: use letters, digits and _ only", p.Name))
		case slices.Contains(AllTypes, name) || seen[name]:
			errs = append(errs, config.Errorf(key("name"), "%q is already a type", p.Name))
		}
		seen[name] = true
		switch re, err := regexp.Compile(p.Regex); {
		case p.Regex == "":
			errs = append(errs, config.Errorf(key("regex"), "required"))
		case err != nil:
			errs = append(errs, config.Errorf(key("regex"), "%v", err))
		case re.MatchString(""):
			errs = append(errs, config.Errorf(key("regex"), "%q matches the empty string: it would match everywhere", p.Regex))
		}
		if !slices.Contains(Validators, p.Validator) {
			errs = append(errs, config.Errorf(key("validator"), "unknown validator %q (known: luhn, mod97, entropy, or empty)", p.Validator))
		}
		if strings.ContainsAny(p.Placeholder, "\n\r") {
			errs = append(errs, config.Errorf(key("placeholder"), "must be one line"))
		}
	}
	return errors.Join(errs...)
}

func validName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return s != ""
}

// Counts is matches per type, indexed like Redactor.Types(): the built-in
// types in AllTypes order, then the user patterns in configuration order.
// A fixed array so that counting never allocates.
type Counts [numBuiltin + MaxPatterns]int

// Total is the number of matches of every type.
func (c *Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Redactor is safe for concurrent use.
type Redactor struct {
	on    [numBuiltin]bool
	extra []extra
	types []string // index = Counts index
	ph    []string // placeholders, same index
}

type extra struct {
	re    *regexp.Regexp
	valid func(string) bool
}

// New builds a redactor.
func New(cfg Config) (*Redactor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cueShapeOnce.Do(buildCueShape)
	r := &Redactor{types: slices.Clone(AllTypes)}
	types := cfg.Types
	if len(types) == 0 {
		types = AllTypes
	}
	for _, t := range types {
		r.on[slices.Index(AllTypes, t)] = true
	}
	for _, t := range cfg.Disable {
		r.on[slices.Index(AllTypes, t)] = false
	}
	for _, t := range AllTypes {
		r.ph = append(r.ph, "<"+t+">")
	}
	for _, p := range cfg.Patterns {
		name := strings.ToUpper(p.Name)
		ph := p.Placeholder
		if ph == "" {
			ph = "<" + name + ">"
		}
		e := extra{re: regexp.MustCompile(p.Regex)}
		switch p.Validator {
		case "luhn":
			e.valid = func(s string) bool { d := digits(s); return d.n >= 2 && d.n <= len(d.b) && luhn(d.str()) }
		case "mod97":
			e.valid = validIBANLoose
		case "entropy":
			e.valid = func(s string) bool { return entropy(s) >= 3.5 }
		}
		r.extra = append(r.extra, e)
		r.types = append(r.types, name)
		r.ph = append(r.ph, ph)
	}
	return r, nil
}

var (
	defaultOnce sync.Once
	defaultRed  *Redactor
)

// Default is a redactor with every built-in type enabled.
func Default() *Redactor {
	defaultOnce.Do(func() { defaultRed, _ = New(DefaultConfig()) })
	return defaultRed
}

// Types names the Counts slots: AllTypes, then the user patterns.
func (r *Redactor) Types() []string { return r.types }

// Enabled reports whether type t is detected.
func (r *Redactor) Enabled(t string) bool {
	if i := slices.Index(AllTypes, t); i >= 0 {
		return r.on[i]
	}
	return slices.Contains(r.types, t)
}

// CountMap turns counts into type → n, non-zero entries only.
func (r *Redactor) CountMap(c *Counts) map[string]int {
	m := map[string]int{}
	for i, t := range r.types {
		if c[i] > 0 {
			m[t] = c[i]
		}
	}
	return m
}

// Match is one detected span of text.
type Match struct {
	Type       string
	Start, End int
	kind       int // Counts index
}

// Find returns the non-overlapping matches in text, in order. Overlapping
// detections are merged into one match of the higher-precedence type.
func (r *Redactor) Find(text string) []Match {
	if len(text) == 0 {
		return nil
	}
	sc := getScratch()
	defer putScratch(sc)
	r.find(text, sc)
	if len(sc.ms) == 0 {
		return nil
	}
	out := make([]Match, len(sc.ms))
	for i, m := range sc.ms {
		out[i] = Match{Type: r.types[m.kind], Start: m.start, End: m.end, kind: m.kind}
	}
	return out
}

// Redact returns text with every match replaced by its placeholder and
// adds to counts (which may be nil). Text without anything to redact is
// returned as is, without allocating.
func (r *Redactor) Redact(text string, counts *Counts) string {
	if len(text) == 0 {
		return text
	}
	sc := getScratch()
	defer putScratch(sc)
	r.find(text, sc)
	var c Counts
	src, isJSON := text, false
	if sc.hasBackslash && looksJSON(text) {
		// JSON: decode each escaped string literal on its own first (see
		// redactJSONStrings), then scan the whole document as usual.
		isJSON = true
		if o, ok := r.redactJSONStrings(text, sc, &c); ok {
			src = o
			sc.merged = true // look again below
		}
		r.find(src, sc)
	}
	escaped := (sc.hasPct || sc.hasBackslashU || sc.hasQueryPlus) && !isJSON || sc.hasPct && isJSON
	if len(sc.ms) == 0 && !escaped && src == text {
		return text
	}
	merged := sc.merged || glued(src, sc.ms) || digitsNear(src, sc.ms)
	out := src
	if len(sc.ms) > 0 {
		out = r.replace(src, sc.ms, &c)
	}
	if escaped {
		// PII may hide behind percent or JSON escapes (a query string's
		// jane%40example.com, a JSON string's jos\u00e9@...): look at the
		// decoded text and, when it holds something, keep that decoded
		// text redacted instead.
		if dec, ok := unescape(src); ok {
			r.find(dec, sc)
			if len(sc.ms) > 0 {
				c = Counts{}
				out = r.replace(dec, sc.ms, &c)
			}
		}
	}
	// A merge, or a placeholder glued to the letters or digits next to
	// it, can leave a remainder that is itself PII once its neighbour
	// became a placeholder: then look again until nothing is found, so
	// redaction is idempotent. Otherwise a placeholder between separators
	// changes nothing the detectors read (they skip placeholders).
	if !merged && !escaped {
		if counts != nil {
			for i := range c {
				counts[i] += c[i]
			}
		}
		return out
	}
	for range 3 {
		r.find(out, sc)
		if len(sc.ms) == 0 {
			break
		}
		out = r.replace(out, sc.ms, &c)
	}
	if counts != nil {
		for i := range c {
			counts[i] += c[i]
		}
	}
	return out
}

// glued reports whether a match touches a letter or digit outside it.
func glued(text string, ms []match) bool {
	for _, m := range ms {
		if m.start > 0 && isAlnum(text[m.start-1]) || m.end < len(text) && isAlnum(text[m.end]) {
			return true
		}
	}
	return false
}

// digitsNear reports whether digits sit within a few bytes of a match:
// number detectors read neighbouring digit groups, which a placeholder
// hides, so such text is looked at again.
func digitsNear(text string, ms []match) bool {
	for _, m := range ms {
		for i := max(0, m.start-8); i < m.start; i++ {
			if isDigit(text[i]) {
				return true
			}
		}
		for i := m.end; i < min(len(text), m.end+8); i++ {
			if isDigit(text[i]) {
				return true
			}
		}
	}
	return false
}

func (r *Redactor) replace(text string, ms []match, counts *Counts) string {
	var b strings.Builder
	n := len(text)
	for _, m := range ms {
		n += len(r.ph[m.kind]) - (m.end - m.start)
	}
	b.Grow(max(n, 0))
	last := 0
	for _, m := range ms {
		b.WriteString(text[last:m.start])
		b.WriteString(r.ph[m.kind])
		last = m.end
		if counts != nil {
			counts[m.kind]++
		}
	}
	b.WriteString(text[last:])
	return b.String()
}

// Count adds to counts what Redact would replace, without changing text.
func (r *Redactor) Count(text string, counts *Counts) {
	_ = r.Redact(text, counts)
}

// Contains reports whether text holds anything Redact would replace.
func (r *Redactor) Contains(text string) bool {
	return r.Redact(text, nil) != text
}

// IsPlaceholder reports whether s is one of r's placeholders.
func (r *Redactor) IsPlaceholder(s string) bool { return slices.Contains(r.ph, s) }
