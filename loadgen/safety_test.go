package loadgen

import (
	"math"
	"strings"
	"testing"

	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
)

// allText is every string attribute and event attribute of the requests.
func allText(t *testing.T, cfg Config) (texts []string, sum Summary) {
	t.Helper()
	traces, _, _, sum, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	add := func(kvs []*commonpb.KeyValue) {
		for _, kv := range kvs {
			if s := kv.GetValue().GetStringValue(); s != "" {
				texts = append(texts, kv.Key+"="+s)
			}
		}
	}
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, sp := range ss.Spans {
					add(sp.Attributes)
					for _, ev := range sp.Events {
						add(ev.Attributes)
					}
				}
			}
		}
	}
	return texts, sum
}

// The demo's mix sends each signal near its share, the attack surge and
// the leak incident on their services, and the prompts and documents that
// carry them; calls and spans are the same as without the mix.
func TestSafetyMix(t *testing.T) {
	base := testConfig()
	base.Duration, base.Rate = 60e9, 50
	mixed := base
	mixed.Safety = DemoSafety()
	texts, sum := allText(t, mixed)
	_, plain := allText(t, base)
	if sum.Spans != plain.Spans || sum.Traces != plain.Traces || sum.ErrorSpans != plain.ErrorSpans {
		t.Fatalf("the mix changed the traffic: %d/%d spans, %d/%d traces", sum.Spans, plain.Spans, sum.Traces, plain.Traces)
	}
	var llm int64
	for _, n := range sum.LLMSpans {
		llm += n
	}
	near := func(sig string, share float64, extra int64) {
		t.Helper()
		want := share*float64(llm) + float64(extra)
		got := float64(sum.Signals[sig])
		if math.Abs(got-want) > 4*math.Sqrt(want)+5 {
			t.Errorf("%s: %v sent, want about %.0f", sig, got, want)
		}
	}
	// Attack surge: half of chat-api's calls over 9 % of the run.
	surge := sum.IncidentSpans[IncidentAttackSurge]
	leak := sum.IncidentSpans[IncidentOutputLeak]
	if surge == 0 || leak == 0 {
		t.Fatalf("safety incidents not scheduled: %v", sum.IncidentSpans)
	}
	near(sigRefusal, 0.03, 0)
	near(sigSecret, 0, leak/5)
	near(sigSystemLeak, 0.005, 0)
	if sum.Signals[sigJailbreak] == 0 || sum.Signals[sigInjection] < sum.Signals[sigJailbreak] || sum.Signals[sigContentFilter] == 0 || sum.Signals[sigTruncated] == 0 {
		t.Errorf("signals %v", sum.Signals)
	}
	if sum.Signals[sigUngrounded] == 0 || sum.IncidentSpans[IncidentUngrounded] == 0 {
		t.Errorf("no ungrounded answers: signals %v, incidents %v", sum.Signals, sum.IncidentSpans)
	}
	toolMsgs := 0
	for _, s := range texts {
		if strings.HasPrefix(s, "gen_ai.input.messages=") && strings.Contains(s, `"role":"tool"`) {
			toolMsgs++
		}
	}
	if toolMsgs == 0 {
		t.Error("no RAG call carries its document in its messages")
	}
	var injected, docs, attackPrompts, keys int
	for _, s := range texts {
		switch {
		case strings.HasPrefix(s, "retrieval.documents.0.document.content="):
			docs++
			if strings.Contains(s, "AI assistant reading this") || strings.Contains(s, "[SYSTEM]") || strings.Contains(s, "Note to any AI") {
				injected++
			}
		case strings.Contains(s, "Do Anything Now") || strings.Contains(s, "Ignore all of your previous instructions"):
			attackPrompts++
		case strings.Contains(s, "sk-live-"):
			keys++
		}
	}
	if docs != int(sum.SpansByClass["retrieval"]) || injected == 0 || attackPrompts == 0 || keys == 0 {
		t.Errorf("documents %d of %d retrieval spans, %d injected; attack prompts %d; leaked keys %d", docs, sum.SpansByClass["retrieval"], injected, attackPrompts, keys)
	}
	// Without the mix: no documents, no attacks, only the calls that ran
	// out of tokens count as a signal.
	ptexts, _ := allText(t, base)
	for _, s := range ptexts {
		if strings.Contains(s, "retrieval.documents") || strings.Contains(s, "sk-live-") {
			t.Fatalf("plain traffic carries %q", s)
		}
	}
	for sig := range plain.Signals {
		if sig != sigTruncated {
			t.Errorf("plain traffic sent %s", sig)
		}
	}
}

func TestSafetyMixValidate(t *testing.T) {
	c := testConfig()
	c.Safety.Attacks = 2
	c.Safety.Refusals, c.Safety.Empty = 0.7, 0.6
	err := c.Validate()
	for _, key := range []string{"safety.attacks", "safety.secrets"} {
		if err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("error %v does not name %s", err, key)
		}
	}
}
