package embedder

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/encoder/openai"
	"github.com/llmobs/llmobs/services/embedder/index"
)

// chunk is one poll's work: its prompts and, per partition, its last
// record (what to commit once the prompts are in the index).
type chunk struct {
	prompts []prompt
	commit  []*kgo.Record
	spans   int64 // spans read in the poll (the embedder's queue depth counts them)
}

// Run consumes llmobs.enriched until ctx ends, then flushes the queued
// polls within the shutdown timeout and commits what the index accepted.
func (s *Service) Run(ctx context.Context) error {
	defer s.idx.Close()
	if err := s.ensure(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	close(s.ready)

	var (
		amu      sync.Mutex
		assigned = map[int32]bool{}
	)
	setAssigned := func(parts map[string][]int32, on bool) {
		amu.Lock()
		defer amu.Unlock()
		for _, ps := range parts {
			for _, p := range ps {
				if on {
					assigned[p] = true
				} else {
					delete(assigned, p)
				}
			}
		}
	}
	t := s.deps.Topics
	grp := s.deps.Kafka.Group(s.cfg.Group, s.deps.InstanceID)
	cl, err := kafka.NewClient(s.deps.Kafka, "embedder", append(grp.Opts(),
		kgo.ConsumeTopics(t.Enriched),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.DisableAutoCommit(),
		// Transaction markers come back as control records, so the
		// committed offset can pass the marker that ends the topic: an
		// idle embedder then shows a lag of 0, not 1 per partition.
		kgo.KeepControlRecords(),
		kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, p map[string][]int32) { setAssigned(p, true) }),
		kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, p map[string][]int32) { setAssigned(p, false) }),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, p map[string][]int32) { setAssigned(p, false) }),
	)...)
	if err != nil {
		return err
	}
	defer func() {
		cl.Close()
		// What is left of the process's shutdown bound after the drain.
		if err := grp.LeaveAfter(ctx, s.deps.Kafka, min(5*time.Second, s.deps.StageStop()/8)); err != nil {
			s.log.Info("could not leave the group on shutdown; its partitions move after the session timeout", "err", err)
		}
	}()

	// The worker keeps going after ctx ends to drain the queue, for at
	// most the stage's share of the shutdown timeout.
	wctx, cancelWorker := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWorker()
	workerDone := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			select {
			case <-time.After(s.deps.StageStop()):
				cancelWorker()
			case <-workerDone:
			}
		case <-workerDone:
		}
	}()

	s.sendNovelty = func(ctx context.Context, recs []*kgo.Record) error {
		return cl.ProduceSync(ctx, recs...).FirstErr()
	}
	s.writeState = s.sendNovelty
	if err := s.restoreNovelty(ctx); err != nil {
		s.log.Warn("the novelty detector's state could not be read back; it warms up again (no novel flags or surges until warm_up prompts per service) — check llmobs.embedder.state", "err", err)
	}
	queue := make(chan chunk, s.cfg.QueueSize)
	commit := func(recs []*kgo.Record) {
		amu.Lock()
		recs = slices.DeleteFunc(slices.Clone(recs), func(r *kgo.Record) bool { return !assigned[r.Partition] })
		amu.Unlock()
		if len(recs) == 0 {
			return
		}
		if err := cl.CommitRecords(wctx, recs...); err != nil {
			s.m.commits.WithLabelValues("failed").Inc()
			s.log.Warn("offset commit failed; the poll will be read again (the index deduplicates it) — check Kafka if this repeats", "err", err)
			return
		}
		s.m.commits.WithLabelValues("committed").Inc()
	}
	go func() {
		defer close(workerDone)
		s.work(wctx, queue, commit)
	}()
	ferr := s.fetch(ctx, cl, queue)
	close(queue)
	<-workerDone
	if ctx.Err() != nil {
		return nil
	}
	return ferr
}

// ensure creates the collection, retrying while the index is unavailable.
func (s *Service) ensure(ctx context.Context) error {
	backoff := 200 * time.Millisecond
	for {
		err := s.idx.Ensure(ctx, s.enc.Dim())
		if err == nil {
			s.m.indexUp.Set(1)
			return nil
		}
		if !errors.Is(err, index.ErrUnavailable) || ctx.Err() != nil {
			return fmt.Errorf("embedder: preparing the index: %w", err)
		}
		s.m.indexUp.Set(0)
		s.m.indexErrors.WithLabelValues("unavailable").Inc()
		s.log.Warn("vector index unavailable; retrying — check that Qdrant is up at embedder.qdrant.addr", "err", err, "in", backoff)
		if err := s.sleep(ctx, backoff); err != nil {
			return err
		}
		backoff = min(backoff*2, s.cfg.MaxBackoff)
	}
}

