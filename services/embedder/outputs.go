package embedder

import (
	"context"
	"slices"
	"strings"
	"time"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
	"github.com/llmobs/llmobs/services/embedder/index"
	"github.com/llmobs/llmobs/services/embedder/novelty"
)

// Output novelty (issue #23, the output-side variant): with
// outputs.enabled, the embedder also embeds what each LLM call answered —
// its redacted completion, or for a failed call without one its redacted
// error type and status message — and runs a second novelty detector on
// those vectors, with its own per tenant/service window, topics, baselines
// and warm-up (outputs.novelty; the defaults are the prompts'). A completion
// above the threshold flags its prompt novel_output (search flag=); a kind
// of completion that surges (a new error message, answers that stop
// following the format) is sent to llmobs.novelty as an "output" state and
// the alerter raises LLMNovelOutputSurge. Completions are not written to the
// vector index: only their topic assignment (in memory, outputs.cache
// distinct texts) and the detector state (snapshots) are kept.
//
// Cost: completions repeat far less than prompts (the load generator's are
// drawn from fragments, so nearly every one is distinct), so every call
// costs an encoder pass; that is why it is off by default (README: Numbers).

// OutputsConfig is the embedder's outputs section.
type OutputsConfig struct {
	// Enabled embeds completions and scores their novelty.
	Enabled bool `yaml:"enabled"`
	// Cache: distinct completions remembered with their topic (a repeat
	// needs no encoder pass).
	Cache int `yaml:"cache"`
	// Novelty tunes the completions' detector (zero: the defaults).
	Novelty novelty.Config `yaml:"novelty"`
}

// FlagNovelOutput is set on a prompt whose call's completion was novel.
const FlagNovelOutput = "novel_output"

// Kinds of llmobs.novelty states (TopicSurgeBatch.kind).
const (
	KindPrompt = "prompt"
	KindOutput = "output"
)

// outputText is what a call answered: its output messages (not system or
// tool) joined; for a failed call without any, "error <type>: <status
// message>". The enricher redacted all of these.
func outputText(sp *llmobsv1.Span, maxBytes int) string {
	var b strings.Builder
	for _, m := range sp.GetGenAi().GetOutputMessages() {
		r := strings.ToLower(m.GetRole())
		if r == "system" || r == "tool" || strings.TrimSpace(m.GetContent()) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(m.GetContent())
	}
	text := b.String()
	if strings.TrimSpace(text) == "" && (sp.GetStatusCode() == llmobsv1.StatusCode_STATUS_CODE_ERROR || sp.GetErrorType() != "") {
		et, msg := strings.TrimSpace(sp.GetErrorType()), strings.TrimSpace(sp.GetStatusMessage())
		if et == "" && msg == "" {
			return ""
		}
		text = "error"
		if et != "" {
			text += " " + et
		}
		if msg != "" {
			text += ": " + msg
		}
	}
	return cut(strings.ToValidUTF8(strings.TrimSpace(text), "\uFFFD"), maxBytes)
}

