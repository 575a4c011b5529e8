package aggregator

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/llmobs/llmobs/pkg/config"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// ClickHouseConfig is aggregator.clickhouse. Empty DSN: no sink.
type ClickHouseConfig struct {
	// DSN, e.g. clickhouse://127.0.0.1:9000/default.
	DSN string `yaml:"dsn"`
	// Retention: day partitions of llm_spans and llm_sli_windows whose
	// last day is older than now − retention are dropped (ALTER TABLE …
	// DROP PARTITION; 18.16 has no TTL clause). 0 keeps everything.
	Retention time.Duration `yaml:"retention"`
	// RetentionInterval: how often the drop job looks (first at start).
	RetentionInterval time.Duration `yaml:"retention_interval"`
	// RetryInitial / RetryMax bound the exponential backoff of a failed
	// insert (and of the first connection). While it retries, the stage
	// neither polls nor commits, so Kafka holds the backlog.
	RetryInitial time.Duration `yaml:"retry_initial"`
	RetryMax     time.Duration `yaml:"retry_max"`
}

// DefaultClickHouseConfig: no sink, 30 days retention checked hourly,
// backoff 100 ms … 10 s.
func DefaultClickHouseConfig() ClickHouseConfig {
	return ClickHouseConfig{Retention: 720 * time.Hour, RetentionInterval: time.Hour, RetryInitial: 100 * time.Millisecond, RetryMax: 10 * time.Second}
}

func (c ClickHouseConfig) validate() []error {
	var errs []error
	if c.DSN != "" {
		if _, err := clickhouse.ParseDSN(c.DSN); err != nil {
			errs = append(errs, config.Errorf("clickhouse.dsn", "%v", err))
		}
	}
	if c.Retention != 0 && c.Retention < 24*time.Hour {
		errs = append(errs, config.Errorf("clickhouse.retention", "%v: must be 0 (keep everything) or at least 24h (tables are partitioned by day)", c.Retention))
	}
	if c.RetentionInterval < time.Second {
		errs = append(errs, config.Errorf("clickhouse.retention_interval", "must be at least 1s"))
	}
	if c.RetryInitial <= 0 {
		errs = append(errs, config.Errorf("clickhouse.retry_initial", "must be positive"))
	}
	if c.RetryMax < c.RetryInitial {
		errs = append(errs, config.Errorf("clickhouse.retry_max", "must be at least retry_initial (%v)", c.RetryInitial))
	}
	return errs
}

// retentionTables are partitioned by day (column date).
var retentionTables = []string{"llm_spans", "llm_sli_windows", "llm_span_summaries"}

