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
// centroids of their own), so partials merge whatever their mode.
type sketch struct {
	pts []tdigest.Centroid // exact mode
	td  *tdigest.TDigest   // digest mode (pts nil)
}

func (s *sketch) add(v, w float64) {
	if s.td != nil {
		s.td.Add(v, w)
		return
	}
	s.pts = append(s.pts, tdigest.Centroid{Mean: v, Weight: w})
	if len(s.pts) > exactLimit {
		s.toDigest()
	}
}

func (s *sketch) toDigest() {
	s.td = tdigest.NewWithCompression(Compression)
	s.td.AddCentroidList(s.pts)
	s.pts = nil
}

func (s *sketch) merge(o *sketch) {
	if o.td != nil {
		if s.td == nil {
			s.toDigest()
		}
		s.td.AddCentroidList(o.td.Centroids())
		return
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
	cs := s.pts
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
