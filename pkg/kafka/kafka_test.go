package kafka

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

func TestEnsureTopicsCreatesOnceAndChecks(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cfg := DefaultConfig()
	cfg.Brokers = c.ListenAddrs()
	// A fresh client per step: franz-go caches metadata, including "unknown
	// topic", for a few seconds, as a long-lived service would see it.
	newAdm := func() *kadm.Client {
		cl, err := NewClient(cfg, "test")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(cl.Close)
		return kadm.NewClient(cl)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	names := DefaultTopics().All()
	if _, err := EnsureTopics(ctx, newAdm(), names, 3, 1, false, nil); err == nil || !strings.Contains(err.Error(), "create_topics is false") {
		t.Fatalf("missing topics with create=false: err = %v", err)
	}
	created, err := EnsureTopics(ctx, newAdm(), names, 3, 1, true, DefaultTopics().Configs())
	if err != nil {
		t.Fatal(err)
	}
	if len(created) != len(names) {
		t.Fatalf("created %v, want all %d", created, len(names))
	}
	details, err := newAdm().ListTopics(ctx, names...)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if got := len(details[n].Partitions); got != 3 {
			t.Errorf("%s has %d partitions, want 3", n, got)
		}
	}
	rc, err := newAdm().DescribeTopicConfigs(ctx, DefaultTopics().Alerts)
	if err != nil {
		t.Fatal(err)
	}
	cfgs, err := rc.On(DefaultTopics().Alerts, nil)
	if err != nil {
		t.Fatal(err)
	}
	policy := ""
	for _, c := range cfgs.Configs {
		if c.Key == "cleanup.policy" && c.Value != nil {
			policy = *c.Value
		}
	}
	if policy != "compact" {
		t.Errorf("alert topic cleanup.policy %q, want compact", policy)
	}
	created, err = EnsureTopics(ctx, newAdm(), names, 3, 1, false, nil)
	if err != nil || len(created) != 0 {
		t.Fatalf("second run created %v err %v; want nothing", created, err)
	}
}

func TestSASLSCRAMAndPlain(t *testing.T) {
	for _, mech := range []string{"SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN"} {
		t.Run(mech, func(t *testing.T) {
			c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.EnableSASL(), kfake.Superuser(mech, "llm", "secret"))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			cfg := DefaultConfig()
			cfg.Brokers = c.ListenAddrs()
			cfg.SASL = SASL{Mechanism: mech, Username: "llm", Password: "secret"}
			if err := cfg.Validate(); err != nil {
				t.Fatal(err)
			}
			ping := func(cfg Config) error {
				cl, err := NewClient(cfg, "t", kgo.RequestRetries(0))
				if err != nil {
					return err
				}
				defer cl.Close()
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				return cl.Ping(ctx)
			}
			if err := ping(cfg); err != nil {
				t.Fatalf("good credentials: %v", err)
			}
			cfg.SASL.Password = "wrong"
			if err := ping(cfg); err == nil {
				t.Fatal("wrong password accepted")
			}
		})
	}
}

func TestTLSConfigErrors(t *testing.T) {
	cfg := DefaultConfig()
	cfg.TLS = TLS{Enabled: true, CAFile: filepath.Join(t.TempDir(), "missing.pem")}
	if _, err := cfg.Opts(""); err == nil {
		t.Fatal("missing CA file accepted")
	}
	bad := filepath.Join(t.TempDir(), "bad.pem")
	_ = os.WriteFile(bad, []byte("not a cert"), 0o600)
	cfg.TLS.CAFile = bad
	if _, err := cfg.Opts(""); err == nil || !strings.Contains(err.Error(), "no PEM") {
		t.Fatalf("bad CA: %v", err)
	}
	cfg.TLS = TLS{Enabled: true}
	if opts, err := cfg.Opts("x"); err != nil || len(opts) < 3 {
		t.Fatalf("system roots TLS: %v (%d opts)", err, len(opts))
	}
}

// Records the stages cut at 900 KiB, several to one partition at once,
// reach a broker with the default 1 MiB message limit: a produced batch
// is bounded by buffers.produce_batch_max_bytes, not only each record (a
// 4 MiB batch of partials failed with MESSAGE_TOO_LARGE on every retry).
func TestProducedBatchesFitTheDefaultMessageLimit(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(1, "t"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	kc := DefaultConfig()
	kc.Brokers = c.ListenAddrs()
	cl, err := NewClient(kc, "t", kgo.DefaultProduceTopic("t"), kgo.ProducerLinger(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var recs []*kgo.Record
	for i := range 5 {
		v := make([]byte, 900<<10)
		r := rand.New(rand.NewPCG(uint64(i), 1)) // incompressible: compression would hide the size
		for j := range v {
			v[j] = byte(r.Uint32())
		}
		recs = append(recs, &kgo.Record{Value: v})
	}
	if err := cl.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
		t.Fatalf("five 900 KiB records to one partition: %v", err)
	}
}
