package ingest

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	collogspb "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	colmetricspb "go.opentelemetry.io/proto/otlp/collector/metrics/v1"
	commonpb "go.opentelemetry.io/proto/otlp/common/v1"
	metricspb "go.opentelemetry.io/proto/otlp/metrics/v1"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// GPUResult is what one OTLP metrics or logs request became.
type GPUResult struct {
	Samples []*llmobsv1.GPUSample
	// Spans: log records of evaluations and user feedback, as
	// SPAN_CLASS_EVALUATION spans for llmobs.spans.
	Spans []*llmobsv1.Span
	// Rejected holds data points / records refused, per reason, with a
	// short detail; metrics have no cheap raw re-wrap, so the whole record
	// goes to the DLQ once when any of its points is refused.
	Rejected map[string]int
	// Ignored counts metrics that are not GPU metrics (they are someone
	// else's business: users' Collectors publish many).
	Ignored int
}

func (r *GPUResult) reject(reason string) {
	if r.Rejected == nil {
		r.Rejected = map[string]int{}
	}
	r.Rejected[reason]++
}

type sampleKey struct {
	host, gpu string
	ts        uint64
}

// dcgm field -> setter.
var dcgmFields = map[string]func(s *llmobsv1.GPUSample, v float64){
	"DCGM_FI_DEV_GPU_UTIL":                 func(s *llmobsv1.GPUSample, v float64) { s.UtilPercent = &v },
	"DCGM_FI_DEV_FB_USED":                  func(s *llmobsv1.GPUSample, v float64) { s.MemUsedMib = &v },
	"DCGM_FI_DEV_FB_FREE":                  func(s *llmobsv1.GPUSample, v float64) { s.MemFreeMib = &v },
	"DCGM_FI_DEV_POWER_USAGE":              func(s *llmobsv1.GPUSample, v float64) { s.PowerWatts = &v },
	"DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION": func(s *llmobsv1.GPUSample, v float64) { s.TotalEnergyMj = &v },
	"DCGM_FI_DEV_GPU_TEMP":                 func(s *llmobsv1.GPUSample, v float64) { s.TempCelsius = &v },
	"DCGM_FI_DEV_SM_CLOCK":                 func(s *llmobsv1.GPUSample, v float64) { s.SmClockMhz = &v },
	"DCGM_FI_PROF_GR_ENGINE_ACTIVE":        func(s *llmobsv1.GPUSample, v float64) { s.GrEngineActive = &v },
}

func kvString(kvs []*commonpb.KeyValue, keys ...string) string {
	for _, k := range keys {
		for _, kv := range kvs {
			if kv.Key == k {
				switch v := kv.Value.GetValue().(type) {
				case *commonpb.AnyValue_StringValue:
					return v.StringValue
				case *commonpb.AnyValue_IntValue:
					return formatInt(v.IntValue)
				}
			}
		}
	}
	return ""
}

func kvFloat(kvs []*commonpb.KeyValue, key string) (float64, bool) {
	for _, kv := range kvs {
		if kv.Key == key {
			switch v := kv.Value.GetValue().(type) {
			case *commonpb.AnyValue_DoubleValue:
				return v.DoubleValue, true
			case *commonpb.AnyValue_IntValue:
				return float64(v.IntValue), true
			}
		}
	}
	return 0, false
}

