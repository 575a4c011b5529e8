package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
)

// `up` + `loadgen` put exactly the summarised number of records into the
// input topics, and every LLM call reaches the SLI windows once: per
// series, and per tenant in the windows' usage shares (what budgets
// `by: [tenant]` charge), through all of loadgen's attribute namings.
func TestUpPlusLoadgenRecordsMatchSummary(t *testing.T) {
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
	r, err := app.Start(ctx, o, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
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
	kc := o.Common.Kafka
	kc.Brokers = r.Brokers
	sum, err := runLoadgen(ctx, kc, lg)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := app.Summarize(ctx, kc, o.Common.Topics)
	if err != nil {
		t.Fatal(err)
	}
	for _, topic := range []string{o.Common.Topics.OTLPSpans, o.Common.Topics.OTLPMetrics, o.Common.Topics.OTLPLogs} {
		if sum.Records[topic] == 0 || ps.Records[topic] != sum.Records[topic] {
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
	if t.Failed() {
		logMetrics()
	}
	if u := ps.SLITenants[""]; u != nil {
		t.Errorf("calls without a tenant in the SLIs: %+v", u)
	}
	stop()
	if err := r.Wait(); err != nil {
		t.Fatal(err)
	}
}
