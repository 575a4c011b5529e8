package embedder

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/llmobs/llmobs/services/embedder/index"
)

// The CPU bound settles where the encoder uses its share, returns to 1
// when the encoder idles, and costs nothing when off.
func TestCPUBudgetSettlesAtItsShare(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	if p := (*cpuBudget)(nil).keep(t0); p != 1 {
		t.Fatalf("nil budget keeps %v, want 1", p)
	}
	off := newCPUBudget(0, t0)
	off.spent(t0.Add(time.Second), 10*time.Second)
	if p := off.keep(t0.Add(2 * time.Second)); p != 1 {
		t.Fatalf("no bound keeps %v, want 1", p)
	}

	workers := float64(runtime.GOMAXPROCS(0))
	b := newCPUBudget(0.5, t0)
	now := t0
	// Demand: unbounded, the encoder would keep every worker busy; at
	// keep probability p it uses p of that.
	for i := 0; i < 40; i++ {
		p := b.keep(now)
		now = now.Add(time.Second)
		b.spent(now, time.Duration(p*workers*float64(time.Second)))
	}
	p := b.keep(now)
	used := p * workers // cores the encoder uses at p
	if math.Abs(used-0.5) > 0.05 {
		t.Fatalf("settled at p=%v, the encoder using %.2f cores, want 0.5", p, used)
	}
	// Idle: back to 1 within a few periods.
	for i := 0; i < 20; i++ {
		now = now.Add(time.Second)
		b.keep(now)
	}
	if p := b.keep(now); p != 1 {
		t.Fatalf("after idling keeps %v, want 1", p)
	}
	// Never below the floor.
	for i := 0; i < 100; i++ {
		now = now.Add(time.Second)
		b.spent(now, 100*time.Second)
	}
	if p := b.keep(now); p != minBudgetP {
		t.Fatalf("overwhelmed: keeps %v, want the floor %v", p, minBudgetP)
	}
}

// cpuEncoder is bowEncoder that says each text cost a second of CPU.
type cpuEncoder struct {
	bowEncoder
	cpu atomic.Int64
}

func (e *cpuEncoder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	time.Sleep(10 * time.Millisecond)
	e.cpu.Add(int64(len(texts)) * int64(time.Second))
	return e.bowEncoder.Embed(ctx, texts)
}

func (e *cpuEncoder) CPUTime() time.Duration { return time.Duration(e.cpu.Load()) }

// With encoder_cpu set, an encoder using more than its share samples new
// prompts (counted, none lost) although the embedder does not lag; its CPU
// is exported.
func TestEncoderCPUBoundSamples(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	var values [][]byte
	const n = 400
	for i := range n {
		values = append(values, batch(t, enriched(i, "chat-api", "gpt-4o", fmt.Sprintf("distinct question number %d about topic %d", i, i*7), i%60, 100, false)))
	}
	enc := &cpuEncoder{}
	r := start(t, kc, topics, mem, enc, func(c *Config) {
		c.MaxPollRecords = 5
		c.BatchSize = 5
		c.BatchWait = 10 * time.Millisecond
		c.SampleAboveLag = 1 << 40 // never by lag
		c.EncoderCPU = 0.5
	})
	// Produced in small steps over ~2 s, so the bound's one-second periods
	// pass while prompts still arrive.
	for i := 0; i < n; i += 20 {
		produce(t, kc, topics.Enriched, values[i:i+20]...)
		time.Sleep(100 * time.Millisecond)
	}
	waitFor(t, "all committed", 20*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	r.stop()
	embedded := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("embedded"))
	sampled := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("sampled_out"))
	if embedded+sampled != n {
		t.Errorf("embedded %v + sampled_out %v != %d: a prompt went uncounted", embedded, sampled, n)
	}
	if sampled == 0 {
		t.Error("nothing sampled although the encoder used far more than encoder_cpu")
	}
	if got := testutil.ToFloat64(r.svc.m.encoderCPU); got != embedded {
		t.Errorf("encoder CPU exported %v s, want %v (a second per embedded prompt)", got, embedded)
	}
	t.Logf("embedded %v, sampled out %v", embedded, sampled)
}
