package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/chtest"
	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// chServer is a clickhouse-server in a temp dir on a free loopback port.
type chServer struct {
	port int
	dir  string
	bin  string
	cmd  *exec.Cmd
}

func chBinary(t *testing.T) string {
	if p := chtest.Binary(); p != "" {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("clickhouse-server not installed (CI: apt-get install -y clickhouse-server)")
	}
	t.Skip("clickhouse-server not installed: skipping ClickHouse tests (apt-get install -y clickhouse-server)")
	return ""
}

func startClickHouse(t *testing.T) *chServer {
	t.Helper()
	bin := chBinary(t)
	srv, err := chtest.Prepare(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := &chServer{port: srv.TCPPort, dir: srv.Dir, bin: bin}
	t.Cleanup(s.stop)
	s.start(t)
	return s
}

// start (re)starts the server on its port and data directory.
func (s *chServer) start(t *testing.T) {
	t.Helper()
	s.cmd = exec.Command(s.bin, "--config-file="+filepath.Join(s.dir, "config.xml"))
	s.cmd.Dir = s.dir
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	conn := s.conn(t)
	defer conn.Close()
	waitFor(t, "clickhouse-server to answer", 30*time.Second, func() bool { return conn.Ping(context.Background()) == nil })
}

func (s *chServer) stop() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
		s.cmd = nil
	}
}

func (s *chServer) dsn() string { return fmt.Sprintf("clickhouse://127.0.0.1:%d/default", s.port) }

