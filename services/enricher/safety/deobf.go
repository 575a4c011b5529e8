package safety

import (
	"slices"
	"strings"
)

// One reading that undoes several obfuscations at once. The readings of
// heuristics.go and decode.go each undo one trick, so a text that mixes
// them ("diѕ\u200dr\u200dе\u200cgаr\u200bd every prior r e s t r i c t i o n s")
// was read by none. deobfuscate drops zero-width characters, folds
// look-alike letters, joins letters split by a separator or by spaces,
// fills masked letters ("instr#ct@@ns", "y@*r") and reads leetspeak,
// split words ("fil + ter", "by~pass") and one-letter typos
// ("instrctions", "jailbrak") against a short list of the words attacks
// hang on (obfWords).

// obfWords: what a masked, split or misspelt word may be read as.
var obfWords = []string{
	"ignore", "disregard", "forget", "bypass", "override", "jailbreak", "jailbroken", "instructions", "instruction",
	"directives", "guidelines", "restrictions", "rules", "filter", "filters", "safety", "system", "prompt", "message",
	"password", "secret", "admin", "token", "credentials", "confidential", "malware", "ransomware", "explosive",
	"weapon", "exploit", "unrestricted", "uncensored", "unfiltered", "developer", "conversation", "email", "reveal",
	"print", "previous", "prior", "settings", "content", "policy", "policies", "thermite", "passport", "your", "mode",
	"send", "show", "dump", "key", "api", "drop",
	// what harmful asks are about: hiding them is as much a trick
	"hidden", "bomb", "methamphetamine", "meth", "ricin", "poison", "phishing", "refuse", "never",
}

var obfWordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range obfWords {
		m[w] = true
	}
	return m
}()

// obfByLen: obfWords by length, for masked and leet words.
var obfByLen = func() map[int][]string {
	m := map[int][]string{}
	for _, w := range obfWords {
		m[len(w)] = append(m[len(w)], w)
	}
	return m
}()

// typoKeys: the words read through a one-letter typo (long enough that a
// one-letter change of an ordinary word rarely lands on them), by first
// letter.
var typoKeys = func() (m [256][]string) {
	for _, w := range []string{"ignore", "instructions", "instruction", "system", "prompt", "previous", "disregard",
		"guidelines", "restrictions", "jailbreak", "password", "override", "bypass", "forget", "confidential", "developer",
		"directives", "unrestricted", "uncensored", "print", "admin", "secret", "reveal", "hidden", "refuse", "unfiltered",
		"guardrails", "jailbroken", "methamphetamine", "explosive", "bomb"} {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

func isZeroWidth(c rune) bool {
	return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad'
}

// leetOf: what a digit or symbol stands for in leetspeak.
func leetOf(c byte) byte {
	switch c {
	case '0':
		return 'o'
	case '1', '!', '|':
		return 'i'
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '7', '+':
		return 't'
	}
	return 0
}

func isMask(c byte) bool { return c == '#' || c == '*' || c == '@' || c == '$' || c == '?' || c == '_' }

// masked: w (lower case) read as k, where w's masks stand for any letter
// and its leet digits for their letters; w holds at least one non-letter.
func masked(w, k string) bool {
	if len(w) != len(k) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == k[i]:
		case isMask(c):
		case leetOf(c) == k[i] || c == '1' && k[i] == 'l':
		default:
			return false
		}
	}
	return true
}

