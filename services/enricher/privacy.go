package enricher

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/redact"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Redaction modes.
const (
	ModeRedact   = "redact"    // replace matches with placeholders
	ModeDropBody = "drop_body" // remove prompt/completion bodies; other fields redacted
	ModeKeep     = "keep"      // change nothing, still count
)

// RedactConfig says what the enricher does with personal data (YAML
// section enricher.redact). The detectors (types, disable, patterns) are
// pkg/redact's.
type RedactConfig struct {
	Mode          string `yaml:"mode"`
	redact.Config `yaml:",inline"`
	// AllowAttributes are attribute keys (exact, or globs with *) whose
	// values stay raw: counters and enums that must not be touched. Every
	// other string attribute is scanned.
	AllowAttributes []string `yaml:"allow_attributes"`
	// MaxFieldBytes bounds the text scanned in one field; a longer field
	// is cut to it first (never passed on unscanned).
	MaxFieldBytes int `yaml:"max_field_bytes"`
}

// DefaultRedactConfig redacts every built-in type in every text field.
func DefaultRedactConfig() RedactConfig {
	return RedactConfig{
		Mode: ModeRedact,
		AllowAttributes: []string{"gen_ai.usage.*", "llm.usage.*", "http.request.method", "http.method", "http.response.status_code", "http.status_code",
			"http.route", "server.port", "db.system", "db.system.name", "traceloop.span.kind", "openinference.span.kind", "otel.status_code", "otel.scope.*"},
		MaxFieldBytes: 1 << 20,
	}
}

// MaxAllowAttributes bounds the allow-list.
const MaxAllowAttributes = 256

// Validate names the wrong key.
func (c RedactConfig) Validate() error {
	errs := []error{c.Config.Validate()}
	switch c.Mode {
	case ModeRedact, ModeDropBody, ModeKeep:
	default:
		errs = append(errs, config.Errorf("mode", "%q is not redact, drop_body or keep", c.Mode))
	}
	if len(c.AllowAttributes) > MaxAllowAttributes {
		errs = append(errs, config.Errorf("allow_attributes", "%d entries, at most %d", len(c.AllowAttributes), MaxAllowAttributes))
	}
	for i, a := range c.AllowAttributes {
		if _, err := path.Match(a, ""); err != nil || a == "" {
			errs = append(errs, config.Errorf(fmt.Sprintf("allow_attributes[%d]", i), "%q is not a key or glob", a))
		}
	}
	if c.MaxFieldBytes < 1024 {
		errs = append(errs, config.Errorf("max_field_bytes", "must be at least 1024"))
	}
	return errors.Join(errs...)
}

// privacy applies a RedactConfig and an IdentityConfig to spans.
type privacy struct {
	mode     string
	red      *redact.Redactor
	ids      *redact.Pseudonymizer
	allow    *redact.GlobSet
	maxField int
	secret   []bool // by Counts index: types that flag secret_in_output
	clean    *cleanTexts
	// truncated counts fields cut to maxField (set by the caller).
	truncated func()
}

func newPrivacy(rc RedactConfig, ic redact.IdentityConfig) (*privacy, error) {
	red, err := redact.New(rc.Config)
	if err != nil {
		return nil, err
	}
	ids, err := redact.NewPseudonymizer(ic)
	if err != nil {
		return nil, err
	}
	p := &privacy{mode: rc.Mode, red: red, ids: ids, allow: redact.NewGlobSet(rc.AllowAttributes), maxField: rc.MaxFieldBytes, truncated: func() {}, clean: newCleanTexts()}
	p.secret = make([]bool, len(redact.AllTypes))
	for i, t := range redact.AllTypes {
		switch t {
		case redact.PrivateKey, redact.JWT, redact.Bearer, redact.APIKey, redact.AWSSecret, redact.Password:
			p.secret[i] = true
		}
	}
	return p, nil
}

// Flags set on spans whose completion held personal data or secrets.
const (
	FlagPIIInOutput    = "pii_in_output"
	FlagSecretInOutput = "secret_in_output"
)

