package service

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestGroupStopsAllAndFlushes(t *testing.T) {
	var flushed atomic.Int32
	worker := Func(func(ctx context.Context) error {
		<-ctx.Done()
		time.Sleep(10 * time.Millisecond) // in-flight work
		flushed.Add(1)
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	var drained atomic.Bool
	done := make(chan error)
	go func() {
		done <- Group(ctx, quiet, time.Second, func() { drained.Store(true) }, Member{"a", worker}, Member{"b", worker})
	}()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if flushed.Load() != 2 || !drained.Load() {
		t.Fatalf("flushed=%d drained=%v", flushed.Load(), drained.Load())
	}
}

func TestGroupOneFailureStopsTheRest(t *testing.T) {
	boom := errors.New("boom")
	var stopped atomic.Bool
	err := Group(context.Background(), quiet, time.Second, nil,
		Member{"bad", Func(func(context.Context) error { return boom })},
		Member{"good", Func(func(ctx context.Context) error { <-ctx.Done(); stopped.Store(true); return nil })},
	)
	if !errors.Is(err, boom) || !stopped.Load() {
		t.Fatalf("err=%v stopped=%v", err, stopped.Load())
	}
}

func TestGroupPanicIsAnError(t *testing.T) {
	err := Group(context.Background(), quiet, time.Second, nil,
		Member{"panics", Func(func(context.Context) error { panic("bad input") })})
	if err == nil {
		t.Fatal("panic not reported")
	}
}

func TestGroupShutdownIsBounded(t *testing.T) {
	release := make(chan struct{})
	stuck := Func(func(ctx context.Context) error { <-ctx.Done(); <-release; return nil })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	err := Group(ctx, quiet, 50*time.Millisecond, nil, Member{"stuck", stuck})
	close(release) // let the goroutine end so goleak is satisfied
	if err == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("err=%v after %v; want a timeout error", err, time.Since(start))
	}
	time.Sleep(10 * time.Millisecond)
}

func TestHealthcheck(t *testing.T) {
	if err := Healthcheck("http://127.0.0.1:1/readyz"); err == nil {
		t.Fatal("closed port reported healthy")
	}
}
