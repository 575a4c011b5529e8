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
// A token bucket of CPU seconds: credit accrues at `cores` per second of
// wall time up to a burst (2 s of the bound, at least half a second), and
// every encoder call pays what it used — the built-in encoder's thread CPU
// clocks (encoder.USELite.CPUTime), exact however loaded the machine is;
// a remote encoder (openai) uses no CPU here and is never bounded. Before
// a flush embeds its n new texts, share(n) is the probability that keeps
// about as many as the credit pays for at the cost per text seen so far;
// like the lag sampling beside it, the choice is by the text's hash and
// every text left out is counted sampled_out. Over any stretch the encoder
// uses at most its bound plus the burst.
//
// The bound holds only while the embedder catches up: while the newest
// call of a flush ended more than catchUpAfter ago (a backlog after an
// outage or a restart, a replay, a pipeline that fell behind). Live
// traffic is embedded in full, as without the bound: its novelty surges
// (LLMNovelPromptSurge) need every new text, and should live traffic
// outgrow the encoder, the pipeline falls behind and the bound holds.
type cpuBudget struct {
	cores  float64 // 0: no bound
	live   bool    // the current flush is live traffic: not bounded (setLive)
	mu     sync.Mutex
	credit float64   // CPU seconds the encoder may still use
	last   time.Time // when credit was last topped up
	cost   float64   // CPU seconds per text (moving average)
}

// minBudgetP: the lowest keep probability the CPU bound sets (one new
// text in 10,000 is still embedded, so search and novelty never go dark).
const minBudgetP = 1e-4

func newCPUBudget(cores float64, now time.Time) *cpuBudget {
	b := &cpuBudget{cores: cores, last: now, cost: 0.02}
	b.credit = b.burst()
	return b
}

// catchUpAfter: a flush whose newest call ended longer ago than this is
// catching up, and the bound holds.
const catchUpAfter = time.Minute

// setLive says whether the flush about to run is live traffic (its newest
// call ended within catchUpAfter of now): then share is 1 and its encoder
// calls are not paid for.
func (b *cpuBudget) setLive(newest, now time.Time) {
	if b == nil || b.cores <= 0 {
		return
	}
	b.mu.Lock()
	b.live = now.Sub(newest) <= catchUpAfter
	b.mu.Unlock()
}

func (b *cpuBudget) burst() float64 { return math.Max(0.5, 2*b.cores) }

// refill tops the credit up for the time since the last call.
func (b *cpuBudget) refill(now time.Time) {
	if el := now.Sub(b.last).Seconds(); el > 0 {
		b.credit = math.Min(b.burst(), b.credit+el*b.cores)
		b.last = now
	}
}

// bounding says whether share may be below 1 now (a bound, and not live
// traffic): callers count their candidate texts only then.
func (b *cpuBudget) bounding() bool {
	if b == nil || b.cores <= 0 {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return !b.live
}

// share is the keep probability for a flush with n new texts.
func (b *cpuBudget) share(now time.Time, n int) float64 {
	if b == nil || b.cores <= 0 || n == 0 {
		return 1
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(now)
	if b.live {
		return 1
	}
	p := b.credit / (b.cost * float64(n))
	return math.Max(minBudgetP, math.Min(1, p))
}

// spent records the CPU time one encoder call used for texts texts.
func (b *cpuBudget) spent(now time.Time, cpu time.Duration, texts int) {
	if b == nil || b.cores <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(now)
	if b.live {
		return
	}
	b.credit -= cpu.Seconds()
	if texts > 0 && cpu > 0 {
		b.cost = 0.8*b.cost + 0.2*cpu.Seconds()/float64(texts)
	}
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
		s.budget.spent(now, used, texts)
	}
}

// encoderCPU reads the encoder's CPU clock (0 for an encoder without one).
func (s *Service) encoderCPU() time.Duration {
	if ct, ok := s.enc.(cpuTimer); ok {
		return ct.CPUTime()
	}
	return 0
}