// fetch polls, decodes, and queues; a full queue stops the polling.
func (s *Service) fetch(ctx context.Context, cl *kgo.Client, queue chan<- chunk) error {
	t := s.deps.Topics
	lag := map[int32]int64{}
	// Records on llmobs.enriched are batches (tens to hundreds of spans);
	// the lag that matters is in spans: records behind × the mean spans
	// per record of what was read (an exponential average over polls).
	spansPerRecord := 0.0
	for {
		fetches := cl.PollRecords(ctx, s.cfg.MaxPollRecords)
		if fetches.IsClientClosed() || ctx.Err() != nil {
			return nil
		}
		fetches.EachError(func(topic string, p int32, err error) {
			if !errors.Is(err, context.Canceled) {
				s.log.Warn("fetch error; the client retries — check the broker if this repeats", "topic", topic, "partition", p, "err", err)
			}
		})
		var c chunk
		var dlq []*kgo.Record
		var dataRecs, spans int
		fetches.EachPartition(func(p kgo.FetchTopicPartition) {
			if len(p.Records) == 0 {
				return
			}
			last := p.Records[len(p.Records)-1]
			c.commit = append(c.commit, last)
			lag[p.Partition] = max(p.HighWatermark-last.Offset-1, 0)
			for _, r := range p.Records {
				if r.Attrs.IsControl() {
					continue
				}
				n, err := s.decodePrompts(r.Value, &c.prompts)
				if err != nil {
					s.m.dlq.WithLabelValues("decode_error").Inc()
					dlq = append(dlq, kafka.DLQRecord(t.DLQ, "embedder", "decode_error", err, r, r.Value))
					continue
				}
				dataRecs++
				spans += n
				s.m.spansIn.Add(float64(n))
			}
		})
		if len(c.commit) == 0 {
			continue
		}
		if len(dlq) > 0 {
			if err := cl.ProduceSync(ctx, dlq...).FirstErr(); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("embedder: writing %d records to the DLQ: %w", len(dlq), err)
			}
		}
		if dataRecs > 0 {
			per := float64(spans) / float64(dataRecs)
			if spansPerRecord == 0 {
				spansPerRecord = per
			} else {
				spansPerRecord = 0.8*spansPerRecord + 0.2*per
			}
		}
		var total int64
		for _, l := range lag {
			total += l
		}
		lagSpans := int64(float64(total)*max(spansPerRecord, 1) + 0.5)
		s.m.lag.Set(float64(total))
		s.behind.Store(lagSpans)
		c.spans = int64(spans)
		s.queued.Add(c.spans)
		select {
		case queue <- c:
			s.m.queue.Set(float64(len(queue)))
		case <-ctx.Done():
			return nil // not committed: read again after a restart
		}
	}
}

// lagSpans is how far the worker is behind the end of llmobs.enriched,
// in spans: what the last poll left on the topic plus what is read but not
// yet flushed (the queue holds up to queue_size polls: at 200 records of
// 100 spans, 80k spans a lag taken at poll time did not see).
func (s *Service) lagSpans() int64 {
	n := s.behind.Load() + s.queued.Load()
	s.m.lagSpans.Set(float64(n))
	return n
}

// keepProbability of a new prompt at a given consumer lag (in spans).
func (s *Service) keepProbability(lag int64) float64 {
	if lag <= s.cfg.SampleAboveLag {
		return 1
	}
	return max(float64(s.cfg.SampleAboveLag)/float64(lag), s.cfg.MinKeep)
}