// observeOutputs feeds a flush's completions to the output detector in
// event-time order (a new text embedded and observed once, its other
// occurrences and known texts counted for their topic) and flags the
// prompt groups whose completion is novel. False only when ctx ended.
func (s *Service) observeOutputs(ctx context.Context, pending []chunk, groups map[string]*group, keepP float64) bool {
	if !s.cfg.Outputs.Enabled {
		return true
	}
	type occ struct {
		at       time.Time
		key      string // detector key (tenant|service)
		ck       string // cache key
		promptID string
	}
	var all []occ
	fresh := map[string]int{} // cache key -> index in texts
	var texts []string
	sampled := 0
	// The CPU bound (budget.go): as many new completions as its credit
	// pays for, failed calls' included (they skip the lag sampling only,
	// as prompts do). Counting them reads the cache once more, so only
	// when the bound holds.
	bp := 1.0
	if s.budget.bounding() {
		cand := map[string]bool{}
		for _, c := range pending {
			for _, p := range c.prompts {
				if p.out == "" || !p.payload.Error && !keep(p.outHash, keepP) {
					continue
				}
				ck := noveltyKey(p.payload) + "\x00" + p.outHash
				if _, ok := s.outCache.get(ck); !ok {
					cand[ck] = true
				}
			}
		}
		bp = s.budget.share(time.Now(), len(cand))
	}
	for _, c := range pending {
		for _, p := range c.prompts {
			if p.out == "" {
				continue
			}
			key := noveltyKey(p.payload)
			ck := key + "\x00" + p.outHash
			if _, ok := s.outCache.get(ck); !ok {
				if _, ok := fresh[ck]; !ok {
					if !keep(p.outHash, keepP*bp) && !(p.payload.Error && keep(p.outHash, bp)) {
						sampled++
						continue
					}
					fresh[ck] = len(texts)
					texts = append(texts, p.out)
				}
			}
			all = append(all, occ{at: p.payload.Time, key: key, ck: ck, promptID: p.id})
		}
	}
	s.m.outputs.WithLabelValues("sampled_out").Add(float64(sampled))
	if len(all) == 0 {
		return true
	}
	var vecs [][]float32
	if len(texts) > 0 {
		var perr error
		es, ec := time.Now(), s.encoderCPU()
		if !s.retry(ctx, "embed", func(ctx context.Context) (err error) {
			vecs, err = s.enc.Embed(ctx, texts)
			if err != nil && !transientEmbed(err) {
				perr = err
				return nil
			}
			return err
		}) {
			return false
		}
		s.encoded(es, ec, len(texts))
		if perr != nil {
			s.log.Error("embedding completions failed; their novelty is not scored", "completions", len(texts), "err", perr)
			s.m.outputs.WithLabelValues("embed_error").Add(float64(len(texts)))
			all = slices.DeleteFunc(all, func(o occ) bool { _, ok := fresh[o.ck]; return ok })
			vecs = nil
			fresh = nil
		}
	}
	slices.SortStableFunc(all, func(a, b occ) int { return a.at.Compare(b.at) })
	var embedded, repeats int64
	for _, o := range all {
		s.touchOut(o.key)
		v, ok := s.outCache.get(o.ck)
		if ok {
			repeats++
			s.surgedOut(s.novOut.Repeat(o.key, v.topic, 1, o.at))
		} else {
			i := fresh[o.ck]
			r, sg := s.novOut.Observe(o.key, vecs[i], texts[i], 1, o.at)
			s.surgedOut(sg)
			v = seen{topic: r.Topic, novelty: r.Score, novel: r.Novel}
			s.outCache.put(o.ck, v)
			embedded++
			if r.Novel {
				s.m.novelOutputs.Inc()
			}
		}
		if v.novel {
			if g := groups[o.promptID]; g != nil {
				g.flags = index.MergeFlags(g.flags, []string{FlagNovelOutput})
			}
		}
	}
	s.m.outputs.WithLabelValues("embedded").Add(float64(embedded))
	s.m.outputs.WithLabelValues("deduplicated").Add(float64(repeats))
	return true
}

func (s *Service) touchOut(key string) {
	s.surgeMu.Lock()
	defer s.surgeMu.Unlock()
	if s.touchedOut == nil {
		s.touchedOut = map[string]bool{}
	}
	s.touchedOut[key] = true
}

// surgedOut records output topic surge changes as surged does prompts'
// (GET /api/topics?kind=output).
func (s *Service) surgedOut(ch []novelty.Surge) {
	if len(ch) == 0 {
		return
	}
	s.recordSurges(KindOutput, "output topic surge ", s.novOut, s.m.outputSurges, &s.outSurges, ch)
}

// updateWarm sets the warm-up gauges: the tenant/service pairs whose
// prompt (and completion) detectors are still warming up.
func (s *Service) updateWarm() {
	cold := func(d *novelty.Detector, warmUp int) int {
		n := 0
		for _, seen := range d.Warm() {
			if seen <= warmUp {
				n++
			}
		}
		return n
	}
	s.m.warm.Set(float64(cold(s.nov, s.cfg.Novelty.WarmUpOrDefault())))
	if s.cfg.Outputs.Enabled {
		s.m.outputWarm.Set(float64(cold(s.novOut, s.cfg.Outputs.Novelty.WarmUpOrDefault())))
	}
}
