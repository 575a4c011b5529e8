package service

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// Shutdown waits for every member's in-flight work (on the bubble's
// clock: exactly the 10 ms they take, well within the timeout).
func TestGroupStopsAllAndFlushes(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
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
		start := time.Now()
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if flushed.Load() != 2 || !drained.Load() {
			t.Fatalf("flushed=%d drained=%v", flushed.Load(), drained.Load())
		}
		if d := time.Since(start); d != 10*time.Millisecond {
			t.Fatalf("shutdown took %v, want the members' 10ms", d)
		}
	})
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

// A member that does not stop is given up on after the timeout, to the
// millisecond (the bubble's clock), with an error that says so.
func TestGroupShutdownIsBounded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		release := make(chan struct{})
		stuck := Func(func(ctx context.Context) error { <-ctx.Done(); <-release; return nil })
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		err := Group(ctx, quiet, 50*time.Millisecond, nil, Member{"stuck", stuck}, Member{"fine", Func(func(ctx context.Context) error { <-ctx.Done(); return nil })})
		if d := time.Since(start); d != 50*time.Millisecond {
			t.Errorf("gave up after %v, want the 50ms timeout", d)
		}
		if err == nil || !strings.Contains(err.Error(), "1 service(s) did not stop within 50ms: stuck") {
			t.Errorf("err = %v, want the one stuck service named in a timeout error", err)
		}
		close(release) // the stuck member ends, so the bubble can
	})
}

func TestHealthcheck(t *testing.T) {
	if err := Healthcheck("http://127.0.0.1:1/readyz"); err == nil {
		t.Fatal("closed port reported healthy")
	}
}

// A failure is named after its service once, also when the service's
// own error starts with its name (a stage named after it).
func TestGroupNamesAFailureOnce(t *testing.T) {
	for _, tc := range []struct{ err, want string }{
		{"boom", "ingest: boom"},
		{"ingest: produce: boom", "ingest: produce: boom"},
		{"ingester: boom", "ingest: ingester: boom"},
	} {
		err := Group(context.Background(), quiet, time.Second, nil,
			Member{"ingest", Func(func(context.Context) error { return errors.New(tc.err) })})
		if err == nil || err.Error() != tc.want {
			t.Errorf("service error %q: Group returned %v, want %q", tc.err, err, tc.want)
		}
	}
}
