package loadgen

import (
	"testing"
	"time"
)

// GPU utilisation follows the requests the generator runs on the GPU, and
// every exemplar and GPU log record points at an LLM call that runs on
// that host at the sample's time.
func TestGPUFollowsLoad(t *testing.T) {
	cfg := testConfig()
	traces, metrics, logs, _, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	type call struct {
		host       string
		start, end uint64
	}
	calls := map[string]call{} // trace+span ID
	var perHost = map[string][]call{}
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			host := label(rs.Resource.Attributes, "host.name")
			if label(rs.Resource.Attributes, "service.name") != "support-agent" || host == "" {
				continue
			}
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					c := call{host, s.StartTimeUnixNano, s.EndTimeUnixNano}
					calls[string(s.TraceId)+string(s.SpanId)] = c
					perHost[host] = append(perHost[host], c)
				}
			}
		}
	}
	if len(calls) == 0 {
		t.Fatal("no self-hosted calls")
	}
	hostBusy := func(host string, ts uint64) bool {
		for _, c := range perHost[host] {
			if c.start <= ts && ts < c.end {
				return true
			}
		}
		return false
	}
	runsAt := func(key, host string, ts uint64) bool {
		c, ok := calls[key]
		return ok && c.host == host && c.start <= ts && ts < c.end
	}
	var idle, busy, exemplars int
	for _, req := range metrics {
		for _, rm := range req.ResourceMetrics {
			for _, sm := range rm.ScopeMetrics {
				for _, m := range sm.Metrics {
					if m.Name != "DCGM_FI_DEV_GPU_UTIL" {
						continue
					}
					for _, dp := range m.GetGauge().GetDataPoints() {
						host := label(dp.Attributes, "Hostname", "hostname")
						util := dp.GetAsDouble()
						for _, e := range dp.Exemplars {
							exemplars++
							if !runsAt(string(e.TraceId)+string(e.SpanId), host, dp.TimeUnixNano) {
								t.Fatalf("exemplar on %s at %v names no call running there", host, time.Unix(0, int64(dp.TimeUnixNano)))
							}
							if util < 40 {
								t.Fatalf("GPU running a request reports %v%% utilisation", util)
							}
							busy++
						}
						if !hostBusy(host, dp.TimeUnixNano) { // no call on any of the host's GPUs
							idle++
							if util >= 10 {
								t.Fatalf("idle host %s reports %v%% utilisation", host, util)
							}
						}
					}
				}
			}
		}
	}
	if exemplars == 0 || idle == 0 || busy == 0 {
		t.Fatalf("exemplars=%d idle samples=%d busy samples=%d", exemplars, idle, busy)
	}
	var logRecords int
	for _, req := range logs {
		for _, rl := range req.ResourceLogs {
			for _, sl := range rl.ScopeLogs {
				for _, lr := range sl.LogRecords {
					logRecords++
					host := label(lr.Attributes, "host.name")
					if !runsAt(string(lr.TraceId)+string(lr.SpanId), host, lr.TimeUnixNano) {
						t.Fatalf("GPU log record on %s names no call running there", host)
					}
				}
			}
		}
	}
	if logRecords == 0 {
		t.Fatal("no GPU log records")
	}
}

func TestIncidentWindows(t *testing.T) {
	cfg := testConfig()
	cfg.Duration = 100 * time.Second
	ws, err := IncidentWindows(cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]time.Duration{
		IncidentLatencySpike: {25 * time.Second, 40 * time.Second},
		IncidentErrorBurst:   {50 * time.Second, 62 * time.Second},
		IncidentCostSpike:    {70 * time.Second, 85 * time.Second},
	}
	if len(ws) != len(want) {
		t.Fatalf("%d windows, want %d", len(ws), len(want))
	}
	for _, w := range ws {
		if got := [2]time.Duration{w.Start.Sub(cfg.Start), w.End.Sub(cfg.Start)}; got != want[w.Name] {
			t.Errorf("%s at %v, want %v", w.Name, got, want[w.Name])
		}
	}
	// The window holds exactly the calls the generator marked.
	var lat IncidentWindow
	for _, w := range ws {
		if w.Name == IncidentLatencySpike {
			lat = w
		}
	}
	traces, _, _, sum, err := GenerateRequests(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var inWindow int64
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			if label(rs.Resource.Attributes, "service.name") != lat.Service {
				continue
			}
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					st := time.Unix(0, int64(s.StartTimeUnixNano))
					if s.Name == "chat "+lat.Model && !st.Before(lat.Start) && st.Before(lat.End) {
						inWindow++
					}
				}
			}
		}
	}
	if inWindow == 0 || inWindow != sum.IncidentSpans[IncidentLatencySpike] {
		t.Fatalf("%d calls in the window, summary marks %d", inWindow, sum.IncidentSpans[IncidentLatencySpike])
	}
	cfg.Incidents = []string{IncidentCostSpike}
	if ws, _ := IncidentWindows(cfg); len(ws) != 1 || ws[0].Name != IncidentCostSpike {
		t.Fatalf("only cost_spike asked, got %+v", ws)
	}
	cfg.Start = time.Time{}
	if _, err := IncidentWindows(cfg); err == nil {
		t.Fatal("no start accepted")
	}
}
