// Package memlimit sets a process's soft memory limit (Go's GOMEMLIMIT):
// the all-in-one's adaptive target against an external Kafka, a fixed
// limit or none from -memory-limit, and, by default in a container, a
// share of the container's memory limit, for every binary.
package memlimit

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DefaultTarget is the all-in-one's memory target against an
// external Kafka (--kafka), unless -memory-limit or the GOMEMLIMIT
// environment variable says otherwise: the soft memory limit (Go's
// GOMEMLIMIT) is kept at this or, when the live heap needs more, at the
// live heap plus a third (MinHeapHeadroom) — a target the working set
// can grow past, not a wall it thrashes against. With the embedded broker
// there is none by default: its log lives in the process's heap and
// grows with the data kept.
//
// Why a target and not a fixed limit: without a limit the garbage
// collector lets the heap grow to twice what is live (GOGC=100), so a
// burst held ~2× its working set in RSS; under a limit it collects more
// often as the heap nears it instead. But a fixed limit at or under the
// working set makes the collector run back to back (the runtime then
// caps it at half the CPU: a 384 MiB limit over a working set above it
// made the bench 5× slower). The floor of a third above the live heap
// bounds that cost at about three times GOGC=100's collections, whatever
// the working set, and lets the limit follow it down again.
//
// Peak RSS is about the limit plus ~60 MB outside Go's accounting (the
// binary's pages, the sentence encoder's weights): 224 MiB keeps the
// bench's 500,000-span backlog (`make bench-e2e`, live heap 140-170 MB)
// under 300 MB for ~15-20 % more CPU than 512 MiB (README, "End to end
// against the OpenTelemetry Collector"); in steady traffic the collector
// has little to do either way.
const DefaultTarget = 224 << 20

// ContainerShare is the part of the container's memory limit (cgroup)
// the soft limit takes when nothing else sets one: the rest is for what
// Go's limit does not count (the binary's pages, the sentence encoder's
// weights) and a margin before the kernel kills the process. Near the
// limit the collector works harder (at most half the CPU, the runtime's
// own cap) instead of the process being killed with its work lost.
const ContainerShare = 0.9

// MinHeapHeadroom is the least room the adaptive limit leaves the heap
// above what the last collection found live, as a fraction of it.
const MinHeapHeadroom = 1.0 / 3

// runtimeOverhead is what the limit counts besides the heap (stacks, the
// collector's and allocator's metadata, heap not yet returned): the
// adaptive limit adds it so that the heap itself gets its headroom.
const runtimeOverhead = 16 << 20

// Flag is -memory-limit: "" keeps GOMEMLIMIT from the environment when
// it is set, else the default (Apply); a size sets a fixed limit; "off"
// (or 0) sets none.
type Flag struct{ S string }

func (m *Flag) String() string { return m.S }

// Set checks the value.
func (m *Flag) Set(s string) error {
	if _, _, err := parseLimit(s); err != nil {
		return err
	}
	m.S = s
	return nil
}

