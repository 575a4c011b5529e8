// Package safety finds prompt injection and jailbreak attempts in what a
// model is given: the user's messages (direct) and retrieved documents or
// tool results (indirect injection).
//
// Cheapest first:
//
//  1. Heuristics (heuristics.go): the text is normalised (lower case,
//     invisible characters out) and read in every form it may hide an
//     instruction in (base64 and hex, ROT13 and other ciphers when named,
//     URL escapes, character codes, Morse, leetspeak, letters spaced out or
//     split by separators, look-alike letters, transposed letters, reversed
//     text, Unicode tag characters: heuristics.go, decode.go). A text with
//     none of the cue stems in any view stops here: ordinary traffic costs
//     one pass over the text and never reaches the encoder.
//     Otherwise weighted rules per attack family score it (heuristics.go,
//     rules_more.go, in English and ~25 other languages); a family
//     reaching 1 flags the text when the encoder does not run.
//  2. The model (model.go, with the encoder's weights): every text with a
//     cue has its head and cue sentences encoded with the built-in
//     sentence encoder (USE Lite), and a small ensemble of networks over
//     those vectors and the rules' scores decides, over the rules: trained
//     on every labelled set (make train-safety), measured leaving each
//     held-out set out in turn (make loso-safety).
//  3. Semantic similarity (the stage before the model; with model off),
//     only for texts with cues that the rules did not
//     settle: their cue sentences are encoded with the built-in sentence
//     encoder (USE Lite) and compared with a labelled attack set shipped in
//     this package (exemplars.jsonl: attack families, and hard benign texts
//     that talk about security as the contrast). A sentence much closer to
//     an attack than to any benign exemplar adds to the rules' score.
//     Encoded sentences are cached (bounded LRU by hash), since users and
//     RAG pipelines send the same texts again and again.
//
// The flags are prompt_injection (instruction override, system-prompt
// extraction, tool hijacking, indirect injection, encoding tricks) and
// jailbreak (role play / persona, refusal suppression). Measured precision
// and recall per family are in the enricher's README (eval_test.go).
package safety

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"sync"
	"time"

	"github.com/llmobs/llmobs/pkg/config"
)

// Flags raised on spans.
const (
	FlagPromptInjection = "prompt_injection"
	FlagJailbreak       = "jailbreak"
)

// Encoder embeds texts as unit vectors (the embedder's encoder.Encoder).
type Encoder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	Dim() int
}

