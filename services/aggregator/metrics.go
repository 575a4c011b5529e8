package aggregator

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	spansIn, skipped, late, lateDropped, ahead   prometheus.Counter
	undecodable                                  *prometheus.CounterVec
	windowsFired, partialsOut, partialsIn, stale prometheus.Counter
	watermark, watermarkDelay                    *prometheus.GaugeVec
	openWindows                                  *prometheus.GaugeVec
	frozenWindows                                prometheus.Gauge
	activeSeries                                 prometheus.Gauge
	lag                                          *prometheus.GaugeVec
	txns                                         *prometheus.CounterVec
	ringDropped                                  prometheus.Counter
	chRows, chErrors                             *prometheus.CounterVec
	chLatency                                    prometheus.Histogram
	dlq                                          *prometheus.CounterVec
	partsDropped                                 *prometheus.CounterVec
	retentionErrors                              prometheus.Counter
	heldPartitions                               prometheus.Gauge
	paused                                       prometheus.Gauge // stage 1's partitions paused by alignment
	notReady                                     *prometheus.CounterVec
	rewinds                                      *prometheus.CounterVec
	summariesIn, summarizedSpans, misaligned     prometheus.Counter
	callsHeld, callsBytes                        prometheus.Gauge
	callsEvicted                                 prometheus.Counter
	apiBad, apiErrors                            *prometheus.CounterVec
}

