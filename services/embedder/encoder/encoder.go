// Package encoder is the sentence-encoder abstraction of the embedder service: the built-in,
// offline USE Lite model (package use) and, written by the service, an OpenAI-compatible HTTP
// encoder, behind one interface.
package encoder

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/llmobs/llmobs/services/embedder/encoder/use"
)

// Encoder turns texts into fixed-size vectors. Embed returns exactly one vector of length Dim()
// per text, in order; implementations are safe for concurrent use.
type Encoder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	Dim() int
	Name() string
}

// USELiteName is the Name of the built-in encoder (also suitable as a Qdrant payload/collection tag).
const USELiteName = "use-lite"

// DefaultUSELiteDir is where scripts/fetch-models.sh puts the weights, relative to the repository root.
const DefaultUSELiteDir = "services/embedder/models/use-lite"

// USELite is the built-in pure-Go Universal Sentence Encoder Lite: 512-d, L2-normalised vectors
// (so cosine similarity equals the dot product); only a text's first 128 tokens count.
type USELite struct {
	m   *use.Model
	cpu atomic.Int64 // CPU this encoder's calls used (the model may be shared)
}

// NewUSELite loads the model from dir (see DefaultUSELiteDir). It reads ~28 MB of weights and
// keeps them (off the Go heap on unix: package use). Within one process, encoders of the same
// directory share one model while any of them is in use (the all-in-one's embedder and the
// enricher's injection detector): the model is read-only and safe for concurrent use.
func NewUSELite(dir string) (*USELite, error) {
	key := dir
	if abs, err := filepath.Abs(dir); err == nil {
		key = abs
	}
	if st, err := os.Stat(filepath.Join(dir, "model.json")); err == nil {
		key = fmt.Sprintf("%s\x00%d\x00%d", key, st.Size(), st.ModTime().UnixNano())
	}
	shared.Lock()
	defer shared.Unlock()
	if m := shared.models[key].Value(); m != nil {
		return &USELite{m: m}, nil
	}
	m, err := use.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("encoder: %w", err)
	}
	if shared.models == nil {
		shared.models = map[string]weak.Pointer[use.Model]{}
	}
	for k, p := range shared.models {
		if p.Value() == nil {
			delete(shared.models, k)
		}
	}
	shared.models[key] = weak.Make(m)
	return &USELite{m: m}, nil
}

// shared: the models loaded in this process, by directory (and model.json's size and time),
// held weakly so an unused model is still collected.
var shared struct {
	sync.Mutex
	models map[string]weak.Pointer[use.Model]
}

// Embed encodes texts on up to GOMAXPROCS goroutines; it returns ctx.Err() if ctx ends first.
func (u *USELite) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	return u.m.EmbedMetered(ctx, texts, &u.cpu)
}

// CPUTime is the CPU time this encoder's Embed calls have used (thread CPU
// clocks on Linux): what the embedder's encoder_cpu bound counts.
func (u *USELite) CPUTime() time.Duration { return time.Duration(u.cpu.Load()) }

// Dim is 512.
func (u *USELite) Dim() int { return u.m.Dim() }

// Name is USELiteName.
func (u *USELite) Name() string { return USELiteName }

// Model exposes the underlying model (tokenizer access, EmbedIDs).
func (u *USELite) Model() *use.Model { return u.m }

var _ Encoder = (*USELite)(nil)
