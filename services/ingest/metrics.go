package ingest

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	recordsIn  *prometheus.CounterVec // by source (topic or otlp_grpc / otlp_http)
	spansOut   prometheus.Counter
	samplesOut prometheus.Counter
	recordsOut *prometheus.CounterVec // by topic
	dlq        *prometheus.CounterVec // DLQ records by reason
	dlqPoints  *prometheus.CounterVec // refused metric points / log records by reason
	repaired   *prometheus.CounterVec // spans kept after a repair, by reason
	ignored    *prometheus.CounterVec // non-GPU metrics / logs, by signal
	evals      *prometheus.CounterVec // evaluations and feedback read, by outcome
	sampledOut prometheus.Counter
	summarized prometheus.Counter // model spans folded into summaries
	summaries  prometheus.Counter // summaries produced

	samplingLevel prometheus.Gauge
	samplingP     prometheus.Gauge
	samplingSpans *prometheus.CounterVec
	samplingDelay prometheus.Gauge
	captureSeries prometheus.Gauge   // firing alerts whose series are captured whole
	captureBad    prometheus.Counter // llmobs.alerts records that are not alerts
	decode        prometheus.Histogram
	lag           *prometheus.GaugeVec // by topic
	inflight      prometheus.Gauge
	overloaded    *prometheus.CounterVec // refused OTLP requests, by protocol
	rateLimited   *prometheus.CounterVec // OTLP requests over their tenant's rate limit, by protocol
	produceErrs   prometheus.Counter

	txns            *prometheus.CounterVec // Kafka input transactions, by outcome
	sourceWatermark *prometheus.GaugeVec   // watermark reported per otlp_spans partition
	listEndsErrors  prometheus.Counter
	paused          prometheus.Gauge // otlp_spans partitions paused by watermark alignment
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		recordsIn:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_records_in_total", Help: "Input records (Kafka) or requests (OTLP) read, by source."}, []string{"source"}),
		spansOut:        prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_spans_out_total", Help: "Normalised spans produced to llmobs.spans."}),
		samplesOut:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_gpu_samples_out_total", Help: "GPU samples produced to llmobs.gpu."}),
		recordsOut:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_records_out_total", Help: "Records produced, by topic."}, []string{"topic"}),
		dlq:             prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_dlq_records_total", Help: "Records written to the DLQ, by reason."}, []string{"reason"}),
		dlqPoints:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_refused_points_total", Help: "Metric data points and log records refused, by reason."}, []string{"reason"}),
		evals:           prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_evaluations_total", Help: "Evaluations and user feedback read (span events, evaluation spans, log records), by outcome: ok, or why one was refused (missing_name, invalid_score, missing_score, too_many, zero_trace_id, clock_skew)."}, []string{"outcome"}),
		repaired:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_repaired_spans_total", Help: "Spans kept after a repair (invalid UTF-8 replaced, oversize attributes truncated), by reason."}, []string{"reason"}),
		ignored:         prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_ignored_total", Help: "Metrics and log records that are not GPU data, by signal."}, []string{"signal"}),
		sampledOut:      prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_spans_sampled_out_total", Help: "Spans the sampler did not forward (model spans among them are summarised: llmobs_ingest_spans_summarized_total)."}),
		samplingLevel:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_sampling_level", Help: "Load-shedding level: 0 keep all, 1 drop bodies of normal spans, 2 also sample normal spans."}),
		samplingP:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_sampling_probability", Help: "Probability that a normal span is forwarded in detail (1 below level 2); the others are summarised."}),
		samplingSpans:   prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_sampling_spans_total", Help: "Sampler decisions: decision kept|stripped|dropped, reason error|slow|expensive|rare (always kept whole), normal, sampled."}, []string{"decision", "reason"}),
		decode:          prometheus.NewHistogram(prometheus.HistogramOpts{Name: "llmobs_ingest_decode_seconds", Help: "Time to decode and normalise one input record.", Buckets: prometheus.ExponentialBuckets(1e-5, 4, 10)}),
		lag:             prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "llmobs_ingest_consumer_lag_records", Help: "Records behind the partitions' high watermark, by topic."}, []string{"topic"}),
		inflight:        prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_otlp_inflight_requests", Help: "OTLP requests being processed (the queue ingest bounds)."}),
		overloaded:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_otlp_overloaded_total", Help: "OTLP requests refused with a retryable status because the queue was full, by protocol."}, []string{"protocol"}),
		rateLimited:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_otlp_rate_limited_total", Help: "OTLP requests refused because their tenant was over auth.rate_limit (HTTP 429 / gRPC RESOURCE_EXHAUSTED with a retry delay), by protocol."}, []string{"protocol"}),
		produceErrs:     prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_produce_errors_total", Help: "Records Kafka did not acknowledge."}),
		txns:            prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_ingest_transactions_total", Help: "Kafka input transactions (outputs + offsets), by outcome: committed, aborted (a rebalance; read again), failed."}, []string{"outcome"}),
		sourceWatermark: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "llmobs_ingest_source_watermark_seconds", Help: "Watermark (unix s) this instance last reported in band for an otlp_spans partition it owns."}, []string{"partition"}),
		listEndsErrors:  prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_list_end_offsets_errors_total", Help: "Failed listings of otlp_spans end offsets (caught-up partitions then move by their data only)."}),
	}
	m.summarized = prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_spans_summarized_total", Help: "Model spans not forwarded but folded into per-series summaries on llmobs.spans (committed)."})
	m.summaries = prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_summaries_out_total", Help: "Series summaries (one per series, bucket and poll) produced to llmobs.spans (committed)."})
	m.samplingDelay = prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_sampling_delay_seconds", Help: "How far the most-behind downstream consumer group is behind beyond the delay it intends, as the controller last read it: 0 under half of target_delay, else in steps of target_delay/8 up to 4 × target_delay."})
	m.captureSeries = prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_capture_alerts", Help: "Firing alerts whose series ingest forwards whole at every shedding level (trigger-based full capture)."})
	m.paused = prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_ingest_partitions_paused", Help: "otlp_spans partitions paused by watermark alignment: read more than align_max_drift ahead of the lowest watermark while a partition behind has records to read (a backlog)."})
	m.captureBad = prometheus.NewCounter(prometheus.CounterOpts{Name: "llmobs_ingest_capture_undecodable_total", Help: "llmobs.alerts records that are not alerts (counted only: the alerter's reader sends them to the DLQ)."})
	for _, c := range []prometheus.Collector{m.paused, m.captureSeries, m.captureBad, m.summarized, m.summaries, m.samplingDelay, m.txns, m.sourceWatermark, m.listEndsErrors, m.recordsIn, m.spansOut, m.samplesOut, m.recordsOut, m.dlq, m.dlqPoints, m.repaired, m.evals, m.ignored, m.sampledOut, m.samplingLevel, m.samplingP, m.samplingSpans, m.decode, m.lag, m.inflight, m.overloaded, m.rateLimited, m.produceErrs} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Level and Span make metrics the sampler's Observer.
func (m *metrics) Level(level int, p float64) {
	m.samplingLevel.Set(float64(level))
	m.samplingP.Set(p)
}

func (m *metrics) Span(decision, reason string) {
	m.samplingSpans.WithLabelValues(decision, reason).Inc()
}
