// Package openai is an Encoder over any OpenAI-compatible /v1/embeddings
// endpoint: OpenAI, Azure-style proxies, Ollama, vLLM, Hugging Face TEI.
// Texts are sent in batches of at most Config.BatchSize; a failed request is
// retried with exponential backoff when the failure is transient (network
// errors, timeouts, 408, 409, 429, 5xx), honouring Retry-After; other
// failures are returned at once. Vectors are L2-normalised on arrival, so
// cosine similarity is the dot product whatever the server returns.
package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Config of the encoder.
type Config struct {
	// URL is the server's base URL; "/v1/embeddings" is appended unless
	// the URL already ends with "/embeddings".
	URL   string `yaml:"url"`
	Model string `yaml:"model"`
	// APIKey is sent as a bearer token when set.
	APIKey string `yaml:"api_key"`
	// Dimensions: asked of the server (OpenAI text-embedding-3 honour it)
	// and checked on every vector. 0 = whatever the model returns, found
	// with one probe request at start.
	Dimensions int `yaml:"dimensions"`
	// SendDimensions adds "dimensions" to requests (only some servers
	// accept the field).
	SendDimensions bool          `yaml:"send_dimensions"`
	BatchSize      int           `yaml:"batch_size"`
	Timeout        time.Duration `yaml:"timeout"`
	MaxRetries     int           `yaml:"max_retries"`
	// MaxBackoff caps the wait between retries.
	MaxBackoff time.Duration `yaml:"max_backoff"`
}

// DefaultConfig: OpenAI-style defaults with no URL.
func DefaultConfig() Config {
	return Config{BatchSize: 64, Timeout: 30 * time.Second, MaxRetries: 4, MaxBackoff: 10 * time.Second}
}

// Encoder talks to one endpoint. Safe for concurrent use.
type Encoder struct {
	cfg      Config
	endpoint string
	hc       *http.Client
	dim      int
	sleep    func(context.Context, time.Duration) error // test seam
}

// ErrPermanent wraps failures that retrying cannot fix (4xx other than
// 408/409/429, a malformed answer, a wrong dimension).
var ErrPermanent = errors.New("openai encoder: permanent failure")

// New builds the encoder. When cfg.Dimensions is 0 it sends one probe
// request (bounded by ctx) to learn the model's dimension.
func New(ctx context.Context, cfg Config) (*Encoder, error) {
	if cfg.URL == "" || cfg.Model == "" {
		return nil, errors.New("openai encoder: url and model are required")
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 64
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 10 * time.Second
	}
	ep := strings.TrimRight(cfg.URL, "/")
	if !strings.HasSuffix(ep, "/embeddings") {
		if strings.HasSuffix(ep, "/v1") {
			ep += "/embeddings"
		} else {
			ep += "/v1/embeddings"
		}
	}
	e := &Encoder{cfg: cfg, endpoint: ep, hc: &http.Client{Timeout: cfg.Timeout}, dim: cfg.Dimensions, sleep: sleepCtx}
	if e.dim == 0 {
		v, err := e.post(ctx, []string{"dimension probe"})
		if err != nil {
			return nil, fmt.Errorf("openai encoder: probing %s for the model's dimension: %w", e.endpoint, err)
		}
		e.dim = len(v[0])
	}
	return e, nil
}

// Dim is the vector size.
func (e *Encoder) Dim() int { return e.dim }

// Name is "openai:<model>".
func (e *Encoder) Name() string { return "openai:" + e.cfg.Model }

// Embed returns one normalised vector per text, in order.
func (e *Encoder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, 0, len(texts))
	for i := 0; i < len(texts); i += e.cfg.BatchSize {
		j := min(i+e.cfg.BatchSize, len(texts))
		vs, err := e.post(ctx, texts[i:j])
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if len(v) != e.dim {
				return nil, fmt.Errorf("%w: server returned a %d-d vector, want %d", ErrPermanent, len(v), e.dim)
			}
		}
		out = append(out, vs...)
	}
	return out, nil
}

type request struct {
	Model          string   `json:"model"`
	Input          []string `json:"input"`
	EncodingFormat string   `json:"encoding_format"`
	Dimensions     int      `json:"dimensions,omitempty"`
}

type response struct {
	Data []struct {
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	} `json:"data"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// post sends one batch, retrying transient failures.
func (e *Encoder) post(ctx context.Context, texts []string) ([][]float32, error) {
	req := request{Model: e.cfg.Model, Input: texts, EncodingFormat: "float"}
	if e.cfg.SendDimensions {
		req.Dimensions = e.cfg.Dimensions
	}
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	backoff := 200 * time.Millisecond
	for attempt := 0; ; attempt++ {
		vs, retryAfter, err := e.once(ctx, body, len(texts))
		if err == nil {
			return vs, nil
		}
		if errors.Is(err, ErrPermanent) || attempt >= e.cfg.MaxRetries || ctx.Err() != nil {
			return nil, err
		}
		wait := backoff
		if retryAfter > 0 {
			wait = retryAfter
		}
		if err := e.sleep(ctx, min(wait, e.cfg.MaxBackoff)); err != nil {
			return nil, err
		}
		backoff *= 2
	}
}

func (e *Encoder) once(ctx context.Context, body []byte, n int) ([][]float32, time.Duration, error) {
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, e.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %v", ErrPermanent, err)
	}
	hr.Header.Set("Content-Type", "application/json")
	if e.cfg.APIKey != "" {
		hr.Header.Set("Authorization", "Bearer "+e.cfg.APIKey)
	}
	resp, err := e.hc.Do(hr)
	if err != nil {
		return nil, 0, fmt.Errorf("openai encoder: %w", err) // network or timeout: transient
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return nil, 0, fmt.Errorf("openai encoder: reading the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		msg := strings.TrimSpace(string(raw))
		if len(msg) > 300 {
			msg = msg[:300] + "…"
		}
		err := fmt.Errorf("openai encoder: HTTP %d: %s", resp.StatusCode, msg)
		switch {
		case resp.StatusCode == 408, resp.StatusCode == 409, resp.StatusCode == 429, resp.StatusCode >= 500:
			return nil, retryAfter(resp.Header.Get("Retry-After")), err
		default:
			return nil, 0, fmt.Errorf("%w: %v", ErrPermanent, err)
		}
	}
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, 0, fmt.Errorf("%w: undecodable answer: %v", ErrPermanent, err)
	}
	if r.Error != nil {
		return nil, 0, fmt.Errorf("%w: %s", ErrPermanent, r.Error.Message)
	}
	if len(r.Data) != n {
		return nil, 0, fmt.Errorf("%w: %d embeddings for %d inputs", ErrPermanent, len(r.Data), n)
	}
	out := make([][]float32, n)
	for _, d := range r.Data {
		if d.Index < 0 || d.Index >= n || out[d.Index] != nil {
			return nil, 0, fmt.Errorf("%w: bad or repeated index %d", ErrPermanent, d.Index)
		}
		if len(d.Embedding) == 0 {
			return nil, 0, fmt.Errorf("%w: empty embedding at index %d", ErrPermanent, d.Index)
		}
		out[d.Index] = normalize(d.Embedding)
	}
	return out, 0, nil
}

func normalize(v []float32) []float32 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 || math.IsNaN(s) || math.IsInf(s, 0) {
		return v
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
	return v
}

func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
