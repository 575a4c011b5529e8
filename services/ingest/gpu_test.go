package ingest

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/kafka"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func processFixture(t *testing.T, sig Signal, name string) (samples []*llmobsv1.GPUSample, dlq []string, res Result) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "otlp", name))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := newTestProcessor(t)
	p.decoders.New = func() any { return testDecoder() }
	res = p.Process(sig, EncodingJSON, b, "otlp_metrics", nil)
	p.Batch(&res)
	for _, r := range res.Records {
		switch r.Topic {
		case kafka.DefaultTopics().GPU:
			var batch llmobsv1.GPUSampleBatch
			if err := proto.Unmarshal(r.Value, &batch); err != nil {
				t.Fatal(err)
			}
			if kafka.Header(r, kafka.HeaderSchema) != "llmobs.v1.GPUSampleBatch" {
				t.Fatalf("schema header %q", kafka.Header(r, kafka.HeaderSchema))
			}
			for _, s := range batch.Samples {
				key := []byte(s.HostName + "/" + s.GpuUuid)
				if len(s.TraceId) == 16 {
					key = s.TraceId
				}
				if want := kafka.PartitionFor(key, 3); r.Partition != want {
					t.Fatalf("sample %s/%s on partition %d, want %d", s.HostName, s.GpuUuid, r.Partition, want)
				}
			}
			samples = append(samples, batch.Samples...)
		case kafka.DefaultTopics().DLQ:
			dlq = append(dlq, kafka.Header(r, kafka.HeaderDLQReason))
		default:
			t.Fatalf("record to %s", r.Topic)
		}
	}
	return samples, dlq, res
}

// dcgm-exporter metrics as the Collector's prometheus receiver delivers
// them: one sample per (host, GPU, timestamp) merging every field, both
// label spellings, exemplars tying a sample to a request, other DCGM
// fields kept by name, non-DCGM metrics ignored, an unexpected metric type
// dead-lettered.
func TestDCGMMetrics(t *testing.T) {
	samples, dlq, _ := processFixture(t, SignalMetrics, "dcgm_metrics.json")
	if len(samples) != 3 {
		for _, s := range samples {
			t.Log(s)
		}
		t.Fatalf("%d samples, want 3 (GPU-aaaa at t0 and t15, GPU-bbbb at t0)", len(samples))
	}
	by := map[string]*llmobsv1.GPUSample{}
	for _, s := range samples {
		by[s.GpuUuid+"@"+formatInt(int64(s.TimeUnixNano-uint64(testStart.UnixNano()))/1e9)] = s
	}
	a := by["GPU-aaaa@0"]
	if a == nil || by["GPU-aaaa@15"] == nil || by["GPU-bbbb@0"] == nil {
		t.Fatalf("samples keyed %v", by)
	}
	v := func(p *float64) float64 {
		if p == nil {
			return -1
		}
		return *p
	}
	if v(a.UtilPercent) != 87 || v(a.MemUsedMib) != 70000 || v(a.MemFreeMib) != 11000 || v(a.PowerWatts) != 612.5 ||
		v(a.TotalEnergyMj) != 123456789 || v(a.TempCelsius) != 64 || v(a.SmClockMhz) != 1980 || v(a.GrEngineActive) != 0.91 {
		t.Fatalf("GPU-aaaa fields: %v", a)
	}
	if a.HostName != "node-a" || a.GpuIndex != "0" || a.GpuModel != "NVIDIA H100 80GB HBM3" || a.K8SPodName != "vllm-0" ||
		a.K8SNamespace != "inference" || a.K8SContainerName != "vllm" || a.Source != "otlp_metrics" || a.IngestTimeUnixNano == 0 {
		t.Fatalf("GPU-aaaa identity: %v", a)
	}
	if hex.EncodeToString(a.TraceId) != "5b8efff798038103d269b633813fc60c" || hex.EncodeToString(a.SpanId) != "eee19b7ec3c1b174" {
		t.Fatalf("exemplar not attached: %x %x", a.TraceId, a.SpanId)
	}
	if len(a.Extra) != 1 || a.Extra[0].Key != "DCGM_FI_DEV_MEM_COPY_UTIL" || a.Extra[0].Value != "40" {
		t.Fatalf("extra fields: %v", a.Extra)
	}
	b := by["GPU-bbbb@0"]
	if b.HostName != "node-a" || v(b.UtilPercent) != 3 || v(b.PowerWatts) != 70.1 || b.MemFreeMib != nil || len(b.TraceId) != 0 {
		t.Fatalf("GPU-bbbb (lowercase labels, absent fields unset): %v", b)
	}
	// The scrape target's pod (the exporter) is not the GPU's workload.
	if b.K8SPodName != "" {
		t.Fatalf("GPU-bbbb pod %q taken from the exporter's resource", b.K8SPodName)
	}
	if len(dlq) != 1 || dlq[0] != ReasonUnknownMetricType {
		t.Fatalf("DLQ reasons %v, want [%s]", dlq, ReasonUnknownMetricType)
	}
}

// Log records with trace context and GPU attributes become samples
// carrying the trace; plain log lines are ignored; a GPU record without a
// trace is refused as zero_trace_id.
func TestGPULogs(t *testing.T) {
	samples, dlq, _ := processFixture(t, SignalLogs, "gpu_logs.json")
	if len(samples) != 1 {
		t.Fatalf("%d samples, want 1", len(samples))
	}
	s := samples[0]
	if hex.EncodeToString(s.TraceId) != "5b8efff798038103d269b633813fc60c" || s.GpuUuid != "GPU-aaaa" || s.GpuIndex != "0" ||
		s.HostName != "node-a" || s.K8SPodName != "vllm-0" || s.ServiceName != "vllm" || s.UtilPercent == nil || *s.UtilPercent != 88 ||
		s.PowerWatts == nil || *s.PowerWatts != 600 {
		t.Fatalf("sample from log: %v", s)
	}
	if len(dlq) != 1 || dlq[0] != ReasonZeroTraceID {
		t.Fatalf("DLQ reasons %v, want [%s]", dlq, ReasonZeroTraceID)
	}
}
