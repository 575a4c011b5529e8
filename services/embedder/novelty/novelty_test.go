package novelty

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// corpus embeds the default traffic's questions and the novel subject's
// with the built-in encoder (what the embedder runs).
type corpus struct {
	def, novel []string
	vecs       map[string][]float32
}

func loadCorpus(t *testing.T) *corpus {
	t.Helper()
	dir := filepath.Join("..", "models", "use-lite")
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		if os.Getenv("LLMOBS_REQUIRE_TOOLS") != "" {
			t.Fatalf("encoder weights not in %s (llmobs models)", dir)
		}
		t.Skipf("encoder weights not in %s (run `llmobs models`)", dir)
	}
	enc, err := encoder.NewUSELite(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := &corpus{vecs: map[string][]float32{}}
	for _, f := range askForms {
		for _, tp := range defaultTopics {
			c.def = append(c.def, fmt.Sprintf(f, tp))
		}
		for _, tp := range novelTopics {
			c.novel = append(c.novel, fmt.Sprintf(f, tp))
		}
	}
	all := append(append([]string{}, c.def...), c.novel...)
	vs, err := enc.Embed(t.Context(), all)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range all {
		c.vecs[s] = vs[i]
	}
	return c
}

// stream plays prompts into a detector as the embedder does: a text's
// first occurrence is embedded and observed, later ones are repeats of
// its topic.
type stream struct {
	d      *Detector
	c      *corpus
	topic  map[string]string
	novel  map[string]bool // texts flagged novel on first sight
	surges []Surge
}

func (s *stream) ask(text string, at time.Time) {
	if id, ok := s.topic[text]; ok {
		s.surges = append(s.surges, s.d.Repeat("chat-api", id, 1, at)...)
		return
	}
	r, sg := s.d.Observe("chat-api", s.c.vecs[text], text, 1, at)
	s.topic[text] = r.Topic
	s.novel[text] = r.Novel
	s.surges = append(s.surges, sg...)
}

// An hour of the default traffic at 20 questions/s (event time, so it
// runs in a second) raises no surge; then a new subject at 5 % of the
// traffic is detected within 2 minutes, its questions are flagged novel
// and share one topic, and the surge ends after the subject stops.
func TestNovelSubjectSurgeAndNoFalseAlarms(t *testing.T) {
	c := loadCorpus(t)
	s := &stream{d: New(Config{}), c: c, topic: map[string]string{}, novel: map[string]bool{}}
	rng := rand.New(rand.NewPCG(7, 11))
	const rate = 20
	at := baseTime
	step := time.Second / rate
	for range 3600 * rate {
		s.ask(c.def[rng.IntN(len(c.def))], at)
		at = at.Add(step)
	}
	if len(s.surges) > 0 {
		t.Fatalf("false alarm in an hour of the default traffic: %+v", s.surges[0].Topic)
	}
	if w := s.d.Warm()["chat-api"]; w < 3600*rate {
		t.Fatalf("warm-up counted %d prompts", w)
	}

	start := at
	var detected time.Time
	var surged Surge
	for range 10 * 60 * rate {
		text := c.def[rng.IntN(len(c.def))]
		if rng.Float64() < 0.05 {
			text = c.novel[rng.IntN(len(c.novel))]
		}
		n := len(s.surges)
		s.ask(text, at)
		for _, sg := range s.surges[n:] {
			if sg.Started && detected.IsZero() {
				detected, surged = at, sg
			}
		}
		at = at.Add(step)
	}
	if detected.IsZero() {
		t.Fatalf("a new subject at 5%% of the traffic for 10 minutes raised no surge; topics: %+v", s.d.Topics("chat-api")[:3])
	}
	delay := detected.Sub(start)
	t.Logf("new subject at 5%%: surge after %s of event time, topic %s share %.3f, examples %q", delay, surged.Topic.ID, surged.Topic.Share, surged.Examples)
	if delay > 2*time.Minute {
		t.Errorf("detected after %s, want within 2 minutes", delay)
	}
	// Its questions share the surging topic (one phrasing may land in
	// an older topic before the new one exists), and the first to arrive
	// are flagged novel: later ones have neighbours of their own subject.
	in, novel := 0, 0
	for _, text := range c.novel {
		if s.topic[text] == surged.Topic.ID {
			in++
		}
		if s.novel[text] {
			novel++
		}
	}
	if in < len(c.novel)*4/5 {
		t.Errorf("%d of %d new-subject questions in the surging topic", in, len(c.novel))
	}
	if novel == 0 {
		t.Error("no new-subject question flagged novel")
	}
	t.Logf("%d of %d new-subject phrasings in the surging topic, %d flagged novel", in, len(c.novel), novel)
	for _, text := range c.def {
		if s.novel[text] {
			t.Errorf("a default question flagged novel: %q", text)
		}
	}
	for _, sg := range s.surges {
		if sg.Topic.ID != surged.Topic.ID {
			t.Errorf("a default topic surged: %+v", sg.Topic)
		}
	}

	// The subject stops: the surge ends within a few minutes.
	stop := at
	var ended time.Time
	for range 10 * 60 * rate {
		n := len(s.surges)
		s.ask(c.def[rng.IntN(len(c.def))], at)
		for _, sg := range s.surges[n:] {
			if !sg.Started && sg.Topic.ID == surged.Topic.ID && ended.IsZero() {
				ended = at
			}
		}
		at = at.Add(step)
	}
	if ended.IsZero() || ended.Sub(stop) > 4*time.Minute {
		t.Errorf("surge end: %v after the subject stopped", ended.Sub(stop))
	}
}

