package safety

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The exemplars' cue sentences (~500) are encoded once per detector. With
// USE Lite that took ~3.5 s of CPU at every start of the enricher (and of
// the all-in-one, and in every test that builds a detector), before the
// first span could be judged. exemplar_vectors.bin holds those vectors,
// computed by the same encoder and regenerated whenever the exemplars or
// the way cue sentences are cut change (TestExemplarVectorsFresh fails
// until it is: make exemplar-vectors).
//
// The file is used only when it was computed from exactly these sentences
// (SHA-256 over them) and by this encoder: a few of them are encoded at
// start and must come out as stored (probeTolerance), so another encoder,
// other weights or another dimension encode everything as before.
//
// Format (little endian): "LXV1", dim uint32, count uint32, the SHA-256 of
// the sentences (sentencesHash), then count×dim float32.
//
//go:embed exemplar_vectors.bin
var exemplarVectorsBin []byte

const exemplarMagic = "LXV1"

// probeTolerance: the largest difference per component between a stored
// vector and the same sentence encoded now that still counts as the same
// encoder. The AVX2 and pure-Go kernels differ by ~1e-7 on USE Lite's
// unit vectors; another model differs by ~1e-1.
const probeTolerance = 1e-4

// probes: how many sentences (spread over the list) are encoded to check
// that the stored vectors are this encoder's.
const probes = 3

// sentencesHash identifies a list of sentences (each length-prefixed).
func sentencesHash(texts []string) [32]byte {
	h := sha256.New()
	var n [8]byte
	for _, t := range texts {
		binary.LittleEndian.PutUint64(n[:], uint64(len(t)))
		h.Write(n[:])
		h.Write([]byte(t))
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

type storedVectors struct {
	dim  int
	hash [32]byte
	vecs [][]float32
}

func parseExemplarVectors(b []byte) (*storedVectors, error) {
	if len(b) < 4+4+4+32 || string(b[:4]) != exemplarMagic {
		return nil, errors.New("not an exemplar vector file")
	}
	dim := int(binary.LittleEndian.Uint32(b[4:]))
	count := int(binary.LittleEndian.Uint32(b[8:]))
	s := &storedVectors{dim: dim}
	copy(s.hash[:], b[12:44])
	body := b[44:]
	if dim <= 0 || count < 0 || len(body) != 4*dim*count {
		return nil, fmt.Errorf("exemplar vectors: %d bytes for %d×%d", len(body), count, dim)
	}
	flat := make([]float32, dim*count)
	for i := range flat {
		flat[i] = math.Float32frombits(binary.LittleEndian.Uint32(body[4*i:]))
	}
	s.vecs = make([][]float32, count)
	for i := range s.vecs {
		s.vecs[i] = flat[i*dim : (i+1)*dim : (i+1)*dim]
	}
	return s, nil
}

func encodeExemplarVectors(texts []string, vecs [][]float32) []byte {
	dim := 0
	if len(vecs) > 0 {
		dim = len(vecs[0])
	}
	b := make([]byte, 0, 44+4*dim*len(vecs))
	b = append(b, exemplarMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(dim))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(vecs)))
	h := sentencesHash(texts)
	b = append(b, h[:]...)
	for _, v := range vecs {
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	}
	return b
}

// exemplarVectors returns the vectors of texts: the stored ones (stored
// true) when they are these sentences' and this encoder's, else enc's.
func exemplarVectors(ctx context.Context, enc Encoder, texts []string) (vecs [][]float32, stored bool, err error) {
	if s, err := parseExemplarVectors(exemplarVectorsBin); err == nil && s.dim == enc.Dim() && len(s.vecs) == len(texts) && len(texts) > 0 && s.hash == sentencesHash(texts) {
		idx := probeIndexes(len(texts))
		probe := make([]string, len(idx))
		for i, j := range idx {
			probe[i] = texts[j]
		}
		got, err := enc.Embed(ctx, probe)
		if err != nil {
			return nil, false, err
		}
		same := len(got) == len(idx)
		for i := 0; same && i < len(idx); i++ {
			same = within(got[i], s.vecs[idx[i]], probeTolerance)
		}
		if same {
			return s.vecs, true, nil
		}
	}
	vecs, err = enc.Embed(ctx, texts)
	return vecs, false, err
}

// probeIndexes spreads k probes over n sentences: the first, the last and
// between.
func probeIndexes(n int) []int {
	k := min(probes, n)
	idx := make([]int, 0, k)
	for i := range k {
		j := 0
		if k > 1 {
			j = i * (n - 1) / (k - 1)
		}
		idx = append(idx, j)
	}
	return idx
}

func within(a, b []float32, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(float64(a[i])-float64(b[i])) > tol {
			return false
		}
	}
	return true
}