func formatInt(i int64) string {
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

func validUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// DecodeMetrics turns dcgm-exporter metrics, as an OTel Collector's
// prometheus receiver delivers them, into one GPUSample per (host, GPU,
// timestamp).
func (d *Decoder) DecodeMetrics(req *colmetricspb.ExportMetricsServiceRequest, source string, out *GPUResult) {
	now := d.now()
	samples := map[sampleKey]*llmobsv1.GPUSample{}
	for _, rm := range req.ResourceMetrics {
		resAttrs := rm.GetResource().GetAttributes()
		for _, sm := range rm.ScopeMetrics {
			for _, m := range sm.Metrics {
				if !strings.HasPrefix(m.Name, "DCGM_FI_") {
					out.Ignored++
					continue
				}
				var points []*metricspb.NumberDataPoint
				switch data := m.Data.(type) {
				case *metricspb.Metric_Gauge:
					points = data.Gauge.DataPoints
				case *metricspb.Metric_Sum:
					points = data.Sum.DataPoints
				default:
					// dcgm-exporter only writes gauges and counters.
					out.reject(ReasonUnknownMetricType)
					continue
				}
				set := dcgmFields[m.Name]
				for _, dp := range points {
					host := kvString(dp.Attributes, "Hostname", "hostname")
					if host == "" {
						host = kvString(resAttrs, "host.name", "server.address", "k8s.node.name")
					}
					uuid := kvString(dp.Attributes, "UUID", "uuid")
					idx := kvString(dp.Attributes, "gpu")
					if host == "" || (uuid == "" && idx == "") {
						out.reject("missing_gpu_identity")
						continue
					}
					if dp.TimeUnixNano == 0 || !d.timeOK(dp.TimeUnixNano, now) {
						out.reject(ReasonClockSkew)
						continue
					}
					var v float64
					switch x := dp.Value.(type) {
					case *metricspb.NumberDataPoint_AsDouble:
						v = x.AsDouble
					case *metricspb.NumberDataPoint_AsInt:
						v = float64(x.AsInt)
					default:
						out.reject(ReasonUnknownMetricType)
						continue
					}
					gpuKey := uuid
					if gpuKey == "" {
						gpuKey = "idx:" + idx
					}
					k := sampleKey{host, gpuKey, dp.TimeUnixNano}
					s := samples[k]
					if s == nil {
						s = &llmobsv1.GPUSample{
							TimeUnixNano: dp.TimeUnixNano, HostName: host, GpuIndex: idx, GpuUuid: uuid,
							GpuModel:     kvString(dp.Attributes, "modelName"),
							K8SNamespace: kvString(dp.Attributes, "namespace", "exported_namespace"),
							K8SPodName:   kvString(dp.Attributes, "pod", "exported_pod"), K8SContainerName: kvString(dp.Attributes, "container", "exported_container"),
							ServiceName: kvString(resAttrs, "service.name"), Source: source, IngestTimeUnixNano: uint64(now.UnixNano()),
						}
						if !validUTF8(s.HostName, s.GpuIndex, s.GpuUuid, s.GpuModel, s.K8SNamespace, s.K8SPodName, s.K8SContainerName, s.ServiceName) {
							out.reject(ReasonInvalidUTF8)
							continue
						}
						samples[k] = s
					}
					if set != nil {
						set(s, v)
					} else {
						s.Extra = append(s.Extra, &llmobsv1.KeyValue{Key: m.Name, Value: formatFloat(v)})
					}
					for _, ex := range dp.Exemplars {
						if len(ex.TraceId) == 16 && !isZero(ex.TraceId) && len(s.TraceId) == 0 {
							s.TraceId, s.SpanId = ex.TraceId, ex.SpanId
						}
					}
				}
			}
		}
	}
	out.Samples = append(out.Samples, sortedSamples(samples)...)
}

// DecodeLogs turns OTLP log records that carry trace context and GPU
// attributes (a model server logging the GPU that served a request) into
// GPU samples tied to that request.
func (d *Decoder) DecodeLogs(req *collogspb.ExportLogsServiceRequest, source string, out *GPUResult) {
	now := d.now()
	for _, rl := range req.ResourceLogs {
		resAttrs := rl.GetResource().GetAttributes()
		for _, sl := range rl.ScopeLogs {
			for _, lr := range sl.LogRecords {
				if d.logEval(lr, rl.GetResource(), source, now, out) {
					continue
				}
				uuid := kvString(lr.Attributes, "gpu.uuid", "gpu.id", "UUID")
				idx := kvString(lr.Attributes, "gpu.index", "gpu")
				if uuid == "" && idx == "" {
					out.Ignored++ // an ordinary log line
					continue
				}
				if len(lr.TraceId) != 16 || isZero(lr.TraceId) {
					out.reject(ReasonZeroTraceID)
					continue
				}
				ts := lr.TimeUnixNano
				if ts == 0 {
					ts = lr.ObservedTimeUnixNano
				}
				if ts == 0 || !d.timeOK(ts, now) {
					out.reject(ReasonClockSkew)
					continue
				}
				host := kvString(lr.Attributes, "host.name")
				if host == "" {
					host = kvString(resAttrs, "host.name", "k8s.node.name")
				}
				s := &llmobsv1.GPUSample{
					TimeUnixNano: ts, HostName: host, GpuUuid: uuid, GpuIndex: idx,
					GpuModel: kvString(lr.Attributes, "gpu.model"), TraceId: lr.TraceId, SpanId: lr.SpanId,
					K8SPodName: kvString(resAttrs, "k8s.pod.name"), K8SNamespace: kvString(resAttrs, "k8s.namespace.name"),
					ServiceName: kvString(resAttrs, "service.name"), Source: source, IngestTimeUnixNano: uint64(now.UnixNano()),
				}
				if !validUTF8(s.HostName, s.GpuUuid, s.GpuIndex, s.GpuModel, s.K8SPodName, s.K8SNamespace, s.ServiceName) {
					out.reject(ReasonInvalidUTF8)
					continue
				}
				if v, ok := kvFloat(lr.Attributes, "gpu.utilization"); ok {
					s.UtilPercent = &v
				}
				if v, ok := kvFloat(lr.Attributes, "gpu.power.usage"); ok {
					s.PowerWatts = &v
				}
				if v, ok := kvFloat(lr.Attributes, "gpu.memory.used"); ok {
					s.MemUsedMib = &v
				}
				out.Samples = append(out.Samples, s)
			}
		}
	}
}

func (d *Decoder) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Decoder) timeOK(ts uint64, now time.Time) bool {
	t := time.Unix(0, int64(ts))
	if d.Limits.MaxFutureSkew > 0 && t.Sub(now) > d.Limits.MaxFutureSkew {
		return false
	}
	if d.Limits.MaxAge > 0 && now.Sub(t) > d.Limits.MaxAge {
		return false
	}
	return true
}

func sortedSamples(m map[sampleKey]*llmobsv1.GPUSample) []*llmobsv1.GPUSample {
	keys := make([]sampleKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.ts != b.ts {
			return a.ts < b.ts
		}
		if a.host != b.host {
			return a.host < b.host
		}
		return a.gpu < b.gpu
	})
	out := make([]*llmobsv1.GPUSample, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}
