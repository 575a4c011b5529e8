package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// A system under test: how to start it against a broker holding the
// dataset, and when it is done, read from its own Prometheus metrics.
type system interface {
	Name() string
	// Start starts the process; metricsURL is its Prometheus endpoint.
	Start(b *broker, dir string) (c *child, metricsURL string, err error)
	// InputGroup is its consumer group on otlp_spans.
	InputGroup() string
	// Check reads one scrape: whether a span came through yet, which
	// stages are done, whether everything is, and a progress line.
	Check(m metrics) check
}

type check struct {
	first  bool
	stages map[string]bool
	done   bool
	line   string
}

// ---------------------------------------------------------------- Collector

// otelcolConfig is the Collector side: the contrib kafka receiver reading
// otlp_spans from the earliest offset with its own group, the span_metrics
// connector (RED metrics per service, span name, kind and status, the
// Collector's usual way to get request, error and latency metrics from
// traces), and the nop exporter. Everything else at its defaults
// (autocommit every 1 s, 1 MiB fetches, cumulative temporality, 15 s
// flush); its own telemetry on a Prometheus pull endpoint, which is where
// the bench reads otelcol_receiver_accepted_spans.
const otelcolConfig = collectorReceiver + `connectors:
  span_metrics: {}
exporters:
  nop: {}
service:
  pipelines:
    traces:
      receivers: [kafka]
      exporters: [span_metrics]
    metrics:
      receivers: [span_metrics]
      exporters: [nop]
` + collectorTelemetry

// collectorReceiver and collectorTelemetry are what both Collector peers
// share: the kafka receiver on otlp_spans, and their own telemetry (warn
// logs, metrics on a Prometheus pull endpoint the bench reads).
const collectorReceiver = `receivers:
  kafka:
    brokers: [{{.Brokers}}]
    group_id: {{.Group}}
    initial_offset: earliest
    traces:
      topics: [otlp_spans]
      encoding: otlp_proto
`

const collectorTelemetry = `  telemetry:
    logs:
      level: warn
    metrics:
      level: normal
      readers:
        - pull:
            exporter:
              prometheus:
                host: 127.0.0.1
                port: {{.Port}}
`

type otelcol struct {
	bin   string
	spans int
}

func (o *otelcol) Name() string       { return "otelcol" }
func (o *otelcol) InputGroup() string { return "bench-otelcol" }

func renderOtelcolConfig(brokers, group, port string) (string, error) {
	return renderCollector(otelcolConfig, map[string]any{"Brokers": brokers, "Group": group, "Port": port})
}

// renderCollector executes a Collector config template with data.
func renderCollector(tmpl string, data map[string]any) (string, error) {
	t, err := template.New("otelcol").Parse(tmpl)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = t.Execute(&b, data)
	return b.String(), err
}

func (o *otelcol) Start(b *broker, dir string) (*child, string, error) {
	return startCollector(o.Name(), o.bin, dir, func(port string) (string, error) {
		return renderOtelcolConfig(b.addr, o.InputGroup(), port)
	})
}

// startCollector renders a Collector's config for a free metrics port,
// writes it to dir/<name>.yaml and starts bin with it.
func startCollector(name, bin, dir string, render func(port string) (string, error)) (*child, string, error) {
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	cfg, err := render(strconv.Itoa(port))
	if err != nil {
		return nil, "", err
	}
	path := filepath.Join(dir, name+".yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		return nil, "", err
	}
	c, err := startChild(name, dir, filepath.Join(dir, name+".log"), nil, bin, "--config", path)
	return c, fmt.Sprintf("http://127.0.0.1:%d/metrics", port), err
}

// receivedSpans: the spans a Collector's kafka receiver took (accepted
// by what follows it) and refused.
func receivedSpans(m metrics) (accepted, refused float64) {
	return m.sum("otelcol_receiver_accepted_spans", "otelcol_receiver_accepted_spans_total"),
		m.sum("otelcol_receiver_refused_spans", "otelcol_receiver_refused_spans_total")
}

func (o *otelcol) Check(m metrics) check {
	acc, ref := receivedSpans(m)
	done := acc+ref >= float64(o.spans)
	return check{
		first:  acc+ref > 0,
		stages: map[string]bool{"receiver": done},
		done:   done,
		line:   fmt.Sprintf("accepted %.0f/%d spans, refused %.0f", acc, o.spans, ref),
	}
}

// ---------------------------------------------------------------- llmobs

// llmobsSys is `llmobs up --kafka`: ingest, enricher, aggregator, alerter
// and embedder in one process against the external broker, ingest's
// load shedding off (every span must come through), no OTLP listeners
// (nothing sends to them; they would only take ports).
type llmobsSys struct {
	bin, root  string
	partitions int
	extra      []string
	pprof      bool
	spans      int
	records    int
	// lastEnd is the last span's end (event time): once stage 2's
	// watermark is past it by more than the longest window plus grace,
	// every window holding a span has fired.
	lastEnd time.Time

	services map[string]bool // seen on the first scrape
	admin    string
}

func (l *llmobsSys) Name() string       { return "llmobs" }
func (l *llmobsSys) InputGroup() string { return "llmobs-ingest" }

