// Package stream is llmobs's one consume→process→produce loop: a consumer
// group read inside Kafka transactions (franz-go's GroupTransactSession,
// the exactly-once pattern), so each poll's outputs and its input offsets
// commit together. A crash, a restart or a rebalance neither loses nor
// duplicates anything: an aborted poll is read again by its partitions'
// next owner. Stages supply only what they do with a poll (Processor) and,
// where they need them, hooks; the loop owns membership (static, through
// kafka.Group), the transaction, waking up when nothing arrives (so
// stages can send watermark heartbeats), bounded shutdown, and leaving the
// group on a graceful stop.
package stream

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
)

// DefaultChunkBytes is the piece size of the stages that process their
// polls in pieces (Config.ChunkBytes): on make bench-e2e, pieces of 256
// KiB and 1 MiB for ingest and the enricher both lowered the all-in-one's
// peak live heap by ~40 MB (no change in wall time or CPU).
const DefaultChunkBytes = 1 << 20

// Transaction outcomes, for the stages' metrics.
const (
	Committed = "committed"
	// Aborted: a rebalance took partitions while the poll was in flight,
	// or a hook asked for it; the poll's records are read again.
	Aborted = "aborted"
	// Failed: Kafka did not take the poll's records or could not end its
	// transaction; Run starts a new session, which fences the
	// transaction and reads the poll again.
	Failed = "failed"
)

// ErrKilled, returned by Hooks.BeforeCommit, stops the loop at once with
// its transaction open, as a killed process leaves it (crash tests); the
// next producer with the same transactional id fences and aborts it.
var ErrKilled = errors.New("killed")

// ErrUnread, returned by Process, drops the poll before anything of it was
// folded in (nothing is produced or committed): the loop moves each of the
// poll's partitions back to its first record, so the next polls return the
// same records again (a side read the poll needed failed). Group
// membership is untouched: leaving and rejoining would make the whole
// group rebalance, aborting every peer's transaction in flight.
var ErrUnread = errors.New("poll dropped; read it again")

// ErrRebuild, returned by Process, drops the poll as ErrUnread does and
// then runs Hooks.Aborted, as after an aborted transaction: the stage
// found state it cannot trust (records of a partition whose state was not
// rebuilt for its current assignment) and rebuilds it from the log.
var ErrRebuild = errors.New("poll dropped; rebuild state")

// Processor is a stage's work on one poll.
type Processor interface {
	// Process turns one poll into the records its transaction produces
	// (outputs, DLQ copies of what it could not read, watermarks). The
	// poll may be empty: the loop wakes up at least every PollTimeout. A
	// non-nil error stops the loop (the transaction is aborted).
	Process(ctx context.Context, fs kgo.Fetches) ([]*kgo.Record, error)
}

// ProcessFunc adapts a function to Processor.
type ProcessFunc func(ctx context.Context, fs kgo.Fetches) ([]*kgo.Record, error)

// Process calls f.
func (f ProcessFunc) Process(ctx context.Context, fs kgo.Fetches) ([]*kgo.Record, error) {
	return f(ctx, fs)
}

// Config of one loop.
type Config struct {
	// Name labels logs and suffixes the client id ("enricher",
	// "aggregator-stage1").
	Name  string
	Kafka kafka.Config
	// Metrics, when set, gets the loops' llmobs_stream_* series
	// (metrics.go); they are counted either way.
	Metrics prometheus.Registerer
	Group   kafka.Group
	Topics  []string
	// TransactionalID must be unique per process and stable across its
	// restarts (service name + instance id).
	TransactionalID    string
	TransactionTimeout time.Duration
	// PollTimeout: the longest a poll waits for records before Process
	// is called with an empty one.
	PollTimeout    time.Duration
	MaxPollRecords int
	// ShutdownTimeout bounds each wait on Kafka of a poll (a piece's
	// produce, the end of its transaction) from when it starts.
	ShutdownTimeout time.Duration
	// StopTimeout bounds a stop: once ctx ends, the poll in flight and
	// leaving the group may wait on Kafka this long in all. Past it the
	// poll is given up with its transaction open — the broker aborts it
	// after the transaction timeout and the next session fences it at
	// its start, so its records are read again, not lost. A producer of
	// transactions never fails a record it sent and got no answer for:
	// with the broker gone, a stop without this bound waits forever.
	// Default: ShutdownTimeout; set it below the process's own shutdown
	// bound (service.Group's), so the stage ends first and says why.
	StopTimeout time.Duration
	// Opts are extra franz-go options (offset reset, isolation, control
	// records, partitioner, rebalance callbacks); built anew for every
	// session, so callbacks can close over per-session state.
	Opts func() []kgo.Opt
	Log  *slog.Logger
	// Align, when set, pauses partitions that read too far ahead of the
	// stage's watermark (see Alignment).
	Align *Alignment
	// ChunkBytes, when positive, hands Process the poll in pieces of
	// about this many bytes of records (each partition's records in
	// order), and starts producing a piece's outputs before the next
	// piece is processed, all in the poll's one transaction: sending
	// overlaps the work, and a poll's outputs are not all in memory at
	// once (the client's produce buffer bounds them). Not with
	// Hooks.BeforeProduce, which must run before anything of the poll is
	// produced. ErrUnread or ErrRebuild from a piece after the first
	// drops the poll as an aborted transaction (Hooks.Aborted runs).
	ChunkBytes int
}

