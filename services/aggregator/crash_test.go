package aggregator

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The crash test runs the aggregator in a child process (this test binary
// re-executed with childEnv set; TestMain branches) so it can be SIGKILLed:
// no flush, no LeaveGroup, an open transaction left on the broker.
const childEnv = "LLMOBS_AGGREGATOR_TEST_CHILD"

func childConfig() Config {
	cfg := testConfig()
	cfg.MaxPollRecords = 1 // a transaction per record: the kill lands mid-stream
	cfg.SessionTimeout = time.Second
	return cfg
}

// runChild runs the service against the brokers in the environment until
// SIGTERM, SIGKILL, or a minute (so no child outlives a failed parent).
func runChild() int {
	brokers := strings.Split(os.Getenv(childEnv), ",")
	deps := testDeps(brokers, "crash")
	deps.Log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	svc, err := New(childConfig(), deps)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := svc.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// lockedBuffer collects a child's stderr for the failure message.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func startChild(t *testing.T, brokers []string, stderr io.Writer) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+strings.Join(brokers, ","))
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return cmd
}

// TestSIGKILLRestart: the aggregator process is SIGKILLed mid-stream and
// started again (same instance, so its transactional IDs fence the
// transactions the dead process left open). The SLI windows on llmobs.slis
// (read_committed, latest revision) equal those of an uninterrupted run:
// nothing lost, nothing counted twice.
func TestSIGKILLRestart(t *testing.T) {
	const nRec, seed = 90, 21
	ref := newCluster(t)
	total := workload(t, ref.ListenAddrs(), nRec, seed)
	_, stop := run(t, testConfig(), testDeps(ref.ListenAddrs(), "ref"))
	waitFor(t, "reference windows", 30*time.Second, func() bool {
		ws := finals(t, ref.ListenAddrs())
		return sumRequests(ws, 10000) == total && sumRequests(ws, 60000) == total
	})
	stop()
	want := finals(t, ref.ListenAddrs())

	tp := kafka.DefaultTopics()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.GroupMinSessionTimeout(100*time.Millisecond),
		kfake.SeedTopics(3, tp.Enriched), kfake.SeedTopics(2, tp.SLIPartials, tp.SLIs), kfake.SeedTopics(1, tp.DLQ))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	brokers := c.ListenAddrs()
	workload(t, brokers, nRec, seed)
	var logs lockedBuffer
	defer func() {
		if t.Failed() {
			t.Logf("stage 1 committed %d records; children's stderr:\n%s", committedSum(t, brokers, childConfig().Stage1Group, tp.Enriched), logs.String())
		}
	}()
	cfg := childConfig()
	// Kill 1 lands while stage 1 is a sixth of the way through, before
	// any window fired; kill 2 once windows are on llmobs.slis (maybe in
	// an open transaction; the run may be complete by then).
	child := startChild(t, brokers, &logs)
	waitFor(t, "the child to commit some transactions", 30*time.Second, func() bool {
		return committedSum(t, brokers, cfg.Stage1Group, tp.Enriched) >= nRec/6
	})
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	killedAt := committedSum(t, brokers, cfg.Stage1Group, tp.Enriched)
	if killedAt >= nRec {
		t.Fatalf("the child committed all %d records before the kill: nothing tested", killedAt)
	}
	child = startChild(t, brokers, &logs)
	waitFor(t, "the restarted child to emit windows", 30*time.Second, func() bool { return endOffsets(t, brokers, tp.SLIs) >= 1 })
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	killed2At := committedSum(t, brokers, cfg.Stage1Group, tp.Enriched)
	partialWins := finals(t, brokers)

	startChild(t, brokers, &logs)
	var got map[wkey]*llmobsv1.SLIWindow
	waitFor(t, "windows after the restart", 60*time.Second, func() bool {
		got = finals(t, brokers)
		return sumRequests(got, 10000) >= total && sumRequests(got, 60000) >= total
	})
	time.Sleep(time.Second) // let any double count show
	got = finals(t, brokers)
	if len(got) != len(want) {
		t.Fatalf("windows: got %d want %d", len(got), len(want))
	}
	for k, w := range want {
		g := got[k]
		if g == nil || g.Requests != w.Requests || g.Errors != w.Errors || g.LatencyP99Ms != w.LatencyP99Ms || g.TtftP95Ms != w.TtftP95Ms ||
			g.InputTokens != w.InputTokens || g.OutputTokens != w.OutputTokens || g.GetCost().GetTotal() != w.GetCost().GetTotal() {
			t.Errorf("window %+v: got %v want %v", k, g, w)
		}
	}
	t.Logf("killed at %d and %d of %d records committed, %d of %d windows on llmobs.slis; after the restart %d windows, %v requests (want %v)", killedAt, killed2At, nRec, len(partialWins), len(want), len(got), sumRequests(got, 10000), total)
}

// endOffsets sums the high watermarks of topic (records and transaction
// markers produced, committed or not).
func endOffsets(t *testing.T, brokers []string, topic string) int64 {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	offs, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic)
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	offs.Each(func(o kadm.ListedOffset) { sum += o.Offset })
	return sum
}
