package novelty

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// A new subject put the way an ordinary question is put can join that
// question's topic, which then surges: the surge shows the latest texts
// that joined it — the subject's — not the topic's first (the ordinary
// question, which says nothing of what is surging); the topic still lists
// its first texts, and a snapshot keeps both.
func TestSurgeOfAnOldTopicShowsWhatJoinedIt(t *testing.T) {
	unit := func(xs ...float64) []float32 {
		v := make([]float32, 8)
		var n float64
		for _, x := range xs {
			n += x * x
		}
		for i, x := range xs {
			v[i] = float32(x / math.Sqrt(n))
		}
		return v
	}
	d := New(Config{WarmUp: 50, MinCount: 5})
	base := time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)
	common, rare := unit(0, 1), unit(1, 0)
	var surges []Surge
	for sec := range 20 * 60 {
		at := base.Add(time.Duration(sec) * time.Second)
		_, sg := d.Observe("acme|chat-api", common, fmt.Sprintf("common question %d", sec%4), 1, at)
		surges = append(surges, sg...)
		if sec%20 == 0 {
			_, sg = d.Observe("acme|chat-api", rare, "My manager asked me about resetting my password", 1, at)
			surges = append(surges, sg...)
		}
		if sec >= 15*60 && sec%2 == 0 { // the subject, close to the rare question (cosine 0.96)
			_, sg = d.Observe("acme|chat-api", unit(1, 0, 0.3), fmt.Sprintf("My manager asked me about the data breach (%d)", sec), 1, at)
			surges = append(surges, sg...)
		}
	}
	if len(surges) == 0 || !surges[0].Started {
		t.Fatalf("surges %+v: want the rare topic's", surges)
	}
	sg := surges[0]
	if len(sg.Examples) != maxJoined || !strings.Contains(sg.Examples[0], "data breach") || !strings.Contains(strings.Join(sg.Examples, " "), "data breach") {
		t.Errorf("surge examples %q: want the subject's latest texts", sg.Examples)
	}
	if sg.Topic.Examples[0] != "My manager asked me about resetting my password" {
		t.Errorf("topic examples %q: want its first text first", sg.Topic.Examples)
	}
	_, _, surging, _ := d.State("acme|chat-api")
	b, _, err := d.Snapshot("acme|chat-api")
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{WarmUp: 50, MinCount: 5})
	if err := r.Restore("acme|chat-api", b); err != nil {
		t.Fatal(err)
	}
	_, _, restored, _ := r.State("acme|chat-api")
	if len(surging) != 1 || len(restored) != 1 || strings.Join(restored[0].Evidence(), "|") != strings.Join(surging[0].Evidence(), "|") {
		t.Errorf("surging %+v, restored %+v: want the same evidence", surging, restored)
	}
	t.Logf("surge at +%s, examples %q (topic's first: %q)", sg.At.Sub(base.Add(15*time.Minute)), sg.Examples, sg.Topic.Examples)
}
