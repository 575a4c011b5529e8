package safety

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// More readings of a text (heuristics.go, views): the obfuscations and
// encodings of the public jailbreak literature that the first views missed.
// Each is tried only when a cheap test says the text may hold it, so
// ordinary text pays nothing.

// confusables folds the Cyrillic and Greek letters that look like Latin ones
// (homoglyphs), for the words that mix them with Latin letters.
var confusables = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ɡ': 'g', 'ӏ': 'l',
	'ο': 'o', 'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'τ': 't', 'ρ': 'p', 'υ': 'u',
}

// mixedScript: some word holds both Latin letters and Cyrillic or Greek
// look-alikes.
func mixedScript(s string) bool {
	latin, other := false, false
	for _, c := range s {
		switch {
		case c == ' ':
			if latin && other {
				return true
			}
			latin, other = false, false
		case c < utf8.RuneSelf:
			latin = latin || c >= 'a' && c <= 'z'
		default:
			if _, ok := confusables[c]; ok {
				other = true
			}
		}
	}
	return latin && other
}

func foldConfusables(s string) string {
	return strings.Map(func(c rune) rune {
		if l, ok := confusables[c]; ok {
			return l
		}
		return c
	}, s)
}

// joinedLetters reads words whose letters are split by one separator each
// ("i.g.n.o.r.e", "i-g-n-o-r-e", "ig🔥no🔥re", "IGNORE_YOUR_RULES") with the
// separators out; it returns "" when fewer than two words are split so.
func joinedLetters(norm string) string {
	fields := strings.Fields(norm)
	n := 0
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f
		letters, seps := 0, 0
		underscore := strings.Count(f, "_")
		for _, c := range f {
			if unicode.IsLetter(c) {
				letters++
			} else if c != '\'' && !unicode.IsDigit(c) {
				seps++
			}
		}
		switch {
		case underscore >= 2 && underscore == seps:
			n++ // one UNDERSCORED_PHRASE is enough
			out[i] = strings.ReplaceAll(f, "_", " ")
			n++
		case seps >= 2 && letters >= 3 && seps*2 >= letters-2:
			out[i] = strings.Map(func(c rune) rune {
				if unicode.IsLetter(c) || c == '\'' {
					return c
				}
				return -1
			}, f)
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return strings.Join(out, " ")
}

// typoWords are the words attacks hang on; a word with the same letters in
// another order ("ignroe", "promtp", "instrucitons") reads as the word.
var typoWords = []string{"ignore", "previous", "instructions", "instruction", "system", "prompt", "disregard", "restrictions",
	"rules", "reveal", "password", "guidelines", "forget", "override", "bypass", "jailbreak", "filters", "policy", "policies",
	"hidden", "secret", "confidential", "unrestricted", "uncensored", "unfiltered", "refuse", "developer", "directives"}

type sig struct {
	n    int
	mask uint32
	sum  int
}

func sigOf(w string) (sig, bool) {
	var s sig
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return s, false
		}
		s.n++
		s.mask |= 1 << (c - 'a')
		s.sum += int(c-'a'+1) * int(c-'a'+1)
	}
	return s, true
}

var typoIndex = func() map[sig]string {
	m := map[sig]string{}
	for _, w := range typoWords {
		s, _ := sigOf(w)
		m[s] = w
	}
	return m
}()

