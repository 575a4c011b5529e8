package aggregator

import (
	"context"
	"fmt"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestTwoInstancesShare: a second instance joins while the first is
// consuming, so both stages rebalance with transactions in flight. Every
// final window equals the one a single instance computes from the same
// log, the poll that held records of a partition not rebuilt yet is
// dropped and read again (not looped on), and nothing rejoins the group.
func TestTwoInstancesShare(t *testing.T) {
	ref := newCluster(t)
	total := workload(t, ref.ListenAddrs(), 90, 11)
	_, stop := run(t, testConfig(), testDeps(ref.ListenAddrs(), "r"))
	waitFor(t, "reference windows", 30*time.Second, func() bool {
		ws := finals(t, ref.ListenAddrs())
		return sumRequests(ws, 10000) == total && sumRequests(ws, 60000) == total
	})
	stop()
	want := finals(t, ref.ListenAddrs())

	c := newCluster(t)
	workload(t, c.ListenAddrs(), 90, 11)
	a, stopA := run(t, testConfig(), testDeps(c.ListenAddrs(), "a"))
	defer stopA()
	waitFor(t, "some committed transactions", 10*time.Second, func() bool {
		return testutil.ToFloat64(a.m.txns.WithLabelValues("stage1", "committed")) >= 3
	})
	b, stopB := run(t, testConfig(), testDeps(c.ListenAddrs(), "b"))
	defer stopB()
	var got map[wkey]*llmobsv1.SLIWindow
	deadline := time.Now().Add(30 * time.Second)
	for {
		got = finals(t, c.ListenAddrs())
		if sumRequests(got, 10000) >= total && sumRequests(got, 60000) >= total || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Second) // let any double count show
	got = finals(t, c.ListenAddrs())
	var diffs []string
	keys := make([]wkey, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].lenMs != keys[j].lenMs {
			return keys[i].lenMs < keys[j].lenMs
		}
		if keys[i].start != keys[j].start {
			return keys[i].start < keys[j].start
		}
		return keys[i].model < keys[j].model
	})
	for _, k := range keys {
		w, g := want[k], got[k]
		if g == nil {
			diffs = append(diffs, fmt.Sprintf("%s %dms @%d: missing, want %v requests", k.model, k.lenMs, k.start, w.Requests))
		} else if g.Requests != w.Requests || g.Errors != w.Errors || g.InputTokens != w.InputTokens || g.LatencyP99Ms != w.LatencyP99Ms {
			diffs = append(diffs, fmt.Sprintf("%s %dms @%d rev %d: %v requests, %v errors, p99 %v; want %v, %v, %v", k.model, k.lenMs, k.start, g.Revision, g.Requests, g.Errors, g.LatencyP99Ms, w.Requests, w.Errors, w.LatencyP99Ms))
		}
	}
	if len(got) != len(want) {
		diffs = append(diffs, fmt.Sprintf("%d windows, want %d", len(got), len(want)))
	}
	if len(diffs) > 0 {
		dumpPartials(t, c.ListenAddrs(), keys[0].start)
		t.Fatalf("windows differ from a single instance's:\n%s\na: %s\nb: %s", strings.Join(diffs, "\n"), a.progress(), b.progress())
	}
	for _, s := range []*Service{a, b} {
		for _, st := range []string{"stage1", "stage2"} {
			if n := testutil.ToFloat64(s.m.notReady.WithLabelValues(st)); n > 20 {
				t.Errorf("%s: %v polls dropped as not ready: the stage loops on them", st, n)
			}
		}
	}
	t.Logf("a: %s\nb: %s", a.progress(), b.progress())
}

func (s *Service) progress() string {
	return fmt.Sprintf("spans in %v, partials out %v, partials in %v, windows fired %v, rewinds %v/%v, not ready %v/%v",
		testutil.ToFloat64(s.m.spansIn), testutil.ToFloat64(s.m.partialsOut), testutil.ToFloat64(s.m.partialsIn), testutil.ToFloat64(s.m.windowsFired),
		testutil.ToFloat64(s.m.rewinds.WithLabelValues("stage1")), testutil.ToFloat64(s.m.rewinds.WithLabelValues("stage2")),
		testutil.ToFloat64(s.m.notReady.WithLabelValues("stage1")), testutil.ToFloat64(s.m.notReady.WithLabelValues("stage2")))
}

func dumpPartials(t *testing.T, brokers []string, start int64) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(kafka.DefaultTopics().SLIPartials),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fs := cl.PollFetches(ctx)
		cancel()
		if fs.NumRecords() == 0 {
			return
		}
		fs.EachRecord(func(r *kgo.Record) {
			var b llmobsv1.SLIPartialBatch
			_ = proto.Unmarshal(r.Value, &b)
			for _, x := range b.Partials {
				if x.WindowStartUnixMs == start && x.WindowLengthMs == 10000 && x.Series.Model == "m0" {
					t.Logf("partial p%d@%d src %s rev %d requests %v", r.Partition, r.Offset, x.Source, x.SourceRevision, x.Aggregate.GetRequests())
				}
			}
		})
	}
}