func (l *llmobsSys) Start(b *broker, dir string) (*child, string, error) {
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	l.admin = fmt.Sprintf("127.0.0.1:%d", port)
	l.services = nil
	args := []string{"up", "--kafka", b.addr,
		"-admin.listen", l.admin,
		"-kafka.partitions", strconv.Itoa(l.partitions),
		"-ingest.sampling=false",
		"-ingest.grpc-listen=", "-ingest.http-listen=",
		"-instance-id", "bench-e2e",
		"-log.level", "warn",
	}
	if l.pprof {
		args = append(args, "-admin.pprof")
	}
	args = append(args, l.extra...)
	c, err := startChild("llmobs", l.root, filepath.Join(dir, "llmobs.log"), nil, l.bin, args...)
	return c, "http://" + l.admin + "/metrics", err
}

// windowMargin: stage 2's watermark this far past the last span's end
// means the last window holding a span (the longest default window is
// 1 m, grace 2 s) has fired. The data ends minutes before the run, and
// the watermark jumps there in one step once ingest read its input to the
// end (its heartbeats carry the clock minus 10 s), so the margin does not
// change the measured time.
const windowMargin = 2 * time.Minute

func (l *llmobsSys) Check(m metrics) check {
	if l.services == nil {
		l.services = map[string]bool{}
		for _, s := range []string{"ingest", "enricher", "aggregator", "alerter", "embedder"} {
			l.services[s] = m.has("llmobs_" + s + "_" + map[string]string{
				"ingest": "spans_out_total", "enricher": "spans_out_total", "aggregator": "spans_in_total",
				"alerter": "windows_in_total", "embedder": "spans_in_total",
			}[s])
		}
	}
	n := float64(l.spans)
	c := check{stages: map[string]bool{}}
	var parts []string
	recIn := m.samples[`llmobs_ingest_records_in_total{source="otlp_spans"}`]
	ingOut := m.sum("llmobs_ingest_spans_out_total")
	c.first = recIn > 0
	if l.services["ingest"] {
		c.stages["ingest"] = recIn >= float64(l.records) && ingOut >= n
		parts = append(parts, fmt.Sprintf("ingest %.0f/%d rec %.0f spans", recIn, l.records, ingOut))
	}
	if l.services["enricher"] {
		out := m.sum("llmobs_enricher_spans_out_total")
		c.stages["enricher"] = out >= n
		parts = append(parts, fmt.Sprintf("enricher %.0f", out))
	}
	fired := m.sum("llmobs_aggregator_windows_fired_total")
	if l.services["aggregator"] {
		in := m.sum("llmobs_aggregator_spans_in_total")
		wm := m.samples[`llmobs_aggregator_watermark_seconds{stage="stage2"}`]
		passed := wm > 0 && time.Unix(0, int64(wm*1e9)).After(l.lastEnd.Add(windowMargin))
		c.stages["aggregator"] = in >= n && passed
		open := m.samples[`llmobs_aggregator_open_windows{stage="stage1"}`] + m.samples[`llmobs_aggregator_open_windows{stage="stage2"}`]
		parts = append(parts, fmt.Sprintf("aggregator %.0f windows %.0f open %.0f", in, fired, open))
	}
	if l.services["alerter"] {
		in := m.sum("llmobs_alerter_windows_in_total")
		c.stages["alerter"] = (!l.services["aggregator"] || c.stages["aggregator"]) && in >= fired && in > 0
		parts = append(parts, fmt.Sprintf("alerter %.0f", in))
	}
	if l.services["embedder"] {
		in := m.sum("llmobs_embedder_spans_in_total")
		settled := m.sum("llmobs_embedder_prompts_total") + m.sum("llmobs_embedder_skipped_spans_total")
		c.stages["embedder"] = in >= n && settled >= n
		parts = append(parts, fmt.Sprintf("embedder %.0f settled %.0f", in, settled))
	}
	// How far each stage's watermark is behind the last span (event
	// time): a stage reading a backlog moves through it.
	var wms []string
	behind := func(name string, sec float64) {
		if sec > 0 {
			if d := l.lastEnd.Sub(time.Unix(0, int64(sec*1e9))); d > 0 {
				wms = append(wms, fmt.Sprintf("%s -%.0fm", name, d.Minutes()))
			} else {
				wms = append(wms, name+" past")
			}
		}
	}
	ingWm := 0.0
	for k, v := range m.samples {
		if strings.HasPrefix(k, "llmobs_ingest_source_watermark_seconds{") && (ingWm == 0 || v < ingWm) {
			ingWm = v
		}
	}
	behind("ingest", ingWm)
	behind("enricher", m.samples["llmobs_enricher_span_watermark_seconds"])
	behind("stage1", m.samples[`llmobs_aggregator_watermark_seconds{stage="stage1"}`])
	behind("stage2", m.samples[`llmobs_aggregator_watermark_seconds{stage="stage2"}`])
	if len(wms) > 0 {
		parts = append(parts, "watermarks: "+strings.Join(wms, " "))
	}
	var paused []string
	for _, svc := range []string{"ingest", "enricher", "aggregator"} {
		if v, ok := m.samples["llmobs_"+svc+"_partitions_paused"]; ok && v > 0 {
			paused = append(paused, fmt.Sprintf("%s %.0f", svc, v))
		}
	}
	if len(paused) > 0 {
		parts = append(parts, "paused: "+strings.Join(paused, " "))
	}
	c.done = len(c.stages) > 0
	for _, ok := range c.stages {
		c.done = c.done && ok
	}
	c.line = strings.Join(parts, ", ")
	return c
}
