package aggregator

import (
	"context"
	"fmt"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// chServer is a clickhouse-server in a temp dir on a free loopback port.
type chServer struct {
	port int
	dir  string
	cmd  *exec.Cmd
}

func chBinary(t *testing.T) string {
	for _, p := range []string{"/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("clickhouse-server"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("clickhouse-server not installed (CI: apt-get install -y clickhouse-server)")
	}
	t.Skip("clickhouse-server not installed: skipping ClickHouse tests (apt-get install -y clickhouse-server)")
	return ""
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func startClickHouse(t *testing.T) *chServer {
	t.Helper()
	bin := chBinary(t)
	dir := t.TempDir()
	s := &chServer{port: freePort(t), dir: dir}
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
</yandex>`, s.port, freePort(t), dir, dir, dir)
	users := `<?xml version="1.0"?>
<yandex><profiles><default/></profiles>
<users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
<quotas><default/></quotas></yandex>`
	if err := os.WriteFile(filepath.Join(dir, "config.xml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "users.xml"), []byte(users), 0o644); err != nil {
		t.Fatal(err)
	}
	s.cmd = exec.Command(bin, "--config-file="+filepath.Join(dir, "config.xml"))
	s.cmd.Dir = dir
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.stop)
	conn := s.conn(t)
	defer conn.Close()
	waitFor(t, "clickhouse-server to answer", 30*time.Second, func() bool { return conn.Ping(context.Background()) == nil })
	return s
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
		q := fmt.Sprintf("SELECT quantileExactWeighted(0.5)(duration_ms, toUInt64(weight)), quantileExactWeighted(0.99)(duration_ms, toUInt64(weight)) FROM llm_spans FINAL WHERE model = '%s' AND class = 1 AND start >= toDateTime(%d) AND start < toDateTime(%d)", k.model, k.start/1000, (k.start+k.lenMs)/1000)
		if err := conn.QueryRow(context.Background(), q).Scan(&p50, &p99); err != nil {
			t.Fatal(err)
		}
		if math.Abs(p50-w.LatencyP50Ms)/p50 > 0.01 || math.Abs(p99-w.LatencyP99Ms)/p99 > 0.01 {
			t.Errorf("window %+v: p50 %v vs exact %v, p99 %v vs exact %v", k, w.LatencyP50Ms, p50, w.LatencyP99Ms, p99)
		}
	}
}
