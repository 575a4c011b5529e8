package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafkatest"
)

func TestParseRatios(t *testing.T) {
	r, err := parseRatios("0.71, 0.82")
	if err != nil || r != [2]float64{0.71, 0.82} {
		t.Fatalf("parseRatios = %v, %v", r, err)
	}
	for _, bad := range []string{"", "1", "1,2,3", "0,1", "-1,1", "1,x", "1,17"} {
		if _, err := parseRatios(bad); err == nil {
			t.Errorf("parseRatios(%q) accepted", bad)
		}
	}
}

func TestScaled(t *testing.T) {
	v := []byte("abcdefghij")
	for _, c := range []struct {
		ratio float64
		want  string
	}{{0.5, "abcde"}, {1, "abcdefghij"}, {0.04, ""}, {2.5, "abcdefghijabcdefghijabcde"}} {
		if got := string(scaled(v, c.ratio)); got != c.want {
			t.Errorf("scaled(%g) = %q, want %q", c.ratio, got, c.want)
		}
	}
}

// The floor child against a real Kafka protocol server: every record
// crosses all three hops once, in its partition, at the sizes asked, and
// its metrics page says so; topicSizes counts what the hops wrote.
func TestFloorCopiesEveryRecordThroughThreeHops(t *testing.T) {
	const partitions, perPartition = 3, 40
	c := kafkatest.New(t, kafkatest.Partitions(partitions), kafkatest.Only("otlp_spans"))
	addr := c.ListenAddrs()[0]
	cl := c.Client(t, kgo.RecordPartitioner(kgo.ManualPartitioner()))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var inBytes int64
	for p := int32(0); p < partitions; p++ {
		for i := 0; i < perPartition; i++ {
			v := bytes.Repeat([]byte{byte('a' + p)}, 100+i)
			inBytes += int64(len(v))
			if err := cl.ProduceSync(ctx, &kgo.Record{Topic: "otlp_spans", Partition: p, Value: v}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	listen := fmt.Sprintf("127.0.0.1:%d", port)
	fctx, fcancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- runFloor(fctx, addr, listen, partitions, [2]float64{0.5, 2}) }()

	sys := &floorSys{records: partitions * perPartition}
	var last check
	for !last.done {
		if ctx.Err() != nil {
			t.Fatalf("the floor did not finish: %s", last.line)
		}
		time.Sleep(50 * time.Millisecond)
		if m, err := scrape("http://" + listen + "/metrics"); err == nil {
			last = sys.Check(m)
		}
	}
	fcancel()
	if err := <-done; err != nil {
		t.Fatalf("runFloor: %v", err)
	}
	if !strings.Contains(last.line, fmt.Sprintf("hop 3 %d/%d", partitions*perPartition, partitions*perPartition)) {
		t.Errorf("progress line %q", last.line)
	}

	sizes, err := topicSizes(ctx, addr, floorTopicSpans, floorTopicEnriched)
	if err != nil {
		t.Fatal(err)
	}
	n := int64(partitions * perPartition)
	// Hop 1 halves every record; hop 2 writes twice the input size, which
	// is four times what hop 1 wrote (rounding per record: ±1 byte each).
	if s := sizes[floorTopicSpans]; s.Records != n || abs64(s.Bytes-inBytes/2) > n {
		t.Errorf("%s: %+v, want %d records, ~%d bytes", floorTopicSpans, s, n, inBytes/2)
	}
	if s := sizes[floorTopicEnriched]; s.Records != n || abs64(s.Bytes-2*inBytes) > 4*n {
		t.Errorf("%s: %+v, want %d records, ~%d bytes", floorTopicEnriched, s, n, 2*inBytes)
	}
	// Each record stayed in its partition: the bytes say which one.
	rd := c.Client(t, kgo.ConsumeTopics(floorTopicEnriched), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	seen := 0
	for seen < int(n) && ctx.Err() == nil {
		rd.PollFetches(ctx).EachRecord(func(r *kgo.Record) {
			seen++
			if len(r.Value) == 0 || r.Value[0] != byte('a'+r.Partition) {
				t.Errorf("partition %d holds a record of partition %d", r.Partition, r.Value[0]-'a')
			}
		})
	}
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
