package ingest

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The fixtures in testdata/otlp mimic, in OTLP/JSON, what three
// instrumentation generations write for the same kinds of calls: current
// semconv (opentelemetry-instrumentation-openai-v2 style, content as
// attributes and in the inference-details event), OpenLLMetry (indexed
// gen_ai.prompt.N.*, llm.* names, chunk events) and OpenLIT (gen_ai.system,
// gen_ai.server.ttft, content in gen_ai.content.* events). They also seed
// the fuzz targets.

func decodeFixture(t *testing.T, name string) map[string]*llmobsv1.Span {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "otlp", name))
	if err != nil {
		t.Fatal(err)
	}
	pb, err := jsonToProto(SignalTraces, b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var tr TraceResult
	if err := testDecoder().DecodeTraces(pb, "kafka", &tr); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(tr.Rejected) != 0 {
		t.Fatalf("%s: %d spans rejected: %+v", name, len(tr.Rejected), tr.Rejected[0].Reason)
	}
	out := map[string]*llmobsv1.Span{}
	for _, s := range tr.Spans {
		out[hex.EncodeToString(s.SpanId)] = s
	}
	return out
}

func msgs(ms []*llmobsv1.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Role+":"+m.Content+":"+m.FinishReason)
	}
	return out
}

func TestInstrumentationFixtures(t *testing.T) {
	f64 := func(p *float64) float64 {
		if p == nil {
			return -1
		}
		return *p
	}
	i64 := func(p *int64) int64 {
		if p == nil {
			return -1
		}
		return *p
	}
	type want struct {
		class                       llmobsv1.SpanClass
		op, provider, reqModel      string
		respModel                   string
		in, out, cacheRead, reason  int64
		total                       int64
		ttftMs                      int64 // -1: unset
		stream                      bool
		temp                        float64 // -1: unset
		maxTokens                   int64   // -1: unset
		finish                      []string
		input, output               []string
		system, conversation, user  string
		status                      llmobsv1.StatusCode
		errorType                   string
		httpStatus                  int32
		service, host, pod, ns, env string
	}
	cases := []struct {
		file, span string
		w          want
	}{
		{"semconv.json", "eee19b7ec3c1b174", want{class: llmobsv1.SpanClass_SPAN_CLASS_LLM, op: "chat", provider: "openai", reqModel: "gpt-4o", respModel: "gpt-4o-2024-08-06",
			in: 1200, out: 350, cacheRead: 1000, reason: 120, total: 1550, ttftMs: 420, stream: true, temp: 0.2, maxTokens: 1024, finish: []string{"stop"},
			input: []string{"user:What is the capital of France?:"}, output: []string{"assistant:Paris.:stop"}, system: "You are terse.", conversation: "conv-42",
			status: llmobsv1.StatusCode_STATUS_CODE_OK, service: "chat-api", host: "node-a", pod: "chat-api-7f9c", ns: "genai", env: "prod"}},
		{"semconv.json", "0102030405060708", want{class: llmobsv1.SpanClass_SPAN_CLASS_HTTP, ttftMs: -1, temp: -1, maxTokens: -1, httpStatus: 200, service: "chat-api"}},
		{"semconv.json", "1112131415161718", want{class: llmobsv1.SpanClass_SPAN_CLASS_TOOL, op: "execute_tool", ttftMs: -1, temp: -1, maxTokens: -1, service: "chat-api"}},
		// content only in the gen_ai.client.inference.operation.details event
		{"semconv.json", "2122232425262728", want{class: llmobsv1.SpanClass_SPAN_CLASS_LLM, op: "chat", provider: "anthropic", reqModel: "claude-sonnet-4",
			in: 10, out: 5, total: 15, ttftMs: -1, temp: -1, maxTokens: -1, finish: []string{"stop"},
			input: []string{"user:hi:"}, output: []string{"assistant:hello:stop"}, service: "chat-api"}},
		// OpenLLMetry: llm.request.type, gen_ai.system, prompt_/completion_tokens, indexed content, TTFT from the first chunk event
		{"openllmetry.json", "b7ad6b7169203331", want{class: llmobsv1.SpanClass_SPAN_CLASS_LLM, op: "chat", provider: "anthropic", reqModel: "claude-3-5-sonnet-20241022", respModel: "claude-3-5-sonnet-20241022",
			in: 800, out: 200, cacheRead: 600, total: 1000, ttftMs: 300, stream: true, temp: 0.7, maxTokens: 512, finish: []string{"end_turn"},
			input:  []string{"system:Answer from the context.:", "user:Who wrote Dune?:"},
			output: []string{"assistant:Frank Herbert.:end_turn"}, service: "rag-bot"}},
		{"openllmetry.json", "a1a2a3a4a5a6a7a8", want{class: llmobsv1.SpanClass_SPAN_CLASS_AGENT, ttftMs: -1, temp: -1, maxTokens: -1, service: "rag-bot"}},
		{"openllmetry.json", "c1c2c3c4c5c6c7c8", want{class: llmobsv1.SpanClass_SPAN_CLASS_RETRIEVAL, ttftMs: -1, temp: -1, maxTokens: -1, service: "rag-bot"}},
		// OpenLIT: gen_ai.request.is_stream, gen_ai.server.ttft, gen_ai.request.user, content in gen_ai.content.* events
		{"openlit.json", "00f067aa0ba902b7", want{class: llmobsv1.SpanClass_SPAN_CLASS_LLM, op: "chat", provider: "openai", reqModel: "gpt-4o-mini", respModel: "gpt-4o-mini-2024-07-18",
			in: 90, out: 30, total: 120, ttftMs: 250, stream: true, temp: 1, maxTokens: -1, finish: []string{"stop"},
			input: []string{"user:user: reset my password:"}, output: []string{"assistant:Use the 'Forgot password' link.:"}, user: "user-7", service: "support-agent"}},
		{"openlit.json", "10f067aa0ba902b7", want{class: llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING, op: "embeddings", provider: "openai", reqModel: "text-embedding-3-small",
			in: 12, total: 12, ttftMs: -1, temp: -1, maxTokens: -1, service: "support-agent"}},
		{"openlit.json", "20f067aa0ba902b7", want{class: llmobsv1.SpanClass_SPAN_CLASS_HTTP, ttftMs: -1, temp: -1, maxTokens: -1,
			status: llmobsv1.StatusCode_STATUS_CODE_ERROR, errorType: "503", httpStatus: 503, service: "support-agent"}},
	}
	spans := map[string]map[string]*llmobsv1.Span{}
	for _, c := range cases {
		t.Run(c.file+"/"+c.span, func(t *testing.T) {
			if spans[c.file] == nil {
				spans[c.file] = decodeFixture(t, c.file)
			}
			s := spans[c.file][c.span]
			if s == nil {
				t.Fatalf("span %s missing", c.span)
			}
			w := c.w
			g := s.GenAi
			if g == nil {
				g = &llmobsv1.GenAI{}
			}
			got := want{class: s.Class, op: g.Operation, provider: g.Provider, reqModel: g.RequestModel, respModel: g.ResponseModel,
				in: g.InputTokens, out: g.OutputTokens, cacheRead: g.CacheReadInputTokens, reason: g.ReasoningOutputTokens, total: g.TotalTokens,
				ttftMs: -1, stream: g.Streaming, temp: f64(g.Temperature), maxTokens: i64(g.MaxTokens), finish: g.FinishReasons,
				input: msgs(g.InputMessages), output: msgs(g.OutputMessages), system: g.SystemInstructions, conversation: g.ConversationId, user: g.UserId,
				status: s.StatusCode, errorType: s.ErrorType, httpStatus: s.HttpStatusCode, service: s.Resource.GetServiceName()}
			if g.TtftNanos != nil {
				got.ttftMs = *g.TtftNanos / 1e6
			}
			if w.host != "" {
				r := s.Resource
				got.host, got.pod, got.ns, got.env = r.GetHostName(), r.GetK8SPodName(), r.GetK8SNamespace(), r.GetDeploymentEnvironment()
			}
			if !equalWant(got.finish, w.finish) || !equalWant(got.input, w.input) || !equalWant(got.output, w.output) {
				t.Fatalf("messages:\n got %q %q %q\nwant %q %q %q", got.finish, got.input, got.output, w.finish, w.input, w.output)
			}
			got.finish, got.input, got.output = nil, nil, nil
			w.finish, w.input, w.output = nil, nil, nil
			if !reflect.DeepEqual(got, w) {
				t.Fatalf("\n got %+v\nwant %+v", got, w)
			}
			if s.Weight != 1 || s.SamplingLevel != 0 || s.Source != "kafka" || s.IngestTimeUnixNano == 0 {
				t.Fatalf("weight %v level %d source %q ingest %d", s.Weight, s.SamplingLevel, s.Source, s.IngestTimeUnixNano)
			}
		})
	}
}

