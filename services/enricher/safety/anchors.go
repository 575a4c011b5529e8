package safety

import (
	"regexp/syntax"
	"sort"
	"strings"
)

// Rule prefilter: the literal strings one of which every match of a rule
// starts with (after word boundaries), computed from the parsed pattern.
// A rule whose anchors none is in the text cannot match, so its regexp is
// not run; a rule whose anchors cannot be worked out (or are shorter than
// three bytes, too common to filter) always runs.

const maxAnchors = 256

func anchorsOf(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	set, _, ok := lits(re.Simplify())
	if !ok || len(set) == 0 {
		return nil
	}
	for _, s := range set {
		if len(s) < 3 {
			return nil
		}
	}
	return set
}

// lits: the strings every match of re starts with; complete when they are
// the whole match (so a following element may extend them).
func lits(re *syntax.Regexp) (set []string, complete, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpCapture:
		return lits(re.Sub[0])
	case syntax.OpAlternate:
		complete = true
		for _, sub := range re.Sub {
			s, c, ok := lits(sub)
			if !ok {
				return nil, false, false
			}
			set = append(set, s...)
			complete = complete && c
		}
		if len(set) > maxAnchors {
			return nil, false, false
		}
		return set, complete, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 4 {
			return nil, false, false
		}
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, string(r))
			}
		}
		return set, true, true
	case syntax.OpPlus:
		s, _, ok := lits(re.Sub[0])
		return s, false, ok
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false, false
		}
		s, _, ok := lits(re.Sub[0])
		return s, false, ok
	case syntax.OpConcat:
		set = []string{""}
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEmptyMatch:
				continue
			}
			s, c, ok := lits(sub)
			if !ok || len(set)*len(s) > maxAnchors {
				return set, false, set[0] != "" || len(set) > 1
			}
			next := make([]string, 0, len(set)*len(s))
			for _, a := range set {
				for _, b := range s {
					next = append(next, a+b)
				}
			}
			set = next
			if !c {
				return set, false, true
			}
		}
		return set, true, true
	}
	return nil, false, false
}

func containsAny(s string, anchors []string) bool {
	for _, a := range anchors {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// Second prefilter: what every match of a rule must contain somewhere, not
// only at its start. A rule's condition is worked out from its parsed
// pattern: a literal piece (or a small set of alternatives) that every
// match holds, and for a sequence all such pieces together ("ignore … all …
// instructions" needs one word of each list). The literals of every rule
// (conditions and anchors) are looked for in one pass over a view
// (litIndex), and a rule whose condition fails cannot match, so its
// regexp is not run: the verdicts are the same, only cheaper.

// cond is a condition on which literals a text holds: lit (an index into
// the rules' literals), and (all of sub), or (one of sub); none is true.
type cond struct {
	op   byte // 0: true, 'l': lit, '&': and, '|': or, 'm': any literal of masks
	lit  int
	sub  []cond
	mask []litMask // 'm': the literals of an or of literals, by word of present
}

// litMask: the literals of one 64-bit word of present.
type litMask struct {
	w int
	m uint64
}

// compact turns every or of literals into one mask test per word of
// present (an or of 40 words was 40 calls; now it is a few ANDs).
func (c *cond) compact() {
	for i := range c.sub {
		c.sub[i].compact()
	}
	if c.op != '|' || len(c.sub) < 3 {
		return
	}
	byWord := map[int]uint64{}
	var rest []cond
	for _, s := range c.sub {
		if s.op == 'l' {
			byWord[s.lit>>6] |= 1 << (s.lit & 63)
		} else {
			rest = append(rest, s)
		}
	}
	if len(byWord) == 0 {
		return
	}
	m := cond{op: 'm'}
	for w, bits := range byWord {
		m.mask = append(m.mask, litMask{w, bits})
	}
	sort.Slice(m.mask, func(i, j int) bool { return m.mask[i].w < m.mask[j].w })
	if len(rest) == 0 {
		*c = m
		return
	}
	c.sub = append([]cond{m}, rest...)
}

// eval: the condition holds for the literals found (present, a bit per
// literal).
func (c *cond) eval(present []uint64) bool {
	switch c.op {
	case 'l':
		return present[c.lit>>6]&(1<<(c.lit&63)) != 0
	case '&':
		for i := range c.sub {
			if !c.sub[i].eval(present) {
				return false
			}
		}
		return true
	case '|':
		for i := range c.sub {
			if c.sub[i].eval(present) {
				return true
			}
		}
		return false
	case 'm':
		for _, lm := range c.mask {
			if present[lm.w]&lm.m != 0 {
				return true
			}
		}
		return false
	}
	return true
}

// maxExact bounds the strings a piece of pattern is read as (its exact
// language) before it is cut.
const maxExact = 64

// minLit: literals shorter than this are too common to filter by.
const minLit = 3

// condBuilder interns the literals of the conditions.
type condBuilder struct {
	ids  map[string]int
	lits []string
}

func (b *condBuilder) id(s string) int {
	if i, ok := b.ids[s]; ok {
		return i
	}
	if b.ids == nil {
		b.ids = map[string]int{}
	}
	b.ids[s] = len(b.lits)
	b.lits = append(b.lits, s)
	return len(b.lits) - 1
}

// ofSet: one of set must be in the text (true when some is too short).
func (b *condBuilder) ofSet(set []string) cond {
	if len(set) == 0 {
		return cond{}
	}
	for _, s := range set {
		if len(s) < minLit {
			return cond{}
		}
	}
	if len(set) == 1 {
		return cond{op: 'l', lit: b.id(set[0])}
	}
	c := cond{op: '|'}
	for _, s := range set {
		c.sub = append(c.sub, cond{op: 'l', lit: b.id(s)})
	}
	return c
}

func and(cs []cond) cond {
	var out []cond
	for _, c := range cs {
		if c.op != 0 {
			out = append(out, c)
		}
	}
	switch len(out) {
	case 0:
		return cond{}
	case 1:
		return out[0]
	}
	return cond{op: '&', sub: out}
}

// condOf: the condition every match of expr meets (true when nothing is
// known).
func (b *condBuilder) condOf(expr string) cond {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return cond{}
	}
	exact, c := b.walk(re.Simplify())
	if exact != nil {
		return b.ofSet(exact)
	}
	return c
}

// walk returns the exact language of re when it is small (exact != nil:
// every match of re is one of exact), else the condition its matches meet.
func (b *condBuilder) walk(re *syntax.Regexp) (exact []string, c cond) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, cond{}
		}
		return []string{string(re.Rune)}, cond{}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, cond{}
	case syntax.OpCharClass:
		n := 0
		for i := 0; i < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 4 {
			return nil, cond{}
		}
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				exact = append(exact, string(r))
			}
		}
		return exact, cond{}
	case syntax.OpCapture:
		return b.walk(re.Sub[0])
	case syntax.OpQuest:
		if e, _ := b.walk(re.Sub[0]); e != nil && len(e) < maxExact {
			return append(e, ""), cond{}
		}
		return nil, cond{}
	case syntax.OpPlus:
		return nil, b.close(b.walk(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, cond{}
		}
		return nil, b.close(b.walk(re.Sub[0]))
	case syntax.OpAlternate:
		var all []string
		allExact := true
		subs := make([]cond, 0, len(re.Sub))
		for _, sub := range re.Sub {
			e, sc := b.walk(sub)
			if e == nil {
				allExact = false
			} else {
				all = append(all, e...)
			}
			subs = append(subs, b.close(e, sc))
		}
		if allExact && len(all) <= maxExact {
			return all, cond{}
		}
		for _, sc := range subs {
			if sc.op == 0 {
				return nil, cond{}
			}
		}
		return nil, cond{op: '|', sub: subs}
	case syntax.OpConcat:
		var conds []cond
		run := []string{""}
		allExact := true
		for _, sub := range re.Sub {
			e, sc := b.walk(sub)
			if e == nil {
				allExact = false
				conds = append(conds, b.ofSet(run), sc)
				run = []string{""}
				continue
			}
			if len(run)*len(e) > maxExact {
				allExact = false
				conds = append(conds, b.ofSet(run))
				run = []string{""}
				if len(e) > maxExact {
					conds = append(conds, b.ofSet(e))
					continue
				}
			}
			next := make([]string, 0, len(run)*len(e))
			for _, x := range run {
				for _, y := range e {
					next = append(next, x+y)
				}
			}
			run = next
		}
		if allExact {
			return run, cond{}
		}
		conds = append(conds, b.ofSet(run))
		return nil, and(conds)
	}
	return nil, cond{}
}

