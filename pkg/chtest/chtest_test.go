package chtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPrepare(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ch")
	s, err := Prepare(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.TCPPort == 0 || s.TCPPort == s.HTTPPort {
		t.Fatalf("ports %d, %d", s.TCPPort, s.HTTPPort)
	}
	cfg, err := os.ReadFile(filepath.Join(dir, "config.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<listen_host>127.0.0.1</listen_host>", "<path>" + dir + "/data/</path>", "<users_config>" + dir + "/users.xml</users_config>"} {
		if !strings.Contains(string(cfg), want) {
			t.Errorf("config.xml lacks %s", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "users.xml")); err != nil {
		t.Fatal(err)
	}
	if got, want := s.DSN(), "clickhouse://"+s.Addr()+"/default"; got != want || !strings.HasPrefix(s.Addr(), "127.0.0.1:") {
		t.Fatalf("DSN %s, addr %s", got, s.Addr())
	}
	if a := s.Args(); len(a) != 1 || a[0] != "--config-file="+filepath.Join(dir, "config.xml") {
		t.Fatalf("args %v", a)
	}
}
