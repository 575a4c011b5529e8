// Package auth is who may talk to llmobs and what they see (DESIGN,
// "Tenancy and access"): bearer tokens from a tokens file, each naming a
// tenant and roles; the caller's principal in the request context; HTTP
// middleware (the gRPC interceptors live with the one gRPC server, in
// ingest, so this package needs no gRPC); and per-tenant rate limits.
//
// Roles:
//
//	ingest  send OTLP (gRPC, HTTP); the token's tenant is stamped on what it sends
//	read    SLIs, series, alerts, pipeline figures, /metrics — of its own tenant
//	search  the prompts users asked (GET /api/search) — of its own tenant
//	admin   everything, every tenant, /debug/pprof
//
// With no tokens file, auth is off: every endpoint is open and every
// caller sees every tenant, as before. Comparisons of presented tokens are
// constant-time; tokens may be stored as "sha256:<hex>" so the file holds
// no secret.
package auth

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"

	"github.com/llmobs/llmobs/pkg/config"
)

// Role is what a token may do.
type Role string

// The roles of a token.
const (
	RoleIngest Role = "ingest"
	RoleRead   Role = "read"
	RoleSearch Role = "search"
	RoleAdmin  Role = "admin"
)

// Pseudo-roles of an endpoint, never held by a token.
const (
	// Open endpoints need no token (/healthz, /readyz, the console's
	// static page, which asks for a token itself).
	Open Role = "open"
	// Metrics is /metrics: role read, or open with auth.open_metrics.
	Metrics Role = "metrics"
)

// Roles are the roles a token may hold.
var Roles = []Role{RoleIngest, RoleRead, RoleSearch, RoleAdmin}

// DefaultTenant is the tenant of data that names none (DESIGN: from the
// credential that sent it, else its tenant.id-style attribute, else
// "default").
const DefaultTenant = "default"

// TenantOf is the tenant a stored tenant field stands for: "" is the
// default tenant.
func TenantOf(stored string) string {
	if stored == "" {
		return DefaultTenant
	}
	return stored
}

// Principal is an authenticated caller.
type Principal struct {
	// Name labels the token in logs ("collector-eu"); optional.
	Name   string
	Tenant string
	Roles  []Role
}

// Has reports whether p may act as role; admin may do everything.
func (p Principal) Has(role Role) bool {
	return slices.Contains(p.Roles, role) || slices.Contains(p.Roles, RoleAdmin)
}

type ctxKey struct{}

// WithPrincipal returns ctx carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// FromContext is the caller of a request; ok is false when auth is off.
func FromContext(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(ctxKey{}).(Principal)
	return p, ok
}

// Scope is which tenants' data a request may see.
type Scope struct {
	// All: auth is off, or the caller is an admin.
	All    bool
	Tenant string
}

// ScopeOf is the scope of the request's caller.
func ScopeOf(ctx context.Context) Scope {
	p, ok := FromContext(ctx)
	if !ok || slices.Contains(p.Roles, RoleAdmin) {
		return Scope{All: true}
	}
	return Scope{Tenant: TenantOf(p.Tenant)}
}

// Sees reports whether data stored under tenant (as stored: "" is the
// default tenant) is visible in the scope.
func (s Scope) Sees(tenant string) bool {
	return s.All || TenantOf(tenant) == s.Tenant
}

// Errors of Authenticate and Authorize.
var (
	ErrUnauthenticated = errors.New("a valid bearer token is required (Authorization: Bearer <token>)")
	ErrForbidden       = errors.New("the token's roles do not allow this")
)

// Config is the top-level `auth` section every llmobs binary takes.
type Config struct {
	// TokensFile is a YAML list of {token, tenant, roles, name}; when set,
	// every endpoint but /healthz and /readyz needs a bearer token. The
	// file is reloaded when it changes.
	TokensFile string `yaml:"tokens_file"`
	// OpenMetrics serves /metrics without a token (a scraper on a private
	// network).
	OpenMetrics bool `yaml:"open_metrics"`
	// RateLimit bounds what each tenant may send over OTLP.
	RateLimit RateLimits `yaml:"rate_limit"`
}