// close turns a piece's exact language into a condition.
func (b *condBuilder) close(exact []string, c cond) cond {
	if exact != nil {
		return b.ofSet(exact)
	}
	return c
}

// litIndex finds which of a set of literals a text holds in one pass: the
// literals of three bytes or more by a hash of their first three bytes
// (a bit table first, so most positions cost one lookup), the shorter ones
// by strings.Contains.
type litIndex struct {
	lits  []string
	short []int
	bloom [1 << 10]uint64 // a bit per hash
	heads []uint32        // literals of hash k: ids[heads[k]:heads[k+1]]
	ids   []uint32
}

const litHashBits = 16

func hash3(a, b, c byte) uint32 {
	return (uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 2654435761 >> (32 - litHashBits)
}

func newLitIndex(lits []string) *litIndex {
	x := &litIndex{lits: lits, heads: make([]uint32, 1<<litHashBits+1)}
	for i, l := range lits {
		if len(l) < 3 {
			x.short = append(x.short, i)
			continue
		}
		k := hash3(l[0], l[1], l[2])
		x.heads[k+1]++
		x.bloom[k>>6] |= 1 << (k & 63)
	}
	for k := 1; k < len(x.heads); k++ {
		x.heads[k] += x.heads[k-1]
	}
	x.ids = make([]uint32, x.heads[len(x.heads)-1])
	fill := make([]uint32, 1<<litHashBits)
	for i, l := range lits {
		if len(l) < 3 {
			continue
		}
		k := hash3(l[0], l[1], l[2])
		x.ids[x.heads[k]+fill[k]] = uint32(i)
		fill[k]++
	}
	return x
}

// words is the size of the bit set find fills.
func (x *litIndex) words() int { return (len(x.lits) + 63) / 64 }

// find sets present's bit i when s holds literal i (present is cleared
// first).
func (x *litIndex) find(s string, present []uint64) {
	clear(present)
	for _, i := range x.short {
		if strings.Contains(s, x.lits[i]) {
			present[i>>6] |= 1 << (i & 63)
		}
	}
	for i := 0; i+3 <= len(s); i++ {
		k := hash3(s[i], s[i+1], s[i+2])
		if x.bloom[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		rest := s[i:]
		for _, id := range x.ids[x.heads[k]:x.heads[k+1]] {
			if present[id>>6]&(1<<(id&63)) != 0 {
				continue
			}
			if l := x.lits[id]; len(l) <= len(rest) && rest[:len(l)] == l {
				present[id>>6] |= 1 << (id & 63)
			}
		}
	}
}

// anyOf: some literal of ids is present.
func anyOf(present []uint64, ids []int) bool {
	for _, i := range ids {
		if present[i>>6]&(1<<(i&63)) != 0 {
			return true
		}
	}
	return false
}
