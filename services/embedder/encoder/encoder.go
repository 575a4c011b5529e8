// Package encoder is the sentence-encoder abstraction of the embedder service: the built-in,
// offline USE Lite model (package use) and, written by the service, an OpenAI-compatible HTTP
// encoder, behind one interface.
package encoder

import (
	"context"
	"fmt"

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
type USELite struct{ m *use.Model }

// NewUSELite loads the model from dir (see DefaultUSELiteDir). It reads ~28 MB of weights and
// keeps them (about 30 MB of heap).
func NewUSELite(dir string) (*USELite, error) {
	m, err := use.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("encoder: %w", err)
	}
	return &USELite{m: m}, nil
}

// Embed encodes texts on up to GOMAXPROCS goroutines; it returns ctx.Err() if ctx ends first.
func (u *USELite) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	return u.m.EmbedContext(ctx, texts)
}

// Dim is 512.
func (u *USELite) Dim() int { return u.m.Dim() }

// Name is USELiteName.
func (u *USELite) Name() string { return USELiteName }

// Model exposes the underlying model (tokenizer access, EmbedIDs).
func (u *USELite) Model() *use.Model { return u.m }

var _ Encoder = (*USELite)(nil)
