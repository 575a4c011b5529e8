package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// child is one process the bench started: the broker or a system under
// test. Its CPU time comes from wait4 when it exits. Its peak RSS is the
// kernel's high-water mark of its own address space (VmHWM), read while it
// runs: wait4's ru_maxrss would not do, because Linux carries the
// pre-exec high-water mark over exec, and Go starts children with
// vfork semantics (CLONE_VM), so every child would report at least the
// bench's own peak (which holds the whole dataset).
type child struct {
	name    string
	cmd     *exec.Cmd
	started time.Time
	done    chan struct{}
	waitErr error
	hwm     int64 // the highest VmHWM read so far
}

// children started and not yet reaped, so an interrupted run leaves
// nothing behind.
var (
	childrenMu sync.Mutex
	children   = map[*child]bool{}
)

func startChild(name, dir, logPath string, stdout io.Writer, bin string, args ...string) (*child, error) {
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(f, "===== bench-e2e: %s %s\n", bin, strings.Join(args, " "))
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = childEnv()
	cmd.Stdout, cmd.Stderr = f, f
	if stdout != nil {
		cmd.Stdout = io.MultiWriter(f, stdout)
	}
	// Own process group (a Ctrl-C reaches the bench, which stops its
	// children itself), and gone with the bench.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	c := &child{name: name, cmd: cmd, done: make(chan struct{})}
	c.started = time.Now()
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	childrenMu.Lock()
	children[c] = true
	childrenMu.Unlock()
	go func() {
		c.waitErr = cmd.Wait()
		fmt.Fprintf(f, "===== bench-e2e: %s exited: %v\n", name, cmd.ProcessState)
		f.Close()
		childrenMu.Lock()
		delete(children, c)
		childrenMu.Unlock()
		close(c.done)
	}()
	return c, nil
}

// childEnv is the bench's environment without LLMOBS_* variables, which
// would override the flags it passes.
func childEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LLMOBS_") {
			out = append(out, kv)
		}
	}
	return out
}

func (c *child) exited() bool {
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// usage is a child's peak RSS (VmHWM, up to the moment it was asked to
// stop) and its CPU time (user + system, from wait4).
type usage struct {
	PeakRSS int64 // bytes
	CPU     time.Duration
}

// peakRSS reads the child's VmHWM (bytes) and returns the highest value
// read so far: the last one before it exited when it has (the bench reads
// it at every poll, so a child that dies still has one).
func (c *child) peakRSS() int64 {
	if c.exited() {
		return c.hwm // its pid may be another process's by now
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", c.cmd.Process.Pid))
	if err != nil {
		return c.hwm
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err == nil {
				c.hwm = max(c.hwm, kb<<10)
			}
			break
		}
	}
	return c.hwm
}

// stop reads the child's peak RSS, asks for a graceful exit (SIGTERM),
// kills after grace, and returns its usage.
func (c *child) stop(grace time.Duration) usage {
	var u usage
	u.PeakRSS = c.peakRSS()
	if !c.exited() {
		_ = c.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-c.done:
		case <-time.After(grace):
			_ = c.cmd.Process.Signal(syscall.SIGKILL)
			<-c.done
		}
	}
	if ps := c.cmd.ProcessState; ps != nil {
		u.CPU = ps.UserTime() + ps.SystemTime()
	}
	return u
}

