package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Expected is what the load generator sent (what Kafka acknowledged).
type Expected struct {
	Spans int64 `json:"spans"`
	// ModelCalls per SLI bucket: "service/model" for LLM calls,
	// "embeddings" for embedding calls (every service).
	ModelCalls map[string]int64 `json:"model_calls"`
	TotalCalls int64            `json:"total_model_calls"`
	LastEvent  time.Time        `json:"last_event"`
}

// bucketOf maps an SLI series to the granularity loadgen's summary
// counts calls at: LLM calls per service/model, embedding calls together
// (operation and provider are ingest's normalisation of the spans'
// attributes, which the summary does not repeat).
func bucketOf(s *llmobsv1.SeriesKey) string {
	if s.GetOperation() == "embeddings" {
		return "embeddings"
	}
	return s.GetService() + "/" + s.GetModel()
}

// TopicCheck is what the checker read back (read_committed).
type TopicCheck struct {
	SpansRecords    int64 `json:"spans_records"`
	SpansUnique     int64 `json:"spans_unique"`
	SpansDup        int64 `json:"spans_duplicates"`
	EnrichedRecords int64 `json:"enriched_records"`
	EnrichedUnique  int64 `json:"enriched_unique"`
	EnrichedDup     int64 `json:"enriched_duplicates"`
	Undecodable     int64 `json:"undecodable_records"`

	// SLI: per window length ("10s", "1m"): requests summed over the
	// latest revision of every window, in total and per bucket.
	SLIWindows   int                           `json:"sli_windows"`
	SLIRevisions int                           `json:"sli_window_records"`
	SLIRequests  map[string]float64            `json:"sli_requests"`
	SLIByBucket  map[string]map[string]float64 `json:"sli_requests_by_bucket"`
	SLIBySeries  map[string]map[string]float64 `json:"sli_requests_by_series"`
	SLIMismatch  map[string][]string           `json:"sli_mismatches,omitempty"`
	// WindowMismatch: windows whose requests (all series) differ from the
	// model calls on llmobs.enriched ending in them ("10s 16:34:10 got 3
	// want 41"): where a fault lost or doubled data.
	WindowMismatch []string  `json:"window_mismatches,omitempty"`
	Late           float64   `json:"late"`
	LastWindow1m   time.Time `json:"last_1m_window_start"`

	AlertEvents int      `json:"alert_events"`
	AlertDups   int      `json:"alert_duplicates"`
	AlertDupKey []string `json:"alert_duplicate_keys,omitempty"`
	Alerts      []string `json:"alerts_raised"` // alertname{labels} that fired

	// FirstIncomplete: windows whose first revision's requests differ
	// from the latest's — fired before all their data was in (what
	// alerts evaluated); MaxRevision is the highest revision seen.
	FirstIncomplete     int      `json:"sli_first_revision_incomplete"`
	FirstIncompleteList []string `json:"sli_first_revision_incomplete_windows,omitempty"`
	MaxRevision         uint32   `json:"sli_max_revision"`
	// ReadShort: partitions the checker stopped reading on its idle
	// timeout well before their listed end (a check that saw too little).
	ReadShort []string `json:"read_short,omitempty"`

	DLQ        int64            `json:"dlq_records"`
	DLQReasons map[string]int64 `json:"dlq_by_reason,omitempty"`
}

var windowNames = map[int64]string{10_000: "10s", 60_000: "1m"}

// readTopicShort consumes every partition of topic from the start,
// read_committed, until it has reached the end offsets taken when it
// began (or nothing more arrives for idle: transaction markers take the
// last offsets of a partition, so its last record is not at end-1).
//
// It says which partitions it left on the idle timeout with their last
// record more than a few offsets (the transaction markers) before the
// listed end: "llmobs.slis/3 at 120 of 180".
func readTopicShort(ctx context.Context, brokers []string, topic string, fn func(*kgo.Record)) ([]string, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.FetchMaxWait(300*time.Millisecond), kgo.FetchMaxBytes(64<<20), kgo.FetchMaxPartitionBytes(16<<20))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	ends, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic)
	if err != nil {
		return nil, fmt.Errorf("end offsets of %s: %w", topic, err)
	}
	want := map[int32]int64{}
	ends.Each(func(o kadm.ListedOffset) {
		if o.Offset > 0 {
			want[o.Partition] = o.Offset
		}
	})
	if len(want) == 0 {
		return nil, nil
	}
	done := map[int32]bool{}
	last := map[int32]int64{}
	short := func() []string {
		var out []string
		for p, w := range want {
			if !done[p] && w-last[p] > 8 {
				out = append(out, fmt.Sprintf("%s/%d at %d of %d", topic, p, last[p], w))
			}
		}
		sort.Strings(out)
		return out
	}
	const idle = 10 * time.Second
	lastProgress := time.Now()
	deadline := time.Now().Add(3 * time.Minute)
	for len(done) < len(want) {
		if time.Now().After(deadline) {
			return short(), fmt.Errorf("reading %s: timed out", topic)
		}
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		fs := cl.PollFetches(pctx)
		cancel()
		if ctx.Err() != nil {
			return short(), ctx.Err()
		}
		for _, e := range fs.Errors() {
			if e.Err != context.DeadlineExceeded && e.Err != context.Canceled {
				return short(), fmt.Errorf("reading %s/%d: %w", e.Topic, e.Partition, e.Err)
			}
		}
		n := 0
		fs.EachPartition(func(p kgo.FetchTopicPartition) {
			for _, r := range p.Records {
				fn(r)
				n++
			}
			if k := len(p.Records); k > 0 {
				last[p.Partition] = p.Records[k-1].Offset + 1
				if p.Records[k-1].Offset+1 >= want[p.Partition] {
					done[p.Partition] = true
				}
			}
		})
		if n > 0 {
			lastProgress = time.Now()
		} else if time.Since(lastProgress) > idle {
			return short(), nil
		}
	}
	return nil, nil
}

