// Package loadgen generates realistic synthetic OTLP traffic for llmobs and
// publishes it to Kafka exactly as the OpenTelemetry Collector's Kafka
// exporter does: RAG-shaped GenAI traces on otlp_spans, dcgm-exporter GPU
// metrics on otlp_metrics, GPU log records with trace context on otlp_logs.
//
// Content is a pure function of the configuration (seed, start time, rate):
// event timestamps come from a simulated schedule, never from the wall
// clock, and pacing in real time is separate from generation.
package loadgen

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
)

// Topics the generator writes to.
type Topics struct {
	Spans   string `yaml:"spans"`
	Metrics string `yaml:"metrics"`
	Logs    string `yaml:"logs"`
}

// Config of a run.
type Config struct {
	Seed int64 `yaml:"seed"`
	// Rate is traces per second of event time (and of wall time, unless
	// MaxSpeed).
	Rate     float64       `yaml:"rate"`
	Duration time.Duration `yaml:"duration"`
	// Traces, when > 0, stops after this many traces instead of Duration.
	Traces      int           `yaml:"traces"`
	Format      string        `yaml:"format"` // otlp_proto | otlp_json
	ErrorRate   float64       `yaml:"error_rate"`
	TimeoutRate float64       `yaml:"timeout_rate"`
	GPUInterval time.Duration `yaml:"gpu_interval"`
	// Incidents to schedule, by name; nil = all of the scenario's; empty
	// (or "none" on the command line) = none.
	Incidents []string `yaml:"incidents"`
	// Start is the event time of the first trace; zero = time.Now() at Run.
	Start  time.Time `yaml:"start"`
	Topics Topics    `yaml:"topics"`
	// MaxSpeed produces as fast as possible instead of holding Rate in
	// wall-clock time.
	MaxSpeed bool `yaml:"max_speed"`
	// BatchTraces paces the span exports: one OTLP request (one record)
	// carries the spans that ended while this many traces started (spans
	// are sent once they end, as an SDK's batch span processor does).
	BatchTraces int `yaml:"batch_traces"`
	// PartitionByTraceID keys each trace record by its hex trace ID, as
	// the Collector's kafka exporter does with partition_traces_by_id.
	PartitionByTraceID bool `yaml:"partition_by_trace_id"`

	// NewSubjectShare, when > 0, makes this share of the prompts asked
	// from NewSubjectAt on (event time from the start) about a subject the
	// default traffic never asks about (a data breach announced that day):
	// the scenario for semantic-anomaly detection. Everything else is drawn
	// as without it.
	NewSubjectAt    time.Duration `yaml:"new_subject_at"`
	NewSubjectShare float64       `yaml:"new_subject_share"`
	// NewOutputShare, when > 0, makes this share of the answers given
	// from NewOutputAt on a new kind of completion (a structured-output
	// failure, novelty.go): the output-side scenario.
	NewOutputAt    time.Duration `yaml:"new_output_at"`
	NewOutputShare float64       `yaml:"new_output_share"`

	// UniqueTexts ends every prompt and completion with a reference no
	// other call has ("(ref 3v7k)"), so no text is ever seen twice: what
	// a consumer's caches keyed by the text (llmobs's clean-text,
	// injection-verdict and embedding caches) save on traffic that
	// repeats itself is taken away. Without it, loadgen's texts come from
	// a few hundred templates and repeat, as many applications' do.
	UniqueTexts bool `yaml:"unique_texts"`

	// Safety: how often calls carry safety and quality signals (attacks,
	// leaks, refusals, ...); zero by default (llmobs demo sends
	// DemoSafety()).
	Safety SafetyMix `yaml:"safety"`
	// Evals: how often calls get evaluations and user feedback (evals.go);
	// zero by default (llmobs demo sends DemoEvals()).
	Evals EvalMix `yaml:"evals"`

	// Scenario defaults to DefaultScenario().
	Scenario *Scenario `yaml:"-"`
}

