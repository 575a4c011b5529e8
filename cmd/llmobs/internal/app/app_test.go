package app

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func testOptions(t *testing.T, dataDir string) Options {
	t.Helper()
	o := DefaultOptions()
	// Ephemeral ports everywhere: packages' tests run in parallel.
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{"-ingest.grpc-listen=127.0.0.1:0", "-ingest.http-listen=127.0.0.1:0"}); err != nil {
		t.Fatal(err)
	}
	o.KafkaListen = "127.0.0.1:0"
	o.DataDir = dataDir
	o.Common.Admin.Listen = "127.0.0.1:0"
	o.Common.Kafka.Partitions = 2
	o.Common.ShutdownTimeout = 10 * time.Second
	if err := o.Validate(); err != nil {
		t.Fatal(err)
	}
	return o
}

// countRecords reads a topic from the start until it has seen want records
// or the deadline passes.
func countRecords(t *testing.T, brokers []string, topic string, want int) int {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	n := 0
	for n < want {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			break
		}
		n += fs.NumRecords()
	}
	return n
}

func TestUpPersistsAcrossRestarts(t *testing.T) {
	dir := t.TempDir()
	o := testOptions(t, dir)

	ctx, stop := context.WithCancel(context.Background())
	r, err := Start(ctx, o, quiet)
	if err != nil {
		t.Fatal(err)
	}
	// Every DESIGN topic exists, admin answers.
	resp, err := http.Get("http://" + r.AdminAddr + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", err, resp)
	}
	resp.Body.Close()
	var sb strings.Builder
	r.PrintListeners(&sb, o)
	if !strings.Contains(sb.String(), r.Brokers[0]) || !strings.Contains(sb.String(), r.AdminAddr) {
		t.Fatalf("listeners table lacks addresses:\n%s", sb.String())
	}
	if len(r.Started)+len(r.Unavailable) != len(Modules()) {
		t.Fatalf("started %v unavailable %v: every service must be accounted for", r.Started, r.Unavailable)
	}

	cl, err := kafka.NewClient(withBrokers(o.Common.Kafka, r.Brokers), "test")
	if err != nil {
		t.Fatal(err)
	}
	const n = 25
	for i := 0; i < n; i++ {
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: "otlp_spans", Value: []byte{byte(i)}}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	cl.Close()
	stop()
	if err := r.Wait(); err != nil {
		t.Fatal(err)
	}

	// Same data dir: the records and topics are still there.
	ctx2, stop2 := context.WithCancel(context.Background())
	defer stop2()
	r2, err := Start(ctx2, o, quiet)
	if err != nil {
		t.Fatal(err)
	}
	if got := countRecords(t, r2.Brokers, "otlp_spans", n); got != n {
		t.Fatalf("after restart otlp_spans holds %d records, want %d", got, n)
	}
	for _, topic := range o.Common.Topics.All() {
		if got := countRecords(t, r2.Brokers, topic, 0); got != 0 && topic != "otlp_spans" {
			t.Logf("%s holds %d records", topic, got)
		}
	}
	stop2()
	if err := r2.Wait(); err != nil {
		t.Fatal(err)
	}
}

func withBrokers(c kafka.Config, b []string) kafka.Config { c.Brokers = b; return c }

func TestUnknownServiceRejected(t *testing.T) {
	o := DefaultOptions()
	o.Services = []string{"ingest", "nope"}
	if err := o.Validate(); err == nil || !strings.Contains(err.Error(), `services: unknown service "nope"`) {
		t.Fatalf("err = %v", err)
	}
}

// The compose stack's configuration file is valid for the all-in-one
// binary (and so for every service, which read the same sections).
func TestDeployConfigIsValid(t *testing.T) {
	o := DefaultOptions()
	t.Setenv("LLMOBS_KAFKA_BROKERS", "kafka:19092")
	if _, err := o.ParseFlags(flag.NewFlagSet("t", flag.ContinueOnError), []string{"-config.file", "../../../../deploy/llmobs.yaml"}); err != nil {
		t.Fatal(err)
	}
	if o.Common.Kafka.Brokers[0] != "kafka:19092" {
		t.Fatalf("brokers %v", o.Common.Kafka.Brokers)
	}
}
