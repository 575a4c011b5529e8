package enricher

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/redact"
	"github.com/llmobs/llmobs/pkg/textcache"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/enricher/safety"
)

// Safety and quality flags (DESIGN, "Flags"), set on Span.flags of
// enriched spans. pii_in_output and secret_in_output are set by the
// redaction (privacy.go); novel_prompt by the embedder.
const (
	FlagPromptInjection  = safety.FlagPromptInjection // user input or retrieved context tries to override the application
	FlagJailbreak        = safety.FlagJailbreak       // user input tries to lift the model's safety rules
	FlagSystemPromptLeak = "system_prompt_leak"       // the completion repeats the system prompt
	FlagRefusal          = "refusal"                  // the model declined
	FlagEmptyOutput      = "empty_output"             // a successful call that produced nothing
	FlagTruncated        = "truncated"                // stopped at the token limit (finish reason length)
	FlagContentFilter    = "content_filter"           // stopped by the provider's content filter
	FlagUngrounded       = "ungrounded"               // a RAG answer its retrieved context does not support
)

// GroundednessAttribute carries a RAG call's groundedness score (0..1,
// two decimals) on the span.
const GroundednessAttribute = "llmobs.groundedness"

// SignalFlags lists every flag the enricher sets, in display order.
var SignalFlags = []string{FlagPromptInjection, FlagJailbreak, FlagPIIInOutput, FlagSecretInOutput, FlagSystemPromptLeak,
	FlagRefusal, FlagEmptyOutput, FlagTruncated, FlagContentFilter, FlagUngrounded}

// SignalsConfig is the YAML section enricher.signals.
type SignalsConfig struct {
	// Injection: prompt injection and jailbreak detection on the user's
	// last message, on tool and context messages, and on the documents of
	// retrieval and tool spans.
	Injection safety.Config `yaml:"injection"`
	// ModelDir holds the sentence encoder's weights (the embedder's
	// use-lite; `llmobs models` fetches them). When they are not there,
	// injection detection runs on its rules alone and says so at start.
	ModelDir string `yaml:"model_dir"`
	// Output: refusal, empty, truncated, content-filtered and
	// system-prompt-echo checks on completions.
	Output bool `yaml:"output"`
	// EchoWords: a run of this many consecutive words of the system
	// prompt in a completion is a system_prompt_leak (a shorter system
	// prompt must appear whole).
	EchoWords int `yaml:"echo_words"`
	// ContextAttributes: attribute keys (globs) of retrieval and tool
	// spans whose values are documents or tool results, scanned for
	// indirect injection.
	ContextAttributes []string `yaml:"context_attributes"`
	// Grounding scores RAG answers against the documents in the call's
	// messages (tool / context roles; safety/grounded.go) and flags
	// ungrounded those below GroundedThreshold.
	Grounding         bool    `yaml:"grounding"`
	GroundedThreshold float64 `yaml:"grounded_threshold"`
	// VerdictCacheBytes bounds the memory of the injection verdicts of
	// recently seen texts (by a 128-bit digest: no text is kept). The
	// same retrieved document, tool result or templated prompt seen again
	// costs a lookup instead of a check (~10 µs to a few ms). Verdicts
	// reached without the encoder because its budget was spent or it
	// failed are not kept. 0 turns it off.
	VerdictCacheBytes int `yaml:"verdict_cache_bytes"`
}

// DefaultSignalsConfig turns everything on.
func DefaultSignalsConfig() SignalsConfig {
	return SignalsConfig{
		Injection: safety.DefaultConfig(),
		ModelDir:  encoder.DefaultUSELiteDir,
		Output:    true,
		EchoWords: 12,
		Grounding: true, GroundedThreshold: safety.DefaultGroundedThreshold,
		VerdictCacheBytes: 4 << 20,
		ContextAttributes: []string{"*document*", "*documents*", "*.content", "*chunk*", "db.query.result*", "*retriev*",
			"gen_ai.tool.call.result", "*tool.output*", "output.value", "*.page_content"},
	}
}