// DefaultConfig is 20 traces/s for 2 minutes, all incidents, otlp_proto.
func DefaultConfig() Config {
	return Config{
		Seed:        1,
		Rate:        20,
		Duration:    2 * time.Minute,
		Format:      "otlp_proto",
		ErrorRate:   0.01,
		TimeoutRate: 0.005,
		GPUInterval: 5 * time.Second,
		Topics:      Topics{Spans: "otlp_spans", Metrics: "otlp_metrics", Logs: "otlp_logs"},
		BatchTraces: 10,
	}
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if !(c.Rate > 0 && c.Rate <= 1e6) { // NaN fails too
		errs = append(errs, config.Errorf("rate", "must be in (0, 1e6] traces/s, got %v", c.Rate))
	}
	if c.Traces < 0 {
		errs = append(errs, config.Errorf("traces", "must not be negative"))
	}
	if c.Traces == 0 && c.Duration <= 0 {
		errs = append(errs, config.Errorf("duration", "must be positive (or set traces)"))
	}
	if c.Format != "otlp_proto" && c.Format != "otlp_json" {
		errs = append(errs, config.Errorf("format", "%q is not otlp_proto or otlp_json", c.Format))
	}
	if !(c.ErrorRate >= 0 && c.ErrorRate <= 1) {
		errs = append(errs, config.Errorf("error_rate", "must be in [0, 1]"))
	}
	if !(c.TimeoutRate >= 0 && c.TimeoutRate <= 1) || c.ErrorRate+c.TimeoutRate > 1 {
		errs = append(errs, config.Errorf("timeout_rate", "must be in [0, 1] and error_rate+timeout_rate ≤ 1"))
	}
	if c.GPUInterval < 100*time.Millisecond {
		errs = append(errs, config.Errorf("gpu_interval", "must be at least 100ms"))
	}
	if !(c.NewSubjectShare >= 0 && c.NewSubjectShare <= 1) {
		errs = append(errs, config.Errorf("new_subject_share", "must be in [0, 1]"))
	}
	if !(c.NewOutputShare >= 0 && c.NewOutputShare <= 1) {
		errs = append(errs, config.Errorf("new_output_share", "must be in [0, 1]"))
	}
	if c.NewOutputAt < 0 {
		errs = append(errs, config.Errorf("new_output_at", "must not be negative"))
	}
	if c.NewSubjectAt < 0 {
		errs = append(errs, config.Errorf("new_subject_at", "must not be negative"))
	}
	if c.BatchTraces < 1 {
		errs = append(errs, config.Errorf("batch_traces", "must be at least 1"))
	}
	if c.Topics.Spans == "" || c.Topics.Metrics == "" || c.Topics.Logs == "" {
		errs = append(errs, config.Errorf("topics", "spans, metrics and logs topics are required"))
	}
	errs = append(errs, config.Prefix("safety", c.Safety.Validate()))
	errs = append(errs, config.Prefix("evals", c.Evals.Validate()))
	sc := c.scenario()
	for _, name := range c.Incidents {
		if name == "all" || name == "none" {
			continue
		}
		if !slices.ContainsFunc(sc.Incidents, func(i Incident) bool { return i.Name == name }) {
			errs = append(errs, config.Errorf("incidents", "unknown incident %q", name))
		}
	}
	return errors.Join(errs...)
}

func (c Config) scenario() Scenario {
	if c.Scenario != nil {
		return *c.Scenario
	}
	return DefaultScenario()
}

