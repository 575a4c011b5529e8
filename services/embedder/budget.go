package embedder

import (
	"math"
	"sync"
	"time"
)

// cpuBudget bounds the CPU the sentence encoder uses (Config.EncoderCPU
// cores on average). The encoder is the embedder's one expensive step (a
// 128-token prompt costs ~20 ms of a core with USE Lite) and, in the
// all-in-one binary, it competes for the same cores as the stages that
// compute the SLIs: catching up on a backlog, an unbounded encoder took a
// third of the process's CPU and slowed every SLI by as much.
//
// The bound works like the lag sampling it sits beside: it lowers the
// probability that a new text is embedded, decided by the text's hash
// (so one text's fate is the same in every poll at one probability), and
// every text it leaves out is counted as sampled_out. Each encoder call
// reports the CPU it used: the built-in encoder's thread CPU clocks
// (encoder.USELite.CPUTime), exact however loaded the machine is; a remote
// encoder (openai) uses no CPU here and is never bounded. Once a period of
// at least a second has passed, the probability is scaled by
// budget / used (at most doubled per period, never below minP), so it
// settles where the encoder uses its share and returns to 1 when the
// traffic lets it.
type cpuBudget struct {
	cores float64 // 0: no bound
	mu    sync.Mutex
	p     float64
	start time.Time // start of the current period
	used  float64   // encoder CPU seconds in the current period
}

// minBudgetP: the lowest keep probability the CPU bound sets (one new
// text in 10,000 is still embedded, so search and novelty never go dark).
const minBudgetP = 1e-4

func newCPUBudget(cores float64, now time.Time) *cpuBudget {
	return &cpuBudget{cores: cores, p: 1, start: now}
}

// keep returns the keep probability the bound allows now.
func (b *cpuBudget) keep(now time.Time) float64 {
	if b == nil || b.cores <= 0 {
		return 1
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll(now)
	return b.p
}

// spent records the CPU time one encoder call used.
func (b *cpuBudget) spent(now time.Time, cpu time.Duration) {
	if b == nil || b.cores <= 0 {
		return
	}
	b.mu.Lock()
	b.used += cpu.Seconds()
	b.roll(now)
	b.mu.Unlock()
}

// roll closes the current period once it is a second long and adjusts p.
func (b *cpuBudget) roll(now time.Time) {
	el := now.Sub(b.start).Seconds()
	if el < 1 {
		return
	}
	allowed := b.cores * el
	f := 2.0
	if b.used > 0 {
		f = math.Min(2, allowed/b.used)
	}
	b.p = math.Max(minBudgetP, math.Min(1, b.p*f))
	b.start, b.used = now, 0
}

// cpuTimer is an encoder that reports the CPU its calls used.
type cpuTimer interface{ CPUTime() time.Duration }

// encoded records one encoder call that began at start, when the encoder's
// CPU clock read cpu0: its metrics and its share of the CPU bound.
func (s *Service) encoded(start time.Time, cpu0 time.Duration, texts int) {
	now := time.Now()
	s.m.embedSeconds.Observe(now.Sub(start).Seconds())
	s.m.embedBatch.Observe(float64(texts))
	if ct, ok := s.enc.(cpuTimer); ok {
		used := ct.CPUTime() - cpu0
		s.m.encoderCPU.Add(used.Seconds())
		s.budget.spent(now, used)
	}
}

// encoderCPU reads the encoder's CPU clock (0 for an encoder without one).
func (s *Service) encoderCPU() time.Duration {
	if ct, ok := s.enc.(cpuTimer); ok {
		return ct.CPUTime()
	}
	return 0
}
