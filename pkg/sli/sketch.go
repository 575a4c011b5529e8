package sli

import (
	"sort"

	"github.com/influxdata/tdigest"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// exactLimit is how many (value, weight) points a sketch keeps exactly
// before it becomes a t-digest. Small windows are where a digest's
// interpolation between a few tail samples misses p99 by several percent;
// keeping them exact costs no more memory than a digest.
const exactLimit = 4096

// sketch is a weighted quantile sketch: exact points while small, a
// t-digest beyond. Its wire form is a Digest either way (exact points are
// centroids of their own), so partials merge whatever their mode. Exact
// points of weight 1 (every span unless a producer weighs them) are kept
// as their values alone, half the memory of (value, weight) pairs, until
// a point of another weight comes; the points, their order and every
// result are the same either way.
type sketch struct {
	vals []float64          // exact mode, every weight 1
	pts  []tdigest.Centroid // exact mode once a weight is not 1 (vals nil)
	td   *tdigest.TDigest   // digest mode (vals, pts nil)
}

func (s *sketch) add(v, w float64) {
	if s.td != nil {
		s.td.Add(v, w)
		return
	}
	if w == 1 && s.pts == nil {
		s.vals = append(s.vals, v)
		if len(s.vals) > exactLimit {
			s.toDigest()
		}
		return
	}
	if s.vals != nil {
		s.pts = s.points()
		s.vals = nil
	}
	s.pts = append(s.pts, tdigest.Centroid{Mean: v, Weight: w})
	if len(s.pts) > exactLimit {
		s.toDigest()
	}
}

// points are the exact points as centroids (vals: a new slice).
func (s *sketch) points() []tdigest.Centroid {
	if s.vals == nil {
		return s.pts
	}
	cs := make([]tdigest.Centroid, len(s.vals), len(s.vals)+1)
	for i, v := range s.vals {
		cs[i] = tdigest.Centroid{Mean: v, Weight: 1}
	}
	return cs
}

func (s *sketch) toDigest() {
	s.td = tdigest.NewWithCompression(Compression)
	s.td.AddCentroidList(s.points())
	s.pts, s.vals = nil, nil
}

func (s *sketch) merge(o *sketch) {
	if o.td != nil {
		if s.td == nil {
			s.toDigest()
		}
		s.td.AddCentroidList(o.td.Centroids())
		return
	}
	for _, v := range o.vals {
		s.add(v, 1)
	}
	for _, p := range o.pts {
		s.add(p.Mean, p.Weight)
	}
}

func (s *sketch) count() float64 {
	if s.td != nil {
		return s.td.Count()
	}
	w := 0.0
	for range s.vals {
		w += 1
	}
	for _, p := range s.pts {
		w += p.Weight
	}
	return w
}

// quantile: in exact mode the smallest value whose cumulative weight
// reaches q of the total; in digest mode the t-digest estimate.
func (s *sketch) quantile(q float64) float64 {
	if s.td != nil {
		if s.td.Count() == 0 {
			return 0
		}
		return s.td.Quantile(q)
	}
	if s.vals != nil {
		// The same comparisons as the pairs' sort below: the same order.
		sort.Slice(s.vals, func(i, j int) bool { return s.vals[i] < s.vals[j] })
		total := s.count()
		cum := 0.0
		for _, v := range s.vals {
			cum += 1
			if cum >= q*total {
				return v
			}
		}
		return s.vals[len(s.vals)-1]
	}
	if len(s.pts) == 0 {
		return 0
	}
	sort.Slice(s.pts, func(i, j int) bool { return s.pts[i].Mean < s.pts[j].Mean })
	total := s.count()
	cum := 0.0
	for _, p := range s.pts {
		cum += p.Weight
		if cum >= q*total {
			return p.Mean
		}
	}
	return s.pts[len(s.pts)-1].Mean
}

func (s *sketch) proto() *llmobsv1.Digest {
	cs := s.points()
	d := &llmobsv1.Digest{}
	if s.td != nil {
		cs = s.td.Centroids()
		d.Compression = Compression
	}
	// One allocation for the centroids (up to 4,096 in exact mode, per
	// sketch and partial), not one each.
	d.Centroids = make([]*llmobsv1.Centroid, len(cs))
	all := make([]llmobsv1.Centroid, len(cs))
	for i, c := range cs {
		all[i].Mean, all[i].Weight = c.Mean, c.Weight
		d.Centroids[i] = &all[i]
	}
	return d
}

// sketchFrom rebuilds a sketch; a Digest with a compression was a digest.
func sketchFrom(d *llmobsv1.Digest) *sketch {
	s := &sketch{}
	if d.GetCompression() > 0 {
		s.td = tdigest.NewWithCompression(Compression)
	}
	for _, c := range d.GetCentroids() {
		if c.Weight <= 0 {
			continue
		}
		if s.td != nil {
			s.td.AddCentroid(tdigest.Centroid{Mean: c.Mean, Weight: c.Weight})
		} else {
			s.add(c.Mean, c.Weight)
		}
	}
	return s
}
