package novelty

import (
	"math"
	"testing"
	"time"
)

// Topic.History is the topic's share over the surge window ending at each
// of the latest buckets, oldest first, ending at Share and bounded by
// HistoryPoints: a topic that grows from nothing to half of the prompts
// shows as a rising series.
func TestTopicHistory(t *testing.T) {
	d := New(Config{Bucket: time.Minute, SurgeWindow: time.Minute, Baseline: 10 * time.Minute})
	a, b := []float32{1, 0}, []float32{0, 1}
	// 40 minutes: 10 prompts a minute on subject a, and from minute 36
	// as many on b.
	for m := range 40 {
		for i := range 10 {
			at := baseTime.Add(time.Duration(m)*time.Minute + time.Duration(i)*time.Second)
			d.Observe("s", a, "about a", 1, at)
			if m >= 36 {
				d.Observe("s", b, "about b", 1, at)
			}
		}
	}
	var ta, tb *Topic
	ts := d.Topics("s")
	for i := range ts {
		switch ts[i].Examples[0] {
		case "about a":
			ta = &ts[i]
		case "about b":
			tb = &ts[i]
		}
	}
	if ta == nil || tb == nil {
		t.Fatalf("topics %+v", ts)
	}
	// The kept horizon (baseline + window + 2 buckets) is shorter than
	// HistoryPoints here: 13 points, none before it.
	if len(ta.History) != 13 || len(tb.History) != 13 {
		t.Fatalf("history lengths %d, %d, want 13", len(ta.History), len(tb.History))
	}
	for _, tp := range []*Topic{ta, tb} {
		if last := tp.History[len(tp.History)-1]; math.Abs(last-tp.Share) > 1e-9 {
			t.Errorf("%s: history ends at %g, share %g", tp.ID, last, tp.Share)
		}
	}
	want := []float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5}
	for i, v := range tb.History {
		if math.Abs(v-want[i]) > 1e-9 {
			t.Fatalf("new topic's history %v, want %v", tb.History, want)
		}
	}
	if ta.History[0] != 1 || ta.History[12] != 0.5 {
		t.Errorf("old topic's history %v", ta.History)
	}
	// Bounded: with a longer horizon, HistoryPoints.
	d = New(Config{})
	for m := range 50 {
		d.Observe("s", a, "about a", 1, baseTime.Add(time.Duration(m)*time.Minute))
	}
	if h := d.Topics("s")[0].History; len(h) != HistoryPoints {
		t.Errorf("%d history points, want %d", len(h), HistoryPoints)
	}
}
