package novelty

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"sort"
	"time"
)

// A snapshot is one service's whole detector state — its recent vectors,
// topics (centroids, sums, counts per bucket, examples, surge state) and
// totals — so a restarted embedder goes on where it was instead of warming
// up again (nothing flagged, nothing surging, for warm_up prompts). It is
// plain data, encoded with encoding/gob.
type snapshot struct {
	Version int
	Name    string
	Seen    int
	Ring    [][]float32
	Next    int
	Latest  time.Time
	Total   snapBuckets
	Topics  []snapTopic
}

type snapBuckets struct {
	Start int64
	N     []int64
}

type snapTopic struct {
	ID       string
	Centroid []float32
	Sum      []float64
	Size     int64
	Created  time.Time
	Last     time.Time
	Counts   snapBuckets
	Examples []string
	Recent   []joined // texts that joined (Topic.Joined)
	Surging  bool
	Since    time.Time
}

const snapshotVersion = 1

// Services lists the services the detector holds, sorted.
func (d *Detector) Services() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]string, 0, len(d.svc))
	for n := range d.svc {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Snapshot encodes one service's state; ok is false for a service never
// seen.
func (d *Detector) Snapshot(svcName string) (b []byte, ok bool, err error) {
	d.mu.Lock()
	s := d.svc[svcName]
	if s == nil {
		d.mu.Unlock()
		return nil, false, nil
	}
	sn := snapshot{Version: snapshotVersion, Name: s.name, Seen: s.seen, Ring: s.ring, Next: s.next, Latest: s.latest,
		Total: snapBuckets{s.total.start, s.total.n}}
	for _, t := range s.topics {
		sn.Topics = append(sn.Topics, snapTopic{ID: t.id, Centroid: t.centroid, Sum: t.sum, Size: t.size, Created: t.created, Last: t.last,
			Counts: snapBuckets{t.counts.start, t.counts.n}, Examples: t.examples, Recent: t.joined, Surging: t.surging, Since: t.since})
	}
	var buf bytes.Buffer
	err = gob.NewEncoder(&buf).Encode(&sn) // under the lock: the slices are the detector's own
	d.mu.Unlock()
	if err != nil {
		return nil, true, fmt.Errorf("novelty snapshot %s: %w", svcName, err)
	}
	return buf.Bytes(), true, nil
}

// Restore replaces one service's state with a snapshot's. A snapshot that
// does not decode, is of another version or another service, or breaks
// the detector's bounds (more vectors than window, more topics than
// max_topics, vectors of mixed lengths) is refused and changes nothing.
func (d *Detector) Restore(svcName string, b []byte) error {
	var sn snapshot
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&sn); err != nil {
		return fmt.Errorf("novelty restore %s: %w", svcName, err)
	}
	switch {
	case sn.Version != snapshotVersion:
		return fmt.Errorf("novelty restore %s: snapshot version %d, want %d", svcName, sn.Version, snapshotVersion)
	case sn.Name != svcName:
		return fmt.Errorf("novelty restore %s: snapshot of %q", svcName, sn.Name)
	case len(sn.Ring) > d.cfg.Window || sn.Next < 0 || sn.Next > len(sn.Ring) || len(sn.Topics) > d.cfg.MaxTopics:
		return fmt.Errorf("novelty restore %s: %d vectors, %d topics beyond the configured window %d / max_topics %d", svcName, len(sn.Ring), len(sn.Topics), d.cfg.Window, d.cfg.MaxTopics)
	}
	dim := -1
	check := func(n int) bool {
		if dim < 0 {
			dim = n
		}
		return n == dim
	}
	for _, v := range sn.Ring {
		if !check(len(v)) {
			return fmt.Errorf("novelty restore %s: vectors of different lengths", svcName)
		}
	}
	s := &service{name: sn.Name, seen: sn.Seen, ring: sn.Ring, next: sn.Next, latest: sn.Latest, byID: map[string]*topic{},
		total: buckets{start: sn.Total.Start, n: sn.Total.N}}
	if len(s.ring) < d.cfg.Window {
		s.next = 0 // still filling: remember appends
	}
	for _, t := range sn.Topics {
		if !check(len(t.Centroid)) || len(t.Sum) != len(t.Centroid) {
			return fmt.Errorf("novelty restore %s: topic %s of another dimension", svcName, t.ID)
		}
		tp := &topic{id: t.ID, centroid: t.Centroid, sum: t.Sum, size: t.Size, created: t.Created, last: t.Last,
			counts: buckets{start: t.Counts.Start, n: t.Counts.N}, examples: t.Examples, joined: t.Recent, surging: t.Surging, since: t.Since}
		s.topics = append(s.topics, tp)
		s.byID[tp.id] = tp
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.svc[svcName] = s
	return nil
}
