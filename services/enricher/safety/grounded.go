package safety

import (
	"context"
	"strings"
	"unicode"
)

// Groundedness: a cheap proxy for whether a RAG answer says what its
// retrieved context says (issue 21, point 5). Each answer sentence (at
// most MaxGroundSentences, those with at least three content words) is
// supported by the context in proportion to its content words found there
// (stop words dropped, numbers counted twice: a wrong figure is the
// commonest unsupported claim). The score is the mean support; below the
// threshold the answer is flagged ungrounded. With Config.GroundingEncoder
// the sentences that proxy finds weak are also compared with the context
// sentences by the encoder — off by default: USE Lite rates a sentence on
// the same subject with other facts as close as a paraphrase, and on the
// labelled set it made the flag worse (README).
//
// What it cannot see: a claim whose words all occur in the context but in
// another relation ("refunds take 30 days" against "returns within 30
// days, refunds in 5"), negation, and anything the encoder's similarity
// confuses with a paraphrase. It is a proxy for triage, not a judge.

// MaxGroundSentences and MaxGroundContext bound the work per call.
const (
	MaxGroundSentences = 8
	MaxGroundContext   = 32
)

// Grounding is the result of Groundedness.
type Grounding struct {
	Score     float64 // mean support of the answer's sentences, 0..1
	Sentences int     // sentences judged
	Encoded   int     // sentences that went through the encoder
	Budget    bool    // the encoder's budget was spent: lexical support only
}

// lexicalStrong: a sentence this well supported by words needs no encoder.
const lexicalStrong = 0.75

// Groundedness scores answer against the retrieved documents. ok is false
// when there is nothing to judge (no sentence of three content words, or
// no context).
func (d *Detector) Groundedness(ctx context.Context, answer string, docs []string) (g Grounding, ok bool) {
	ctxWords := map[string]bool{}
	var ctxSents []string
	for _, doc := range docs {
		doc = truncate(doc, d.cfg.MaxTextBytes)
		for _, w := range contentWords(doc) {
			ctxWords[w] = true
		}
		for _, s := range splitSentences(doc) {
			if len(ctxSents) < MaxGroundContext {
				ctxSents = append(ctxSents, s)
			}
		}
	}
	if len(ctxWords) == 0 {
		return g, false
	}
	var weak []int
	var support []float64
	var sents []string
	for _, s := range splitSentences(truncate(answer, d.cfg.MaxTextBytes)) {
		ws := contentWords(s)
		if len(ws) < 3 {
			continue
		}
		have, all := 0.0, 0.0
		for _, w := range ws {
			wt := 1.0
			if w[0] >= '0' && w[0] <= '9' {
				wt = 2
			}
			all += wt
			if ctxWords[w] {
				have += wt
			}
		}
		support = append(support, have/all)
		sents = append(sents, s)
		if have/all < lexicalStrong {
			weak = append(weak, len(support)-1)
		}
		if len(support) == MaxGroundSentences {
			break
		}
	}
	if len(support) == 0 {
		return g, false
	}
	if d.enc != nil && d.cfg.GroundingEncoder && len(weak) > 0 && len(ctxSents) > 0 {
		g.Encoded, g.Budget = d.semanticSupport(ctx, sents, weak, ctxSents, support)
	}
	for _, s := range support {
		g.Score += s
	}
	g.Score /= float64(len(support))
	g.Sentences = len(support)
	return g, true
}

// semanticSupport raises the support of the weak sentences to their best
// cosine similarity with a context sentence, mapped so that a close
// paraphrase (cos >= 0.8) counts as supported and an unrelated sentence
// (cos <= 0.4) adds nothing. Context sentences are encoded through the
// same cache key space as vectors are not kept: the encoder runs on the
// weak sentences and the context together, within the budget.
func (d *Detector) semanticSupport(ctx context.Context, sents []string, weak []int, ctxSents []string, support []float64) (encoded int, budget bool) {
	texts := make([]string, 0, len(weak)+len(ctxSents))
	for _, i := range weak {
		texts = append(texts, sents[i])
	}
	texts = append(texts, ctxSents...)
	if !d.take(len(texts), 0) {
		return 0, true
	}
	vecs, err := d.enc.Embed(ctx, texts)
	if err != nil {
		return 0, false
	}
	for k, i := range weak {
		best := float32(-1)
		for _, cv := range vecs[len(weak):] {
			best = max(best, dot(vecs[k], cv))
		}
		s := (float64(best) - 0.4) / 0.4
		support[i] = max(support[i], min(1, max(0, s)))
	}
	return len(texts), false
}

func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			if t := strings.TrimSpace(s[start:i]); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// contentWords: lower-cased words and numbers, stop words out, a plural or
// past-tense ending trimmed so "returns" meets "return".
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ','
	}) {
		w = strings.Trim(w, ".,")
		w = strings.ReplaceAll(w, ",", "")
		if w == "" || stopWords[w] {
			continue
		}
		if len(w) > 4 && w[0] > '9' {
			switch {
			case strings.HasSuffix(w, "ies"):
				w = w[:len(w)-3] + "y"
			case strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
				w = w[:len(w)-2]
			case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
				w = w[:len(w)-1]
			case strings.HasSuffix(w, "ed"):
				w = w[:len(w)-2]
			}
		}
		out = append(out, w)
	}
	return out
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then so of to in on at by for with from as is are was were be been being it its this that these those
		you your yours we our us they them their he she his her i me my mine can could will would shall should may might must do does did done
		have has had not no yes there here what which who whom when where why how all any each every some such only also just than too very
		into onto over under about after before again more most other same own both few many much up down out off per via get gets got
		s t don doesn isn aren wasn weren won let lets like based found document documents according`) {
		m[w] = true
	}
	return m
}()

// DefaultGroundedThreshold: answers scoring below it are flagged
// ungrounded (chosen on the first half of testdata/groundedness.jsonl, the
// contexts 1-5, by the flag's F1).
const DefaultGroundedThreshold = 0.55
