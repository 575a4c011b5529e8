// Package novelty looks at the geometry of what users ask, per service:
// how far each new prompt is from the recent ones (a k-nearest-neighbour
// novelty score), which topic it belongs to (an online clustering whose
// centroids drift with their members), and when a topic that is new or
// rare grows beyond its baseline (a surge). Everything runs on event time
// (the spans' times), so a replay or an accelerated test behaves like the
// live stream, and everything is bounded: a fixed window of recent vectors
// and a fixed number of topics per service.
//
// It sees unit vectors (the built-in encoder's are L2-normalised, so the
// dot product is the cosine similarity) and is safe for concurrent use.
package novelty

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
)

// Config tunes the detector. The zero value of a field takes its default.
type Config struct {
	// Window is how many recent prompt vectors per service the novelty
	// score compares against (default 2000: 4 MB at 512 dims).
	Window int `yaml:"window"`
	// K neighbours make the score: 1 − their mean cosine similarity
	// (default 5). Repeats of one prompt count once per distinct text.
	K int `yaml:"k"`
	// Threshold: a prompt whose score exceeds it is novel (default 0.3,
	// calibrated on the built-in encoder: rephrasings of a known question
	// score under 0.23, questions on a new subject 0.31 and up).
	Threshold float64 `yaml:"threshold"`
	// WarmUp is how many prompts a service needs before its scores,
	// topics and surges count (default 300): on an empty index
	// everything is new.
	WarmUp int `yaml:"warm_up"`
	// JoinSimilarity: a prompt joins the nearest topic whose centroid is
	// at least this similar, else it starts a topic (default 0.75: on
	// the load generator's questions it finds the 20 subjects it asks
	// about, each in its five phrasings, and a new subject as one topic).
	JoinSimilarity float64 `yaml:"join_similarity"`
	// MaxTopics per service; the least recently active goes first
	// (default 256).
	MaxTopics int `yaml:"max_topics"`
	// Bucket is the time step of topic rates (default 1 m); SurgeWindow
	// how much recent time a surge is judged on (default 2 m) and
	// Baseline how much history before it (default 30 m).
	Bucket      time.Duration `yaml:"bucket"`
	SurgeWindow time.Duration `yaml:"surge_window"`
	Baseline    time.Duration `yaml:"baseline"`
	// MinShare: a topic surges when its share of the service's prompts
	// over SurgeWindow reaches this (default 0.03) and is at least
	// Factor times its baseline share (default 4); it ends when the share
	// falls below half of MinShare.
	MinShare float64 `yaml:"min_share"`
	Factor   float64 `yaml:"factor"`
	// MinCount: fewer prompts in the surge window never surge (default 10).
	MinCount int `yaml:"min_count"`
}

func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	deff := func(v *float64, d float64) {
		if *v <= 0 {
			*v = d
		}
	}
	defd := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.Window, 2000)
	def(&c.K, 5)
	deff(&c.Threshold, 0.3)
	def(&c.WarmUp, 300)
	deff(&c.JoinSimilarity, 0.75)
	def(&c.MaxTopics, 256)
	defd(&c.Bucket, time.Minute)
	defd(&c.SurgeWindow, 2*time.Minute)
	defd(&c.Baseline, 30*time.Minute)
	deff(&c.MinShare, 0.03)
	deff(&c.Factor, 4)
	def(&c.MinCount, 10)
	return c
}

// Validate names the wrong key.
func (c Config) Validate() error {
	d := c.withDefaults()
	switch {
	case c.Threshold > 2:
		return config.Errorf("threshold", "%g is beyond the largest cosine distance (2)", c.Threshold)
	case c.JoinSimilarity > 1:
		return config.Errorf("join_similarity", "%g is more than 1", c.JoinSimilarity)
	case c.MinShare > 1:
		return config.Errorf("min_share", "%g is more than 1", c.MinShare)
	case d.SurgeWindow < d.Bucket:
		return config.Errorf("surge_window", "%s is shorter than bucket %s", d.SurgeWindow, d.Bucket)
	case d.Baseline < d.SurgeWindow:
		return config.Errorf("baseline", "%s is shorter than surge_window %s", d.Baseline, d.SurgeWindow)
	}
	return nil
}

