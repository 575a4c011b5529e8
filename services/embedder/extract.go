package embedder

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/llmobs/llmobs/pkg/auth"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/index"
)

// Why a span yields no prompt (llmobs_embedder_skipped_spans_total).
const (
	skipNotLLM        = "not_llm"        // retrieval, HTTP, tool, embedding spans
	skipNoPrompt      = "no_prompt"      // an LLM span without prompt text
	skipBodiesDropped = "bodies_dropped" // ingest shed the bodies under load
	skipUnredacted    = "unredacted"     // the enricher ran with redact mode "keep": never embedded
)

// prompt is one LLM call's question, ready to dedup and embed.
type prompt struct {
	text    string // as embedded (redacted, cut to max_text_bytes, valid UTF-8)
	hash    string // of the normalised text
	id      string // index.PointID(hash)
	payload index.Payload
	// out is what the call answered (outputText), outHash its hash; set
	// only with outputs.enabled.
	out, outHash string
}

// extract takes the prompt of one enriched span: the last user message (what
// the user asked), or else every non-system input message joined. ok is
// false with a reason when there is nothing to embed.
func extract(es *llmobsv1.EnrichedSpan, maxBytes int) (p prompt, reason string, ok bool) {
	return extractWith(es, maxBytes, false)
}

// extractWith also takes the call's completion when outputs is set.
func extractWith(es *llmobsv1.EnrichedSpan, maxBytes int, outputs bool) (p prompt, reason string, ok bool) {
	sp := es.GetSpan()
	if sp.GetClass() != llmobsv1.SpanClass_SPAN_CLASS_LLM {
		return p, skipNotLLM, false
	}
	if sp.GetBodiesDropped() {
		return p, skipBodiesDropped, false
	}
	if mode := es.GetRedaction().GetMode(); mode == "" || mode == "keep" {
		// Only redacted text is ever embedded (DESIGN.md).
		if len(sp.GetGenAi().GetInputMessages()) > 0 {
			return p, skipUnredacted, false
		}
		return p, skipNoPrompt, false
	}
	text := promptText(sp.GetGenAi().GetInputMessages())
	text = cut(strings.ToValidUTF8(strings.TrimSpace(text), "\uFFFD"), maxBytes)
	if strings.TrimSpace(text) == "" {
		return p, skipNoPrompt, false
	}
	p.text = text
	p.hash = textHash(text)
	g := sp.GetGenAi()
	p.id = index.PointID(tenantKey(p.hash, utf8OK(g.GetTenantId())))
	model := g.GetRequestModel()
	if model == "" {
		model = g.GetResponseModel()
	}
	end := time.Unix(0, int64(sp.GetEndTimeUnixNano())).UTC()
	lat := 0.0
	if sp.GetEndTimeUnixNano() > sp.GetStartTimeUnixNano() {
		lat = float64(sp.GetEndTimeUnixNano()-sp.GetStartTimeUnixNano()) / 1e6
	}
	tid := hex.EncodeToString(sp.GetTraceId())
	p.payload = index.Payload{
		Text: text, TextHash: p.hash,
		TraceID: tid, SpanID: hex.EncodeToString(sp.GetSpanId()), TraceIDs: []string{tid},
		Service: utf8OK(sp.GetResource().GetServiceName()), Model: utf8OK(model),
		Provider: utf8OK(g.GetProvider()), Operation: utf8OK(g.GetOperation()),
		Time: end, LatencyMS: lat,
		Error:   sp.GetStatusCode() == llmobsv1.StatusCode_STATUS_CODE_ERROR || sp.GetErrorType() != "",
		CostUSD: es.GetCost().GetTotal(), InputTokens: g.GetInputTokens(), OutputTokens: g.GetOutputTokens(),
		ConversationID: utf8OK(g.GetConversationId()), UserID: utf8OK(g.GetUserId()), Tenant: utf8OK(g.GetTenantId()),
		Hits: 1, FirstSeen: end, LastSeen: end,
		Flags: index.MergeFlags(nil, sp.GetFlags()),
	}
	for i, f := range p.payload.Flags {
		p.payload.Flags[i] = utf8OK(f)
	}
	if outputs {
		if p.out = outputText(sp, maxBytes); p.out != "" {
			p.outHash = textHash(p.out)
		}
	}
	return p, "", true
}

// utf8OK replaces what is not UTF-8 in a label with U+FFFD (as the
// texts): the enricher's spans are valid, but a foreign record's bad label
// made Qdrant's gRPC client refuse the whole batch, and the index is a
// sink — better the label repaired than the batch's prompts lost. Valid
// strings are returned as they are, without a copy.
func utf8OK(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// tenantKey is what a point's ID is derived from: the same prompt of two
// tenants is two points, so one tenant's search never finds (or counts)
// another's. The default tenant's key is the text hash alone, as before
// tenants.
func tenantKey(hash, tenant string) string {
	if auth.TenantOf(tenant) == auth.DefaultTenant {
		return hash
	}
	return hash + "/" + tenant
}

func promptText(msgs []*llmobsv1.Message) string {
	for i := len(msgs) - 1; i >= 0; i-- {
		if r := strings.ToLower(msgs[i].GetRole()); (r == "user" || r == "human") && strings.TrimSpace(msgs[i].GetContent()) != "" {
			return msgs[i].GetContent()
		}
	}
	var b strings.Builder
	for _, m := range msgs {
		if strings.EqualFold(m.GetRole(), "system") || strings.TrimSpace(m.GetContent()) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(m.GetContent())
	}
	return b.String()
}

// cut shortens s to at most n bytes on a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// normalize is the dedup form of a text: NFKC, lower case, whitespace runs
// collapsed to one space, trimmed.
func normalize(s string) string {
	if b, ok := appendNormalASCII(nil, s); ok {
		return string(b)
	}
	return normalizeUnicode(s)
}

// normalizeUnicode is normalize for any text.
func normalizeUnicode(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// appendNormalASCII appends normalize(s) to b for an ASCII text (NFKC
// leaves those as they are); false for any other byte.
func appendNormalASCII(b []byte, s string) ([]byte, bool) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return b, true
}

// textHash is the hex SHA-256 (first 16 bytes) of the normalised text.
func textHash(s string) string {
	var buf [1024]byte
	b, ok := appendNormalASCII(buf[:0], s)
	if !ok {
		b = []byte(normalize(s))
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

// owned returns p with its own copies of every string taken from the span,
// for a span decoded without copying (decodePrompts): a retained string
// would otherwise keep the whole fetched record alive. A new string field
// of Payload that comes from the span must be copied here too.
func (p prompt) owned() prompt {
	p.text = strings.Clone(p.text)
	p.out = strings.Clone(p.out)
	pl := &p.payload
	pl.Text = p.text
	pl.Service = strings.Clone(pl.Service)
	pl.Model = strings.Clone(pl.Model)
	pl.Provider = strings.Clone(pl.Provider)
	pl.Operation = strings.Clone(pl.Operation)
	pl.ConversationID = strings.Clone(pl.ConversationID)
	pl.UserID = strings.Clone(pl.UserID)
	pl.Tenant = strings.Clone(pl.Tenant)
	if len(pl.Flags) > 0 {
		fl := make([]string, len(pl.Flags))
		for i, f := range pl.Flags {
			fl[i] = strings.Clone(f)
		}
		pl.Flags = fl
	}
	return p
}
