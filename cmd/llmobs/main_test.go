package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// `up` + `loadgen` put exactly the summarised number of records into the
// input topics, and every LLM call reaches the SLI windows once: per
// series, and per tenant in the windows' usage shares (what budgets
// `by: [tenant]` charge), through all of loadgen's attribute namings.
func TestUpPlusLoadgenRecordsMatchSummary(t *testing.T) { upPlusLoadgen(t, false) }

// A 5 MB garbage record on every topic a service reads (the three OTLP
// inputs, llmobs.spans, .gpu, .enriched, .sli.partials, .slis), on topics
// allowing 10 MB as a typical production broker does: every service keeps
// running, each poison record lands in the DLQ once per consumer group
// that reads it, truncated with its original size, and the SLIs still equal
// the calls sent.
func TestPoisonOnEveryTopic(t *testing.T) { upPlusLoadgen(t, true) }

func upPlusLoadgen(t *testing.T, poison bool) {
	o := app.DefaultOptions()
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{"-ingest.grpc-listen=127.0.0.1:0", "-ingest.http-listen=127.0.0.1:0", "-aggregator.out-of-orderness=1s"}); err != nil {
		t.Fatal(err)
	}
	o.KafkaListen = "127.0.0.1:0"
	o.DataDir = ""
	o.Common.Admin.Listen = "127.0.0.1:0"
	o.Common.Kafka.Partitions = 3
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	// A clean run logs nothing at WARN or above, start to graceful stop
	// (expected conditions are not warnings); the poison run warns by design.
	logs := &lockedBuffer{}
	var logw io.Writer = logs
	if poison {
		logw = io.Discard
	}
	r, err := app.Start(ctx, o, slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelInfo})))
	if err != nil {
		t.Fatal(err)
	}
	kc := o.Common.Kafka
	kc.Brokers = r.Brokers
	failed := make(chan error, 1)
	go func() { failed <- r.Wait() }()
	var poisoned []string
	var badUTF8 chan error
	if poison {
		poisoned = injectPoison(t, ctx, kc, o.Common.Topics)
		badUTF8 = make(chan error, 1)
		go func() { badUTF8 <- injectBadUTF8(ctx, kc, o.Common.Topics) }()
	}
	lg := loadgen.DefaultConfig()
	lg.Duration = 15 * time.Second
	lg.Rate = 50
	lg.MaxSpeed = true
	// Live traffic (event times from now on, sent at once, so most spans
	// end ahead of the clock and the watermark follows the clock): a backlog
	// older than the wall clock would find the idle partitions of a fresh
	// aggregator already moved on (see the aggregator README, Limits).
	lg.Start = time.Now()
	sum, err := runLoadgen(ctx, kc, lg)
	if err != nil {
		t.Fatal(err)
	}
	if poison {
		if err := <-badUTF8; err != nil {
			t.Fatal(err)
		}
	}
	ps, err := app.Summarize(ctx, kc, o.Common.Topics)
	if err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{o.Common.Topics.OTLPSpans, o.Common.Topics.OTLPMetrics, o.Common.Topics.OTLPLogs} {
		extra := int64(0)
		if poison {
			extra = 1 // the poison record
		}
		if sum.Records[topic] == 0 || ps.Records[topic]-extra != sum.Records[topic] {
			t.Errorf("%s: topic holds %d records, loadgen summary says %d", topic, ps.Records[topic], sum.Records[topic])
		}
	}
	if sum.Traces != 750 {
		t.Errorf("traces = %d, want 50/s × 15s", sum.Traces)
	}
	// Windows fire once event time passes them: the idle partitions'
	// watermarks move on at the wall clock's pace after the traffic.
	var llm int64
	for _, n := range sum.LLMSpans {
		llm += n
	}
	logMetrics := func() {
		mfs, _ := r.Admin.Registry.Gather()
		for _, mf := range mfs {
			if !slices.ContainsFunc([]string{"late", "watermark", "spans_in", "skipped", "join_waits", "ahead"}, func(s string) bool { return strings.Contains(mf.GetName(), s) }) {
				continue
			}
			for _, m := range mf.GetMetric() {
				t.Log(mf.GetName(), m.GetLabel(), m.GetCounter().GetValue(), m.GetGauge().GetValue())
			}
		}
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		var got float64
		for k := range sum.LLMSpans { // SLIs also hold embedding series
			got += ps.SLIRequests[k]
		}
		if got == float64(llm) {
			break
		}
		select {
		case err := <-failed:
			t.Fatalf("the pipeline stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			logMetrics()
			t.Log(ps.SLIRequests, sum.LLMSpans, time.Now().Unix())
			t.Fatalf("SLI windows count %v LLM calls, loadgen sent %d", got, llm)
		}
		time.Sleep(time.Second)
		if ps, err = app.Summarize(ctx, kc, o.Common.Topics); err != nil {
			t.Fatal(err)
		}
	}
	for k, n := range sum.LLMSpans {
		if ps.SLIRequests[k] != float64(n) {
			t.Errorf("series %s: SLIs count %v, sent %d", k, ps.SLIRequests[k], n)
		}
	}
	if len(sum.LLMByTenant) < 4 {
		t.Errorf("loadgen named tenants %v, want 4", sum.LLMByTenant)
	}
	for k, n := range sum.LLMByTenant {
		if u := ps.SLITenants[k]; u == nil || u.Requests != float64(n) || u.CostUSD <= 0 {
			t.Errorf("tenant %s: usage share %+v, sent %d calls", k, u, n)
		}
	}
	if u := ps.SLITenants[""]; u != nil {
		t.Errorf("calls without a tenant in the SLIs: %+v", u)
	}
	if poison {
		checkPoisonDLQ(t, ctx, kc, o.Common.Topics, poisoned)
	} else if n := ps.Records[o.Common.Topics.DLQ]; n != 0 {
		t.Errorf("DLQ holds %d records: %v", n, ps.DLQ)
	}
	if t.Failed() {
		logMetrics()
	}
	select {
	case err := <-failed:
		t.Fatalf("the pipeline stopped: %v", err)
	default:
	}
	stop()
	if err := <-failed; err != nil {
		t.Fatal(err)
	}
	var loud []string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR") {
			loud = append(loud, l)
		}
	}
	if len(loud) > 0 {
		t.Errorf("a clean start, run and stop logged %d WARN/ERROR lines:\n%s", len(loud), strings.Join(loud, "\n"))
	}
}

type lockedBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

const poisonBytes = 5 << 20

// injectPoison writes one 5 MB undecodable record to every topic a service
// consumes, after raising those topics' max.message.bytes to 10 MB, and
// returns the topics.
func injectPoison(t *testing.T, ctx context.Context, kc kafka.Config, tp kafka.Topics) []string {
	t.Helper()
	topics := []string{tp.OTLPSpans, tp.OTLPMetrics, tp.OTLPLogs, tp.Spans, tp.GPU, tp.Enriched, tp.SLIPartials, tp.SLIs}
	cl, err := kafka.NewClient(kc, "poison", kgo.ProducerBatchMaxBytes(16<<20), kgo.MaxBufferedBytes(64<<20))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if _, err := kadm.NewClient(cl).AlterTopicConfigs(ctx, []kadm.AlterConfig{{Name: "max.message.bytes", Value: kadm.StringPtr("10485760")}}, topics...); err != nil {
		t.Fatal(err)
	}
	garbage := make([]byte, poisonBytes)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(rng.Uint32())
	}
	garbage[0] = 0xff // not a protobuf tag any decoder accepts, not JSON
	for _, topic := range topics {
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: garbage}).FirstErr(); err != nil {
			t.Fatalf("poison %s: %v", topic, err)
		}
	}
	return topics
}

// badUTF8Rounds of records that decode but hold a label that is not UTF-8
// go to every internal topic while loadgen's traffic flows (what only a
// foreign producer writes), so a stage polls them together with good
// records: each must be refused alone — the good series polled with it
// still counted — or, where the stage is a sink (the embedder), repaired.
const badUTF8Rounds = 3