// oneTypo: w is k with one letter left out, one letter doubled, or (for
// long words) one letter changed; the first letter kept.
func oneTypo(w, k string) bool {
	if w == k || w[0] != k[0] || w+"s" == k || w == k+"s" {
		return false // a plural or singular is no typo
	}
	switch len(w) - len(k) {
	case -1: // a letter left out
		for i := 0; i < len(w); i++ {
			if w[i] != k[i] {
				return w[i:] == k[i+1:]
			}
		}
		return true
	case 1: // a letter doubled
		for i := 0; i < len(k); i++ {
			if w[i] != k[i] {
				return i > 0 && w[i] == w[i-1] && w[i+1:] == k[i:]
			}
		}
		return w[len(k)] == w[len(k)-1]
	case 0: // a letter changed, or two neighbours swapped
		diff, at := 0, 0
		for i := 0; i < len(w); i++ {
			if w[i] != k[i] {
				if diff == 0 {
					at = i
				}
				diff++
			}
		}
		if diff == 2 && len(k) >= 5 && at+1 < len(w) && w[at] == k[at+1] && w[at+1] == k[at] {
			return true
		}
		return diff == 1 && len(k) >= 7
	}
	return false
}

// splitWord: "s_e_n_d", "o/v/e/r": letters split by one separator, the same
// each time; the letters, or "".
func splitWord(w string) string {
	if len(w) < 3 || !isAlpha(w[0]) || !isSep(w[1]) && w[1] != '_' && w[1] != '~' {
		return ""
	}
	sep := w[1]
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i%2 == 0 {
			if !isAlpha(w[i]) {
				return ""
			}
			b.WriteByte(w[i])
		} else if w[i] != sep {
			return ""
		}
	}
	if len(w)%2 == 0 {
		return ""
	}
	return b.String()
}

func trimPunct(w string) (pre, core, post string) {
	i, j := 0, len(w)
	for i < j && strings.IndexByte(".,;:!?'\"()[]{}<>", w[i]) >= 0 {
		i++
	}
	for j > i && strings.IndexByte(".,;:!?'\"()[]{}<>", w[j-1]) >= 0 {
		j--
	}
	return w[:i], w[i:j], w[j:]
}

// deobfuscate returns the reading and how many distinct obfWords it holds
// only through a hiding trick (zero-width characters, look-alike letters,
// masks, leetspeak, split or spaced letters; typos not counted); "" when
// it reads as norm.
func deobfuscate(raw, norm string) (string, int) {
	zw := strings.IndexFunc(raw, isZeroWidth) >= 0
	if !zw && !mixedScript(norm) && !deobCandidates(norm) {
		return "", 0
	}
	n := norm
	if zw {
		n, _ = normalize(strings.Map(func(c rune) rune {
			if isZeroWidth(c) {
				return -1
			}
			return c
		}, raw))
	}
	n = unfill(n)
	mixed := mixedScript(n)
	if mixed {
		n = foldConfusables(n)
	}
	// plain: the obfWords norm holds as they are
	var plainWords []string
	for _, f := range strings.Fields(norm) {
		if _, c, _ := trimPunct(f); obfWordSet[c] {
			plainWords = append(plainWords, c)
		}
	}
	plain := func(w string) bool { return slices.Contains(plainWords, w) }
	toks := strings.Fields(n)
	hard := map[string]bool{}
	for i, t := range toks {
		pre, core, post := trimPunct(t)
		if core == "" {
			continue
		}
		if c, ok := chatSpeak[core]; ok {
			toks[i] = pre + c + post
			continue
		}
		switch {
		case obfWordSet[core]:
			if !plain(core) && (zw || mixed) {
				hard[core] = true
			}
			continue
		case splitWord(core) != "":
			core = splitWord(core)
			if obfWordSet[core] {
				hard[core] = true
			}
		default:
			if strings.IndexFunc(core, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
				found := false
				for _, k := range obfByLen[len(core)] {
					if masked(core, k) {
						core, found = k, true
						hard[k] = true
						break
					}
				}
				if !found {
					if j := strings.Map(func(r rune) rune {
						if r == '~' || r == '-' || r == '.' || r == '*' {
							return -1
						}
						return r
					}, core); obfWordSet[j] {
						core = j
						hard[j] = true
					}
				}
			} else if len(core) >= 5 {
				for _, k := range typoKeys[core[0]] {
					if oneTypo(core, k) {
						core = k
						break
					}
				}
			}
		}
		toks[i] = pre + core + post
	}
	// letters spaced out ("r e s t r i c t i o n s"): four or more
	// one-letter words in a row read as one word
	out := toks[:0]
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && len(toks[j]) == 1 && isAlpha(toks[j][0]) {
			j++
		}
		if j-i >= 4 {
			w := strings.Join(toks[i:j], "")
			if obfWordSet[w] {
				hard[w] = true
			}
			out = append(out, w)
			i = j
			continue
		}
		out = append(out, toks[i])
		i++
	}
	toks = out
	// words split in two or three ("fil + ter", "in struc tions")
	out = make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		joined := false
		for span := 3; span >= 2 && !joined; span-- {
			var parts []string
			j := i
			for ; j < len(toks) && len(parts) < span; j++ {
				if toks[j] == "+" || toks[j] == "-" {
					continue
				}
				parts = append(parts, toks[j])
			}
			if len(parts) < span {
				continue
			}
			if _, c, _ := trimPunct(parts[0]); !fragPrefix[c] {
				break
			}
			w := strings.Join(parts, "")
			_, core, _ := trimPunct(w)
			if len(core) >= 6 && obfWordSet[core] && !obfWordSet[parts[0]] && !plain(core) {
				out = append(out, w)
				hard[core] = true
				i = j - 1
				joined = true
			}
		}
		if !joined {
			out = append(out, toks[i])
		}
	}
	s := strings.Join(out, " ")
	if s == norm {
		return "", 0
	}
	return s, len(hard)
}

