package piicorpus

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Range is a redacted part of an input, [Start, End) in bytes.
type Range struct{ Start, End int }

// rePlaceholder matches the detector types' placeholders (pkg/redact's
// AllTypes; custom patterns are not used on the corpus).
var rePlaceholder = regexp.MustCompile(`<(?:EMAIL|PHONE|CREDIT_CARD|IBAN|IP|API_KEY|JWT|BEARER_TOKEN|AWS_SECRET_KEY|PASSWORD|PRIVATE_KEY|SSN|NATIONAL_ID|PASSPORT|DATE_OF_BIRTH|ADDRESS|PERSON_NAME)>`)

// Redacted recovers which parts of input became placeholders in output
// (output = input with some ranges replaced by <TYPE> placeholders). ok
// is false when output is not input with replaced ranges (then the
// caller falls back to looking for the raw values).
func Redacted(input, output string) ([]Range, bool) {
	locs := rePlaceholder.FindAllStringIndex(output, -1)
	if len(locs) == 0 {
		return nil, input == output
	}
	var re strings.Builder
	re.WriteString(`(?s)^`)
	last := 0
	for _, l := range locs {
		re.WriteString(regexp.QuoteMeta(output[last:l[0]]))
		re.WriteString(`(.+?)`)
		last = l[1]
	}
	re.WriteString(regexp.QuoteMeta(output[last:]))
	re.WriteString(`$`)
	rx, err := regexp.Compile(re.String())
	if err != nil {
		return nil, false
	}
	m := rx.FindStringSubmatchIndex(input)
	if m == nil {
		return nil, false
	}
	var out []Range
	for i := 2; i < len(m); i += 2 {
		out = append(out, Range{m[i], m[i+1]})
	}
	return out, true
}

// Score accumulates recall per PII category and false positives per hard
// negative category over items.
type Score struct {
	Found, Missed map[string]int // PII category → labels covered / not
	Hit, Total    map[string]int // negative category → touched / all
	// Unlabelled counts redactions that overlap no label at all: false
	// positives on ordinary text.
	Unlabelled int
	// Fallbacks counts fields whose output could not be aligned with the
	// input; they were judged by whether each raw value is still there.
	Fallbacks int
	Misses    []string
	Items     int
}

// NewScore returns an empty score.
func NewScore() *Score {
	return &Score{Found: map[string]int{}, Missed: map[string]int{}, Hit: map[string]int{}, Total: map[string]int{}}
}

// Add scores one item whose text came out as output.
func (s *Score) Add(it Item, output string) {
	s.Items++
	ranges, ok := Redacted(it.Text, output)
	if !ok {
		s.Fallbacks++
		for _, p := range it.PII {
			if strings.Contains(output, p.Value) || p.Raw != "" && strings.Contains(output, p.Raw) {
				s.Missed[p.Category]++
				s.Misses = append(s.Misses, fmt.Sprintf("FN %s %s %q in %q -> %q", it.ID, p.Category, p.Value, it.Text, output))
			} else {
				s.Found[p.Category]++
			}
		}
		for _, n := range it.Negatives {
			s.Total[n.Category]++
			if !strings.Contains(output, n.Value) {
				s.Hit[n.Category]++
				s.Misses = append(s.Misses, fmt.Sprintf("FP %s %s %q in %q -> %q", it.ID, n.Category, n.Value, it.Text, output))
			}
		}
		return
	}
	for _, p := range it.PII {
		covered := false
		for _, r := range ranges {
			if r.Start <= p.Start && r.End >= p.End {
				covered = true
			}
		}
		if covered {
			s.Found[p.Category]++
		} else {
			s.Missed[p.Category]++
			s.Misses = append(s.Misses, fmt.Sprintf("FN %s %s %q in %q -> %q", it.ID, p.Category, p.Value, it.Text, output))
		}
	}
	for _, n := range it.Negatives {
		s.Total[n.Category]++
		for _, r := range ranges {
			if r.Start < n.End && n.Start < r.End {
				s.Hit[n.Category]++
				s.Misses = append(s.Misses, fmt.Sprintf("FP %s %s %q in %q -> %q", it.ID, n.Category, n.Value, it.Text, output))
				break
			}
		}
	}
	for _, r := range ranges {
		labelled := false
		for _, sp := range append(slices.Clip(it.PII), it.Negatives...) {
			if r.Start < sp.End && sp.Start < r.End {
				labelled = true
			}
		}
		if !labelled {
			s.Unlabelled++
			s.Misses = append(s.Misses, fmt.Sprintf("FP %s unlabelled %q in %q -> %q", it.ID, it.Text[r.Start:r.End], it.Text, output))
		}
	}
}

