package alerter

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/kafkatest"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The crash test runs the alerter in a child process (this test binary
// re-executed with childEnv set; TestMain branches) so that it can be
// SIGKILLed: no flush, no group leave, a transaction left open.
const childEnv = "LLMOBS_ALERTER_TEST_CHILD"

const crashRules = `groups:
- name: g
  rules:
  - alert: HighErr
    expr: error_rate > 0.2
    window: 10s
    for: 20s
    keep_firing_for: 20s
    annotations: {summary: "errors {{.Value}}"}
  - alert: SlowTTFT
    expr: ttft_p95_ms > 1000
    window: 10s
    severity: critical
    annotations: {summary: "ttft {{.Value}}"}
`

func crashConfig(rulesFile string) Config {
	cfg := DefaultConfig()
	cfg.RulesFile = rulesFile
	cfg.StaleAfter = time.Minute
	cfg.RepeatInterval = 0
	cfg.ReloadInterval = 0
	return cfg
}

// runChild runs the service against the brokers in the environment
// (brokers;instance;rules file) until SIGTERM, SIGKILL or a minute.
func runChild() int {
	f := strings.Split(os.Getenv(childEnv), ";")
	kc := kafka.DefaultConfig()
	kc.Brokers = strings.Split(f[0], ",")
	deps := testDeps(nil, kc.Brokers, f[1])
	if len(f) > 3 {
		deps.Kafka.GroupSessionTimeout, _ = time.ParseDuration(f[3])
	}
	deps.Log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	svc, err := New(crashConfig(f[2]), deps)
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

func startChild(t *testing.T, brokers []string, instance, rulesFile string, stderr io.Writer, extra ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+strings.Join(append([]string{strings.Join(brokers, ","), instance, rulesFile}, extra...), ";"))
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

func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
}

// crashRecord is one llmobs.slis record of the workload.
type crashRecord struct {
	part  int32
	value []byte
}

// crashWorkload: four series on two partitions, 10 s windows with runs of
// errors (HighErr: for 20 s, keep_firing_for 20 s) and slow TTFT, revised
// windows (revision 2 flips a condition), re-sent revisions (duplicates
// of an upstream restart), a series that goes quiet (resolved as stale),
// a record with two windows and an undecodable record.
func crashWorkload() []crashRecord {
	var out []crashRecord
	add := func(part int32, ws ...*llmobsv1.SLIWindow) {
		v, _ := proto.Marshal(&llmobsv1.SLIWindowBatch{Windows: ws})
		out = append(out, crashRecord{part, v})
	}
	mk := func(s, i int, r uint32, flip bool) *llmobsv1.SLIWindow {
		errs := 1.0
		if (i/4+s)%3 == 0 {
			errs = 40
		}
		ttft := 300.0
		if (i*7+s)%11 < 3 {
			ttft = 2500
		}
		if flip {
			errs, ttft = 41-errs, 2800-ttft
		}
		w := win{svc: fmt.Sprint("svc", s), model: "m", i: i, req: 100, errs: errs, ttft95: ttft}.pb()
		w.Revision = r
		return w
	}
	for i := 0; i < 48; i++ {
		for s := 0; s < 4; s++ {
			if s == 3 && i >= 20 && i < 40 {
				continue // quiet: its firing alerts go stale
			}
			p := int32(s % 2)
			w := mk(s, i, 1, false)
			switch {
			case i%9 == 4 && s == 1:
				add(p, w, mk(s, i, 2, true)) // one record, two revisions
			case i%7 == 3:
				add(p, w)
				add(p, mk(s, i, 2, true)) // revised
				add(p, mk(s, i, 1, false))
				add(p, mk(s, i, 2, true)) // both re-sent
			case i%5 == 2 && i > 0:
				add(p, w)
				add(p, mk(s, i-1, 1, false)) // an old window re-sent
			default:
				add(p, w)
			}
		}
		if i == 17 {
			out = append(out, crashRecord{0, []byte("\xff\xff not a batch")})
		}
	}
	return out
}

func newCrashCluster(t *testing.T) *kfake.Cluster {
	t.Helper()
	tp := kafka.DefaultTopics()
	c := kafkatest.New(t, kafkatest.Only(tp.SLIs, tp.Alerts, tp.DLQ), kafkatest.TopicPartitions(2, tp.SLIs), kafkatest.TopicPartitions(1, tp.Alerts, tp.DLQ))
	return c.Cluster
}

func produceRecords(t *testing.T, brokers []string, recs []crashRecord) {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	for _, r := range recs {
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: kafka.DefaultTopics().SLIs, Partition: r.part, Value: r.value}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
}

// caughtUp reports whether group committed every llmobs.slis offset.
func caughtUp(t *testing.T, brokers []string, group string) bool {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	topic := kafka.DefaultTopics().SLIs
	ends, err := adm.ListEndOffsets(ctx, topic)
	if err != nil {
		return false
	}
	offs, err := adm.FetchOffsets(ctx, group)
	if err != nil {
		return false
	}
	ok := true
	ends.Each(func(o kadm.ListedOffset) {
		c, found := offs.Lookup(topic, o.Partition)
		if o.Offset > 0 && (!found || c.At < o.Offset) {
			ok = false
		}
	})
	return ok
}