// RegisterFlags binds the keys under prefix ("auth").
func (c *Config) RegisterFlags(prefix string, fs *flag.FlagSet) {
	fs.StringVar(&c.TokensFile, prefix+".tokens-file", c.TokensFile, "YAML list of {token, tenant, roles}: require bearer tokens on every listener (reloaded when it changes)")
	fs.BoolVar(&c.OpenMetrics, prefix+".open-metrics", c.OpenMetrics, "serve /metrics without a token")
	fs.Float64Var(&c.RateLimit.RequestsPerSecond, prefix+".rate-limit.requests-per-second", c.RateLimit.RequestsPerSecond, "OTLP requests per second per tenant (0 = no limit)")
	fs.Float64Var(&c.RateLimit.BytesPerSecond, prefix+".rate-limit.bytes-per-second", c.RateLimit.BytesPerSecond, "OTLP bytes per second per tenant (0 = no limit)")
}

// Enabled reports whether tokens are required.
func (c Config) Enabled() bool { return c.TokensFile != "" }

// Validate names the wrong key.
func (c Config) Validate() error {
	return config.Prefix("rate_limit", c.RateLimit.Validate())
}

// RateLimits is the per-tenant token bucket of OTLP input: every tenant
// gets the default limits, a tenant listed under Tenants its own (a zero
// field there takes the default's).
type RateLimits struct {
	Limit   `yaml:",inline"`
	Tenants map[string]Limit `yaml:"tenants"`
}

// Limit is one tenant's rates. Zero rates do not limit.
type Limit struct {
	RequestsPerSecond float64 `yaml:"requests_per_second"`
	BytesPerSecond    float64 `yaml:"bytes_per_second"`
	// BurstSeconds is how many seconds' worth of the rates a tenant may
	// send at once after being quiet (default 1).
	BurstSeconds float64 `yaml:"burst_seconds"`
}

func (l Limit) validate() error {
	var errs []error
	if l.RequestsPerSecond < 0 {
		errs = append(errs, config.Errorf("requests_per_second", "must not be negative (0 = no limit)"))
	}
	if l.BytesPerSecond < 0 {
		errs = append(errs, config.Errorf("bytes_per_second", "must not be negative (0 = no limit)"))
	}
	if l.BurstSeconds < 0 {
		errs = append(errs, config.Errorf("burst_seconds", "must not be negative (0 = 1 second)"))
	}
	return errors.Join(errs...)
}

// Validate names the wrong key.
func (r RateLimits) Validate() error {
	errs := []error{r.Limit.validate()}
	for t, l := range r.Tenants {
		errs = append(errs, config.Prefix(fmt.Sprintf("tenants.%s", t), l.validate()))
	}
	return errors.Join(errs...)
}

// For is tenant's limit (as stored: "" is the default tenant).
func (r RateLimits) For(tenant string) Limit {
	l := r.Limit
	o, ok := r.Tenants[TenantOf(tenant)]
	if !ok {
		return l
	}
	if o.RequestsPerSecond > 0 {
		l.RequestsPerSecond = o.RequestsPerSecond
	}
	if o.BytesPerSecond > 0 {
		l.BytesPerSecond = o.BytesPerSecond
	}
	if o.BurstSeconds > 0 {
		l.BurstSeconds = o.BurstSeconds
	}
	return l
}

// Limited reports whether any tenant is limited.
func (r RateLimits) Limited() bool {
	if r.RequestsPerSecond > 0 || r.BytesPerSecond > 0 {
		return true
	}
	for _, l := range r.Tenants {
		if l.RequestsPerSecond > 0 || l.BytesPerSecond > 0 {
			return true
		}
	}
	return false
}