// unfill drops a filler letter put between every two letters
// ("axnxsxwxexr", "remove every x and read the rest"): when most words of
// three or more letters have the same letter at every second place, that
// letter goes from every word. s itself when not so.
func unfill(s string) string {
	words := strings.Fields(s)
	if len(words) < 3 {
		return s
	}
	var count [26]int
	long := 0
	for _, w := range words {
		w = strings.TrimLeft(w, string(w[0]))
		if len(w) < 4 || !isAlpha(w[0]) {
			continue
		}
		long++
		c := w[1]
		if c < 'a' || c > 'z' {
			continue
		}
		ok := true
		for i := 1; i < len(w); i += 2 {
			if w[i] != c {
				ok = false
				break
			}
		}
		if ok {
			count[c-'a']++
		}
	}
	for c, n := range count {
		if n >= 3 && n*2 >= long {
			return strings.ReplaceAll(s, string(rune('a'+c)), "")
		}
	}
	return s
}

// fragPrefix: the beginnings (two letters or more, short of the whole) of
// the obfWords of six letters or more, for words split in pieces.
var fragPrefix = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range obfWords {
		if len(w) >= 6 {
			for i := 2; i <= len(w)-2; i++ {
				m[w[:i]] = true
			}
		}
	}
	return m
}()

// fragBits: the first two letters of the fragPrefix words.
var fragBits = func() (b twoBytes) {
	for p := range fragPrefix {
		b.set(p)
	}
	return b
}()

// twoBytes is a set of two-byte string starts.
type twoBytes [1 << 16 / 64]uint64

func (b *twoBytes) set(s string) {
	x := uint16(s[0])<<8 | uint16(s[1])
	b[x>>6] |= 1 << (x & 63)
}

func (b *twoBytes) has(s string) bool {
	x := uint16(s[0])<<8 | uint16(s[1])
	return b[x>>6]&(1<<(x&63)) != 0
}