func newMetrics(r prometheus.Registerer) (*metrics, error) {
	const p = "llmobs_aggregator_"
	m := &metrics{
		spansIn:        prometheus.NewCounter(prometheus.CounterOpts{Name: p + "spans_in_total", Help: "Enriched spans read by stage 1."}),
		skipped:        prometheus.NewCounter(prometheus.CounterOpts{Name: p + "spans_skipped_total", Help: "Spans that feed no SLI series (not LLM or embedding calls)."}),
		late:           prometheus.NewCounter(prometheus.CounterOpts{Name: p + "late_spans_total", Help: "Span×window pairs later than allowed_lateness (counted in the window's late field when its state is still held)."}),
		ahead:          prometheus.NewCounter(prometheus.CounterOpts{Name: p + "spans_ahead_of_clock_total", Help: "Spans that ended after the record carrying them was produced (upstream clock skew, or live traffic sent early): they fill their windows, but move the watermark only up to the record's timestamp."}),
		lateDropped:    prometheus.NewCounter(prometheus.CounterOpts{Name: p + "late_spans_unattributed_total", Help: "Late span×window pairs whose window state was already gone (only counted here)."}),
		undecodable:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "undecodable_records_total", Help: "Records that are not the expected protobuf batch, by stage."}, []string{"stage"}),
		windowsFired:   prometheus.NewCounter(prometheus.CounterOpts{Name: p + "windows_fired_total", Help: "Final SLI windows (every revision) produced to llmobs.slis."}),
		partialsOut:    prometheus.NewCounter(prometheus.CounterOpts{Name: p + "partials_out_total", Help: "SLI partials produced to llmobs.sli.partials."}),
		partialsIn:     prometheus.NewCounter(prometheus.CounterOpts{Name: p + "partials_in_total", Help: "SLI partials read by stage 2."}),
		stale:          prometheus.NewCounter(prometheus.CounterOpts{Name: p + "partials_stale_total", Help: "Partials ignored by stage 2 (same or older source revision, or window already closed)."}),
		watermark:      prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: p + "watermark_seconds", Help: "Lowest partition watermark, unix seconds, by stage."}, []string{"stage"}),
		watermarkDelay: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: p + "watermark_delay_seconds", Help: "Wall clock minus the lowest watermark, by stage."}, []string{"stage"}),
		openWindows:    prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: p + "open_windows", Help: "Window states held, by stage."}, []string{"stage"}),
		frozenWindows:  prometheus.NewGauge(prometheus.GaugeOpts{Name: p + "stage1_frozen_windows", Help: "Stage 1 window states held frozen (compact): fired and waiting out the allowed lateness, or quiet while the watermark is held. Stage 2 holds every partial frozen."}),
		activeSeries:   prometheus.NewGauge(prometheus.GaugeOpts{Name: p + "active_series", Help: "Series held in the /api/slis ring."}),
		lag:            prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: p + "consumer_lag_records", Help: "High watermark minus the next offset, summed over partitions, by stage."}, []string{"stage"}),
		txns:           prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "transactions_total", Help: "Transactions by stage and outcome."}, []string{"stage", "outcome"}),
		ringDropped:    prometheus.NewCounter(prometheus.CounterOpts{Name: p + "ring_series_dropped_total", Help: "Windows of new series not kept because the ring holds max_series."}),
	}
	m.chRows = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "clickhouse_rows_total", Help: "Rows inserted into ClickHouse, by table."}, []string{"table"})
	m.chErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "clickhouse_errors_total", Help: "Failed ClickHouse inserts (retried), by table."}, []string{"table"})
	m.chLatency = prometheus.NewHistogram(prometheus.HistogramOpts{Name: p + "clickhouse_insert_seconds", Help: "Successful ClickHouse batch insert latency.", Buckets: prometheus.DefBuckets})
	m.dlq = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "dlq_records_total", Help: "Input records written to the DLQ, by stage and reason."}, []string{"stage", "reason"})
	m.partsDropped = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "clickhouse_partitions_dropped_total", Help: "ClickHouse day partitions dropped by retention, by table."}, []string{"table"})
	m.retentionErrors = prometheus.NewCounter(prometheus.CounterOpts{Name: p + "clickhouse_retention_errors_total", Help: "Failed retention runs (listing or dropping partitions)."})
	m.paused = prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_aggregator_partitions_paused", Help: "llmobs.enriched partitions stage 1 paused by watermark alignment: their watermark more than align_max_drift ahead of the lowest while a partition behind has records to read (a backlog)."})
	m.heldPartitions = prometheus.NewGauge(prometheus.GaugeOpts{Name: p + "stage1_held_partitions", Help: "llmobs.enriched partitions owned whose watermark is held: some upstream source has not reported since the assignment (an upstream instance down or restarting)."})
	m.notReady = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "polls_dropped_not_ready_total", Help: "Polls dropped (and read again) because they held records of a partition whose state was not rebuilt for its current assignment, by stage."}, []string{"stage"})
	m.summariesIn = prometheus.NewCounter(prometheus.CounterOpts{Name: p + "summaries_in_total", Help: "Series summaries (spans ingest shed under load, folded per series and bucket) merged by stage 1."})
	m.summarizedSpans = prometheus.NewCounter(prometheus.CounterOpts{Name: p + "summarized_spans_total", Help: "Spans stage 1 merged through series summaries rather than one by one."})
	m.misaligned = prometheus.NewCounter(prometheus.CounterOpts{Name: p + "summaries_misaligned_total", Help: "Series summaries whose bucket straddles a window end (ingest.sampling.summary_bucket does not divide a window length): merged into the window of the bucket's start."})
	m.callsHeld = prometheus.NewGauge(prometheus.GaugeOpts{Name: p + "calls_held", Help: "Spans held in the in-process call store (GET /api/calls without ClickHouse)."})
	m.callsBytes = prometheus.NewGauge(prometheus.GaugeOpts{Name: p + "calls_held_bytes", Help: "Estimated memory of the spans in the in-process call store (bounded by calls.max_bytes)."})
	m.callsEvicted = prometheus.NewCounter(prometheus.CounterOpts{Name: p + "calls_evicted_total", Help: "Spans dropped from the in-process call store to stay within calls.max_spans / calls.max_bytes (oldest first)."})
	m.apiBad = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "api_bad_requests_total", Help: "Call API requests refused with 400 (a parameter it cannot read), by API."}, []string{"api"})
	m.apiErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "api_errors_total", Help: "Call API requests that failed reading their store (502), by API."}, []string{"api"})
	m.rewinds = prometheus.NewCounterVec(prometheus.CounterOpts{Name: p + "state_rewinds_total", Help: "Times a stage dropped the state of its partitions and re-read them from the replay point because a transaction was aborted (a rebalance), by stage."}, []string{"stage"})
	for _, c := range []prometheus.Collector{m.paused, m.rewinds, m.callsHeld, m.callsBytes, m.callsEvicted, m.apiBad, m.apiErrors, m.summariesIn, m.summarizedSpans, m.misaligned, m.notReady, m.heldPartitions, m.dlq, m.partsDropped, m.retentionErrors, m.chRows, m.chErrors, m.chLatency, m.spansIn, m.skipped, m.late, m.lateDropped, m.ahead, m.undecodable, m.windowsFired, m.partialsOut, m.partialsIn, m.stale, m.watermark, m.watermarkDelay, m.openWindows, m.frozenWindows, m.activeSeries, m.lag, m.txns, m.ringDropped} {
		if err := r.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
