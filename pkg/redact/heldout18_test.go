package redact

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

// TestHeldOut18 scores testdata/heldout18.txt: 87 lines written by hand
// after the detectors were tuned on the generated corpus, in phrasings the
// generator does not use (66 PII items, 27 hard negatives).
//
// First run, before any change (2026-12-02): recall 90.9 % (60 of 66),
// false positives 1 of 27 (3.7 %). Missed: PGPASSWORD='…' (a compound
// key), "My name's …", "Thanks so much,\n<name>", "Dear Ms. Okafor" (the
// label then included the title, since corrected to the name), the
// example NINO "QQ 12 34 56 C" (Q is not a valid first letter: left
// alone on purpose), "47 Kingsway" (a street without a street word); and
// "hotfix 2.14.1.3" read as an IP. The first three and the version cue
// were then fixed in general form (compound secret keys, "name's",
// sign-off fillers, "hotfix"): the set is no longer held out, and now
// scores 97.0 % / 0 %. The bars only catch regressions.
func TestHeldOut18(t *testing.T) {
	f, err := os.Open("testdata/heldout18.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := Default()
	s := piicorpus.NewScore()
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		it := parseMarked(strings.ReplaceAll(line, `\n`, "\n"))
		it.ID = "heldout-" + string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
		s.Add(it, r.Redact(it.Text, nil))
	}
	var b strings.Builder
	s.WriteTable(&b)
	t.Logf("%d lines\n%s", s.Items, b.String())
	for _, m := range s.Misses {
		t.Log(m)
	}
	hit, total := s.Unlabelled, 0
	for c, n := range s.Total {
		total += n
		hit += s.Hit[c]
	}
	if rec := s.OverallRecall(); rec < 0.85 || float64(hit) > 0.05*float64(total) {
		t.Fatalf("held-out recall %.3f (regression bar 0.85), %d false positives on %d negatives", rec, hit, total)
	}
}

// parseMarked turns "[[CAT:value]]" (personal data) and "{{CAT:value}}"
// (hard negatives) into labels of the text without the marks.
func parseMarked(line string) piicorpus.Item {
	var it piicorpus.Item
	var b strings.Builder
	for line != "" {
		i, j := strings.Index(line, "[["), strings.Index(line, "{{")
		if i < 0 || j >= 0 && j < i {
			i = j
		}
		if i < 0 {
			b.WriteString(line)
			break
		}
		neg := line[i] == '{'
		end := "]]"
		if neg {
			end = "}}"
		}
		k := strings.Index(line[i:], end)
		b.WriteString(line[:i])
		cat, val, _ := strings.Cut(line[i+2:i+k], ":")
		sp := piicorpus.Span{Category: cat, Start: b.Len(), End: b.Len() + len(val), Value: val}
		b.WriteString(val)
		if neg {
			it.Negatives = append(it.Negatives, sp)
		} else {
			it.PII = append(it.PII, sp)
		}
		line = line[i+k+2:]
	}
	it.Text = b.String()
	return it
}
