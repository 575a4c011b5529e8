package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// clickHouseBinary finds clickhouse-server (Debian puts it in /usr/sbin,
// not always on PATH).
func clickHouseBinary() string {
	if p, err := exec.LookPath("clickhouse-server"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// chServer is a clickhouse-server in its own directory on a free loopback
// port (the approach of services/aggregator/clickhouse_test.go).
type chServer struct {
	port int
	p    *proc
}

func startClickHouse(ctx context.Context, bin, dir, logDir string) (*chServer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	httpPort, err := freePort()
	if err != nil {
		return nil, err
	}
	cfg := fmt.Sprintf(`<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><console>1</console></logger>
  <tcp_port>%d</tcp_port>
  <http_port>%d</http_port>
  <listen_host>127.0.0.1</listen_host>
  <path>%s/data/</path>
  <tmp_path>%s/tmp/</tmp_path>
  <users_config>%s/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>5368709</mark_cache_size>
</yandex>`, port, httpPort, dir, dir, dir)
	users := `<?xml version="1.0"?>
<yandex><profiles><default/></profiles>
<users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
<quotas><default/></quotas></yandex>`
	if err := os.WriteFile(filepath.Join(dir, "config.xml"), []byte(cfg), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "users.xml"), []byte(users), 0o644); err != nil {
		return nil, err
	}
	s := &chServer{port: port, p: newProc("clickhouse", bin, dir, logDir, "--config-file="+filepath.Join(dir, "config.xml"))}
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
			return nil, fmt.Errorf("clickhouse-server did not answer on port %d (log: %s)", port, s.p.logPath)
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
