package collector

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// repoRoot is the repository's root (go test runs in the package's dir).
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.work")); err != nil {
		t.Fatalf("repository root not found from %s: %v", root, err)
	}
	return root
}

var otelcolBin struct {
	once       sync.Once
	path, skip string
	err        error
}

// required says whether a Collector that cannot be built fails the test
// (CI, or LLMOBS_REQUIRE_OTELCOL) instead of skipping it.
func required() bool {
	return os.Getenv("LLMOBS_REQUIRE_OTELCOL") != "" || os.Getenv("CI") != ""
}

// otelcol returns the Collector binary: LLMOBS_OTELCOL, else the one
// scripts/build-otelcol.sh builds (cached after the first build).
func otelcol(t testing.TB) string {
	t.Helper()
	root := repoRoot(t)
	otelcolBin.once.Do(func() {
		if p := os.Getenv("LLMOBS_OTELCOL"); p != "" {
			out, err := exec.Command(p, "--version").CombinedOutput()
			if err != nil {
				otelcolBin.err = fmt.Errorf("LLMOBS_OTELCOL=%s: %v: %s", p, err, out)
				return
			}
			otelcolBin.path = p
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "bash", filepath.Join(root, "scripts", "build-otelcol.sh"))
		cmd.Dir = root
		var stdout bytes.Buffer
		cmd.Stdout = &stdout
		cmd.Stderr = os.Stderr // progress: a cold build takes minutes
		start := time.Now()
		err := cmd.Run()
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		path := lines[len(lines)-1]
		if err == nil && path == "" {
			err = errors.New("the script printed no path")
		}
		if err != nil {
			msg := fmt.Sprintf("cannot build the OTel Collector with scripts/build-otelcol.sh (%v); set LLMOBS_OTELCOL to a binary built from tests/collector/builder-config.yaml", err)
			if required() {
				otelcolBin.err = errors.New(msg)
			} else {
				otelcolBin.skip = msg + " (skipping: neither LLMOBS_REQUIRE_OTELCOL nor CI is set)"
			}
			return
		}
		fmt.Fprintf(os.Stderr, "otelcol: %s (%.1fs)\n", path, time.Since(start).Seconds())
		otelcolBin.path = path
	})
	if otelcolBin.skip != "" {
		t.Skip(otelcolBin.skip)
	}
	if otelcolBin.err != nil {
		t.Fatal(otelcolBin.err)
	}
	return otelcolBin.path
}

// placeholders supplies ${env:NAME} placeholders of the shipped configs
// (the Collector's env provider): compose's secure.yaml takes its secrets
// from .env. A new placeholder without a default (${env:NAME:-default})
// fails TestShippedConfigsValidate until it gets a value here.
var placeholders = map[string]string{
	"LLMOBS_OTLP_TOKEN":    "placeholder-otlp-token-0123456789",
	"KAFKA_SCRAM_PASSWORD": "placeholder-scram-password",
}

var envRef = regexp.MustCompile(`\$\{env:([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\}`)

// collectorEnv is the environment a Collector run of files gets: ours
// plus every placeholder they use.
func collectorEnv(t testing.TB, files ...string) []string {
	t.Helper()
	env := os.Environ()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range envRef.FindAllStringSubmatch(string(b), -1) {
			v, ok := placeholders[m[1]]
			if !ok {
				if m[2] != "" {
					continue // has a default
				}
				t.Errorf("%s uses ${env:%s} without a default: add a value to placeholders", f, m[1])
				continue
			}
			env = append(env, m[1]+"="+v)
		}
	}
	return env
}

const (
	snippetBegin = "<!-- otelcol-snippet:begin"
	snippetEnd   = "<!-- otelcol-snippet:end -->"
)

// readmeSnippet extracts the README's Collector snippet: the yaml block
// between the markers.
func readmeSnippet(t testing.TB, root string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, snippetBegin)
	j := strings.Index(s, snippetEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md: no %q ... %q markers around the Collector snippet", snippetBegin, snippetEnd)
	}
	block := s[i:j]
	k := strings.Index(block, "```yaml\n")
	l := strings.LastIndex(block, "```")
	if k < 0 || l <= k {
		t.Fatal("README.md: no ```yaml block between the Collector snippet's markers")
	}
	return block[k+len("```yaml\n") : l]
}

// shippedConfig is one Collector configuration llmobs ships, as the
// --config files a Collector is run with.
type shippedConfig struct {
	name  string
	files []string
	// secure: TLS and a bearer token on OTLP, SCRAM to Kafka (compose);
	// run by TestComposeCollectorIsSecure, not TestCollectorToEnriched.
	secure bool
}