// eventsByFingerprint: each alert's events in topic order, and the
// duplicates (same fingerprint, status and startsAt twice).
func eventsByFingerprint(t *testing.T, brokers []string) (map[string][]string, []string, int) {
	t.Helper()
	as, err := readAll(brokers, kafka.DefaultTopics().Alerts)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	seen := map[string]bool{}
	var dups []string
	for _, a := range as {
		k := a.Fingerprint + " " + a.Status + " " + a.StartsAt.Format(time.RFC3339)
		if seen[k] {
			dups = append(dups, k)
		}
		seen[k] = true
		out[a.Fingerprint] = append(out[a.Fingerprint], fmt.Sprintf("%s %s %s starts=%s ends=%s %s", a.Labels["alertname"], a.Labels["service"], a.Status,
			a.StartsAt.Format(time.RFC3339), a.EndsAt.Format(time.RFC3339), a.Annotations["summary"]))
	}
	return out, dups, len(as)
}

func dlqCount(t *testing.T, brokers []string) int {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.ConsumeTopics(kafka.DefaultTopics().DLQ), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	n := 0
	for {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			return n
		}
		n += fs.NumRecords()
	}
}

// TestSIGKILLRestart: the alerter process is SIGKILLed five times while
// windows flow (mid-stream, three times during or just after its recovery
// on start, right after a burst) and restarted with the same instance id. The events
// on llmobs.alerts have no duplicate and equal, per alert, those of an
// unfaulted run over the same input: same firing and resolved events,
// same startsAt, endsAt and annotations; the bad record is in the DLQ once.
// unfaulted runs the workload through one in-process alerter.
func unfaulted(t *testing.T, recs []crashRecord, rf string) (map[string][]string, int) {
	t.Helper()
	ref := newCrashCluster(t)
	produceRecords(t, ref.ListenAddrs(), recs)
	_, stop := startService(t, crashConfig(rf), testDeps(t, ref.ListenAddrs(), "ref"))
	waitFor(t, "the reference run", func() bool { return caughtUp(t, ref.ListenAddrs(), DefaultConfig().Group) })
	stop()
	want, wantDups, wantN := eventsByFingerprint(t, ref.ListenAddrs())
	if len(wantDups) > 0 || wantN < 20 {
		t.Fatalf("reference run: %d events, duplicates %v", wantN, wantDups)
	}
	return want, wantN
}

// compareEvents fails t on duplicates and on any alert whose events
// differ from the unfaulted run's.
func compareEvents(t *testing.T, brokers []string, want map[string][]string) int {
	t.Helper()
	got, dups, gotN := eventsByFingerprint(t, brokers)
	if len(dups) > 0 {
		t.Errorf("duplicate events: %v", dups)
	}
	fps := map[string]bool{}
	for fp := range want {
		fps[fp] = true
	}
	for fp := range got {
		fps[fp] = true
	}
	var keys []string
	for fp := range fps {
		keys = append(keys, fp)
	}
	sort.Strings(keys)
	for _, fp := range keys {
		if strings.Join(got[fp], "\n") != strings.Join(want[fp], "\n") {
			t.Errorf("alert %s:\n got %s\nwant %s", fp, strings.Join(got[fp], "\n     "), strings.Join(want[fp], "\n     "))
		}
	}
	if d := dlqCount(t, brokers); d != 1 {
		t.Errorf("%d DLQ records, want 1", d)
	}
	return gotN
}

// TestSIGKILLRestart: the alerter process is SIGKILLed five times while
// windows flow (mid-stream, three times during or just after its recovery
// on start, right after a burst) and restarted with the same instance id.
// The events on llmobs.alerts have no duplicate and equal, per alert,
// those of an unfaulted run over the same input: same firing and resolved
// events, same startsAt, endsAt and annotations; the bad record is in the
// DLQ once.
func TestSIGKILLRestart(t *testing.T) {
	recs := crashWorkload()
	rf := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(rf, []byte(crashRules), 0o644); err != nil {
		t.Fatal(err)
	}
	group := DefaultConfig().Group
	want, wantN := unfaulted(t, recs, rf)

	c := newCrashCluster(t)
	brokers := c.ListenAddrs()
	var logs lockedBuffer
	defer func() {
		if t.Failed() || testing.Verbose() {
			t.Logf("children's stderr:\n%s", logs.String())
		}
	}()
	n := len(recs)
	chunks := [][]crashRecord{recs[:n/4], recs[n/4 : n/2], recs[n/2 : 3*n/4], recs[3*n/4:]}
	produceRecords(t, brokers, chunks[0])
	child := startChild(t, brokers, "crash", rf, &logs)
	produceRecords(t, brokers, chunks[1])
	waitFor(t, "the child to commit some events", func() bool {
		_, _, got := eventsByFingerprint(t, brokers)
		return got >= 3
	})
	kill(t, child) // 1: mid-stream

	// 2-4: while windows trickle in, killed 150, 300 and 450 ms after
	// start: during recovery (reading llmobs.alerts, replaying) or just
	// after it.
	flowing := make(chan struct{})
	go func() {
		defer close(flowing)
		for _, r := range chunks[2] {
			produceRecords(t, brokers, []crashRecord{r})
			time.Sleep(5 * time.Millisecond)
		}
	}()
	for _, d := range []time.Duration{150, 300, 450} {
		child = startChild(t, brokers, "crash", rf, &logs)
		time.Sleep(d * time.Millisecond)
		kill(t, child)
	}
	<-flowing

	child = startChild(t, brokers, "crash", rf, &logs)
	waitFor(t, "the child to consume", func() bool { return caughtUp(t, brokers, group) })
	produceRecords(t, brokers, chunks[3])
	time.Sleep(50 * time.Millisecond)
	kill(t, child) // 5: right after a burst, maybe between produce and commit

	child = startChild(t, brokers, "crash", rf, &logs)
	waitFor(t, "the last child to consume everything", func() bool { return caughtUp(t, brokers, group) })
	time.Sleep(500 * time.Millisecond)
	if err := child.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	gotN := compareEvents(t, brokers, want)
	t.Logf("%d records in, %d events (unfaulted run: %d)", n, gotN, wantN)
}