// Hooks are optional.
type Hooks struct {
	// Started runs once a session's client exists (side readers: end
	// offsets, lag). Its ctx ends with the session.
	Started func(ctx context.Context, sess *kgo.GroupTransactSession)
	// BeforeProduce runs after Process and before anything is produced,
	// so the transaction is not open on the broker yet: sinks that must
	// hold the poll's data before its offsets move (ClickHouse), and may
	// block for as long as their outage lasts without the transaction
	// timing out. An error aborts the poll; the loop then stops (nil when
	// ctx ended, the error otherwise).
	BeforeProduce func(ctx context.Context) error
	// BeforeCommit runs after every output was acknowledged and before
	// the commit (crash hooks in tests); errors as BeforeProduce.
	BeforeCommit func(ctx context.Context) error
	// Aborted runs after a transaction was aborted (a rebalance took
	// partitions while the poll was in flight, or its offsets could not
	// commit); the client is back at the committed offsets, so the poll's
	// records are read again. Stages whose state folded the poll in drop
	// that state here and, where they rebuild it from the log, move their
	// partitions further back (cl.SetOffsets) — all in the same session:
	// the group does not rebalance again, so the peers' transactions are
	// not aborted in turn. A non-nil error stops the loop.
	Aborted func(ctx context.Context, cl *kgo.Client) error
	// Ended reports each transaction's outcome, how many records it
	// produced and how long the poll took from fetch to end.
	Ended func(outcome string, records int, took time.Duration)
	// EndSession runs when a session ends, before it is closed (drop
	// per-session state).
	EndSession func()
	// Acked sees every produced record's outcome (per-topic counters);
	// it may be called concurrently.
	Acked func(r *kgo.Record, err error)
}

