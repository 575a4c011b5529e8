// Package service is the lifecycle every llmobs service shares: what a
// service receives (Deps), what it must do (Service), and how a set of them
// runs together and stops together (Group). The standalone binaries and the
// all-in-one binary both go through Group, so there is one wiring path.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/tlsutil"
)

// ErrNotAvailable is returned by a constructor whose service is not built
// yet; the all-in-one binary reports such a service as not available
// instead of faking it.
var ErrNotAvailable = errors.New("service not available in this build")

// Deps is what every service constructor receives. Nothing is global.
type Deps struct {
	Log *slog.Logger
	// Metrics is where the service registers its collectors. Metric names
	// carry the service name (llmobs_ingest_...) so services can share one
	// registry in the all-in-one binary.
	Metrics prometheus.Registerer
	// Admin is the admin HTTP server: mount APIs, add readiness checks.
	Admin  *admin.Server
	Kafka  kafka.Config
	Topics kafka.Topics
	// InstanceID is unique per process; use it in transactional ids and
	// partial-aggregate sources.
	InstanceID string
	// ShutdownTimeout bounds the flush after Run's context ends.
	ShutdownTimeout time.Duration
	// Auth checks callers of the service's own listeners (OTLP) and
	// rate-limits tenants; the admin server applies it to every route.
	// Nil (tests) is auth off.
	Auth *auth.Guard
	// TLS, when not nil, is the certificate every listener serves.
	TLS *tlsutil.Reloader
}

// StageStop is how long a stream stage of the service may take to stop
// (stream.Config.StopTimeout): four fifths of ShutdownTimeout, so that a
// stage that gives up on a broker that does not answer ends, and says
// why, before Group's bound gives up on the service.
func (d Deps) StageStop() time.Duration {
	t := d.ShutdownTimeout
	if t <= 0 {
		t = 10 * time.Second
	}
	return t * 4 / 5
}

// Service is one running role.
//
// Run blocks until ctx ends or the service fails. When ctx ends, the
// service stops taking new input, flushes what is in flight (produces,
// commits, sink writes) within Deps.ShutdownTimeout, and returns nil.
// A non-nil return means the service failed; the Group then stops the rest.
type Service interface {
	Run(ctx context.Context) error
}

// Func adapts a function to Service.
type Func func(ctx context.Context) error

// Run calls f.
func (f Func) Run(ctx context.Context) error { return f(ctx) }

// Member is a named service in a Group.
type Member struct {
	Name    string
	Service Service
}

// Group runs members until ctx ends or one fails; then it cancels all and
// waits up to timeout for them to return. Before cancelling, onStop runs
// (e.g. admin.Server.Drain, so readiness flips before shutdown).
func Group(ctx context.Context, log *slog.Logger, timeout time.Duration, onStop func(), members ...Member) error {
	runCtx, cancel := context.WithCancel(context.Background())
	defer cancel()

	type result struct {
		name string
		err  error
	}
	results := make(chan result, len(members))
	var wg sync.WaitGroup
	for _, m := range members {
		wg.Add(1)
		go func(m Member) {
			defer wg.Done()
			err := safeRun(runCtx, m.Service)
			results <- result{m.Name, err}
		}(m)
	}

	var first error
	running := make(map[string]int, len(members)) // names may repeat
	for _, m := range members {
		running[m.Name]++
	}
	stopped := func(name string) {
		if running[name]--; running[name] == 0 {
			delete(running, name)
		}
	}
	select {
	case <-ctx.Done():
		log.Info("stopping", "reason", context.Cause(ctx))
	case r := <-results:
		stopped(r.name)
		if r.err != nil {
			first = named(r.name, r.err)
			log.Error("service failed; stopping all", "service", r.name, "err", r.err)
		} else {
			log.Info("service returned; stopping all", "service", r.name)
		}
	}
	if onStop != nil {
		onStop()
	}
	cancel()

	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for len(running) > 0 {
		select {
		case r := <-results:
			stopped(r.name)
			if r.err != nil && !errors.Is(r.err, context.Canceled) {
				log.Error("service stopped with error", "service", r.name, "err", r.err)
				if first == nil {
					first = named(r.name, r.err)
				}
			}
		case <-deadline.C:
			names, n := slices.Sorted(maps.Keys(running)), 0
			for _, c := range running {
				n += c
			}
			err := fmt.Errorf("%d service(s) did not stop within %s: %s", n, timeout, strings.Join(names, ", "))
			log.Error("shutdown timed out", "err", err, "services", names)
			if first == nil {
				first = err
			}
			return first
		}
	}
	wg.Wait()
	return first
}

// named prefixes err with the service's name, unless it already starts
// with it (a stage named after its service: "ingest: ingest: …").
func named(name string, err error) error {
	if strings.HasPrefix(err.Error(), name+":") {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

func safeRun(ctx context.Context, s Service) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return s.Run(ctx)
}