// migrations are applied in order at start and recorded in
// llmobs_migrations. Only DDL that ClickHouse 18.16 and current releases
// both accept: no DateTime64, Map, TTL, LowCardinality, CODEC.
var migrations = []string{
	`CREATE TABLE IF NOT EXISTS llm_spans (
		date Date, start DateTime, start_ns UInt32, duration_ms Float64,
		trace_id String, span_id String, service String, model String, operation String, provider String,
		class Int32, error UInt8, weight Float64, input_tokens Int64, output_tokens Int64, ttft_ms Float64,
		cost_total Float64, input_text String, output_text String, attr_keys Array(String), attr_values Array(String)
	) ENGINE = ReplacingMergeTree PARTITION BY date ORDER BY (trace_id, span_id)`,
	`CREATE TABLE IF NOT EXISTS llm_sli_windows (
		date Date, window_start DateTime, window_length_ms UInt32,
		service String, model String, operation String, provider String, revision UInt32,
		requests Float64, errors Float64, error_rate Float64,
		latency_p50_ms Float64, latency_p90_ms Float64, latency_p95_ms Float64, latency_p99_ms Float64, latency_max_ms Float64,
		ttft_p50_ms Float64, ttft_p95_ms Float64, ttft_p99_ms Float64, tpot_p50_ms Float64, tpot_p95_ms Float64,
		output_tokens_per_s Float64, input_tokens Float64, output_tokens Float64, cache_read_tokens Float64,
		cache_write_tokens Float64, reasoning_tokens Float64, cost_total Float64, gpu_util_mean Float64,
		energy_joules Float64, gpu_seconds Float64, late Float64
	) ENGINE = ReplacingMergeTree(revision) PARTITION BY date
	  ORDER BY (service, model, operation, provider, window_length_ms, window_start)`,
	`CREATE VIEW IF NOT EXISTS llm_model_hourly AS
	  SELECT toStartOfHour(window_start) AS hour, model, sum(requests) AS requests, sum(errors) AS errors,
	         max(latency_p99_ms) AS max_latency_p99_ms, sum(cost_total) AS cost_total,
	         sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens
	  FROM llm_sli_windows FINAL WHERE window_length_ms = 60000 GROUP BY hour, model`,
	// Spend per tenant/user (SLIWindow.usage) as parallel arrays: query
	// with ARRAY JOIN. Added by ALTER, so existing tables keep their rows;
	// run column by column, skipping columns that exist (see addColumns).
	`ALTER TABLE llm_sli_windows ADD COLUMN usage_tenant Array(String), ADD COLUMN usage_user Array(String),
	  ADD COLUMN usage_requests Array(Float64), ADD COLUMN usage_cost Array(Float64), ADD COLUMN usage_overflow Array(UInt8)`,
	// Series are per tenant with auth on: the tenant joins the sorting
	// key, or one tenant's window would replace another's. ClickHouse
	// (18.16 too) extends a sorting key with a column added in the same
	// ALTER; an instance that finds the column there skips it (keyColumn).
	`ALTER TABLE llm_sli_windows ADD COLUMN tenant String,
	  MODIFY ORDER BY (service, model, operation, provider, window_length_ms, window_start, tenant)`,
	`ALTER TABLE llm_spans ADD COLUMN tenant String`,
	// What GET /api/calls and /api/traces/{id} answer with (calls.go):
	// the span's place in its trace, its end in nanoseconds (windows are
	// by end time), token, cost and GPU breakdowns, flags.
	`ALTER TABLE llm_spans ADD COLUMN parent_span_id String, ADD COLUMN name String, ADD COLUMN status_message String,
	  ADD COLUMN error_type String, ADD COLUMN end_unix_nano UInt64, ADD COLUMN cache_read_tokens Int64,
	  ADD COLUMN cache_write_tokens Int64, ADD COLUMN reasoning_tokens Int64, ADD COLUMN cost_input Float64,
	  ADD COLUMN cost_output Float64, ADD COLUMN cost_cache_read Float64, ADD COLUMN cost_cache_write Float64,
	  ADD COLUMN cost_reasoning Float64, ADD COLUMN cost_gpu Float64, ADD COLUMN price_model String, ADD COLUMN unknown_model UInt8,
	  ADD COLUMN gpu_method String, ADD COLUMN gpu_seconds Float64, ADD COLUMN gpu_samples UInt32, ADD COLUMN gpu_host String,
	  ADD COLUMN gpu_uuid String, ADD COLUMN gpu_model String, ADD COLUMN gpu_util_mean Float64, ADD COLUMN gpu_energy_joules Float64,
	  ADD COLUMN flags Array(String)`,
	// The same truth as the SLIs (#17): a span's weight as an integer in
	// thousandths, for quantileExactWeighted (its weight argument is an
	// unsigned integer; a Float64 weight is truncated, 0.25 to 0), and
	// whether it has a TTFT at all (ttft_ms is 0 when it has none, which
	// must not count as a 0 ms first token). Rows written before this
	// migration read 0 for both: weight_milli 0 weighs nothing, so queries
	// over older rows use greatest(weight_milli, toUInt64(weight * 1000)).
	`ALTER TABLE llm_spans ADD COLUMN weight_milli UInt64, ADD COLUMN ttft_known UInt8`,
	// What ingest did not forward under load shedding, as it came
	// (SeriesSummary): per series and bucket the exact counts, tokens and
	// cost, and the latency and TTFT digests' centroids with integer
	// weights (thousandths), so queries over llm_spans UNION ALL this
	// table give the SLIs at any shedding level. summary_id is a hash of
	// the summary's bytes: a replay inserts the same row again (FINAL).
	`CREATE TABLE IF NOT EXISTS llm_span_summaries (
		date Date, bucket_start DateTime, bucket_start_ms Int64, bucket_length_ms UInt32, summary_id String,
		service String, model String, operation String, provider String, tenant String,
		requests Float64, errors Float64, spans UInt64, input_tokens Float64, output_tokens Float64,
		cache_read_tokens Float64, cache_write_tokens Float64, reasoning_tokens Float64, cost_total Float64,
		latency_means Array(Float64), latency_weights_milli Array(UInt64),
		ttft_means Array(Float64), ttft_weights_milli Array(UInt64)
	) ENGINE = ReplacingMergeTree PARTITION BY date ORDER BY (summary_id)`,
	// Safety and quality flags and evaluations per window (SLIWindow.flags,
	// flags_scanned, evals) as parallel arrays, like the usage: query with
	// ARRAY JOIN, e.g. a flag's rate sum(c) / sum(flags_scanned), an
	// evaluation's mean sum(eval_sum) / sum(eval_scored).
	`ALTER TABLE llm_sli_windows ADD COLUMN flags_scanned Float64, ADD COLUMN flag_names Array(String),
	  ADD COLUMN flag_counts Array(Float64), ADD COLUMN eval_names Array(String), ADD COLUMN eval_count Array(Float64),
	  ADD COLUMN eval_scored Array(Float64), ADD COLUMN eval_sum Array(Float64), ADD COLUMN eval_low Array(Float64),
	  ADD COLUMN eval_feedback Array(Float64)`,
}

