package loadgen

import (
	"reflect"
	"testing"
)

// Each service runs on a few stable pods (a Deployment's replicas), not a
// new pod per trace.
func TestPodNamesBounded(t *testing.T) {
	traces, _, _, _, err := GenerateRequests(testConfig())
	if err != nil {
		t.Fatal(err)
	}
	pods := map[string]map[string]bool{}
	for _, tr := range traces {
		for _, rs := range tr.ResourceSpans {
			svc, pod := label(rs.Resource.Attributes, "service.name"), label(rs.Resource.Attributes, "k8s.pod.name")
			if pods[svc] == nil {
				pods[svc] = map[string]bool{}
			}
			pods[svc][pod] = true
		}
	}
	for svc, ps := range pods {
		if len(ps) == 0 || len(ps) > podsPerService {
			t.Errorf("%s runs on %d pods, want 1..%d: %v", svc, len(ps), podsPerService, ps)
		}
	}
}

// The per-request summaries add up to the run's summary.
func TestRequestSummariesAddUp(t *testing.T) {
	g, err := NewGenerator(testConfig())
	if err != nil {
		t.Fatal(err)
	}
	var total Summary
	total.init()
	for {
		r, ok := g.Next()
		if !ok {
			break
		}
		if r.Traces == nil && r.Summary.Traces != 0 || r.Metrics == nil && r.Summary.MetricPoints != 0 || r.Logs == nil && r.Summary.LogRecords != 0 {
			t.Fatalf("request's summary counts another kind: %+v", r.Summary)
		}
		total.add(r.Summary)
	}
	if want := g.Summary(); !reflect.DeepEqual(total, want) {
		t.Fatalf("requests add up to\n%+v\nrun summary\n%+v", total, want)
	}
}
