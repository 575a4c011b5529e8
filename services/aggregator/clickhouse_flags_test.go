package aggregator

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// TestClickHouseFlagsAndEvals: the windows' safety and quality flags and
// evaluations reach llm_sli_windows as parallel arrays (ARRAY JOIN), equal
// to the final windows on llmobs.slis, and the documented rate and mean
// queries give what the spans carried.
func TestClickHouseFlagsAndEvals(t *testing.T) {
	ch := startClickHouse(t)
	c := newCluster(t)
	cl, err := kgo.NewClient(kgo.SeedBrokers(c.ListenAddrs()...), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	base := workloadBase
	var spans, injections, refusals, evals, evalSum, evalLow float64
	for i := range 30 {
		b := &llmobsv1.EnrichedSpanBatch{}
		for j := range 10 {
			st := uint64(base+int64(i*1800)+int64(j*10)) * 1e6
			sp := &llmobsv1.Span{
				TraceId: []byte{7, byte(i), byte(j)}, SpanId: []byte{byte(j)},
				StartTimeUnixNano: st, EndTimeUnixNano: st + 500e6, Weight: 1,
				Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Resource: &llmobsv1.Resource{ServiceName: "chat"},
				GenAi: &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: "m0", InputTokens: 10, OutputTokens: 5},
			}
			if j%5 == 0 {
				sp.Flags = append(sp.Flags, "prompt_injection")
				injections++
			}
			if j%7 == 3 {
				sp.Flags = append(sp.Flags, "refusal")
				refusals++
			}
			if j%2 == 0 {
				score := float64((i*10+j)%10) / 10
				sp.Evaluations = []*llmobsv1.Evaluation{{Name: "faithfulness", HasScore: true, Score: score, TimeUnixNano: st + 600e6}}
				evals++
				evalSum += score
				if score < 0.5 {
					evalLow++
				}
			}
			spans++
			b.Spans = append(b.Spans, &llmobsv1.EnrichedSpan{Span: sp, Cost: &llmobsv1.Cost{Total: 0.001}, EnrichTimeUnixNano: st + 1e9})
		}
		v, _ := proto.Marshal(b)
		if err := cl.ProduceSync(context.Background(), &kgo.Record{Topic: kafka.DefaultTopics().Enriched, Partition: int32(i % 3), Value: v}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	heartbeat(t, cl, time.Now().UnixMilli())

	cfg := testConfig()
	cfg.ClickHouse.DSN = ch.dsn()
	_, stop := run(t, cfg, testDeps(c.ListenAddrs(), "a"))
	defer stop()
	conn := ch.conn(t)
	defer conn.Close()
	var stored float64
	waitFor(t, "every span in the stored 10s windows", 60*time.Second, func() bool {
		return conn.QueryRow(context.Background(), "SELECT sum(requests) FROM llm_sli_windows FINAL WHERE window_length_ms = 10000").Scan(&stored) == nil && stored == spans
	})
	// Both sides are read again until they agree: the 1 m windows may still
	// be on their way to llmobs.slis when the 10 s ones are stored, and a
	// read of the topic on a busy machine can end before it has them all.
	var fin map[wkey]*llmobsv1.SLIWindow
	waitFor(t, "every window stored", 20*time.Second, func() bool {
		fin = finals(t, c.ListenAddrs())
		return len(fin) > 0 && count(t, conn, "SELECT count() FROM llm_sli_windows FINAL") == uint64(len(fin))
	})

	// Window by window: the arrays hold what the final window holds.
	checked := 0
	for k, w := range fin {
		q := fmt.Sprintf(`SELECT flags_scanned, flag_names, flag_counts, eval_names, eval_count, eval_scored, eval_sum, eval_low, eval_feedback
			FROM llm_sli_windows FINAL WHERE model = '%s' AND window_length_ms = %d AND window_start = toDateTime(%d)`, k.model, k.lenMs, k.start/1000)
		var scanned float64
		var fn, en []string
		var fc, ec, es, esum, el, ef []float64
		if err := conn.QueryRow(context.Background(), q).Scan(&scanned, &fn, &fc, &en, &ec, &es, &esum, &el, &ef); err != nil {
			t.Fatalf("window %+v: %v", k, err)
		}
		if scanned != w.FlagsScanned || len(fn) != len(w.Flags) || len(en) != len(w.Evals) {
			t.Fatalf("window %+v: scanned %v flags %v evals %v, want %v %v %v", k, scanned, fn, en, w.FlagsScanned, w.Flags, w.Evals)
		}
		for i, f := range w.Flags {
			if fn[i] != f.Flag || fc[i] != f.Count {
				t.Fatalf("window %+v: flag %d %s=%v, want %s=%v", k, i, fn[i], fc[i], f.Flag, f.Count)
			}
		}
		for i, e := range w.Evals {
			if en[i] != e.Name || ec[i] != e.Count || es[i] != e.Scored || math.Abs(esum[i]-e.Sum) > 1e-9 || el[i] != e.Low || ef[i] != e.Feedback {
				t.Fatalf("window %+v: eval %d = %s %v %v %v %v %v, want %+v", k, i, en[i], ec[i], es[i], esum[i], el[i], ef[i], e)
			}
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no final windows")
	}

	// The README's queries: a flag's rate and an evaluation's mean over
	// the stored 1 m windows give what the spans carried.
	var inj, scannedAll float64
	if err := conn.QueryRow(context.Background(), `SELECT sum(c), (SELECT sum(flags_scanned) FROM llm_sli_windows FINAL WHERE window_length_ms = 60000)
		FROM llm_sli_windows FINAL ARRAY JOIN flag_names AS f, flag_counts AS c WHERE window_length_ms = 60000 AND f = 'prompt_injection'`).Scan(&inj, &scannedAll); err != nil {
		t.Fatal(err)
	}
	if inj != injections || scannedAll != spans {
		t.Fatalf("prompt_injection %v of %v scanned, want %v of %v", inj, scannedAll, injections, spans)
	}
	var mean, lowRate float64
	if err := conn.QueryRow(context.Background(), `SELECT sum(total) / sum(s) AS mean, sum(l) / sum(s) AS low_rate FROM llm_sli_windows FINAL
ARRAY JOIN eval_names AS name, eval_scored AS s, eval_sum AS total, eval_low AS l
WHERE window_length_ms = 60000 AND name = 'faithfulness'`).Scan(&mean, &lowRate); err != nil {
		t.Fatal(err)
	}
	if math.Abs(mean-evalSum/evals) > 1e-9 || math.Abs(lowRate-evalLow/evals) > 1e-9 {
		t.Fatalf("faithfulness: mean %v, low rate %v; want %v, %v", mean, lowRate, evalSum/evals, evalLow/evals)
	}
	t.Logf("%d windows; %v spans, %v injections, %v refusals, %v evaluations (mean %.3f, %v low)", checked, spans, injections, refusals, evals, evalSum/evals, evalLow)
}
