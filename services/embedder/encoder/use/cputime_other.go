//go:build !linux

package use

// threadCPU: no per-thread CPU clock here; -1 makes the meter use wall time.
func threadCPU() int64 { return -1 }