// A cold start (an empty index, where everything is new) raises no surge:
// the baseline warms up first.
func TestColdStartRaisesNoSurge(t *testing.T) {
	c := loadCorpus(t)
	s := &stream{d: New(Config{}), c: c, topic: map[string]string{}, novel: map[string]bool{}}
	rng := rand.New(rand.NewPCG(1, 2))
	at := baseTime
	for range 10 * 60 * 20 {
		text := c.def[rng.IntN(len(c.def))]
		if rng.Float64() < 0.3 {
			text = c.novel[rng.IntN(len(c.novel))] // common from the start: not a surge
		}
		s.ask(text, at)
		at = at.Add(50 * time.Millisecond)
	}
	if len(s.surges) > 0 {
		t.Fatalf("cold start raised %d surges, first %+v", len(s.surges), s.surges[0].Topic)
	}
	for text, n := range s.novel {
		if n {
			t.Errorf("flagged novel during or right after warm-up on a steady mix: %q", text)
		}
	}
}

// Memory and work are bounded: the window and the topic cap hold however
// many distinct prompts arrive.
func TestBounded(t *testing.T) {
	d := New(Config{Window: 50, MaxTopics: 10, JoinSimilarity: 0.999})
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 1000 {
		v := make([]float32, 16)
		var n float32
		for j := range v {
			v[j] = float32(rng.NormFloat64())
			n += v[j] * v[j]
		}
		for j := range v {
			v[j] /= float32(math32sqrt(n))
		}
		d.Observe("s", v, fmt.Sprint(i), 1, baseTime.Add(time.Duration(i)*time.Second))
	}
	st := d.svc["s"]
	if len(st.ring) != 50 || len(st.topics) != 10 {
		t.Fatalf("ring %d (cap 50), topics %d (cap 10)", len(st.ring), len(st.topics))
	}
	if got := len(st.total.n); got > int((30*time.Minute+2*time.Minute)/time.Minute)+2 {
		t.Fatalf("%d rate buckets kept", got)
	}
}

func math32sqrt(x float32) float64 {
	r := float64(x)
	z := r
	for range 30 {
		z = (z + r/z) / 2
	}
	return z
}