// Validate names the wrong key.
func (c SignalsConfig) Validate() error {
	errs := []error{config.Prefix("injection", c.Injection.Validate())}
	if c.GroundedThreshold < 0 || c.GroundedThreshold > 1 {
		errs = append(errs, config.Errorf("grounded_threshold", "must be in [0, 1]"))
	}
	if c.VerdictCacheBytes < 0 {
		errs = append(errs, config.Errorf("verdict_cache_bytes", "must not be negative"))
	}
	if c.EchoWords < 4 || c.EchoWords > maxEchoWords {
		errs = append(errs, config.Errorf("echo_words", "must be in [4, %d]", maxEchoWords))
	}
	if len(c.ContextAttributes) > MaxAllowAttributes {
		errs = append(errs, config.Errorf("context_attributes", "%d entries, at most %d", len(c.ContextAttributes), MaxAllowAttributes))
	}
	for i, g := range c.ContextAttributes {
		if _, err := filepath.Match(g, ""); err != nil || g == "" {
			errs = append(errs, config.Errorf(fmt.Sprintf("context_attributes[%d]", i), "%q is not a key or glob", g))
		}
	}
	return errors.Join(errs...)
}

type signalMetrics struct {
	flags  *prometheus.CounterVec
	checks *prometheus.CounterVec
	// outcome: the checks counters resolved once (the hot path does not
	// look labels up).
	outcome map[string]prometheus.Counter
}

func newSignalMetrics() *signalMetrics {
	m := &signalMetrics{
		flags:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_flags_total", Help: "Spans flagged, by flag (prompt_injection, jailbreak, pii_in_output, secret_in_output, system_prompt_leak, refusal, empty_output, truncated, content_filter)."}, []string{"flag"}),
		checks: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_enricher_injection_checks_total", Help: "Texts checked for prompt injection, by how: no_cue (one pass found nothing suspicious), rules (a cue or a rule's score, settled by the rules alone), encoded (sentences went through the encoder), cached (the encoder's vectors came from its cache), repeat (the same text was judged recently: its verdict was reused), model_lite (the model decided without the encoder: sure enough, or no encoder), encoder_budget (max_encodes_per_second or encoder_cpu spent: the model's lite half, or the rules, alone), encoder_error (likewise)."}, []string{"outcome"}),
	}
	m.outcome = map[string]prometheus.Counter{}
	for _, o := range []string{"no_cue", "rules", "encoded", "cached", "repeat", "model_lite", "encoder_budget", "encoder_error"} {
		m.outcome[o] = m.checks.WithLabelValues(o)
	}
	return m
}

func (m *signalMetrics) count(outcome string) { m.outcome[outcome].Inc() }

func (m *signalMetrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.flags, m.checks}
}

// signals computes the flags of a span from its raw text: it must run
// before the redaction changes the text.
type signals struct {
	cfg   SignalsConfig
	det   *safety.Detector
	m     *signalMetrics
	ctxKV *redact.GlobSet
	grams gramCache
	// verdicts: the flags of texts judged recently, by digest.
	verdicts *textcache.Cache[verdictKey, verdictFlags]
	seeds    [2]maphash.Seed
}

// verdictKey is a text's 128-bit digest (two seeds chosen at start: a
// collision cannot be aimed at) and where it was (context or user).
type verdictKey struct {
	h         [2]uint64
	inContext bool
}

// verdictFlags: bit 0 prompt_injection, bit 1 jailbreak.
type verdictFlags uint8

var verdictFlagNames = [2]string{FlagPromptInjection, FlagJailbreak}

// maxEchoWords bounds echo_words.
const maxEchoWords = 64

// newSignals loads the encoder when its weights are there; note says
// what was decided, for the start-up log.
func newSignals(cfg SignalsConfig, m *signalMetrics) (sg *signals, note string, err error) {
	var enc safety.Encoder
	note = "rules and sentence encoder"
	why := "" // why there is no encoder
	switch {
	case !cfg.Injection.Enabled:
		note = "off"
	case !cfg.Injection.Semantic:
		why = "injection.semantic is false"
		note = "rules only (" + why + ")"
	default:
		if _, serr := os.Stat(filepath.Join(cfg.ModelDir, "model.json")); serr != nil {
			why = fmt.Sprintf("the sentence encoder's weights are not in %s (fetch them once with `llmobs models`, or set enricher.signals.model_dir)", cfg.ModelDir)
			note = "rules only: " + why
		} else {
			u, lerr := encoder.NewUSELite(cfg.ModelDir)
			if lerr != nil {
				return nil, "", fmt.Errorf("enricher signals: %w", lerr)
			}
			enc = u
		}
	}
	det, err := safety.New(context.Background(), cfg.Injection, enc)
	if err != nil {
		return nil, "", fmt.Errorf("enricher signals: %w", err)
	}
	switch {
	case !cfg.Injection.Enabled:
	case det.Model() && det.Semantic():
		note = "rules and model (the sentence encoder reads the texts its lite half is unsure of)"
	case det.Model():
		note = "rules and the model's lite half, without the sentence encoder: " + why
	}
	if det.Semantic() && !det.ExemplarsStored() {
		// Not an error: another encoder, or exemplars changed without
		// regenerating the stored vectors (exemplar_cache.go).
		note += "; exemplar vectors encoded at start (exemplar_vectors.bin is not this encoder's)"
	}
	return &signals{cfg: cfg, det: det, m: m, ctxKV: redact.NewGlobSet(cfg.ContextAttributes), grams: gramCache{seed: maphash.MakeSeed()},
		verdicts: textcache.New[verdictKey, verdictFlags](cfg.VerdictCacheBytes, nil),
		seeds:    [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}}, note, nil
}