// work batches queued polls and flushes them into the index.
func (s *Service) work(ctx context.Context, queue <-chan chunk, commit func([]*kgo.Record)) {
	var (
		pending []chunk
		n       int
		timer   = time.NewTimer(time.Hour)
		armed   bool
	)
	timer.Stop()
	defer timer.Stop()
	flush := func() bool {
		if len(pending) == 0 {
			return true
		}
		if !s.flush(ctx, pending) {
			return false
		}
		// The surge states the flush changed go out before its offsets
		// are committed: a crash in between sends them again (level:
		// harmless), never loses them.
		if !s.publishSurges(ctx) {
			return false
		}
		var recs []*kgo.Record
		for _, c := range pending {
			recs = append(recs, c.commit...)
		}
		commit(latestPerPartition(recs))
		pending, n = pending[:0], 0
		s.maybeSnapshot(ctx)
		return true
	}
	for {
		select {
		case c, ok := <-queue:
			if !ok {
				flush()
				return
			}
			s.m.queue.Set(float64(len(queue)))
			pending = append(pending, c)
			n += len(c.prompts)
			if n >= s.cfg.BatchSize {
				if !flush() {
					return
				}
				if armed {
					timer.Stop()
					armed = false
				}
			} else if !armed {
				timer.Reset(s.cfg.BatchWait)
				armed = true
			}
		case <-timer.C:
			armed = false
			if !flush() {
				return
			}
		}
	}
}

func latestPerPartition(recs []*kgo.Record) []*kgo.Record {
	last := map[string]*kgo.Record{}
	for _, r := range recs {
		k := r.Topic + "/" + strconv.Itoa(int(r.Partition))
		if o, ok := last[k]; !ok || r.Offset > o.Offset {
			last[k] = r
		}
	}
	out := make([]*kgo.Record, 0, len(last))
	for _, r := range last {
		out = append(out, r)
	}
	return out
}

// group is one distinct prompt of a flush.
type group struct {
	latest   prompt
	count    int64
	first    time.Time
	traceIDs []string // newest first
	userIDs  []string // distinct, newest first
	errored  bool
	times    []time.Time // every occurrence's event time (novelty rates)
	keys     []string    // and its tenant|service (noveltyKey), in step
	flags    []string    // union of the occurrences' flags
}

