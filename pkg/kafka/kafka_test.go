package kafka

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
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

// What one poll can hold is bounded by buffers.fetch_max_bytes (plus one
// record batch, which comes whole), not by how far behind the consumer is.
func TestFetchesBoundedByBuffers(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, "t"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	kc := DefaultConfig()
	kc.Brokers = c.ListenAddrs()
	kc.Buffers.FetchMaxBytes = 1 << 20
	kc.Buffers.FetchMaxPartitionBytes = 512 << 10
	kc.Buffers.MaxConcurrentFetches = 1
	kc.Buffers.ProduceMaxRecords = 8
	pr, err := NewClient(kc, "p", kgo.DefaultProduceTopic("t"), kgo.ProducerBatchCompression(kgo.NoCompression()))
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	const n, size = 60, 100 << 10
	var recs []*kgo.Record
	for i := range n {
		v := make([]byte, size)
		r := rand.New(rand.NewPCG(uint64(i), 2))
		for j := range v {
			v[j] = byte(r.Uint32())
		}
		recs = append(recs, &kgo.Record{Value: v})
	}
	if err := pr.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	opts, err := kc.Opts("c")
	if err != nil {
		t.Fatal(err)
	}
	cl, err := kgo.NewClient(append(opts, kgo.ConsumeTopics("t"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	got, most := 0, 0
	for got < n && ctx.Err() == nil {
		fs := cl.PollRecords(ctx, 0)
		bytes := 0
		fs.EachRecord(func(r *kgo.Record) { bytes += len(r.Value) })
		got += fs.NumRecords()
		most = max(most, bytes)
	}
	if got != n {
		t.Fatalf("read %d of %d records", got, n)
	}
	// One fetch of at most 1 MiB, and each partition's first batch
	// whole (the producer's batches are at most 1 MB).
	if limit := 1<<20 + 1_000_000; most > limit {
		t.Fatalf("one poll held %d bytes of records, more than fetch_max_bytes allows (%d)", most, limit)
	}
}

func TestBuffersValidate(t *testing.T) {
	for _, mut := range []func(*Buffers){
		func(b *Buffers) { b.MaxConcurrentFetches = -1 },
		func(b *Buffers) { b.ProduceMaxRecords = -1 },
		func(b *Buffers) { b.FetchMaxPartitionBytes = b.FetchMaxBytes + 1 },
	} {
		c := DefaultConfig()
		mut(&c.Buffers)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "buffers") {
			t.Errorf("%+v: %v", c.Buffers, err)
		}
	}
}

// A fetch smaller than partitions × fetch_max_partition_bytes reaches every
// partition within a few polls: none waits until the others ran dry (with
// kfake's fetch sessions, the last partitions did, and a stage waiting for
// every partition's in-band watermark held its windows all that time).
func TestFetchesRotatePartitions(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(6, "t"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	kc := DefaultConfig()
	kc.Brokers = c.ListenAddrs()
	kc.Buffers.FetchMaxBytes = 2 << 20 // two partitions' worth
	pr, err := NewClient(kc, "p", kgo.DefaultProduceTopic("t"), kgo.ProducerBatchCompression(kgo.NoCompression()), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	var recs []*kgo.Record
	for p := range 6 {
		for i := range 40 {
			recs = append(recs, &kgo.Record{Value: noise(100<<10, i, p), Partition: int32(p)})
		}
	}
	if err := pr.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
	opts, err := kc.Opts("c")
	if err != nil {
		t.Fatal(err)
	}
	cl, err := kgo.NewClient(append(opts, kgo.ConsumeTopics("t"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	seen := map[int32]bool{}
	polls := 0
	for len(seen) < 6 && ctx.Err() == nil {
		cl.PollFetches(ctx).EachRecord(func(r *kgo.Record) { seen[r.Partition] = true })
		polls++
	}
	// ~9 records per partition per fetch, 40 per partition: rotated, all
	// six are reached in 5-6 polls; with kfake's fetch sessions it took
	// 19-20, the first partitions running dry first.
	if len(seen) < 6 || polls > 8 {
		t.Fatalf("%d polls reached %d partitions of 6", polls, len(seen))
	}
}

// With the default buffers, a consumer behind on six partitions moves
// through them evenly: one fetch takes from every partition
// (fetch_max_bytes ≥ 6 × fetch_max_partition_bytes), so no partition runs
// far ahead of another. Stages whose watermark is the minimum over their
// input partitions (the enricher, the aggregator) otherwise hold every
// window between the slowest partition and the fastest: 132 MB of open
// windows in the bench's backlog with 1 MiB per partition in 2 MiB fetches.
func TestFetchesKeepPartitionsEven(t *testing.T) {
	spread := func(kc Config) int {
		c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(6, "t"))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		kc.Brokers = c.ListenAddrs()
		pr, err := NewClient(kc, "p", kgo.DefaultProduceTopic("t"), kgo.ProducerBatchCompression(kgo.NoCompression()), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0))
		if err != nil {
			t.Fatal(err)
		}
		defer pr.Close()
		const per = 60
		for i := range per {
			var recs []*kgo.Record
			for p := range 6 {
				recs = append(recs, &kgo.Record{Value: noise(60<<10, i, p), Partition: int32(p)})
			}
			if err := pr.ProduceSync(context.Background(), recs...).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
		opts, err := kc.Opts("c")
		if err != nil {
			t.Fatal(err)
		}
		cl, err := kgo.NewClient(append(opts, kgo.ConsumeTopics("t"), kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))...)
		if err != nil {
			t.Fatal(err)
		}
		defer cl.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		read := make([]int, 6)
		worst, total := 0, 0
		for total < 6*per && ctx.Err() == nil {
			fs := cl.PollFetches(ctx)
			fs.EachRecord(func(r *kgo.Record) { read[r.Partition]++ })
			total += fs.NumRecords()
			if total < 6*per {
				worst = max(worst, slices.Max(read)-slices.Min(read))
			}
		}
		return worst
	}
	even := spread(DefaultConfig())
	old := DefaultConfig()
	old.Buffers.FetchMaxPartitionBytes = 1 << 20
	uneven := spread(old)
	t.Logf("most records one partition was ahead of another: %d with the defaults, %d with 1 MiB per partition", even, uneven)
	if even > 10 {
		t.Fatalf("with the default buffers a partition ran %d records (of 60) ahead of another", even)
	}
}

// noise is n incompressible bytes, the same for the same (i, p): record i
// of partition p in the fetch tests, so compression cannot shrink a fetch.
func noise(n, i, p int) []byte {
	v := make([]byte, n)
	r := rand.New(rand.NewPCG(uint64(i), uint64(p)))
	for j := range v {
		v[j] = byte(r.Uint32())
	}
	return v
}

// kafka.compression is the codec of every produced batch, snappy unless
// set; an unknown name fails validation and client construction.
func TestCompression(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(1, "t"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, tc := range []struct {
		name string
		want uint8 // kgo.RecordAttrs.CompressionType
	}{{"", 2}, {"snappy", 2}, {"none", 0}, {"gzip", 1}, {"LZ4", 3}, {"zstd", 4}} {
		kc := DefaultConfig()
		kc.Brokers = c.ListenAddrs()
		if tc.name != "" {
			kc.Compression = tc.name
		}
		if err := kc.Validate(); err != nil {
			t.Fatalf("%q: %v", tc.name, err)
		}
		pr, err := NewClient(kc, "p", kgo.DefaultProduceTopic("t"))
		if err != nil {
			t.Fatal(err)
		}
		// Compressible, so that no codec falls back to none.
		v := []byte(strings.Repeat("a compressible value ", 200))
		rec := &kgo.Record{Value: v}
		if err := pr.ProduceSync(context.Background(), rec).FirstErr(); err != nil {
			t.Fatal(err)
		}
		pr.Close()
		cl, err := NewClient(kc, "c", kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{"t": {0: kgo.NewOffset().At(rec.Offset)}}))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		fs := cl.PollRecords(ctx, 1)
		cancel()
		cl.Close()
		recs := fs.Records()
		if len(recs) != 1 || string(recs[0].Value) != string(v) {
			t.Fatalf("%q: read back %d records (%v)", tc.name, len(recs), fs.Err0())
		}
		if got := recs[0].Attrs.CompressionType(); got != tc.want {
			t.Errorf("compression %q: batch codec %d, want %d", tc.name, got, tc.want)
		}
	}
	kc := DefaultConfig()
	kc.Compression = "brotli"
	if err := kc.Validate(); err == nil || !strings.Contains(err.Error(), "compression") {
		t.Errorf("brotli validated: %v", err)
	}
	if _, err := kc.Opts("x"); err == nil {
		t.Error("Opts accepted brotli")
	}
}
