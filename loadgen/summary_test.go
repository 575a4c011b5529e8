package loadgen

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
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

// With no broker, a cancelled Run gives up after the flush grace and
// reports nothing acknowledged.
func TestRunWithoutBrokerEndsAndReportsNothing(t *testing.T) {
	defer func(d time.Duration) { flushGrace = d }(flushGrace)
	flushGrace = 300 * time.Millisecond
	cl, err := kgo.NewClient(kgo.SeedBrokers("127.0.0.1:1"))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	cfg := testConfig()
	cfg.Duration = 2 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	t0 := time.Now()
	sum, err := Run(ctx, cfg, cl, nil)
	if err == nil {
		t.Fatal("no error without a broker")
	}
	if d := time.Since(t0); d > 5*time.Second {
		t.Fatalf("Run took %v after cancel", d)
	}
	if sum.Traces != 0 || len(sum.Records) != 0 {
		t.Fatalf("nothing was acknowledged, summary says %+v", sum)
	}
}
