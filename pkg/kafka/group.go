package kafka

import (
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
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
		opts = append(opts, kgo.InstanceID(g.Name+"/"+g.InstanceID))
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
