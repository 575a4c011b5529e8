package sli

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/influxdata/tdigest"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Frozen is an accumulator in a compact binary form, for state that is
// kept but rarely changed: a window that fired and waits out the allowed
// lateness in case a late span comes (aggregator stage 1), a source's
// latest partial that only a merge reads (stage 2). Most window state is
// of that kind — with 10 s windows and 10 min of lateness, ~60 of every
// 61 windows a series holds have fired — and as live accumulators they
// take ~3× the memory: a sketch's exact points as float64s with append's
// slack, a struct of every sum even when zero, exemplars as messages,
// usage in maps. Thaw gives back an accumulator that is the same in
// every result and every later Add or Merge (TestFreezeThaw).
//
// The form is the Aggregate message without its digests (the sums,
// exemplars, usage, flags and evaluations, as on the wire), then each
// sketch as its points in plain float64s: 8 bytes an exact point of
// weight 1, where a Digest spends 20. It is internal to a process: never
// written to Kafka or disk, so it can change with the code.
type Frozen []byte

const frozenVersion = 1

// sketch modes in a Frozen.
const (
	frozenEmpty  = 0
	frozenVals   = 1 // exact points of weight 1: n values
	frozenPts    = 2 // exact weighted points: n (mean, weight)
	frozenDigest = 3 // a t-digest's centroids: n (mean, weight)
)

// Freeze returns c in its compact form; c stays usable.
func (c *Acc) Freeze() Frozen {
	return freeze(c.protoSums(), [3]*sketch{&c.lat, &c.ttft, &c.tpt})
}

// FreezeProto is FromProto(p).Freeze() without building the accumulator:
// Thaw of it is FromProto(p). p's digests are read, not kept, and p is
// not changed.
func FreezeProto(p *llmobsv1.Aggregate) Frozen {
	if p == nil {
		p = &llmobsv1.Aggregate{}
	}
	lat, ttft, tpt := p.LatencyMs, p.TtftMs, p.TpotMs
	sk := [3]*sketch{sketchFrom(lat), sketchFrom(ttft), sketchFrom(tpt)}
	p.LatencyMs, p.TtftMs, p.TpotMs = nil, nil, nil
	defer func() { p.LatencyMs, p.TtftMs, p.TpotMs = lat, ttft, tpt }()
	return freeze(p, sk)
}

// freeze writes agg (without digests) and the sketches.
func freeze(agg *llmobsv1.Aggregate, sk [3]*sketch) Frozen {
	n := agg.SizeVT()
	size := 1 + binary.MaxVarintLen64 + n
	var cs [3][]tdigest.Centroid
	for i, s := range sk {
		size += 1 + binary.MaxVarintLen64
		switch {
		case s.td != nil:
			cs[i] = s.td.Centroids()
			size += 16 * len(cs[i])
		case s.vals != nil:
			size += 8 * len(s.vals)
		default:
			size += 16 * len(s.pts)
		}
	}
	b := make([]byte, 0, size)
	b = append(b, frozenVersion)
	b = binary.AppendUvarint(b, uint64(n))
	b = b[:len(b)+n]
	if _, err := agg.MarshalToSizedBufferVT(b[len(b)-n:]); err != nil {
		panic(fmt.Sprintf("sli: freeze: %v", err)) // a decoded or built message always marshals
	}
	for i, s := range sk {
		switch {
		case s.td != nil:
			b = appendCentroids(append(b, frozenDigest), cs[i])
		case s.vals != nil:
			b = append(b, frozenVals)
			b = binary.AppendUvarint(b, uint64(len(s.vals)))
			for _, v := range s.vals {
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
			}
		case s.pts != nil:
			b = appendCentroids(append(b, frozenPts), s.pts)
		default:
			b = append(b, frozenEmpty)
		}
	}
	return Frozen(b[:len(b):len(b)])
}

func appendCentroids(b []byte, cs []tdigest.Centroid) []byte {
	b = binary.AppendUvarint(b, uint64(len(cs)))
	for _, c := range cs {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Mean))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Weight))
	}
	return b
}

var errFrozen = errors.New("sli: not a frozen accumulator")

// Thaw rebuilds the accumulator f was frozen from.
func Thaw(f Frozen) (*Acc, error) {
	o, err := thaw(f)
	if err != nil {
		return nil, err
	}
	// The sums as FromProto builds them (a merge into an empty
	// accumulator); the sketches as they were frozen.
	c := NewAcc()
	c.lat, c.ttft, c.tpt = o.lat, o.ttft, o.tpt
	o.lat, o.ttft, o.tpt = sketch{}, sketch{}, sketch{}
	c.Merge(o)
	return c, nil
}

// ThawInto merges the accumulator f was frozen from into dst:
// dst.Merge(Thaw(f)) with one merge instead of two (aggregator stage 2
// merges every source's frozen partial into each window it fires).
func ThawInto(dst *Acc, f Frozen) error {
	o, err := thaw(f)
	if err != nil {
		return err
	}
	dst.Merge(o)
	return nil
}

// thaw reads f into an accumulator that only a Merge may read: its sums
// are the decoded message's, as in FromProto before its merge.
func thaw(f Frozen) (*Acc, error) {
	if len(f) == 0 || f[0] != frozenVersion {
		return nil, errFrozen
	}
	b := f[1:]
	n, l := binary.Uvarint(b)
	if l <= 0 || n > uint64(len(b)-l) {
		return nil, errFrozen
	}
	agg := &llmobsv1.Aggregate{}
	if err := agg.UnmarshalVT(b[l : l+int(n)]); err != nil {
		return nil, fmt.Errorf("%w: %v", errFrozen, err)
	}
	b = b[l+int(n):]
	o := fromProtoUnmerged(agg)
	for _, s := range [3]*sketch{&o.lat, &o.ttft, &o.tpt} {
		var err error
		if b, err = thawSketch(s, b); err != nil {
			return nil, err
		}
	}
	if len(b) != 0 {
		return nil, errFrozen
	}
	return o, nil
}

func thawSketch(s *sketch, b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, errFrozen
	}
	mode := b[0]
	b = b[1:]
	if mode == frozenEmpty {
		return b, nil
	}
	n, l := binary.Uvarint(b)
	per := uint64(16)
	if mode == frozenVals {
		per = 8
	}
	if l <= 0 || mode > frozenDigest || n == 0 || n > uint64(len(b)-l)/per {
		return nil, errFrozen
	}
	b = b[l:]
	f64 := func(i int) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:])) }
	if mode == frozenVals {
		s.vals = make([]float64, n)
		for i := range s.vals {
			s.vals[i] = f64(i)
		}
		return b[8*n:], nil
	}
	cs := make([]tdigest.Centroid, n)
	for i := range cs {
		cs[i] = tdigest.Centroid{Mean: f64(2 * i), Weight: f64(2*i + 1)}
	}
	if mode == frozenPts {
		s.pts = cs
	} else {
		s.td = tdigest.NewWithCompression(Compression)
		s.td.AddCentroidList(cs)
	}
	return b[16*n:], nil
}