// Config tunes the detector (YAML section enricher.safety.injection).
type Config struct {
	// Enabled: scan user input and retrieved context at all.
	Enabled bool `yaml:"enabled"`
	// Semantic: encode the texts the rules leave undecided and compare
	// them with the labelled attack set (needs the encoder's weights).
	Semantic bool `yaml:"semantic"`
	// MinSimilarity: a sentence counts as close to an attack when its
	// cosine similarity to the nearest attack exemplar reaches it, and
	// Margin: exceeds the nearest benign exemplar's by at least this.
	MinSimilarity float64 `yaml:"min_similarity"`
	Margin        float64 `yaml:"margin"`
	// SemanticWeight is what a close sentence adds to its family's score
	// (the flag threshold is 1).
	SemanticWeight float64 `yaml:"semantic_weight"`
	// Classifier: also score the encoded sentences with the shipped
	// logistic regression (classifier.go): a likely attack flags the text
	// alone, a possible one adds SemanticWeight. Off by default: its false
	// positives swing past the 2 % budget (2.8 % on heldout2, 0.7 % on
	// heldout3, where it lifts recall from 0.646 to 0.752).
	Classifier bool `yaml:"classifier"`
	// Model: texts with a cue are judged by the shipped model (model.go),
	// which then decides over the rules, min_similarity and the
	// classifier. Its lite half (small networks over the rules' evidence,
	// the scripts and character n-grams of every reading) decides the
	// texts it is sure of, ~95 % of them; the encoder reads the others
	// (the text's head and cue sentences) and the full model decides.
	// Without the encoder (no weights, semantic: false, its budget spent,
	// an error) the lite half decides them at its own threshold. On by
	// default: blind on heldout10 it found 0.916 of the attacks at 1.2 %
	// false positives (its lite half alone 0.867 at 0.5 %; the rules and
	// similarity stage 0.769 at 1.6 %, README); false: the rules and the
	// similarity stage.
	Model bool `yaml:"model"`
	// ModelAllTexts: the model also judges texts without a cue word
	// (off: each costs the model's features, tens of µs, where the rules
	// cost ~10 µs, and an encode, ~3 ms, where the lite half is unsure;
	// those may spend only the upper half of max_encodes_per_second, so
	// texts with a cue keep the rest). Found 7 of heldout4's 24 attacks
	// without a cue, with no added false positive (README).
	ModelAllTexts bool `yaml:"model_all_texts"`
	// ModelGate (with Model): a text without a cue is read by the model's
	// n-gram half alone (ngram.go, ~8 µs per 50 bytes, no encoder); when
	// that says likely (the model's gate: at most 0.1 % of the labelled
	// sets' benign texts without a cue pass it, out of set), the text goes
	// to the model as with model_all_texts (its encodes within the upper
	// half of the second's budget). Attacks without a cue word
	// (other languages, letters that spell an order, ciphers not named)
	// never reach the rules' patterns.
	ModelGate bool `yaml:"model_gate"`
	// CacheEntries bounds the cache of encoded sentences.
	CacheEntries int `yaml:"cache_entries"`
	// MaxTextBytes: a longer text is scanned up to this length.
	MaxTextBytes int `yaml:"max_text_bytes"`
	// GroundingEncoder: groundedness also asks the encoder about the
	// sentences the word proxy finds weak (grounded.go; off: it hurt).
	GroundingEncoder bool `yaml:"grounding_encoder"`
	// MaxEncodesPerSecond bounds the encoder's work (sentences per second,
	// burst of one second): past it, undecided texts get the rules'
	// verdict alone (Result.Budget), so a flood of unique suspicious
	// texts cannot stall the pipeline. 0 = no encoder work at all.
	MaxEncodesPerSecond float64 `yaml:"max_encodes_per_second"`
	// EncoderCPU bounds the encoder's CPU on average, in cores (burst:
	// one second of it, at least a quarter of a core-second), with the
	// encoder's own thread CPU clocks: max_encodes_per_second counts
	// sentences, and a sentence of 150 tokens costs ~8× one of 20, so
	// long suspicious texts alone could take several cores. Past it,
	// texts are judged as past max_encodes_per_second (Result.Budget).
	// Applies to encoders that report their CPU (the built-in USE Lite);
	// 0 = no CPU bound.
	EncoderCPU float64 `yaml:"encoder_cpu"`
}

// DefaultConfig is the tuned configuration (dev.jsonl; min_similarity
// calibrated on dev and heldout1-3).
func DefaultConfig() Config {
	return Config{Enabled: true, Semantic: true, Model: true, ModelGate: true, MinSimilarity: 0.65, Margin: 0.05, SemanticWeight: 0.5, CacheEntries: 8192, MaxTextBytes: 16 << 10, MaxEncodesPerSecond: 200, EncoderCPU: 1}
}

// Validate names the wrong key.
func (c Config) Validate() error {
	var errs []error
	if c.MinSimilarity < 0 || c.MinSimilarity > 1 {
		errs = append(errs, config.Errorf("min_similarity", "must be in [0, 1]"))
	}
	if c.Margin < -1 || c.Margin > 1 {
		errs = append(errs, config.Errorf("margin", "must be in [-1, 1]"))
	}
	if c.SemanticWeight < 0 || c.SemanticWeight > 1 {
		errs = append(errs, config.Errorf("semantic_weight", "must be in [0, 1]"))
	}
	if c.CacheEntries < 0 {
		errs = append(errs, config.Errorf("cache_entries", "must not be negative"))
	}
	if c.MaxEncodesPerSecond < 0 {
		errs = append(errs, config.Errorf("max_encodes_per_second", "must not be negative"))
	}
	if c.EncoderCPU < 0 || math.IsNaN(c.EncoderCPU) {
		errs = append(errs, config.Errorf("encoder_cpu", "must be 0 (no bound) or a positive number of cores"))
	}
	if c.MaxTextBytes < 256 {
		errs = append(errs, config.Errorf("max_text_bytes", "must be at least 256"))
	}
	return errors.Join(errs...)
}

//go:embed exemplars.jsonl
var exemplarsJSONL []byte

