package embedder

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/services/embedder/novelty"
)

// The novelty detector's state survives a restart: every
// novelty_snapshot_interval, after an offset commit, the state of each
// tenant/service that saw prompts since the last snapshot is written to
// llmobs.embedder.state (compacted), in chunks of at most stateChunkBytes
// keyed "<tenant>|<service>#<chunk>", each naming its snapshot (headers:
// generation, chunk, chunks). On start, before consuming, the embedder
// reads the topic to its end and restores, per service, the newest
// snapshot it has every chunk of.
//
// What a restart loses: the prompts committed after the last snapshot
// (at most one interval of them) are in no snapshot and are not read
// again — the detector's counts miss them; nothing is counted twice.
// Several instances each hold the services' prompts of their partitions
// and write the same keys; a restart restores the newest, whoever wrote
// it.

const (
	stateChunkBytes = 512 << 10
	hdrGen          = "llmobs-snapshot-generation"
	hdrChunk        = "llmobs-snapshot-chunk"
	hdrChunks       = "llmobs-snapshot-chunks"
	// The completions' detector (outputs.go) is snapshotted alongside,
	// keyed outputKeyPrefix + "<tenant>|<service>#<chunk>" (its own
	// compaction key) with hdrKind "output".
	hdrKind         = "llmobs-snapshot-kind"
	outputKeyPrefix = "output:"
)

func (s *Service) markDirty(key string) {
	if s.dirty == nil {
		s.dirty = map[string]bool{}
	}
	s.dirty[key] = true
}

// maybeSnapshot writes the state of the services changed since the last
// snapshot when novelty_snapshot_interval has passed (work goroutine).
func (s *Service) maybeSnapshot(ctx context.Context) {
	if s.cfg.NoveltySnapshotInterval <= 0 || s.writeState == nil || len(s.dirty)+len(s.dirtyOut) == 0 || time.Since(s.lastSnap) < s.cfg.NoveltySnapshotInterval {
		return
	}
	gen := strconv.FormatInt(time.Now().UnixNano(), 10)
	var recs []*kgo.Record
	add := func(nov *novelty.Detector, key, prefix, kind string) {
		b, ok, err := nov.Snapshot(key)
		if err != nil || !ok {
			return
		}
		n := (len(b) + stateChunkBytes - 1) / stateChunkBytes
		for i := range n {
			part := b[i*stateChunkBytes : min(len(b), (i+1)*stateChunkBytes)]
			hdrs := []kgo.RecordHeader{
				{Key: kafka.HeaderSchema, Value: []byte("llmobs.embedder.novelty-snapshot+gob")},
				{Key: hdrGen, Value: []byte(gen)}, {Key: hdrChunk, Value: []byte(strconv.Itoa(i))}, {Key: hdrChunks, Value: []byte(strconv.Itoa(n))},
			}
			if kind != "" {
				hdrs = append(hdrs, kgo.RecordHeader{Key: hdrKind, Value: []byte(kind)})
			}
			recs = append(recs, &kgo.Record{Topic: s.deps.Topics.EmbedderState, Key: []byte(prefix + key + "#" + strconv.Itoa(i)), Value: part, Headers: hdrs})
		}
	}
	for key := range s.dirty {
		add(s.nov, key, "", "")
	}
	for key := range s.dirtyOut {
		add(s.novOut, key, outputKeyPrefix, KindOutput)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := s.writeState(wctx, recs); err != nil {
		s.log.Warn("writing the novelty detector's state failed; tried again after the next flush", "err", err)
		return
	}
	s.m.snapshots.Add(float64(len(s.dirty) + len(s.dirtyOut)))
	s.dirty, s.dirtyOut, s.lastSnap = nil, nil, time.Now()
}

// restoreNovelty reads llmobs.embedder.state to its end and restores every
// service's newest complete snapshot.
func (s *Service) restoreNovelty(ctx context.Context) error {
	topic := s.deps.Topics.EmbedderState
	cl, err := kafka.NewClient(s.deps.Kafka, "embedder-state", kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		return err
	}
	defer cl.Close()
	lctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	ends, err := kadm.NewClient(cl).ListEndOffsets(lctx, topic)
	if err != nil {
		return fmt.Errorf("list %s: %w", topic, err)
	}
	left := map[int32]int64{}
	ends.Each(func(o kadm.ListedOffset) {
		if o.Err == nil && o.Offset > 0 {
			left[o.Partition] = o.Offset
		}
	})
	type snap struct {
		chunks map[int][]byte
		n      int
	}
	byKey := map[string]map[int64]*snap{} // service -> generation -> chunks
	for len(left) > 0 {
		fs := cl.PollFetches(lctx)
		if lctx.Err() != nil {
			return fmt.Errorf("read %s: %w", topic, lctx.Err())
		}
		fs.EachRecord(func(r *kgo.Record) {
			if r.Offset+1 >= left[r.Partition] {
				delete(left, r.Partition)
			}
			key := string(r.Key)
			i := len(key) - 1
			for i >= 0 && key[i] != '#' {
				i--
			}
			gen, err1 := strconv.ParseInt(kafka.Header(r, hdrGen), 10, 64)
			chunk, err2 := strconv.Atoi(kafka.Header(r, hdrChunk))
			n, err3 := strconv.Atoi(kafka.Header(r, hdrChunks))
			if i < 0 || err1 != nil || err2 != nil || err3 != nil || chunk < 0 || n <= 0 || chunk >= n {
				return // not a snapshot chunk
			}
			svc := key[:i]
			if kafka.Header(r, hdrKind) == KindOutput {
				if !strings.HasPrefix(svc, outputKeyPrefix) {
					return
				}
				svc = "\x00" + strings.TrimPrefix(svc, outputKeyPrefix) // the completions' detector
			}
			if byKey[svc] == nil {
				byKey[svc] = map[int64]*snap{}
			}
			sn := byKey[svc][gen]
			if sn == nil {
				sn = &snap{chunks: map[int][]byte{}, n: n}
				byKey[svc][gen] = sn
			}
			sn.chunks[chunk] = r.Value
		})
	}
	restored := 0
	for svc, gens := range byKey {
		var best int64 = -1
		for g, sn := range gens {
			if len(sn.chunks) == sn.n && g > best {
				best = g
			}
		}
		if best < 0 {
			continue
		}
		sn := gens[best]
		var b []byte
		for i := range sn.n {
			b = append(b, sn.chunks[i]...)
		}
		nov := s.nov
		if rest, ok := strings.CutPrefix(svc, "\x00"); ok {
			nov, svc = s.novOut, rest
		}
		if err := nov.Restore(svc, b); err != nil {
			s.log.Warn("a novelty snapshot was refused; that service warms up again", "service", svc, "err", err)
			continue
		}
		restored++
	}
	if restored > 0 {
		s.log.Info("novelty detector state restored", "services", restored)
	}
	s.m.restored.Add(float64(restored))
	return nil
}
