package safety

import (
	"regexp/syntax"
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
