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
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	wg.Add(len(recs))
	for _, r := range recs {
		p.Produce(ctx, r, func(r *kgo.Record, err error) {
			defer wg.Done()
			if onAck != nil {
				onAck(r, err)
			}
			if err != nil {
				mu.Lock()
				if first == nil {
					first = fmt.Errorf("produce to %s: %w", r.Topic, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return first
}
