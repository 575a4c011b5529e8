package embedder

import (
	"context"
	"fmt"
	"math"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/llmobs/llmobs/services/embedder/index"
)

// The CPU bound holds the encoder to its share under any demand, never
// samples traffic below it, and costs nothing when off.
func TestCPUBudgetHoldsItsShare(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	if p := (*cpuBudget)(nil).share(t0, 100); p != 1 {
		t.Fatalf("nil budget keeps %v, want 1", p)
	}
	off := newCPUBudget(0, t0)
	off.spent(t0.Add(time.Second), 10*time.Second, 100)
	if p := off.share(t0.Add(2*time.Second), 1000); p != 1 {
		t.Fatalf("no bound keeps %v, want 1", p)
	}

	// simulate: flushes every 200 ms with n new texts of 20 ms each, kept
	// at the bound's probability (the expected number); the CPU used.
	simulate := func(b *cpuBudget, from time.Time, seconds int, n int) (used float64, minP float64) {
		minP = 1
		now := from
		for range seconds * 5 {
			now = now.Add(200 * time.Millisecond)
			p := b.share(now, n)
			minP = math.Min(minP, p)
			kept := p * float64(n)
			cpu := time.Duration(kept * 0.02 * float64(time.Second))
			b.spent(now, cpu, int(math.Ceil(kept)))
			used += cpu.Seconds()
		}
		return used, minP
	}
	b := newCPUBudget(0.5, t0)
	// Demand 4 cores (200 texts a second): held to 0.5 + the burst.
	used, _ := simulate(b, t0, 60, 40)
	if max := 0.5*60 + b.burst() + 0.05; used > max || used < 0.5*60*0.9 {
		t.Fatalf("60 s of 4 cores' demand used %.2f CPU s, want about %.1f (at most %.2f)", used, 0.5*60, max)
	}
	// Demand 0.2 cores (10 texts a second): never sampled, once the
	// credit is back.
	later := t0.Add(10 * time.Minute)
	used, minP := simulate(b, later, 60, 2)
	if minP != 1 || math.Abs(used-0.2*60) > 0.01 {
		t.Fatalf("0.2 cores of demand: kept at %v, used %.2f CPU s; want 1 and %.1f", minP, used, 0.2*60)
	}
	// Never below the floor.
	if p := b.share(later.Add(time.Hour), 1); p != 1 {
		t.Fatalf("after an idle hour one text keeps %v, want 1", p)
	}
	b.spent(later.Add(time.Hour), 1000*time.Second, 1)
	if p := b.share(later.Add(time.Hour), 10); p != minBudgetP {
		t.Fatalf("overwhelmed: keeps %v, want the floor %v", p, minBudgetP)
	}
	// Live traffic (the newest call ended seconds ago) is not bounded and
	// not paid for; a backlog's is.
	now := later.Add(time.Hour)
	b.setLive(now.Add(-5*time.Second), now)
	b.spent(now, 1000*time.Second, 1)
	if p := b.share(now, 10_000); p != 1 {
		t.Fatalf("live traffic keeps %v, want 1", p)
	}
	b.setLive(now.Add(-2*catchUpAfter), now)
	if p := b.share(now, 10); p != minBudgetP {
		t.Fatalf("catching up after live traffic keeps %v, want the floor %v (the debt from before)", p, minBudgetP)
	}
}

// cpuEncoder is bowEncoder that says each text cost a second of CPU
// (free while free is set).
type cpuEncoder struct {
	bowEncoder
	cpu  atomic.Int64
	free atomic.Bool
}

func (e *cpuEncoder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	time.Sleep(10 * time.Millisecond)
	if !e.free.Load() {
		e.cpu.Add(int64(len(texts)) * int64(time.Second))
	}
	return e.bowEncoder.Embed(ctx, texts)
}

func (e *cpuEncoder) CPUTime() time.Duration { return time.Duration(e.cpu.Load()) }

// With encoder_cpu set, an encoder using more than its share samples new
// prompts (counted, none lost) although the embedder does not lag; its CPU
// is exported. Prompts of failed calls, which the lag sampling always
// keeps, are bounded too: every distinct text of a backlog tends to have a
// failed call somewhere, so exempting them let the encoder take 0.47 cores
// of `make bench-e2e` with encoder_cpu 0.1 (and as much with 0.25).
func TestEncoderCPUBoundSamples(t *testing.T) {
	for _, failed := range []bool{false, true} {
		t.Run(fmt.Sprintf("failed_calls=%v", failed), func(t *testing.T) { encoderCPUBoundSamples(t, failed) })
	}
}

func encoderCPUBoundSamples(t *testing.T, failed bool) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	var values [][]byte
	const n = 400
	for i := range n {
		values = append(values, batch(t, enriched(i, "chat-api", "gpt-4o", fmt.Sprintf("distinct question number %d about topic %d", i, i*7), i%60, 100, failed)))
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

// Known prompts asked in another service for the first time need their
// vector again (topics are per service): the CPU bound holds those too,
// counting what it left for the service's total only.
func TestEncoderCPUBoundKnownInNewService(t *testing.T) {
	kc, topics := newCluster(t)
	mem := index.NewMemory()
	const n = 300
	text := func(i int) string { return fmt.Sprintf("distinct question number %d about topic %d", i, i*7) }
	enc := &cpuEncoder{}
	enc.free.Store(true)
	r := start(t, kc, topics, mem, enc, func(c *Config) {
		c.MaxPollRecords = 5
		c.BatchSize = 5
		c.BatchWait = 10 * time.Millisecond
		c.SampleAboveLag = 1 << 40
		c.EncoderCPU = 0.5
	})
	var first [][]byte
	for i := range n {
		first = append(first, batch(t, enriched(i, "chat-api", "gpt-4o", text(i), i%60, 100, false)))
	}
	produce(t, kc, topics.Enriched, first...)
	waitFor(t, "service one committed", 20*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	if got := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("embedded")); got != n {
		t.Fatalf("service one: %v embedded, want all %d (the encoder was free)", got, n)
	}
	enc.free.Store(false)
	for i := 0; i < n; i += 20 {
		var vs [][]byte
		for j := i; j < i+20; j++ {
			vs = append(vs, batch(t, enriched(n+j, "search-api", "gpt-4o", text(j), j%60, 100, false)))
		}
		produce(t, kc, topics.Enriched, vs...)
		time.Sleep(100 * time.Millisecond)
	}
	waitFor(t, "service two committed", 20*time.Second, func() bool { return committedLag(t, kc, topics.Enriched, "llmobs-embedder") == 0 })
	r.stop()
	skipped := testutil.ToFloat64(r.svc.m.topicSkipped)
	reembedded := testutil.ToFloat64(r.svc.m.encoderCPU) // a second per text
	if skipped == 0 || skipped+reembedded != n {
		t.Fatalf("service two: %v re-embedded + %v skipped, want %d with some skipped", reembedded, skipped, n)
	}
	if got := testutil.ToFloat64(r.svc.m.prompts.WithLabelValues("deduplicated")); got != n {
		t.Fatalf("service two: %v deduplicated, want %d", got, n)
	}
	t.Logf("service two: %v re-embedded, %v left for its total only", reembedded, skipped)
}