// Example is one labelled text of the attack set or an evaluation set.
type Example struct {
	Text   string `json:"text"`
	Label  string `json:"label"`  // attack | benign
	Family string `json:"family"` // an attack family; ordinary | hard | hard_context for benign
	Where  string `json:"where"`  // user | context
}

// ParseExamples reads JSON lines.
func ParseExamples(b []byte) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var e Example
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if e.Label != "attack" && e.Label != "benign" {
			return nil, fmt.Errorf("line %d: label %q is not attack or benign", n, e.Label)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

// Exemplars is the shipped labelled set the semantic stage compares with.
func Exemplars() []Example {
	ex, err := ParseExamples(exemplarsJSONL)
	if err != nil {
		panic("safety: embedded exemplars: " + err.Error())
	}
	return ex
}

type exemplar struct {
	vec    []float32
	family string // "" for benign
}

// Result is the verdict on one text.
type Result struct {
	Flags  []string // FlagPromptInjection and/or FlagJailbreak
	Family string   // the family that scored highest ("" when nothing)
	Score  float64  // its score (flagged at 1)
	// What it cost: Encoded sentences went through the encoder, Cached
	// were found in the cache.
	Encoded, Cached int
	// Cue: the one pass found something that needed a closer look (the
	// rules then settled it, or the encoder or the model did).
	Cue bool
	// EncoderErr: the encoder failed; the verdict is the model's lite
	// half's (without the model, the rules' alone).
	EncoderErr error
	// Budget: the text needed the encoder but its budget
	// (max_encodes_per_second, or encoder_cpu) was spent; the verdict is
	// the model's lite half's (without the model, the rules' alone).
	Budget bool
	// Model: the model judged the text (Prob, its probability of an
	// attack, against its threshold); its verdict overrode the rules'.
	// Lite: the model's lite half decided, without the encoder (sure
	// enough, or the encoder could not read the text).
	Model, Lite bool
	Prob        float64
}

// Detector is safe for concurrent use.
type Detector struct {
	cfg   Config
	enc   Encoder
	ex    []exemplar
	clf   *classifier
	model *textModel
	cache *cache

	mu     sync.Mutex
	now    func() time.Time
	tokens float64
	last   time.Time
	// The CPU bound (Config.EncoderCPU): credit in CPU seconds, and the
	// encoder's CPU clock when it was last charged.
	cpu     cpuTimer
	credit  float64
	charged time.Duration
	// exemplarsStored: the exemplars' vectors came from
	// exemplar_vectors.bin, not the encoder.
	exemplarsStored bool
}

// New builds a detector. enc may be nil (rules only); with an encoder, the
// exemplars' cue sentences get their vectors here: stored ones when they
// are this encoder's (exemplar_cache.go), else encoded (~3.5 s of CPU
// with USE Lite).
func New(ctx context.Context, cfg Config, enc Encoder) (*Detector, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	d := &Detector{cfg: cfg, cache: newCache(cfg.CacheEntries), now: time.Now, tokens: cfg.MaxEncodesPerSecond}
	if cfg.Model {
		var err error
		if d.model, err = loadModel(); err != nil {
			return nil, err
		}
	}
	if enc == nil || !cfg.Semantic {
		// The model without the encoder: its lite half decides.
		return d, nil
	}
	texts, fams := exemplarSentences()
	vecs, stored, err := exemplarVectors(ctx, enc, texts)
	if err != nil {
		return nil, fmt.Errorf("safety: encode exemplars: %w", err)
	}
	d.exemplarsStored = stored
	for i, v := range vecs {
		d.ex = append(d.ex, exemplar{vec: v, family: fams[i]})
	}
	if cfg.Classifier {
		if d.clf, err = loadClassifier(enc.Dim()); err != nil {
			return nil, err
		}
	}
	if d.model != nil && d.model.Dim != enc.Dim() {
		// The shipped model reads USE Lite's vectors; another encoder
		// (tests) gets the similarity stage.
		d.model = nil
	}
	d.enc = enc
	if ct, ok := enc.(cpuTimer); ok && cfg.EncoderCPU > 0 {
		// The exemplars' vectors may have been encoded above: the bound
		// counts from here.
		d.cpu, d.credit, d.charged = ct, d.cpuBurst(), ct.CPUTime()
	}
	return d, nil
}

// exemplarSentences: what the similarity stage compares a text with, the
// exemplars' cue sentences (a whole exemplar when it has none), and the
// attack family of each ("" for benign exemplars).
func exemplarSentences() (texts, fams []string) {
	for _, e := range Exemplars() {
		n, _ := normalize(e.Text)
		sents := cueSentences(n, 4)
		if len(sents) == 0 {
			sents = []string{truncate(n, 600)}
		}
		for _, s := range sents {
			texts = append(texts, s)
			if e.Label == "attack" {
				fams = append(fams, e.Family)
			} else {
				fams = append(fams, "")
			}
		}
	}
	return texts, fams
}

// ExemplarsStored reports whether the exemplars' vectors came from
// exemplar_vectors.bin rather than being encoded at start.
func (d *Detector) ExemplarsStored() bool { return d.exemplarsStored }

// Semantic reports whether the encoder stage is on.
func (d *Detector) Semantic() bool { return d.enc != nil }

// Model reports whether the model judges the texts with a cue.
func (d *Detector) Model() bool { return d.model != nil }

// Check judges text; inContext says it is a retrieved document or tool
// result rather than the user's own words (enables the indirect rules).
func (d *Detector) Check(ctx context.Context, text string, inContext bool) Result {
	var res Result
	if !d.cfg.Enabled || text == "" {
		return res
	}
	text = truncate(text, d.cfg.MaxTextBytes)
	h := scan(text, inContext)
	res.Cue = h.cue
	fam, score := h.total()
	// the rules' own evidence per flag, before the similarity stage adds
	// to it (the cross-flag rule below reads only the rules)
	var pi, jb float64
	if h.cue {
		pi, jb = h.flagScore(FlagPromptInjection), h.flagScore(FlagJailbreak)
	}
	if d.model != nil && (h.cue || d.cfg.ModelAllTexts || d.cfg.ModelGate && d.gate(&h)) {
		reserve := 0.0
		if !h.cue {
			// Texts without a cue come last: they may spend only the
			// upper half of the second's budget.
			reserve = d.cfg.MaxEncodesPerSecond / 2
		}
		d.judge(ctx, &h, inContext, reserve, &res)
		return res
	}
	// Text whose every match is quoted or framed as talk about attacks
	// (talk, no direct evidence) is not pushed over by its sentences'
	// likeness to attacks: quoting one makes a sentence like it.
	talkOnly := h.talk > 0 && h.direct == 0
	if max(h.flagScore(FlagPromptInjection), h.flagScore(FlagJailbreak)) < 1 && h.cue && d.enc != nil && len(h.sentence) > 0 && !talkOnly {
		var best sem
		best, res.Encoded, res.Cached, res.Budget, res.EncoderErr = d.semantic(ctx, h.sentence)
		f := best.family
		if f == FamilyIndirect && !inContext {
			f = FamilyInstructionOverride
		}
		switch {
		case f == "":
		case d.clf != nil && best.p >= d.clf.Alone:
			h.score[f] = max(h.score[f]+d.cfg.SemanticWeight, 1)
		case float64(best.attack) >= d.cfg.MinSimilarity && float64(best.attack-best.benign) >= d.cfg.Margin,
			d.clf != nil && best.p >= d.clf.Add:
			h.score[f] += d.cfg.SemanticWeight
		}
		fam, score = h.total()
	}
	res.Family, res.Score = fam, score
	for _, fl := range []string{FlagPromptInjection, FlagJailbreak} {
		if s := h.flagScore(fl); s >= 1 {
			res.Flags = append(res.Flags, fl)
			res.Score = max(res.Score, s)
		}
	}
	if len(res.Flags) == 0 && h.talk == 0 && min(pi, jb) >= crossMin && pi+jb >= 1 {
		// Half an override and half a jailbreak (a persona, a harmful
		// ask, a refusal forbidden) are one attack: the override is
		// there to get the rest.
		res.Flags = append(res.Flags, familyFlag(fam))
		res.Score = max(res.Score, 1)
	}
	return res
}

// gate: the model's n-gram half alone finds a text without a cue likely
// enough to be worth the encoder (Config.ModelGate).
func (d *Detector) gate(h *hit) bool {
	var buf [256]uint32
	ids := ngramIDs([]string{h.norm}, d.model.NgramBits, buf[:0])
	return sigmoid(4*ngramLogit(d.model.ng, ids)) >= d.model.Gate
}

// crossMin: what each flag's evidence must reach for the two together to
// flag a text (Check).
const crossMin = 0.5

// judge lets the model decide on a text with a cue (or through the
// gate). The lite model (no encoder) decides where it is sure; in between
// the encoder reads the text and the full model decides; when the encoder
// cannot (none, budget, error), the lite model decides at its own
// threshold.
func (d *Detector) judge(ctx context.Context, h *hit, inContext bool, reserve float64, res *Result) {
	m := d.model
	var rf [nModelFeatures]float64
	var idBuf [512]uint32
	ids := ngramIDs(h.readings(), m.NgramBits, idBuf[:0])
	feats := modelFeatures(h, inContext, m.ng, ids, rf[:0])
	pl := m.liteProb(feats)
	fam, score := h.total()
	res.Model, res.Lite, res.Prob = true, true, pl
	lite := reaches(pl, m.LiteThreshold, m.LiteThresholdBare, score)
	switch {
	case pl < m.SkipBelow:
		verdict(h, fam, score, inContext, false, sem{}, res)
		return
	case pl >= m.SkipAbove:
		verdict(h, fam, score, inContext, true, sem{}, res)
		return
	case d.enc == nil:
		verdict(h, fam, score, inContext, lite, sem{}, res)
		return
	}
	inputs := modelInputs(h.norm, h.sentence)
	ents, ok, encoded, cached, budget, err := d.lookup(ctx, inputs, reserve)
	res.Encoded, res.Cached, res.Budget, res.EncoderErr = encoded, cached, budget, err
	if !ok {
		verdict(h, fam, score, inContext, lite, sem{}, res)
		return
	}
	var sents [4][]float32
	ss := sents[:0]
	var best sem
	for i, e := range ents {
		if i > 0 {
			ss = append(ss, e.proj)
		}
		if e.family != "" && (best.family == "" || e.attack-e.benign > best.attack-best.benign) {
			best = e.sem
		}
	}
	p := m.probProj(ents[0].proj, ss, feats)
	res.Lite, res.Prob = false, p
	verdict(h, fam, score, inContext, reaches(p, m.Threshold, m.ThresholdBare, score), best, res)
}

// reaches: probability p flags a text at threshold th, or at bare where
// the rules found nothing in it (their score 0).
func reaches(p, th, bare, score float64) bool {
	return p >= th && (score != 0 || p >= bare)
}

// verdict writes the model's verdict (flag) into res, given the rules'
// best family and score: its no stands over the rules' yes; its yes
// takes the rules' flags, or the family of the rules' best evidence, or
// the nearest exemplar's (best).
func verdict(h *hit, fam string, score float64, inContext bool, flag bool, best sem, res *Result) {
	if !flag {
		// The model's no stands over the rules' yes.
		res.Family, res.Score = fam, min(score, 0.99)
		return
	}
	for _, fl := range []string{FlagPromptInjection, FlagJailbreak} {
		if s := h.flagScore(fl); s >= 1 {
			res.Flags = append(res.Flags, fl)
		}
	}
	if len(res.Flags) == 0 {
		if fam == "" {
			fam = best.family
			if fam == FamilyIndirect && !inContext {
				fam = FamilyInstructionOverride
			}
		}
		if fam == "" {
			fam = FamilyInstructionOverride
		}
		res.Flags = append(res.Flags, familyFlag(fam))
	}
	res.Family, res.Score = fam, max(score, 1)
}

// sem is the nearest attack and benign exemplar similarities of a sentence.
type sem struct {
	attack, benign float32
	family         string
	p              float64 // the classifier's probability of an attack (0 without one)
}

// cpuTimer is an encoder that reports the CPU its calls used (the
// built-in USE Lite's thread CPU clocks).
type cpuTimer interface {
	CPUTime() time.Duration
}

// cpuBurst is the CPU bound's credit at most (CPU seconds).
func (d *Detector) cpuBurst() float64 { return max(0.25, d.cfg.EncoderCPU) }

// take spends n encoder tokens, refilled at MaxEncodesPerSecond, leaving
// at least reserve of them; with the CPU bound, also some of its credit
// (what the encoder used since the last take is charged first: a call's
// cost is known only once it ran, so the bound lags by one call).
func (d *Detector) take(n int, reserve float64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now()
	el := 0.0
	if !d.last.IsZero() {
		el = now.Sub(d.last).Seconds()
		d.tokens = min(d.cfg.MaxEncodesPerSecond, d.tokens+el*d.cfg.MaxEncodesPerSecond)
	}
	d.last = now
	if d.cpu != nil {
		used := d.cpu.CPUTime()
		d.credit = min(d.cpuBurst(), d.credit+el*d.cfg.EncoderCPU) - (used - d.charged).Seconds()
		d.charged = used
		if d.credit <= 0 {
			return false
		}
	}
	if d.tokens-reserve < float64(n) {
		return false
	}
	d.tokens -= float64(n)
	return true
}

// entry is what the cache keeps of one encoded sentence.
type entry struct {
	sem
	proj []float32 // the model's first-layer contribution (textModel.proj); nil without a model
}

// lookup finds each sentence's entry in the cache or encodes it (within
// the budget), in the order of sents; ok is false when some sentence
// could not be encoded (budget or encoder error), and then only the
// cached entries are set (the others are zero, family "").
func (d *Detector) lookup(ctx context.Context, sents []string, reserve float64) (ents []entry, ok bool, encoded, cached int, budget bool, err error) {
	var miss []string
	var missAt []int
	var missKey []uint64
	ents = make([]entry, len(sents))
	for i, s := range sents {
		k := d.cache.key(s)
		if v, hit := d.cache.get(k); hit {
			ents[i] = v
			cached++
			continue
		}
		miss = append(miss, s)
		missAt = append(missAt, i)
		missKey = append(missKey, k)
	}
	if len(miss) == 0 {
		return ents, true, 0, cached, false, nil
	}
	if !d.take(len(miss), reserve) {
		return ents, false, 0, cached, true, nil
	}
	vecs, err := d.enc.Embed(ctx, miss)
	if err != nil {
		return ents, false, 0, cached, false, err
	}
	for i, v := range vecs {
		e := entry{sem: d.nearest(v)}
		if d.clf != nil {
			e.p = d.clf.prob(v)
		}
		if d.model != nil {
			e.proj = d.model.proj(v)
		}
		d.cache.put(missKey[i], e)
		ents[missAt[i]] = e
	}
	return ents, true, len(miss), cached, false, nil
}

func (d *Detector) semantic(ctx context.Context, sents []string) (best sem, encoded, cached int, budget bool, err error) {
	ents, _, encoded, cached, budget, err := d.lookup(ctx, sents, 0)
	// The sentence most like an attack: by the classifier when there is
	// one, else by the margin over the benign exemplars.
	for _, s := range ents {
		if best.family == "" || s.family != "" && (s.p > best.p || s.p == best.p && s.attack-s.benign > best.attack-best.benign) {
			best = s.sem
		}
	}
	return best, encoded, cached, budget, err
}

func (d *Detector) nearest(v []float32) sem {
	var s sem
	s.attack, s.benign = -1, -1
	for i := range d.ex {
		c := dot(v, d.ex[i].vec)
		if d.ex[i].family == "" {
			if c > s.benign {
				s.benign = c
			}
		} else if c > s.attack {
			s.attack, s.family = c, d.ex[i].family
		}
	}
	return s
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// cache is a bounded map from a sentence hash to its similarities;
// when full it drops an arbitrary half (cheap, no per-entry list).
type cache struct {
	mu   sync.Mutex
	max  int
	seed maphash.Seed
	m    map[uint64]entry
}

func newCache(max int) *cache {
	return &cache{max: max, seed: maphash.MakeSeed(), m: map[uint64]entry{}}
}

func (c *cache) key(s string) uint64 { return maphash.String(c.seed, s) }

func (c *cache) get(k uint64) (entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) put(k uint64, v entry) {
	if c.max == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		n := 0
		for key := range c.m {
			delete(c.m, key)
			if n++; n >= c.max/2 {
				break
			}
		}
	}
	c.m[k] = v
}

// CacheLen is the number of cached sentences.
func (d *Detector) CacheLen() int {
	d.cache.mu.Lock()
	defer d.cache.mu.Unlock()
	return len(d.cache.m)
}