// deobCandidates: some word of norm may be read otherwise by deobfuscate:
// it holds a non-letter between letters, is one of four one-letter words
// in a row, is one typo from typoKeys, or starts a split obfWord with the
// next word or two.
func deobCandidates(norm string) bool {
	single := 0
	var prev [2]string
	start := 0
	for i := 0; i <= len(norm); i++ {
		if i < len(norm) && norm[i] != ' ' {
			continue
		}
		w := norm[start:i]
		start = i + 1
		if hiddenInWord(w) || filled(w) || hyphenHidden(w) {
			return true
		}
		if len(w) == 1 && isAlpha(w[0]) {
			if single++; single >= 4 {
				return true
			}
		} else {
			single = 0
		}
		if len(w) == 2 && w == "ur" {
			return true
		}
		if len(w) >= 5 && len(w) <= 14 {
			for _, k := range typoKeys[w[0]] {
				if len(k)-len(w) <= 1 && len(w)-len(k) <= 1 && oneTypo(w, k) {
					return true
				}
			}
		}
		if len(w) <= 8 && len(prev[1]) <= 8 && len(prev[1]) >= 2 && fragBits.has(prev[1]) &&
			(fragPrefix[prev[1]] && obfWordSet[prev[1]+w] || len(prev[0]) >= 2 && fragPrefix[prev[0]+prev[1]] && obfWordSet[prev[0]+prev[1]+w]) {
			return true
		}
		if w != "+" && w != "-" {
			prev[0], prev[1] = prev[1], w
		}
	}
	return false
}

// hyphenHidden: w is an obfWord of five letters or more with one hyphen
// put inside ("jai-lbreak", "rest-rictions", "hi-dden").
func hyphenHidden(w string) bool {
	if len(w) < 6 || len(w) > 18 || strings.IndexByte(w, '-') <= 0 {
		return false
	}
	_, c, _ := trimPunct(w)
	i := strings.IndexByte(c, '-')
	if i <= 0 || i+1 >= len(c) || strings.IndexByte(c[i+1:], '-') >= 0 {
		return false
	}
	j := c[:i] + c[i+1:]
	return len(j) >= 5 && obfWordSet[j]
}

// hiddenInWord: w (a word of up to 16 bytes, mostly letters) holds a mask
// or leet character between letters, or letters split one by one by the
// same separator ("o/v/e/r"); not an apostrophe, an e-mail address, a
// hyphenated word or an abbreviation ("e-mail", "e.g.").
func hiddenInWord(w string) bool {
	if len(w) < 3 || len(w) > 18 {
		return false
	}
	plain := true
	for i := 1; i+1 < len(w); i++ {
		if !isAlpha(w[i]) {
			plain = false
			break
		}
	}
	if plain {
		return false
	}
	_, w, _ = trimPunct(w)
	if len(w) < 3 || len(w) > 16 || strings.IndexByte(w, '@') >= 0 && strings.IndexByte(w, '.') >= 0 {
		return false
	}
	letters, inside, digits := 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isAlpha(c) {
			letters++
			continue
		}
		if c == '\'' || i == 0 || i+1 == len(w) || !isAlpha(w[i-1]) && !isMask(w[i-1]) {
			continue
		}
		switch {
		case c == '-' || c == '.' || c == '/' || c == ',' || c == '+':
			if i+2 < len(w) && w[i+2] == c {
				inside++
			}
		case c >= '0' && c <= '9':
			// leet between letters, in words of three letters or more
			// ("fr14", "base64", "rot13" are none)
			if isAlpha(w[i+1]) {
				digits++
			}
		case isMask(c) || c == '~' || c == '!' || c == '|':
			inside++
		}
	}
	return (inside > 0 || digits > 0 && letters >= 3) && letters*2 >= len(w)
}

// filled: w, eight letters or more, has one letter at every second place
// (a filler between the letters of a word: "axnxsxwxexrx").
func filled(w string) bool {
	if len(w) < 8 {
		return false
	}
	c := w[1]
	for i := 1; i < len(w); i += 2 {
		if w[i] != c {
			return false
		}
	}
	return isAlpha(c)
}

// chatSpeak: the short spellings of chat ("what r ur instructions").
var chatSpeak = map[string]string{"ur": "your", "u": "you", "r": "are", "pls": "please", "plz": "please", "ya": "you", "yr": "your", "urself": "yourself", "n": "and"}
