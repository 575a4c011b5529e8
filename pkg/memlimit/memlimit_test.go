package memlimit

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"testing/synctest"
	"time"
)

func TestMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	for _, c := range []struct {
		flag      string
		external  bool
		container int64
		want      int64
		adaptive  bool
	}{
		{"", true, 0, DefaultTarget, true},
		{"", false, 0, 0, false},
		// In a container: its share, fixed; the target under it.
		{"", false, 1 << 30, 1 << 30 * 9 / 10, false},
		{"", true, 1 << 30, DefaultTarget, true},
		{"", true, 200 << 20, 180 << 20, true},
		// The flag wins over the container.
		{"512MiB", false, 256 << 20, 512 << 20, false},
		{"1GiB", true, 0, 1 << 30, false},
		{"300MB", true, 0, 300e6, false},
		{"200000000", true, 0, 200000000, false},
		{"off", true, 1 << 30, 0, false},
	} {
		var m Flag
		if c.flag != "" {
			if err := m.Set(c.flag); err != nil {
				t.Fatalf("%q: %v", c.flag, err)
			}
		}
		got, adaptive, err := m.Apply(c.external, c.container)
		if err != nil || got != c.want || adaptive != c.adaptive {
			t.Errorf("%q external=%v container=%d: %d (adaptive %v), %v; want %d (adaptive %v)", c.flag, c.external, c.container, got, adaptive, err, c.want, c.adaptive)
		}
		if set := debug.SetMemoryLimit(-1); c.want > 0 && set != c.want || c.want == 0 && c.flag == "off" && set != 1<<63-1 {
			t.Errorf("%q: runtime limit %d", c.flag, set)
		}
	}
	for _, bad := range []string{"lots", "-1MiB", "10MiB"} {
		var m Flag
		if err := m.Set(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestAdaptiveLimit(t *testing.T) {
	const target = 224 << 20
	for _, c := range []struct{ live, want int64 }{
		{0, target},
		{100 << 20, target},
		{150 << 20, target},                    // 150 × 4/3 + 16 = 216 MiB
		{180 << 20, 240<<20 + runtimeOverhead}, // a third above the live heap
		{3 << 30, 4<<30 + runtimeOverhead},     // any working set gets its third
	} {
		if got := adaptiveLimit(target, c.live); got != c.want {
			t.Errorf("live %d MiB: limit %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

// Govern raises the limit when the live heap outgrows the target (no
// collection back to back against a fixed limit) and lowers it back to
// the target when the heap shrinks.
func TestGovernFollowsTheLiveHeap(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	const target = 64 << 20
	debug.SetMemoryLimit(target)
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); Govern(ctx, target, 0, 5*time.Millisecond, slog.New(slog.DiscardHandler)) }()
		defer func() { cancel(); <-done }()
		// A collection, then one poll of the governor (the bubble's
		// clock): the limit must follow at that poll, not eventually.
		afterGC := func() int64 {
			runtime.GC()
			time.Sleep(5 * time.Millisecond)
			synctest.Wait()
			return debug.SetMemoryLimit(-1)
		}
		if l := afterGC(); l != target {
			t.Fatalf("nothing live: the limit is %d MiB, want the target", l>>20)
		}
		live := make([][]byte, 96)
		for i := range live {
			live[i] = make([]byte, 1<<20) // 96 MiB live: above the target
		}
		if l := afterGC(); l < 128<<20 {
			t.Fatalf("96 MiB live: the limit stayed %d MiB, want ≥ 128 MiB (live + a third)", l>>20)
		}
		runtime.KeepAlive(live)
		live = nil
		if l := afterGC(); l != target {
			t.Fatalf("the heap freed: the limit is %d MiB, want the target back", l>>20)
		}
	})
}

// Under a ceiling (a container's share) the governor follows the live
// heap only up to it.
func TestGovernStaysUnderTheCeiling(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	const target, ceiling = 64 << 20, 100 << 20
	debug.SetMemoryLimit(target)
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			Govern(ctx, target, ceiling, 5*time.Millisecond, slog.New(slog.DiscardHandler))
		}()
		defer func() { cancel(); <-done }()
		live := make([][]byte, 96)
		for i := range live {
			live[i] = make([]byte, 1<<20)
		}
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
		synctest.Wait()
		if l := debug.SetMemoryLimit(-1); l != ceiling {
			t.Fatalf("96 MiB live under a 100 MiB ceiling: the limit is %d MiB, want the ceiling", l>>20)
		}
		runtime.KeepAlive(live)
	})
}

// The container's limit is read from the process's cgroup, v2 or v1, the
// lowest on the way to the root; "max" and v1's 2^63 are no limit.
func TestContainerLimit(t *testing.T) {
	for _, c := range []struct {
		name  string
		self  string
		files map[string]string
		want  int64
	}{
		{"v2, a container's own namespace", "0::/\n", map[string]string{"memory.max": "536870912\n"}, 512 << 20},
		{"v2, no limit", "0::/\n", map[string]string{"memory.max": "max\n"}, 0},
		{"v2, a systemd unit under a parent's limit", "0::/system.slice/llmobs.service\n",
			map[string]string{"system.slice/llmobs.service/memory.max": "max", "system.slice/memory.max": "1073741824"}, 1 << 30},
		{"v2, the lower of the unit and its parent", "0::/a/b\n", map[string]string{"a/b/memory.max": "300000000", "a/memory.max": "400000000"}, 300000000},
		{"v2, a host path not mounted in the container", "0::/docker/abc\n", map[string]string{"memory.max": "268435456"}, 256 << 20},
		{"v1 hybrid", "4:memory:/process_api/x\n0::/\n1:cpu:/\n",
			map[string]string{"memory/process_api/x/memory.limit_in_bytes": "9223372036854771712", "memory/memory.limit_in_bytes": "9223372036854771712"}, 0},
		{"v1 with a limit", "5:cpuacct,memory:/kubepods/pod1\n",
			map[string]string{"memory/kubepods/pod1/memory.limit_in_bytes": "805306368"}, 768 << 20},
		{"no cgroup file", "", nil, 0},
		{"garbage", "0::/\n", map[string]string{"memory.max": "lots"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			self := filepath.Join(dir, "self")
			if c.self != "" {
				if err := os.WriteFile(self, []byte(c.self), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			root := filepath.Join(dir, "cgroup")
			for name, v := range c.files {
				p := filepath.Join(root, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(v), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if got := containerLimit(self, root); got != c.want {
				t.Fatalf("limit %d, want %d", got, c.want)
			}
		})
	}
	t.Logf("this machine: %d", Container())
}
