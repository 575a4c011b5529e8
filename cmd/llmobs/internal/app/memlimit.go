package app

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// DefaultMemoryTarget is the all-in-one's memory target against an
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
const DefaultMemoryTarget = 224 << 20

// MinHeapHeadroom is the least room the adaptive limit leaves the heap
// above what the last collection found live, as a fraction of it.
const MinHeapHeadroom = 1.0 / 3

// runtimeOverhead is what the limit counts besides the heap (stacks, the
// collector's and allocator's metadata, heap not yet returned): the
// adaptive limit adds it so that the heap itself gets its headroom.
const runtimeOverhead = 16 << 20

// MemoryLimit is -memory-limit: "" keeps GOMEMLIMIT from the environment
// when it is set, else the adaptive DefaultMemoryTarget against an
// external Kafka and none with the embedded broker; a size sets a fixed
// limit; "off" (or 0) sets none.
type MemoryLimit struct{ S string }

func (m *MemoryLimit) String() string { return m.S }

// Set checks the value.
func (m *MemoryLimit) Set(s string) error {
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
// external says whether Kafka is outside the process. adaptive is true
// when the limit is the default target, which Govern keeps adjusting.
func (m MemoryLimit) Apply(external bool) (limit int64, adaptive bool, err error) {
	s := m.S
	if s == "" {
		if env := os.Getenv("GOMEMLIMIT"); env != "" {
			return debug.SetMemoryLimit(-1), false, nil // the runtime read it
		}
		if !external {
			return 0, false, nil
		}
		debug.SetMemoryLimit(DefaultMemoryTarget)
		return DefaultMemoryTarget, true, nil
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

// adaptiveLimit is the limit for a live heap of live bytes.
func adaptiveLimit(target, live int64) int64 {
	return max(target, int64(float64(live)*(1+MinHeapHeadroom))+runtimeOverhead)
}

// Govern keeps the soft memory limit at adaptiveLimit(target, live heap)
// until ctx ends, reading the live heap after each garbage collection
// (polled every `every`; runtime/metrics, no stop-the-world).
func Govern(ctx context.Context, target int64, every time.Duration, log *slog.Logger) {
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
