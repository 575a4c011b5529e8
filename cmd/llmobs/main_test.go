package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
)

// `up` + `loadgen` put exactly the summarised number of records into the
// input topics.
func TestUpPlusLoadgenRecordsMatchSummary(t *testing.T) {
	o := app.DefaultOptions()
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{"-ingest.grpc-listen=127.0.0.1:0", "-ingest.http-listen=127.0.0.1:0"}); err != nil {
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
	lg.Start = time.Now().Add(-time.Minute)
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
	stop()
	if err := r.Wait(); err != nil {
		t.Fatal(err)
	}
}