// Run consumes until ctx ends or the stage fails.
func Run(ctx context.Context, c Config, p Processor, h Hooks) error {
	if c.PollTimeout <= 0 {
		c.PollTimeout = time.Second
	}
	if c.MaxPollRecords <= 0 {
		c.MaxPollRecords = 1000
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 10 * time.Second
	}
	if c.StopTimeout <= 0 {
		c.StopTimeout = c.ShutdownTimeout
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.Metrics != nil {
		if err := Register(c.Metrics); err != nil {
			return fmt.Errorf("%s: metrics: %w", c.Name, err)
		}
	}
	backoff, failures := time.Second, 0
	cause := causeStart
	for {
		began := time.Now()
		sessionsTotal.WithLabelValues(c.Name, cause).Inc()
		cause = causeKafkaFailure
		err := session(ctx, c, p, h)
		var kf *kafkaFailure
		if err == nil || ctx.Err() != nil || !errors.As(err, &kf) || denied(err) {
			return err
		}
		// Kafka failed the poll's transaction (a broker restarting, a
		// coordinator moving): a new session, as a restarted process
		// would start — its start fences the transaction, whatever
		// became of it, and the poll is read again; EndSession and the
		// new assignment rebuild what the stage keeps per session. A
		// session that lived a minute was healthy: the count restarts.
		// Past maxSessionRetries in a row the stage fails, as it did at
		// once before (another process with this instance id fencing
		// this one fails each session too).
		if time.Since(began) > time.Minute {
			backoff, failures = time.Second, 0
		}
		if failures++; failures > maxSessionRetries {
			return fmt.Errorf("%w (%d sessions in a row failed)", err, failures)
		}
		c.Log.Warn("Kafka failed the stage's transaction; starting a new session (the transaction is fenced, its records read again) — check the brokers if this repeats", "stage", c.Name, "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

// maxSessionRetries bounds the new sessions Run starts after Kafka
// failures in a row (with the backoff, ~3 minutes of them).
const maxSessionRetries = 10

// denied: Kafka refused the stage for good (credentials, ACLs): a new
// session would be refused the same way.
func denied(err error) bool {
	for _, e := range []error{kerr.TransactionalIDAuthorizationFailed, kerr.TopicAuthorizationFailed, kerr.GroupAuthorizationFailed,
		kerr.ClusterAuthorizationFailed, kerr.SaslAuthenticationFailed} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// kafkaFailure is an error of Kafka's side of a poll (its records not
// acknowledged, its transaction not ended): Run starts a new session.
type kafkaFailure struct{ err error }

func (k *kafkaFailure) Error() string { return k.err.Error() }
func (k *kafkaFailure) Unwrap() error { return k.err }

// unread moves each partition of fs back to its first record. Partitions
// no longer assigned are left alone (SetOffsets skips them).
func unread(cl *kgo.Client, fs kgo.Fetches) {
	back := map[string]map[int32]kgo.EpochOffset{}
	fs.EachPartition(func(fp kgo.FetchTopicPartition) {
		if len(fp.Records) == 0 {
			return
		}
		if back[fp.Topic] == nil {
			back[fp.Topic] = map[int32]kgo.EpochOffset{}
		}
		r := fp.Records[0]
		back[fp.Topic][fp.Partition] = kgo.EpochOffset{Epoch: r.LeaderEpoch, Offset: r.Offset}
	})
	cl.SetOffsets(back)
}

func session(ctx context.Context, c Config, p Processor, h Hooks) (err error) {
	opts, err := c.Kafka.Opts(c.Name)
	if err != nil {
		return err
	}
	opts = append(opts, c.Group.Opts()...)
	opts = append(opts,
		kgo.ConsumeTopics(c.Topics...),
		kgo.TransactionalID(c.TransactionalID),
	)
	if c.TransactionTimeout > 0 {
		opts = append(opts, kgo.TransactionTimeout(c.TransactionTimeout))
	}
	if c.Opts != nil {
		opts = append(opts, c.Opts()...)
	}
	// Abort what a killed predecessor left open before joining: else its
	// pending offsets keep this session's offset fetch waiting for the
	// whole transaction timeout (see kafka.Fence).
	fctx, fcancel := context.WithTimeout(ctx, 30*time.Second)
	ferr := kafka.Fence(fctx, c.Kafka, c.TransactionalID, c.TransactionTimeout)
	fcancel()
	if ferr != nil {
		if ctx.Err() != nil {
			return nil
		}
		c.Log.Warn("could not fence the previous transaction; a restart after a kill may wait for its timeout — check Kafka connectivity and the transactional-id ACLs", "stage", c.Name, "err", ferr)
	}
	sess, err := kgo.NewGroupTransactSession(opts...)
	if err != nil {
		return fmt.Errorf("%s: transactional client: %w", c.Name, err)
	}
	sctx, cancel := context.WithCancel(ctx)
	stop, stopCancel := stopBound(ctx, c.StopTimeout)
	defer func() {
		cancel()
		if h.EndSession != nil {
			h.EndSession()
		}
		sess.Close()
		if ctx.Err() != nil && stop.Err() == nil {
			lctx, lcancel := context.WithTimeout(stop, 5*time.Second)
			if err := c.Group.Leave(lctx, c.Kafka); err != nil {
				c.Log.Info("could not leave the group on shutdown; its partitions move after the session timeout", "stage", c.Name, "err", err)
			}
			lcancel()
		}
		stopCancel()
	}()
	if h.Started != nil {
		h.Started(sctx, sess)
	}
	al := newAligner(c.Align, 10*c.PollTimeout)
	for {
		if al != nil {
			al.adjust(sess.Client(), time.Now())
		}
		pctx, pcancel := context.WithTimeout(ctx, c.PollTimeout)
		polled := time.Now()
		fetches := sess.PollRecords(pctx, c.MaxPollRecords)
		pcancel()
		if fetches.IsClientClosed() || ctx.Err() != nil {
			// What was polled and not committed is read again by the
			// partitions' next owner (or by this instance after restart).
			return nil
		}
		if al != nil {
			al.observe(fetches, time.Since(polled) >= c.PollTimeout/2)
		}
		start := time.Now()
		fetches.EachError(func(topic string, part int32, err error) {
			if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
				c.Log.Warn("fetch error; the client retries — check the broker if this repeats", "stage", c.Name, "topic", topic, "partition", part, "err", err)
			}
		})
		if err := poll(ctx, stop, c, p, h, sess, al, fetches, start); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// errStop: the poll ended the loop cleanly (a hook failed because ctx
// ended).
var errStop = errors.New("stop")

// errGaveUp ends a stop that Kafka did not answer within StopTimeout.
var errGaveUp = errors.New("no answer from Kafka within the stop timeout: the poll's transaction is left open (the broker aborts it after its timeout, the next start fences it; its records are read again)")

// stopBound is a context that ends timeout after ctx does (with cause
// errGaveUp), or when cancel is called.
func stopBound(ctx context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	stop, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	go func() {
		select {
		case <-ctx.Done():
		case <-stop.Done():
			return
		}
		t := time.NewTimer(timeout)
		defer t.Stop()
		select {
		case <-t.C:
			cancel(errGaveUp)
		case <-stop.Done():
		}
	}()
	return stop, func() { cancel(context.Canceled) }
}

// poll processes one poll in its transaction: Process (on the whole poll,
// or piece by piece with Config.ChunkBytes, each piece's outputs produced
// while the next is processed), the hooks, the commit. A nil error goes
// on to the next poll.
//
// stop is what bounds the poll's waits on Kafka once ctx ended
// (Config.StopTimeout); until then it does not end.
func poll(ctx, stop context.Context, c Config, p Processor, h Hooks, sess *kgo.GroupTransactSession, al *aligner, fetches kgo.Fetches, start time.Time) error {
	pieces := []kgo.Fetches{fetches}
	if c.ChunkBytes > 0 && h.BeforeProduce == nil {
		pieces = split(fetches, c.ChunkBytes)
	}
	// The poll's work finishes even when ctx ends: producing and
	// committing it is the graceful part of a shutdown. Each step that
	// waits on Kafka (a piece's produce, the end) gets ShutdownTimeout
	// from when it starts, not from the poll's start: Process and
	// BeforeProduce may wait far longer (a GPU stream's max_wait, a
	// ClickHouse outage), and the transaction's own timeout is what
	// bounds a poll whose first pieces were produced.
	var cancels []context.CancelFunc
	defer func() {
		for _, cancel := range cancels {
			cancel()
		}
	}()
	bounded := func() context.Context {
		bctx, cancel := context.WithTimeout(stop, c.ShutdownTimeout)
		cancels = append(cancels, cancel)
		return bctx
	}
	sent := kafka.Inflight{OnAck: h.Acked}
	ended := func(o string) {
		transactionsTotal.WithLabelValues(c.Name, o).Inc()
		if h.Ended != nil {
			h.Ended(o, sent.Len(), time.Since(start))
		}
	}
	begun, stopAfter, processed := false, false, 0
	var perr error
	for _, piece := range pieces {
		var out []*kgo.Record
		if out, perr = p.Process(ctx, piece); perr != nil {
			break
		}
		processed++
		if len(out) == 0 && piece.NumRecords() == 0 {
			continue // nothing read, nothing to say: no transaction
		}
		if !begun {
			// Client-side only: the broker sees the transaction at its
			// first record.
			if err := sess.Begin(); err != nil {
				return fmt.Errorf("%s: begin transaction: %w", c.Name, err)
			}
			begun = true
		}
		if h.BeforeProduce != nil { // the whole poll is one piece
			if perr = h.BeforeProduce(ctx); perr != nil {
				stopAfter = ctx.Err() != nil
				break
			}
		}
		if len(out) > 0 {
			sent.Produce(bounded(), sess, out)
		}
	}
	if errors.Is(perr, ErrUnread) || errors.Is(perr, ErrRebuild) {
		// Pieces before this one folded into the stage's state (and
		// may have been produced): the poll is dropped as an aborted
		// transaction is.
		if begun {
			_, err := sess.End(bounded(), kgo.TryAbort) // back at the committed offsets
			_ = sent.WaitContext(stop)
			if err != nil {
				ended(Failed)
				return &kafkaFailure{fmt.Errorf("%s: end transaction: %w", c.Name, err)}
			}
		} else {
			unread(sess.Client(), fetches)
		}
		if al != nil {
			al.forget(sess.Client())
		}
		ended(Aborted)
		if (errors.Is(perr, ErrRebuild) || processed > 0) && h.Aborted != nil {
			if err := h.Aborted(ctx, sess.Client()); err != nil {
				if ctx.Err() != nil {
					return errStop
				}
				return fmt.Errorf("%s: rebuilding state: %w", c.Name, err)
			}
		}
		return nil
	}
	if !begun {
		if perr != nil {
			ended(Aborted)
			return fmt.Errorf("%s: %w", c.Name, perr)
		}
		return nil // nothing read, nothing produced
	}
	kafkaFailed := false
	if perr == nil {
		perr = sent.WaitContext(stop)
		kafkaFailed = perr != nil && stop.Err() == nil
	}
	if perr == nil && h.BeforeCommit != nil {
		if perr = h.BeforeCommit(ctx); errors.Is(perr, ErrKilled) {
			return perr // die with the transaction open
		}
		stopAfter = perr != nil && ctx.Err() != nil
	}
	how := kgo.TryCommit
	if perr != nil {
		how = kgo.TryAbort
	}
	committed, err := sess.End(bounded(), how)
	_ = sent.WaitContext(stop) // an abort fails what was still buffered
	switch {
	case perr != nil:
		if kafkaFailed {
			ended(Failed)
			return &kafkaFailure{fmt.Errorf("%s: %w", c.Name, perr)}
		}
		ended(Aborted)
		if stopAfter {
			return errStop
		}
		return fmt.Errorf("%s: %w", c.Name, perr)
	case err != nil:
		ended(Failed)
		if stop.Err() != nil {
			return fmt.Errorf("%s: end transaction: %w", c.Name, err) // stopping: given up
		}
		return &kafkaFailure{fmt.Errorf("%s: end transaction: %w", c.Name, err)}
	case !committed:
		ended(Aborted)
		c.Log.Info("transaction aborted by a rebalance; its records are read again", "stage", c.Name)
		if al != nil {
			al.forget(sess.Client())
		}
		if h.Aborted != nil {
			if err := h.Aborted(ctx, sess.Client()); err != nil {
				if ctx.Err() != nil {
					return errStop
				}
				return fmt.Errorf("%s: after an aborted transaction: %w", c.Name, err)
			}
		}
	default:
		ended(Committed)
	}
	return nil
}

// split cuts fs into pieces of about max bytes of record keys and values
// each (at least one record a piece), in the poll's order: a partition's
// records stay in order, and a partition may run on into the next piece
// (its error, if any, goes with its first part).
func split(fs kgo.Fetches, max int) []kgo.Fetches {
	var (
		out  []kgo.Fetches
		cur  kgo.Fetch
		size int
	)
	add := func(t *kgo.FetchTopic, fp kgo.FetchPartition) {
		if n := len(cur.Topics); n == 0 || cur.Topics[n-1].Topic != t.Topic || cur.Topics[n-1].TopicID != t.TopicID {
			cur.Topics = append(cur.Topics, kgo.FetchTopic{Topic: t.Topic, TopicID: t.TopicID})
		}
		last := &cur.Topics[len(cur.Topics)-1]
		last.Partitions = append(last.Partitions, fp)
	}
	for _, f := range fs {
		for ti := range f.Topics {
			t := &f.Topics[ti]
			for _, fp := range t.Partitions {
				for i := 0; ; {
					j := i
					for j < len(fp.Records) && size < max {
						size += len(fp.Records[j].Key) + len(fp.Records[j].Value)
						j++
					}
					part := fp
					part.Records = fp.Records[i:j:j]
					if i > 0 {
						part.Err = nil
					}
					add(t, part)
					i = j
					if size >= max {
						out = append(out, kgo.Fetches{cur})
						cur, size = kgo.Fetch{}, 0
					}
					if i >= len(fp.Records) {
						break
					}
				}
			}
		}
	}
	if len(cur.Topics) > 0 {
		out = append(out, kgo.Fetches{cur})
	}
	if len(out) == 0 {
		return []kgo.Fetches{fs}
	}
	return out
}
