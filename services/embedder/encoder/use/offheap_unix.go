//go:build unix

package use

import (
	"runtime"
	"syscall"
	"unsafe"
)

// weightArena holds the model's float32 weights outside the Go heap, in
// anonymous memory maps: ~26 MB that never change and hold no pointers,
// so the garbage collector has nothing to scan there, and — what matters
// under a soft memory limit (GOMEMLIMIT, the all-in-one's default) — they
// do not count toward the heap whose growth sets the collector's pace. The
// resident memory is the same. The maps are released when the Model that
// owns them is collected.
type weightArena struct{ maps [][]byte }

// f32 returns n zeroed float32s, off the heap when the kernel allows it.
func (a *weightArena) f32(n int) []float32 {
	if n == 0 {
		return []float32{}
	}
	b, err := syscall.Mmap(-1, 0, 4*n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]float32, n)
	}
	a.maps = append(a.maps, b)
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), n)
}

// own ties the maps' lifetime to m: they are unmapped once m is unreachable.
func (a *weightArena) own(m *Model) {
	if len(a.maps) == 0 {
		return
	}
	runtime.AddCleanup(m, func(maps [][]byte) {
		for _, b := range maps {
			_ = syscall.Munmap(b)
		}
	}, a.maps)
	a.maps = nil
}

// release unmaps what a failed Load allocated.
func (a *weightArena) release() {
	for _, b := range a.maps {
		_ = syscall.Munmap(b)
	}
	a.maps = nil
}