// Result is what the detector says about one prompt.
type Result struct {
	// Score is 1 − the mean cosine similarity of the K nearest recent
	// prompts of the service (0: seen before; 1: unrelated).
	Score float64
	// Novel: the service is warm and Score exceeds the threshold.
	Novel bool
	// Warm: the service has seen WarmUp prompts.
	Warm bool
	// Topic is the prompt's topic ("<service>/<hash of the text that
	// founded it>"); NewTopic when it started one.
	Topic    string
	NewTopic bool
}

// Topic describes one topic of a service.
type Topic struct {
	ID      string    `json:"id"`
	Service string    `json:"service"`
	Size    int64     `json:"size"` // prompts it got, repeats included
	Created time.Time `json:"created"`
	Last    time.Time `json:"last"`
	// Recent: prompts over the surge window ending at the service's
	// latest event time; Share: of all the service's prompts then;
	// BaselineShare over the baseline before it.
	Recent        int64   `json:"recent"`
	Share         float64 `json:"share"`
	BaselineShare float64 `json:"baseline_share"`
	Growth        float64 `json:"growth"` // Share / BaselineShare (0 when New)
	New           bool    `json:"new"`    // none of its prompts in the baseline
	Surging       bool    `json:"surging"`
	// Since: the event time the current surge started (zero: none).
	Since    time.Time `json:"since,omitzero"`
	Examples []string  `json:"examples"` // the first prompts (as given: redacted)
	// Joined: of the latest distinct texts that joined it, those of the
	// surge window, the most novel first (at most 3) — what a surge of an
	// old topic is made of: a new subject can join a topic founded by an
	// ordinary question put the same way, whose first texts say nothing
	// of the surge, and the ordinary texts that keep joining (rephrasings,
	// redacted variants) score lower than the new subject's.
	Joined []string `json:"joined,omitempty"`
	// History: Share as it was at the end of each of the latest rate
	// buckets (the surge window ending there), oldest first, the last
	// being Share: at most HistoryPoints, none before the service's
	// oldest kept bucket. Topics fills it (a console's sparkline).
	History []float64 `json:"history,omitempty"`
}

// HistoryPoints bounds Topic.History.
const HistoryPoints = 30

// Evidence are the texts to show for a surge of the topic: a new topic's
// first texts (all of the new kind), else the most novel that joined it in
// the surge window, else its first.
func (t Topic) Evidence() []string {
	if !t.New && len(t.Joined) > 0 {
		return t.Joined
	}
	return t.Examples
}

// Surge is a change of a topic's surge state.
type Surge struct {
	Topic    Topic
	Started  bool // false: ended
	At       time.Time
	Examples []string
}

// Detector holds every service's state.
type Detector struct {
	cfg  Config
	keep int // rate buckets kept: baseline + surge window
	mu   sync.Mutex
	svc  map[string]*service
}

// New returns a detector.
func New(cfg Config) *Detector {
	cfg = cfg.withDefaults()
	return &Detector{cfg: cfg, keep: int((cfg.Baseline+cfg.SurgeWindow)/cfg.Bucket) + 2, svc: map[string]*service{}}
}

type service struct {
	name   string
	seen   int
	ring   [][]float32 // recent vectors (distinct texts), ring buffer
	next   int
	topics []*topic
	byID   map[string]*topic
	latest time.Time
	total  buckets // every prompt of the service, per bucket
}

type topic struct {
	id       string
	centroid []float32 // unit length
	sum      []float64 // running sum of members' vectors
	size     int64
	created  time.Time
	last     time.Time
	counts   buckets
	examples []string
	joined   []joined // latest distinct texts that joined, oldest first
	surging  bool
	since    time.Time // event time the current surge started
}

// buckets counts per time bucket over a bounded horizon.
type buckets struct {
	start int64 // index (unix time / bucket) of counts[0]
	n     []int64
}

