package embedder

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/services/embedder/index"
)

// MaxQueryBytes bounds the q parameter.
const MaxQueryBytes = 1000

// SearchResult is one hit of GET /api/search.
type SearchResult struct {
	ID             string    `json:"id"`
	Score          float32   `json:"score"`
	Prompt         string    `json:"prompt"`
	TraceID        string    `json:"trace_id"`
	SpanID         string    `json:"span_id"`
	TraceIDs       []string  `json:"trace_ids"`
	Service        string    `json:"service"`
	Model          string    `json:"model"`
	Provider       string    `json:"provider"`
	Operation      string    `json:"operation"`
	Time           time.Time `json:"time"`
	LatencyMS      float64   `json:"latency_ms"`
	Error          bool      `json:"error"`
	CostUSD        float64   `json:"cost_usd"`
	InputTokens    int64     `json:"input_tokens"`
	OutputTokens   int64     `json:"output_tokens"`
	ConversationID string    `json:"conversation_id"`
	UserID         string    `json:"user_id"`
	UserIDs        []string  `json:"user_ids,omitempty"` // recent askers, newest first (what user= matches)
	Hits           int64     `json:"hits"`
	FirstSeen      time.Time `json:"first_seen"`
	LastSeen       time.Time `json:"last_seen"`
	Topic          string    `json:"topic,omitempty"`
	Novelty        float64   `json:"novelty"`
	Flags          []string  `json:"flags,omitempty"` // the enricher's flags on the prompt's calls (prompt_injection, jailbreak, refusal, ...) and novel_prompt
}

// SearchResponse is the body of GET /api/search.
type SearchResponse struct {
	Query   string         `json:"query,omitempty"`
	Like    string         `json:"like,omitempty"`
	K       int            `json:"k"`
	TookMS  float64        `json:"took_ms"`
	Results []SearchResult `json:"results"`
}

// SearchRequest is a parsed, validated search.
type SearchRequest struct {
	Q      string
	Like   string // hex trace ID: "more like this"
	K      int
	Filter index.Filter
}

var searchParams = map[string]bool{"q": true, "like": true, "k": true, "service": true, "model": true, "topic": true, "novel": true, "errors": true, "since": true, "until": true, "min_latency_ms": true, "user": true, "flag": true}

// ParseSearch validates the query string of GET /api/search. since and
// until take RFC 3339 times or a duration back from now ("90m").
func ParseSearch(v url.Values, defaultK int, now time.Time) (SearchRequest, error) {
	var r SearchRequest
	for k, vs := range v {
		if !searchParams[k] {
			return r, fmt.Errorf("unknown parameter %q (allowed: q, like, k, service, model, topic, novel, errors, since, until, min_latency_ms, user, flag)", k)
		}
		if len(vs) > 1 {
			return r, fmt.Errorf("parameter %q given %d times", k, len(vs))
		}
	}
	r.Q = strings.TrimSpace(v.Get("q"))
	r.Like = strings.ToLower(strings.TrimSpace(v.Get("like")))
	switch {
	case r.Q == "" && r.Like == "":
		return r, errors.New("give q (text to search for) or like (a trace ID: more like its prompt)")
	case r.Q != "" && r.Like != "":
		return r, errors.New("give q or like, not both")
	case len(r.Q) > MaxQueryBytes:
		return r, fmt.Errorf("q is %d bytes; at most %d", len(r.Q), MaxQueryBytes)
	case !utf8.ValidString(r.Q):
		return r, errors.New("q is not valid UTF-8")
	}
	if r.Like != "" {
		if b, err := hex.DecodeString(r.Like); err != nil || len(b) != 16 {
			return r, errors.New("like must be a trace ID: 32 hex digits")
		}
	}
	r.K = defaultK
	if s := v.Get("k"); s != "" {
		k, err := strconv.Atoi(s)
		if err != nil || k < 1 || k > index.MaxK {
			return r, fmt.Errorf("k must be an integer in 1..%d", index.MaxK)
		}
		r.K = k
	}
	for key, dst := range map[string]*string{"service": &r.Filter.Service, "model": &r.Filter.Model, "topic": &r.Filter.Topic, "user": &r.Filter.User} {
		s := v.Get(key)
		if len(s) > 256 || !utf8.ValidString(s) {
			return r, fmt.Errorf("%s must be valid UTF-8, at most 256 bytes", key)
		}
		*dst = s
	}
	if s := v.Get("errors"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return r, errors.New("errors must be true or false")
		}
		r.Filter.ErrorsOnly = b
	}
	if s := v.Get("flag"); s != "" {
		// novel_prompt is the embedder's own flag (novel=true); the others
		// are the enricher's, stored per prompt.
		if !validFlag(s) {
			return r, errors.New("flag must be a flag name: lower-case letters, digits and underscores, e.g. prompt_injection")
		}
		if s == "novel_prompt" {
			r.Filter.NovelOnly = true
		} else {
			r.Filter.Flag = s
		}
	}
	if s := v.Get("novel"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return r, errors.New("novel must be true or false")
		}
		r.Filter.NovelOnly = b
	}
	for key, dst := range map[string]*time.Time{"since": &r.Filter.Since, "until": &r.Filter.Until} {
		s := v.Get(key)
		if s == "" {
			continue
		}
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			*dst = t
		} else if d, err := time.ParseDuration(s); err == nil && d > 0 {
			*dst = now.Add(-d)
		} else {
			return r, fmt.Errorf("%s must be an RFC 3339 time or a positive duration back from now (e.g. 90m)", key)
		}
	}
	if !r.Filter.Since.IsZero() && !r.Filter.Until.IsZero() && !r.Filter.Since.Before(r.Filter.Until) {
		return r, errors.New("since must be before until")
	}
	if s := v.Get("min_latency_ms"); s != "" {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f < 0 || math.IsNaN(f) || math.IsInf(f, 0) {
			return r, errors.New("min_latency_ms must be a non-negative number")
		}
		r.Filter.MinLatencyMS = f
	}
	return r, nil
}