func equalWant(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The JSON fixtures go through the Kafka path of an otlp_json topic (and
// an auto one) into span batches partitioned by trace ID.
func TestFixturesThroughProcessor(t *testing.T) {
	for _, enc := range []string{EncodingJSON, EncodingAuto} {
		for _, name := range []string{"semconv.json", "openllmetry.json", "openlit.json"} {
			b, err := os.ReadFile(filepath.Join("testdata", "otlp", name))
			if err != nil {
				t.Fatal(err)
			}
			p, _ := newTestProcessor(t)
			p.decoders.New = func() any { return testDecoder() }
			res := p.Process(SignalTraces, enc, b, "otlp_spans", nil)
			p.Batch(&res)
			n, calls := 0, 0
			for _, r := range res.Records {
				if r.Topic == kafka.DefaultTopics().GPU {
					// Model calls on a known host, for the enricher's GPU split.
					var gb llmobsv1.GPUSampleBatch
					if err := proto.Unmarshal(r.Value, &gb); err != nil {
						t.Fatal(err)
					}
					if len(gb.Samples) != 0 || len(gb.Calls) == 0 {
						t.Fatalf("%s/%s: GPU record with %d samples, %d calls", enc, name, len(gb.Samples), len(gb.Calls))
					}
					for _, c := range gb.Calls {
						if c.HostName == "" || len(c.TraceId) != 16 || c.EndTimeUnixNano < c.StartTimeUnixNano {
							t.Fatalf("bad call interval %v", c)
						}
					}
					calls += len(gb.Calls)
					continue
				}
				if r.Topic != kafka.DefaultTopics().Spans {
					t.Fatalf("%s/%s: record to %s (%s)", enc, name, r.Topic, kafka.Header(r, kafka.HeaderDLQReason))
				}
				var batch llmobsv1.SpanBatch
				if err := proto.Unmarshal(r.Value, &batch); err != nil {
					t.Fatal(err)
				}
				for _, s := range batch.Spans {
					if want := kafka.PartitionFor(s.TraceId, 3); r.Partition != want {
						t.Fatalf("span of trace %x on partition %d, want %d", s.TraceId, r.Partition, want)
					}
				}
				if kafka.Header(r, kafka.HeaderSchema) != "llmobs.v1.SpanBatch" {
					t.Fatalf("schema header %q", kafka.Header(r, kafka.HeaderSchema))
				}
				n += len(batch.Spans)
			}
			if n < 3 {
				t.Fatalf("%s/%s: %d spans out", enc, name, n)
			}
		}
	}
}