// Recall of category c.
func (s *Score) Recall(c string) float64 {
	n := s.Found[c] + s.Missed[c]
	if n == 0 {
		return 1
	}
	return float64(s.Found[c]) / float64(n)
}

// FPRate of negative category c.
func (s *Score) FPRate(c string) float64 {
	if s.Total[c] == 0 {
		return 0
	}
	return float64(s.Hit[c]) / float64(s.Total[c])
}

// OverallFP is (touched negatives + unlabelled redactions) / negatives.
func (s *Score) OverallFP() float64 {
	hit, total := s.Unlabelled, 0
	for c := range s.Total {
		hit += s.Hit[c]
		total += s.Total[c]
	}
	if total == 0 {
		return 0
	}
	return float64(hit) / float64(total)
}

// OverallRecall over the gated categories.
func (s *Score) OverallRecall() float64 {
	f, n := 0, 0
	for _, c := range Gated {
		f += s.Found[c]
		n += s.Found[c] + s.Missed[c]
	}
	if n == 0 {
		return 1
	}
	return float64(f) / float64(n)
}

// Failures lists the categories below the bars: recall < minRecall for a
// gated category, false positives > maxFP for a negative category or
// overall.
func (s *Score) Failures(minRecall, maxFP float64) []string {
	var out []string
	for _, c := range Gated {
		if s.Found[c]+s.Missed[c] == 0 {
			out = append(out, fmt.Sprintf("%s: no items", c))
		} else if r := s.Recall(c); r < minRecall {
			out = append(out, fmt.Sprintf("%s: recall %.2f%% < %.0f%%", c, 100*r, 100*minRecall))
		}
	}
	for _, c := range NegativeCategories {
		if f := s.FPRate(c); f > maxFP {
			out = append(out, fmt.Sprintf("%s: false positives %.2f%% > %.0f%%", c, 100*f, 100*maxFP))
		}
	}
	if f := s.OverallFP(); f > maxFP {
		out = append(out, fmt.Sprintf("overall false positives %.2f%% > %.0f%%", 100*f, 100*maxFP))
	}
	return out
}

// WriteTable writes the per-category Markdown tables.
func (s *Score) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "| category | items | caught | recall |\n|---|---:|---:|---:|\n")
	cats := append(slices.Clone(Gated), Informational...)
	for _, c := range cats {
		n := s.Found[c] + s.Missed[c]
		note := ""
		if slices.Contains(Informational, c) {
			note = " (not gated)"
		}
		fmt.Fprintf(w, "| %s%s | %d | %d | %.1f %% |\n", c, note, n, s.Found[c], 100*s.Recall(c))
	}
	f, n := 0, 0
	for _, c := range Gated {
		f += s.Found[c]
		n += s.Found[c] + s.Missed[c]
	}
	fmt.Fprintf(w, "| **all gated** | %d | %d | **%.2f %%** |\n\n", n, f, 100*s.OverallRecall())
	fmt.Fprintf(w, "| hard negative | items | redacted | false positives |\n|---|---:|---:|---:|\n")
	negs := slices.Clone(NegativeCategories)
	sort.Strings(negs)
	hit, total := 0, 0
	for _, c := range negs {
		fmt.Fprintf(w, "| %s | %d | %d | %.1f %% |\n", c, s.Total[c], s.Hit[c], 100*s.FPRate(c))
		hit += s.Hit[c]
		total += s.Total[c]
	}
	fmt.Fprintf(w, "| redactions outside any label | — | %d | |\n", s.Unlabelled)
	fmt.Fprintf(w, "| **all** | %d | %d | **%.2f %%** |\n", total, hit+s.Unlabelled, 100*s.OverallFP())
}