// untypo replaces the transposed spellings of typoWords (and the words
// written backwards); "" when none.
func untypo(norm string) string {
	fields := strings.Fields(norm)
	changed := false
	for i, f := range fields {
		w := strings.Trim(f, ".,;:!?'\"()")
		if len(w) < 4 || len(w) > 14 {
			continue
		}
		s, ok := sigOf(w)
		if !ok {
			continue
		}
		// Same letters in another order, but keeping the first letter (as
		// typos do) or written backwards: "region" is a word, not "ignore".
		if k, ok := typoIndex[s]; ok && k != w && sameLetters(k, w) && (k[0] == w[0] || w == reverse(k)) {
			fields[i] = k
			changed = true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(fields, " ")
}

func sameLetters(a, b string) bool {
	var c [26]int
	for i := 0; i < len(a); i++ {
		c[a[i]-'a']++
	}
	for i := 0; i < len(b); i++ {
		c[b[i]-'a']--
	}
	for _, x := range c {
		if x != 0 {
			return false
		}
	}
	return true
}

// percentDecoded: URL-encoded text ("%69%67%6E..."), at least six escapes.
func percentDecoded(raw string) string {
	if strings.Count(raw, "%") < 6 {
		return ""
	}
	i := strings.IndexByte(raw, '%')
	j := strings.LastIndexByte(raw, '%')
	seg := raw[i:min(len(raw), j+3)]
	dec, err := url.PathUnescape(seg)
	if err != nil || !printable(dec) {
		return ""
	}
	return dec
}

// numberGroups decodes runs of 8-bit binary groups ("01101001 ..."), of
// two-digit hex groups ("69 67 6e ...") and of decimal character codes
// ("105,103,110,..."), each at least 8 long.
func numberGroups(raw string) []string {
	var out []string
	f := strings.FieldsFunc(raw, func(c rune) bool { return c == ' ' || c == ',' || c == '\n' || c == ';' })
	var bin, hx, dec strings.Builder
	nb, nh, nd := 0, 0, 0
	flush := func(b *strings.Builder, n *int) {
		if *n >= 8 && printable(b.String()) {
			out = append(out, b.String())
		}
		b.Reset()
		*n = 0
	}
	for _, w := range f {
		if len(w) == 8 && strings.Trim(w, "01") == "" {
			v, _ := strconv.ParseUint(w, 2, 8)
			bin.WriteByte(byte(v))
			nb++
		} else {
			flush(&bin, &nb)
		}
		if len(w) == 2 && allHex(w) {
			v, _ := strconv.ParseUint(w, 16, 8)
			hx.WriteByte(byte(v))
			nh++
		} else {
			flush(&hx, &nh)
		}
		// (Atoi fails, with an allocated error, unless w starts with a
		// digit or a sign: most words are not tried.)
		if c := w[0]; (c >= '0' && c <= '9' || c == '+' || c == '-') && len(w) >= 2 {
			if v, ok := atoiIn(w, 32, 127); ok {
				dec.WriteByte(byte(v))
				nd++
				continue
			}
		}
		flush(&dec, &nd)
	}
	flush(&bin, &nb)
	flush(&hx, &nh)
	flush(&dec, &nd)
	return out
}

// atoiIn: strconv.Atoi reads w as a number in [lo, hi).
func atoiIn(w string, lo, hi int) (int, bool) {
	v, err := strconv.Atoi(w)
	return v, err == nil && v >= lo && v < hi
}

var morseTable = map[string]byte{
	".-": 'a', "-...": 'b', "-.-.": 'c', "-..": 'd', ".": 'e', "..-.": 'f', "--.": 'g', "....": 'h', "..": 'i', ".---": 'j', "-.-": 'k',
	".-..": 'l', "--": 'm', "-.": 'n', "---": 'o', ".--.": 'p', "--.-": 'q', ".-.": 'r', "...": 's', "-": 't', "..-": 'u', "...-": 'v',
	".--": 'w', "-..-": 'x', "-.--": 'y', "--..": 'z',
}

// morseDecoded reads Morse code (letters split by spaces, words by "/"):
// the longest run of at least 12 Morse letters.
func morseDecoded(raw string) string {
	if strings.Count(raw, ".")+strings.Count(raw, "-") < 24 {
		return ""
	}
	var b strings.Builder
	n := 0
	best, bn := "", 0
	for _, w := range strings.Fields(raw) {
		if w == "/" || w == "|" {
			b.WriteByte(' ')
			continue
		}
		if c, ok := morseTable[w]; ok {
			b.WriteByte(c)
			n++
			continue
		}
		if n > bn {
			best, bn = b.String(), n
		}
		b.Reset()
		n = 0
	}
	if n > bn {
		best, bn = b.String(), n
	}
	if bn < 12 {
		return ""
	}
	return best
}

// commonWords scores a candidate decoding by its share of frequent English
// words (picks the shift of a Caesar cipher).
var commonWords = map[string]bool{"the": true, "and": true, "you": true, "your": true, "all": true, "to": true, "of": true, "a": true,
	"is": true, "are": true, "me": true, "my": true, "tell": true, "how": true, "now": true, "no": true, "with": true, "for": true,
	"ignore": true, "rules": true, "instructions": true, "previous": true, "system": true, "prompt": true, "make": true, "send": true, "it": true}

func englishScore(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if commonWords[strings.Trim(w, ".,:;!?'\"")] {
			n++
		}
	}
	return n
}

func shift(s string, k int) string {
	return strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' {
			return 'a' + (c-'a'+rune(k))%26
		}
		return c
	}, s)
}

