package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/llmobs/llmobs/pkg/auth"
)

// Config is what the page reads from GET /api/console.
type Config struct {
	// TraceURL is the link from a call to a trace UI, with {trace_id}
	// (and optionally {span_id}, {start_unix_ms}, {end_unix_ms}) filled
	// in by the page: Jaeger "http://jaeger:16686/trace/{trace_id}", Tempo
	// through Grafana "http://grafana:3000/explore?left=…{trace_id}…".
	// Empty: no link.
	TraceURL string `json:"trace_url"`
}

// Validate names the flag.
func (c Config) Validate() error {
	if c.TraceURL == "" {
		return nil
	}
	u, err := url.Parse(strings.NewReplacer("{trace_id}", "x", "{span_id}", "x", "{start_unix_ms}", "0", "{end_unix_ms}", "0").Replace(c.TraceURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || !strings.Contains(c.TraceURL, "{trace_id}") {
		return fmt.Errorf("console.trace-url: %q: want an http(s) URL holding {trace_id}, e.g. http://127.0.0.1:16686/trace/{trace_id}", c.TraceURL)
	}
	return nil
}

// MountConfig serves c on GET /api/console, for role read (a trace UI's
// address is internal, not public).
func MountConfig(m Mux, c Config) {
	m.Mount("GET /api/console", auth.RoleRead, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(c)
	}))
}
