package app

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// DefaultMemoryLimit is the all-in-one's soft memory limit (Go's
// GOMEMLIMIT) against an external Kafka (--kafka) unless -memory-limit or
// the GOMEMLIMIT environment variable says otherwise. With the embedded
// broker there is none by default: its log lives in the process's heap
// and grows with the data kept, which a fixed limit would turn into
// garbage collection all the time. Without one the garbage collector lets the heap grow to
// twice what is live (GOGC=100), so a burst held ~2× its working set in
// RSS; with it the collector runs more often as the heap nears the limit
// instead. It is soft: a working set above it is not refused, it costs
// CPU (the runtime caps the collector at about half of it), so the
// buffers that make up the working set are bounded too (kafka.buffers,
// aggregator.calls.max_bytes, ...). The closer the limit to the working
// set (~300 MB through the bench's backlog), the more often the collector
// runs: a 384 MiB limit over a working set above it made the bench 5×
// slower; 512 MiB leaves the collector about as much headroom as GOGC=100
// would at that working set. Measured with `make bench-e2e` (README, "End
// to end against the OpenTelemetry Collector").
const DefaultMemoryLimit = 512 << 20

// MemoryLimit is -memory-limit: "" keeps GOMEMLIMIT from the environment
// when it is set, else DefaultMemoryLimit against an external Kafka and
// none with the embedded broker; "off" (or 0) sets none.
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
// external says whether Kafka is outside the process.
func (m MemoryLimit) Apply(external bool) (int64, error) {
	s := m.S
	if s == "" {
		if env := os.Getenv("GOMEMLIMIT"); env != "" {
			return debug.SetMemoryLimit(-1), nil // the runtime read it
		}
		if !external {
			return 0, nil
		}
		debug.SetMemoryLimit(DefaultMemoryLimit)
		return DefaultMemoryLimit, nil
	}
	n, off, err := parseLimit(s)
	if err != nil {
		return 0, err
	}
	if off {
		debug.SetMemoryLimit(1<<63 - 1)
		return 0, nil
	}
	debug.SetMemoryLimit(n)
	return n, nil
}