// Flag adds the span's flags to s.Flags (each once). Spans whose bodies
// ingest dropped under load carry no text and get none of the text flags.
func (sg *signals) Flag(ctx context.Context, s *llmobsv1.Span) {
	if s == nil {
		return
	}
	switch s.Class {
	case llmobsv1.SpanClass_SPAN_CLASS_LLM:
		g := s.GetGenAi()
		if g == nil {
			return
		}
		if sg.cfg.Injection.Enabled && !s.BodiesDropped {
			lastUser := -1
			for i, m := range g.InputMessages {
				if m != nil && strings.EqualFold(m.Role, "user") {
					lastUser = i
				}
			}
			for i, m := range g.InputMessages {
				if m == nil || m.Content == "" {
					continue
				}
				switch {
				case i == lastUser:
					sg.check(ctx, s, m.Content, false)
				case contextRole(m.Role): // tool, function, ipython, document, context, retrieval, ...
					sg.check(ctx, s, m.Content, true)
				default:
					// Written by the application or checked on an
					// earlier turn of the conversation.
				}
			}
		}
		if sg.cfg.Output {
			sg.output(s, g)
		}
		if sg.cfg.Grounding && !s.BodiesDropped {
			sg.ground(ctx, s, g)
		}
	case llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL, llmobsv1.SpanClass_SPAN_CLASS_TOOL:
		if !sg.cfg.Injection.Enabled || s.BodiesDropped {
			return
		}
		for _, kv := range s.Attributes {
			if kv != nil && kv.Value != "" && sg.ctxKV.Match(kv.Key) {
				sg.check(ctx, s, kv.Value, true)
			}
		}
	}
}

func (sg *signals) check(ctx context.Context, s *llmobsv1.Span, text string, inContext bool) {
	var key verdictKey
	if sg.verdicts != nil {
		key = verdictKey{h: [2]uint64{maphash.String(sg.seeds[0], text), maphash.String(sg.seeds[1], text)}, inContext: inContext}
		if v, ok := sg.verdicts.Get(key); ok {
			sg.m.count("repeat")
			for i, f := range verdictFlagNames {
				if v&(1<<i) != 0 {
					sg.add(s, f)
				}
			}
			return
		}
	}
	res := sg.det.Check(ctx, text, inContext)
	if sg.verdicts != nil && res.EncoderErr == nil && !res.Budget {
		// A verdict without the encoder because of its budget or an
		// error may differ from the next one: not kept.
		var v verdictFlags
		for i, f := range verdictFlagNames {
			if slices.Contains(res.Flags, f) {
				v |= 1 << i
			}
		}
		sg.verdicts.Put(key, v)
	}
	switch {
	case res.EncoderErr != nil:
		sg.m.count("encoder_error")
	case res.Budget:
		sg.m.count("encoder_budget")
	case res.Encoded > 0:
		sg.m.count("encoded")
	case res.Cached > 0:
		sg.m.count("cached")
	case res.Lite:
		sg.m.count("model_lite")
	case res.Cue || res.Score > 0:
		sg.m.count("rules")
	default:
		sg.m.count("no_cue")
	}
	for _, f := range res.Flags {
		sg.add(s, f)
	}
}

func (sg *signals) add(s *llmobsv1.Span, f string) {
	if !slices.Contains(s.Flags, f) {
		s.Flags = append(s.Flags, f)
		sg.m.flags.WithLabelValues(f).Inc()
	}
}

// contextRole: input messages in these roles carry retrieved documents or
// tool results (indirect injection, groundedness); system, developer,
// user and assistant messages do not count.
func contextRole(role string) bool {
	switch strings.ToLower(role) {
	case "system", "developer", "assistant", "user", "model", "human", "":
		return false
	}
	return true
}

