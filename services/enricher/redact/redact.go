// Package redact removes personal data and secrets from prompt and
// completion text before anything leaves the enricher: emails, phone
// numbers, credit-card numbers (Luhn-checked, known IIN ranges), IBANs
// (mod-97), IPv4/IPv6 addresses, API keys and tokens (OpenAI, Anthropic,
// AWS, GitHub, Slack, Google, Stripe), JWTs (header must decode to JSON
// with "alg"), bearer tokens, plus user patterns. Matches become typed
// placeholders such as <EMAIL>, counted per type.
//
// Speed: one byte pass computes cheap prefilters ('@', ':', the longest
// run of digits and separators, digit '.' digit, two capitals + two
// digits, key prefixes, "eyJ", "bearer"); a detector runs only when its
// prefilter fires, and the email, card, phone, IPv4 and IPv6 regexps run
// only on small windows around their triggers. Text with no candidate
// costs one scan and no allocation; Redact returns the same string.
//
// Decisions: a dotted quad of valid octets is an IP unless it is part of
// a longer dotted number (1.3.6.1.2.1, 10.0.19045.3803), prefixed with
// v/V, or follows "version", "section", "build", "release" ...; times
// (12:30:45) and MAC addresses are not IPv6; "::1"-style fragments with
// fewer than three groups are not redacted. Phones need 7–15 digits and
// a phone shape (+CC, (area), 3-3-4, 0-trunk national with spaces); dashed
// national numbers outside 3-3-4 (03-1234-5678) are not detected, to keep
// order/lot numbers untouched. Mode keep and drop_body still count.
package redact

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/llmobs/llmobs/pkg/config"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Types of PII and secrets.
const (
	Email      = "EMAIL"
	Phone      = "PHONE"
	CreditCard = "CREDIT_CARD"
	IBAN       = "IBAN"
	IP         = "IP"
	APIKey     = "API_KEY"
	JWT        = "JWT"
	Bearer     = "BEARER_TOKEN"
)

// AllTypes are the built-in types, in placeholder precedence order.
var AllTypes = []string{JWT, Bearer, APIKey, Email, IBAN, CreditCard, IP, Phone}

// Modes.
const (
	ModeRedact   = "redact"    // replace matches with placeholders
	ModeDropBody = "drop_body" // remove prompt/completion bodies, still count
	ModeKeep     = "keep"      // change nothing, still count
)

// Pattern is a user-defined detector.
type Pattern struct {
	Name        string `yaml:"name"`
	Regex       string `yaml:"regex"`
	Placeholder string `yaml:"placeholder"` // default <NAME>
}

// Config of the redactor (YAML section enricher.redact).
type Config struct {
	Mode  string    `yaml:"mode"`
	Types []string  `yaml:"types"` // enabled built-in types; empty = all
	Extra []Pattern `yaml:"patterns"`
}

// DefaultConfig redacts every built-in type.
func DefaultConfig() Config { return Config{Mode: ModeRedact} }

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	switch c.Mode {
	case ModeRedact, ModeDropBody, ModeKeep:
	default:
		errs = append(errs, config.Errorf("mode", "%q is not redact, drop_body or keep", c.Mode))
	}
	for i, t := range c.Types {
		if !slices.Contains(AllTypes, t) {
			errs = append(errs, config.Errorf(fmt.Sprintf("types[%d]", i), "unknown type %q (known: %v)", t, AllTypes))
		}
	}
	if len(c.Extra) > MaxPatterns {
		errs = append(errs, config.Errorf("patterns", "%d patterns, at most %d", len(c.Extra), MaxPatterns))
	}
	seen := map[string]bool{}
	for i, p := range c.Extra {
		name := strings.ToUpper(p.Name)
		switch {
		case p.Name == "":
			errs = append(errs, config.Errorf(fmt.Sprintf("patterns[%d].name", i), "required"))
		case slices.Contains(AllTypes, name) || seen[name]:
			errs = append(errs, config.Errorf(fmt.Sprintf("patterns[%d].name", i), "%q is already a type", p.Name))
		}
		seen[name] = true
		if _, err := regexp.Compile(p.Regex); err != nil || p.Regex == "" {
			errs = append(errs, config.Errorf(fmt.Sprintf("patterns[%d].regex", i), "%v", errOr(err)))
		}
	}
	return errors.Join(errs...)
}