// RedactSpan applies the mode to every text field of s and pseudonymises
// its identity fields; it returns the mode with the counts per type,
// sorted by type, non-zero only.
//
// Text fields: the span name, status message and error type; prompt and
// completion message contents, system instructions and the response ID;
// every string attribute (URLs and their query strings included) except
// the allow-listed ones; identity attributes (user.*, session.*, ...) and
// the user and conversation IDs are pseudonymised instead (identity.mode
// raw keeps them). The tenant stays as it is: it is the access boundary.
//
//   - redact: matches become placeholders.
//   - drop_body: prompt and completion bodies are removed (message
//     contents and system instructions emptied, body attributes deleted,
//     s.BodiesDropped set); everything else is redacted.
//   - keep: matches are counted, nothing changes.
//
// Completions that held personal data get the pii_in_output flag, and
// secret_in_output when it was a key, token, password or private key.
func (p *privacy) RedactSpan(s *llmobsv1.Span) *llmobsv1.Redaction {
	out := &llmobsv1.Redaction{Mode: p.mode}
	if s == nil {
		return out
	}
	var counts redact.Counts
	apply := func(f *string) {
		if len(*f) > p.maxField {
			*f = truncateUTF8(*f, p.maxField)
			p.truncated()
		}
		if p.mode == ModeKeep {
			p.count(*f, &counts)
			return
		}
		*f = p.clean.redact(p.red, *f, &counts)
	}
	apply(&s.Name)
	apply(&s.StatusMessage)
	apply(&s.ErrorType)
	if g := s.GetGenAi(); g != nil {
		for _, m := range g.InputMessages {
			if m != nil {
				apply(&m.Content)
			}
		}
		before := counts
		for _, m := range g.OutputMessages {
			if m != nil {
				apply(&m.Content)
			}
		}
		pii, secret := false, false
		for i := range counts {
			if counts[i] > before[i] {
				pii = true
				if i < len(p.secret) && p.secret[i] {
					secret = true
				}
			}
		}
		if pii && !slices.Contains(s.Flags, FlagPIIInOutput) {
			s.Flags = append(s.Flags, FlagPIIInOutput)
		}
		if secret && !slices.Contains(s.Flags, FlagSecretInOutput) {
			s.Flags = append(s.Flags, FlagSecretInOutput)
		}
		apply(&g.SystemInstructions)
		apply(&g.ResponseId)
		if p.ids.Raw() {
			if p.mode != ModeKeep {
				apply(&g.UserId)
				apply(&g.ConversationId)
			}
		} else {
			g.UserId = p.ids.Pseudonym("user", g.UserId)
			g.ConversationId = p.ids.Pseudonym("conversation", g.ConversationId)
		}
		if p.mode == ModeDropBody {
			for _, m := range g.InputMessages {
				if m != nil {
					m.Content = ""
				}
			}
			for _, m := range g.OutputMessages {
				if m != nil {
					m.Content = ""
				}
			}
			g.SystemInstructions = ""
		}
	}
	// Evaluations: the evaluator's explanation and label are free text
	// (DESIGN, "Privacy"); dropped with the bodies in drop_body mode.
	for _, ev := range s.Evaluations {
		if ev == nil {
			continue
		}
		apply(&ev.Name)
		apply(&ev.Label)
		apply(&ev.ResponseId)
		if p.mode == ModeDropBody {
			p.count(ev.Explanation, &counts)
			ev.Explanation = ""
		} else {
			apply(&ev.Explanation)
		}
	}
	kept := s.Attributes[:0]
	for _, kv := range s.Attributes {
		if kv == nil {
			continue
		}
		switch {
		case p.mode == ModeDropBody && BodyAttribute(kv.Key):
			p.count(kv.Value, &counts)
			continue
		case p.allowed(kv.Key):
		case !p.ids.Raw() && p.ids.IdentityAttribute(kv.Key):
			kv.Value = p.ids.Pseudonym(kv.Key, kv.Value)
		default:
			apply(&kv.Value)
		}
		kept = append(kept, kv)
	}
	clear(s.Attributes[len(kept):])
	s.Attributes = kept
	if p.mode == ModeDropBody {
		s.BodiesDropped = true
	}
	type tc struct {
		t string
		n int
	}
	var list []tc
	for i, t := range p.red.Types() {
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

// PseudonymizeUsage pseudonymises the users of usage shares (the spend
// per tenant/user that series summaries carry), as RedactSpan does a
// span's user ID: summaries forwarded to llmobs.enriched must go through
// it.
func (p *privacy) PseudonymizeUsage(sums []*llmobsv1.SeriesSummary) {
	if p.ids.Raw() {
		return
	}
	for _, sm := range sums {
		for _, u := range sm.GetAggregate().GetUsage() {
			u.User = p.ids.Pseudonym("user", u.User)
		}
	}
}

// count adds to counts what redacting text would replace.
func (p *privacy) count(text string, counts *redact.Counts) {
	_ = p.clean.redact(p.red, text, counts)
}

func (p *privacy) allowed(key string) bool {
	return p.allow.Match(key)
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
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
