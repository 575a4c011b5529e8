package ingest

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/ingest/sampling"
)

// Through the processor at level 2, p = 1/4: normal LLM spans lose their
// bodies and are kept with weight 4 or dropped, errors are kept whole with
// weight 1, every model call still reaches the GPU split, and the metrics
// count each decision.
func TestProcessorUnderSampling(t *testing.T) {
	m, err := newMetrics(prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	cfg := sampling.DefaultConfig()
	cfg.RarePerMinute = 0
	ctrl := sampling.New(cfg, nil, m)
	ctrl.Force(sampling.LevelSample, 0.25)
	p := newProcessor(DefaultLimits(), kafka.DefaultTopics(), ctrl, 100, 1<<20, m)
	p.SetPartitions(3, 3)
	p.decoders.New = func() any { return testDecoder() }

	var in, inLLM, inErr, inCalls int
	var res Result
	for _, req := range loadgenTraces(t, 20) {
		b, err := proto.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		r := p.Process(SignalTraces, EncodingProto, b, "otlp_spans", nil)
		for _, s := range r.SpanList {
			in++
			if s.Class == llmobsv1.SpanClass_SPAN_CLASS_LLM {
				inLLM++
			}
			if callInterval(s) != nil {
				inCalls++
			}
			if s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR {
				inErr++
			}
		}
		res.Merge(r)
	}
	p.Batch(&res)
	var kept, weighted4, errs, calls int
	var weightSum float64
	for _, r := range res.Records {
		switch r.Topic {
		case kafka.DefaultTopics().Spans:
			var b llmobsv1.SpanBatch
			if err := proto.Unmarshal(r.Value, &b); err != nil {
				t.Fatal(err)
			}
			for _, s := range b.Spans {
				kept++
				weightSum += s.Weight
				if s.SamplingLevel != 2 {
					t.Fatalf("sampling_level %d", s.SamplingLevel)
				}
				switch {
				case s.StatusCode == llmobsv1.StatusCode_STATUS_CODE_ERROR:
					errs++
					if s.Weight != 1 {
						t.Fatalf("error span weight %v", s.Weight)
					}
				case s.Weight == 4:
					weighted4++
					if s.GetGenAi() != nil && (len(s.GenAi.InputMessages) > 0 || len(s.GenAi.OutputMessages) > 0) {
						t.Fatal("a sampled normal span kept its bodies")
					}
				}
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
	t.Logf("in %d spans (%d LLM, %d errors): kept %d (weight sum %.0f), dropped %.0f, call intervals %d", in, inLLM, inErr, kept, weightSum, dropped, calls)
	if errs != inErr {
		t.Errorf("errors kept %d of %d", errs, inErr)
	}
	if kept+int(dropped) != in || weighted4 == 0 || dropped == 0 {
		t.Errorf("kept %d + dropped %.0f != %d in (weight-4 spans %d)", kept, dropped, in, weighted4)
	}
	if rel := (weightSum - float64(in)) / float64(in); rel > 0.1 || rel < -0.1 {
		t.Errorf("weight sum %.0f is not an estimate of %d spans", weightSum, in)
	}
	if calls != inCalls {
		t.Errorf("%d call intervals for %d model calls on known hosts: dropped calls must still reach the GPU split", calls, inCalls)
	}
	if testutil.ToFloat64(m.samplingP) != 0.25 || testutil.ToFloat64(m.samplingLevel) != 2 {
		t.Errorf("level/p gauges %v %v", testutil.ToFloat64(m.samplingLevel), testutil.ToFloat64(m.samplingP))
	}
}