func errOr(err error) any {
	if err != nil {
		return err
	}
	return "required"
}

// MaxPatterns bounds the user patterns so that Counts stays a fixed array.
const MaxPatterns = 24

// Counts is matches per type, indexed like Redactor.Types(): the built-in
// types in AllTypes order, then the user patterns in configuration order.
// A fixed array so that counting never allocates.
type Counts [8 + MaxPatterns]int

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
	mode    string
	enabled map[string]bool
	extra   []extra
	types   []string // index = Counts index
}

type extra struct {
	name, placeholder string
	re                *regexp.Regexp
}

// New builds a redactor.
func New(cfg Config) (*Redactor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	r := &Redactor{mode: cfg.Mode, enabled: map[string]bool{}, types: slices.Clone(AllTypes)}
	types := cfg.Types
	if len(types) == 0 {
		types = AllTypes
	}
	for _, t := range types {
		r.enabled[t] = true
	}
	for _, p := range cfg.Extra {
		ph := p.Placeholder
		if ph == "" {
			ph = "<" + strings.ToUpper(p.Name) + ">"
		}
		r.extra = append(r.extra, extra{name: strings.ToUpper(p.Name), placeholder: ph, re: regexp.MustCompile(p.Regex)})
		r.types = append(r.types, strings.ToUpper(p.Name))
	}
	return r, nil
}

// Types names the Counts slots: AllTypes, then the user patterns.
func (r *Redactor) Types() []string { return r.types }

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

