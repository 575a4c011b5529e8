// Package chtest is the one way llmobs's tests and the chaos suite run a
// real clickhouse-server (Debian's 18.16 here, any later release too): find
// the binary, and lay out a server directory that listens on loopback
// only, with the default user and no password. Starting, stopping and
// SIGSTOPping the process stay with the caller (a test's t.Cleanup, the
// chaos suite's process supervisor).
package chtest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
)

// Binary finds clickhouse-server: on PATH, else where Debian installs it
// (/usr/sbin is not always on PATH). "" when it is not installed.
func Binary() string {
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

// Server is a server directory laid out by Prepare.
type Server struct {
	Dir      string
	TCPPort  int
	HTTPPort int
}

// Args are clickhouse-server's arguments for this directory (run it with
// Dir as its working directory).
func (s Server) Args() []string {
	return []string{"--config-file=" + filepath.Join(s.Dir, "config.xml")}
}

// Addr is the native protocol address.
func (s Server) Addr() string { return fmt.Sprintf("127.0.0.1:%d", s.TCPPort) }

// DSN is what aggregator.clickhouse.dsn takes.
func (s Server) DSN() string { return fmt.Sprintf("clickhouse://%s/default", s.Addr()) }

// Prepare writes config.xml and users.xml into dir (created if needed) for
// a server on two free loopback ports, its data and temporary files under
// dir. Calling it again on the same directory picks new ports and keeps
// the data.
func Prepare(dir string) (Server, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Server{}, err
	}
	tcp, err := freePort()
	if err != nil {
		return Server{}, err
	}
	http, err := freePort()
	if err != nil {
		return Server{}, err
	}
	s := Server{Dir: dir, TCPPort: tcp, HTTPPort: http}
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
</yandex>`, tcp, http, dir, dir, dir)
	users := `<?xml version="1.0"?>
<yandex><profiles><default/></profiles>
<users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
<quotas><default/></quotas></yandex>`
	if err := os.WriteFile(filepath.Join(dir, "config.xml"), []byte(cfg), 0o644); err != nil {
		return Server{}, err
	}
	if err := os.WriteFile(filepath.Join(dir, "users.xml"), []byte(users), 0o644); err != nil {
		return Server{}, err
	}
	return s, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