var keyColumnRe = regexp.MustCompile(`(?s)^ALTER TABLE (\w+) ADD COLUMN (\w+) \w+,\s*MODIFY ORDER BY`)

// keyColumn runs an "ALTER TABLE t ADD COLUMN c T, MODIFY ORDER BY (...)"
// migration unless t has c already (another instance ran it). ok is false
// for other statements.
func (s *sink) keyColumn(ctx context.Context, stmt string) (ok bool, err error) {
	m := keyColumnRe.FindStringSubmatch(strings.TrimSpace(stmt))
	if m == nil {
		return false, nil
	}
	var n uint64
	if err := s.conn.QueryRow(ctx, fmt.Sprintf(`SELECT count() FROM system.columns WHERE database = currentDatabase() AND table = '%s' AND name = '%s'`, m[1], m[2])).Scan(&n); err != nil {
		return true, err
	}
	if n > 0 {
		return true, nil
	}
	if err := s.conn.Exec(ctx, stmt); err != nil && !strings.Contains(err.Error(), "already exists") {
		return true, err
	}
	return true, nil
}

var addColumnRe = regexp.MustCompile(`(?s)^ALTER TABLE (\w+) (ADD COLUMN .*)$`)

// addColumns runs an "ALTER TABLE t ADD COLUMN c T, ADD COLUMN ..."
// migration one column at a time, skipping the columns t already has:
// 18.16 knows no ADD COLUMN IF NOT EXISTS, and several aggregator
// instances may migrate at once. ok is false for other statements.
func (s *sink) addColumns(ctx context.Context, stmt string) (ok bool, err error) {
	m := addColumnRe.FindStringSubmatch(strings.TrimSpace(stmt))
	if m == nil {
		return false, nil
	}
	table := m[1]
	have := map[string]bool{}
	rows, err := s.conn.Query(ctx, fmt.Sprintf(`SELECT name FROM system.columns WHERE database = currentDatabase() AND table = '%s'`, table))
	if err != nil {
		return true, err
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return true, err
		}
		have[name] = true
	}
	rows.Close()
	for _, def := range strings.Split(m[2], ",") {
		def = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(def), "ADD COLUMN"))
		name, _, _ := strings.Cut(def, " ")
		if have[name] {
			continue
		}
		if err := s.conn.Exec(ctx, fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s", table, def)); err != nil && !strings.Contains(err.Error(), "already exists") {
			return true, err
		}
	}
	return true, nil
}

type sink struct {
	conn driver.Conn
}

func openSink(ctx context.Context, dsn string) (*sink, error) {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return nil, err
	}
	s := &sink{conn: conn}
	if err := s.migrate(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return s, nil
}