// Find returns the non-overlapping matches in text, in order.
func (r *Redactor) Find(text string) []Match {
	if len(text) == 0 {
		return nil
	}
	var ms []Match
	// One pass of cheap prefilters decides which detectors can match.
	var hasAt, hasColon, hasDotQuad, hasIBANHead bool
	run, maxRun := 0, 0 // digits in a run of digits and phone/card separators
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			run++
			if run > maxRun {
				maxRun = run
			}
			if i >= 2 && text[i-1] == '.' && text[i-2] >= '0' && text[i-2] <= '9' {
				hasDotQuad = true
			}
			if i >= 3 && text[i-1] >= '0' && text[i-1] <= '9' && isUpper(text[i-2]) && isUpper(text[i-3]) {
				hasIBANHead = true
			}
			continue
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
			continue // separators keep the digit run going
		case c == '@':
			hasAt = true
		case c == ':':
			hasColon = true
		}
		run = 0
	}
	add := func(t string, locs [][]int, valid func(string) bool) {
		k := slices.Index(r.types, t)
		for _, l := range locs {
			if valid == nil || valid(text[l[0]:l[1]]) {
				ms = append(ms, Match{t, l[0], l[1], k})
			}
		}
	}
	if r.enabled[JWT] && strings.Contains(text, "eyJ") {
		add(JWT, reJWT.FindAllStringIndex(text, -1), validJWT)
	}
	if r.enabled[Bearer] && containsFold(text, "bearer") {
		for _, l := range reBearer.FindAllStringSubmatchIndex(text, -1) {
			ms = append(ms, Match{Bearer, l[2], l[3], 1})
		}
	}
	if r.enabled[APIKey] && maybeKey(text) {
		add(APIKey, reKey.FindAllStringIndex(text, -1), nil)
	}
	// The detectors below run their regexp only on small windows around
	// their trigger (a digit segment, an '@', a ':'), expanded to word
	// boundaries, so the cost is proportional to the candidates, not to
	// the text. Windows are disjoint, so matches never repeat.
	addIn := func(t string, re *regexp.Regexp, lo, hi int, valid func(string) bool) {
		k := slices.Index(r.types, t)
		for _, l := range re.FindAllStringIndex(text[lo:hi], -1) {
			a, b := lo+l[0], lo+l[1]
			if valid == nil || valid(text[a:b]) {
				ms = append(ms, Match{t, a, b, k})
			}
		}
	}
	if r.enabled[Email] && hasAt {
		forWindows(text, '@', isEmailLocal, isEmailDomain, func(lo, hi int) {
			addIn(Email, reEmail, lo, hi, nil)
		})
	}
	if r.enabled[IBAN] && hasIBANHead {
		add(IBAN, reIBAN.FindAllStringIndex(text, -1), validIBAN)
	}
	wantCard := r.enabled[CreditCard] && maxRun >= 13
	wantPhone := r.enabled[Phone] && maxRun >= 7
	wantIPv4 := r.enabled[IP] && hasDotQuad
	if wantCard || wantPhone || wantIPv4 {
		forDigitWindows(text, func(lo, hi, nd int, dotted bool) {
			if wantCard && nd >= 13 {
				addIn(CreditCard, reCard, lo, hi, validCard)
			}
			if wantIPv4 && dotted {
				for _, l := range reIPv4.FindAllStringIndex(text[lo:hi], -1) {
					if a, b := lo+l[0], lo+l[1]; plausibleIPv4Context(text, a, b) {
						ms = append(ms, Match{IP, a, b, 6})
					}
				}
			}
			if wantPhone && nd >= 7 {
				addIn(Phone, rePhone, lo, hi, validPhone)
			}
		})
	}
	if r.enabled[IP] && hasColon {
		forWindows(text, ':', isV6, isV6, func(lo, hi int) {
			// An IPv6 address has ≥ 3 colons or a "::"; times (12:30:45) do not.
			if w := text[lo:hi]; strings.Count(w, ":") >= 3 || strings.Contains(w, "::") {
				addIn(IP, reIPv6, lo, hi, validIPv6)
			}
		})
	}
	for _, e := range r.extra {
		add(e.name, e.re.FindAllStringIndex(text, -1), nil)
	}
	if len(ms) == 0 {
		return nil
	}
	// Earlier start wins; on a tie the longer match; overlaps are dropped.
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End-ms[i].Start > ms[j].End-ms[j].Start
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Start >= end {
			out = append(out, m)
			end = m.End
		}
	}
	return out
}

// Redact returns text with every match replaced by its placeholder and
// adds to counts (which may be nil). It always replaces, whatever the
// mode: the mode is applied by RedactSpan. Text without PII is returned
// as is, without allocating.
func (r *Redactor) Redact(text string, counts *Counts) string {
	ms := r.Find(text)
	if len(ms) == 0 {
		return text
	}
	out := r.replace(text, ms, counts)
	// Overlap resolution can leave a remainder that is itself PII once its
	// neighbour became a placeholder ("0.0.0.58::1:2:3" → "<IP>::1:2:3"):
	// repeat until nothing is found, so redaction is idempotent.
	for range 3 {
		ms = r.Find(out)
		if len(ms) == 0 {
			break
		}
		out = r.replace(out, ms, counts)
	}
	return out
}

