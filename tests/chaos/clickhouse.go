package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/llmobs/llmobs/pkg/chtest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// clickHouseBinary finds clickhouse-server ("" when not installed).
func clickHouseBinary() string { return chtest.Binary() }

// chServer is a clickhouse-server in its own directory on a free loopback
// port (laid out by pkg/chtest, as the aggregator's tests do).
type chServer struct {
	port int
	p    *proc
}

func startClickHouse(ctx context.Context, bin, dir, logDir string) (*chServer, error) {
	srv, err := chtest.Prepare(dir)
	if err != nil {
		return nil, err
	}
	s := &chServer{port: srv.TCPPort, p: newProc("clickhouse", bin, dir, logDir, srv.Args()...)}
	if err := s.p.start(); err != nil {
		return nil, err
	}
	conn, err := s.conn()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	deadline := time.Now().Add(60 * time.Second)
	for conn.Ping(ctx) != nil {
		if time.Now().After(deadline) || ctx.Err() != nil {
			s.p.kill9()
			return nil, fmt.Errorf("clickhouse-server did not answer on port %d (log: %s)", s.port, s.p.logPath)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return s, nil
}

func (s *chServer) dsn() string { return fmt.Sprintf("clickhouse://127.0.0.1:%d/default", s.port) }

func (s *chServer) conn() (driver.Conn, error) {
	return clickhouse.Open(&clickhouse.Options{Addr: []string{fmt.Sprintf("127.0.0.1:%d", s.port)}, DialTimeout: 2 * time.Second, ReadTimeout: 60 * time.Second})
}

// CHCheck is what ClickHouse holds after the run.
type CHCheck struct {
	SpanRows         uint64             `json:"llm_spans_rows"`           // raw rows (duplicates before merges included)
	SpansUnique      uint64             `json:"llm_spans_unique"`         // distinct (trace_id, span_id)
	ModelSpansUnique uint64             `json:"llm_spans_model_unique"`   // distinct LLM + embedding spans
	SLIRequests      map[string]float64 `json:"llm_sli_windows_requests"` // latest revision per window, by length
	Windows          uint64             `json:"llm_sli_windows_windows"`
	Err              string             `json:"error,omitempty"`
}

func (s *chServer) check(ctx context.Context) *CHCheck {
	out := &CHCheck{SLIRequests: map[string]float64{}}
	conn, err := s.conn()
	if err != nil {
		out.Err = err.Error()
		return out
	}
	defer conn.Close()
	q := func(dst any, query string) {
		if out.Err != "" {
			return
		}
		if err := conn.QueryRow(ctx, query).Scan(dst); err != nil {
			out.Err = fmt.Sprintf("%s: %v", query, err)
		}
	}
	q(&out.SpanRows, "SELECT count() FROM llm_spans")
	q(&out.SpansUnique, "SELECT count() FROM (SELECT trace_id, span_id FROM llm_spans GROUP BY trace_id, span_id)")
	q(&out.ModelSpansUnique, fmt.Sprintf("SELECT count() FROM (SELECT trace_id, span_id FROM llm_spans WHERE class IN (%d, %d) GROUP BY trace_id, span_id)",
		int32(llmobsv1.SpanClass_SPAN_CLASS_LLM), int32(llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING)))
	q(&out.Windows, "SELECT count() FROM (SELECT 1 FROM llm_sli_windows GROUP BY service, model, operation, provider, window_length_ms, window_start)")
	if out.Err != "" {
		return out
	}
	rows, err := conn.Query(ctx, `SELECT window_length_ms, sum(r) FROM (
		SELECT window_length_ms, argMax(requests, revision) AS r FROM llm_sli_windows
		GROUP BY service, model, operation, provider, window_length_ms, window_start) GROUP BY window_length_ms`)
	if err != nil {
		out.Err = err.Error()
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var length uint32
		var sum float64
		if err := rows.Scan(&length, &sum); err != nil {
			out.Err = err.Error()
			return out
		}
		name, ok := windowNames[int64(length)]
		if !ok {
			name = fmt.Sprintf("%dms", length)
		}
		out.SLIRequests[name] = sum
	}
	if err := rows.Err(); err != nil {
		out.Err = err.Error()
	}
	return out
}