func (s *chServer) conn(t *testing.T) driver.Conn {
	t.Helper()
	c, err := clickhouse.Open(&clickhouse.Options{Addr: []string{fmt.Sprintf("127.0.0.1:%d", s.port)}, DialTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func count(t *testing.T, c driver.Conn, q string) uint64 {
	var n uint64
	if err := c.QueryRow(context.Background(), q).Scan(&n); err != nil {
		return 0
	}
	return n
}

// TestClickHouseSink: spans and final windows land in ClickHouse once
// (FINAL), and stored spans' quantileExactWeighted matches the windows.
func TestClickHouseSink(t *testing.T) {
	ch := startClickHouse(t)
	c := newCluster(t)
	total := workload(t, c.ListenAddrs(), 60, 3)
	cfg := testConfig()
	cfg.ClickHouse.DSN = ch.dsn()
	_, stop := run(t, cfg, testDeps(c.ListenAddrs(), "a"))
	defer stop()
	conn := ch.conn(t)
	defer conn.Close()
	waitFor(t, "rows in ClickHouse", 30*time.Second, func() bool {
		return count(t, conn, "SELECT count() FROM llm_spans FINAL") == 660 && count(t, conn, "SELECT count() FROM llm_sli_windows FINAL") == uint64(len(finals(t, c.ListenAddrs())))
	})
	var req float64
	waitFor(t, "every span in the stored 10s windows", 30*time.Second, func() bool {
		return conn.QueryRow(context.Background(), "SELECT sum(requests) FROM llm_sli_windows FINAL WHERE window_length_ms = 10000").Scan(&req) == nil && req == total
	})
	waitFor(t, "every window stored", 10*time.Second, func() bool {
		return count(t, conn, "SELECT count() FROM llm_sli_windows FINAL") == uint64(len(finals(t, c.ListenAddrs())))
	})
	// Spend per tenant, from the parallel arrays: acme's share of every
	// record is $0.10 (workload), and the shares add up to the windows'
	// cost (a window no span of which named a tenant or user has none).
	var acme, shares, costs float64
	if err := conn.QueryRow(context.Background(), `SELECT sum(c) FROM llm_sli_windows FINAL ARRAY JOIN usage_tenant AS tn, usage_cost AS c
		WHERE window_length_ms = 10000 AND tn = 'acme'`).Scan(&acme); err != nil || math.Abs(acme-6.0) > 1e-6 {
		t.Fatalf("acme spend %v (%v), want $6.00", acme, err)
	}
	if err := conn.QueryRow(context.Background(), `SELECT sum(arraySum(usage_cost)), sum(cost_total) FROM llm_sli_windows FINAL WHERE length(usage_cost) > 0`).Scan(&shares, &costs); err != nil || math.Abs(shares-costs) > 1e-6 {
		t.Fatalf("shares sum to $%v, windows to $%v (%v)", shares, costs, err)
	}
	var hourly float64
	if err := conn.QueryRow(context.Background(), "SELECT sum(requests) FROM llm_model_hourly").Scan(&hourly); err != nil || hourly != total {
		t.Fatalf("hourly rollup requests = %v (%v), want %v", hourly, err, total)
	}
	// Quantiles of a 1m window against quantileExactWeighted over its spans.
	for k, w := range finals(t, c.ListenAddrs()) {
		if k.lenMs != 60000 || w.Requests < 100 {
			continue
		}
		var p50, p99 float64
		q := fmt.Sprintf("SELECT quantileExactWeighted(0.5)(duration_ms, toUInt64(weight)), quantileExactWeighted(0.99)(duration_ms, toUInt64(weight)) FROM llm_spans FINAL WHERE model = '%s' AND class = 1 AND floor(toUInt64(start) * 1000 + start_ns / 1000000 + duration_ms) >= %d AND floor(toUInt64(start) * 1000 + start_ns / 1000000 + duration_ms) < %d", k.model, k.start, k.start+k.lenMs)
		if err := conn.QueryRow(context.Background(), q).Scan(&p50, &p99); err != nil {
			t.Fatal(err)
		}
		if math.Abs(p50-w.LatencyP50Ms)/p50 > 0.01 || math.Abs(p99-w.LatencyP99Ms)/p99 > 0.01 {
			t.Errorf("window %+v: p50 %v vs exact %v, p99 %v vs exact %v", k, w.LatencyP50Ms, p50, w.LatencyP99Ms, p99)
		}
	}
}

// committedSum is the sum of group's committed offsets on topic.
func committedSum(t *testing.T, brokers []string, group, topic string) int64 {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	offs, err := kadm.NewClient(cl).FetchOffsets(ctx, group)
	if errors.Is(err, kerr.GroupIDNotFound) {
		return 0 // nothing committed yet
	}
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	offs.Each(func(o kadm.OffsetResponse) {
		if o.Topic == topic && o.Err == nil && o.At > 0 {
			sum += o.At
		}
	})
	return sum
}

// TestClickHouseOutage: ClickHouse dies mid-stream. Stage 1 retries its
// insert with backoff, reads no further (Kafka holds the backlog) and
// commits no offset whose spans ClickHouse has not taken; once ClickHouse
// is back every span and window is stored exactly once (FINAL) and the
// SLIs are complete (the outage made no partition look idle).
func TestClickHouseOutage(t *testing.T) {
	ch := startClickHouse(t)
	c := newCluster(t)
	// Offsets count records: no watermark records between the spans.
	total := workloadBeats(t, c.ListenAddrs(), 60, 5, false)
	cfg := testConfig()
	cfg.MaxPollRecords = 1 // 60 inserts: the outage starts after a few
	cfg.ClickHouse.DSN = ch.dsn()
	cfg.ClickHouse.RetryInitial, cfg.ClickHouse.RetryMax = 20*time.Millisecond, 200*time.Millisecond
	conn := ch.conn(t)
	defer conn.Close()
	svc, stop := run(t, cfg, testDeps(c.ListenAddrs(), "a"))
	defer stop()
	waitFor(t, "the first spans stored", 20*time.Second, func() bool { return count(t, conn, "SELECT count() FROM llm_spans") > 0 })
	ch.stop()
	enriched := kafka.DefaultTopics().Enriched
	waitFor(t, "insert retries", 20*time.Second, func() bool {
		return testutil.ToFloat64(svc.m.chErrors.WithLabelValues("llm_spans")) >= 5
	})
	in0, off0 := testutil.ToFloat64(svc.m.spansIn), committedSum(t, c.ListenAddrs(), cfg.Stage1Group, enriched)
	time.Sleep(300 * time.Millisecond) // room for a wrong poll or commit to show
	in1, off1 := testutil.ToFloat64(svc.m.spansIn), committedSum(t, c.ListenAddrs(), cfg.Stage1Group, enriched)
	stored := testutil.ToFloat64(svc.m.chRows.WithLabelValues("llm_spans"))
	if in1 != in0 || off1 != off0 {
		t.Errorf("while ClickHouse was down stage 1 went on: spans read %v → %v, committed %d → %d", in0, in1, off0, off1)
	}
	if float64(off1*11) > stored || in1 >= 660 {
		t.Fatalf("committed %d records (%d spans) but ClickHouse took %v; %v of 660 spans read", off1, off1*11, stored, in1)
	}

	ch.start(t)
	conn2 := ch.conn(t)
	defer conn2.Close()
	waitFor(t, "every span and window stored once", 30*time.Second, func() bool {
		ws := finals(t, c.ListenAddrs())
		return sumRequests(ws, 10000) == total && count(t, conn2, "SELECT count() FROM llm_spans FINAL") == 660 &&
			count(t, conn2, "SELECT count() FROM llm_sli_windows FINAL") == uint64(len(ws))
	})
	var req float64
	if err := conn2.QueryRow(context.Background(), "SELECT sum(requests) FROM llm_sli_windows FINAL WHERE window_length_ms = 60000").Scan(&req); err != nil || req != total {
		t.Fatalf("stored 1m windows: %v requests (%v), want %v", req, err, total)
	}
	if n := count(t, conn2, "SELECT uniqExact(trace_id, span_id) FROM llm_spans"); n != 660 {
		t.Fatalf("%d distinct spans stored, want 660", n)
	}
	if late := testutil.ToFloat64(svc.m.late); late != 0 {
		t.Errorf("%v late spans: the outage made partitions look idle", late)
	}
}

// TestClickHouseRetention: the periodic job drops day partitions older
// than retention from both tables, keeps the rest, and counts each drop
// once.
func TestClickHouseRetention(t *testing.T) {
	ch := startClickHouse(t)
	c := newCluster(t)
	cfg := testConfig()
	cfg.ClickHouse.DSN = ch.dsn()
	cfg.ClickHouse.Retention = 5 * 24 * time.Hour
	cfg.ClickHouse.RetentionInterval = time.Second
	svc, stop := run(t, cfg, testDeps(c.ListenAddrs(), "a"))
	defer stop()
	ctx := context.Background()
	sk, err := openSink(ctx, ch.dsn()) // migrations are idempotent
	if err != nil {
		t.Fatal(err)
	}
	defer sk.conn.Close()
	now := time.Now().UTC()
	var spans []*llmobsv1.EnrichedSpan
	var ws []*llmobsv1.SLIWindow
	var sums []*llmobsv1.SeriesSummary
	for _, d := range []int{0, 3, 5, 6, 10} { // 6 and 10 are past 5 days
		st := now.Add(-time.Duration(d) * 24 * time.Hour)
		spans = append(spans, &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{TraceId: []byte{byte(d)}, SpanId: []byte{1},
			StartTimeUnixNano: uint64(st.UnixNano()), EndTimeUnixNano: uint64(st.UnixNano()) + 1e9, Class: llmobsv1.SpanClass_SPAN_CLASS_LLM}})
		ws = append(ws, &llmobsv1.SLIWindow{Series: &llmobsv1.SeriesKey{Model: "m"}, WindowStartUnixMs: st.UnixMilli() / 10000 * 10000, WindowLengthMs: 10000, Revision: 1, Requests: 1})
		sums = append(sums, &llmobsv1.SeriesSummary{Series: &llmobsv1.SeriesKey{Model: "m"}, BucketStartUnixMs: st.UnixMilli() / 10000 * 10000, BucketLengthMs: 10000, Aggregate: &llmobsv1.Aggregate{Requests: 1}})
	}
	if err := sk.insertSummaries(ctx, sums); err != nil {
		t.Fatal(err)
	}
	if err := sk.insertSpans(ctx, spans); err != nil {
		t.Fatal(err)
	}
	if err := sk.insertWindows(ctx, ws); err != nil {
		t.Fatal(err)
	}
	dropped := func(table string) float64 { return testutil.ToFloat64(svc.m.partsDropped.WithLabelValues(table)) }
	waitFor(t, "old partitions dropped", 20*time.Second, func() bool {
		return dropped("llm_spans") == 2 && dropped("llm_sli_windows") == 2 && dropped("llm_span_summaries") == 2
	})
	time.Sleep(1500 * time.Millisecond) // one more run: nothing left to drop
	conn := ch.conn(t)
	defer conn.Close()
	cutoff := now.Add(-cfg.ClickHouse.Retention).Format(time.DateOnly)
	for _, table := range retentionTables {
		if d := dropped(table); d != 2 {
			t.Errorf("%s: %v partitions dropped, want 2", table, d)
		}
		if n := count(t, conn, "SELECT count() FROM "+table); n != 3 {
			t.Errorf("%s: %d rows left, want 3 (today, 3 and 5 days ago)", table, n)
		}
		if n := count(t, conn, fmt.Sprintf("SELECT count() FROM %s WHERE date < toDate('%s')", table, cutoff)); n != 0 {
			t.Errorf("%s: %d rows older than the cutoff %s", table, n, cutoff)
		}
	}
	if e := testutil.ToFloat64(svc.m.retentionErrors); e != 0 {
		t.Errorf("%v retention errors", e)
	}
}

// TestClickHouseMigrations: a database made by an older release (the
// first three migrations) is upgraded in place, keeping its rows, and
// instances that start at the same moment all migrate without error (18.16
// has no ADD COLUMN IF NOT EXISTS).
func TestClickHouseMigrations(t *testing.T) {
	ch := startClickHouse(t)
	ctx := context.Background()
	conn := ch.conn(t)
	defer conn.Close()
	if err := conn.Exec(ctx, `CREATE TABLE llmobs_migrations (version UInt32, applied DateTime) ENGINE = MergeTree ORDER BY version`); err != nil {
		t.Fatal(err)
	}
	for v, stmt := range migrations[:3] {
		if err := conn.Exec(ctx, stmt); err != nil {
			t.Fatal(err)
		}
		// Batches: clickhouse-go/v2's Exec of an INSERT hangs against 18.16.
		insert(t, conn, `INSERT INTO llmobs_migrations (version, applied)`, uint32(v+1), time.Now())
	}
	insert(t, conn, `INSERT INTO llm_sli_windows (date, window_start, window_length_ms, model, revision, requests)`, time.Now(), time.Now(), uint32(60000), "old", uint32(1), 7.0)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			sk, err := openSink(ctx, ch.dsn())
			if err == nil {
				sk.conn.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent migration: %v", err)
		}
	}
	var req float64
	var tenants []string
	if err := conn.QueryRow(ctx, `SELECT requests, usage_tenant FROM llm_sli_windows WHERE model = 'old'`).Scan(&req, &tenants); err != nil || req != 7 || len(tenants) != 0 {
		t.Fatalf("old row after upgrade: %v %v (%v)", req, tenants, err)
	}
	var version uint32
	if err := conn.QueryRow(ctx, `SELECT toUInt32(max(version)) FROM llmobs_migrations`).Scan(&version); err != nil || int(version) != len(migrations) {
		t.Fatalf("schema version %d (%v), want %d", version, err, len(migrations))
	}
}

func insert(t *testing.T, conn driver.Conn, stmt string, row ...any) {
	t.Helper()
	b, err := conn.PrepareBatch(context.Background(), stmt)
	if err == nil {
		if err = b.Append(row...); err == nil {
			err = b.Send()
		}
	}
	if err != nil {
		t.Fatal(err)
	}
}
