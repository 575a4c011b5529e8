package kafka

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

// member is one consumer of a static group, recording what it owns.
type member struct {
	cl      *kgo.Client
	mu      sync.Mutex
	owned   map[int32]bool
	revoked int
	cancel  context.CancelFunc
	done    chan struct{}
}

func join(t *testing.T, c Config, g Group, topic string) *member {
	t.Helper()
	m := &member{owned: map[int32]bool{}, done: make(chan struct{})}
	set := func(ps []int32, v bool) {
		m.mu.Lock()
		defer m.mu.Unlock()
		for _, p := range ps {
			if v {
				m.owned[p] = true
			} else {
				delete(m.owned, p)
				m.revoked++
			}
		}
	}
	cl, err := NewClient(c, "t", append(g.Opts(), kgo.ConsumeTopics(topic),
		kgo.OnPartitionsAssigned(func(_ context.Context, _ *kgo.Client, a map[string][]int32) { set(a[topic], true) }),
		kgo.OnPartitionsRevoked(func(_ context.Context, _ *kgo.Client, a map[string][]int32) { set(a[topic], false) }),
		kgo.OnPartitionsLost(func(_ context.Context, _ *kgo.Client, a map[string][]int32) { set(a[topic], false) }),
	)...)
	if err != nil {
		t.Fatal(err)
	}
	m.cl = cl
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	go func() {
		defer close(m.done)
		for ctx.Err() == nil {
			cl.PollFetches(ctx)
		}
	}()
	return m
}

func (m *member) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.owned)
}

// crash stops polling and closes the client without leaving the group, as
// a static member's process that is killed leaves it from the group's side
// (franz-go never sends LeaveGroup for a static member).
func (m *member) crash() {
	m.cancel()
	<-m.done
	m.cl.Close()
}

func waitOwned(t *testing.T, what string, limit time.Duration, ok func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !ok() {
		if time.Since(start) > limit {
			t.Fatalf("%s: not within %v", what, limit)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

// TestStaticMembership: with two static members sharing six partitions,
// (1) a member that restarts with its instance id gets its partitions back
// without waiting for its session to time out, and the survivor is never
// revoked (no rebalance: it consumes on without a stall); (2) a member that
// dies for good has its partitions moved to the survivor once its session
// times out. The rejoin time is logged (kfake's coordinator; a real
// broker's may differ).
func TestStaticMembership(t *testing.T) {
	cl, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(6, "in"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	c := DefaultConfig()
	c.Brokers = cl.ListenAddrs()
	const session = 6 * time.Second
	ga := Group{Name: "g", InstanceID: "a", SessionTimeout: session}
	gb := Group{Name: "g", InstanceID: "b", SessionTimeout: session}
	a := join(t, c, ga, "in")
	defer a.crash()
	waitOwned(t, "a owns all six", 20*time.Second, func() bool { return a.count() == 6 })
	b := join(t, c, gb, "in")
	waitOwned(t, "a and b share the six", 20*time.Second, func() bool { return a.count()+b.count() == 6 && b.count() > 0 })
	bOwned := b.count()
	aRevoked := func() int { a.mu.Lock(); defer a.mu.Unlock(); return a.revoked }
	revokedBefore := aRevoked()

	b.crash()
	restart := time.Now()
	b2 := join(t, c, gb, "in")
	d := waitOwned(t, "restarted b gets its partitions back", session, func() bool { return b2.count() == bOwned })
	t.Logf("static rejoin: the restarted member owned its %d partitions %v after it started (session timeout %v)", bOwned, d.Round(time.Millisecond), session)
	if time.Since(restart) >= session {
		t.Fatal("the rejoin waited for the old session to time out")
	}
	if got := aRevoked(); got != revokedBefore {
		t.Fatalf("the survivor had %d partitions revoked during the restart: a rebalance stalled it", got-revokedBefore)
	}

	b2.crash()
	d = waitOwned(t, "the survivor takes a dead member's partitions", 3*session, func() bool { return a.count() == 6 })
	t.Logf("a member that died for good: the survivor owned all 6 partitions %v later", d.Round(time.Millisecond))
}
