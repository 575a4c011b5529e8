package app

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/llmobs/llmobs/services/embedder"
)

// Configure sets a module's defaults before files and flags are read: a
// key Configure set holds unless the file or a flag sets it.
func TestConfigureBeforeFilesAndFlags(t *testing.T) {
	o := DefaultOptions()
	if !Configure(o.Modules, "embedder", func(c *embedder.Config) {
		c.Novelty.Bucket, c.Novelty.SurgeWindow = 15*time.Second, 45*time.Second
		c.Outputs.Enabled = true
	}) {
		t.Fatal("no embedder module")
	}
	if Configure(o.Modules, "alerter", func(*embedder.Config) {}) {
		t.Fatal("the alerter's module configured as an embedder")
	}
	file := filepath.Join(t.TempDir(), "llmobs.yaml")
	if err := os.WriteFile(file, []byte("embedder:\n  novelty:\n    surge_window: 60s\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{"-config.file", file, "-embedder.outputs=false"}); err != nil {
		t.Fatal(err)
	}
	var got embedder.Config
	Configure(o.Modules, "embedder", func(c *embedder.Config) { got = *c })
	if got.Novelty.Bucket != 15*time.Second || got.Novelty.SurgeWindow != time.Minute || got.Outputs.Enabled {
		t.Fatalf("novelty %+v, outputs %v: want bucket 15s (Configure), surge_window 1m (file), outputs off (flag)", got.Novelty, got.Outputs.Enabled)
	}
}