// ground scores a RAG answer against the documents in its messages. A
// refusal, an empty or filtered answer is not judged.
func (sg *signals) ground(ctx context.Context, s *llmobsv1.Span, g *llmobsv1.GenAI) {
	if s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR || slices.Contains(s.Flags, FlagRefusal) || slices.Contains(s.Flags, FlagEmptyOutput) || slices.Contains(s.Flags, FlagContentFilter) {
		return
	}
	var docs []string
	for _, m := range g.InputMessages {
		if m != nil && m.Content != "" && contextRole(m.Role) {
			docs = append(docs, m.Content)
		}
	}
	if len(docs) == 0 {
		return
	}
	var b strings.Builder
	for _, m := range g.OutputMessages {
		if m != nil && m.Content != "" {
			b.WriteString(m.Content)
			b.WriteByte('\n')
		}
	}
	res, ok := sg.det.Groundedness(ctx, b.String(), docs)
	if !ok {
		return
	}
	s.Attributes = append(s.Attributes, &llmobsv1.KeyValue{Key: GroundednessAttribute, Value: strconv.FormatFloat(res.Score, 'f', 2, 64)})
	if res.Score < sg.cfg.GroundedThreshold {
		sg.add(s, FlagUngrounded)
	}
}

// Finish reasons, as providers and instrumentations spell them.
var (
	truncatedReasons = []string{"length", "max_tokens", "max_output_tokens", "model_length", "max_completion_tokens"}
	filterReasons    = []string{"content_filter", "safety", "blocklist", "prohibited_content", "spii", "recitation", "guardrail_intervened", "content_filtered"}
)

func (sg *signals) output(s *llmobsv1.Span, g *llmobsv1.GenAI) {
	reasons := g.FinishReasons
	text := ""
	var b strings.Builder
	for _, m := range g.OutputMessages {
		if m == nil {
			continue
		}
		if m.FinishReason != "" {
			reasons = append(reasons, m.FinishReason)
		}
		if m.Content != "" {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(m.Content)
		}
	}
	text = b.String()
	for _, r := range reasons {
		r = strings.ToLower(r)
		switch {
		case slices.Contains(truncatedReasons, r):
			sg.add(s, FlagTruncated)
		case slices.Contains(filterReasons, r):
			sg.add(s, FlagContentFilter)
		case r == "refusal":
			sg.add(s, FlagRefusal)
		}
	}
	if s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR {
		return
	}
	toolCall := false
	for _, r := range reasons {
		if r = strings.ToLower(r); r == "tool_calls" || r == "function_call" || r == "tool_use" {
			toolCall = true
		}
	}
	chat := g.Operation == "chat" || g.Operation == "text_completion" || g.Operation == "generate_content" || g.Operation == ""
	switch {
	case toolCall || !chat:
	case s.BodiesDropped:
		// No text to judge; a zero token count still says it.
		if g.OutputTokens == 0 && g.InputTokens > 0 {
			sg.add(s, FlagEmptyOutput)
		}
	case len(g.OutputMessages) > 0 && strings.TrimSpace(text) == "":
		sg.add(s, FlagEmptyOutput)
	case len(g.OutputMessages) == 0 && g.OutputTokens == 0 && g.InputTokens > 0:
		// Usage reported, nothing generated.
		sg.add(s, FlagEmptyOutput)
	}
	if text == "" {
		return
	}
	if isRefusal(text) {
		sg.add(s, FlagRefusal)
	}
	sys := g.SystemInstructions
	for _, m := range g.InputMessages {
		if m != nil && (strings.EqualFold(m.Role, "system") || strings.EqualFold(m.Role, "developer")) {
			sys += "\n" + m.Content
		}
	}
	if sys != "" && sg.echoes(text, sys) {
		sg.add(s, FlagSystemPromptLeak)
	}
}

// A refusal opens the answer (or is all of a short one): "I'm sorry, but I
// can't help with that", "As an AI language model, I cannot…". Apologies
// that go on to answer ("Sorry for the delay, here is…") are not refusals.
var reRefusal = regexp.MustCompile(`^(?:(?:i'?m|i am) (?:very |really |so )?sorry,? (?:but )?|sorry,? (?:but )?|unfortunately,? |i apologi[sz]e,? (?:but )?|as an ai(?: language model| assistant)?,? )?(?:i|we) (?:can(?:not|'t| not)|won'?t|will not|am not able to|'m not able to|am unable to|'m unable to|must decline to|must respectfully decline|do not feel comfortable|don'?t feel comfortable|am not comfortable|'m not comfortable|am not allowed to|'m not allowed to|am not permitted to|shouldn'?t)\b[^.!?\n]*?\b(?:help|assist|provide|comply|fulfil+|do that|do this|answer|share|create|write|generate|give|support|engage|discuss|that request|this request|with that|with this)`)

