package novelty

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// A new subject put the way an ordinary question is put can join that
// question's topic, which then surges: the surge shows the most novel
// texts that joined it in the surge window — the subject's — not the
// topic's first (the ordinary question, which says nothing of what is
// surging) nor the ordinary rephrasings that keep joining it (they score
// lower); the topic still lists its first texts, and a snapshot keeps
// both. (K 1 here: in this small space the 5 nearest would reach the
// unrelated questions.)
func TestSurgeOfAnOldTopicShowsWhatJoinedIt(t *testing.T) {
	const dim = 80
	unit := func(xs map[int]float64) []float32 {
		v := make([]float32, dim)
		var n float64
		for _, x := range xs {
			n += x * x
		}
		for i, x := range xs {
			v[i] = float32(x / math.Sqrt(n))
		}
		return v
	}
	d := New(Config{WarmUp: 50, MinCount: 5, K: 1})
	base := time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)
	const svc = "acme|chat-api"
	var surges []Surge
	topicOf := map[string]string{}
	ask := func(text string, vec []float32, at time.Time) { // as the embedder: a text is observed once, then repeated
		if tp, ok := topicOf[text]; ok {
			surges = append(surges, d.Repeat(svc, tp, 1, at)...)
			return
		}
		r, sg := d.Observe(svc, vec, text, 1, at)
		topicOf[text] = r.Topic
		surges = append(surges, sg...)
	}
	for sec := range 20 * 60 {
		at := base.Add(time.Duration(sec) * time.Second)
		ask(fmt.Sprintf("common question %d", sec%4), unit(map[int]float64{1: 1, 2 + sec%4: 0.2}), at)
		if sec%60 == 0 {
			ask("My manager asked me about resetting my password", unit(map[int]float64{0: 1}), at)
		}
		if sec%120 == 7 { // an ordinary rephrasing joins the rare topic now and then: not novel
			ask(fmt.Sprintf("My manager asked me about resetting my password, <EMAIL> %d", sec), unit(map[int]float64{0: 1, 79: 0.05}), at)
		}
		if sec >= 15*60 && sec%5 == 0 { // the subject: each text 0.8 from the rare question, 0.64 from each other
			k := (sec - 15*60) / 5
			ask(fmt.Sprintf("My manager asked me about the data breach (%d)", k), unit(map[int]float64{0: 0.8, 10 + k: 0.6}), at)
		}
	}
	if len(surges) == 0 || !surges[0].Started {
		t.Fatalf("surges %+v: want the rare topic's", surges)
	}
	sg := surges[0]
	if len(sg.Examples) != maxEvidence || !strings.Contains(sg.Examples[0], "data breach") || !strings.Contains(strings.Join(sg.Examples, " "), "data breach") {
		t.Errorf("surge examples %q: want the subject's texts", sg.Examples)
	}
	if sg.Topic.Examples[0] != "My manager asked me about resetting my password" {
		t.Errorf("topic examples %q: want its first text first", sg.Topic.Examples)
	}
	_, _, surging, _ := d.State("acme|chat-api")
	b, _, err := d.Snapshot("acme|chat-api")
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{WarmUp: 50, MinCount: 5, K: 1})
	if err := r.Restore("acme|chat-api", b); err != nil {
		t.Fatal(err)
	}
	_, _, restored, _ := r.State("acme|chat-api")
	if len(surging) != 1 || len(restored) != 1 || strings.Join(restored[0].Evidence(), "|") != strings.Join(surging[0].Evidence(), "|") {
		t.Errorf("surging %+v, restored %+v: want the same evidence", surging, restored)
	}
	t.Logf("surge at +%s, examples %q (topic's first: %q)", sg.At.Sub(base.Add(15*time.Minute)), sg.Examples, sg.Topic.Examples)
}