// RegisterFlags binds the run's flags (prefix "" = no prefix).
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	p := func(n string) string {
		if prefix == "" {
			return n
		}
		return prefix + "." + n
	}
	fs.Int64Var(&c.Seed, p("seed"), c.Seed, "random seed: the same seed and start give the same records")
	fs.Float64Var(&c.Rate, p("rate"), c.Rate, "traces per second")
	fs.DurationVar(&c.Duration, p("duration"), c.Duration, "how long to generate (event time)")
	fs.IntVar(&c.Traces, p("traces"), c.Traces, "stop after this many traces instead of -duration")
	fs.StringVar(&c.Format, p("format"), c.Format, "otlp_proto or otlp_json")
	fs.Float64Var(&c.ErrorRate, p("error-rate"), c.ErrorRate, "share of LLM calls that fail")
	fs.Float64Var(&c.TimeoutRate, p("timeout-rate"), c.TimeoutRate, "share of LLM calls that time out")
	fs.DurationVar(&c.GPUInterval, p("gpu-interval"), c.GPUInterval, "dcgm-exporter scrape interval")
	fs.Var(incidentsFlag{&c.Incidents}, p("incidents"), "incidents to schedule: all, none, or a comma list of "+strings.Join(incidentNames(), ","))
	fs.BoolVar(&c.MaxSpeed, p("max-speed"), c.MaxSpeed, "produce as fast as possible instead of holding -rate")
	fs.IntVar(&c.BatchTraces, p("batch-traces"), c.BatchTraces, "one OTLP trace request (Kafka record) per this many traces started; it carries the spans that ended meanwhile")
	fs.DurationVar(&c.NewSubjectAt, p("new-subject-at"), c.NewSubjectAt, "event time from the start at which a new subject of questions appears (with -new-subject-share)")
	fs.Float64Var(&c.NewSubjectShare, p("new-subject-share"), c.NewSubjectShare, "share of prompts about the new subject from -new-subject-at on (0: none)")
	fs.DurationVar(&c.NewOutputAt, p("new-output-at"), c.NewOutputAt, "event time from the start at which a new kind of answer (a structured-output failure) appears (with -new-output-share)")
	fs.Float64Var(&c.NewOutputShare, p("new-output-share"), c.NewOutputShare, "share of answers of the new kind from -new-output-at on (0: none)")
	fs.BoolVar(&c.UniqueTexts, p("unique-texts"), c.UniqueTexts, "end every prompt and completion with a reference no other call has, so no text repeats (defeats caches keyed by the text)")
	fs.BoolVar(&c.PartitionByTraceID, p("partition-by-trace-id"), c.PartitionByTraceID, "key trace records by trace ID, like the Collector's partition_traces_by_id")
	c.Safety.RegisterFlags(p, fs)
	c.Evals.RegisterFlags(p, fs)
}

func incidentNames() []string {
	var out []string
	for _, i := range DefaultScenario().Incidents {
		out = append(out, i.Name)
	}
	return out
}

type incidentsFlag struct{ p *[]string }

func (f incidentsFlag) String() string {
	if f.p == nil || *f.p == nil {
		return "all"
	}
	if len(*f.p) == 0 {
		return "none"
	}
	return strings.Join(*f.p, ",")
}

func (f incidentsFlag) Set(v string) error {
	switch strings.TrimSpace(v) {
	case "all":
		*f.p = nil
		return nil
	case "none", "":
		*f.p = []string{}
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	*f.p = out
	return nil
}

func (c Config) activeIncidents() []Incident {
	sc := c.scenario()
	if c.Incidents == nil || slices.Contains(c.Incidents, "all") {
		return sc.Incidents
	}
	var out []Incident
	for _, i := range sc.Incidents {
		if slices.Contains(c.Incidents, i.Name) {
			out = append(out, i)
		}
	}
	return out
}

// totalTraces is how many traces the run generates.
func (c Config) totalTraces() int {
	if c.Traces > 0 {
		return c.Traces
	}
	n := int(c.Rate * c.Duration.Seconds())
	if n < 1 {
		n = 1
	}
	return n
}

func (c Config) String() string {
	return fmt.Sprintf("seed=%d rate=%g/s traces=%d format=%s", c.Seed, c.Rate, c.totalTraces(), c.Format)
}