// parseLimit reads 400MiB, 1GiB, 512MB, 300000000, off, 0.
func parseLimit(s string) (n int64, off bool, err error) {
	t := strings.TrimSpace(s)
	if t == "off" || t == "0" {
		return 0, true, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSuffix(t, u.suf), u.m
			break
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
	if err != nil || v < 0 {
		return 0, false, fmt.Errorf("memory limit %q: want bytes with an optional unit (384MiB, 1GiB), or off", s)
	}
	if n = int64(v * float64(mult)); n < 64<<20 {
		return 0, false, fmt.Errorf("memory limit %q: under 64 MiB the collector would run all the time; use off for none", s)
	}
	return n, false, nil
}

// Apply sets the process's soft memory limit and returns it (0: none).
// external says whether Kafka is outside the process (the all-in-one's
// adaptive target applies then); container is the container's memory
// limit (Container; 0: none). adaptive is true when the limit is the
// target, which Govern keeps adjusting under Cap(container).
//
// The default, when neither the flag nor GOMEMLIMIT says: against an
// external Kafka the target, never above the container's share; else
// the container's share as a fixed limit; else none (the embedded
// broker's log lives in the heap and grows with the data kept).
func (m Flag) Apply(external bool, container int64) (limit int64, adaptive bool, err error) {
	s := m.S
	if s == "" {
		if env := os.Getenv("GOMEMLIMIT"); env != "" {
			return debug.SetMemoryLimit(-1), false, nil // the runtime read it
		}
		c := Cap(container)
		switch {
		case external:
			t := int64(DefaultTarget)
			if c > 0 {
				t = min(t, c)
			}
			debug.SetMemoryLimit(t)
			return t, true, nil
		case c > 0:
			debug.SetMemoryLimit(c)
			return c, false, nil
		}
		return 0, false, nil
	}
	n, off, err := parseLimit(s)
	if err != nil {
		return 0, false, err
	}
	if off {
		debug.SetMemoryLimit(1<<63 - 1)
		return 0, false, nil
	}
	debug.SetMemoryLimit(n)
	return n, false, nil
}

// Cap is the most the soft limit is by default in a container of limit
// bytes (Container): its ContainerShare; 0 without a container limit.
func Cap(limit int64) int64 {
	if limit <= 0 {
		return 0
	}
	return int64(float64(limit) * ContainerShare)
}

// Container is the memory limit of the cgroup this process runs in
// (cgroup v2, or v1's memory controller), the lowest on the way from its
// cgroup to the root of the hierarchy; 0 when there is none or it cannot
// be read (not Linux, no cgroup file system).
func Container() int64 { return containerLimit("/proc/self/cgroup", "/sys/fs/cgroup") }

// containerLimit is Container reading self (/proc/self/cgroup) and the
// hierarchies under root.
func containerLimit(self, root string) int64 {
	b, err := os.ReadFile(self)
	if err != nil {
		return 0
	}
	var low int64
	read := func(file string) {
		v, err := os.ReadFile(file)
		if err != nil {
			return
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(v)), 10, 64)
		// "max" (v2) does not parse; v1 says no limit with ~2^63.
		if err != nil || n <= 0 || n >= 1<<62 {
			return
		}
		if low == 0 || n < low {
			low = n
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.SplitN(line, ":", 3)
		if len(f) != 3 {
			continue
		}
		var dir, file string
		switch {
		case f[0] == "0" && f[1] == "": // v2
			dir, file = root, "memory.max"
		case slices.Contains(strings.Split(f[1], ","), "memory"): // v1
			dir, file = filepath.Join(root, "memory"), "memory.limit_in_bytes"
		default:
			continue
		}
		// A parent's limit bounds the process too. In a container the
		// path may name the host's hierarchy, which is not mounted
		// there: then the root of the mounted one is what is read.
		for p := filepath.Clean("/" + f[2]); ; p = filepath.Dir(p) {
			read(filepath.Join(dir, p, file))
			if p == "/" {
				break
			}
		}
	}
	return low
}

// adaptiveLimit is the limit for a live heap of live bytes.
func adaptiveLimit(target, live int64) int64 {
	return max(target, int64(float64(live)*(1+MinHeapHeadroom))+runtimeOverhead)
}

// Govern keeps the soft memory limit at adaptiveLimit(target, live heap),
// never above ceiling (a container's share, Cap; 0: no ceiling), until
// ctx ends, reading the live heap after each garbage collection (polled
// every `every`; runtime/metrics, no stop-the-world).
func Govern(ctx context.Context, target, ceiling int64, every time.Duration, log *slog.Logger) {
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	t := time.NewTicker(every)
	defer t.Stop()
	var cycles uint64
	cur := target
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 || samples[1].Value.Kind() != metrics.KindUint64 {
			return // not this runtime's metrics: the limit stays fixed
		}
		c := samples[1].Value.Uint64()
		if c == cycles {
			continue // no collection since the last look: the live heap is as it was
		}
		cycles = c
		want := adaptiveLimit(target, int64(samples[0].Value.Uint64()))
		if ceiling > 0 {
			want = min(want, ceiling)
		}
		if want == cur || (want > target && cur > target && abs(want-cur) < cur/64) {
			continue // not worth a change: within 1.6 %
		}
		if (want > target) != (cur > target) {
			log.Debug("soft memory limit follows the live heap", "limit_bytes", want, "target_bytes", target)
		}
		debug.SetMemoryLimit(want)
		cur = want
	}
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
