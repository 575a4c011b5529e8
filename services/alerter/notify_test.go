package alerter

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestNotifierRetriesAndPayloads(t *testing.T) {
	var amCalls, hookCalls atomic.Int32
	got := make(chan []map[string]any, 1)
	am := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/v2/alerts" {
			t.Errorf("path %s", r.URL.Path)
		}
		if amCalls.Add(1) < 3 { // two failures, then success
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		var v []map[string]any
		_ = json.NewDecoder(r.Body).Decode(&v)
		got <- v
	}))
	defer am.Close()
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hookCalls.Add(1)
		w.WriteHeader(http.StatusBadRequest) // not retried
	}))
	defer hook.Close()
	sent := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "x"}, []string{"receiver", "status"})
	n := NewNotifier([]*Receiver{
		{Name: "am", URL: am.URL, Alertmanager: true, Backoff: time.Millisecond},
		{Name: "hook", URL: hook.URL, Backoff: time.Millisecond},
	}, 4, sent)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { n.Run(ctx); close(done) }()
	n.Enqueue([]Alert{{Status: "resolved", Labels: map[string]string{"alertname": "A"}, StartsAt: t0, EndsAt: t0.Add(time.Minute), Fingerprint: "f"}})
	v := <-got
	if len(v) != 1 || v[0]["endsAt"] == nil || v[0]["labels"].(map[string]any)["alertname"] != "A" {
		t.Fatalf("%v", v)
	}
	waitFor(t, "metrics", func() bool {
		return testutil.ToFloat64(sent.WithLabelValues("am", "sent")) == 1 && testutil.ToFloat64(sent.WithLabelValues("hook", "failed")) == 1
	})
	if hookCalls.Load() != 1 || amCalls.Load() != 3 {
		t.Fatal(hookCalls.Load(), amCalls.Load())
	}
	cancel()
	<-done
	// Bounded queue: with nobody draining, the overflow is dropped and counted.
	for i := 0; i < 6; i++ {
		n.Enqueue([]Alert{{Status: "firing"}})
	}
	if d := testutil.ToFloat64(sent.WithLabelValues("am", "dropped")); d != 2 {
		t.Fatal(d)
	}
}
