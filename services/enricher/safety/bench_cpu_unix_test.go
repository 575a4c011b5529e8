//go:build unix

package safety

import "syscall"

// cpuNanos is the process's CPU time (user and system): on a shared
// machine it says what the work cost where wall time says how busy the
// machine was.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
