package alerter

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/pkg/kafka"
)

func (s *Service) handleAlerts(w http.ResponseWriter, req *http.Request) {
	s.mu.Lock()
	active := s.cross.Active()
	for _, e := range s.parts {
		active = append(active, e.Active()...)
	}
	for _, a := range s.orphans {
		active = append(active, a)
	}
	sl := s.surges
	s.mu.Unlock()
	active = append(active, sl.active()...)
	active = visible(auth.ScopeOf(req.Context()), active)
	sort.Slice(active, func(i, j int) bool { return active[i].Fingerprint < active[j].Fingerprint })
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(active)
}

// visible keeps the alerts the caller's scope sees: an alert belongs to
// the tenant its tenant label names (alerts on a tenant's series, budgets
// by tenant); one with none (every tenant's spend, the default tenant's
// series) to the default tenant. Never nil.
func visible(sc auth.Scope, as []Alert) []Alert {
	out := make([]Alert, 0, len(as))
	for _, a := range as {
		if sc.Sees(a.Labels["tenant"]) {
			out = append(out, a)
		}
	}
	return out
}

// handleRecent answers GET /api/alerts/recent: the last alert events sent
// (firing and resolved, re-notifications included), newest first; after a
// restart it starts with the latest state of every alert on the topic.
func (s *Service) handleRecent(w http.ResponseWriter, req *http.Request) {
	sc := auth.ScopeOf(req.Context())
	s.mu.Lock()
	out := make([]Alert, 0, len(s.recent))
	for i := len(s.recent) - 1; i >= 0; i-- {
		if sc.Sees(s.recent[i].Labels["tenant"]) {
			out = append(out, s.recent[i])
		}
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

// TailOptions controls Tail.
type TailOptions struct {
	// FromBeginning replays the topic; otherwise only new alerts print.
	FromBeginning bool
	// JSON prints each alert as one JSON line (the record value).
	JSON bool
	// Color colours the status (set it when w is a terminal).
	Color bool
	// Limit stops after this many alerts (0: until ctx ends).
	Limit int
}

// Tail consumes the alert topic and prints one line per alert until ctx
// ends (returns nil) or Limit alerts were printed. Undecodable records
// are printed as such, never fatal. It is `llmobs alerts tail`.
func Tail(ctx context.Context, kcfg kafka.Config, topic string, w io.Writer, opts TailOptions) error {
	start := kgo.NewOffset().AtEnd()
	if opts.FromBeginning {
		start = kgo.NewOffset().AtStart()
	}
	cl, err := kafka.NewClient(kcfg, "alerts-tail", kgo.ConsumeTopics(topic), kgo.ConsumeResetOffset(start), kgo.FetchIsolationLevel(kgo.ReadCommitted()))
	if err != nil {
		return err
	}
	defer cl.Close()
	n := 0
	for {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			return nil
		}
		var ferr error
		fs.EachError(func(_ string, _ int32, err error) { ferr = err })
		if ferr != nil {
			return ferr
		}
		for _, r := range fs.Records() {
			var line string
			if opts.JSON {
				line = string(r.Value)
			} else {
				var a Alert
				if err := json.Unmarshal(r.Value, &a); err != nil {
					line = fmt.Sprintf("undecodable alert record partition=%d offset=%d: %v", r.Partition, r.Offset, err)
				} else {
					line = FormatAlert(a, r.Timestamp, opts.Color)
				}
			}
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
			n++
			if opts.Limit > 0 && n >= opts.Limit {
				return nil
			}
		}
	}
}

// FormatAlert renders one alert as a single line: time, status,
// alertname, severity, other labels, value/threshold, summary.
func FormatAlert(a Alert, at time.Time, color bool) string {
	ts := a.StartsAt
	if a.Status == "resolved" && !a.EndsAt.IsZero() {
		ts = a.EndsAt
	}
	if ts.IsZero() {
		ts = at
	}
	status := strings.ToUpper(a.Status)
	if color {
		c := "31" // red
		if a.Status == "resolved" {
			c = "32"
		}
		status = "\x1b[" + c + "m" + status + "\x1b[0m"
	}
	var lbl []string
	keys := make([]string, 0, len(a.Labels))
	for k := range a.Labels {
		if k != "alertname" && k != "severity" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		lbl = append(lbl, k+"="+a.Labels[k])
	}
	line := fmt.Sprintf("%s %-8s %s severity=%s {%s}", ts.UTC().Format(time.RFC3339), status, a.Labels["alertname"], a.Labels["severity"], strings.Join(lbl, ", "))
	if v, ok := a.Annotations["value"]; ok {
		line += fmt.Sprintf(" value=%s threshold=%s", v, a.Annotations["threshold"])
	}
	if s := a.Annotations["summary"]; s != "" {
		line += " — " + s
	}
	return line
}
