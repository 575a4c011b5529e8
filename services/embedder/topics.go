package embedder

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/llmobs/llmobs/pkg/admin"
	"github.com/llmobs/llmobs/pkg/auth"
	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/novelty"
)

// noveltyKey: novelty, topics and surges are per tenant and service, so a
// tenant's topics (and their example prompts) are its own.
func noveltyKey(p index.Payload) string { return p.Tenant + "|" + p.Service }

func splitKey(k string) (tenant, service string) {
	tenant, service, _ = strings.Cut(k, "|")
	return tenant, service
}

// maxSurges bounds the surge changes GET /api/topics lists.
const maxSurges = 100

// surged records topic surge changes: a log line, a counter, the list.
func (s *Service) surged(ch []novelty.Surge) {
	if len(ch) == 0 {
		return
	}
	s.surgeMu.Lock()
	defer s.surgeMu.Unlock()
	for _, c := range ch {
		tenant, svc := splitKey(c.Topic.Service)
		change := "ended"
		if c.Started {
			change = "started"
		}
		s.m.surges.WithLabelValues(change).Inc()
		s.log.Info("topic surge "+change, "tenant", tenant, "service", svc, "topic", c.Topic.ID, "share", c.Topic.Share, "baseline_share", c.Topic.BaselineShare, "at", c.At, "examples", c.Examples)
		s.surges = append(s.surges, c)
	}
	s.changedState(KindPrompt, s.nov, ch)
	if n := len(s.surges) - maxSurges; n > 0 {
		s.surges = slices.Delete(s.surges, 0, n)
	}
	cold := 0
	for _, n := range s.nov.Warm() {
		if n <= s.cfg.Novelty.WarmUpOrDefault() {
			cold++
		}
	}
	s.m.warm.Set(float64(cold))
}

// TopicView is one topic in GET /api/topics.
type TopicView struct {
	novelty.Topic
	Tenant string `json:"tenant,omitempty"`
}

// SurgeView is one surge change in GET /api/topics.
type SurgeView struct {
	Topic    string    `json:"topic"`
	Tenant   string    `json:"tenant,omitempty"`
	Service  string    `json:"service"`
	Started  bool      `json:"started"`
	At       time.Time `json:"at"`
	Share    float64   `json:"share"`
	Examples []string  `json:"examples"`
}

// TopicsResponse is the body of GET /api/topics.
type TopicsResponse struct {
	// Warm: prompts seen per tenant/service, and whether past the
	// warm-up (before it, nothing is flagged novel and nothing surges).
	Warm   map[string]WarmState `json:"warm"`
	Topics []TopicView          `json:"topics"`
	Surges []SurgeView          `json:"surges"`
}

// WarmState is one tenant/service's warm-up.
type WarmState struct {
	Prompts int  `json:"prompts"`
	Warm    bool `json:"warm"`
}

// handleTopics: GET /api/topics?service=&limit= — the caller's tenants'
// topics, most active first, and the latest surge changes.
func (s *Service) handleTopics(w http.ResponseWriter, req *http.Request) {
	allowed := tenantsOf(auth.ScopeOf(req.Context()))
	ok := func(tenant string) bool { return allowed == nil || slices.Contains(allowed, tenant) }
	svc := req.URL.Query().Get("service")
	// kind=output: the completions' topics (outputs.enabled), else what
	// users ask.
	nov, warmUp, surges := s.nov, s.cfg.Novelty.WarmUpOrDefault(), &s.surges
	switch req.URL.Query().Get("kind") {
	case "", KindPrompt:
	case KindOutput:
		nov, warmUp, surges = s.novOut, s.cfg.Outputs.Novelty.WarmUpOrDefault(), &s.outSurges
	default:
		admin.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "kind must be prompt or output"})
		return
	}
	out := TopicsResponse{Warm: map[string]WarmState{}, Topics: []TopicView{}, Surges: []SurgeView{}}
	for k, n := range nov.Warm() {
		tenant, name := splitKey(k)
		if ok(tenant) && (svc == "" || svc == name) {
			out.Warm[k] = WarmState{Prompts: n, Warm: n > warmUp}
		}
	}
	for _, t := range nov.Topics("") {
		tenant, name := splitKey(t.Service)
		if !ok(tenant) || (svc != "" && svc != name) {
			continue
		}
		t.Service = name
		out.Topics = append(out.Topics, TopicView{Topic: t, Tenant: tenant})
		if len(out.Topics) == 200 {
			break
		}
	}
	s.surgeMu.Lock()
	for i := len(*surges) - 1; i >= 0; i-- {
		c := (*surges)[i]
		tenant, name := splitKey(c.Topic.Service)
		if !ok(tenant) || (svc != "" && svc != name) {
			continue
		}
		out.Surges = append(out.Surges, SurgeView{Topic: c.Topic.ID, Tenant: tenant, Service: name, Started: c.Started, At: c.At, Share: c.Topic.Share, Examples: c.Examples})
	}
	s.surgeMu.Unlock()
	admin.WriteJSON(w, http.StatusOK, out)
}

// observe feeds one flush's prompts to the novelty detector in event-time
// order, every occurrence at its own time (a backlog read in one flush
// must not land on its latest second): a new text's first occurrence is
// observed with its vector, every other occurrence counts for its topic.
// It returns the new texts' results.
func (s *Service) observe(fresh []*group, updates map[string]index.Payload, groups map[string]*group, vecOf map[*group][]float32) map[*group]novelty.Result {
	type occ struct {
		at    time.Time
		g     *group
		key   string
		topic string // known texts
	}
	var all []occ
	for _, g := range fresh {
		if vecOf[g] == nil {
			continue
		}
		key := noveltyKey(g.latest.payload)
		s.touch(key)
		for _, t := range g.times {
			all = append(all, occ{at: t, g: g, key: key})
		}
	}
	for id, pl := range updates {
		g := groups[id]
		s.touch(noveltyKey(pl))
		for _, t := range g.times {
			all = append(all, occ{at: t, key: noveltyKey(pl), topic: pl.Topic})
		}
	}
	slices.SortStableFunc(all, func(a, b occ) int { return a.at.Compare(b.at) })
	out := map[*group]novelty.Result{}
	for _, o := range all {
		if o.g == nil {
			s.surged(s.nov.Repeat(o.key, o.topic, 1, o.at))
			continue
		}
		if r, ok := out[o.g]; ok {
			s.surged(s.nov.Repeat(o.key, r.Topic, 1, o.at))
			continue
		}
		r, sg := s.nov.Observe(o.key, vecOf[o.g], o.g.latest.text, 1, o.at)
		out[o.g] = r
		s.surged(sg)
	}
	return out
}
