package loadgen

import (
	"reflect"
	"strings"
	"testing"
	"time"
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

func TestProgressLine(t *testing.T) {
	var b strings.Builder
	p := newProgress(&b, 100)
	p.expected = 10 * time.Second
	p.update(40, 7, false) // too soon after start: nothing
	if b.Len() != 0 {
		t.Fatalf("wrote %q before the interval", b.String())
	}
	p.update(100, 12, true)
	got := b.String()
	for _, want := range []string{"100%", "/10s", "100/100 traces", "12 records acked", "\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("progress %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "\r") {
		t.Errorf("not a terminal, but %q rewrites the line", got)
	}
	var nilP *progressLine
	nilP.update(1, 1, true) // no writer: no-op
}