func (s *sink) migrate(ctx context.Context) error {
	if err := s.conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS llmobs_migrations (version UInt32, applied DateTime) ENGINE = MergeTree ORDER BY version`); err != nil {
		return fmt.Errorf("clickhouse migrations table: %w", err)
	}
	// max, not count: instances migrating at once may both record a version.
	var have uint32
	if err := s.conn.QueryRow(ctx, `SELECT toUInt32(max(version)) FROM llmobs_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("clickhouse migrations: %w", err)
	}
	for v := int(have); v < len(migrations); v++ {
		handled, err := s.keyColumn(ctx, migrations[v])
		if !handled {
			handled, err = s.addColumns(ctx, migrations[v])
		}
		if !handled {
			err = s.conn.Exec(ctx, migrations[v])
		}
		if err != nil {
			return fmt.Errorf("clickhouse migration %d: %w", v+1, err)
		}
		// A batch, not Exec with bound values: clickhouse-go/v2's Exec of
		// an INSERT with arguments hangs against 18.16.
		b, err := s.conn.PrepareBatch(ctx, `INSERT INTO llmobs_migrations (version, applied)`)
		if err == nil {
			if err = b.Append(uint32(v+1), time.Now()); err == nil {
				err = b.Send()
			}
		}
		if err != nil {
			return fmt.Errorf("clickhouse migration %d record: %w", v+1, err)
		}
	}
	return nil
}

func texts(ms []*llmobsv1.Message) string {
	var b strings.Builder
	for i, m := range ms {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(m.GetContent())
	}
	return b.String()
}

func (s *sink) insertSpans(ctx context.Context, spans []*llmobsv1.EnrichedSpan) error {
	if len(spans) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, `INSERT INTO llm_spans (date, start, start_ns, duration_ms, trace_id, span_id, service, model, operation, provider, class, error, weight, input_tokens, output_tokens, ttft_ms, cost_total, input_text, output_text, attr_keys, attr_values, tenant,
		parent_span_id, name, status_message, error_type, end_unix_nano, cache_read_tokens, cache_write_tokens, reasoning_tokens,
		cost_input, cost_output, cost_cache_read, cost_cache_write, cost_reasoning, cost_gpu, price_model, unknown_model,
		gpu_method, gpu_seconds, gpu_samples, gpu_host, gpu_uuid, gpu_model, gpu_util_mean, gpu_energy_joules, flags,
		weight_milli, ttft_known)`)
	if err != nil {
		return err
	}
	for _, es := range spans {
		sp := es.GetSpan()
		if sp == nil {
			continue // counted as skipped by stage 1
		}
		g := sp.GetGenAi()
		st := time.Unix(0, int64(sp.GetStartTimeUnixNano())).UTC()
		model := sli.ModelOf(sp) // the same model the span's SLI series is keyed by
		var errFlag uint8
		if sp.GetStatusCode() == llmobsv1.StatusCode_STATUS_CODE_ERROR {
			errFlag = 1
		}
		w := sp.GetWeight()
		if w <= 0 {
			w = 1
		}
		c, gpu := es.GetCost(), es.GetGpu()
		var unknown uint8
		if c.GetUnknownModel() {
			unknown = 1
		}
		// TTFT as the SLIs count it (pkg/sli): present, and within the span.
		ttft, ttftKnown := 0.0, uint8(0)
		if t := ttftOf(g); t != nil && *t >= 0 && sp.GetEndTimeUnixNano() >= sp.GetStartTimeUnixNano() && uint64(*t) <= sp.GetEndTimeUnixNano()-sp.GetStartTimeUnixNano() {
			ttft, ttftKnown = float64(*t)/1e6, 1
		}
		if err := b.Append(st, st, uint32(st.Nanosecond()), float64(sp.GetEndTimeUnixNano()-sp.GetStartTimeUnixNano())/1e6,
			fmt.Sprintf("%x", sp.GetTraceId()), fmt.Sprintf("%x", sp.GetSpanId()), sp.GetResource().GetServiceName(), model,
			g.GetOperation(), g.GetProvider(), int32(sp.GetClass()), errFlag, w, g.GetInputTokens(), g.GetOutputTokens(), ttft,
			es.GetCost().GetTotal(), texts(g.GetInputMessages()), texts(g.GetOutputMessages()), []string{}, []string{}, g.GetTenantId(),
			fmt.Sprintf("%x", sp.GetParentSpanId()), sp.GetName(), sp.GetStatusMessage(), sp.GetErrorType(), sp.GetEndTimeUnixNano(),
			g.GetCacheReadInputTokens(), g.GetCacheCreationInputTokens(), g.GetReasoningOutputTokens(),
			c.GetInput(), c.GetOutput(), c.GetCacheRead(), c.GetCacheWrite(), c.GetReasoning(), c.GetGpu(), c.GetPriceModel(), unknown,
			joinMethod(gpu.GetMethod()), gpu.GetGpuSeconds(), gpu.GetSamples(), gpu.GetHostName(), gpu.GetGpuUuid(), gpu.GetGpuModel(),
			gpu.GetUtilMeanPercent(), gpu.GetEnergyJoules(), append([]string{}, sp.GetFlags()...),
			uint64(math.Round(w*1000)), ttftKnown); err != nil {
			return err
		}
	}
	return b.Send()
}

