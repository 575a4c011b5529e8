package embedder

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/novelty"
)

// Surges reach the alerter through llmobs.novelty (DESIGN: Topics): after
// each flush, for every tenant/service whose prompts it saw, the embedder
// sends the service's surge state — its latest event time and every topic
// surging then — when that state changed or its rate bucket moved on
// (at least once a bucket while prompts come). The record is keyed by
// tenant|service, so one service's states stay in order on one partition.
// It is sent before the flush's offsets are committed: a crash in between
// sends it again, which changes nothing for a level; nothing is lost.
// The alerter fires LLMNovelPromptSurge for each topic listed and resolves
// the ones no longer listed (services/alerter/surges.go).

// maxExampleBytes bounds an example prompt in a report (they are redacted
// already: the embedder reads llmobs.enriched).
const maxExampleBytes = 300

func (s *Service) touch(key string) {
	s.surgeMu.Lock()
	defer s.surgeMu.Unlock()
	if s.touched == nil {
		s.touched = map[string]bool{}
	}
	s.touched[key] = true
}

// surgeState is one service's surge state (novelty.Detector.State) of a
// kind, as a record for llmobs.novelty.
type surgeState struct {
	kind, key string
	at        time.Time
	bucket    time.Duration
	surging   []novelty.Topic
}

// changedState keeps the state of each service a batch of surge changes
// is about, as it is right after them. A flush covers as much event time
// as its records hold — a backlog after an outage or a replay can hold
// minutes — and a state taken only at its end misses a surge that started
// and ended within it: the alerter would never hear of it. Callers hold
// surgeMu.
func (s *Service) changedState(kind string, nov *novelty.Detector, ch []novelty.Surge) {
	done := map[string]bool{}
	for _, c := range ch {
		key := c.Topic.Service
		if done[key] {
			continue
		}
		done[key] = true
		if at, bucket, surging, ok := nov.State(key); ok {
			s.changed = append(s.changed, surgeState{kind: kind, key: key, at: at, bucket: bucket, surging: surging})
		}
	}
}

// surgeRecords are the llmobs.novelty records for the services touched
// since the last call whose state changed; sent marks them as sent. The
// states right after each surge change of the flush (changedState) go
// first, in order, then each service's state at its end: a surge that
// started and ended within one flush still fires and resolves.
//
// Prompts and completions (outputs.go) are two levels per service: their
// records say kind "prompt" or "output", and both name this instance
// (source), since each instance judges only its partitions' share.
func (s *Service) surgeRecords() (recs []*kgo.Record, sent func()) {
	s.surgeMu.Lock()
	touched, touchedOut, changed := s.touched, s.touchedOut, s.changed
	s.touched, s.touchedOut, s.changed = nil, nil, nil
	s.surgeMu.Unlock()
	next := map[string]string{}
	states := changed
	final := func(key, kind string, nov *novelty.Detector) {
		if at, bucket, surging, ok := nov.State(key); ok {
			states = append(states, surgeState{kind: kind, key: key, at: at, bucket: bucket, surging: surging})
		}
	}
	for key := range touched {
		s.markDirty(key)
		final(key, KindPrompt, s.nov)
	}
	for key := range touchedOut {
		if s.dirtyOut == nil {
			s.dirtyOut = map[string]bool{}
		}
		s.dirtyOut[key] = true
		final(key, KindOutput, s.novOut)
	}
	for _, st := range states {
		key, at, bucket := st.key, st.at, st.bucket
		tenant, svc := splitKey(key)
		b := &llmobsv1.TopicSurgeBatch{Tenant: tenant, Service: svc, AtUnixMs: at.UnixMilli(), Kind: st.kind, Source: s.deps.InstanceID}
		sig := []string{fmt.Sprint(at.UnixNano() / int64(bucket))}
		for _, t := range st.surging {
			r := &llmobsv1.TopicSurgeReport{Tenant: tenant, Service: svc, TopicId: t.ID, Surging: true, AtUnixMs: at.UnixMilli(),
				Share: t.Share, BaselineShare: t.BaselineShare, Recent: t.Recent, BucketMs: bucket.Milliseconds(), IsNew: t.New, SinceUnixMs: t.Since.UnixMilli()}
			for _, ex := range t.Evidence() {
				if len(ex) > maxExampleBytes {
					ex = strings.ToValidUTF8(ex[:maxExampleBytes], "") + "…"
				}
				r.Examples = append(r.Examples, ex)
			}
			b.Reports = append(b.Reports, r)
			sig = append(sig, t.ID)
		}
		state := strings.Join(sig, ",")
		sentKey := st.kind + "\x00" + key
		last, ok := next[sentKey]
		if !ok {
			last = s.sentState[sentKey]
		}
		if last == state {
			continue
		}
		v, err := b.MarshalVT()
		if err != nil {
			continue // built from valid values
		}
		recs = append(recs, &kgo.Record{Topic: s.deps.Topics.Novelty, Key: []byte(key), Value: v, Headers: []kgo.RecordHeader{
			{Key: kafka.HeaderSchema, Value: []byte("llmobs.v1.TopicSurgeBatch")},
		}})
		next[sentKey] = state
	}
	return recs, func() {
		if s.sentState == nil {
			s.sentState = map[string]string{}
		}
		for k, v := range next {
			s.sentState[k] = v
		}
	}
}

// publishSurges sends the surge states a flush changed, retrying with
// backoff while Kafka refuses them; false when ctx ended first.
func (s *Service) publishSurges(ctx context.Context) bool {
	recs, sent := s.surgeRecords()
	if len(recs) == 0 || s.sendNovelty == nil {
		sent()
		return true
	}
	backoff := 100 * time.Millisecond
	for {
		err := s.sendNovelty(ctx, recs)
		if err == nil {
			sent()
			s.m.surgeStates.Add(float64(len(recs)))
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		s.log.Warn("sending topic surge states to llmobs.novelty failed; retrying (offsets wait) — check the topic exists and Kafka is reachable", "err", err)
		if s.sleep(ctx, backoff) != nil {
			return false
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}
