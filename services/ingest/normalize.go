package ingest

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// normalizer maps the attribute names of every GenAI instrumentation
// generation onto llmobs.v1.GenAI:
//   - current semconv (gen_ai.provider.name, gen_ai.usage.input_tokens,
//     gen_ai.input.messages, gen_ai.response.time_to_first_chunk, ...);
//   - deprecated semconv (gen_ai.system, gen_ai.usage.prompt_tokens,
//     gen_ai.prompt / gen_ai.completion, gen_ai.content.* events);
//   - OpenLLMetry (llm.request.type, llm.usage.total_tokens,
//     llm.is_streaming, gen_ai.prompt.N.content/role,
//     gen_ai.completion.N.content, gen_ai.usage.cache_read_input_tokens,
//     llm.content.completion.chunk events);
//   - OpenLIT (gen_ai.server.time_to_first_token, gen_ai.request.is_stream,
//     gen_ai.usage.cost ignored: llmobs prices calls itself).
type normalizer struct {
	d  *Decoder
	sp *llmobsv1.Span

	g          *llmobsv1.GenAI
	dbSystem   string
	httpMethod bool
	kindHint   string // traceloop.span.kind / openinference.span.kind

	inputJSON, outputJSON, systemJSON string
	prompt, completion                string
	indexedIn, indexedOut             []indexedMsg
	firstChunk                        uint64
	exceptionType                     string
	oversize                          bool

	spanEval evalAttrs // evaluation attributes on the span itself
	evals    []*llmobsv1.Evaluation
	badEval  bool
}

type indexedMsg struct {
	i                     int
	role, content, finish string
}

func (n *normalizer) genai() *llmobsv1.GenAI {
	if n.g == nil {
		n.g = n.d.a.genai.new()
	}
	return n.g
}

