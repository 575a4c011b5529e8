package ingest

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	"github.com/llmobs/llmobs/pkg/pricing"
	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/ingest/sampling"
)

// Through the processor at level 2, p = 1/4: a quarter of the normal LLM
// spans are forwarded, with weight 1; the others are folded into
// per-series summaries in the same records; errors are forwarded whole,
// and so are calls priced by GPU-seconds unless summarize_gpu_priced
// (then they are summarised unpriced, with their time per host for the
// enricher's estimate); every model call still reaches the GPU split; and
// forwarded spans plus summaries hold exactly the requests, errors, tokens
// and token cost of every model span that came in.
func TestProcessorUnderSampling(t *testing.T) {
	for _, summarizeGPU := range []bool{false, true} {
		t.Run(fmt.Sprintf("summarize_gpu_priced=%v", summarizeGPU), func(t *testing.T) { processorUnderSampling(t, summarizeGPU) })
	}
}

func processorUnderSampling(t *testing.T, summarizeGPU bool) {
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	prices, err := pricing.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg := sampling.DefaultConfig()
	cfg.RarePerMinute = 0
	ctrl := sampling.New(cfg, nil, m)
	ctrl.Exempt(gpuPriced(prices, summarizeGPU))
	byGPU := func(s *llmobsv1.Span) bool { return prices.ByGPU(s.GetGenAi().GetProvider(), pricing.PricedModel(s)) }
	ctrl.Force(sampling.LevelSample, 0.25)
	p := newProcessor(DefaultLimits(), kafka.DefaultTopics(), ctrl, 100, 1<<20, m)
	p.SetPartitions(3, 3)
	p.Summarise(prices, 10*time.Second)
	p.decoders.New = func() any { return testDecoder() }

	truth := map[sli.Key]*sli.Acc{}
	acc := func(m map[sli.Key]*sli.Acc, k sli.Key) *sli.Acc {
		k.Tenant = "" // series across tenants, as the aggregator keeps them with auth off
		if m[k] == nil {
			m[k] = sli.NewAcc()
		}
		return m[k]
	}
	var in, inErr, inCalls, inGPU int
	var res Result
	for _, req := range loadgenTraces(t, 20) {
		b, err := proto.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		r := p.Process(SignalTraces, EncodingProto, b, "otlp_spans", nil)
		for _, s := range r.SpanList {
			in++
			if callInterval(s) != nil {
				inCalls++
			}
			cp := proto.Clone(s).(*llmobsv1.Span) // s lives in the decoder's memory, reused after Batch
			k, ok := sli.KeyOfSpan(cp)
			if !ok {
				continue
			}
			if s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR {
				inErr++
			}
			es := &llmobsv1.EnrichedSpan{Span: cp, Cost: prices.SpanCost(cp, 0, "")}
			if byGPU(cp) {
				inGPU++
				es.Cost = nil // priced by the enricher, after its GPU join
			}
			acc(truth, k).Add(es)
		}
		res.Merge(r)
	}
	p.Batch(&res)
	got := map[sli.Key]*sli.Acc{}
	var forwarded, forwardedGPU, errs, calls, summaries, summarised, summarisedGPU int
	for _, r := range res.Records {
		switch r.Topic {
		case kafka.DefaultTopics().Spans:
			var b llmobsv1.SpanBatch
			if err := b.UnmarshalVT(r.Value); err != nil {
				t.Fatal(err)
			}
			for _, s := range b.Spans {
				if s.SamplingLevel != 2 || s.Weight != 1 {
					t.Fatalf("sampling_level %d, weight %v", s.SamplingLevel, s.Weight)
				}
				k, ok := sli.KeyOfSpan(s)
				if !ok {
					continue
				}
				forwarded++
				es := &llmobsv1.EnrichedSpan{Span: s, Cost: prices.SpanCost(s, 0, "")}
				if byGPU(s) {
					forwardedGPU++
					es.Cost = nil
				}
				if s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR {
					errs++
				}
				acc(got, k).Add(es)
			}
			for _, sum := range b.Summaries {
				summaries++
				summarised += int(sum.Aggregate.Spans)
				if sum.BucketLengthMs != 10_000 || sum.BucketStartUnixMs%10_000 != 0 || sum.PriceTable != prices.Fingerprint() {
					t.Fatalf("summary bucket %d+%d, price table %q", sum.BucketStartUnixMs, sum.BucketLengthMs, sum.PriceTable)
				}
				if sum.Aggregate.UnknownModel != 0 {
					t.Fatalf("a summary holds a call it could not price: %v", sum.Series)
				}
				for _, u := range sum.GpuUse {
					if u.HostName == "" || u.CallSeconds <= 0 || u.MaxEndUnixNano == 0 {
						t.Fatalf("gpu use %v", u)
					}
					summarisedGPU += int(u.Calls)
				}
				acc(got, sli.KeyFromProto(sum.Series)).Merge(sli.FromProto(sum.Aggregate))
			}
		case kafka.DefaultTopics().GPU:
			var b llmobsv1.GPUSampleBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			calls += len(b.Calls)
		}
	}
	dropped := testutil.ToFloat64(m.samplingSpans.WithLabelValues("dropped", sampling.ReasonSampled))
	t.Logf("in %d spans (%d errors, %d GPU-priced): forwarded %d model spans, %d summarised in %d summaries (%.0f not forwarded), call intervals %d",
		in, inErr, inGPU, forwarded, summarised, summaries, dropped, calls)
	if errs != inErr || inGPU == 0 || forwardedGPU+summarisedGPU != inGPU ||
		!summarizeGPU && forwardedGPU != inGPU || summarizeGPU && summarisedGPU == 0 {
		t.Errorf("errors forwarded %d of %d; GPU-priced calls: %d in, %d forwarded, %d summarised", errs, inErr, inGPU, forwardedGPU, summarisedGPU)
	}
	if summaries == 0 || summarised == 0 || res.Summarized != summarised || res.Summaries != summaries {
		t.Errorf("summaries %d holding %d spans (result says %d, %d)", summaries, summarised, res.Summarized, res.Summaries)
	}
	if len(got) != len(truth) {
		t.Fatalf("%d series, want %d", len(got), len(truth))
	}
	for k, w := range truth {
		if got[k] == nil {
			t.Fatalf("series %v: no spans or summaries", k)
		}
		ww, gw := w.Window(k, 0, 10_000, 1, 0), got[k].Window(k, 0, 10_000, 1, 0)
		if gw.Requests != ww.Requests || gw.Errors != ww.Errors || gw.InputTokens != ww.InputTokens || gw.OutputTokens != ww.OutputTokens ||
			gw.CacheReadTokens != ww.CacheReadTokens || gw.ReasoningTokens != ww.ReasoningTokens || gw.LatencyP99Ms != ww.LatencyP99Ms {
			t.Errorf("%v: forwarded + summaries give requests %v errors %v tokens %v/%v p99 %v; every span %v %v %v/%v %v", k,
				gw.Requests, gw.Errors, gw.InputTokens, gw.OutputTokens, gw.LatencyP99Ms, ww.Requests, ww.Errors, ww.InputTokens, ww.OutputTokens, ww.LatencyP99Ms)
		}
		if d := math.Abs(gw.Cost.Total - ww.Cost.Total); d > 1e-12*ww.Cost.Total {
			t.Errorf("%v: cost %v, want %v", k, gw.Cost.Total, ww.Cost.Total)
		}
	}
	if calls != inCalls {
		t.Errorf("%d call intervals for %d model calls on known hosts: calls not forwarded must still reach the GPU split", calls, inCalls)
	}
	if testutil.ToFloat64(m.samplingP) != 0.25 || testutil.ToFloat64(m.samplingLevel) != 2 {
		t.Errorf("level/p gauges %v %v", testutil.ToFloat64(m.samplingLevel), testutil.ToFloat64(m.samplingP))
	}
}
