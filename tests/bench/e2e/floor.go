package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/kafka"
)

// The Kafka floor (-floor, or -only floor): the Kafka I/O alone of a
// pipeline of DESIGN.md's shape, with no processing at all, so the pair's
// numbers can be read against what the topology costs by itself. Three
// transactional consume→produce hops, as ingest, the enricher and stage 1
// of the aggregator are, each its own consumer group and transactional
// producer, running at once:
//
//	otlp_spans → floor.spans → floor.enriched → (read, offsets committed)
//
// Each hop copies the bytes of every record it reads, unparsed, to the
// same partition of the next topic, in a transaction that also commits
// its input offsets (read_committed, snappy, as llmobs's defaults).
// -floor-ratio scales each copy to the size llmobs's own records have
// (llmobs.spans and llmobs.enriched, per byte of OTLP input, which the
// bench reports after every llmobs run), so the floor moves no more bytes
// than llmobs does. It does less than llmobs in every other respect: no
// decoding, no second reader of the enriched topic (llmobs's embedder),
// no partials, SLI or alert topics, no sinks. So a pipeline with DESIGN's
// topics and delivery cannot be faster than this on the same machine.
//
// The floor runs as this binary ("bench floor-child …"), so it is
// measured like the other systems: its own process, its peak RSS and CPU,
// its progress on a Prometheus page.

const floorTopicSpans, floorTopicEnriched = "floor.spans", "floor.enriched"

type floorSys struct {
	self       string // this binary
	records    int
	partitions int
	ratios     [2]float64
}

func (f *floorSys) Name() string       { return systemFloor }
func (f *floorSys) InputGroup() string { return "bench-floor-1" }

func (f *floorSys) Start(b *broker, dir string) (*child, string, error) {
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	c, err := startChild(f.Name(), dir, filepath.Join(dir, "floor.log"), nil, f.self, "floor-child",
		"-brokers", b.addr, "-listen", fmt.Sprintf("127.0.0.1:%d", port),
		"-partitions", strconv.Itoa(f.partitions),
		"-ratios", fmt.Sprintf("%g,%g", f.ratios[0], f.ratios[1]))
	return c, fmt.Sprintf("http://127.0.0.1:%d/metrics", port), err
}

func (f *floorSys) Check(m metrics) check {
	c := check{stages: map[string]bool{}, done: true}
	var parts []string
	for h := 1; h <= 3; h++ {
		n := m.samples[fmt.Sprintf(`floor_records_in_total{hop="%d"}`, h)]
		c.stages[fmt.Sprintf("hop%d", h)] = n >= float64(f.records)
		c.done = c.done && n >= float64(f.records)
		c.first = c.first || n > 0
		parts = append(parts, fmt.Sprintf("hop %d %.0f/%d", h, n, f.records))
	}
	c.line = strings.Join(parts, ", ")
	return c
}

// parseRatios reads -floor-ratio: two positive numbers, "a,b".
func parseRatios(s string) ([2]float64, error) {
	var r [2]float64
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return r, fmt.Errorf("%q: want two numbers, a,b", s)
	}
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || v <= 0 || v > 16 {
			return r, fmt.Errorf("%q: %q is not a ratio in (0, 16]", s, p)
		}
		r[i] = v
	}
	return r, nil
}

// floorChild is the floor's process: `bench floor-child -brokers … -listen …`.
func floorChild(args []string) int {
	fs := flag.NewFlagSet("floor-child", flag.ContinueOnError)
	brokers := fs.String("brokers", "", "broker address")
	listen := fs.String("listen", "127.0.0.1:0", "metrics address")
	partitions := fs.Int("partitions", 6, "partitions of the floor's topics")
	ratios := fs.String("ratios", "1,1", "size of each copy per input byte, hop 1 and hop 2")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	r, err := parseRatios(*ratios)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor-child: -ratios", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := runFloor(ctx, *brokers, *listen, *partitions, r); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "floor-child:", err)
		return 1
	}
	return 0
}

