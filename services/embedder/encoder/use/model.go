package use

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Model dimensions of USE Lite (checked against the weights at load time).
const (
	dim       = 512 // output and transformer width of layer 1
	embDim    = 256 // token embedding and layer 0 attention width
	ffnDim    = 1536
	heads     = 4
	maxTokens = 128 // the graph's ClipToMaxLength: tokens at position >= 128 are dropped
)

type attention struct {
	inDim, headDim int
	qkvW, qkvB     []float32 // [inDim][3*inDim], [3*inDim]
	outW, outB     []float32 // [inDim][dim], [dim]
	scale          float32   // multiplies q (1/sqrt(headDim))
	lnScale, lnB   []float32 // pre-attention layer norm, [inDim]
}

type ffn struct {
	lnScale, lnB []float32 // [dim]
	w1, b1       []float32 // [dim][ffnDim]
	w2, b2       []float32 // [ffnDim][dim]
}

// Model is the USE Lite encoder. It is safe for concurrent use.
type Model struct {
	tok       *Tokenizer
	emb       []float32 // [vocab+2][embDim]
	vocabRows int
	invTime   []float32 // [embDim/2] inverse timescales of the sinusoid timing signal
	resW      []float32 // layer 0 residual projection [embDim][dim]
	resB      []float32
	att       [2]attention
	ff        [2]ffn
	outW      []float32 // tanh layer [dim][dim]
	outB      []float32
	eps       float32 // layer norm epsilon
	workers   int
	// free holds idle workers' scratch buffers (2.75 MB each): a bounded
	// free list rather than a sync.Pool, which drops them at every garbage
	// collection, so each cycle made every encoder call allocate anew.
	free     chan *scratch
	cpuNanos atomic.Int64 // CPU the encoder workers used (CPUTime)
}

// CPUTime is the CPU time encoding has used so far, summed over workers:
// each worker's thread CPU clock on Linux (exact however busy the machine
// is), else its wall time. The embedder bounds its encoder with it.
func (m *Model) CPUTime() time.Duration { return time.Duration(m.cpuNanos.Load()) }

// meter measures one worker's CPU from start to stop; it locks the
// calling goroutine to its thread in between, so the thread's clock is
// the worker's.
type meter struct {
	cpu  int64
	wall time.Time
}

func (m *Model) startMeter() meter {
	runtime.LockOSThread()
	return meter{cpu: threadCPU(), wall: time.Now()}
}

func (m *Model) stopMeter(t meter, also *atomic.Int64) {
	d := int64(time.Since(t.wall))
	if t.cpu >= 0 {
		if c := threadCPU(); c >= t.cpu {
			d = c - t.cpu
		}
	}
	runtime.UnlockOSThread()
	m.cpuNanos.Add(d)
	if also != nil {
		also.Add(d)
	}
}

// Load reads model.json, the weight shards and vocab.json from dir (as copied there by
// scripts/fetch-models.sh). Nothing is fetched from the network.
func Load(dir string) (*Model, error) {
	mj, err := os.ReadFile(filepath.Join(dir, "model.json"))
	if err != nil {
		return nil, fmt.Errorf("use: %w (run scripts/fetch-models.sh)", err)
	}
	vj, err := os.ReadFile(filepath.Join(dir, "vocab.json"))
	if err != nil {
		return nil, fmt.Errorf("use: %w (run scripts/fetch-models.sh)", err)
	}
	tok, err := NewTokenizer(vj)
	if err != nil {
		return nil, err
	}
	var arena weightArena
	all, err := readWeights(dir, mj, &arena)
	if err != nil {
		arena.release()
		return nil, err
	}
	ws := &weightSet{all: all}
	const enc = "KonaTransformer/Encode/"
	const stack = enc + "TransformerStack/"
	m := &Model{tok: tok, workers: runtime.GOMAXPROCS(0)}
	m.vocabRows = tok.VocabSize() + 2
	m.emb = ws.f32("module/Embeddings_en", m.vocabRows, embDim)
	m.invTime = ws.f32("AddTimingSignal/TimingSignal/ExpandDims_1", 1, embDim/2)
	m.resW = ws.f32(enc+"Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat", embDim, dim)
	m.resB = ws.f32(enc+"Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat", dim)
	for l, in := range []int{embDim, dim} {
		L := fmt.Sprintf("Layer_%d/TransformerLayer/", l)
		a := &m.att[l]
		a.inDim, a.headDim = in, in/heads
		a.lnScale = ws.f32(enc+L+"layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", in)
		a.lnB = ws.f32(enc+L+"layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", in)
		a.qkvW = ws.f32(enc+L+"MultiheadAttention/qkv_transform_single/kernel/part_0", 1, 1, in, 3*in)
		a.qkvB = ws.f32(enc+L+"MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", 3*in)
		a.outW = ws.f32(enc+L+"MultiheadAttention/output_transform_single/kernel/part_0", 1, 1, in, dim)
		a.outB = ws.f32(enc+L+"MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", dim)
		if s := ws.f32(stack + L + "MultiheadAttention/mul/y"); s != nil {
			a.scale = s[0]
		}
		f := &m.ff[l]
		f.lnScale = ws.f32(enc+L+"FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", dim)
		f.lnB = ws.f32(enc+L+"FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", dim)
		f.w1 = ws.f32(stack+L+"FFN/conv1/Tensordot/Reshape_1", dim, ffnDim)
		f.b1 = ws.f32(enc+L+"FFN/conv1/bias/ConcatPartitions/concat", ffnDim)
		f.w2 = ws.f32(stack+L+"FFN/conv2/Tensordot/Reshape_1", ffnDim, dim)
		f.b2 = ws.f32(enc+L+"FFN/conv2/bias/ConcatPartitions/concat", dim)
	}
	if e := ws.f32("FFN/layer_prepostprocess/layer_norm/Cast/x"); e != nil {
		m.eps = e[0]
	}
	m.outW = ws.f32("hidden_layers/tanh_layer_0/weights", dim, dim)
	m.outB = ws.f32("hidden_layers/tanh_layer_0/bias", dim)
	if ws.err != nil {
		arena.release()
		return nil, ws.err
	}
	arena.own(m)
	m.free = make(chan *scratch, 2*runtime.GOMAXPROCS(0))
	return m, nil
}