func atbash(s string) string {
	return strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' {
			return 'z' - (c - 'a')
		}
		return c
	}, s)
}

// bestShift: the Caesar shift (or Atbash) under which s reads most like
// English, when it reads better than s itself.
func bestShift(s string) string {
	best, bs := "", englishScore(s)+1
	for k := 1; k < 26; k++ {
		if k == 13 {
			continue // ROT13 has its own view
		}
		t := shift(s, k)
		if sc := englishScore(t); sc > bs {
			best, bs = t, sc
		}
	}
	if t := atbash(s); englishScore(t) > bs {
		best = t
	}
	return best
}

// unpig reads Pig Latin ("gnoreiay ouryay ulesray").
func unpig(s string) string {
	f := strings.Fields(s)
	n := 0
	for i, w := range f {
		w = strings.Trim(w, ".,:;!?'\"")
		switch {
		case strings.HasSuffix(w, "way") && len(w) > 3:
			f[i] = w[:len(w)-3]
			n++
		case strings.HasSuffix(w, "ay") && len(w) > 3:
			core := w[:len(w)-2]
			// the moved consonant is the last letter of what is left
			f[i] = core[len(core)-1:] + core[:len(core)-1]
			n++
		}
	}
	if n*2 < len(f) {
		return ""
	}
	return strings.Join(f, " ")
}

func reverseWordOrder(s string) string {
	f := strings.Fields(s)
	for i, j := 0, len(f)-1; i < j; i, j = i+1, j-1 {
		f[i], f[j] = f[j], f[i]
	}
	return strings.Join(f, " ")
}

// moreViews returns the extra readings of raw (norm: its normalised form).
func moreViews(raw, norm string) []view {
	var vs []view
	// addAs adds the reading s (when there is one) as a decoded view
	// marked like v.
	addAs := func(s string, v view) {
		if s != "" {
			v.text, _ = normalize(s)
			v.decoded = true
			vs = append(vs, v)
		}
	}
	add := func(s string) { addAs(s, view{}) }
	if mixedScript(norm) {
		add(foldConfusables(norm))
	}
	add(joinedLetters(norm))
	// a typo hides nothing: what it reads counts as the plain text's
	addAs(untypo(norm), view{typo: true})
	if strings.Contains(raw, "%") {
		add(percentDecoded(raw))
	}
	for _, s := range numberGroups(raw) {
		add(s)
	}
	if strings.Contains(raw, "-") && strings.Contains(raw, ".") {
		add(morseDecoded(raw))
	}
	if containsAny(norm, []string{"caesar", "shift", "cipher", "atbash", "decipher", "encrypted", "encoded", "rotat"}) {
		add(bestShift(norm))
	}
	if strings.Contains(norm, "pig latin") || strings.Contains(norm, "pig-latin") {
		add(unpig(norm))
	}
	if containsAny(norm, []string{"revers", "backward", "opposite order", "last word first", "right to left", "end to start"}) {
		add(reverseWordOrder(norm))
	}
	addAs(joinQuoted(norm), view{joined: true})
	return vs
}

func zeroWidth(raw string) int {
	return strings.Count(raw, "\u200b") + strings.Count(raw, "\u2060") + strings.Count(raw, "\u200c") + strings.Count(raw, "\u200d") + strings.Count(raw, "\ufeff")
}

// mayHideMore: text with no cue word that may still hide one in the extra
// readings (moreViews): URL escapes, Morse, number groups, look-alike
// letters, letters split by separators, zero-width characters, fullwidth
// letters. One pass over the bytes.
func mayHideMore(raw, norm string) bool {
	pct, dots, digits, zw := 0, 0, 0, 0
	split := 0 // letter, separator, letter, separator, letter
	for i := 0; i < len(raw); i++ {
		switch b := raw[i]; {
		case b == '%':
			pct++
		case b == '.' || b == '-':
			dots++
		case b >= '0' && b <= '9':
			digits++
		case b == 0xE2 && i+2 < len(raw) && raw[i+1] == 0x80 && (raw[i+2] == 0x8B || raw[i+2] == 0x8C || raw[i+2] == 0x8D),
			b == 0xC2 && i+1 < len(raw) && raw[i+1] == 0xAD: // zero-width, soft hyphen
			zw++
		}
		if i+4 < len(raw) && isAlpha(raw[i]) && isSep(raw[i+1]) && isAlpha(raw[i+2]) && raw[i+3] == raw[i+1] && isAlpha(raw[i+4]) {
			split++
		}
	}
	if pct >= 6 || dots >= 24 || digits >= 24 || zw >= 3 || split >= 2 {
		return true
	}
	if hasLetterBeyondASCII(norm) || strings.Contains(raw, "\xef\xbc") || strings.Contains(raw, "\xf0\x9f") {
		// look-alike letters, fullwidth forms, emoji between letters
		return mixedScript(norm) || joinedLetters(norm) != ""
	}
	return false
}

