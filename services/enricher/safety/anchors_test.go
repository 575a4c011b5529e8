package safety

import "testing"

func TestAnchors(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`\b(?:ignore|disregard) (?:all|any)\b`, []string{"ignore all", "ignore any", "disregard all", "disregard any"}},
		{`\bfoo[^x]*bar`, []string{"foo"}},
		{`(?:ab|abc)d`, nil}, // "ab" is too short to filter by
		{`(?:dear )?assistant`, nil},
		{`\bx{2,}yy`, nil},
	} {
		got := anchorsOf(tc.expr)
		if len(got) != len(tc.want) {
			t.Errorf("%s: anchors %q, want %q", tc.expr, got, tc.want)
			continue
		}
		seen := map[string]bool{}
		for _, g := range got {
			seen[g] = true
		}
		for _, w := range tc.want {
			if !seen[w] {
				t.Errorf("%s: anchors %q, want %q", tc.expr, got, tc.want)
			}
		}
	}
	filtered := 0
	for _, r := range rules {
		if r.anchors != nil {
			filtered++
		}
	}
	t.Logf("%d of %d rules have a prefilter", filtered, len(rules))
}

// Every rule's matches must contain one of its anchors (else the
// prefilter would hide matches): checked on the attack texts.
func TestAnchorsSound(t *testing.T) {
	for _, set := range []string{"heldout", "dev", "heldout2", "heldout3", "extra", "train"} {
		for _, e := range load(t, set) {
			n, tags := normalize(e.Text)
			vs, _ := views(e.Text, n, tags)
			for _, v := range vs {
				for _, r := range rules {
					if r.anchors != nil && r.re.MatchString(v.text) && !containsAny(v.text, r.anchors) {
						t.Errorf("rule %s matches %q but no anchor %q is in it", r.re, v.text, r.anchors)
					}
				}
				if reMeta.MatchString(v.text) && !containsAny(v.text, metaAnchors) || reReported.MatchString(v.text) && !containsAny(v.text, reportedAnchors) {
					t.Errorf("meta or reported-speech pattern matches %q without its anchors", v.text)
				}
			}
		}
	}
}

// condOf: what every match must hold, as literals found by litIndex.
func TestCondOf(t *testing.T) {
	for _, tc := range []struct {
		expr string
		yes  []string // texts the condition lets through
		no   []string // texts it rules out
	}{
		{`\b(?:ignore|disregard)\b[^.]*?\b(?:rules|instructions)\b`, []string{"ignore the rules", "disregard xx instructions"}, []string{"ignore it", "the rules", "ignor rules"}},
		{`(?:dear )?assistant[:,]`, []string{"assistant:"}, []string{"the assistant"}},
		{`\bfoo\w*bar`, []string{"foo bar"}, []string{"bar", "foo"}},
		{`x?y`, []string{"", "anything"}, nil}, // nothing known: always true
		{`\b(?:ab|cd)[0-9]+(?:efg|hij)`, []string{"efg"}, []string{"ab12"}},
	} {
		var b condBuilder
		c := b.condOf(tc.expr)
		x := newLitIndex(b.lits)
		present := make([]uint64, x.words()+1)
		for _, s := range tc.yes {
			x.find(s, present)
			if !c.eval(present) {
				t.Errorf("%s: condition rules out %q", tc.expr, s)
			}
		}
		for _, s := range tc.no {
			x.find(s, present)
			if c.eval(present) {
				t.Errorf("%s: condition lets %q through", tc.expr, s)
			}
		}
	}
	n := 0
	for _, r := range rules {
		if r.need.op != 0 {
			n++
		}
	}
	t.Logf("%d of %d rules have a condition, %d literals", n, len(rules), len(ruleLits.lits))
}
