package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// otelcolWorkConfig is the second peer (-peer-work): the same kafka
// receiver, given part of what llmobs does to every span, in the
// Collector's own components —
//   - personal data masked in every attribute of every span and span event
//     (where GenAI prompts and completions travel), by the transform
//     processor's replace_all_patterns with nine regular expressions: a
//     subset of llmobs's redaction (which also validates card checksums,
//     IBANs and national IDs, reads names and addresses after cues, and
//     escapes inside JSON message bodies);
//   - RED metrics per GenAI model, provider and operation with exponential
//     histograms (llmobs keeps mergeable quantile sketches per series);
//   - the masked spans written back to Kafka (otlp_spans_masked, snappy as
//     llmobs's topics): one hop, where llmobs makes four, each in a
//     transaction.
//
// It does none of llmobs's pricing, GPU join, safety and quality flags,
// event-time windows, watermarks, exactly-once, alerting or embedding.
// Done when the exporter sent every span.
const otelcolWorkConfig = collectorReceiver + `processors:
  transform:
    error_mode: ignore
    trace_statements:
      - context: span
        statements:
{{- range .Statements}}
          - {{.}}
{{- end}}
      - context: spanevent
        statements:
{{- range .Statements}}
          - {{.}}
{{- end}}
connectors:
  span_metrics:
    histogram:
      exponential: {}
    dimensions:
      - name: gen_ai.request.model
      - name: gen_ai.provider.name
      - name: gen_ai.system
      - name: gen_ai.operation.name
exporters:
  kafka:
    brokers: [{{.Brokers}}]
    traces:
      topic: {{.Topic}}
      encoding: otlp_proto
    producer:
      compression: snappy
  nop: {}
service:
  pipelines:
    traces:
      receivers: [kafka]
      processors: [transform]
      exporters: [span_metrics, kafka]
    metrics:
      receivers: [span_metrics]
      exporters: [nop]
` + collectorTelemetry

// maskPatterns: RE2, each with its placeholder (llmobs's placeholders).
var maskPatterns = []struct{ Re, To string }{
	{`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, "<EMAIL>"},
	{`\b(?:\d[ -]?){12,18}\d\b`, "<CREDIT_CARD>"},
	{`\b\d{3}-\d{2}-\d{4}\b`, "<SSN>"},
	{`\+?\d{1,3}[ .-]?\(?\d{2,4}\)?[ .-]?\d{3}[ .-]?\d{3,4}\b`, "<PHONE>"},
	{`\b(?:\d{1,3}\.){3}\d{1,3}\b`, "<IP_ADDRESS>"},
	{`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b`, "<IBAN>"},
	{`\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36}\b|\bxox[abprs]-[A-Za-z0-9-]{10,}`, "<API_KEY>"},
	{`\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+`, "<JWT>"},
	{`(?i)\b(?:password|passwd|pwd|secret|token)\s*[:=]\s*\S+`, "<SECRET>"},
}

type otelcolWork struct {
	bin        string
	spans      int
	partitions int
}

// maskedTopic is where the peer writes the masked spans; created before
// it starts, as the one it reads (kfake does not create topics on use).
const maskedTopic = "otlp_spans_masked"

func (o *otelcolWork) Name() string       { return systemWork }
func (o *otelcolWork) InputGroup() string { return "bench-otelcol-work" }

func renderOtelcolWorkConfig(brokers, group, port string) (string, error) {
	// Each statement a YAML single-quoted scalar, its pattern an OTTL
	// string literal (backslashes and quotes escaped as in Go).
	var stmts []string
	for _, p := range maskPatterns {
		lit := `"` + strings.ReplaceAll(strings.ReplaceAll(p.Re, `\`, `\\`), `"`, `\"`) + `"`
		st := fmt.Sprintf(`replace_all_patterns(attributes, "value", %s, "%s")`, lit, p.To)
		stmts = append(stmts, "'"+strings.ReplaceAll(st, "'", "''")+"'")
	}
	return renderCollector(otelcolWorkConfig, map[string]any{"Brokers": brokers, "Group": group, "Port": port, "Statements": stmts, "Topic": maskedTopic})
}

func (o *otelcolWork) Start(b *broker, dir string) (*child, string, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(b.addr))
	if err != nil {
		return nil, "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	_, err = kadm.NewClient(cl).CreateTopic(ctx, int32(o.partitions), 1, nil, maskedTopic)
	cancel()
	cl.Close()
	if err != nil {
		return nil, "", fmt.Errorf("create %s: %w", maskedTopic, err)
	}
	return startCollector(o.Name(), o.bin, dir, func(port string) (string, error) {
		return renderOtelcolWorkConfig(b.addr, o.InputGroup(), port)
	})
}

func (o *otelcolWork) Check(m metrics) check {
	acc, ref := receivedSpans(m)
	sent := m.sum("otelcol_exporter_sent_spans", "otelcol_exporter_sent_spans_total")
	failed := m.sum("otelcol_exporter_send_failed_spans", "otelcol_exporter_send_failed_spans_total")
	n := float64(o.spans)
	c := check{
		first:  acc+ref > 0,
		stages: map[string]bool{"receiver": acc+ref >= n, "exporter": sent+failed >= n},
		line:   fmt.Sprintf("accepted %.0f/%d spans, refused %.0f, sent to Kafka %.0f, failed %.0f", acc, o.spans, ref, sent, failed),
	}
	c.done = c.stages["receiver"] && c.stages["exporter"]
	return c
}
