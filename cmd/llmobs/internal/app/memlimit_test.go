package app

import (
	"runtime/debug"
	"testing"
)

func TestMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	for _, c := range []struct {
		flag     string
		external bool
		want     int64
	}{
		{"", true, DefaultMemoryLimit},
		{"", false, 0},
		{"512MiB", false, 512 << 20},
		{"1GiB", true, 1 << 30},
		{"300MB", true, 300e6},
		{"200000000", true, 200000000},
		{"off", true, 0},
	} {
		var m MemoryLimit
		if c.flag != "" {
			if err := m.Set(c.flag); err != nil {
				t.Fatalf("%q: %v", c.flag, err)
			}
		}
		got, err := m.Apply(c.external)
		if err != nil || got != c.want {
			t.Errorf("%q external=%v: %d, %v; want %d", c.flag, c.external, got, err, c.want)
		}
		if set := debug.SetMemoryLimit(-1); c.want > 0 && set != c.want || c.want == 0 && c.flag == "off" && set != 1<<63-1 {
			t.Errorf("%q: runtime limit %d", c.flag, set)
		}
	}
	for _, bad := range []string{"lots", "-1MiB", "10MiB"} {
		var m MemoryLimit
		if err := m.Set(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