func spanKey(traceID, spanID []byte) string {
	return hex.EncodeToString(traceID) + ":" + hex.EncodeToString(spanID)
}

type windowKey struct {
	series string
	start  int64
	length int64
}

// readAll reads topics concurrently and returns their records.
func readAll(ctx context.Context, brokers []string, topics ...string) (map[string][]*kgo.Record, []string, error) {
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		out   = map[string][]*kgo.Record{}
		errs  []error
		short []string
	)
	for _, topic := range topics {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var recs []*kgo.Record
			sh, err := readTopicShort(ctx, brokers, topic, func(r *kgo.Record) { recs = append(recs, r) })
			mu.Lock()
			defer mu.Unlock()
			out[topic] = recs
			short = append(short, sh...)
			if err != nil {
				errs = append(errs, err)
			}
		}()
	}
	wg.Wait()
	sort.Strings(short)
	return out, short, errors.Join(errs...)
}

// checkTopics reads every output topic back and compares it with exp.
func checkTopics(ctx context.Context, brokers []string, exp Expected) (*TopicCheck, error) {
	t := kafka.DefaultTopics()
	recs, short, err := readAll(ctx, brokers, t.Spans, t.Enriched, t.SLIs, t.Alerts, t.DLQ)
	if err != nil {
		return nil, err
	}
	readTopic := func(_ context.Context, _ []string, topic string, fn func(*kgo.Record)) error {
		for _, r := range recs[topic] {
			fn(r)
		}
		return nil
	}
	c := &TopicCheck{SLIRequests: map[string]float64{}, SLIByBucket: map[string]map[string]float64{}, SLIBySeries: map[string]map[string]float64{},
		SLIMismatch: map[string][]string{}, DLQReasons: map[string]int64{}, ReadShort: short}

	seen := map[string]int{}
	err = readTopic(ctx, brokers, t.Spans, func(r *kgo.Record) {
		c.SpansRecords++
		var b llmobsv1.SpanBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			c.Undecodable++
			return
		}
		for _, s := range b.GetSpans() {
			seen[spanKey(s.GetTraceId(), s.GetSpanId())]++
		}
	})
	if err != nil {
		return c, err
	}
	c.SpansUnique, c.SpansDup = uniqueDup(seen)

	seen = map[string]int{}
	perWindow := map[[2]int64]float64{} // (length, start) → model calls on llmobs.enriched, once per span
	err = readTopic(ctx, brokers, t.Enriched, func(r *kgo.Record) {
		c.EnrichedRecords++
		var b llmobsv1.EnrichedSpanBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			c.Undecodable++
			return
		}
		for _, e := range b.GetSpans() {
			s := e.GetSpan()
			k := spanKey(s.GetTraceId(), s.GetSpanId())
			seen[k]++
			if seen[k] > 1 {
				continue
			}
			if c := s.GetClass(); c == llmobsv1.SpanClass_SPAN_CLASS_LLM || c == llmobsv1.SpanClass_SPAN_CLASS_EMBEDDING {
				endMs := int64(s.GetEndTimeUnixNano() / 1e6)
				for _, l := range []int64{10_000, 60_000} {
					perWindow[[2]int64{l, endMs - endMs%l}]++
				}
			}
		}
	})
	if err != nil {
		return c, err
	}
	c.EnrichedUnique, c.EnrichedDup = uniqueDup(seen)

	latest := map[windowKey]*llmobsv1.SLIWindow{}
	first := map[windowKey]*llmobsv1.SLIWindow{}
	err = readTopic(ctx, brokers, t.SLIs, func(r *kgo.Record) {
		var b llmobsv1.SLIWindowBatch
		if proto.Unmarshal(r.Value, &b) != nil {
			c.Undecodable++
			return
		}
		for _, w := range b.GetWindows() {
			c.SLIRevisions++
			k := windowKey{seriesName(w.GetSeries()), w.GetWindowStartUnixMs(), w.GetWindowLengthMs()}
			if old := latest[k]; old == nil || w.GetRevision() >= old.GetRevision() {
				latest[k] = w
			}
			if old := first[k]; old == nil || w.GetRevision() < old.GetRevision() {
				first[k] = w
			}
			c.MaxRevision = max(c.MaxRevision, w.GetRevision())
		}
	})
	if err != nil {
		return c, err
	}
	c.SLIWindows = len(latest)
	for k, w := range latest {
		if f := first[k]; math.Abs(f.GetRequests()-w.GetRequests()) > 1e-9 {
			c.FirstIncomplete++
			c.FirstIncompleteList = append(c.FirstIncompleteList, fmt.Sprintf("%s %s %s rev %d: %g, rev %d: %g",
				windowNames[k.length], time.UnixMilli(k.start).UTC().Format("15:04:05"), k.series, f.GetRevision(), f.GetRequests(), w.GetRevision(), w.GetRequests()))
		}
	}
	sort.Strings(c.FirstIncompleteList)
	for k, w := range latest {
		name, ok := windowNames[k.length]
		if !ok {
			name = fmt.Sprintf("%dms", k.length)
		}
		c.SLIRequests[name] += w.GetRequests()
		c.Late += w.GetLate()
		add2(c.SLIByBucket, name, bucketOf(w.GetSeries()), w.GetRequests())
		add2(c.SLIBySeries, name, k.series, w.GetRequests())
		if k.length == 60_000 {
			if st := time.UnixMilli(k.start); st.After(c.LastWindow1m) {
				c.LastWindow1m = st
			}
		}
	}
	gotWindow := map[[2]int64]float64{}
	for k, w := range latest {
		gotWindow[[2]int64{k.length, k.start}] += w.GetRequests()
	}
	var wkeys [][2]int64
	for k := range perWindow {
		wkeys = append(wkeys, k)
	}
	for k := range gotWindow {
		if _, ok := perWindow[k]; !ok {
			wkeys = append(wkeys, k)
		}
	}
	sort.Slice(wkeys, func(i, j int) bool {
		if wkeys[i][0] != wkeys[j][0] {
			return wkeys[i][0] < wkeys[j][0]
		}
		return wkeys[i][1] < wkeys[j][1]
	})
	for _, k := range wkeys {
		if g, w := gotWindow[k], perWindow[k]; math.Abs(g-w) > 1e-6 {
			c.WindowMismatch = append(c.WindowMismatch, fmt.Sprintf("%s window %s got %g want %g", windowNames[k[0]], time.UnixMilli(k[1]).UTC().Format("15:04:05"), g, w))
		}
	}
	for _, name := range []string{"10s", "1m"} {
		got := c.SLIByBucket[name]
		keys := slices.Sorted(maps.Keys(exp.ModelCalls))
		for k := range got {
			if _, ok := exp.ModelCalls[k]; !ok {
				keys = append(keys, k)
			}
		}
		for _, k := range keys {
			if g, w := got[k], float64(exp.ModelCalls[k]); math.Abs(g-w) > 1e-6 {
				c.SLIMismatch[name] = append(c.SLIMismatch[name], fmt.Sprintf("%s got %g want %g", k, g, w))
			}
		}
	}

	type alertKey struct{ fp, status, startsAt string }
	alertSeen := map[alertKey]int{}
	raised := map[string]bool{}
	err = readTopic(ctx, brokers, t.Alerts, func(r *kgo.Record) {
		var a struct {
			Status      string            `json:"status"`
			Labels      map[string]string `json:"labels"`
			StartsAt    string            `json:"startsAt"`
			Fingerprint string            `json:"fingerprint"`
		}
		if json.Unmarshal(r.Value, &a) != nil {
			c.Undecodable++
			return
		}
		c.AlertEvents++
		alertSeen[alertKey{a.Fingerprint, a.Status, a.StartsAt}]++
		if a.Status == "firing" {
			raised[alertName(a.Labels)] = true
		}
	})
	if err != nil {
		return c, err
	}
	for k, n := range alertSeen {
		if n > 1 {
			c.AlertDups += n - 1
			c.AlertDupKey = append(c.AlertDupKey, fmt.Sprintf("%s %s %s ×%d", k.fp, k.status, k.startsAt, n))
		}
	}
	sort.Strings(c.AlertDupKey)
	c.Alerts = slices.Sorted(maps.Keys(raised))

	err = readTopic(ctx, brokers, t.DLQ, func(r *kgo.Record) {
		c.DLQ++
		reason := "?"
		for _, h := range r.Headers {
			if strings.Contains(strings.ToLower(h.Key), "reason") {
				reason = string(h.Value)
			}
		}
		c.DLQReasons[reason]++
	})
	return c, err
}