// flush writes the prompts of the pending polls into the index. It returns
// false only when ctx ended before the index accepted them (nothing is
// committed then); prompts that cannot be written for a permanent reason
// are counted and dropped.
func (s *Service) flush(ctx context.Context, pending []chunk) bool {
	start := time.Now()
	groups := map[string]*group{}
	var order []string
	keepP := s.keepProbability(s.lagSpans())
	s.m.keepP.Set(keepP)
	var newest time.Time
	for _, c := range pending {
		for _, p := range c.prompts {
			if p.payload.Time.After(newest) {
				newest = p.payload.Time
			}
		}
	}
	s.budget.setLive(newest, time.Now())
	defer func() {
		for _, c := range pending {
			s.queued.Add(-c.spans)
		}
	}()
	for _, c := range pending {
		for _, p := range c.prompts {
			g, ok := groups[p.id]
			if !ok {
				g = &group{latest: p, first: p.payload.Time}
				groups[p.id] = g
				order = append(order, p.id)
			}
			g.count++
			g.errored = g.errored || p.payload.Error
			if p.payload.Time.After(g.latest.payload.Time) || p.payload.Time.Equal(g.latest.payload.Time) {
				g.latest = p
			}
			if p.payload.Time.Before(g.first) {
				g.first = p.payload.Time
			}
			g.traceIDs = prependID(g.traceIDs, p.payload.TraceID)
			g.userIDs = prependBounded(g.userIDs, p.payload.UserID, index.MaxUserIDs)
			g.times = append(g.times, p.payload.Time)
			g.keys = append(g.keys, noveltyKey(p.payload))
			g.flags = index.MergeFlags(g.flags, p.payload.Flags)
		}
	}
	if len(order) == 0 {
		return true
	}
	// Completions first: a novel one flags its prompt (novel_output)
	// before the prompt's payload is written.
	if !s.observeOutputs(ctx, pending, groups, keepP) {
		return false
	}
	defer s.updateWarm()

	// Which prompts are already in the index: the cache, then the index.
	known := map[string]seen{}
	var ask []string
	for _, id := range order {
		if v, ok := s.cache.get(id); ok {
			known[id] = v
		} else {
			ask = append(ask, id)
		}
	}
	if len(ask) > 0 {
		var got map[string]index.Payload
		if !s.retry(ctx, "get", func(ctx context.Context) error {
			var err error
			got, err = s.idx.Get(ctx, ask)
			if err != nil && !errors.Is(err, index.ErrUnavailable) && ctx.Err() == nil {
				// Cannot tell which exist: write them as new (their old
				// hit counts restart), counted.
				s.m.indexErrors.WithLabelValues("permanent").Inc()
				s.log.Error("reading prompts back from the index failed; writing them as new", "prompts", len(ask), "err", err)
				got = nil
				return nil
			}
			return err
		}) {
			return false
		}
		for id, p := range got {
			known[id] = seen{hits: p.Hits, firstSeen: p.FirstSeen, lastSeen: p.LastSeen, traceIDs: p.TraceIDs, userIDs: p.UserIDs, topic: p.Topic, novelty: p.Novelty, novel: p.Novel, flags: p.Flags}
		}
	}

	updates := map[string]index.Payload{}
	next := map[string]seen{}
	var fresh []*group
	for _, id := range order {
		g := groups[id]
		old, ok := known[id]
		if !ok {
			if !g.errored && !keep(g.latest.hash, keepP) {
				s.m.prompts.WithLabelValues("sampled_out").Add(float64(g.count))
				continue
			}
			fresh = append(fresh, g)
			continue
		}
		pl := s.payloadOf(g, old)
		pl.Topic, pl.Novelty, pl.Novel = old.topic, old.novelty, old.novel
		updates[id] = pl
		next[id] = seenOf(pl)
	}

	// Known texts that a service of their tenant asks for the first time
	// need their vector too: topics are per service (topics.go).
	known2 := s.newToService(updates, groups)
	// The CPU bound (budget.go) keeps as many of both as its credit pays
	// for, by text hash (the same texts at one probability as under lag:
	// the kept ones are a subset of those). A new prompt left out is
	// sampled_out; a known one counts for its new service's total only.
	// Prompts of failed calls skip the lag sampling but not the bound: in
	// a backlog nearly every distinct text has a failed call somewhere,
	// and exempting them left the encoder unbounded (0.47 cores with
	// encoder_cpu 0.1 through make bench-e2e). They keep the bound's
	// share alone, so they still go first.
	if bp := s.budget.share(time.Now(), len(fresh)+len(known2)); bp < 1 {
		keepP *= bp
		s.m.keepP.Set(keepP)
		fresh = slices.DeleteFunc(fresh, func(g *group) bool {
			if keep(g.latest.hash, keepP) || g.errored && keep(g.latest.hash, bp) {
				return false
			}
			s.m.prompts.WithLabelValues("sampled_out").Add(float64(g.count))
			return true
		})
		known2 = slices.DeleteFunc(known2, func(g *group) bool {
			if keep(g.latest.hash, keepP) {
				return false
			}
			s.m.topicSkipped.Add(float64(g.count))
			return true
		})
	}
	var points []index.Point
	if len(fresh)+len(known2) > 0 {
		texts := make([]string, 0, len(fresh)+len(known2))
		for _, g := range fresh {
			texts = append(texts, g.latest.text)
		}
		for _, g := range known2 {
			texts = append(texts, g.latest.text)
		}
		es, ec := time.Now(), s.encoderCPU()
		var vecs [][]float32
		var perr error
		if !s.retry(ctx, "embed", func(ctx context.Context) (err error) {
			vecs, err = s.enc.Embed(ctx, texts)
			if err != nil && !transientEmbed(err) {
				perr = err
				return nil
			}
			return err
		}) {
			return false
		}
		s.encoded(es, ec, len(texts))
		vecOf := map[*group][]float32{}
		if perr != nil {
			var n int64
			for _, g := range fresh {
				n += g.count
			}
			s.m.prompts.WithLabelValues("embed_error").Add(float64(n))
			s.log.Error("embedding failed; prompts dropped", "prompts", len(fresh), "err", perr)
			fresh = nil
		} else {
			for i, g := range fresh {
				vecOf[g] = vecs[i]
			}
			for i, g := range known2 {
				vecOf[g] = vecs[len(fresh)+i]
			}
		}
		results := s.observe(fresh, updates, groups, vecOf)
		for _, g := range fresh {
			pl := s.payloadOf(g, seen{})
			r := results[g]
			pl.Topic, pl.Novelty, pl.Novel = r.Topic, r.Score, r.Novel
			if r.Novel {
				s.m.novel.Inc()
			}
			points = append(points, index.Point{ID: g.latest.id, Vector: vecOf[g], Payload: pl})
			next[g.latest.id] = seenOf(pl)
		}
	} else {
		s.observe(nil, updates, groups, nil)
	}

	ws := time.Now()
	var permanent error
	write := func(name string, f func(context.Context) error) bool {
		return s.retry(ctx, name, func(ctx context.Context) error {
			err := f(ctx)
			if err != nil && !errors.Is(err, index.ErrUnavailable) && ctx.Err() == nil {
				permanent = err
				return nil
			}
			return err
		})
	}
	if len(points) > 0 && !write("upsert", func(ctx context.Context) error { return s.idx.Upsert(ctx, points) }) {
		return false
	}
	if len(updates) > 0 && permanent == nil && !write("set_payload", func(ctx context.Context) error { return s.idx.SetPayload(ctx, updates) }) {
		return false
	}
	s.m.writeSeconds.Observe(time.Since(ws).Seconds())
	var embedded, repeats int64
	for _, p := range points {
		embedded++
		repeats += groups[p.ID].count - 1
	}
	for id := range updates {
		repeats += groups[id].count
	}
	if permanent != nil {
		s.m.indexErrors.WithLabelValues("permanent").Inc()
		s.m.prompts.WithLabelValues("index_error").Add(float64(embedded + repeats))
		s.log.Error("the vector index refused a write; prompts dropped", "points", len(points), "updates", len(updates), "err", permanent)
		return true
	}
	for id, v := range next {
		s.cache.put(id, v)
	}
	s.m.prompts.WithLabelValues("embedded").Add(float64(embedded))
	s.m.prompts.WithLabelValues("deduplicated").Add(float64(repeats))
	s.m.cacheSize.Set(float64(s.cache.len()))
	s.m.flushSeconds.Observe(time.Since(start).Seconds())
	return true
}