// insertSummaries stores the series summaries of shed spans
// (llm_span_summaries).
func (s *sink) insertSummaries(ctx context.Context, sums []*llmobsv1.SeriesSummary) error {
	if len(sums) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, `INSERT INTO llm_span_summaries (date, bucket_start, bucket_start_ms, bucket_length_ms, summary_id,
		service, model, operation, provider, tenant, requests, errors, spans, input_tokens, output_tokens,
		cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_total,
		latency_means, latency_weights_milli, ttft_means, ttft_weights_milli)`)
	if err != nil {
		return err
	}
	centroids := func(d *llmobsv1.Digest) ([]float64, []uint64) {
		means, weights := []float64{}, []uint64{}
		for _, c := range d.GetCentroids() {
			if w := math.Round(c.GetWeight() * 1000); w > 0 && !math.IsNaN(c.GetMean()) {
				means, weights = append(means, c.GetMean()), append(weights, uint64(w))
			}
		}
		return means, weights
	}
	for _, sum := range sums {
		a, k := sum.GetAggregate(), sum.GetSeries()
		if a == nil || k == nil {
			continue // counted invalid_summary by stage 1
		}
		v, err := sum.MarshalVT()
		if err != nil {
			return err
		}
		id := sha256.Sum256(v)
		st := time.UnixMilli(sum.GetBucketStartUnixMs()).UTC()
		lm, lw := centroids(a.GetLatencyMs())
		tm, tw := centroids(a.GetTtftMs())
		if err := b.Append(st, st, sum.GetBucketStartUnixMs(), uint32(sum.GetBucketLengthMs()), hex.EncodeToString(id[:16]),
			k.GetService(), k.GetModel(), k.GetOperation(), k.GetProvider(), k.GetTenant(),
			a.GetRequests(), a.GetErrors(), a.GetSpans(), a.GetInputTokens(), a.GetOutputTokens(),
			a.GetCacheReadTokens(), a.GetCacheWriteTokens(), a.GetReasoningTokens(), a.GetCost().GetTotal(),
			lm, lw, tm, tw); err != nil {
			return err
		}
	}
	return b.Send()
}

// ttftOf is a model span's TTFT, nil when it has none (or is no model span).
func ttftOf(g *llmobsv1.GenAI) *int64 {
	if g == nil {
		return nil
	}
	return g.TtftNanos
}

