package aggregator

import (
	"math"
	"slices"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// decodePartials decodes an llmobs.sli.partials record (SLIPartialBatch)
// as UnmarshalVT does, but with each digest's centroids in one allocation
// instead of one message each (a partial's digests hold up to 4,096 exact
// points each; they were a third of stage 2's allocations). Unknown
// fields of digests and centroids are dropped (nothing reads them); the
// rest is decoded by the generated code. Stage 2 keeps no centroid: it
// folds each partial into an accumulator (stage.Stage2.Add). Any error
// falls back to UnmarshalVT on the whole record, so a record is
// undecodable exactly when UnmarshalVT says so (TestDecodePartials,
// FuzzDecodePartials).
func decodePartials(data []byte) (*llmobsv1.SLIPartialBatch, error) {
	b, err := partialsFast(data)
	if err != nil {
		b = &llmobsv1.SLIPartialBatch{}
		err = b.UnmarshalVT(data)
	}
	return b, err
}

func partialsFast(data []byte) (*llmobsv1.SLIPartialBatch, error) {
	b := &llmobsv1.SLIPartialBatch{}
	err := walkFields(data, func(num int32) bool { return num == 1 }, func(_ int32, v []byte) error {
		p := &llmobsv1.SLIPartial{}
		if err := partial(p, v); err != nil {
			return err
		}
		b.Partials = append(b.Partials, p)
		return nil
	}, b.UnmarshalVT)
	return b, err
}

func partial(p *llmobsv1.SLIPartial, data []byte) error {
	return walkFields(data, func(num int32) bool { return num == 6 }, func(_ int32, v []byte) error {
		if p.Aggregate == nil {
			p.Aggregate = &llmobsv1.Aggregate{}
		}
		return aggregate(p.Aggregate, v)
	}, p.UnmarshalVT)
}

func aggregate(a *llmobsv1.Aggregate, data []byte) error {
	return walkFields(data, func(num int32) bool { return num == 4 || num == 7 || num == 8 }, func(num int32, v []byte) error {
		d := &a.LatencyMs
		switch num {
		case 7:
			d = &a.TtftMs
		case 8:
			d = &a.TpotMs
		}
		if *d == nil {
			*d = &llmobsv1.Digest{}
		}
		return digest(*d, v)
	}, a.UnmarshalVT)
}

func digest(d *llmobsv1.Digest, data []byte) error {
	n := 0
	for i := 0; i < len(data); {
		pre := i
		num, _, _, err := tag(data, i)
		if err != nil {
			return err
		}
		if num == 1 {
			n++
		}
		if i, err = unknown(data, pre); err != nil {
			return err
		}
	}
	var all []llmobsv1.Centroid
	if n > 0 {
		all = make([]llmobsv1.Centroid, n)
		d.Centroids = slices.Grow(d.Centroids, n)
	}
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		switch num {
		case 1:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			c := &all[0]
			all = all[1:]
			if err := centroid(c, data[s:e]); err != nil {
				return err
			}
			d.Centroids = append(d.Centroids, c)
			i = e
		case 2:
			var v uint64
			if v, i, err = fixed64(data, j, wt); err != nil {
				return err
			}
			d.Compression = math.Float64frombits(v)
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

func centroid(c *llmobsv1.Centroid, data []byte) error {
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		var v uint64
		switch num {
		case 1, 2:
			if v, i, err = fixed64(data, j, wt); err != nil {
				return err
			}
			if num == 1 {
				c.Mean = math.Float64frombits(v)
			} else {
				c.Weight = math.Float64frombits(v)
			}
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

// walkFields decodes the message in data: the fields own picks (length
// delimited: messages) with field, the runs of fields between them with
// plain (the generated decoder, which merges, so a message decoded in
// parts is the message decoded whole).
func walkFields(data []byte, own func(num int32) bool, field func(num int32, v []byte) error, plain func([]byte) error) error {
	run := 0
	flush := func(to int) error {
		if to > run {
			if err := plain(data[run:to]); err != nil {
				return errFull
			}
		}
		return nil
	}
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		if !own(num) {
			if i, err = unknown(data, pre); err != nil {
				return err
			}
			continue
		}
		if err := flush(pre); err != nil {
			return err
		}
		s, e, err := lenField(data, j, wt)
		if err != nil {
			return err
		}
		if err := field(num, data[s:e]); err != nil {
			return err
		}
		i, run = e, e
	}
	return flush(len(data))
}
