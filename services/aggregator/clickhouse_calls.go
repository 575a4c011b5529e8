package aggregator

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/llmobs/llmobs/pkg/auth"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// chCalls answers the call APIs from llm_spans. FINAL: a span written
// twice (a stage replayed after a restart) is one row. Only SQL that
// ClickHouse 18.16 and current releases both run (LIMIT n, m; has()).
type chCalls struct{ conn driver.Conn }

func (*chCalls) name() string { return "clickhouse" }

// quote is a ClickHouse string literal.
func quote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// endExpr is a row's end (unix ns); rows written before end_unix_nano
// existed compute it from start and duration.
const endExpr = `if(end_unix_nano > 0, end_unix_nano, toUInt64(start) * 1000000000 + start_ns + toUInt64(round(duration_ms * 1000000)))`

const callColumns = `trace_id, span_id, parent_span_id, name, class, service, model, operation, provider, tenant,
	toUInt64(start), start_ns, ` + endExpr + `, duration_ms, ttft_ms, error, status_message, error_type, weight,
	input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens,
	cost_input, cost_output, cost_cache_read, cost_cache_write, cost_reasoning, cost_gpu, cost_total, price_model, unknown_model,
	gpu_method, gpu_seconds, gpu_samples, gpu_host, gpu_uuid, gpu_model, gpu_util_mean, gpu_energy_joules, flags, input_text, output_text`

// tenantCond is the SQL condition for data stored under a tenant that
// auth.TenantOf maps to t ("" is stored for the default tenant).
func tenantCond(t string) string {
	if t == auth.DefaultTenant {
		return "tenant IN ('', 'default')"
	}
	return "tenant = " + quote(t)
}

func (q *CallQuery) where() string {
	conds := []string{"class IN (1, 2)"} // LLM and embedding calls
	if !q.Scope.All {
		conds = append(conds, tenantCond(q.Scope.Tenant))
	}
	if q.Tenant != "" {
		conds = append(conds, tenantCond(auth.TenantOf(q.Tenant)))
	}
	for _, f := range []struct{ col, v string }{{"service", q.Service}, {"model", q.Model}, {"operation", q.Operation}, {"provider", q.Provider}, {"trace_id", q.TraceID}} {
		if f.v != "" {
			conds = append(conds, f.col+" = "+quote(f.v))
		}
	}
	// date is the start's UTC day (as inserted): a call ending at since
	// started at most a day before (longer calls are not looked for by
	// day). The days are computed here, not with toDate(), which uses the
	// server's time zone.
	day := func(ns uint64) string { return quote(time.Unix(0, int64(ns)).UTC().Format(time.DateOnly)) }
	if q.SinceNs > 0 {
		conds = append(conds, fmt.Sprintf("date >= toDate(%s) - 1", day(q.SinceNs)), fmt.Sprintf("%s >= %d", endExpr, q.SinceNs))
	}
	if q.UntilNs > 0 {
		conds = append(conds, fmt.Sprintf("date <= toDate(%s)", day(q.UntilNs)), fmt.Sprintf("%s < %d", endExpr, q.UntilNs))
	}
	if q.MinLatencyMs > 0 {
		conds = append(conds, "duration_ms >= "+strconv.FormatFloat(q.MinLatencyMs, 'g', -1, 64))
	}
	if q.ErrorsOnly {
		conds = append(conds, "error = 1")
	}
	if q.Flag != "" {
		conds = append(conds, "has(flags, "+quote(q.Flag)+")")
	}
	return strings.Join(conds, " AND ")
}

func (q *CallQuery) orderBy() string {
	switch q.Sort {
	case "cost":
		return "cost_total DESC, trace_id, span_id"
	case "time":
		return endExpr + " DESC, trace_id, span_id"
	}
	return "duration_ms DESC, trace_id, span_id"
}

func (s *chCalls) query(ctx context.Context, sql string) ([]Call, error) {
	rows, err := s.conn.Query(ctx, sql)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Call{}
	for rows.Next() {
		var (
			c                  Call
			class              int32
			startS             uint64
			startNs            uint32
			endNs              uint64
			ttftMs             float64
			errFlag, unknown   uint8
			prompt, completion string
		)
		if err := rows.Scan(&c.TraceID, &c.SpanID, &c.ParentSpanID, &c.Name, &class, &c.Service, &c.Model, &c.Operation, &c.Provider, &c.Tenant,
			&startS, &startNs, &endNs, &c.LatencyMs, &ttftMs, &errFlag, &c.StatusMessage, &c.ErrorType, &c.Weight,
			&c.Tokens.Input, &c.Tokens.Output, &c.Tokens.CacheRead, &c.Tokens.CacheWrite, &c.Tokens.Reasoning,
			&c.Cost.Input, &c.Cost.Output, &c.Cost.CacheRead, &c.Cost.CacheWrite, &c.Cost.Reasoning, &c.Cost.GPU, &c.Cost.Total, &c.Cost.PriceModel, &unknown,
			&c.GPU.Method, &c.GPU.Seconds, &c.GPU.Samples, &c.GPU.Host, &c.GPU.UUID, &c.GPU.Model, &c.GPU.UtilMeanPercent, &c.GPU.EnergyJoules,
			&c.Flags, &prompt, &completion); err != nil {
			return nil, err
		}
		c.Class = className(llmobsv1.SpanClass(class))
		c.Tenant = auth.TenantOf(c.Tenant)
		startUnixNs := startS*1e9 + uint64(startNs)
		c.StartTime, c.EndTime = time.Unix(0, int64(startUnixNs)).UTC(), time.Unix(0, int64(endNs)).UTC()
		c.Status = "ok"
		if errFlag == 1 {
			c.Status = "error"
		}
		c.Cost.UnknownModel = unknown == 1
		if c.GPU.Method == "" {
			c.GPU.Method = "none" // a row written before gpu_method existed
		}
		if c.Flags == nil {
			c.Flags = []string{}
		}
		if endNs >= startUnixNs {
			c.timings(float64(endNs-startUnixNs), math.Round(ttftMs*1e6), c.Tokens.Output)
		}
		c.setBodies(prompt, completion)
		out = append(out, c)
	}
	return out, rows.Err()
}

func (s *chCalls) calls(ctx context.Context, q CallQuery) ([]Call, bool, error) {
	cs, err := s.query(ctx, fmt.Sprintf("SELECT %s FROM llm_spans FINAL WHERE %s ORDER BY %s LIMIT %d, %d", callColumns, q.where(), q.orderBy(), q.Offset, q.Limit+1))
	if err != nil {
		return nil, false, err
	}
	more := len(cs) > q.Limit
	return cs[:min(len(cs), q.Limit)], more, nil
}

func (s *chCalls) trace(ctx context.Context, traceID string, sc auth.Scope) ([]Call, bool, error) {
	where := "trace_id = " + quote(traceID)
	if !sc.All {
		where += " AND " + tenantCond(sc.Tenant)
	}
	cs, err := s.query(ctx, fmt.Sprintf("SELECT %s FROM llm_spans FINAL WHERE %s ORDER BY toUInt64(start), start_ns, span_id LIMIT %d", callColumns, where, maxTraceSpans+1))
	if err != nil {
		return nil, false, err
	}
	return cs[:min(len(cs), maxTraceSpans)], len(cs) > maxTraceSpans, nil
}
