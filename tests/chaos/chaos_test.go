package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestChaosShort runs the short chaos suite (one SIGKILL per service, the
// ClickHouse scenario when clickhouse-server is installed) when
// LLMOBS_CHAOS=1; `make chaos-short` runs it. It takes minutes, so plain
// `go test` skips it.
func TestChaosShort(t *testing.T) {
	if os.Getenv("LLMOBS_CHAOS") != "1" {
		t.Skip("set LLMOBS_CHAOS=1 to run the chaos suite (make chaos-short)")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	o := ShortOptions()
	o.Root = root
	o.OutDir = filepath.Join(root, "tests/chaos/out", "short-"+time.Now().Format("20060102-150405"))
	o.Out = testWriter{t}
	ctx, cancel := context.WithTimeout(context.Background(), 14*time.Minute)
	defer cancel()
	res, err := Run(ctx, o)
	if res == nil {
		t.Fatal(err)
	}
	var tbl bytes.Buffer
	PrintTable(&tbl, res)
	t.Logf("\n%s\nembedder: %s\nclickhouse: %s\nwall time %.0fs; logs in %s", tbl.String(), res.Embedder, res.CH, res.Wall, res.LogDir)
	if b, err := json.MarshalIndent(res, "", "  "); err == nil {
		_ = os.WriteFile(filepath.Join(o.OutDir, "results.json"), b, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Rows {
		for _, f := range r.Failures {
			t.Errorf("%s: %s", r.Scenario, f)
		}
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}