// tenantsOf is the index filter of a caller's scope: nil (every tenant)
// for an admin or with auth off; the default tenant's prompts are stored
// with no tenant or "default".
func tenantsOf(sc auth.Scope) []string {
	switch {
	case sc.All:
		return nil
	case sc.Tenant == auth.DefaultTenant:
		return []string{"", auth.DefaultTenant}
	}
	return []string{sc.Tenant}
}

// errNotFound: "more like this" for a trace with no embedded prompt.
var errNotFound = errors.New("no embedded prompt for that trace ID")

// Search runs a validated request.
func (s *Service) Search(ctx context.Context, r SearchRequest) ([]index.Hit, error) {
	q := index.Query{K: r.K, Filter: r.Filter}
	if r.Like != "" {
		p, found, err := s.idx.ByTrace(ctx, r.Like)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, errNotFound
		}
		if r.Filter.Tenants != nil && !slices.Contains(r.Filter.Tenants, p.Payload.Tenant) {
			return nil, errNotFound // another tenant's: as if it did not exist
		}
		q.Vector = p.Vector
		q.Filter.ExcludeID = p.ID
	} else {
		vs, err := s.enc.Embed(ctx, []string{r.Q})
		if err != nil {
			return nil, fmt.Errorf("embedding the query: %w", err)
		}
		q.Vector = vs[0]
	}
	return s.idx.Search(ctx, q)
}

func (s *Service) handleSearch(w http.ResponseWriter, req *http.Request) {
	start := time.Now()
	code := http.StatusOK
	defer func() {
		s.m.searches.WithLabelValues(strconv.Itoa(code)).Inc()
		s.m.searchSecs.Observe(time.Since(start).Seconds())
	}()
	fail := func(c int, msg string) {
		code = c
		if c == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "5")
		}
		admin.WriteJSON(w, c, map[string]string{"error": msg})
	}
	if s.readiness() != nil {
		fail(http.StatusServiceUnavailable, "the vector index is not ready yet")
		return
	}
	r, err := ParseSearch(req.URL.Query(), s.cfg.DefaultK, time.Now())
	if err != nil {
		fail(http.StatusBadRequest, err.Error())
		return
	}
	r.Filter.Tenants = tenantsOf(auth.ScopeOf(req.Context()))
	ctx, cancel := context.WithTimeout(req.Context(), 10*time.Second)
	defer cancel()
	hits, err := s.Search(ctx, r)
	switch {
	case errors.Is(err, errNotFound):
		fail(http.StatusNotFound, err.Error())
		return
	case errors.Is(err, index.ErrUnavailable), errors.Is(err, context.DeadlineExceeded):
		fail(http.StatusServiceUnavailable, err.Error())
		return
	case err != nil:
		fail(http.StatusInternalServerError, err.Error())
		return
	}
	out := SearchResponse{Query: r.Q, Like: r.Like, K: r.K, Results: make([]SearchResult, 0, len(hits))}
	for _, h := range hits {
		p := h.Payload
		out.Results = append(out.Results, SearchResult{
			ID: h.ID, Score: h.Score, Prompt: p.Text, TraceID: p.TraceID, SpanID: p.SpanID, TraceIDs: p.TraceIDs,
			Service: p.Service, Model: p.Model, Provider: p.Provider, Operation: p.Operation, Time: p.Time,
			LatencyMS: p.LatencyMS, Error: p.Error, CostUSD: p.CostUSD, InputTokens: p.InputTokens, OutputTokens: p.OutputTokens,
			ConversationID: p.ConversationID, UserID: p.UserID, UserIDs: p.UserIDs, Hits: p.Hits, FirstSeen: p.FirstSeen, LastSeen: p.LastSeen,
			Topic: p.Topic, Novelty: p.Novelty,
		})
		res := &out.Results[len(out.Results)-1]
		res.Flags = slices.Clone(p.Flags)
		if p.Novel {
			res.Flags = append(res.Flags, "novel_prompt")
		}
	}
	out.TookMS = float64(time.Since(start).Microseconds()) / 1000
	admin.WriteJSON(w, http.StatusOK, out)
}

func validFlag(f string) bool {
	if len(f) > 64 {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
