package embedder

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

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

// surged records prompt topic surge changes: a log line, a counter, the
// list (GET /api/topics), the state for the alerter; then the warm-up
// gauges.
func (s *Service) surged(ch []novelty.Surge) {
	if len(ch) == 0 {
		return
	}
	s.recordSurges(KindPrompt, "topic surge ", s.nov, s.m.surges, &s.surges, ch)
	s.updateWarm()
}

// recordSurges records the surge changes ch of detector nov (kind prompt
// or output): each is logged (msg + started/ended) and counted, appended
// to list (the newest maxSurges are kept), and the detector's new state
// goes to the alerter.
func (s *Service) recordSurges(kind, msg string, nov *novelty.Detector, counter *prometheus.CounterVec, list *[]novelty.Surge, ch []novelty.Surge) {
	s.surgeMu.Lock()
	defer s.surgeMu.Unlock()
	for _, c := range ch {
		tenant, svc := splitKey(c.Topic.Service)
		change := "ended"
		if c.Started {
			change = "started"
		}
		counter.WithLabelValues(change).Inc()
		s.log.Info(msg+change, "tenant", tenant, "service", svc, "topic", c.Topic.ID, "share", c.Topic.Share, "baseline_share", c.Topic.BaselineShare, "at", c.At, "examples", c.Examples)
		*list = append(*list, c)
	}
	s.changedState(kind, nov, ch)
	if n := len(*list) - maxSurges; n > 0 {
		*list = slices.Delete(*list, 0, n)
	}
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

// Topics are per tenant and service, but an index point (and so the dedup
// of texts) is per tenant: one question asked in chat-api and rag-search is
// one point, with one stored topic — that of the service that asked it
// first. Each occurrence therefore counts for its own service, in that
// service's topic of the text: remembered per service and text (ptopics),
// else the stored one when it is that service's, else the text is observed
// by that service's detector once (embedded again if it is not new: at most
// once per service and text, and never again while ptopics holds it).
// Before, every occurrence counted for the service of the latest one and,
// through the stored topic, a text first seen in another service counted
// for no topic at all: in the demo a new subject asked in three services
// spread its count over them and never surged.

// topicKey is a ptopics key.
func topicKey(key string, g *group) string { return key + "\x00" + g.latest.hash }

// known is the topic of a known text in the service key: remembered, or
// the stored one when it is that service's.
func (s *Service) knownTopic(key string, g *group, stored string) (string, bool) {
	if v, ok := s.ptopics.get(topicKey(key, g)); ok {
		return v.topic, true
	}
	if stored != "" && strings.HasPrefix(stored, key+"/") {
		return stored, true
	}
	return "", false
}

// newToService are the known texts (updates) that a service of their
// tenant asks in this flush without a topic of that service yet: their
// vectors are needed.
func (s *Service) newToService(updates map[string]index.Payload, groups map[string]*group) []*group {
	var out []*group
	for id, pl := range updates {
		g := groups[id]
		for _, key := range slices.Compact(slices.Sorted(slices.Values(g.keys))) {
			if _, ok := s.knownTopic(key, g, pl.Topic); !ok {
				out = append(out, g)
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b *group) int { return strings.Compare(a.latest.id, b.latest.id) })
	return out
}

// observe feeds one flush's prompts to the novelty detector in event-time
// order, every occurrence at its own time (a backlog read in one flush
// must not land on its latest second) and for its own tenant/service: a
// text's first occurrence in a service is observed with its vector, every
// other occurrence counts for its topic there. It returns the new texts'
// results (those of the latest occurrence's service).
func (s *Service) observe(fresh []*group, updates map[string]index.Payload, groups map[string]*group, vecOf map[*group][]float32) map[*group]novelty.Result {
	type occ struct {
		at     time.Time
		g      *group
		key    string
		stored string // a known text's stored topic
	}
	var all []occ
	add := func(g *group, stored string) {
		for i, t := range g.times {
			s.touch(g.keys[i])
			all = append(all, occ{at: t, g: g, key: g.keys[i], stored: stored})
		}
	}
	for _, g := range fresh {
		if vecOf[g] != nil {
			add(g, "")
		}
	}
	for id, pl := range updates {
		add(groups[id], pl.Topic)
	}
	slices.SortStableFunc(all, func(a, b occ) int { return a.at.Compare(b.at) })
	out := map[*group]novelty.Result{}
	for _, o := range all {
		if topic, ok := s.knownTopic(o.key, o.g, o.stored); ok {
			s.surged(s.nov.Repeat(o.key, topic, 1, o.at))
			continue
		}
		vec := vecOf[o.g]
		if vec == nil { // not embedded (an embedding error): the service's total only
			s.surged(s.nov.Repeat(o.key, "", 1, o.at))
			continue
		}
		r, sg := s.nov.Observe(o.key, vec, o.g.latest.text, 1, o.at)
		s.ptopics.put(topicKey(o.key, o.g), seen{topic: r.Topic})
		s.surged(sg)
		if _, ok := out[o.g]; !ok || o.key == noveltyKey(o.g.latest.payload) {
			out[o.g] = r
		}
	}
	return out
}