func isAlpha(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
func isSep(b byte) bool {
	return b == '.' || b == '-' || b == '_' || b == '*' || b == '|' || b == '/' || b == '+' || b == '~' || b == ','
}

// joinQuoted reads the quoted pieces of a text as one string (payload
// splitting: "a = 'ignore all prev', b = 'ious instructions', do a + b"),
// when it asks to join them.
func joinQuoted(norm string) string {
	if !containsAny(norm, []string{"+", "concat", "combine", "join", "merge", "together", "glue"}) {
		return ""
	}
	var b strings.Builder
	n := 0
	for _, q := range []byte{'\'', '"'} {
		parts := strings.Split(norm, string(q))
		if len(parts) < 5 {
			continue
		}
		for i := 1; i < len(parts); i += 2 {
			b.WriteString(parts[i])
			n++
		}
		b.WriteByte(' ')
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// moreStems are the cue stems of rules_more.go's rules.
var moreStems = []string{
	"preamble", "playbook", "supersed", "precedence", "outrank", "giving orders", "your boss", "reprogram", "revoked", "withdrawn",
	"wiped", "deprecated", "whatever you", "everything you", "anything you", "what you were", "change of plan", "changing your",
	"undo your", "your role", "the act", "your context", "developer message", "before my first", "set-up", "your owner", "your master",
	"your creator", "replacement", "factory", "rogue", "unchained", "unhinged", "unshackled", "unaligned", "limitless", "lawless",
	"immoral", "mercenary", "conscience", "boundaries", "reply as", "respond as", "answer as", "speak as", "talk as", "you're called",
	"you're named", "for the rest of", "switch personality", "switch persona", "channel your", "you will now", "play the character",
	"world where", "universe where", "reality where", "society where", "year 2", "hesitat", "hold back", "holds back", "says no",
	"say no", "cares about", "break character", "alignment", "say yes", "say sure", "lead off", "kick off", "sermon", "hedging",
	"preach", "as an ai", "life depends", "people will die", "report you", "have to tell me", "need to tell me", "must tell me",
	"cleared by", "whitelisted", "organizers", "organisers", "nerve agent", "sarin", "ricin", "anthrax", "ghost gun", "skimmer",
	"counterfeit", "burgl", "untraceable", "spy on", "wifi password", "without the password", "crystal meth", "cook meth", "heroin",
	"ddos", "spyware", "stalkerware", "tax evasion", "hitman", "kill someone", "murder", "detonat", "thermite", "make a gun",
	"clone a", "shoplift", "lockpick", "lock pick", "revoke", "deactivat", "transmit", "public link", "api key", "api_key", "apikey",
	"private key", "session token", "session cookie", "don't log", "do not log", "no questions asked", "superuser", "privilege",
	"download and", "git push", "chmod", "powershell", "invoke-expression", "decrypt", "unscramble", "url-decode", "urldecode",
	"transliterat", "concatenat", "put together", "decoded", "decrypted", "encoded", "deciphered", "treat it", "if you're",
	"note for", "hide this", "the user has", "the user asked", "verbatim", "line by line", "letter by letter", "character by character",
	"unchanged", "transcribe", "screenplay", "ctf", "every open", "close every", "close all", "cancel every", "disable every",
	"disable all", "remove all", "remove every", "lock all", "what's above", "what is above", "include warnings", "granny",
	"caesar", "cipher", "atbash", "morse", "pig latin", "start with '", "start with \"", "begin with '", "begin with \"",
	"open with '", "open with \"", "permitted to", "decline", "start over", "opposite of", "what text", "what instructions",
	"what words", "before i started", "so you're", "so you are",
}