func (r *Redactor) replace(text string, ms []Match, counts *Counts) string {
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, m := range ms {
		b.WriteString(text[last:m.Start])
		b.WriteString(r.placeholder(m.Type))
		last = m.End
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

func (r *Redactor) placeholder(t string) string {
	for _, e := range r.extra {
		if e.name == t {
			return e.placeholder
		}
	}
	return "<" + t + ">"
}

// RedactSpan applies the mode to a span's prompt and completion text
// (input/output message contents, system instructions, and attributes
// that carry bodies, see BodyAttribute) and returns the mode with the
// counts per type, sorted by type, non-zero only.
//
//   - redact: matches become placeholders.
//   - drop_body: matches are counted, then the bodies are removed (message
//     contents and system instructions emptied, body attributes deleted)
//     and s.BodiesDropped is set.
//   - keep: matches are counted, nothing changes.
func (r *Redactor) RedactSpan(s *llmobsv1.Span) *llmobsv1.Redaction {
	out := &llmobsv1.Redaction{Mode: r.mode}
	if s == nil {
		return out
	}
	var counts Counts
	apply := func(p *string) {
		switch r.mode {
		case ModeRedact:
			*p = r.Redact(*p, &counts)
		default:
			r.Count(*p, &counts)
		}
	}
	if g := s.GetGenAi(); g != nil {
		for _, m := range g.InputMessages {
			apply(&m.Content)
		}
		for _, m := range g.OutputMessages {
			apply(&m.Content)
		}
		apply(&g.SystemInstructions)
		if r.mode == ModeDropBody {
			for _, m := range g.InputMessages {
				m.Content = ""
			}
			for _, m := range g.OutputMessages {
				m.Content = ""
			}
			g.SystemInstructions = ""
		}
	}
	kept := s.Attributes[:0]
	for _, kv := range s.Attributes {
		if kv != nil && BodyAttribute(kv.Key) {
			apply(&kv.Value)
			if r.mode == ModeDropBody {
				continue
			}
		}
		kept = append(kept, kv)
	}
	clear(s.Attributes[len(kept):])
	s.Attributes = kept
	if r.mode == ModeDropBody {
		s.BodiesDropped = true
	}
	type tc struct {
		t string
		n int
	}
	var list []tc
	for i, t := range r.types {
		if counts[i] > 0 {
			list = append(list, tc{t, counts[i]})
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].t < list[j].t })
	for _, e := range list {
		out.Counts = append(out.Counts, &llmobsv1.RedactionCount{Type: e.t, Count: uint32(e.n)})
	}
	return out
}

// BodyAttribute reports whether an attribute key carries prompt or
// completion text under the naming conventions ingest passes through:
// OTel gen_ai.prompt.* / gen_ai.completion.* / gen_ai.input.messages /
// gen_ai.output.messages / gen_ai.system_instructions / tool call
// arguments and results, OpenInference input.value / output.value /
// llm.input_messages.* / llm.output_messages.*, Traceloop
// traceloop.entity.input/output, OpenLIT gen_ai.content.*. Token counts
// (gen_ai.usage.prompt_tokens) are not bodies.
func BodyAttribute(key string) bool {
	k := strings.ToLower(key)
	if strings.Contains(k, "token") || strings.Contains(k, "usage") {
		return false
	}
	for _, frag := range bodyKeyFragments {
		if strings.Contains(k, frag) {
			return true
		}
	}
	return false
}

var bodyKeyFragments = []string{
	"prompt", "completion", "input.messages", "output.messages", "input_messages", "output_messages",
	"system_instructions", "input.value", "output.value", "entity.input", "entity.output",
	"tool.call.arguments", "tool.call.result", "gen_ai.content", "gen_ai.user.message", "gen_ai.choice",
}

// ---------------------------------------------------------------- detectors

var (
	reEmail  = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b`)
	reJWT    = regexp.MustCompile(`eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`)
	reBearer = regexp.MustCompile(`(?i)\bbearer\s+([A-Za-z0-9._~+/-]{16,}=*)`)
	reKey    = regexp.MustCompile(`\b(?:sk-(?:proj-|ant-(?:api\d{2}-)?|svcacct-)?[A-Za-z0-9_-]{20,}|(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|xox[abpr]-[A-Za-z0-9-]{10,}|AIza[A-Za-z0-9_-]{35}|(?:sk|rk)_live_[A-Za-z0-9]{20,})`)
	reIBAN   = regexp.MustCompile(`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b`)
	reCard   = regexp.MustCompile(`\b\d(?:[ -]?\d){12,18}\b`)
	reIPv4   = regexp.MustCompile(`\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b`)
	reIPv6   = regexp.MustCompile(`(?i)(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:%[0-9a-z]+)?`)
	rePhone  = regexp.MustCompile(`(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,5}(?:[ .-]\d{1,6}){1,5}\b|\+\d{8,15}\b`)
	reDate   = regexp.MustCompile(`^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$`)
)

var keyPrefixes = []string{"sk-", "AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "AIza", "sk_live_", "rk_live_"}

func maybeKey(s string) bool {
	for _, p := range keyPrefixes {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// digitBuf holds the digits of a candidate without allocating; candidates
// with more digits than fit are cut (no detector accepts that many).
type digitBuf struct {
	b [24]byte
	n int
}

func (d *digitBuf) str() string { return unsafeString(d.b[:d.n]) }

func digits(s string) digitBuf {
	var d digitBuf
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if d.n == len(d.b) {
				d.n++ // too many: mark as overlong
				return d
			}
			d.b[d.n] = s[i]
			d.n++
		}
	}
	return d
}

func luhn(d string) bool {
	sum, alt := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if alt {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		alt = !alt
	}
	return sum%10 == 0
}

// validCard: 13–19 digits, Luhn, a known issuer prefix, consistent
// grouping (separators every 4 digits, or Amex 4-6-5).
func validCard(s string) bool {
	db := digits(s)
	if db.n > 19 {
		return false
	}
	d := db.str()
	if len(d) < 13 || len(d) > 19 || !luhn(d) {
		return false
	}
	p2 := atoi(d[:2])
	p4 := atoi(d[:4])
	p3 := atoi(d[:3])
	n := len(d)
	switch {
	case d[0] == '4': // Visa
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p2 == 34 || p2 == 37: // Amex
		return n == 15
	case p4 == 6011, p2 == 65, p3 >= 644 && p3 <= 649: // Discover
		return n >= 16
	case p2 == 35: // JCB
		return n >= 16
	case p2 == 36 || p2 == 38 || p2 == 30: // Diners
		return n >= 14
	case p2 == 62: // UnionPay
		return n >= 16
	}
	return false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// validIBAN: ISO 13616 mod-97 check.
func validIBAN(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	r := s[4:] + s[:4]
	rem := 0
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// plausibleIPv4Context rejects dotted quads that are part of longer dotted
// numbers (versions like 1.2.3.4.5, OIDs) or prefixed like v1.2.3.4.
func plausibleIPv4Context(text string, start, end int) bool {
	if start > 0 {
		c := text[start-1]
		if c == '.' || c == 'v' || c == 'V' || (c >= '0' && c <= '9') {
			return false
		}
	}
	if end+1 < len(text) && text[end] == '.' && isAlnum(text[end+1]) {
		return false
	}
	// "Section 4.1.2.3", "version 1.2.3.4": numbering, not an address.
	word := strings.ToLower(strings.TrimRight(lastWord(text[:start]), " :#"))
	switch word {
	case "section", "version", "release", "build", "chapter", "rule", "step", "clause", "§", "ver", "rev":
		return false
	}
	return true
}

// forWindows calls fn with disjoint windows around each trigger byte,
// expanded left over bytes accepted by left and right over bytes accepted
// by right.
func forWindows(text string, trigger byte, left, right func(byte) bool, fn func(lo, hi int)) {
	wlo, whi := -1, -1
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], trigger)
		if j < 0 {
			break
		}
		at := i + j
		lo, hi := at, at+1
		for lo > 0 && left(text[lo-1]) {
			lo--
		}
		for hi < len(text) && right(text[hi]) {
			hi++
		}
		if wlo >= 0 && lo <= whi {
			whi = max(whi, hi)
		} else {
			if wlo >= 0 {
				fn(wlo, whi)
			}
			wlo, whi = lo, hi
		}
		i = hi
		if i <= at {
			i = at + 1
		}
	}
	if wlo >= 0 {
		fn(wlo, whi)
	}
}

// forDigitWindows calls fn with disjoint windows around segments of digits
// and phone/card/IP separators, expanded to word boundaries (and a leading
// '+' or '('), with the most digits of any segment inside and whether a
// digit '.' digit occurs.
func forDigitWindows(text string, fn func(lo, hi, nd int, dotted bool)) {
	wlo, whi, wnd, wdot := -1, -1, 0, false
	for i := 0; i < len(text); {
		c := text[i]
		if c < '0' || c > '9' {
			i++
			continue
		}
		start, nd, dot := i, 0, false
		j := i
		for ; j < len(text); j++ {
			c := text[j]
			if c >= '0' && c <= '9' {
				nd++
				if j >= 2 && text[j-1] == '.' && text[j-2] >= '0' && text[j-2] <= '9' {
					dot = true
				}
				continue
			}
			if c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+' {
				break
			}
		}
		lo, hi := start, j
		for lo > 0 && (isWord(text[lo-1]) || text[lo-1] == '+' || text[lo-1] == '(') {
			lo--
		}
		for hi < len(text) && isWord(text[hi]) {
			hi++
		}
		if wlo >= 0 && lo <= whi {
			whi, wnd, wdot = max(whi, hi), max(wnd, nd), wdot || dot
		} else {
			if wlo >= 0 {
				fn(wlo, whi, wnd, wdot)
			}
			wlo, whi, wnd, wdot = lo, hi, nd, dot
		}
		// A word that ends in digits ("to415 555 0199") may start the
		// next segment: continue from those digits, the windows merge.
		next := max(j, hi)
		if hi > j {
			k := hi
			for k > j && text[k-1] >= '0' && text[k-1] <= '9' {
				k--
			}
			if k < hi {
				next = k
			}
		}
		i = next
	}
	if wlo >= 0 {
		fn(wlo, whi, wnd, wdot)
	}
}

// unsafeString views b as a string; b must not change while it is used.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

func isWord(c byte) bool { return isAlnum(c) || c == '_' }

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isEmailDomain(c byte) bool { return isAlnum(c) || c == '.' || c == '-' || c == '_' }

func isV6(c byte) bool { return isAlnum(c) || c == ':' || c == '.' || c == '%' }

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(s, " \t\n("); i >= 0 {
		return s[i+1:]
	}
	return s
}

func validIPv6(s string) bool {
	if strings.Count(s, ":") < 2 {
		return false
	}
	host := s
	if i := strings.IndexByte(host, '%'); i >= 0 {
		host = host[:i]
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.To4() != nil && !strings.Contains(host, "::ffff:") {
		return false
	}
	// "::" alone or "1::" style fragments are not addresses worth hiding.
	groups := 0
	for _, g := range strings.Split(host, ":") {
		if g != "" {
			groups++
		}
	}
	return groups >= 3
}

// validPhone: 7–15 digits (E.164), not a date, and shaped like a phone
// number: an international prefix, an area code in parentheses, or
// separated groups with a typical layout.
func validPhone(s string) bool {
	db := digits(s)
	if db.n < 7 || db.n > 15 {
		return false
	}
	d := db.str()
	if len(d) < 7 || len(d) > 15 {
		return false
	}
	if reDate.MatchString(s) {
		return false
	}
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "(") || strings.Contains(s, "(") {
		return len(d) >= 8
	}
	var gl [8]int // lengths of the first groups
	ng := 0
	for g := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		if ng < len(gl) {
			gl[ng] = len(g)
		}
		ng++
	}
	groups := gl[:min(ng, len(gl))]
	if strings.Contains(s, ".") && !strings.Contains(s, " ") && !strings.Contains(s, "-") {
		return ng == 3 && len(d) == 10 // 415.555.0132
	}
	// North American 3-3-4, or a national number with a trunk 0 written
	// with spaces (UK 020 7946 0958, DE 030 901820): not 00-prefixed lot or
	// serial numbers with dashes.
	if ng == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4 {
		return true
	}
	return d[0] == '0' && d[1] != '0' && len(d) >= 9 && !strings.ContainsAny(s, "-.") && ng > 0 && groups[0] <= 5
}

func validJWT(s string) bool {
	head := s[:strings.IndexByte(s, '.')]
	b, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return false
	}
	return strings.Contains(string(b), `"alg"`)
}
