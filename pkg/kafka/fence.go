package kafka

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// Fence aborts whatever transaction a previous incarnation of this process
// (same transactional id) left open, before the new one joins its group.
//
// Why first: a process killed after it committed its offsets into its
// transaction but before it ended it leaves those offsets pending. Its
// restart asks the group for its committed offsets with RequireStable
// (KIP-447), and the coordinator answers UNSTABLE_OFFSET_COMMIT until the
// transaction is resolved. franz-go keeps asking, and it only initialises
// the new producer (which would abort the old transaction) once it has
// consumed something, so without this the restart waits out the whole
// transaction timeout, and read_committed consumers downstream wait with
// it. InitProducerID with the same transactional id bumps the epoch and
// aborts the open transaction at once (KIP-98); the session's own producer
// then initialises normally.
func Fence(ctx context.Context, c Config, transactionalID string, txnTimeout time.Duration) error {
	cl, err := NewClient(c, "fence")
	if err != nil {
		return err
	}
	defer cl.Close()
	req := kmsg.NewPtrInitProducerIDRequest()
	req.TransactionalID = &transactionalID
	req.TransactionTimeoutMillis = int32(txnTimeout / time.Millisecond)
	backoff := 50 * time.Millisecond
	for {
		resp, err := req.RequestWith(ctx, cl)
		if err == nil {
			err = kerr.ErrorForCode(resp.ErrorCode)
		}
		switch {
		case err == nil:
			return nil
		case errors.Is(err, kerr.ConcurrentTransactions), errors.Is(err, kerr.CoordinatorLoadInProgress),
			errors.Is(err, kerr.NotCoordinator), errors.Is(err, kerr.CoordinatorNotAvailable):
			// The abort is being written, or the coordinator moves: retry.
		default:
			return fmt.Errorf("fence transactional id %s: %w", transactionalID, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("fence transactional id %s: %w", transactionalID, ctx.Err())
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, time.Second)
	}
}