func (n *normalizer) limitBody(s string) string {
	if max := n.d.Limits.MaxBodyBytes; max > 0 && len(s) > max {
		n.oversize = true
		return truncateUTF8(s, max)
	}
	return s
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

func (n *normalizer) attr(key []byte, v anyValue) {
	g := func() *llmobsv1.GenAI { return n.genai() }
	switch string(key) {
	// operation and provider
	case "gen_ai.operation.name":
		g().Operation = v.String()
	case "llm.request.type":
		if n.genai().Operation == "" {
			g().Operation = openllmetryOp(v.String())
		}
	case "gen_ai.provider.name":
		g().Provider = normProvider(v.String())
	case "gen_ai.system":
		if n.genai().Provider == "" {
			g().Provider = normProvider(v.String())
		}
	case "gen_ai.request.model", "llm.request.model":
		g().RequestModel = v.String()
	case "gen_ai.response.model", "llm.response.model":
		g().ResponseModel = v.String()
	case "gen_ai.response.id":
		g().ResponseId = v.String()

	// tokens
	case "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.usage.prompt_tokens":
		if i, ok := v.Int(); ok {
			g().InputTokens = i
		}
	case "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens", "llm.usage.completion_tokens":
		if i, ok := v.Int(); ok {
			g().OutputTokens = i
		}
	case "gen_ai.usage.cache_read.input_tokens", "gen_ai.usage.cache_read_input_tokens", "gen_ai.usage.cached_tokens", "gen_ai.usage.input_tokens.cached":
		if i, ok := v.Int(); ok {
			g().CacheReadInputTokens = i
		}
	case "gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.cache_creation_input_tokens":
		if i, ok := v.Int(); ok {
			g().CacheCreationInputTokens = i
		}
	case "gen_ai.usage.reasoning.output_tokens", "gen_ai.usage.reasoning_tokens", "gen_ai.usage.output_tokens.reasoning":
		if i, ok := v.Int(); ok {
			g().ReasoningOutputTokens = i
		}
	case "llm.usage.total_tokens", "gen_ai.usage.total_tokens":
		if i, ok := v.Int(); ok {
			g().TotalTokens = i
		}

	// timing and request parameters
	case "gen_ai.response.time_to_first_chunk", "gen_ai.server.time_to_first_token", "gen_ai.response.time_to_first_token",
		"gen_ai.server.ttft": // OpenLIT's own abbreviation, seconds
		if f, ok := v.Float(); ok && f >= 0 {
			ns := n.d.a.ints.new()
			*ns = int64(f * float64(time.Second))
			g().TtftNanos = ns
		}
	case "gen_ai.request.stream", "llm.is_streaming", "gen_ai.request.is_stream":
		if b, ok := v.Bool(); ok {
			g().Streaming = b
		}
	case "gen_ai.request.temperature", "llm.request.temperature":
		if f, ok := v.Float(); ok {
			p := n.d.a.floats.new()
			*p = f
			g().Temperature = p
		}
	case "gen_ai.request.top_p", "llm.top_p":
		if f, ok := v.Float(); ok {
			p := n.d.a.floats.new()
			*p = f
			g().TopP = p
		}
	case "gen_ai.request.max_tokens", "llm.request.max_tokens":
		if i, ok := v.Int(); ok {
			p := n.d.a.ints.new()
			*p = i
			g().MaxTokens = p
		}
	case "gen_ai.response.finish_reasons", "llm.response.finish_reason", "gen_ai.response.finish_reason":
		g().FinishReasons = v.appendStrings(n.d.a.strs.slice())

	// content
	case "gen_ai.input.messages":
		n.inputJSON = v.String()
		n.genai()
	case "gen_ai.output.messages":
		n.outputJSON = v.String()
		n.genai()
	case "gen_ai.system_instructions":
		n.systemJSON = v.String()
		n.genai()
	case "gen_ai.prompt", "gen_ai.content.prompt":
		n.prompt = v.String()
		n.genai()
	case "gen_ai.completion", "gen_ai.content.completion":
		n.completion = v.String()
		n.genai()

	// identity
	case "gen_ai.conversation.id", "session.id", "gen_ai.session.id":
		g().ConversationId = v.String()
	case "user.id", "enduser.id", "gen_ai.user.id", "gen_ai.request.user":
		g().UserId = v.String()
	case "tenant.id", "gen_ai.tenant.id", "organization.id":
		g().TenantId = v.String()

	// classification of non-LLM spans
	case "error.type":
		n.sp.ErrorType = v.String()
	case "http.response.status_code", "http.status_code":
		if i, ok := v.Int(); ok {
			n.sp.HttpStatusCode = int32(i)
		}
		n.httpMethod = true
		n.other(key, v)
	case "http.request.method", "http.method":
		n.httpMethod = true
		n.other(key, v)
	case "db.system", "db.system.name":
		n.dbSystem = strings.ToLower(v.String())
		n.other(key, v)
	case "gen_ai.evaluation.name", "gen_ai.evaluation.score.value", "gen_ai.evaluation.score.label", "gen_ai.evaluation.explanation",
		"feedback.score", "user_feedback.score", "gen_ai.feedback.score", "feedback.label", "user_feedback.label", "feedback.comment", "user_feedback.comment":
		n.spanEval.key(string(key), v.String, v.evalNum)
	case "traceloop.span.kind", "openinference.span.kind":
		n.kindHint = strings.ToLower(v.String())
		n.other(key, v)
	default:
		k := str(key)
		if i, ok := indexedKey(k, "gen_ai.prompt."); ok {
			n.indexed(&n.indexedIn, i, k, v)
			n.genai()
			return
		}
		if i, ok := indexedKey(k, "gen_ai.completion."); ok {
			n.indexed(&n.indexedOut, i, k, v)
			n.genai()
			return
		}
		n.other(key, v)
	}
}

// indexedKey parses "gen_ai.prompt.3.content" -> 3 for prefix "gen_ai.prompt.".
func indexedKey(k, prefix string) (int, bool) {
	if !strings.HasPrefix(k, prefix) {
		return 0, false
	}
	rest := k[len(prefix):]
	dot := strings.IndexByte(rest, '.')
	if dot <= 0 {
		return 0, false
	}
	i, err := strconv.Atoi(rest[:dot])
	if err != nil || i < 0 || i > 1000 {
		return 0, false
	}
	return i, true
}

func (n *normalizer) indexed(list *[]indexedMsg, i int, key string, v anyValue) {
	var m *indexedMsg
	for j := range *list {
		if (*list)[j].i == i {
			m = &(*list)[j]
		}
	}
	if m == nil {
		*list = append(*list, indexedMsg{i: i})
		m = &(*list)[len(*list)-1]
	}
	switch key[strings.LastIndexByte(key, '.')+1:] {
	case "content":
		m.content = v.String()
	case "role":
		m.role = v.String()
	case "finish_reason":
		m.finish = v.String()
	}
}

// other keeps an attribute in the bounded bag.
func (n *normalizer) other(key []byte, v anyValue) {
	max := n.d.Limits.MaxAttributes
	if max >= 0 && len(n.sp.Attributes) >= max {
		n.sp.DroppedAttributesCount++
		return
	}
	val := n.d.valueString(v)
	if lim := n.d.Limits.MaxAttributeBytes; lim > 0 && len(val) > lim {
		val = truncateUTF8(val, lim)
		n.oversize = true
	}
	k := str(key)
	if len(k) > 256 {
		k = truncateUTF8(k, 256)
		n.oversize = true
	}
	if n.sp.Attributes == nil {
		n.sp.Attributes = n.d.a.attrs.slice()
	}
	n.sp.Attributes = append(n.sp.Attributes, n.d.newKV(k, val))
}

// event reads one span event: GenAI content events and first-chunk
// events; exceptions give the error type.
func (n *normalizer) event(b []byte, parent *reader) {
	var name []byte
	var t uint64
	hasAttrs := false
	r := reader{b: b}
	for {
		num, typ, ok := r.next()
		if !ok {
			break
		}
		switch num {
		case 1:
			t = r.fixed64(typ)
		case 2:
			name = r.bytes(typ)
		case 3:
			r.bytes(typ)
			hasAttrs = true
		default:
			r.skip(num, typ)
		}
	}
	if r.err != nil {
		parent.err = r.err
		return
	}
	// The attributes are read in a second pass, only for the events that
	// need them: most events are not GenAI ones.
	eachAttr := func(fn func(key []byte, v anyValue)) {
		if !hasAttrs {
			return
		}
		r := reader{b: b}
		for {
			num, typ, ok := r.next()
			if !ok {
				break
			}
			if num == 3 {
				eachKV(r.bytes(typ), parent, fn)
			} else {
				r.skip(num, typ)
			}
		}
	}
	switch string(name) {
	case "gen_ai.client.inference.operation.details", "gen_ai.content.prompt", "gen_ai.content.completion":
		eachAttr(func(key []byte, v anyValue) {
			switch string(key) {
			case "gen_ai.input.messages", "gen_ai.output.messages", "gen_ai.system_instructions", "gen_ai.prompt", "gen_ai.completion":
				n.attr(key, v)
			}
		})
	case "gen_ai.content.completion.chunk", "llm.content.completion.chunk", "gen_ai.first_token", "first_token", "gen_ai.choice.first_chunk":
		if n.firstChunk == 0 || t < n.firstChunk {
			n.firstChunk = t
		}
	case EvalEventName, "user_feedback", "gen_ai.user.feedback", "feedback":
		n.eventEval(string(name), t, eachAttr)
	case "exception":
		eachAttr(func(key []byte, v anyValue) {
			if string(key) == "exception.type" {
				n.exceptionType = v.String()
			}
		})
	}
}

func (n *normalizer) finish() {
	sp := n.sp
	if sp.ErrorType == "" && n.exceptionType != "" && sp.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR {
		sp.ErrorType = n.exceptionType
	}
	if g := n.g; g != nil {
		g.InputMessages = n.messages(n.inputJSON, n.prompt, n.indexedIn, "user")
		g.OutputMessages = n.messages(n.outputJSON, n.completion, n.indexedOut, "assistant")
		if n.systemJSON != "" {
			if parts, ok := parseParts(n.systemJSON); ok {
				g.SystemInstructions = n.limitBody(parts)
			} else {
				g.SystemInstructions = n.limitBody(n.systemJSON)
			}
		}
		if g.TtftNanos == nil && n.firstChunk > sp.StartTimeUnixNano {
			ns := n.d.a.ints.new()
			*ns = int64(n.firstChunk - sp.StartTimeUnixNano)
			g.TtftNanos = ns
			g.Streaming = true
		}
		if len(g.FinishReasons) == 0 {
			for _, m := range g.OutputMessages {
				if m.FinishReason != "" {
					g.FinishReasons = append(g.FinishReasons, m.FinishReason)
				}
			}
		}
		if g.TotalTokens == 0 {
			g.TotalTokens = g.InputTokens + g.OutputTokens
		}
		sp.GenAi = g
	}
	sp.Class = n.class()
	n.finishEvals()
	if n.oversize {
		sp.Flags = append(sp.Flags, ReasonOversizeAttribute)
	}
}

func (n *normalizer) messages(jsonText, plain string, indexed []indexedMsg, defaultRole string) []*llmobsv1.Message {
	if jsonText != "" {
		if msgs, ok := parseMessages(jsonText); ok {
			for _, m := range msgs {
				m.Content = n.limitBody(m.Content)
			}
			return msgs
		}
		plain = jsonText
	}
	if len(indexed) > 0 {
		// Sort by index (attributes may arrive in any order).
		for i := 1; i < len(indexed); i++ {
			for j := i; j > 0 && indexed[j].i < indexed[j-1].i; j-- {
				indexed[j], indexed[j-1] = indexed[j-1], indexed[j]
			}
		}
		out := make([]*llmobsv1.Message, 0, len(indexed))
		for _, m := range indexed {
			role := m.role
			if role == "" {
				role = defaultRole
			}
			out = append(out, &llmobsv1.Message{Role: role, Content: n.limitBody(m.content), FinishReason: m.finish})
		}
		return out
	}
	if plain != "" {
		if msgs, ok := parseMessages(plain); ok {
			for _, m := range msgs {
				m.Content = n.limitBody(m.Content)
			}
			return msgs
		}
		return []*llmobsv1.Message{{Role: defaultRole, Content: n.limitBody(plain)}}
	}
	return nil
}

// parseParts reads system instructions given as [{"type":"text","content":...}].
func parseParts(s string) (string, bool) {
	p := jscan{s: s}
	var parts []string
	if !p.parts(&parts) {
		return "", false
	}
	return strings.Join(parts, "\n"), true
}

func (n *normalizer) class() llmobsv1.SpanClass {
	op := ""
	if n.g != nil {
		op = n.g.Operation
	}
	switch op {
	case "chat", "text_completion", "generate_content", "completion", "responses":
		return llmobsv1.SpanClass_SPAN_CLASS_LLM
	case "embeddings", "embedding":
		return llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING
	case "execute_tool":
		return llmobsv1.SpanClass_SPAN_CLASS_TOOL
	case "invoke_agent", "create_agent":
		return llmobsv1.SpanClass_SPAN_CLASS_AGENT
	case "retrieval", "retrieve":
		return llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL
	}
	switch n.kindHint {
	case "llm":
		return llmobsv1.SpanClass_SPAN_CLASS_LLM
	case "embedding":
		return llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING
	case "tool":
		return llmobsv1.SpanClass_SPAN_CLASS_TOOL
	case "agent", "workflow", "chain":
		return llmobsv1.SpanClass_SPAN_CLASS_AGENT
	case "retriever":
		return llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL
	}
	if n.dbSystem != "" {
		switch n.dbSystem {
		case "qdrant", "pinecone", "weaviate", "chroma", "chromadb", "milvus", "pgvector", "lancedb", "elasticsearch", "opensearch", "vespa", "redis":
			return llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL
		}
		return llmobsv1.SpanClass_SPAN_CLASS_DB
	}
	if n.g != nil && (n.g.RequestModel != "" || n.g.ResponseModel != "") && (n.g.InputTokens > 0 || n.g.OutputTokens > 0 || len(n.g.InputMessages) > 0) {
		if n.g.Operation == "" {
			n.g.Operation = "chat"
		}
		return llmobsv1.SpanClass_SPAN_CLASS_LLM
	}
	if n.httpMethod {
		return llmobsv1.SpanClass_SPAN_CLASS_HTTP
	}
	return llmobsv1.SpanClass_SPAN_CLASS_OTHER
}

func openllmetryOp(s string) string {
	switch s {
	case "completion":
		return "text_completion"
	case "embedding":
		return "embeddings"
	case "rerank":
		return "rerank"
	}
	return s
}

// normProvider lower-cases provider names ("OpenAI" -> "openai") and maps
// well-known aliases onto the semconv names.
func normProvider(s string) string {
	p := strings.ToLower(strings.TrimSpace(s))
	switch p {
	case "bedrock", "aws_bedrock", "aws-bedrock", "amazon bedrock":
		return "aws.bedrock"
	case "azure_openai", "azure-openai", "azureopenai", "azure openai":
		return "azure.ai.openai"
	case "vertex_ai", "vertexai", "google_vertex_ai":
		return "gcp.vertex_ai"
	case "google", "gemini", "google_genai":
		return "gcp.gen_ai"
	case "mistral", "mistralai":
		return "mistral_ai"
	}
	return p
}