func seenOf(pl index.Payload) seen {
	return seen{hits: pl.Hits, firstSeen: pl.FirstSeen, lastSeen: pl.LastSeen, traceIDs: pl.TraceIDs, userIDs: pl.UserIDs, topic: pl.Topic, novelty: pl.Novelty, novel: pl.Novel, flags: pl.Flags}
}

// payloadOf builds the payload of a prompt group merged with what the index
// already had.
func (s *Service) payloadOf(g *group, old seen) index.Payload {
	pl := g.latest.payload
	pl.Hits = old.hits + g.count
	pl.FirstSeen = g.first
	if !old.firstSeen.IsZero() && old.firstSeen.Before(pl.FirstSeen) {
		pl.FirstSeen = old.firstSeen
	}
	pl.LastSeen = pl.Time
	if old.lastSeen.After(pl.LastSeen) {
		pl.LastSeen = old.lastSeen
	}
	ids := slices.Clone(g.traceIDs)
	for _, id := range old.traceIDs {
		if len(ids) >= index.MaxTraceIDs {
			break
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	pl.TraceIDs = ids
	users := slices.Clone(g.userIDs)
	for _, u := range old.userIDs {
		if len(users) >= index.MaxUserIDs {
			break
		}
		if !slices.Contains(users, u) {
			users = append(users, u)
		}
	}
	pl.UserIDs = users
	pl.Flags = index.MergeFlags(g.flags, old.flags)
	pl.Encoder = s.enc.Name()
	return pl
}

func prependID(ids []string, id string) []string {
	return prependBounded(ids, id, index.MaxTraceIDs)
}

// prependBounded puts id first (moving it there when present), keeping
// at most n.
func prependBounded(ids []string, id string, n int) []string {
	if id == "" {
		return ids
	}
	if i := slices.Index(ids, id); i >= 0 {
		ids = slices.Delete(ids, i, i+1)
	}
	ids = append([]string{id}, ids...)
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}

// keep decides, from the text hash, whether a new prompt is embedded at
// probability p: the same prompt gets the same answer at the same p.
func keep(hash string, p float64) bool {
	if p >= 1 {
		return true
	}
	if len(hash) < 16 {
		return true
	}
	v, err := strconv.ParseUint(hash[:16], 16, 64)
	if err != nil {
		return true
	}
	return float64(v>>11)/float64(1<<53) < p
}

// retry runs f until it succeeds, backing off (capped at max_backoff) while
// it fails; it returns false when ctx ends first.
func (s *Service) retry(ctx context.Context, op string, f func(context.Context) error) bool {
	backoff := 100 * time.Millisecond
	for {
		err := f(ctx)
		if err == nil {
			s.m.indexUp.Set(1)
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		if errors.Is(err, index.ErrUnavailable) {
			s.m.indexUp.Set(0)
			s.m.indexErrors.WithLabelValues("unavailable").Inc()
		} else if op == "embed" {
			s.m.embedErrors.Inc()
		}
		s.log.Warn("embedding or indexing failed; retrying with backoff — check the encoder endpoint (embedder.encoder) and Qdrant if this repeats", "op", op, "err", err, "in", backoff)
		if s.sleep(ctx, backoff) != nil {
			return false
		}
		backoff = min(backoff*2, s.cfg.MaxBackoff)
	}
}

// transientEmbed: an encoder failure worth retrying (a remote encoder's
// network error, timeout, 429/5xx after its own retries).
func transientEmbed(err error) bool { return !errors.Is(err, openai.ErrPermanent) }

// decodePrompts appends the prompts of one llmobs.enriched record to out
// and counts the spans it skipped; n is the record's span count. On a
// decode error nothing is appended.
//
// Only LLM spans carry a prompt, and they are a third of the spans: the
// record is walked on the wire (every field of the batch and of each
// span's header checked, so a malformed record is still refused whole)
// and only LLM spans are decoded, without copying their strings
// (UnmarshalVTUnsafe: they point into value); extractWith copies what a
// prompt keeps, so nothing retained pins the fetched record.
func (s *Service) decodePrompts(value []byte, out *[]prompt) (n int, err error) {
	start := len(*out)
	notLLM := 0
	for b := value; len(b) > 0; {
		num, typ, tl := protowire.ConsumeTag(b)
		if tl < 0 {
			return 0, fmt.Errorf("enriched span batch: %w", protowire.ParseError(tl))
		}
		b = b[tl:]
		if num == 1 && typ == protowire.BytesType {
			raw, l := protowire.ConsumeBytes(b)
			if l < 0 {
				*out = (*out)[:start]
				return 0, fmt.Errorf("enriched span batch: span %d: %w", n, protowire.ParseError(l))
			}
			b = b[l:]
			n++
			class, err := spanClass(raw)
			if err != nil {
				*out = (*out)[:start]
				return 0, fmt.Errorf("enriched span batch: span %d: %w", n-1, err)
			}
			if class != llmobsv1.SpanClass_SPAN_CLASS_LLM {
				notLLM++
				continue
			}
			var es llmobsv1.EnrichedSpan
			if err := es.UnmarshalVTUnsafe(raw); err != nil {
				*out = (*out)[:start]
				return 0, fmt.Errorf("enriched span batch: span %d: %w", n-1, err)
			}
			p, reason, ok := extractWith(&es, s.cfg.MaxTextBytes, s.cfg.Outputs.Enabled)
			if !ok {
				s.m.skipped.WithLabelValues(reason).Inc()
				continue
			}
			*out = append(*out, p.owned())
			continue
		}
		l := protowire.ConsumeFieldValue(num, typ, b)
		if l < 0 {
			*out = (*out)[:start]
			return 0, fmt.Errorf("enriched span batch: field %d: %w", num, protowire.ParseError(l))
		}
		b = b[l:]
	}
	if notLLM > 0 {
		s.m.skipped.WithLabelValues(skipNotLLM).Add(float64(notLLM))
	}
	return n, nil
}

// spanClass reads the class of an EnrichedSpan's span from the wire,
// checking the structure of both messages' fields on the way.
func spanClass(es []byte) (llmobsv1.SpanClass, error) {
	class := llmobsv1.SpanClass_SPAN_CLASS_UNSPECIFIED
	for b := es; len(b) > 0; {
		num, typ, tl := protowire.ConsumeTag(b)
		if tl < 0 {
			return 0, protowire.ParseError(tl)
		}
		b = b[tl:]
		if num != 1 || typ != protowire.BytesType {
			l := protowire.ConsumeFieldValue(num, typ, b)
			if l < 0 {
				return 0, protowire.ParseError(l)
			}
			b = b[l:]
			continue
		}
		sp, l := protowire.ConsumeBytes(b)
		if l < 0 {
			return 0, protowire.ParseError(l)
		}
		b = b[l:]
		for len(sp) > 0 {
			num, typ, tl := protowire.ConsumeTag(sp)
			if tl < 0 {
				return 0, protowire.ParseError(tl)
			}
			sp = sp[tl:]
			if num == 13 && typ == protowire.VarintType {
				v, l := protowire.ConsumeVarint(sp)
				if l < 0 {
					return 0, protowire.ParseError(l)
				}
				sp = sp[l:]
				class = llmobsv1.SpanClass(int32(v))
				continue
			}
			l := protowire.ConsumeFieldValue(num, typ, sp)
			if l < 0 {
				return 0, protowire.ParseError(l)
			}
			sp = sp[l:]
		}
	}
	return class, nil
}
