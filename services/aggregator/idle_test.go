package aggregator

import (
	"testing"
	"time"
)

// TestStage1Idle: a partition quiet for idle_timeout has its watermark
// moved to the wall clock, unless it was polled or its last fetch showed
// records still waiting (behind is not idle).
func TestStage1Idle(t *testing.T) {
	s := fuzzService(t)
	for _, c := range []struct {
		name            string
		quiet           time.Duration
		polled, backlog bool
		idle            bool
	}{
		{"quiet past the timeout", time.Second, false, false, true},
		{"quiet, under the timeout", 100 * time.Millisecond, false, false, false},
		{"polled", time.Second, true, false, false},
		{"records waiting", time.Second, false, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := s.newStage1(2)
			p.assigned([]int32{0})
			now := time.Now()
			p.lastRec[0] = now.Add(-c.quiet)
			p.tick(now, map[int32]bool{0: c.polled}, map[int32]bool{0: c.backlog})
			wm, ok := p.parts[0].WatermarkMs()
			if got := ok && wm > now.Add(-time.Minute).UnixMilli(); got != c.idle {
				t.Fatalf("idle = %v (watermark %d, %v), want %v", got, wm, ok, c.idle)
			}
		})
	}
}
