package embedder

import (
	"errors"

	"github.com/llmobs/llmobs/services/embedder/index"
)

func newQdrantIndex(QdrantConfig) (index.Index, error) {
	return nil, errors.New("qdrant index not built yet")
}
