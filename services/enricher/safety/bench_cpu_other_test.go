//go:build !unix

package safety

func cpuNanos() int64 { return 0 }
