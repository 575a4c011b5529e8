package auth

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// CheckInterval is how often, at most, the tokens file is looked at: a
// request that comes later stats it and reloads it when its modification
// time or size changed.
const CheckInterval = time.Second

// Guard decides who may call what. One Guard serves every listener of a
// process. A nil *Guard is auth off with no rate limits (tests that build
// services without a process).
type Guard struct {
	cfg     Config
	log     *slog.Logger
	now     func() time.Time
	limiter *Limiter

	refused *prometheus.CounterVec
	reloads *prometheus.CounterVec
	loaded  prometheus.Gauge

	mu      sync.Mutex
	tokens  []token
	checked time.Time
	stamp   fileStamp
	failed  fileStamp
}

type fileStamp struct {
	mod  time.Time
	size int64
}

func stampOf(path string) fileStamp {
	st, err := os.Stat(path)
	if err != nil {
		return fileStamp{size: -1}
	}
	return fileStamp{st.ModTime(), st.Size()}
}

// New loads the tokens file (when configured) and registers the guard's
// metrics on reg (may be nil). An error names what is wrong in the file.
func New(cfg Config, log *slog.Logger, reg prometheus.Registerer) (*Guard, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	g := &Guard{
		cfg: cfg, log: log, now: time.Now,
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_auth_refused_total", Help: "Requests refused by authentication (reason unauthenticated: no or unknown token; forbidden: the token's roles do not allow it)."}, []string{"reason"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "llmobs_auth_reloads_total", Help: "Reloads of the tokens file and TLS certificate after they changed, by file (tokens, tls) and result (ok, error: the previous one stays in use)."}, []string{"file", "result"}),
		loaded:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "llmobs_auth_tokens", Help: "Tokens loaded from auth.tokens_file."}),
	}
	g.limiter = NewLimiter(cfg.RateLimit, g.now)
	if reg != nil {
		for _, c := range []prometheus.Collector{g.refused, g.reloads, g.loaded} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	if cfg.Enabled() {
		g.stamp = stampOf(cfg.TokensFile)
		tks, err := loadTokens(cfg.TokensFile)
		if err != nil {
			return nil, err
		}
		if len(tks) == 0 {
			return nil, errors.New("auth.tokens_file " + cfg.TokensFile + " holds no token: nothing could call llmobs (remove auth.tokens_file to turn auth off)")
		}
		g.tokens, g.checked = tks, g.now()
		g.loaded.Set(float64(len(tks)))
	}
	return g, nil
}

// Enabled reports whether tokens are required.
func (g *Guard) Enabled() bool { return g != nil && g.cfg.Enabled() }

// Config is what the guard was built from.
func (g *Guard) Config() Config {
	if g == nil {
		return Config{}
	}
	return g.cfg
}

// TLSReloaded counts a certificate reload (tlsutil's callback).
func (g *Guard) TLSReloaded(ok bool) {
	if g == nil {
		return
	}
	g.reloads.WithLabelValues("tls", result(ok)).Inc()
}

func result(ok bool) string {
	if ok {
		return "ok"
	}
	return "error"
}

// current returns the tokens, reloading the file first when it changed
// since the last look (at most once per CheckInterval). A file that fails
// to load keeps the previous tokens, logged once per change.
func (g *Guard) current() []token {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	if now.Sub(g.checked) < CheckInterval {
		return g.tokens
	}
	g.checked = now
	st := stampOf(g.cfg.TokensFile)
	if st == g.stamp || st == g.failed {
		return g.tokens
	}
	tks, err := loadTokens(g.cfg.TokensFile)
	if err == nil && len(tks) == 0 {
		err = errors.New("the file holds no token")
	}
	if err != nil {
		g.failed = st
		g.reloads.WithLabelValues("tokens", "error").Inc()
		g.log.Error("tokens file reload failed; the previous tokens stay in use — fix the file", "file", g.cfg.TokensFile, "err", err)
		return g.tokens
	}
	g.tokens, g.stamp, g.failed = tks, st, fileStamp{}
	g.reloads.WithLabelValues("tokens", "ok").Inc()
	g.loaded.Set(float64(len(tks)))
	g.log.Info("tokens file reloaded", "file", g.cfg.TokensFile, "tokens", len(tks))
	return tks
}

// BearerToken extracts the token of an Authorization header value
// ("Bearer <token>", scheme case-insensitive); "" when there is none.
func BearerToken(authorization string) string {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(authorization), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(tok)
}

// Authorize checks the Authorization header value of a request that needs
// role. It returns ctx carrying the caller's Principal, or ctx unchanged
// when auth is off or the endpoint is open; the error is
// ErrUnauthenticated or ErrForbidden.
func (g *Guard) Authorize(ctx context.Context, authorization string, role Role) (context.Context, error) {
	if !g.Enabled() || role == Open || (role == Metrics && g.cfg.OpenMetrics) {
		return ctx, nil
	}
	if role == Metrics {
		role = RoleRead
	}
	tok := BearerToken(authorization)
	if tok == "" {
		g.refused.WithLabelValues("unauthenticated").Inc()
		return ctx, ErrUnauthenticated
	}
	p, ok := match(g.current(), tok)
	if !ok {
		g.refused.WithLabelValues("unauthenticated").Inc()
		return ctx, ErrUnauthenticated
	}
	if !p.Has(role) {
		g.refused.WithLabelValues("forbidden").Inc()
		return ctx, ErrForbidden
	}
	return WithPrincipal(ctx, p), nil
}

// HTTPStatus is the status code of an Authorize error: 401 or 403.
func HTTPStatus(err error) int {
	if errors.Is(err, ErrForbidden) {
		return http.StatusForbidden
	}
	return http.StatusUnauthorized
}

// WriteRefusal answers an Authorize error as JSON {"error": ...}: 401
// with a WWW-Authenticate challenge, or 403.
func WriteRefusal(w http.ResponseWriter, err error) {
	code := HTTPStatus(err)
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="llmobs"`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

// Require wraps next: callers need role (Open: anyone); the handler finds
// the caller with FromContext / ScopeOf.
func (g *Guard) Require(role Role, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, err := g.Authorize(r.Context(), r.Header.Get("Authorization"), role)
		if err != nil {
			WriteRefusal(w, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Allow charges one OTLP request of n bytes to tenant's rate limit (as
// stored: "" is the default tenant). When refused, retryAfter says when
// the request would fit.
func (g *Guard) Allow(tenant string, n int) (retryAfter time.Duration, ok bool) {
	if g == nil {
		return 0, true
	}
	return g.limiter.Allow(tenant, n)
}
