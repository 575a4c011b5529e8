package ingest

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafkatest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/ingest/sampling"
)

func alertJSON(t testing.TB, status, fp string, labels map[string]string) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"status": status, "labels": labels, "fingerprint": fp, "startsAt": time.Now(), "annotations": map[string]string{}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func captureSpan(service, model string) *llmobsv1.Span {
	return &llmobsv1.Span{TraceId: make([]byte, 16), Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: service},
		StartTimeUnixNano: 1e9, EndTimeUnixNano: 2e9,
		GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: model, InputMessages: []*llmobsv1.Message{{Role: "user", Content: "hi"}}}}
}

// While an alert fires for a series its spans are forwarded whole at
// every level; an alert naming only a service selects all its models;
// resolution, or silence past the TTL, ends it.
func TestCaptureSelectsFiringSeries(t *testing.T) {
	c := newCapture(time.Hour)
	now := time.Now()
	c.observe(alertJSON(t, "firing", "a1", map[string]string{"alertname": "LLMHighLatencyP99", "service": "chat", "model": "gpt-4o"}), now)
	c.observe(alertJSON(t, "firing", "a2", map[string]string{"alertname": "Budget", "service": "rag"}), now)
	c.observe(alertJSON(t, "firing", "a3", map[string]string{"alertname": "PipelineLag"}), now) // no series
	if c.observe([]byte("not json"), now) {
		t.Error("garbage read as an alert")
	}
	for _, tc := range []struct {
		service, model string
		want           bool
	}{{"chat", "gpt-4o", true}, {"chat", "gpt-4o-mini", false}, {"rag", "anything", true}, {"other", "gpt-4o", false}} {
		if got := c.selects(captureSpan(tc.service, tc.model)); got != tc.want {
			t.Errorf("%s/%s selected %v, want %v", tc.service, tc.model, got, tc.want)
		}
	}
	c.observe(alertJSON(t, "resolved", "a1", map[string]string{"alertname": "LLMHighLatencyP99", "service": "chat", "model": "gpt-4o"}), now)
	if c.selects(captureSpan("chat", "gpt-4o")) {
		t.Error("still captured after the alert resolved")
	}
	if n := c.expire(now.Add(2 * time.Hour)); n != 0 || c.selects(captureSpan("rag", "x")) {
		t.Errorf("%d alerts firing past the TTL without a re-announcement", n)
	}
}

// Through the running service: an alert firing on llmobs.alerts makes the
// controller, pinned at level 2 with p = 1/64, forward that series whole
// (bodies too) while it still summarises the others.
func TestCaptureOnAlertThroughKafka(t *testing.T) {
	c := kafkatest.New(t)
	cfg := DefaultConfig()
	cfg.GRPCListen, cfg.HTTPListen = "", ""
	cfg.Sampling.FixedProbability = 1.0 / 64
	cfg.Sampling.RarePerMinute, cfg.Sampling.SlowMinSamples = 0, 1_000_000 // equal latencies: none is "slow"
	svc, err := NewService(cfg, c.Deps("capture"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	cl := c.Client(t)
	if err := cl.ProduceSync(ctx, &kgo.Record{Topic: c.Topics.Alerts, Value: alertJSON(t, "firing", "f1", map[string]string{"alertname": "LLMHighErrorRate", "service": "chat", "model": "gpt-4o"})}).FirstErr(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for testutil.ToFloat64(svc.m.captureSeries) != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the firing alert was not picked up from llmobs.alerts")
		}
		time.Sleep(50 * time.Millisecond)
	}
	r := rand.New(rand.NewPCG(1, 2))
	traceID := func() []byte {
		b := make([]byte, 16)
		binary.BigEndian.PutUint64(b, r.Uint64())
		binary.BigEndian.PutUint64(b[8:], r.Uint64())
		return b
	}
	kept, keptOther := 0, 0
	for range 200 {
		s := captureSpan("chat", "gpt-4o")
		s.TraceId = traceID()
		if svc.ctrl.Sample(s) {
			kept++
			if s.BodiesDropped {
				t.Fatal("a captured span lost its bodies")
			}
		}
		o := captureSpan("chat", "gpt-4o-mini")
		o.TraceId = traceID()
		if svc.ctrl.Sample(o) {
			keptOther++
		}
	}
	if kept != 200 || keptOther > 20 {
		t.Errorf("forwarded %d of 200 spans of the alerting series, %d of 200 of another (p = 1/64)", kept, keptOther)
	}
	if n := testutil.ToFloat64(svc.m.samplingSpans.WithLabelValues("kept", sampling.ReasonAlert)); n != 200 {
		t.Errorf("%v spans counted kept/alert", n)
	}
}