func runFloor(ctx context.Context, brokers, listen string, partitions int, ratios [2]float64) error {
	adm, err := kgo.NewClient(kgo.SeedBrokers(brokers))
	if err != nil {
		return err
	}
	resp, err := kadm.NewClient(adm).CreateTopics(ctx, int32(partitions), 1, nil, floorTopicSpans, floorTopicEnriched)
	adm.Close()
	if err == nil {
		err = resp.Error()
	}
	if err != nil {
		return fmt.Errorf("create topics: %w", err)
	}

	var in [3]atomic.Int64
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for h := range in {
			fmt.Fprintf(w, "floor_records_in_total{hop=\"%d\"} %d\n", h+1, in[h].Load())
		}
	})}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()

	hops := []struct {
		from, to string
		ratio    float64
	}{
		{"otlp_spans", floorTopicSpans, ratios[0]},
		{floorTopicSpans, floorTopicEnriched, ratios[1] / ratios[0]},
		{floorTopicEnriched, "", 0},
	}
	var wg sync.WaitGroup
	errs := make([]error, len(hops))
	for i, h := range hops {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = floorHop(ctx, brokers, i+1, h.from, h.to, h.ratio, &in[i])
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// floorHop is one transactional consume→produce loop: every record of
// from, its first ratio×len bytes (repeated when ratio > 1) written to the
// same partition of to ("" for none), and the offsets committed in the
// same transaction.
func floorHop(ctx context.Context, brokers string, hop int, from, to string, ratio float64, in *atomic.Int64) error {
	name := fmt.Sprintf("bench-floor-%d", hop)
	s, err := kgo.NewGroupTransactSession(
		kgo.SeedBrokers(brokers),
		kgo.ConsumerGroup(name),
		kgo.ConsumeTopics(from),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.TransactionalID(name),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerBatchCompression(kgo.SnappyCompression()),
		kgo.ProducerBatchMaxBytes(16<<20),
		kgo.FetchMaxBytes(16<<20),
	)
	if err != nil {
		return err
	}
	defer s.Close()
	for ctx.Err() == nil {
		fs := s.PollFetches(ctx)
		if ctx.Err() != nil {
			break
		}
		if err := fs.Err0(); err != nil {
			var fe *kgo.ErrFirstReadEOF
			if !errors.As(err, &fe) {
				return fmt.Errorf("hop %d: fetch: %w", hop, err)
			}
		}
		if err := s.Begin(); err != nil {
			return fmt.Errorf("hop %d: begin: %w", hop, err)
		}
		n := fs.NumRecords()
		var recs []*kgo.Record
		if to != "" {
			recs = make([]*kgo.Record, 0, n)
			fs.EachRecord(func(r *kgo.Record) {
				recs = append(recs, &kgo.Record{Topic: to, Partition: r.Partition, Value: scaled(r.Value, ratio)})
			})
		}
		perr := kafka.ProduceAll(ctx, s, recs, nil)
		committed, err := s.End(ctx, kgo.TransactionEndTry(perr == nil))
		if perr != nil {
			return fmt.Errorf("hop %d: produce: %w", hop, perr)
		}
		if err != nil {
			return fmt.Errorf("hop %d: end: %w", hop, err)
		}
		if committed {
			in.Add(int64(n))
		}
	}
	return nil
}

// scaled is v cut to ratio×len(v) bytes, or repeated up to it.
func scaled(v []byte, ratio float64) []byte {
	n := int(float64(len(v))*ratio + 0.5)
	if n <= len(v) {
		return v[:n]
	}
	out := make([]byte, 0, n)
	for len(out) < n {
		out = append(out, v[:min(len(v), n-len(out))]...)
	}
	return out
}

// topicSize: what a topic holds, read_committed.
type topicSize struct {
	Records int64 `json:"records"`
	Bytes   int64 `json:"value_bytes"`
}

// topicSizes reads topics from the start and counts their records and
// value bytes (uncompressed). It runs after the system stopped, so the
// topics no longer grow: a topic is read when a fetch waited idleWait
// without a record.
func topicSizes(ctx context.Context, brokers string, topics ...string) (map[string]topicSize, error) {
	const idleWait = 3 * time.Second
	out := map[string]topicSize{}
	for _, t := range topics {
		cl, err := kgo.NewClient(kgo.SeedBrokers(brokers), kgo.ConsumeTopics(t),
			kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
		if err != nil {
			return nil, err
		}
		var sz topicSize
		for {
			pctx, cancel := context.WithTimeout(ctx, idleWait)
			fs := cl.PollFetches(pctx)
			cancel()
			n := 0
			fs.EachRecord(func(r *kgo.Record) {
				n++
				sz.Records++
				sz.Bytes += int64(len(r.Value))
			})
			if n == 0 || ctx.Err() != nil {
				break
			}
		}
		cl.Close()
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out[t] = sz
	}
	return out, nil
}

// defaultFloorRatio: the floor's copy sizes when no llmobs run came
// before it, from llmobs's topics on the default dataset (measured
// 2026-12-05, llmobs.spans and llmobs.enriched per OTLP byte).
const defaultFloorRatio = "0.71,0.82"
