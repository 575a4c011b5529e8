package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/kafkatest"
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/alerter"
	"github.com/llmobs/llmobs/services/embedder"
	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/embedder/index"
)

// surgeRig is what the novelty surge tests run on: a Kafka cluster, the
// real embedder (the built-in encoder, an in-memory index, 50 ms batches)
// and alerters started on demand; everything stops when the test ends.
type surgeRig struct {
	c   *kafkatest.Cluster
	ctx context.Context
	t   *testing.T
	wg  sync.WaitGroup
}

// newSurgeRig skips the test without the encoder's weights (fails when
// LLMOBS_REQUIRE_TOOLS is set); configure adjusts the embedder's config.
func newSurgeRig(t *testing.T, configure func(*embedder.Config)) *surgeRig {
	dir := filepath.Join("..", "..", "services", "embedder", "models", "use-lite")
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		if os.Getenv("LLMOBS_REQUIRE_TOOLS") != "" {
			t.Fatalf("encoder weights not in %s", dir)
		}
		t.Skipf("encoder weights not in %s (run `llmobs models`)", dir)
	}
	enc, err := encoder.NewUSELite(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := &surgeRig{c: kafkatest.New(t), t: t}
	ctx, cancel := context.WithCancel(context.Background())
	r.ctx = ctx
	t.Cleanup(func() { cancel(); r.wg.Wait() })
	ecfg := embedder.DefaultConfig()
	ecfg.BatchWait = 50 * time.Millisecond
	if configure != nil {
		configure(&ecfg)
	}
	emb, err := embedder.NewWith(ecfg, r.c.Deps("emb"), enc, index.NewMemory())
	if err != nil {
		t.Fatal(err)
	}
	r.run(ctx, emb)
	return r
}

// run runs s until ctx ends; an error other than the cancellation fails
// the test.
func (r *surgeRig) run(ctx context.Context, s service.Service) {
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		if err := s.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			r.t.Errorf("%T: %v", s, err)
		}
	}()
}

// startAlerter starts an alerter (instance alerter-0, default rules); the
// returned function stops it.
func (r *surgeRig) startAlerter() context.CancelFunc {
	actx, acancel := context.WithCancel(r.ctx)
	a, err := alerter.New(alerter.DefaultConfig(), r.c.Deps("alerter-0"))
	if err != nil {
		r.t.Fatal(err)
	}
	r.run(actx, a)
	return acancel
}
