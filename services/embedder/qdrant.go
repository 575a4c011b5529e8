package embedder

import (
	"context"

	"github.com/llmobs/llmobs/services/embedder/index"
)

// newQdrantIndex connects to the configured Qdrant collection. The gRPC
// connection is lazy: a Qdrant still starting is waited for by Run's
// backoff (readiness stays false), not a startup failure.
func newQdrantIndex(c QdrantConfig) (index.Index, error) {
	return index.NewQdrant(context.Background(), index.QdrantConfig{
		Addr: c.Addr, APIKey: c.APIKey, TLS: c.TLS, Collection: c.Collection, Timeout: c.Timeout,
	})
}
