package kafka

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"

	"github.com/llmobs/llmobs/pkg/config"
)

// Topics names every topic of DESIGN.md. Names are configurable; these are
// the defaults.
type Topics struct {
	OTLPSpans   string `yaml:"otlp_spans"`
	OTLPMetrics string `yaml:"otlp_metrics"`
	OTLPLogs    string `yaml:"otlp_logs"`
	Spans       string `yaml:"spans"`
	GPU         string `yaml:"gpu"`
	Enriched    string `yaml:"enriched"`
	SLIPartials string `yaml:"sli_partials"`
	SLIs        string `yaml:"slis"`
	Alerts      string `yaml:"alerts"`
	DLQ         string `yaml:"dlq"`
	// Novelty carries the embedder's topic-surge reports to the alerter
	// (LLMNovelPromptSurge), keyed by tenant and service.
	Novelty string `yaml:"novelty"`
	// EmbedderState keeps the embedder's novelty detector state
	// (compacted), so a restart goes on where it was.
	EmbedderState string `yaml:"embedder_state"`
}

// DefaultTopics returns DESIGN's topic names.
func DefaultTopics() Topics {
	return Topics{
		OTLPSpans:     "otlp_spans",
		OTLPMetrics:   "otlp_metrics",
		OTLPLogs:      "otlp_logs",
		Spans:         "llmobs.spans",
		GPU:           "llmobs.gpu",
		Enriched:      "llmobs.enriched",
		SLIPartials:   "llmobs.sli.partials",
		SLIs:          "llmobs.slis",
		Alerts:        "llmobs.alerts",
		DLQ:           "llmobs.dlq",
		Novelty:       "llmobs.novelty",
		EmbedderState: "llmobs.embedder.state",
	}
}

// All returns every topic name, in DESIGN's order.
func (t Topics) All() []string {
	return []string{t.OTLPSpans, t.OTLPMetrics, t.OTLPLogs, t.Spans, t.GPU, t.Enriched, t.SLIPartials, t.SLIs, t.Alerts, t.DLQ, t.Novelty, t.EmbedderState}
}

// Validate checks every name is set and distinct.
func (t Topics) Validate() error {
	keys := []string{"otlp_spans", "otlp_metrics", "otlp_logs", "spans", "gpu", "enriched", "sli_partials", "slis", "alerts", "dlq", "novelty", "embedder_state"}
	seen := map[string]string{}
	var errs []error
	for i, name := range t.All() {
		switch {
		case name == "":
			errs = append(errs, config.Errorf(keys[i], "topic name is empty"))
		case len(name) > 249:
			errs = append(errs, config.Errorf(keys[i], "topic name longer than 249 characters"))
		case seen[name] != "":
			errs = append(errs, config.Errorf(keys[i], "topic %q is also used by %s", name, seen[name]))
		default:
			seen[name] = keys[i]
		}
	}
	return errors.Join(errs...)
}

// Configs are the topic configs llmobs creates its topics with: the alert
// topic is compacted by alert fingerprint (the record key), so it keeps
// the latest state of every alert for as long as the alert exists, which
// is what the alerter reads back on start, without growing forever; the
// embedder's state topic likewise. Compacted topics also say retention.ms
// and retention.bytes -1: Kafka ignores both under cleanup.policy=compact,
// but the embedded broker (kfake) applies its retention to every topic.
func (t Topics) Configs() map[string]map[string]*string {
	cfg := map[string]map[string]*string{}
	for _, name := range t.Compacted() {
		compact, forever := "compact", "-1"
		cfg[name] = map[string]*string{"cleanup.policy": &compact, "retention.ms": &forever, "retention.bytes": &forever}
	}
	return cfg
}

// Compacted are the topics created with cleanup.policy=compact.
func (t Topics) Compacted() []string { return []string{t.Alerts, t.EmbedderState} }

// EnsureTopics creates the missing topics among names (when create is true)
// and checks that the existing ones exist. It returns which topics it
// created. configs (may be nil) gives per-topic configs for the topics it
// creates; existing topics are left as they are.
func EnsureTopics(ctx context.Context, adm *kadm.Client, names []string, partitions int32, replication int16, create bool, configs map[string]map[string]*string) ([]string, error) {
	md, err := adm.ListTopics(ctx, names...)
	if err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	var missing []string
	for _, n := range names {
		d, ok := md[n]
		if !ok || errors.Is(d.Err, kerr.UnknownTopicOrPartition) {
			missing = append(missing, n)
			continue
		}
		if d.Err != nil {
			return nil, fmt.Errorf("describe topic %s: %w", n, d.Err)
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	sort.Strings(missing)
	if !create {
		return nil, fmt.Errorf("missing topics %v and kafka.create_topics is false", missing)
	}
	var created []string
	for _, n := range missing {
		r, err := adm.CreateTopic(ctx, partitions, replication, configs[n], n)
		switch {
		case err == nil:
			created = append(created, r.Topic)
		case errors.Is(err, kerr.TopicAlreadyExists):
		default:
			return created, fmt.Errorf("create topic %s: %w", n, err)
		}
	}
	return created, nil
}
