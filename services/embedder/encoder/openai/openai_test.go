package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// fakeServer answers /v1/embeddings with vectors derived from the text
// (length and first byte), reversed in order to test index handling, and
// fails the first `fail` requests with `failCode`.
type fakeServer struct {
	mu       sync.Mutex
	dim      int
	fail     int
	failCode int
	requests int
	batches  []int
	auth     []string
	body     func(w http.ResponseWriter) bool // when set and returns true, it wrote the answer
}

func (f *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.requests++
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	fail := f.fail > 0
	if fail {
		f.fail--
	}
	f.mu.Unlock()
	if r.URL.Path != "/v1/embeddings" || r.Method != http.MethodPost {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if fail {
		w.Header().Set("Retry-After", "0")
		http.Error(w, `{"error":{"message":"slow down"}}`, f.failCode)
		return
	}
	if f.body != nil && f.body(w) {
		return
	}
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.batches = append(f.batches, len(req.Input))
	f.mu.Unlock()
	type item struct {
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	var data []item
	for i := len(req.Input) - 1; i >= 0; i-- {
		v := make([]float32, f.dim)
		v[0] = float32(len(req.Input[i]))
		if len(req.Input[i]) > 0 {
			v[1] = float32(req.Input[i][0])
		}
		data = append(data, item{Index: i, Embedding: v})
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": req.Model})
}

func newTest(t *testing.T, f *fakeServer, cfg Config) *Encoder {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	cfg.URL = srv.URL
	if cfg.Model == "" {
		cfg.Model = "text-embedding-3-small"
	}
	e, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.sleep = func(context.Context, time.Duration) error { return nil }
	return e
}

func TestProbeBatchOrderAndNormalisation(t *testing.T) {
	f := &fakeServer{dim: 8}
	e := newTest(t, f, Config{BatchSize: 3, APIKey: "sk-test"})
	if e.Dim() != 8 || e.Name() != "openai:text-embedding-3-small" {
		t.Fatalf("dim %d name %q", e.Dim(), e.Name())
	}
	texts := []string{"a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"}
	vs, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != len(texts) {
		t.Fatalf("%d vectors", len(vs))
	}
	for i, v := range vs {
		// The server put len in v[0] and the first byte in v[1]: after
		// normalisation their ratio survives, so order is checkable.
		if got, want := v[1]/v[0], float32(texts[i][0])/float32(len(texts[i])); math.Abs(float64(got-want)) > 1e-4 {
			t.Errorf("vector %d belongs to another text: ratio %v want %v", i, got, want)
		}
		var n float64
		for _, x := range v {
			n += float64(x * x)
		}
		if math.Abs(n-1) > 1e-5 {
			t.Errorf("vector %d not normalised: |v|² = %v", i, n)
		}
	}
	// 1 probe + ceil(7/3) batches.
	if f.requests != 4 || fmt.Sprint(f.batches) != "[1 3 3 1]" {
		t.Errorf("requests %d batches %v", f.requests, f.batches)
	}
	if f.auth[1] != "Bearer sk-test" {
		t.Errorf("auth header %q", f.auth[1])
	}
}

func TestRetries(t *testing.T) {
	for _, tc := range []struct {
		name      string
		code      int
		fail      int
		retries   int
		wantErr   bool
		permanent bool
		requests  int
	}{
		{"429 then ok", http.StatusTooManyRequests, 2, 4, false, false, 3},
		{"503 then ok", http.StatusServiceUnavailable, 1, 4, false, false, 2},
		{"500 beyond retries", http.StatusInternalServerError, 10, 2, true, false, 3},
		{"400 is permanent", http.StatusBadRequest, 1, 4, true, true, 1},
		{"401 is permanent", http.StatusUnauthorized, 1, 4, true, true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeServer{dim: 4}
			e := newTest(t, f, Config{Dimensions: 4, MaxRetries: tc.retries})
			f.fail, f.failCode = tc.fail, tc.code
			_, err := e.Embed(context.Background(), []string{"x"})
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v", err)
			}
			if tc.wantErr && errors.Is(err, ErrPermanent) != tc.permanent {
				t.Errorf("permanent = %v, err %v", !tc.permanent, err)
			}
			if f.requests != tc.requests {
				t.Errorf("requests %d, want %d", f.requests, tc.requests)
			}
		})
	}
}

func TestMalformedAnswers(t *testing.T) {
	for name, answer := range map[string]string{
		"not json":      `{"data": [`,
		"too few":       `{"data": []}`,
		"bad index":     `{"data": [{"index": 5, "embedding": [1,2,3,4]}]}`,
		"empty vector":  `{"data": [{"index": 0, "embedding": []}]}`,
		"wrong dim":     `{"data": [{"index": 0, "embedding": [1,2]}]}`,
		"error payload": `{"error": {"message": "model not found"}}`,
	} {
		t.Run(name, func(t *testing.T) {
			f := &fakeServer{dim: 4}
			e := newTest(t, f, Config{Dimensions: 4})
			f.body = func(w http.ResponseWriter) bool { _, _ = w.Write([]byte(answer)); return true }
			_, err := e.Embed(context.Background(), []string{"x"})
			if !errors.Is(err, ErrPermanent) {
				t.Fatalf("want a permanent error, got %v", err)
			}
		})
	}
}

func TestTimeoutIsTransientAndBounded(t *testing.T) {
	release := make(chan struct{})
	f := &fakeServer{dim: 4}
	f.body = func(w http.ResponseWriter) bool { <-release; return false }
	srv := httptest.NewServer(f)
	defer srv.Close()
	defer close(release)
	e, err := New(context.Background(), Config{URL: srv.URL + "/v1", Model: "m", Dimensions: 4, Timeout: 50 * time.Millisecond, MaxRetries: 1})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = e.Embed(context.Background(), []string{"x"})
	if err == nil || errors.Is(err, ErrPermanent) {
		t.Fatalf("want a transient error, got %v", err)
	}
	if f.requests != 2 {
		t.Errorf("requests %d, want 2 (one retry)", f.requests)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestConfigErrors(t *testing.T) {
	if _, err := New(context.Background(), Config{Model: "m"}); err == nil || !strings.Contains(err.Error(), "url") {
		t.Fatalf("missing url: %v", err)
	}
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	if _, err := New(context.Background(), Config{URL: srv.URL, Model: "m"}); err == nil || !strings.Contains(err.Error(), "probing") {
		t.Fatalf("probe against a 404: %v", err)
	}
}
