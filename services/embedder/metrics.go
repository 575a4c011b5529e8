package embedder

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/services/embedder/index"
)

type metrics struct {
	spansIn      prometheus.Counter
	skipped      *prometheus.CounterVec
	prompts      *prometheus.CounterVec
	dlq          *prometheus.CounterVec
	embedSeconds prometheus.Histogram
	embedBatch   prometheus.Histogram
	embedErrors  prometheus.Counter
	writeSeconds prometheus.Histogram
	flushSeconds prometheus.Histogram
	indexErrors  *prometheus.CounterVec
	indexUp      prometheus.Gauge
	queue        prometheus.Gauge
	lag          prometheus.Gauge
	lagSpans     prometheus.Gauge
	keepP        prometheus.Gauge
	encoderCPU   prometheus.Counter
	topicSkipped prometheus.Counter
	cacheSize    prometheus.Gauge
	commits      *prometheus.CounterVec
	searches     *prometheus.CounterVec
	searchSecs   prometheus.Histogram
	novel        prometheus.Counter
	surges       *prometheus.CounterVec
	surgeStates  prometheus.Counter
	snapshots    prometheus.Counter
	restored     prometheus.Counter
	warm         prometheus.Gauge
	outputs      *prometheus.CounterVec
	novelOutputs prometheus.Counter
	outputSurges *prometheus.CounterVec
	outputWarm   prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		spansIn:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_spans_in_total", Help: "Enriched spans read."}),
		skipped:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_skipped_spans_total", Help: "Spans with nothing to embed, by reason: not_llm, no_prompt, bodies_dropped (shed under load), unredacted (redact mode keep: never embedded)."}, []string{"reason"}),
		prompts:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_prompts_total", Help: "Prompts by outcome: embedded (a new point), deduplicated (a repeat: payload updated), sampled_out (not embedded because the embedder lagged), embed_error, index_error (refused by the index; dropped)."}, []string{"outcome"}),
		dlq:          prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_dlq_records_total", Help: "Input records written to the DLQ, by reason."}, []string{"reason"}),
		embedSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_embedder_embed_seconds", Help: "Time to embed one batch.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}),
		embedBatch:   prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_embedder_embed_batch_size", Help: "Texts per embedding batch.", Buckets: prometheus.ExponentialBuckets(1, 2, 11)}),
		embedErrors:  prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_embed_retries_total", Help: "Transient encoder failures retried."}),
		writeSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_embedder_index_write_seconds", Help: "Time to write one flush into the index, retries included.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 18)}),
		flushSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_embedder_flush_seconds", Help: "Time from a flush's start to the index accepting it.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 18)}),
		indexErrors:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_index_errors_total", Help: "Index failures: unavailable (retried with backoff), permanent."}, []string{"kind"}),
		indexUp:      prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_index_up", Help: "1 when the last index call succeeded."}),
		queue:        prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_queue_polls", Help: "Polls waiting for the embedding worker (bounded by queue_size)."}),
		lag:          prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_lag_records", Help: "Records between the last poll and the end of llmobs.enriched, over the partitions read."}),
		lagSpans:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_lag_spans", Help: "Estimated spans between the last poll and the end of llmobs.enriched: lag_records × the mean spans per record read (what sample_above_lag is compared with)."}),
		encoderCPU:   prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_encoder_cpu_seconds_total", Help: "CPU time the built-in sentence encoder used for prompts and completions (thread CPU clocks; what encoder_cpu bounds)."}),
		topicSkipped: prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_service_topic_skipped_total", Help: "Occurrences of known prompts asked in a service for the first time that were not embedded again for that service's topics because the encoder was over encoder_cpu: they count for the service's total only."}),
		keepP:        prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_keep_probability", Help: "Probability that a new prompt is embedded (1 unless the embedder lags, sample_above_lag, or its encoder is over encoder_cpu)."}),
		cacheSize:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_dedup_cache_entries", Help: "Distinct prompts remembered in memory."}),
		commits:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_commits_total", Help: "Offset commits, by outcome."}, []string{"outcome"}),
		searches:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_search_requests_total", Help: "Search API requests, by HTTP status."}, []string{"code"}),
		searchSecs:   prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_embedder_search_seconds", Help: "Search API latency (encoding and index).", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}),
		novel:        prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_novel_prompts_total", Help: "Distinct prompts whose novelty score was above novelty.threshold when first embedded (flag novel_prompt)."}),
		surges:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_topic_surges_total", Help: "Topic surge state changes: started, ended (GET /api/topics lists them)."}, []string{"change"}),
		surgeStates:  prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_surge_states_sent_total", Help: "Topic surge states (a tenant/service and its surging topics) sent to llmobs.novelty for the alerter."}),
		snapshots:    prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_novelty_snapshots_total", Help: "Tenant/service novelty detector states written to llmobs.embedder.state."}),
		restored:     prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_novelty_restored_total", Help: "Tenant/service novelty detector states restored from llmobs.embedder.state at start."}),
		warm:         prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_novelty_cold_series", Help: "Tenant/service pairs still in the novelty warm-up (no novel flags or surges yet)."}),
	}
	m.outputs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_outputs_total", Help: "Completions (outputs.enabled) by outcome: embedded (a new text scored), deduplicated (a known text: counted for its topic), sampled_out (the embedder lagged), embed_error."}, []string{"outcome"})
	m.novelOutputs = prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_embedder_novel_outputs_total", Help: "Distinct completions whose novelty score was above outputs.novelty.threshold when first seen (flag novel_output on their prompts)."})
	m.outputSurges = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_embedder_output_topic_surges_total", Help: "Completion topic surge state changes: started, ended (LLMNovelOutputSurge; GET /api/topics?kind=output)."}, []string{"change"})
	m.outputWarm = prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_embedder_output_novelty_cold_series", Help: "Tenant/service pairs whose completion detector is still in its warm-up (no novel_output flags or output surges yet)."})
	m.keepP.Set(1)
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.spansIn, m.skipped, m.prompts, m.dlq, m.embedSeconds, m.embedBatch, m.embedErrors, m.writeSeconds, m.flushSeconds, m.indexErrors, m.indexUp, m.queue, m.lag, m.lagSpans, m.keepP, m.encoderCPU, m.topicSkipped, m.cacheSize, m.commits, m.searches, m.searchSecs, m.novel, m.surges, m.surgeStates, m.snapshots, m.restored, m.warm, m.outputs, m.novelOutputs, m.outputSurges, m.outputWarm} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// registerMemoryIndex exports the in-process index's size and evictions
// (read at scrape time; Count never fails for it).
func registerMemoryIndex(reg prometheus.Registerer, mem *index.Memory) error {
	for _, c := range []prometheus.Collector{
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "llmobs_embedder_index_points", Help: "Prompts held by the in-process index (no Qdrant): bounded by memory_max_points and memory_max_bytes."},
			func() float64 { n, _ := mem.Count(context.Background()); return float64(n) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "llmobs_embedder_index_bytes", Help: "Estimated memory of the prompts held by the in-process index (what memory_max_bytes bounds)."},
			func() float64 { return float64(mem.Bytes()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "llmobs_embedder_index_evicted_total", Help: "Prompts the in-process index evicted (least recently seen first) to stay within memory_max_points and memory_max_bytes."},
			func() float64 { return float64(mem.Evicted()) }),
	} {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}
