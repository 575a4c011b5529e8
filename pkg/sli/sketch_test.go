package sli

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/influxdata/tdigest"
)

// pairSketch is the sketch as it was before weight-1 points were kept as
// bare values: (value, weight) pairs, then a t-digest.
type pairSketch struct {
	pts []tdigest.Centroid
	td  *tdigest.TDigest
}

func (s *pairSketch) add(v, w float64) {
	if s.td != nil {
		s.td.Add(v, w)
		return
	}
	s.pts = append(s.pts, tdigest.Centroid{Mean: v, Weight: w})
	if len(s.pts) > exactLimit {
		s.td = tdigest.NewWithCompression(Compression)
		s.td.AddCentroidList(s.pts)
		s.pts = nil
	}
}

func (s *pairSketch) quantile(q float64) float64 {
	if s.td != nil {
		return s.td.Quantile(q)
	}
	if len(s.pts) == 0 {
		return 0
	}
	sort.Slice(s.pts, func(i, j int) bool { return s.pts[i].Mean < s.pts[j].Mean })
	total := 0.0
	for _, p := range s.pts {
		total += p.Weight
	}
	cum := 0.0
	for _, p := range s.pts {
		cum += p.Weight
		if cum >= q*total {
			return p.Mean
		}
	}
	return s.pts[len(s.pts)-1].Mean
}

func (s *pairSketch) centroids() []tdigest.Centroid {
	if s.td != nil {
		return s.td.Centroids()
	}
	return slices.Clone(s.pts)
}

// TestSketchSameAsPairs: the sketch answers, serialises and merges as the
// pairs did, whatever the mix of weights, the order of quantiles (which
// sort the points) and the switch to a digest.
func TestSketchSameAsPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 60 {
		n := []int{0, 1, 5, 300, exactLimit, exactLimit + 1, 6000}[round%7]
		var s sketch
		var ref pairSketch
		for i := range n {
			v := float64(r.IntN(2000)) / 4 // ties too
			w := 1.0
			if round%3 == 1 && r.IntN(50) == 0 {
				w = []float64{4, 0.25, 2}[r.IntN(3)]
			}
			s.add(v, w)
			ref.add(v, w)
			if round%2 == 0 && i%997 == 0 {
				if a, b := s.quantile(0.9), ref.quantile(0.9); a != b {
					t.Fatalf("round %d at %d: p90 %v, pairs %v", round, i, a, b)
				}
			}
		}
		for _, q := range []float64{0, 0.5, 0.99, 1} {
			if a, b := s.quantile(q), ref.quantile(q); a != b {
				t.Fatalf("round %d: q%v %v, pairs %v", round, q, a, b)
			}
		}
		d := s.proto()
		var cs []tdigest.Centroid
		for _, c := range d.Centroids {
			cs = append(cs, tdigest.Centroid{Mean: c.Mean, Weight: c.Weight})
		}
		if want := ref.centroids(); !slices.Equal(cs, want) && !(len(cs) == 0 && len(want) == 0) {
			t.Fatalf("round %d: %d centroids, pairs %d", round, len(cs), len(want))
		}
		// Merging it into another: the same again.
		var m sketch
		var refM pairSketch
		for i := range 3 {
			m.add(float64(i), 1)
			refM.add(float64(i), 1)
		}
		m.merge(&s)
		refM.merge(&ref)
		if a, b := m.quantile(0.5), refM.quantile(0.5); a != b {
			t.Fatalf("round %d: merged p50 %v, pairs %v", round, a, b)
		}
		if a, b := m.count(), float64(n+3); n <= exactLimit && a != b && round%3 != 1 {
			t.Fatalf("round %d: count %v, want %v", round, a, b)
		}
	}
}

func (s *pairSketch) merge(o *pairSketch) {
	if o.td != nil {
		if s.td == nil {
			s.td = tdigest.NewWithCompression(Compression)
			s.td.AddCentroidList(s.pts)
			s.pts = nil
		}
		s.td.AddCentroidList(o.td.Centroids())
		return
	}
	for _, p := range o.pts {
		s.add(p.Mean, p.Weight)
	}
}