func seriesName(s *llmobsv1.SeriesKey) string {
	return s.GetService() + "|" + s.GetModel() + "|" + s.GetOperation() + "|" + s.GetProvider()
}

func alertName(labels map[string]string) string {
	keys := slices.Sorted(maps.Keys(labels))
	var b strings.Builder
	b.WriteString(labels["alertname"])
	b.WriteByte('{')
	first := true
	for _, k := range keys {
		if k == "alertname" {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		fmt.Fprintf(&b, "%s=%q", k, labels[k])
	}
	b.WriteByte('}')
	return b.String()
}

func uniqueDup(seen map[string]int) (unique, dup int64) {
	for _, n := range seen {
		unique++
		dup += int64(n - 1)
	}
	return unique, dup
}

func add2(m map[string]map[string]float64, a, b string, v float64) {
	if m[a] == nil {
		m[a] = map[string]float64{}
	}
	m[a][b] += v
}

// groupLag is the consumer lag of every consumer group on the broker
// (committed offset to the end of each partition the group committed on).
// offsets gets, per topic and partition any group consumes, the lowest
// committed offset of those groups and the partition's end offset.
func groupLag(ctx context.Context, adm *kadm.Client, detail map[string]string, offsets map[string]map[int32][2]int64) (map[string]int64, error) {
	groups, err := adm.ListGroups(ctx)
	if err != nil {
		return nil, err
	}
	lags, err := adm.Lag(ctx, groups.Groups()...)
	if err != nil {
		return nil, err
	}
	out := map[string]int64{}
	var firstErr error
	lags.Each(func(l kadm.DescribedGroupLag) {
		if l.Error() != nil && firstErr == nil {
			firstErr = fmt.Errorf("group %s: %w", l.Group, l.Error())
		}
		out[l.Group] = l.Lag.Total()
		for _, ml := range l.Lag.Sorted() {
			if offsets == nil {
				break
			}
			if offsets[ml.Topic] == nil {
				offsets[ml.Topic] = map[int32][2]int64{}
			}
			// The furthest-behind group sets where to look from.
			if cur, ok := offsets[ml.Topic][ml.Partition]; !ok || ml.Commit.At < cur[0] {
				offsets[ml.Topic][ml.Partition] = [2]int64{ml.Commit.At, ml.End.Offset}
			}
		}
		if detail != nil && l.Lag.Total() > 0 {
			var parts []string
			for _, ml := range l.Lag.Sorted() {
				if ml.Lag > 0 {
					parts = append(parts, fmt.Sprintf("%s/%d %d→%d", ml.Topic, ml.Partition, ml.Commit.At, ml.End.Offset))
				}
			}
			detail[l.Group] = strings.Join(parts, " ")
		}
	})
	return out, firstErr
}

// committedRecordsIn counts the records a read_committed consumer sees in
// [from, to) of each partition: a transactional producer's commit marker
// takes the last offset of a partition, and a group that consumed
// everything commits the marker's offset, so lag 1 per partition can be
// nothing to read. Waits up to wait for records.
func committedRecordsIn(ctx context.Context, brokers []string, ranges map[string]map[int32][2]int64, wait time.Duration) (int64, error) {
	offsets := map[string]map[int32]kgo.Offset{}
	for t, ps := range ranges {
		offsets[t] = map[int32]kgo.Offset{}
		for p, r := range ps {
			offsets[t][p] = kgo.NewOffset().At(r[0])
		}
	}
	if len(offsets) == 0 {
		return 0, nil
	}
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumePartitions(offsets), kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.FetchMaxWait(200*time.Millisecond))
	if err != nil {
		return 0, err
	}
	defer cl.Close()
	var n int64
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		pctx, cancel := context.WithDeadline(ctx, deadline)
		fs := cl.PollFetches(pctx)
		cancel()
		fs.EachRecord(func(r *kgo.Record) {
			if r.Offset < ranges[r.Topic][r.Partition][1] {
				n++
			}
		})
		if ctx.Err() != nil {
			return n, ctx.Err()
		}
	}
	return n, nil
}

func fmtLag(m map[string]int64) string {
	var parts []string
	for _, g := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s=%d", g, m[g]))
	}
	return strings.Join(parts, " ")
}