// Dim is the embedding dimension (512).
func (m *Model) Dim() int { return dim }

// Tokenizer returns the model's tokenizer.
func (m *Model) Tokenizer() *Tokenizer { return m.tok }

// Embed returns one L2-normalised 512-d vector per text, equal (cosine ≥ 0.999) to what the
// reference JS runtime returns for that text embedded alone. Only the first 128 tokens of a text
// count (the graph clips longer inputs). A text with no tokens ("") gets the model's vector of an
// empty row (the JS runtime errors on a lone empty string, and drops a trailing one from a batch).
// Texts are encoded in parallel on up to GOMAXPROCS goroutines, all finished before Embed returns.
func (m *Model) Embed(texts []string) ([][]float32, error) {
	return m.EmbedContext(context.Background(), texts)
}

// EmbedContext is Embed that stops early (returning ctx.Err()) when ctx ends.
func (m *Model) EmbedContext(ctx context.Context, texts []string) ([][]float32, error) {
	return m.EmbedMetered(ctx, texts, nil)
}

// EmbedMetered is EmbedContext that also adds the CPU it used (as CPUTime
// counts it) to cpu, when cpu is not nil: one user's share of a model that
// several share.
func (m *Model) EmbedMetered(ctx context.Context, texts []string, cpu *atomic.Int64) ([][]float32, error) {
	out := make([][]float32, len(texts))
	backing := make([]float32, len(texts)*dim)
	for i := range out {
		out[i] = backing[i*dim : (i+1)*dim : (i+1)*dim]
	}
	workers := min(m.workers, len(texts))
	if workers <= 1 {
		s := m.getScratch()
		defer m.putScratch(s)
		defer m.stopMeter(m.startMeter(), cpu)
		for i, t := range texts {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			m.encode(s, m.tok.Tokenize(t), out[i])
		}
		return out, nil
	}
	var next int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := m.getScratch()
			defer m.putScratch(s)
			defer m.stopMeter(m.startMeter(), cpu)
			for ctx.Err() == nil {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(texts) {
					return
				}
				m.encode(s, m.tok.Tokenize(texts[i]), out[i])
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// EmbedIDs encodes one token-id sequence (as from Tokenize) into out (len 512).
func (m *Model) EmbedIDs(ids []int32, out []float32) error {
	if len(out) != dim {
		return fmt.Errorf("use: out has length %d, want %d", len(out), dim)
	}
	for _, id := range ids {
		if id < 0 || int(id) >= m.vocabRows {
			return errors.New("use: token id out of range")
		}
	}
	s := m.getScratch()
	defer m.putScratch(s)
	m.encode(s, ids, out)
	return nil
}

func (m *Model) getScratch() *scratch {
	select {
	case s := <-m.free:
		return s
	default:
		return newScratch()
	}
}

func (m *Model) putScratch(s *scratch) {
	select {
	case m.free <- s:
	default: // more workers at once than the list keeps: let it go
	}
}

// scratch holds one worker's buffers, sized for maxTokens, so encoding allocates nothing.
type scratch struct {
	x, y, h, z, o, qkv, f1 []float32
	scores, pooled         []float32
}

func newScratch() *scratch {
	return &scratch{
		x:      make([]float32, maxTokens*embDim),
		y:      make([]float32, maxTokens*dim),
		h:      make([]float32, maxTokens*dim),
		z:      make([]float32, maxTokens*dim),
		o:      make([]float32, maxTokens*dim),
		qkv:    make([]float32, maxTokens*3*dim),
		f1:     make([]float32, maxTokens*ffnDim),
		scores: make([]float32, maxTokens),
		pooled: make([]float32, dim),
	}
}

// encode is the forward pass of the graph for one sentence (see doc.go for the graph).
func (m *Model) encode(s *scratch, ids []int32, out []float32) {
	n := min(len(ids), maxTokens)
	pooled := s.pooled
	clear(pooled)
	if n > 0 {
		// Input: the graph adds the scattered embeddings to (embeddings + timing signal), so each
		// position holds 2·E[id] + [sin(t·inv), cos(t·inv)].
		x := s.x[:n*embDim]
		half := embDim / 2
		for t := 0; t < n; t++ {
			e := m.emb[int(ids[t])*embDim : (int(ids[t])+1)*embDim]
			row := x[t*embDim : (t+1)*embDim]
			for j := 0; j < half; j++ {
				ang := float32(t) * m.invTime[j]
				row[j] = 2*e[j] + float32(math.Sin(float64(ang)))
				row[half+j] = 2*e[half+j] + float32(math.Cos(float64(ang)))
			}
		}
		h := s.h[:n*dim]
		// Layer 0: residual is a dense projection of the input (256 -> 512).
		matmul(h, x, n, embDim, m.resW, dim, m.resB)
		m.attend(s, &m.att[0], x, n, h)
		m.feedForward(s, &m.ff[0], h, n)
		// Layer 1.
		m.attend(s, &m.att[1], h, n, h)
		m.feedForward(s, &m.ff[1], h, n)
		for t := 0; t < n; t++ {
			row := h[t*dim : (t+1)*dim]
			for j := range pooled {
				pooled[j] += row[j]
			}
		}
		inv := 1 / float32(n)
		for j := range pooled {
			pooled[j] *= inv
		}
	}
	matmul(out, pooled, 1, dim, m.outW, dim, m.outB)
	var ss float64
	for j, v := range out {
		v = float32(math.Tanh(float64(v)))
		out[j] = v
		ss += float64(v) * float64(v)
	}
	inv := float32(1 / math.Sqrt(max(ss, 1e-12)))
	for j := range out {
		out[j] *= inv
	}
}

// attend adds multi-head self-attention over in (n × a.inDim, pre-normalised here) to h.
func (m *Model) attend(s *scratch, a *attention, in []float32, n int, h []float32) {
	d := a.inDim
	y := s.y[:n*d]
	layerNorm(y, in, n, d, a.lnScale, a.lnB, m.eps)
	qkv := s.qkv[:n*3*d]
	matmul(qkv, y, n, d, a.qkvW, 3*d, a.qkvB)
	o := s.o[:n*d]
	hd := a.headDim
	sc := s.scores[:n]
	for hh := 0; hh < heads; hh++ {
		qo, ko, vo := hh*hd, d+hh*hd, 2*d+hh*hd
		for t := 0; t < n; t++ {
			q := qkv[t*3*d+qo : t*3*d+qo+hd]
			mx := float32(math.Inf(-1))
			for u := 0; u < n; u++ {
				k := qkv[u*3*d+ko : u*3*d+ko+hd]
				v := dot(q, k) * a.scale
				sc[u] = v
				mx = max(mx, v)
			}
			var sum float32
			for u := range sc {
				e := float32(math.Exp(float64(sc[u] - mx)))
				sc[u] = e
				sum += e
			}
			dst := o[t*d+hh*hd : t*d+hh*hd+hd]
			clear(dst)
			for u := 0; u < n; u++ {
				axpy(dst, sc[u]/sum, qkv[u*3*d+vo:u*3*d+vo+hd])
			}
		}
	}
	matmulAdd(h, o, n, d, a.outW, dim, a.outB)
}

// feedForward adds relu(LN(h)·W1+b1)·W2+b2 to h.
func (m *Model) feedForward(s *scratch, f *ffn, h []float32, n int) {
	z := s.z[:n*dim]
	layerNorm(z, h, n, dim, f.lnScale, f.lnB, m.eps)
	f1 := s.f1[:n*ffnDim]
	matmul(f1, z, n, dim, f.w1, ffnDim, f.b1)
	for i, v := range f1 {
		if v < 0 {
			f1[i] = 0
		}
	}
	matmulAdd(h, f1, n, ffnDim, f.w2, dim, f.b2)
}

// layerNorm: out = (x-mean)·rsqrt(var+eps)·scale + bias per row of d.
func layerNorm(out, x []float32, n, d int, scale, bias []float32, eps float32) {
	for t := 0; t < n; t++ {
		row := x[t*d : (t+1)*d]
		var mean float32
		for _, v := range row {
			mean += v
		}
		mean /= float32(d)
		var vr float32
		for _, v := range row {
			vr += (v - mean) * (v - mean)
		}
		vr /= float32(d)
		r := float32(1 / math.Sqrt(float64(vr+eps)))
		o := out[t*d : (t+1)*d]
		for j, v := range row {
			o[j] = (v-mean)*r*scale[j] + bias[j]
		}
	}
}