func killChildren() {
	childrenMu.Lock()
	cs := make([]*child, 0, len(children))
	for c := range children {
		cs = append(cs, c)
	}
	childrenMu.Unlock()
	for _, c := range cs {
		_ = c.cmd.Process.Signal(syscall.SIGKILL)
		<-c.done
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// lineWaiter is an io.Writer that hands the first line containing a
// prefix to a channel (the broker prints its address on stdout).
type lineWaiter struct {
	prefix string
	mu     sync.Mutex
	buf    []byte
	found  chan string
	sent   bool
}

func newLineWaiter(prefix string) *lineWaiter {
	return &lineWaiter{prefix: prefix, found: make(chan string, 1)}
}

func (w *lineWaiter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.sent {
		return len(p), nil
	}
	w.buf = append(w.buf, p...)
	for {
		i := strings.IndexByte(string(w.buf), '\n')
		if i < 0 {
			break
		}
		line := strings.TrimSpace(string(w.buf[:i]))
		w.buf = w.buf[i+1:]
		if rest, ok := strings.CutPrefix(line, w.prefix); ok {
			w.found <- strings.TrimSpace(rest)
			w.sent = true
			break
		}
	}
	return len(p), nil
}

// broker is a standalone kfake broker (`llmobs kafka`) with DESIGN's
// topics.
type broker struct {
	c    *child
	addr string
}

func startBroker(ctx context.Context, llmobs, root, logDir string, partitions int) (*broker, error) {
	w := newLineWaiter("kafka listening on")
	c, err := startChild("kafka", root, filepath.Join(logDir, "kafka.log"), w, llmobs,
		"kafka", "-listen", "127.0.0.1:0", "-partitions", strconv.Itoa(partitions))
	if err != nil {
		return nil, err
	}
	var addr string
	select {
	case addr = <-w.found:
	case <-c.done:
		return nil, fmt.Errorf("the broker exited at start: %v (see %s)", c.waitErr, filepath.Join(logDir, "kafka.log"))
	case <-time.After(30 * time.Second):
		c.stop(time.Second)
		return nil, fmt.Errorf("the broker printed no address in 30 s")
	case <-ctx.Done():
		c.stop(time.Second)
		return nil, ctx.Err()
	}
	b := &broker{c: c, addr: addr}
	// DESIGN's topics, as the compose stack creates them before the
	// services start: the same broker state for both systems.
	cmd := exec.CommandContext(ctx, llmobs, "topics", "-kafka.brokers", addr, "-kafka.partitions", strconv.Itoa(partitions))
	cmd.Dir, cmd.Env = root, childEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.c.stop(time.Second)
		return nil, fmt.Errorf("llmobs topics: %v\n%s", err, out)
	}
	return b, nil
}

// committedAll reports whether group has committed, on every partition
// of topic, at least the partition's end offset in ends.
func committedAll(ctx context.Context, adm *kadm.Client, group, topic string, ends map[int32]int64) (bool, error) {
	offs, err := adm.FetchOffsets(ctx, group)
	if err != nil {
		return false, err
	}
	for p, end := range ends {
		o, ok := offs.Lookup(topic, p)
		if !ok || o.Err != nil || o.At < end {
			return false, nil
		}
	}
	return true, nil
}

func endOffsets(ctx context.Context, brokers []string, topic string) (map[int32]int64, error) {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...))
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	ends, err := kadm.NewClient(cl).ListEndOffsets(ctx, topic)
	if err != nil {
		return nil, err
	}
	out := map[int32]int64{}
	ends.Each(func(o kadm.ListedOffset) { out[o.Partition] = o.Offset })
	return out, nil
}

var httpc = &http.Client{Timeout: 2 * time.Second}

// metrics is one scrape of a Prometheus text page: per metric name the
// sum over its label sets, and per full sample name (name{labels}) its
// value.
type metrics struct {
	sums    map[string]float64
	samples map[string]float64
}

func (m metrics) sum(names ...string) float64 {
	var v float64
	for _, n := range names {
		v += m.sums[n]
	}
	return v
}

func (m metrics) has(name string) bool {
	_, ok := m.sums[name]
	return ok
}

func scrape(url string) (metrics, error) {
	resp, err := httpc.Get(url)
	if err != nil {
		return metrics{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return metrics{}, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return parseMetrics(resp.Body)
}

func parseMetrics(r io.Reader) (metrics, error) {
	m := metrics{sums: map[string]float64{}, samples: map[string]float64{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			continue
		}
		full := line[:i]
		name := full
		if j := strings.IndexByte(full, '{'); j >= 0 {
			name = full[:j]
		}
		m.sums[name] += v
		m.samples[full] = v
	}
	return m, sc.Err()
}

// clockTicks is USER_HZ, the unit of /proc's CPU times (100 on Linux).
const clockTicks = 100

// machineCPU is the CPU time (s) all processors spent busy since boot
// (user, nice, system, irq, softirq, steal: everything but idle and
// iowait).
func machineCPU() float64 {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0
	}
	var t float64
	for _, i := range []int{1, 2, 3, 6, 7, 8} {
		v, _ := strconv.ParseFloat(f[i], 64)
		t += v
	}
	return t / clockTicks
}

// procCPU is a live process's user + system CPU time (s).
func procCPU(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name is in parentheses and may hold spaces.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64) // field 14, utime
	k, _ := strconv.ParseFloat(f[12], 64) // field 15, stime
	return (u + k) / clockTicks
}

func selfCPU() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// cpuWatch splits the machine's CPU time over a run: the system under
// test, the broker, the bench itself, and everything else (other
// processes on the machine: a measurement they took CPU from is noisy).
type cpuWatch struct {
	machine, broker, self float64
	brokerPID             int
}

func startCPUWatch(brokerPID int) cpuWatch {
	return cpuWatch{machine: machineCPU(), broker: procCPU(brokerPID), self: selfCPU(), brokerPID: brokerPID}
}

// split returns the broker's and the others' CPU seconds since the
// start, given the system's own.
func (w cpuWatch) split(system float64) (broker, others float64) {
	machine := machineCPU() - w.machine
	broker = procCPU(w.brokerPID) - w.broker
	self := selfCPU() - w.self
	return broker, max(0, machine-broker-self-system)
}
