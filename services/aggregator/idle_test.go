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
		known, buffered bool // partition polled this session; client holds records
		idle            bool
	}{
		{"quiet past the timeout", time.Second, false, false, true, false, true},
		{"quiet, under the timeout", 100 * time.Millisecond, false, false, true, false, false},
		{"polled", time.Second, true, false, true, false, false},
		{"its last fetch showed records waiting", time.Second, false, true, true, false, false},
		{"caught up, others' records buffered", time.Second, false, false, true, true, true},
		{"not polled yet, records buffered", time.Second, false, false, false, true, false},
		{"not polled yet, nothing buffered", time.Second, false, false, false, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := s.newStage1(2)
			p.assigned([]int32{0})
			now := time.Now()
			p.lastRec[0] = now.Add(-c.quiet)
			backlog := map[int32]bool{}
			if c.known {
				backlog[0] = c.backlog
			}
			p.tick(now, map[int32]bool{0: c.polled}, backlog, c.buffered)
			wm, ok := p.parts[0].WatermarkMs()
			if got := ok && wm > now.Add(-time.Minute).UnixMilli(); got != c.idle {
				t.Fatalf("idle = %v (watermark %d, %v), want %v", got, wm, ok, c.idle)
			}
		})
	}
}