func (s *sink) insertWindows(ctx context.Context, ws []*llmobsv1.SLIWindow) error {
	if len(ws) == 0 {
		return nil
	}
	b, err := s.conn.PrepareBatch(ctx, `INSERT INTO llm_sli_windows (date, window_start, window_length_ms, service, model, operation, provider, revision, requests, errors, error_rate, latency_p50_ms, latency_p90_ms, latency_p95_ms, latency_p99_ms, latency_max_ms, ttft_p50_ms, ttft_p95_ms, ttft_p99_ms, tpot_p50_ms, tpot_p95_ms, output_tokens_per_s, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, cost_total, gpu_util_mean, energy_joules, gpu_seconds, late, usage_tenant, usage_user, usage_requests, usage_cost, usage_overflow, tenant, flags_scanned, flag_names, flag_counts, eval_names, eval_count, eval_scored, eval_sum, eval_low, eval_feedback)`)
	if err != nil {
		return err
	}
	for _, w := range ws {
		st := time.UnixMilli(w.WindowStartUnixMs).UTC()
		k := w.GetSeries()
		n := len(w.GetUsage())
		tenants, users, reqs, costs, over := make([]string, n), make([]string, n), make([]float64, n), make([]float64, n), make([]uint8, n)
		for i, u := range w.GetUsage() {
			tenants[i], users[i], reqs[i], costs[i] = u.GetTenant(), u.GetUser(), u.GetRequests(), u.GetCostUsd()
			if u.GetOverflow() {
				over[i] = 1
			}
		}
		fn, fc := make([]string, len(w.GetFlags())), make([]float64, len(w.GetFlags()))
		for i, f := range w.GetFlags() {
			fn[i], fc[i] = f.GetFlag(), f.GetCount()
		}
		ne := len(w.GetEvals())
		en, ec, es, esum, el, ef := make([]string, ne), make([]float64, ne), make([]float64, ne), make([]float64, ne), make([]float64, ne), make([]float64, ne)
		for i, e := range w.GetEvals() {
			en[i], ec[i], es[i], esum[i], el[i], ef[i] = e.GetName(), e.GetCount(), e.GetScored(), e.GetSum(), e.GetLow(), e.GetFeedback()
		}
		if err := b.Append(st, st, uint32(w.WindowLengthMs), k.GetService(), k.GetModel(), k.GetOperation(), k.GetProvider(), w.Revision,
			w.Requests, w.Errors, w.ErrorRate, w.LatencyP50Ms, w.LatencyP90Ms, w.LatencyP95Ms, w.LatencyP99Ms, w.LatencyMaxMs,
			w.TtftP50Ms, w.TtftP95Ms, w.TtftP99Ms, w.TpotP50Ms, w.TpotP95Ms, w.OutputTokensPerS, w.InputTokens, w.OutputTokens,
			w.CacheReadTokens, w.CacheWriteTokens, w.ReasoningTokens, w.GetCost().GetTotal(), w.GpuUtilMean, w.EnergyJoules, w.GpuSeconds, w.Late,
			tenants, users, reqs, costs, over, k.GetTenant(), w.FlagsScanned, fn, fc, en, ec, es, esum, el, ef); err != nil {
			return err
		}
	}
	return b.Send()
}

// dropOld drops the day partitions of retentionTables whose newest day
// is before the day of now − retention, and returns "table/partition_id"
// of each. DROP PARTITION ID works on 18.16 and current releases; a
// partition another instance dropped meanwhile is a no-op.
func (s *sink) dropOld(ctx context.Context, now time.Time, retention time.Duration, onDrop func(table, id string)) error {
	cutoff := now.Add(-retention).UTC().Format(time.DateOnly)
	rows, err := s.conn.Query(ctx, fmt.Sprintf(`SELECT table, partition_id FROM system.parts
		WHERE database = currentDatabase() AND active AND table IN ('%s')
		GROUP BY table, partition_id HAVING max(max_date) < toDate('%s') ORDER BY table, partition_id`,
		strings.Join(retentionTables, "', '"), cutoff))
	if err != nil {
		return fmt.Errorf("list partitions: %w", err)
	}
	type part struct{ table, id string }
	var old []part
	for rows.Next() {
		var p part
		if err := rows.Scan(&p.table, &p.id); err != nil {
			rows.Close()
			return fmt.Errorf("list partitions: %w", err)
		}
		old = append(old, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list partitions: %w", err)
	}
	var errs []error
	for _, p := range old {
		// partition_id comes from system.parts: digits for a Date key.
		if strings.ContainsAny(p.id, "'\\") {
			errs = append(errs, fmt.Errorf("%s: unexpected partition id %q", p.table, p.id))
			continue
		}
		if err := s.conn.Exec(ctx, fmt.Sprintf("ALTER TABLE %s DROP PARTITION ID '%s'", p.table, p.id)); err != nil {
			errs = append(errs, fmt.Errorf("drop %s partition %s: %w", p.table, p.id, err))
			continue
		}
		onDrop(p.table, p.id)
	}
	return errors.Join(errs...)
}

// retry runs f with exponential backoff (initial … maxD) until it
// succeeds or ctx ends.
func retry(ctx context.Context, initial, maxD time.Duration, f func(context.Context) error, onErr func(error)) error {
	d := initial
	for {
		err := f(ctx)
		if err == nil {
			return nil
		}
		onErr(err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("clickhouse: %w (gave up: %v)", err, ctx.Err())
		case <-time.After(d):
		}
		d = min(2*d, maxD)
	}
}
