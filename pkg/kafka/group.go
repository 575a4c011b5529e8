package kafka

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// Group describes how a service instance joins its consumer group.
type Group struct {
	// Name is the consumer group.
	Name string
	// InstanceID makes the membership static (KIP-345): a process that
	// restarts with the same instance id within SessionTimeout takes its
	// old member's place and gets the same partitions back at once, with
	// no rebalance, instead of joining as a new member and waiting for the
	// old one to time out. "" joins as a dynamic member.
	InstanceID string
	// SessionTimeout is how long the group waits for a member that
	// stopped heartbeating (a kill -9, a paused VM) before its partitions
	// move to the others. A restart within it is seamless; a longer one
	// costs one rebalance. 0 keeps franz-go's default (45 s).
	SessionTimeout time.Duration
}

// Opts are the franz-go group options for g: the group, static membership
// when an instance id is set, the session timeout with a heartbeat every
// third of it, and the cooperative-sticky balancer (members that keep their
// partitions through a rebalance keep consuming them; only the partitions
// that move stop), which is franz-go's default, stated here on purpose.
func (g Group) Opts() []kgo.Opt {
	opts := []kgo.Opt{
		kgo.ConsumerGroup(g.Name),
		kgo.Balancers(kgo.CooperativeStickyBalancer()),
	}
	if g.InstanceID != "" {
		opts = append(opts, kgo.InstanceID(g.instance()))
	}
	if g.SessionTimeout > 0 {
		opts = append(opts, kgo.SessionTimeout(g.SessionTimeout), kgo.HeartbeatInterval(min(3*time.Second, g.SessionTimeout/3)))
	}
	return opts
}

// Group returns the membership of one service instance in group name,
// with c's session timeout.
func (c Config) Group(name, instanceID string) Group {
	return Group{Name: name, InstanceID: instanceID, SessionTimeout: c.GroupSessionTimeout}
}

func (g Group) instance() string { return g.Name + "/" + g.InstanceID }

// Leave takes this instance's static membership out of the group, for a
// graceful stop: a static member's client does not leave on close (so
// that a crash-restart keeps its partitions), which would leave its
// partitions unconsumed for the session timeout after a deliberate stop
// or a scale-down. Call it after the group client is closed. A member the
// group no longer knows is not an error.
func (g Group) Leave(ctx context.Context, c Config) error {
	if g.InstanceID == "" {
		return nil
	}
	cl, err := NewClient(c, "leave")
	if err != nil {
		return err
	}
	defer cl.Close()
	id := g.instance()
	req := kmsg.NewPtrLeaveGroupRequest()
	req.Group = g.Name
	m := kmsg.NewLeaveGroupRequestMember()
	m.InstanceID = &id
	reason := "graceful shutdown"
	m.Reason = &reason
	req.Members = append(req.Members, m)
	resp, err := req.RequestWith(ctx, cl)
	if err != nil {
		return fmt.Errorf("leave group %s: %w", g.Name, err)
	}
	if err := kerr.ErrorForCode(resp.ErrorCode); err != nil {
		return fmt.Errorf("leave group %s: %w", g.Name, err)
	}
	for _, rm := range resp.Members {
		if err := kerr.ErrorForCode(rm.ErrorCode); err != nil && !errors.Is(err, kerr.UnknownMemberID) {
			return fmt.Errorf("leave group %s as %s: %w", g.Name, id, err)
		}
	}
	return nil
}

// LeaveAfter is Leave bounded by timeout, for a deferred call at the end of
// a consumer loop; it runs only when ctx is done (a graceful stop), never
// when the loop failed and the process may restart and rejoin.
func (g Group) LeaveAfter(ctx context.Context, c Config, timeout time.Duration) error {
	if ctx.Err() == nil {
		return nil
	}
	lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	return g.Leave(lctx, c)
}