func (b *buckets) add(i int64, w int64, keep int) {
	if b.n == nil {
		b.start = i
	}
	if i < b.start {
		return // older than the horizon kept
	}
	for i-b.start >= int64(len(b.n)) {
		b.n = append(b.n, 0)
	}
	b.n[i-b.start] += w
	if drop := len(b.n) - keep; drop > 0 {
		b.n = slices.Delete(b.n, 0, drop)
		b.start += int64(drop)
	}
}

// sum counts buckets [from, to).
func (b *buckets) sum(from, to int64) int64 {
	var s int64
	for i := max(from, b.start); i < to && i-b.start < int64(len(b.n)); i++ {
		s += b.n[i-b.start]
	}
	return s
}

// joined is a text that joined a topic: its novelty score and time.
type joined struct {
	Text  string
	Score float64
	At    time.Time
}

// maxJoined bounds the texts a topic remembers joining; Topic.Joined
// lists at most maxEvidence of them.
const (
	maxJoined   = 8
	maxEvidence = 3
)

func (d *Detector) bucket(t time.Time) int64 { return t.UnixNano() / int64(d.cfg.Bucket) }

// Observe takes one distinct prompt text of a service (vec: its unit
// embedding, weight: how many times it was asked in this batch, at: its
// event time) and returns what it is; surges lists the topics whose surge
// state changed.
func (d *Detector) Observe(svcName string, vec []float32, text string, weight int64, at time.Time) (Result, []Surge) {
	if weight < 1 {
		weight = 1
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.service(svcName)
	var r Result
	r.Score = d.score(s, vec)
	d.remember(s, vec)
	moved := d.arrive(s, weight, at)
	r.Warm = s.seen > d.cfg.WarmUp
	r.Novel = r.Warm && r.Score > d.cfg.Threshold
	t, isNew := d.assign(s, vec, text, at)
	d.count(t, weight, at)
	if len(t.examples) < 3 && !slices.Contains(t.examples, text) {
		t.examples = append(t.examples, text)
	}
	t.joined = slices.DeleteFunc(t.joined, func(j joined) bool { return j.Text == text })
	t.joined = append(t.joined, joined{Text: text, Score: r.Score, At: at})
	if n := len(t.joined) - maxJoined; n > 0 {
		t.joined = slices.Delete(t.joined, 0, n)
	}
	r.Topic, r.NewTopic = t.id, isNew
	return r, d.judge(s, t, moved)
}

// Repeat counts prompts whose text was observed before (the embedder
// deduplicates texts and remembers each one's topic): they weigh in the
// topic's rate without being embedded again. A topic evicted meanwhile
// counts for the service only.
func (d *Detector) Repeat(svcName, topicID string, weight int64, at time.Time) []Surge {
	if weight < 1 {
		weight = 1
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.service(svcName)
	moved := d.arrive(s, weight, at)
	t := s.byID[topicID]
	if t != nil {
		d.count(t, weight, at)
	}
	return d.judge(s, t, moved)
}

func (d *Detector) service(name string) *service {
	s := d.svc[name]
	if s == nil {
		s = &service{name: name, byID: map[string]*topic{}}
		d.svc[name] = s
	}
	return s
}

// arrive counts prompts for their service at their event time. moved: the
// time is in another bucket than the service's latest (the clock moved
// on, or an old prompt changed the baseline), so every topic is judged.
func (d *Detector) arrive(s *service, weight int64, at time.Time) (moved bool) {
	moved = d.bucket(at) != d.bucket(s.latest)
	s.seen += int(weight)
	if at.After(s.latest) {
		s.latest = at
	}
	s.total.add(d.bucket(at), weight, d.keep)
	return moved
}

func (d *Detector) count(t *topic, weight int64, at time.Time) {
	t.size += weight
	t.counts.add(d.bucket(at), weight, d.keep)
	if at.After(t.last) {
		t.last = at
	}
}

// score is 1 − the mean similarity of the K nearest remembered vectors
// (1 when there are none).
func (d *Detector) score(s *service, v []float32) float64 {
	if len(s.ring) == 0 {
		return 1
	}
	k := min(d.cfg.K, len(s.ring))
	best := make([]float64, 0, k+1) // ascending similarities, the k largest
	for _, u := range s.ring {
		sim := dot(u, v)
		if len(best) < k {
			best = append(best, sim)
			sort.Float64s(best)
			continue
		}
		if sim > best[0] {
			best[0] = sim
			sort.Float64s(best)
		}
	}
	var m float64
	for _, b := range best {
		m += b
	}
	return 1 - m/float64(len(best))
}

func (d *Detector) remember(s *service, v []float32) {
	c := slices.Clone(v)
	if len(s.ring) < d.cfg.Window {
		s.ring = append(s.ring, c)
		return
	}
	s.ring[s.next] = c
	s.next = (s.next + 1) % d.cfg.Window
}

// assign puts v in the nearest topic similar enough, moving its centroid,
// or starts a topic (evicting the least recently active at the cap).
func (d *Detector) assign(s *service, v []float32, founder string, at time.Time) (*topic, bool) {
	var best *topic
	bestSim := -2.0
	for _, t := range s.topics {
		if sim := dot(t.centroid, v); sim > bestSim {
			best, bestSim = t, sim
		}
	}
	if best != nil && bestSim >= d.cfg.JoinSimilarity {
		for i, x := range v {
			best.sum[i] += float64(x)
		}
		normalise(best.centroid, best.sum)
		return best, false
	}
	if len(s.topics) >= d.cfg.MaxTopics {
		oldest := 0
		for i, t := range s.topics {
			if t.last.Before(s.topics[oldest].last) {
				oldest = i
			}
		}
		delete(s.byID, s.topics[oldest].id)
		s.topics = slices.Delete(s.topics, oldest, oldest+1)
	}
	// Named after the text that founded it: the same across restarts
	// of the detector (whose state is in memory) for the same founder.
	h := fnv.New64a()
	h.Write([]byte(founder))
	t := &topic{id: fmt.Sprintf("%s/%016x", s.name, h.Sum64()), centroid: slices.Clone(v), sum: make([]float64, len(v)), created: at, last: at}
	for i, x := range v {
		t.sum[i] = float64(x)
	}
	s.topics = append(s.topics, t)
	s.byID[t.id] = t
	return t, true
}

// judge updates the surge state at the service's latest event time and
// returns the changes. Nothing surges before the service is warm and its
// baseline holds at least half as many prompts as the surge window: on a
// cold start every topic is new. Within one bucket a prompt only adds to
// its topic (touched) and to the service's total, which lowers every other
// share: only touched can start and only surging topics can end, so the
// others are judged when the bucket moves (all).
func (d *Detector) judge(s *service, touched *topic, all bool) []Surge {
	if s.seen <= d.cfg.WarmUp {
		return nil
	}
	var out []Surge
	for _, t := range s.topics {
		if !all && t != touched && !t.surging {
			continue
		}
		// The counts first; the whole view (examples, evidence) only for
		// a change: the bucket moving judges every topic.
		recent, share, baseShare, baseAll, tot := d.shares(s, t)
		switch {
		case !t.surging && 2*baseAll >= tot && recent >= int64(d.cfg.MinCount) && share >= d.cfg.MinShare && share >= d.cfg.Factor*baseShare:
			t.surging, t.since = true, s.latest
			v, _, _ := d.view(s, t)
			out = append(out, Surge{Topic: v, Started: true, At: s.latest, Examples: v.Evidence()})
		case t.surging && share < d.cfg.MinShare/2:
			v, _, _ := d.view(s, t) // as it was while surging
			t.surging, t.since = false, time.Time{}
			out = append(out, Surge{Topic: v, Started: false, At: s.latest, Examples: v.Evidence()})
		}
	}
	return out
}

// view describes t at s's latest event time. The surge window is the
// current bucket and the ones before it, so a surge is seen within a
// bucket of starting.
func (d *Detector) view(s *service, t *topic) (v Topic, baseAll, tot int64) {
	recent, share, baseShare, baseAll, tot := d.shares(s, t)
	v = Topic{ID: t.id, Service: s.name, Size: t.size, Created: t.created, Last: t.last, Recent: recent, Surging: t.surging, Since: t.since, Examples: slices.Clone(t.examples), Share: share, BaselineShare: baseShare}
	var in []joined
	for _, j := range t.joined {
		if j.At.After(s.latest.Add(-d.cfg.SurgeWindow)) {
			in = append(in, j)
		}
	}
	slices.SortStableFunc(in, func(a, b joined) int { return cmp.Compare(b.Score, a.Score) })
	for _, j := range in[:min(len(in), maxEvidence)] {
		v.Joined = append(v.Joined, j.Text)
	}
	switch {
	case v.BaselineShare > 0:
		v.Growth = v.Share / v.BaselineShare
	default:
		v.New = true
	}
	return v, baseAll, tot
}

// shares are t's prompts in the surge window (recent), its share of the
// service's prompts there and in the baseline before it, and the service's
// prompts in each (baseAll, tot), at s's latest event time.
func (d *Detector) shares(s *service, t *topic) (recent int64, share, baseShare float64, baseAll, tot int64) {
	now := d.bucket(s.latest)
	w := int64(d.cfg.SurgeWindow / d.cfg.Bucket)
	b := int64(d.cfg.Baseline / d.cfg.Bucket)
	recent = t.counts.sum(now-w+1, now+1)
	tot = s.total.sum(now-w+1, now+1)
	baseT := t.counts.sum(now-w+1-b, now-w+1)
	baseAll = s.total.sum(now-w+1-b, now-w+1)
	if tot > 0 {
		share = float64(recent) / float64(tot)
	}
	if baseAll > 0 {
		baseShare = float64(baseT) / float64(baseAll)
	}
	return recent, share, baseShare, baseAll, tot
}

// history is Topic.History: the topic's share of the service's prompts
// over the surge window ending at each of the latest buckets.
func (d *Detector) history(s *service, t *topic) []float64 {
	if s.total.n == nil {
		return nil
	}
	now := d.bucket(s.latest)
	w := int64(d.cfg.SurgeWindow / d.cfg.Bucket)
	from := max(now-HistoryPoints+1, s.total.start)
	if from > now {
		return nil
	}
	out := make([]float64, 0, now-from+1)
	for i := from; i <= now; i++ {
		share := 0.0
		if tot := s.total.sum(i-w+1, i+1); tot > 0 {
			share = float64(t.counts.sum(i-w+1, i+1)) / float64(tot)
		}
		out = append(out, share)
	}
	return out
}

// Topics lists a service's topics ("" = every service), most recent
// prompts first, each with its History.
func (d *Detector) Topics(svcName string) []Topic {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []Topic
	for name, s := range d.svc {
		if svcName != "" && name != svcName {
			continue
		}
		for _, t := range s.topics {
			v, _, _ := d.view(s, t)
			v.History = d.history(s, t)
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Recent != out[j].Recent {
			return out[i].Recent > out[j].Recent
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// State is a service's surge state at its latest event time: that time,
// its rate bucket, and the topics surging then (as Topics describes them,
// ordered by ID). ok is false for a service never seen.
func (d *Detector) State(svcName string) (at time.Time, bucket time.Duration, surging []Topic, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.svc[svcName]
	if s == nil {
		return time.Time{}, d.cfg.Bucket, nil, false
	}
	for _, t := range s.topics {
		if t.surging {
			v, _, _ := d.view(s, t)
			surging = append(surging, v)
		}
	}
	sort.Slice(surging, func(i, j int) bool { return surging[i].ID < surging[j].ID })
	return s.latest, d.cfg.Bucket, surging, true
}

// Warm reports, per service, how many prompts it has seen and whether it
// is past the warm-up.
func (d *Detector) Warm() map[string]int {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make(map[string]int, len(d.svc))
	for n, s := range d.svc {
		out[n] = s.seen
	}
	return out
}

func dot(a, b []float32) float64 {
	var s float32
	n := min(len(a), len(b))
	for i := range n {
		s += a[i] * b[i]
	}
	return float64(s)
}

func normalise(dst []float32, sum []float64) {
	var n float64
	for _, x := range sum {
		n += x * x
	}
	n = math.Sqrt(n)
	if n == 0 {
		return
	}
	for i, x := range sum {
		dst[i] = float32(x / n)
	}
}

// WarmUpOrDefault is the warm-up in prompts that applies.
func (c Config) WarmUpOrDefault() int { return c.withDefaults().WarmUp }
