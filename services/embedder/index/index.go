// Package index stores prompt vectors and searches them: Qdrant (through
// github.com/qdrant/go-client) in a deployment, an in-process index in the
// all-in-one binary. Both implement Index, so the embedder's pipeline and
// search API do not know which one they talk to.
package index

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"slices"
	"time"
)

// DefaultCollection is the Qdrant collection of DESIGN.md.
const DefaultCollection = "llm_prompts"

// MaxK bounds every search.
const MaxK = 100

// Payload is what is stored next to a prompt's vector. One point stands for
// one distinct (normalised) prompt text; the per-call fields describe its
// most recent occurrence, Hits and FirstSeen/LastSeen all of them.
type Payload struct {
	Text     string `json:"prompt"`    // redacted prompt text, as embedded
	TextHash string `json:"text_hash"` // hex hash of the normalised text (the dedup key)

	TraceID  string   `json:"trace_id"`  // hex, most recent occurrence
	SpanID   string   `json:"span_id"`   // hex, most recent occurrence
	TraceIDs []string `json:"trace_ids"` // recent occurrences' trace IDs, newest first, bounded (MaxTraceIDs)
	// UserIDs: the distinct users (as on llmobs.enriched: pseudonyms
	// unless identity.mode is raw) of recent occurrences, newest first,
	// bounded (MaxUserIDs) — what Filter.User matches, so a prompt many
	// users asked is found for each of them, not only the latest.
	UserIDs []string `json:"user_ids,omitempty"`

	Service        string    `json:"service"`
	Model          string    `json:"model"` // requested model (response model when absent)
	Provider       string    `json:"provider,omitempty"`
	Operation      string    `json:"operation,omitempty"`
	Time           time.Time `json:"time"` // span end time of the most recent occurrence
	LatencyMS      float64   `json:"latency_ms"`
	Error          bool      `json:"error"`
	CostUSD        float64   `json:"cost_usd"`
	InputTokens    int64     `json:"input_tokens"`
	OutputTokens   int64     `json:"output_tokens"`
	ConversationID string    `json:"conversation_id,omitempty"`
	UserID         string    `json:"user_id,omitempty"`
	Tenant         string    `json:"tenant,omitempty"`

	Hits      int64     `json:"hits"`
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	Encoder   string    `json:"encoder"` // Encoder.Name() that produced the vector

	// Topic is the prompt's topic (package novelty); Novelty its k-NN
	// novelty score when first embedded, Novel whether that was above the
	// threshold (the flag novel_prompt).
	Topic   string  `json:"topic,omitempty"`
	Novelty float64 `json:"novelty"`
	Novel   bool    `json:"novel,omitempty"`
	// Flags: the safety and quality flags (DESIGN, "Flags") the enricher
	// set on any recent occurrence, sorted, at most MaxFlags.
	Flags []string `json:"flags,omitempty"`
}

// MaxFlags bounds Payload.Flags.
const MaxFlags = 16

// MergeFlags returns the sorted union of a and b, at most MaxFlags.
func MergeFlags(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	out := slices.Clone(a)
	for _, f := range b {
		if f != "" && !slices.Contains(out, f) && len(out) < MaxFlags {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out
}

// MaxTraceIDs bounds Payload.TraceIDs.
const MaxTraceIDs = 16

// MaxUserIDs bounds Payload.UserIDs.
const MaxUserIDs = 32

// Point is one vector with its payload. ID is a UUID string derived
// deterministically from the text hash (PointID), so replays are idempotent.
type Point struct {
	ID      string
	Vector  []float32
	Payload Payload
}

// Filter narrows a search; zero values do not filter.
type Filter struct {
	Service      string
	Model        string
	Topic        string // novelty topic (GET /api/topics)
	NovelOnly    bool   // only prompts flagged novel_prompt
	Flag         string // only prompts one of whose calls carried this flag (Payload.Flags)
	ErrorsOnly   bool
	Since, Until time.Time // on Payload.Time (most recent occurrence): Since <= Time < Until
	MinLatencyMS float64
	// User keeps the prompts asked by this user (as stored: the pseudonym
	// search results and usage shares show) among their recent askers.
	User      string
	ExcludeID string // leave this point out (used by "more like this")
	// Tenants, when not nil, keeps only the points of these tenants, as
	// stored ("" is the default tenant's): a caller sees its own tenant.
	Tenants []string
}

// Query is a vector search.
type Query struct {
	Vector []float32
	Filter Filter
	K      int // 1..MaxK
}

// Hit is one search result; Score is cosine similarity (higher is closer).
type Hit struct {
	ID      string
	Score   float32
	Payload Payload
}

// Index is a vector store. Implementations are safe for concurrent use.
type Index interface {
	// Ensure creates the collection (cosine distance, dim) if missing, and
	// fails with ErrDimMismatch when it exists with another dimension.
	Ensure(ctx context.Context, dim int) error
	// Upsert writes points (vector and payload), replacing any with the same ID.
	Upsert(ctx context.Context, points []Point) error
	// SetPayload replaces the payload of existing points without touching
	// their vectors (a repeated prompt: hits and last-seen change). IDs that
	// do not exist are ignored.
	SetPayload(ctx context.Context, updates map[string]Payload) error
	// Get returns the payloads of those ids that exist.
	Get(ctx context.Context, ids []string) (map[string]Payload, error)
	// ByTrace returns the point whose TraceIDs contain traceID (hex), with
	// its vector; found is false when there is none.
	ByTrace(ctx context.Context, traceID string) (p Point, found bool, err error)
	// Search returns up to q.K hits, best first.
	Search(ctx context.Context, q Query) ([]Hit, error)
	// Count is the number of points.
	Count(ctx context.Context) (uint64, error)
	// Close releases connections.
	Close() error
}

// ErrDimMismatch: the collection exists with another vector size.
var ErrDimMismatch = errors.New("index: collection exists with a different vector dimension")

// PointID is the deterministic point ID of a normalised text hash: a UUID
// (version 5 layout, SHA-1 over a fixed namespace and the hash), the form
// Qdrant accepts as a point ID.
func PointID(textHash string) string {
	h := sha1.Sum(append([]byte("llmobs/llm_prompts/"), textHash...))
	h[6] = (h[6] & 0x0f) | 0x50
	h[8] = (h[8] & 0x3f) | 0x80
	var b [36]byte
	hex.Encode(b[0:8], h[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], h[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], h[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], h[8:10])
	b[23] = '-'
	hex.Encode(b[24:36], h[10:16])
	return string(b[:])
}

// ErrUnavailable wraps transient failures (the index server is down,
// overloaded, or timed out): retry later with backoff. Any other error is
// permanent for that call.
var ErrUnavailable = errors.New("index: unavailable")
