package kafka

import (
	"context"
	"fmt"
	"sync"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Producer produces asynchronously: *kgo.Client and
// *kgo.GroupTransactSession both are.
type Producer interface {
	Produce(ctx context.Context, r *kgo.Record, promise func(*kgo.Record, error))
}

// ProduceAll produces recs and waits until every one is acknowledged (or
// failed). It returns the first failure. onAck, when not nil, sees every
// record's outcome (for metrics); it may be called concurrently.
func ProduceAll(ctx context.Context, p Producer, recs []*kgo.Record, onAck func(*kgo.Record, error)) error {
	if len(recs) == 0 {
		return nil
	}
	f := Inflight{OnAck: onAck}
	f.Produce(ctx, p, recs)
	return f.Wait()
}

// Inflight produces records without waiting for them, so that a caller
// can go on with its next piece of work while they are sent; Wait then
// waits for every record produced so far. The zero value is ready.
// Produce and Wait are called from one goroutine; OnAck, when not nil,
// sees every record's outcome and may be called concurrently.
type Inflight struct {
	OnAck func(*kgo.Record, error)

	wg    sync.WaitGroup
	mu    sync.Mutex
	first error
	n     int
}

// Produce starts producing recs (it blocks only while the client's
// produce buffer is full).
func (f *Inflight) Produce(ctx context.Context, p Producer, recs []*kgo.Record) {
	f.wg.Add(len(recs))
	f.n += len(recs)
	for _, r := range recs {
		p.Produce(ctx, r, func(r *kgo.Record, err error) {
			defer f.wg.Done()
			if f.OnAck != nil {
				f.OnAck(r, err)
			}
			if err != nil {
				f.mu.Lock()
				if f.first == nil {
					f.first = fmt.Errorf("produce to %s: %w", r.Topic, err)
				}
				f.mu.Unlock()
			}
		})
	}
}

// Len is how many records were produced through f.
func (f *Inflight) Len() int { return f.n }

// Wait returns once every record produced so far was acknowledged or
// failed, with the first failure.
func (f *Inflight) Wait() error {
	f.wg.Wait()
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.first
}

// WaitContext is Wait, given up when ctx ends first (with ctx's error).
// A transactional or idempotent producer never fails a record that was
// sent and not answered — a broker that died holds it forever — so this
// is the bound a shutdown needs.
func (f *Inflight) WaitContext(ctx context.Context) error {
	done := make(chan struct{})
	go func() { f.wg.Wait(); close(done) }() // ends when the client closes, at the latest
	select {
	case <-done:
		return f.Wait()
	case <-ctx.Done():
		return fmt.Errorf("%d records produced, not all acknowledged: %w", f.n, context.Cause(ctx))
	}
}