func injectBadUTF8(ctx context.Context, kc kafka.Config, tp kafka.Topics) error {
	cl, err := kafka.NewClient(kc, "poison-utf8")
	if err != nil {
		return err
	}
	defer cl.Close()
	for range badUTF8Rounds {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
		now := time.Now()
		ns := uint64(now.UnixNano())
		span := &llmobsv1.Span{
			TraceId: []byte("0123456789abcdef"), SpanId: []byte("01234567"), StartTimeUnixNano: ns - 5e8, EndTimeUnixNano: ns, Weight: 1,
			Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "bad\xff"},
			GenAi: &llmobsv1.GenAI{Operation: "chat", RequestModel: "m\xc3("},
		}
		win := (now.UnixMilli() / 10000) * 10000
		series := &llmobsv1.SeriesKey{Service: "bad\xff", Model: "m"}
		msgs := map[string]interface{ MarshalVT() ([]byte, error) }{
			tp.Spans:    &llmobsv1.SpanBatch{Spans: []*llmobsv1.Span{span}},
			tp.GPU:      &llmobsv1.GPUSampleBatch{Samples: []*llmobsv1.GPUSample{{TimeUnixNano: ns, HostName: "h\xfe", GpuUuid: "GPU-1"}}},
			tp.Enriched: &llmobsv1.EnrichedSpanBatch{Spans: []*llmobsv1.EnrichedSpan{{Span: span}}},
			tp.SLIPartials: &llmobsv1.SLIPartialBatch{Partials: []*llmobsv1.SLIPartial{{Series: series, WindowStartUnixMs: win, WindowLengthMs: 10000,
				Source: "p0", Aggregate: &llmobsv1.Aggregate{Requests: 1, Spans: 1}}}},
			tp.SLIs: &llmobsv1.SLIWindowBatch{Windows: []*llmobsv1.SLIWindow{{Series: series, WindowStartUnixMs: win, WindowLengthMs: 10000, Revision: 1, Requests: 1e6, Errors: 1e6, ErrorRate: 1}}},
		}
		for topic, m := range msgs {
			v, err := m.MarshalVT() // proto.Marshal refuses invalid UTF-8
			if err != nil {
				return err
			}
			if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: v}).FirstErr(); err != nil {
				return fmt.Errorf("bad UTF-8 on %s: %w", topic, err)
			}
		}
	}
	return nil
}

// checkPoisonDLQ: each poison record is in the DLQ once per consumer group
// that reads its topic (llmobs.enriched: the aggregator's stage 1, and the
// embedder when it runs), truncated, with its original size; and each of
// injectBadUTF8's records once (the embedder repairs llmobs.enriched's).
func checkPoisonDLQ(t *testing.T, ctx context.Context, kc kafka.Config, tp kafka.Topics, topics []string) {
	t.Helper()
	want := map[string]int{}
	for _, topic := range topics {
		want[topic] = 1
	}
	wantUTF8 := map[string]int{}
	for _, topic := range []string{tp.Spans, tp.GPU, tp.Enriched, tp.SLIPartials, tp.SLIs} {
		wantUTF8[topic] = badUTF8Rounds
	}
	gotUTF8 := map[string]int{}
	utf8Record := func(r *kgo.Record) bool {
		if kafka.Header(r, "llmobs-dlq-original-bytes") == strconv.Itoa(poisonBytes) {
			return false // the garbage record
		}
		src := kafka.Header(r, kafka.HeaderDLQSourceTopic)
		gotUTF8[src]++
		// The enricher refuses its input as proto.Unmarshal does
		// (decode_error, gpu_decode_error); the aggregator and the alerter
		// name the reason.
		why := kafka.Header(r, kafka.HeaderDLQReason)
		if ok := map[string]string{tp.Spans: "decode_error", tp.GPU: "gpu_decode_error"}[src]; why != ok && why != "invalid_utf8" {
			t.Errorf("bad-UTF-8 record from %s (%s): reason %q", src, kafka.Header(r, kafka.HeaderDLQService), why)
		}
		return true
	}
	cl, err := kafka.NewClient(kc, "dlq-reader", kgo.ConsumeTopics(tp.DLQ), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	got := map[string]int{}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) && (len(got) < len(want) || !maps.Equal(gotUTF8, wantUTF8)) {
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		cl.PollFetches(pctx).EachRecord(func(r *kgo.Record) {
			if utf8Record(r) {
				return
			}
			src := kafka.Header(r, kafka.HeaderDLQSourceTopic)
			if kafka.Header(r, "llmobs-dlq-original-bytes") != strconv.Itoa(poisonBytes) || len(r.Value) >= poisonBytes {
				t.Errorf("DLQ record from %s (%s): %d bytes, original-bytes header %q: not truncated with its size", src, kafka.Header(r, kafka.HeaderDLQService), len(r.Value), kafka.Header(r, "llmobs-dlq-original-bytes"))
			}
			got[src]++
		})
		cancel()
	}
	time.Sleep(2 * time.Second) // let a duplicate show
	pctx, cancel := context.WithTimeout(ctx, time.Second)
	cl.PollFetches(pctx).EachRecord(func(r *kgo.Record) {
		if !utf8Record(r) {
			got[kafka.Header(r, kafka.HeaderDLQSourceTopic)]++
		}
	})
	cancel()
	for _, topic := range topics {
		if got[topic] != want[topic] {
			t.Errorf("DLQ holds %d copies of the poison record on %s, want %d", got[topic], topic, want[topic])
		}
	}
	if !maps.Equal(gotUTF8, wantUTF8) {
		t.Errorf("DLQ records of bad UTF-8 by source topic: %v, want %v", gotUTF8, wantUTF8)
	}
	t.Logf("DLQ by source topic: %v; bad UTF-8: %v", got, gotUTF8)
}