// shippedConfigs lists every Collector configuration the project ships.
// TestEveryCollectorConfigIsListed keeps this list complete.
func shippedConfigs(t testing.TB) []shippedConfig {
	t.Helper()
	root := repoRoot(t)
	snippet := filepath.Join(t.TempDir(), "readme-snippet.yaml")
	if err := os.WriteFile(snippet, []byte(readmeSnippet(t, root)), 0o644); err != nil {
		t.Fatal(err)
	}
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	return []shippedConfig{
		{"deploy/otel-collector/config.yaml", []string{filepath.Join(root, "deploy", "otel-collector", "config.yaml")}, false},
		// Compose runs it with the secure overlay.
		{"deploy/otel-collector/config.yaml + secure.yaml", []string{filepath.Join(root, "deploy", "otel-collector", "config.yaml"),
			filepath.Join(root, "deploy", "otel-collector", "secure.yaml")}, true},
		// The snippet adds to the user's Collector: merged over a minimal one.
		{"README.md snippet", []string{filepath.Join(here, "testdata", "your-collector.yaml"), snippet}, false},
	}
}

func configArgs(files []string) []string {
	var args []string
	for _, f := range files {
		args = append(args, "--config", f)
	}
	return args
}

// Every Collector configuration llmobs ships is accepted by a current
// Collector (`otelcol validate`: unknown keys, missing components, bad
// values are all errors).
func TestShippedConfigsValidate(t *testing.T) {
	bin := otelcol(t)
	for _, c := range shippedConfigs(t) {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, append([]string{"validate"}, configArgs(c.files)...)...)
			cmd.Env = collectorEnv(t, c.files...)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("otelcol validate %s: %v\n%s", strings.Join(c.files, " + "), err, out)
			}
		})
	}
}

// The validation proves something only when it sees every config: any
// file in the repository that looks like a Collector configuration
// (top-level receivers, exporters and service), and any Markdown yaml
// block with a kafka exporter, must be one shippedConfigs lists.
func TestEveryCollectorConfigIsListed(t *testing.T) {
	root := repoRoot(t)
	listed := map[string]bool{}
	for _, c := range shippedConfigs(t) {
		for _, f := range c.files {
			if rel, err := filepath.Rel(root, f); err == nil {
				listed[filepath.ToSlash(rel)] = true
			}
		}
	}
	topLevel := func(s, key string) bool { return regexp.MustCompile(`(?m)^` + key + `:`).MatchString(s) }
	yamlBlock := regexp.MustCompile("(?s)```ya?ml\n(.*?)```")
	kafkaExporter := regexp.MustCompile(`(?m)^\s+kafka(/[^:\s]+)?:\s*$`)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(path, root+string(filepath.Separator)))
		if d.IsDir() {
			if slices.Contains([]string{".git", "node_modules", "bin", "out", "vendor"}, d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(path)
		if ext != ".yaml" && ext != ".yml" && ext != ".md" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		s := string(b)
		if ext == ".md" {
			for _, m := range yamlBlock.FindAllStringSubmatchIndex(s, -1) {
				block := s[m[2]:m[3]]
				if !strings.Contains(block, "exporters:") || !kafkaExporter.MatchString(block) {
					continue
				}
				inSnippet := rel == "README.md" && strings.LastIndex(s[:m[0]], snippetBegin) > strings.LastIndex(s[:m[0]], snippetEnd)
				if !inSnippet {
					t.Errorf("%s: a yaml block with a kafka exporter outside the validated README snippet: validate it (shippedConfigs) or drop it", rel)
				}
			}
			return nil
		}
		if topLevel(s, "receivers") && topLevel(s, "exporters") && topLevel(s, "service") && !listed[rel] {
			t.Errorf("%s looks like a Collector configuration that shippedConfigs does not validate", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Compose runs the Collector release these tests build.
func TestComposePinsTheTestedCollector(t *testing.T) {
	root := repoRoot(t)
	compose, err := os.ReadFile(filepath.Join(root, "deploy", "compose.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile("builder-config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	img := regexp.MustCompile(`image:\s*otel/opentelemetry-collector-contrib:(\S+)`).FindSubmatch(compose)
	if img == nil {
		t.Fatal("deploy/compose.yaml: no otel/opentelemetry-collector-contrib image")
	}
	built := regexp.MustCompile(`exporter/kafkaexporter v(\S+)`).FindSubmatch(manifest)
	if built == nil {
		t.Fatal("builder-config.yaml: no kafkaexporter module")
	}
	if string(img[1]) != string(built[1]) {
		t.Errorf("compose runs contrib %s, the tests build %s: keep them equal", img[1], built[1])
	}
}
