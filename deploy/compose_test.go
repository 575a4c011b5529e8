// Package deploy holds no code, only checks that the deployment files are
// right by construction: no Docker engine runs where the tests run.
package deploy

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

var profiles = []string{"pipeline", "allinone", "loadgen"}

func loadProject(t *testing.T, profiles ...string) *types.Project {
	t.Helper()
	// The secrets compose requires come from deploy/.env, which users
	// copy from .env.example: load the example's values.
	opts, err := cli.NewProjectOptions([]string{"compose.yaml"},
		cli.WithWorkingDirectory("."),
		cli.WithEnvFiles(".env.example"),
		cli.WithDotEnv,
		cli.WithProfiles(profiles),
		cli.WithResolvedPaths(false),
	)
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("compose.yaml does not load: %v", err)
	}
	return p
}

func TestComposeLoadsAndIsConsistent(t *testing.T) {
	p := loadProject(t, profiles...)
	required := []string{"kafka", "topics", "clickhouse", "qdrant", "otel-collector", "prometheus", "grafana",
		"ingest", "enricher", "aggregator", "alerter", "embedder", "llmobs", "loadgen"}
	for _, name := range required {
		if _, ok := p.Services[name]; !ok {
			t.Errorf("service %s missing", name)
		}
	}
	for name, s := range p.Services {
		if s.Image == "" && s.Build == nil {
			t.Errorf("%s: neither image nor build", name)
		}
		if s.Image != "" && (strings.HasSuffix(s.Image, ":latest") || !strings.Contains(s.Image, ":")) {
			t.Errorf("%s: image %q is not pinned", name, s.Image)
		}
		if s.Build != nil {
			ctxDir := filepath.Clean(s.Build.Context)
			if st, err := os.Stat(ctxDir); err != nil || !st.IsDir() {
				t.Errorf("%s: build context %s does not exist", name, ctxDir)
			}
			if _, err := os.Stat(filepath.Join(ctxDir, s.Build.Dockerfile)); err != nil {
				t.Errorf("%s: dockerfile %s not in context %s", name, s.Build.Dockerfile, ctxDir)
			}
			if !slices.Contains(dockerfileStages(t), s.Build.Target) {
				t.Errorf("%s: build target %q is not a stage of the Dockerfile", name, s.Build.Target)
			}
			target := s.Build.Args["TARGET"]
			if target == nil {
				t.Errorf("%s: build without TARGET arg", name)
			} else if !cmdExists(*target) {
				t.Errorf("%s: TARGET %s has no main package", name, *target)
			}
		}
		for dep, cond := range s.DependsOn {
			ds, ok := p.Services[dep]
			if !ok {
				t.Errorf("%s depends on unknown %s", name, dep)
				continue
			}
			switch cond.Condition {
			case types.ServiceConditionHealthy:
				if ds.HealthCheck == nil || len(ds.HealthCheck.Test) == 0 {
					t.Errorf("%s waits for %s to be healthy, but %s has no health check", name, dep, dep)
				}
			case types.ServiceConditionCompletedSuccessfully:
				if ds.Restart != "no" {
					t.Errorf("%s waits for %s to complete, but %s restarts (%q)", name, dep, dep, ds.Restart)
				}
			}
		}
		for _, port := range s.Ports {
			if port.HostIP != "127.0.0.1" {
				t.Errorf("%s: port %d published on %q; bind to loopback", name, port.Target, port.HostIP)
			}
		}
		for _, v := range s.Volumes {
			switch v.Type {
			case types.VolumeTypeBind:
				if _, err := os.Stat(v.Source); err != nil {
					t.Errorf("%s: bind mount source %s missing", name, v.Source)
				}
			case types.VolumeTypeVolume:
				if _, ok := p.Volumes[v.Source]; !ok {
					t.Errorf("%s: named volume %s not declared", name, v.Source)
				}
			}
		}
	}
}

func TestProfilesSelectPipelineOrAllInOne(t *testing.T) {
	// .env selects the five services by default.
	def := loadProject(t, "pipeline")
	for _, s := range []string{"ingest", "enricher", "aggregator", "alerter", "embedder"} {
		if _, ok := def.Services[s]; !ok {
			t.Errorf("default profile lacks %s", s)
		}
	}
	if _, ok := def.Services["llmobs"]; ok {
		t.Error("default profile runs the all-in-one binary too")
	}
	all := loadProject(t, "allinone")
	if _, ok := all.Services["llmobs"]; !ok {
		t.Error("allinone profile lacks llmobs")
	}
	if _, ok := all.Services["ingest"]; ok {
		t.Error("allinone profile also runs the separate services")
	}
	// Users copy .env.example to .env (it is not tracked: it holds their
	// secrets); the example selects the pipeline profile.
	env, err := os.ReadFile(".env.example")
	if err != nil || !strings.Contains(string(env), "COMPOSE_PROFILES=pipeline") {
		t.Errorf(".env.example must select the pipeline profile: %v %q", err, env)
	}
}

var stageRe = regexp.MustCompile(`(?im)^FROM\s+\S+(?:\s+AS\s+(\S+))?`)

func dockerfileStages(t *testing.T) []string {
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range stageRe.FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1])
	}
	return out
}

func cmdExists(target string) bool {
	dir := filepath.Join("..", "services", target, "cmd", target)
	if target == "llmobs" {
		dir = filepath.Join("..", "cmd", "llmobs")
	}
	_, err := os.Stat(filepath.Join(dir, "main.go"))
	return err == nil
}

// Every COPY source of the Dockerfile exists in the build context (the
// repository root).
func TestDockerfileCopySourcesExist(t *testing.T) {
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	copyRe := regexp.MustCompile(`(?m)^COPY\s+(.+)$`)
	n := 0
	for _, m := range copyRe.FindAllStringSubmatch(string(b), -1) {
		fields := strings.Fields(m[1])
		if strings.HasPrefix(fields[0], "--from=") {
			continue
		}
		for _, src := range fields[:len(fields)-1] {
			n++
			if src == "." {
				continue
			}
			if _, err := os.Stat(filepath.Join("..", src)); err != nil {
				t.Errorf("COPY %s: not in the build context", src)
			}
		}
	}
	if n == 0 {
		t.Fatal("no COPY found")
	}
	for _, stage := range []string{"service", "with-models", "build", "models"} {
		if !slices.Contains(dockerfileStages(t), stage) {
			t.Errorf("stage %s missing", stage)
		}
	}
	if !strings.Contains(string(b), "USER nonroot") || !strings.Contains(string(b), "CGO_ENABLED=0") {
		t.Error("images must be static and non-root")
	}
}
