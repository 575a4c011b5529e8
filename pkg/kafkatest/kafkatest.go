// Package kafkatest is the one Kafka setup every llmobs test uses: an
// in-process kfake cluster (a real Kafka protocol server) with DESIGN's
// topics seeded, the kafka.Config that reaches it, clients that close with
// the test, and service.Deps for running a service against it.
package kafkatest

import (
	"io"
	"log/slog"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/service"
)

// Cluster is a running kfake cluster; it closes when the test ends.
type Cluster struct {
	*kfake.Cluster
	Kafka  kafka.Config // DefaultConfig with Brokers set
	Topics kafka.Topics // DefaultTopics

	opts  []kfake.Opt // what started it, for Revive
	addrs []string    // where it listened before Kill
}

// Kill stops the broker as a crash does; Revive starts it again on the
// same address from its data directory (the cluster must have been
// started With kfake.DataDir): what a broker that crashed and came back
// looks like to its clients. Only on the virtual network, whose
// addresses are free again at once.
func (c *Cluster) Kill() {
	c.addrs = c.ListenAddrs()
	c.Close()
}

// Revive starts a killed broker again on its address from its data
// directory.
func (c *Cluster) Revive(t testing.TB) {
	t.Helper()
	ports := make([]int, len(c.addrs))
	for i, a := range c.addrs {
		_, p, err := net.SplitHostPort(a)
		if err != nil {
			t.Error(err)
			return
		}
		if ports[i], err = strconv.Atoi(p); err != nil {
			t.Error(err)
			return
		}
	}
	nc, err := kfake.NewCluster(append(c.opts, kfake.Ports(ports...))...)
	if err != nil {
		t.Error(err)
		return
	}
	t.Cleanup(nc.Close)
	c.Cluster = nc
}

type options struct {
	partitions int32
	per        map[string]int32
	only       []string
	kfake      []kfake.Opt
	virtual    bool
}

// Option changes what New seeds.
type Option func(*options)

// Partitions sets how many partitions every seeded topic has (default 3).
func Partitions(n int32) Option { return func(o *options) { o.partitions = n } }

// TopicPartitions gives topics their own partition count.
func TopicPartitions(n int32, topics ...string) Option {
	return func(o *options) {
		for _, t := range topics {
			o.per[t] = n
		}
	}
}

// Only seeds just these topics (default: every topic of DESIGN).
func Only(topics ...string) Option { return func(o *options) { o.only = topics } }

// With passes kfake options through (a fixed port, ACLs, …).
func With(opts ...kfake.Opt) Option { return func(o *options) { o.kfake = append(o.kfake, opts...) } }

// Virtual puts the cluster and every client of its Kafka config on an
// in-memory network (kfake.VirtualNetwork) instead of loopback TCP, so a
// test can run inside a testing/synctest bubble: a goroutine blocked on a
// socket is not durably blocked, and the bubble's fake clock would never
// move. Inside a bubble, New must be called from within it.
func Virtual() Option { return func(o *options) { o.virtual = true } }

// New starts a one-broker cluster with the topics seeded.
func New(t testing.TB, opts ...Option) *Cluster {
	t.Helper()
	o := options{partitions: 3, per: map[string]int32{}}
	for _, opt := range opts {
		opt(&o)
	}
	topics := kafka.DefaultTopics()
	seed := o.only
	if seed == nil {
		seed = topics.All()
	}
	kopts := []kfake.Opt{kfake.NumBrokers(1)}
	for _, tp := range seed {
		n := o.partitions
		if p, ok := o.per[tp]; ok {
			n = p
		}
		kopts = append(kopts, kfake.SeedTopics(n, tp))
	}
	var vn *kfake.VirtualNetwork
	if o.virtual {
		vn = new(kfake.VirtualNetwork)
		kopts = append(kopts, kfake.ListenFn(vn.Listen))
	}
	all := append(kopts, o.kfake...)
	c, err := kfake.NewCluster(all...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	kc := kafka.DefaultConfig()
	kc.Brokers = c.ListenAddrs()
	if vn != nil {
		kc.Dial = vn.DialContext
	}
	return &Cluster{Cluster: c, Kafka: kc, Topics: topics, opts: all}
}

// Client is a plain client of the cluster that closes with the test.
func (c *Cluster) Client(t testing.TB, opts ...kgo.Opt) *kgo.Client {
	t.Helper()
	base := []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}
	if c.Kafka.Dial != nil {
		base = append(base, kgo.Dialer(c.Kafka.Dial))
	}
	cl, err := kgo.NewClient(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// Deps are what a service needs to run against the cluster: a quiet
// logger, a fresh admin server and registry, this instance id.
func (c *Cluster) Deps(instance string) service.Deps {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	adm := admin.New(log)
	return service.Deps{Log: log, Metrics: adm.Registry, Admin: adm, Kafka: c.Kafka, Topics: c.Topics, InstanceID: instance, ShutdownTimeout: 10 * time.Second}
}
