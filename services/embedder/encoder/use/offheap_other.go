//go:build !unix

package use

// weightArena: without anonymous maps the weights are ordinary heap slices.
type weightArena struct{}

func (a *weightArena) f32(n int) []float32 { return make([]float32, n) }
func (a *weightArena) own(*Model)          {}
func (a *weightArena) release()            {}