// reRefusalTail: "I can't help with that." as the whole answer, or "I must
// decline." / "I'm unable to help with this request." anywhere in a short one.
var reRefusalShort = regexp.MustCompile(`\b(?:i (?:must|have to) decline|(?:i|we) (?:can(?:not|'t)|won'?t) (?:help|assist) with (?:that|this|your request)|that'?s not something i can (?:help|assist) with|i'?m not able to (?:help|assist) with (?:that|this))\b`)

// refusalCues: one of these (case as written after a first letter) is in
// every refusal the patterns know, so most answers cost a few searches.
var refusalCues = []string{"orry", "an't", "an’t", "annot", "nable", "ecline", " AI", " ai", "on't", "on’t", "ot able", "omfortable", "llowed", "ermitted", "pologi", "nfortunately", "houldn"}

// refusalCuesByFirst are the refusal cues by their first byte.
var refusalCuesByFirst = func() (t [256][]string) {
	for _, c := range refusalCues {
		t[c[0]] = append(t[c[0]], c)
	}
	return t
}()

// hasRefusalCue reports whether t contains one of the refusal cues: one
// pass over t, where a search per cue made seventeen.
func hasRefusalCue(t string) bool {
	for i := 0; i < len(t); i++ {
		for _, c := range refusalCuesByFirst[t[i]] {
			if strings.HasPrefix(t[i:], c) {
				return true
			}
		}
	}
	return false
}

func isRefusal(text string) bool {
	t := strings.TrimLeftFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '*' })
	if len(t) > 400 {
		t = truncateUTF8(t, 400)
	}
	if !hasRefusalCue(t) {
		return false
	}
	t = strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	if reRefusal.MatchString(t) {
		return true
	}
	return len(text) < 300 && reRefusalShort.MatchString(t)
}

// echoes: the completion holds n consecutive words of the system prompt
// (lower-cased, punctuation dropped), or all of a shorter system prompt of
// at least 6 words. Both texts are read up to 64 KiB. The system prompt's
// word n-grams are kept per distinct prompt (applications send the same
// one with every call), so a call costs one pass over its completion.
func (sg *signals) echoes(out, sys string) bool {
	g := sg.grams.of(truncateUTF8(sys, 64<<10), sg.cfg.EchoWords)
	if g == nil {
		return false
	}
	found := false
	rollGrams(truncateUTF8(out, 64<<10), g.k, func(h uint64) bool {
		_, found = g.set[h]
		return !found
	})
	return found
}

// gramSet is the hashed word k-grams of one system prompt.
type gramSet struct {
	k   int
	set map[uint64]struct{}
}

// gramCache maps a system prompt (by hash) to its k-grams; bounded, it is
// emptied when full.
type gramCache struct {
	mu   sync.Mutex
	seed maphash.Seed
	m    map[uint64]*gramSet
}

const maxGramCache = 256

func (c *gramCache) of(sys string, n int) *gramSet {
	key := maphash.String(c.seed, sys)
	c.mu.Lock()
	defer c.mu.Unlock()
	if g, ok := c.m[key]; ok {
		return g
	}
	words := 0
	eachWord(sys, func(uint64) { words++ })
	var g *gramSet
	if words >= 6 {
		g = &gramSet{k: min(n, words), set: map[uint64]struct{}{}}
		rollGrams(sys, g.k, func(h uint64) bool { g.set[h] = struct{}{}; return true })
	}
	if c.m == nil || len(c.m) >= maxGramCache {
		c.m = map[uint64]*gramSet{}
	}
	c.m[key] = g
	return g
}

// eachWord calls f with a hash of every word of s (runs of letters and
// digits, lower-cased), without allocating.
func eachWord(s string, f func(h uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		default:
			if in {
				f(h)
				h, in = offset, false
			}
			continue
		}
		h = (h ^ uint64(r)) * prime
		in = true
	}
	if in {
		f(h)
	}
}

// rollGrams calls f with the hash of every run of k consecutive words of
// s (a polynomial rolling hash of the words' hashes) until f returns false.
func rollGrams(s string, k int, f func(h uint64) bool) {
	const base = 0x9E3779B97F4A7C15 | 1
	var ring [maxEchoWords]uint64
	var g, top uint64 = 0, 1 // top = base^k
	for i := 0; i < k; i++ {
		top *= base
	}
	n, stop := 0, false
	eachWord(s, func(h uint64) {
		if stop {
			return
		}
		g = g*base + h
		if n >= k {
			g -= ring[n%k] * top
		}
		ring[n%k] = h
		n++
		if n >= k && !f(g) {
			stop = true
		}
	})
}
