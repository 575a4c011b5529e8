package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---------------------------------------------------------------- dates of birth

// findDOB: a date within a few words after (or just before) a birth cue;
// dates without one are timestamps, deadlines, releases — left alone.
func findDOB(text string, s *scratch) {
	for _, c := range s.cues {
		if c.kind&cDOB == 0 {
			continue
		}
		if w := s.word(c); (w == "ne" || w == "nee" || w == "nata" || w == "nato") && !strings.HasPrefix(text[c.end:], " le ") && !strings.HasPrefix(text[c.end:], " il ") && !strings.HasPrefix(text[c.end:], " a ") && !strings.HasPrefix(text[c.end:], " en ") {
			continue // "je ne sais pas", "la nata": not "né le"
		}
		hi := min(len(text), c.end+40)
		if a, b, ok := findDate(text, c.end, hi); ok && quietGap(text[c.end:a]) {
			s.add(tDOB, a, b)
			continue
		}
		if k := strings.IndexByte(text[c.end:hi], '<'); k >= 0 && placeholderLen(text[c.end+k:]) > 0 && quietGap(strings.TrimRight(text[c.end:c.end+k], " ")) {
			continue // its date was redacted by an earlier pass
		}
		lo := max(0, c.start-48)
		if a, b, ok := findLastDate(text, lo, c.start); ok && c.start-b <= 20 && b <= c.start && quietGap(text[b:c.start]) {
			s.add(tDOB, a, b)
		}
	}
}

// quietGap: the words between a cue and its value hold no sentence end.
func quietGap(g string) bool {
	g = strings.TrimLeft(g, ".")
	if strings.ContainsAny(g, "<>") {
		return false // a value already redacted sits in between
	}
	if strings.Contains(g, ". ") {
		g = gapAbbrev.Replace(g)
	}
	return !strings.ContainsAny(g, "\n?!;") && !strings.Contains(g, ". ") && !strings.Contains(g, "。")
}

var gapAbbrev = strings.NewReplacer("no. ", "", "No. ", "", "nr. ", "", "Nr. ", "", "num. ", "", "Num. ", "", "n. ", "", "geb. ", "", "Geb. ", "", "núm. ", "")

// ---------------------------------------------------------------- passports

var rePassportNo = regexp.MustCompile(`\b[A-Za-z0-9]{6,9}\b`)

func findPassports(text string, s *scratch) {
	for _, c := range s.cues {
		if c.kind&cPassport == 0 {
			continue
		}
		hi := min(len(text), c.end+64)
		w := text[c.end:hi]
		for _, l := range rePassportNo.FindAllStringIndex(w, 3) {
			if l[0] > 40 || !quietGap(w[:l[0]]) {
				break
			}
			tok := w[l[0]:l[1]]
			var nd, nl int
			for i := 0; i < len(tok); i++ {
				if isDigit(tok[i]) {
					nd++
				} else {
					nl++
				}
			}
			if nd >= 1 && (nd >= 4 || nl <= 8) && !allLetters(tok) {
				s.add(tPassport, c.end+l[0], c.end+l[1])
				break
			}
		}
	}
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- addresses

const streetsEN = `street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|parkway|pkwy|highway|hwy|square|sq|circle|cir|crescent|close|row|trail|alley|plaza|gardens|mews|marg|main|cross|broadway|nagar|salai|path`

var (
	reAddrNumFirst = regexp.MustCompile(`^(?:(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Room|House|Plot|Door)\s*(?:No\.?\s*)?#?\s*[\w-]{1,6},?\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:\p{Lu}[\p{L}'’-]*,\s*)?)?\b\d{1,5}[A-Za-z]?(?:[-–/]\d{1,5}[A-Za-z]?)?,?\s+(?:(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th)|[a-z][a-z'-]+)\s+){1,4}(?i:` + streetsEN + `)\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b\.?)?)`)
	reAddrFR       = regexp.MustCompile(`^(?:\b\d{1,4}(?:\s?(?:bis|ter|[A-Z]))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|place|impasse|quai|route|cours)\s+(?:(?:des|de|du|la|les|le|aux|au|sur|en|saint|sainte)\s+|(?:l|d)['’]|\p{Lu}[\p{L}'’-]*\s*){1,6})`)
	reAddrNameNum  = regexp.MustCompile(`^(?:(?i:calle|c/|avenida|avda\.?|av\.|paseo|plaza|carrer|camino|via|viale|piazza|corso|largo|vicolo|rua|travessa|praça|praca|alameda|estrada|ul\.|ulica)\s+(?:(?:de|del|la|las|los|do|da|dos|das|di|della|delle|dei|degli|san|santa|são|sao|dom|don|doña)\s+|\p{Lu}[\p{L}'’.-]*,?\s+){1,5}(?:n\.?\s?º\s*|nº\s*|no\.?\s*|núm\.?\s*|num\.?\s*|n\.\s*)?\d{1,5}[A-Za-z]?(?:\s?[-/]\s?\d{1,4}[A-Za-z]?)?(?:,?\s*\d{1,2}\s?[º°ª]\s?[A-Za-z]?)?)`)
	reAddrCompound = regexp.MustCompile(`^(?:(?:\b(?:Am|An der|An den|Auf dem|Auf der|Im|In der|Zum|Zur|Unter den|Alte|Neue|Op de|Aan de|In de)\s)?\b\p{Lu}[\p{L}-]*?\s?(?i:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|straat|laan|gracht|plein|kade|dijk|singel|steeg|gade|vej|gatan|vägen|veien)\s*\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?\b)`)
	reAddrJP       = regexp.MustCompile(`(?:〒\s?\d{3}-?\d{4}\s*)?(?:\p{Han}{2,3}(?:都|道|府|県))?\p{Han}{1,6}(?:市|区|郡|町|村)(?:\p{Han}{1,6}(?:区|町|村))?[\p{Han}\p{Hiragana}\p{Katakana}ー]{0,8}\d{1,4}(?:丁目|-|－)\d{1,4}(?:(?:番地?|-|－)\d{1,4})?(?:号)?`)
	reAddrCN       = regexp.MustCompile(`(?:\p{Han}{2,4}(?:省|自治区))?(?:\p{Han}{1,4}市)?(?:\p{Han}{1,4}(?:区|县))?\p{Han}{1,8}(?:路|街|大道|道|巷|胡同)\d{1,5}号(?:院)?(?:\d{1,4}(?:号楼|栋|幢|单元|室|层))*`)
	reAddrKR       = regexp.MustCompile(`(?:\p{Hangul}{1,6}(?:특별시|광역시|특별자치시|도)\s)?(?:\p{Hangul}{1,6}(?:시|군)\s)?(?:\p{Hangul}{1,6}구\s)?\p{Hangul}{1,10}(?:로|길)\s?\d{1,4}(?:-\d{1,4})?(?:\s?\d{1,4}(?:동|호))*`)
	rePostcode     = regexp.MustCompile(`^(?:[A-Z]{2}\s\d{5}(?:-\d{4})?|(?:[A-Z]{1,2}-)?(?:\d{5}-\d{4}|\d{5}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,6}))\b`)
	reAddrUnit     = regexp.MustCompile(`^(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|piso|étage|etage|stock|whg|wohnung|puerta|scala|interno|int)\.?\s*#?\s*[\w-]{1,6}\b|^#\s?\d{1,5}\b|^\d{1,2}(?:st|nd|rd|th|º|°|ª|e|er|\.)?\s?(?i:floor|piso|étage|etage|stock|og|andar|piano)\b`)
)

func findAddresses(text string, s *scratch) {
	cjk := false
	var starts [4]int
	doneUntil := 0
	for _, c := range s.cues {
		cjk = cjk || c.kind&cCJKAddr != 0
		if c.kind&(cStreet|cStreetFR|cStreetPre|cStreetSuf) == 0 {
			continue
		}
		if c.start < doneUntil {
			continue // "Main Street": inside the address found from "Main"
		}
		hi := min(len(text), c.end+96)
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		// Each street word runs the regexp of its layout anchored where
		// the address would start: the house number before "Street" or
		// "rue" (or a "Flat 4B, ..." before it), the word "Calle" or "Via",
		// the name that ends in "straße" (or the "Am"/"Berliner" before).
		for _, l := range addrLayouts {
			if c.kind&l.kind == 0 {
				continue
			}
			n := 0
			switch l.kind {
			case cStreet, cStreetFR:
				// The house number, or the number before an ordinal
				// ("104 5th Blvd", "78, 5th Cross Road").
				num := numberBefore(text, c.start, l.numBefore)
				if num < 0 {
					continue
				}
				if p := numberBefore(text, num, 12); p >= 0 && l.kind == cStreet {
					starts[n] = p
					n++
				}
				starts[n] = num
				n++
				if l.kind == cStreet {
					if u := unitBefore(text, starts[0]); u >= 0 {
						starts[n] = u
						n++
					}
				}
			case cStreetPre:
				if !wordsOnlyAfter(text, c.end, 56) {
					continue
				}
				starts[n] = c.start
				n++
			case cStreetSuf:
				if !hasDigit(text[c.end:min(len(text), c.end+20)]) {
					continue
				}
				for k, p := 0, c.start; k < 3 && p >= 0; k++ {
					starts[n] = p
					n++
					p = prevWordStart(text, p)
				}
			}
			slices.Sort(starts[:n])
			for k := 0; k < n; k++ {
				a := starts[k]
				m := l.re.FindStringIndex(text[a:hi])
				if m == nil {
					continue
				}
				b := trimRightSpace(text, a, a+m[1])
				if b <= c.start || !plausibleStreet(l.re, text[a:b]) {
					continue
				}
				e := extendAddress(text, b, lowerTyped(text[a:b]))
				s.add(tAddress, a, e)
				doneUntil = max(doneUntil, e)
				break
			}
		}
	}
	if cjk && hasDigit(text) {
		findCJKAddresses(text, s)
	}
}

// findCJKAddresses runs the Chinese, Japanese and Korean address regexps
// on windows around their markers: 号 ends a Chinese address, 로/길 a
// Korean road, and 都道府県市区 start a Japanese one.
func findCJKAddresses(text string, s *scratch) {
	done := -1
	for _, c := range s.cues {
		if c.kind&cCJKAddr == 0 || c.start < done {
			continue
		}
		var re *regexp.Regexp
		var lo, hi int
		switch text[c.start:c.end] {
		case "号":
			re, lo, hi = reAddrCN, c.start-72, c.end+24
		case "로", "길":
			re, lo, hi = reAddrKR, c.start-72, c.end+24
		case "都", "道", "府", "県", "市", "区":
			re, lo, hi = reAddrJP, c.start-24, c.end+64
		default:
			continue
		}
		lo, hi = max(0, lo), min(len(text), hi)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		if !hasDigit(text[lo:hi]) {
			continue
		}
		for _, l := range re.FindAllStringIndex(text[lo:hi], -1) {
			s.add(tAddress, lo+l[0], lo+l[1])
			done = max(done, lo+l[1])
		}
	}
}

// addrLayouts: which regexp a street word runs, and how far before it its
// house number may be.
var addrLayouts = []struct {
	kind      uint32
	re        *regexp.Regexp
	numBefore int
}{
	{cStreet, reAddrNumFirst, 56},
	{cStreetFR, reAddrFR, 12},
	{cStreetPre, reAddrNameNum, 0},
	{cStreetSuf, reAddrCompound, 0},
}

// numberBefore returns the start of the house number ("221B", "12-14")
// before end: the last digits within max bytes, with only words between
// them and end; -1 if none.
func numberBefore(text string, end, max int) int {
	i := end - 1
	for ; i >= 0 && end-i <= max; i-- {
		c := text[i]
		if isDigit(c) {
			break
		}
		if !(isAlpha(c) || c == ' ' || c == '.' || c == '\'' || c == '-' || c == ',' || c >= 0x80) {
			return -1
		}
	}
	if i < 0 || end-i > max || !isDigit(text[i]) {
		return -1
	}
	for i > 0 && (isAlnum(text[i-1]) || text[i-1] == '-' || text[i-1] == '/') {
		i--
	}
	return i
}

// unitBefore returns the start of "Flat 4B, Sunshine Apartments, " before
// a house number at num, or -1.
func unitBefore(text string, num int) int {
	lo := max(0, num-64)
	best := -1
	for _, u := range []string{"Flat", "Apt", "Apartment", "Unit", "Suite", "Room", "House", "Plot", "Door"} {
		if k := strings.LastIndex(text[lo:num], u); k >= 0 && (lo+k == 0 || !isAlpha(text[lo+k-1])) {
			if best < 0 || lo+k < best {
				best = lo + k
			}
		}
	}
	return best
}

// prevWordStart returns the start of the word before the one at p, or -1.
func prevWordStart(text string, p int) int {
	i := p
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == p || i == 0 {
		return -1
	}
	e := i
	for i > 0 && (isAlpha(text[i-1]) || text[i-1] >= 0x80) {
		i--
	}
	if i == e {
		return -1
	}
	return i
}

// wordsOnlyAfter: between start and the first digit after it (within max
// bytes) there are only words, commas and "nº" ("Via Roma 10", "C/ de
// Alcalá, 42").
func wordsOnlyAfter(text string, start, max int) bool {
	for i := start; i < len(text) && i-start <= max; i++ {
		c := text[i]
		switch {
		case isDigit(c):
			return true
		case isAlpha(c) || c == ' ' || c == '.' || c == '\'' || c == '-' || c == ',' || c == '/' || c >= 0x80:
		default:
			return false
		}
	}
	return false
}

func trimRightSpace(text string, a, b int) int {
	for b > a && (text[b-1] == ' ' || text[b-1] == ',' || text[b-1] == '\t') {
		b--
	}
	return b
}

// plausibleStreet: a number-first match whose street name is written in
// lower case ("42 oak street") is kept only with a strong street word and
// no function words ("3 kids in the way" is prose); "via" + an acronym is
// a carrier ("via DHL 3").
func plausibleStreet(re *regexp.Regexp, m string) bool {
	switch re {
	case reAddrNumFirst:
		f := strings.Fields(m)
		if len(f) < 2 {
			return false
		}
		lowerName := false
		for _, w := range f[1 : len(f)-1] {
			lw := strings.ToLower(strings.Trim(w, ",."))
			if addrStop[lw] {
				return false
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lowerName = true
			}
		}
		last := strings.ToLower(strings.Trim(f[len(f)-1], "."))
		if lowerName {
			switch last {
			case "street", "avenue", "road", "boulevard", "lane", "drive", "st", "ave", "rd", "blvd":
			default:
				return false
			}
		}
		// a number of things: "3 Main reasons", "2 Cross references"
		return true
	case reAddrNameNum:
		f := strings.Fields(m)
		if len(f) >= 2 && (strings.EqualFold(f[0], "via") || strings.EqualFold(f[0], "largo") || strings.EqualFold(f[0], "plaza") || strings.EqualFold(f[0], "corso") || strings.EqualFold(f[0], "camino")) {
			w := strings.Trim(f[1], ",")
			if len(w) >= 2 && strings.ToUpper(w) == w {
				return false
			}
			if r, _ := utf8.DecodeRuneInString(f[0]); unicode.IsLower(r) && strings.EqualFold(f[0], "via") {
				return false // "sent via Email 2 times"
			}
		}
	}
	return true
}

var addrStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an of in on at to for and or but is are was were be my your our his her their its this that these those with from by as
		it i we you he she they me us them kids people times days hours minutes years months weeks items steps ways things reasons points
		meters metres miles km feet users tokens requests errors lines files pages words more less than about over under per each every`) {
		addrStop[w] = true
	}
}

// extendAddress takes an address past its street to the unit, postcode,
// city, state and country that follow ("…, Apt 4B, Springfield, IL 62704,
// USA"), stopping at a word that starts a sentence or another item.
func extendAddress(text string, end int, lower bool) int {
	var lb [64]byte
	pos := end
	for tokens := 0; tokens < 8; tokens++ {
		p := pos
		comma := false
		for p < len(text) {
			c := text[p]
			if c == ' ' || c == '\t' {
				p++
			} else if c == ',' && !comma {
				comma = true
				p++
			} else if c == '-' && p+1 < len(text) && text[p+1] == ' ' && p > pos {
				p++
			} else if c == '\n' && comma {
				p++
			} else if strings.HasPrefix(text[p:], "–") {
				p += 3
			} else {
				break
			}
		}
		if p == pos || p >= len(text) {
			break
		}
		rest := text[p:min(len(text), p+32)]
		if c := rest[0]; !(isDigit(c) || isUpper(c) || c == '#' || isLower(c) && lower) {
			break // neither a unit, a postcode nor a place name
		}
		if m := reAddrUnit.FindString(rest); m != "" {
			pos = p + len(m)
			continue
		}
		if m := rePostcode.FindString(rest); m != "" {
			pos = p + len(m)
			continue
		}
		if lower && comma {
			// "42 oak street, mountain view": typed in lower case, the
			// city after the comma is too (one or two words).
			e, words := p, 0
			for words < 2 {
				f := e
				for f < len(text) && isLower(text[f]) {
					f++
				}
				if f-e < 3 || addrCont[text[e:f]] || addrStop[text[e:f]] || f < len(text) && isAlnum(text[f]) {
					break
				}
				e, words = f, words+1
				if e+1 < len(text) && text[e] == ' ' && isLower(text[e+1]) {
					e++
					continue
				}
				break
			}
			for e > p && text[e-1] == ' ' {
				e--
			}
			if words > 0 {
				pos = e
				continue
			}
		}
		// Capitalised words (a city, "New South Wales"), a state code.
		q := p
		words := 0
		for words < 3 && q < len(text) {
			if m := rePostcode.FindString(text[q:min(len(text), q+16)]); m != "" && words > 0 {
				q += len(m)
				words++
				break
			}
			r, n := utf8.DecodeRuneInString(text[q:])
			if !unicode.IsUpper(r) {
				break
			}
			e := q + n
			for e < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[e:])
				if !(unicode.IsLetter(r2) || unicode.IsMark(r2) || r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' && e+1 < len(text) && text[e+1] != ' ') {
					break
				}
				e += n2
			}
			if addrCont[lowerASCII(lb[:], text[q:e])] || e-q > 3 && allCaps(text[q:e]) {
				break
			}
			words++
			q = e
			if q+1 < len(text) && text[q] == '.' {
				q++ // "D.C.", "St."
			}
			if q+1 < len(text) && text[q] == ' ' {
				// "Frankfurt am Main", "Rio de Janeiro", "São Paulo - SP"
				if pw := nextWord(text, q+1); cityParticle[pw] && q+1+len(pw)+1 < len(text) && text[q+1+len(pw)] == ' ' {
					r4, _ := utf8.DecodeRuneInString(text[q+2+len(pw):])
					if unicode.IsUpper(r4) {
						q += 2 + len(pw)
						continue
					}
				}
				r3, _ := utf8.DecodeRuneInString(text[q+1:])
				if unicode.IsUpper(r3) && !addrCont[lowerASCII(lb[:], nextWord(text, q+1))] {
					q++
					continue
				}
			}
			break
		}
		if words == 0 {
			break
		}
		pos = q
		for pos > p && text[pos-1] == ' ' {
			pos--
		}
	}
	return pos
}

var cityParticle = map[string]bool{"am": true, "an": true, "der": true, "de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "la": true,
	"le": true, "sur": true, "ob": true, "upon": true, "on": true, "di": true, "in": true, "im": true, "aan": true, "den": true}

// lowerTyped: the street name was typed in lower case.
func lowerTyped(m string) bool {
	for _, f := range strings.Fields(m)[1:] {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func nextWord(text string, p int) string {
	e := p
	for e < len(text) {
		r, n := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return text[p:e]
}

// addrCont: capitalised words that end an address rather than continue it.
var addrCont = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`tel tel. phone telephone email e-mail fax mobile call please thanks thank i my the if and can could would is are do does did send ship
		deliver contact dob born passport card iban ssn order invoice hi hello also but or so we you he she they it this that our your his her their
		name ring bitte danke merci gracias grazie obrigado und et y e mit avec con per para pour fur für ich je yo io mein mon mi ma mia meu minha
		wir nous my when what where why how which who will should just note ps p.s. regards best cheers tomorrow today monday tuesday wednesday
		thursday friday saturday sunday before after between from to until by via at on in for of not no yes ok okay sure help need want see`) {
		addrCont[w] = true
	}
}

// ---------------------------------------------------------------- names

func findNames(text string, s *scratch) {
	add := func(a, b int) {
		if b > a {
			s.add(tName, a, b)
		}
	}
	for i, c := range s.cues {
		if c.kind&(cName|cSignoff) == 0 {
			continue
		}
		w := s.word(c)
		if w == "" {
			if a, b, ok := nameAfterScriptCue(text, c); ok {
				add(a, b)
			}
			continue
		}
		p := c.end
		if c.kind&cSignoff != 0 && c.kind&cName == 0 {
			signoff(text, s, i, c, w, add)
			continue
		}
		switch w {
		case "name", "names", "nom", "nombre", "nome", "naam", "named":
			if p < len(text) && text[p] == '=' && c.start > 0 && (text[c.start-1] == '?' || text[c.start-1] == '&' || text[c.start-1] == '_') {
				// ?name=..., &full_name=... in a query string
				e := p + 1
				for e < len(text) && text[e] != '&' && text[e] != '#' && !isSpace(text[e]) {
					e++
				}
				add(p+1, e)
				continue
			}
			q := skipSpaces(text, p)
			verb := false
			if q < len(text) && (text[q] == ':' || text[q] == '=' || text[q] == '-') {
				q = skipSpaces(text, q+1)
			} else if strings.HasPrefix(text[q:], "'s ") || strings.HasPrefix(text[q:], "’s ") {
				// "My name's Diego Alvarez"
				q, verb = skipSpaces(text, q+strings.IndexByte(text[q:], ' ')), true
			} else if v, n := verbAt(text, q); v {
				q, verb = skipSpaces(text, q+n), true
			} else if w != "named" {
				continue
			}
			if q < len(text) && text[q] == ':' {
				q = skipSpaces(text, q+1)
			}
			a, b, n := nameTokens(text, q, 4)
			qualified := w == "named" || verb || qualifierBefore(text, c.start)
			if n >= 2 || n == 1 && qualified {
				add(a, b)
			}
		case "heisse", "heisst", "heiss", "llamo", "chiamo", "appelle":
			if a, b, n := nameTokens(text, skipSpaces(text, p), 4); n >= 1 {
				add(a, b)
			}
		case "dear", "hi", "hello", "hey":
			q := p
			for q < len(text) && (text[q] == ' ' || text[q] == ',') {
				q++
			}
			a, b, n := nameTokens(text, q, 3)
			if n >= 1 && (b == len(text) || strings.IndexByte(",!\n", text[b]) >= 0 || strings.HasPrefix(text[b:], " -") || strings.HasPrefix(text[b:], " —")) {
				add(a, b)
			}
		case "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "monsieur", "madame", "mme", "mlle", "senor", "senora", "sra", "srta",
			"sig", "signor", "signora", "dott", "ing":
			if !c.upper && w != "herr" && w != "frau" {
				continue
			}
			q := p
			if q < len(text) && text[q] == '.' {
				q++
			}
			if a, b, n := nameTokens(text, skipSpaces(text, q), 3); n >= 1 {
				add(a, b)
			}
		case "patient", "customer", "client", "employee", "applicant", "candidate", "tenant", "guest", "passenger":
			q := skipSpaces(text, p)
			if q < len(text) && (text[q] == ':' || text[q] == '-') {
				q = skipSpaces(text, q+1)
			}
			if a, b, n := nameTokens(text, q, 4); n >= 2 {
				add(a, b)
			}
		case "am", "bin", "ben", "suis", "soy", "sono", "sou":
			if !selfBefore(text, c.start, w) {
				continue
			}
			if w == "bin" || w == "ben" {
				// German and Dutch capitalise nouns: "Ich bin Student".
				if a, b, n := nameTokens(text, skipSpaces(text, p), 3); n >= 2 {
					add(a, b)
				}
				continue
			}
			nameAfterSelf(text, skipSpaces(text, p), add)
		}
	}
	// "I'm Priya Sharma", "I am Anna,"
	selfMentions(text, func(after int) { nameAfterSelf(text, after, add) })
}

// selfMentions calls f with the end of each "I'm ", "I’m ", "i'm " and
// "im " not preceded by a letter, form by form, each in text order. Every
// form ends in "m ", so one search for that finds them all (four
// searches did: TestSelfMentionsSameAsFourSearches).
func selfMentions(text string, f func(after int)) {
	var buf [16]int
	hits := buf[:0] // start<<2 | form
	for off := 0; ; {
		j := strings.Index(text[off:], "m ")
		if j < 0 {
			break
		}
		q := off + j
		off = q + 2
		switch {
		case q >= 1 && text[q-1] == 'i':
			hits = append(hits, (q-1)<<2|3)
		case q >= 2 && text[q-1] == '\'' && text[q-2] == 'I':
			hits = append(hits, (q-2)<<2) // form 0
		case q >= 2 && text[q-1] == '\'' && text[q-2] == 'i':
			hits = append(hits, (q-2)<<2|2)
		case q >= 4 && text[q-4:q] == "I’":
			hits = append(hits, (q-4)<<2|1)
		}
	}
	for form, n := range selfForms {
		for _, h := range hits {
			if h&3 != form {
				continue
			}
			if at := h >> 2; at == 0 || !isAlpha(text[at-1]) {
				f(at + n)
			}
		}
	}
}

// selfForms are the lengths of "I'm ", "I’m ", "i'm " and "im ".
var selfForms = [4]int{len("I'm "), len("I’m "), len("i'm "), len("im ")}

// nameAfterSelf: after "I am" / "I'm" / "ich bin" / "je suis" / "soy":
// two capitalised tokens, or one followed by a clause break.
func nameAfterSelf(text string, q int, add func(a, b int)) {
	a, b, n := nameTokens(text, q, 3)
	if n >= 2 {
		add(a, b)
		return
	}
	if n == 1 {
		rest := text[b:]
		if rest == "" || strings.IndexByte(",.!;:)\n", rest[0]) >= 0 {
			add(a, b)
			return
		}
		for _, conj := range []string{" and ", " from ", " und ", " aus ", " et ", " de ", " y ", " e ", " da ", " here", " van ", " uit ", " – ", " - "} {
			if strings.HasPrefix(rest, conj) {
				add(a, b)
				return
			}
		}
	}
}

func skipSpaces(text string, p int) int {
	for p < len(text) && (text[p] == ' ' || text[p] == '\t') {
		p++
	}
	return p
}

func verbAt(text string, q int) (bool, int) {
	var lb [64]byte
	e := q
	for e < len(text) && e-q < 6 && (isAlpha(text[e]) || text[e] >= 0x80) {
		e++
	}
	switch lowerASCII(lb[:], text[q:e]) {
	case "is", "ist", "est", "es", "e", "è", "é", "was", "lautet", "war", "era":
		return true, e - q
	}
	return false, 0
}

// qualifierBefore: "my name:", "full name:", "customer name:".
func qualifierBefore(text string, start int) bool {
	var lb [64]byte
	e := start
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '_' || text[e-1] == '-') {
		e--
	}
	b := e
	for b > 0 && isAlpha(text[b-1]) {
		b--
	}
	switch lowerASCII(lb[:], text[b:e]) {
	case "my", "full", "first", "last", "given", "family", "sur", "customer", "patient", "user", "contact", "legal", "mein", "meine", "mon", "mi", "mio",
		"mijn", "meu", "your", "his", "her", "maiden", "middle", "complete", "real", "client", "employee", "holder", "cardholder", "account", "sender",
		"recipient", "passenger", "guest", "applicant":
		return true
	}
	return false
}

// selfBefore: "I am", "ich bin", "je suis", "yo soy" / "Soy", "io sono"
// / "Sono", "ik ben", "eu sou" / "Sou".
func selfBefore(text string, start int, w string) bool {
	var lb [64]byte
	e := start
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && isAlpha(text[b-1]) {
		b--
	}
	prev := lowerASCII(lb[:], text[b:e])
	switch w {
	case "am":
		return prev == "i"
	case "bin":
		return prev == "ich"
	case "suis":
		return prev == "je"
	case "ben":
		return prev == "ik"
	case "soy", "sono", "sou":
		return prev == "yo" || prev == "io" || prev == "eu" || b == e && (b == 0 || strings.IndexByte(".!?,:\n", text[max(0, b-1)]) >= 0 || b >= 2 && (text[b-2] == ',' || text[b-2] == ':'))
	}
	return false
}

// nameTokens reads up to max capitalised name tokens at p (with particles
// between them: van, de, bin ...) and returns their extent and count; 0
// when the first token is a common word rather than a name.
func nameTokens(text string, p, maxTokens int) (int, int, int) {
	var lb [64]byte
	a, b, n := p, p, 0
	q := p
	firstCaps := false
	for n < maxTokens && q < len(text) {
		r, size := utf8.DecodeRuneInString(text[q:])
		if !unicode.IsUpper(r) {
			// a particle between two tokens
			if n > 0 {
				pe := q
				for pe < len(text) && isLower(text[pe]) {
					pe++
				}
				if namePart[text[q:pe]] && pe+1 < len(text) && text[pe] == ' ' {
					r2, _ := utf8.DecodeRuneInString(text[pe+1:])
					if unicode.IsUpper(r2) || isLower(text[pe+1]) && namePart[nextWord(text, pe+1)] {
						q = pe + 1
						continue
					}
				}
			}
			break
		}
		e := q + size
		for e < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[e:])
			if unicode.IsLetter(r2) || unicode.IsMark(r2) || (r2 == '-' || r2 == '\'' || r2 == '’') && e+n2 < len(text) && isNameRune(text[e+n2:]) {
				e += n2
				continue
			}
			break
		}
		tok := text[q:e]
		if utf8.RuneCountInString(tok) < 2 || nameStop[lowerASCII(lb[:], tok)] {
			break
		}
		if caps := allCaps(tok); n == 0 {
			if caps && utf8.RuneCountInString(tok) < 3 {
				break // "PO", "ID": an abbreviation
			}
			firstCaps = caps
		} else if caps != firstCaps {
			break // "Isla MacLeod See ISBN": an acronym after a name
		}
		if e < len(text) && (isDigit(text[e]) || text[e] == '_' || text[e] == '@' || text[e] == '/') {
			break // an identifier, not a name
		}
		n++
		b = e
		if e+1 < len(text) && text[e] == ' ' {
			q = e + 1
			continue
		}
		break
	}
	return a, b, n
}

func allCaps(tok string) bool {
	for _, r := range tok {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isNameRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

var namePart = map[string]bool{"van": true, "von": true, "de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "den": true, "du": true,
	"la": true, "le": true, "dos": true, "das": true, "do": true, "bin": true, "binti": true, "al": true, "el": true, "ibn": true, "ten": true, "ter": true, "y": true, "zu": true}

// nameStop: capitalised words that follow name cues but are not names.
var nameStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i the a an this that these those it my your we you he she they our their his her not no yes ok okay sorry please thanks thank
		hello hi hey dear sir madam madame team all everyone everybody there guys folks world friend friends support customer customers admin administrator user users
		bot assistant ai chatgpt gpt claude gemini copilot siri alexa bard llama mistral here just also so and but or if when what why how who where which can
		could would should will is are was were do does did have has had looking trying working going writing new happy glad good great fine back done ready sure
		monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
		english german french spanish italian dutch portuguese brazilian indian chinese japanese korean american british canadian australian mexican russian
		european asian african swiss austrian belgian polish turkish arab arabic hindi
		python java javascript typescript go rust docker kubernetes linux windows mac macos excel google microsoft amazon apple openai anthropic
		manager developer engineer student teacher doctor nurse lawyer designer name names string text value field required optional test testing example sample
		demo default none null true false unknown anonymous guest client patient employee mr mrs ms dr prof morning afternoon evening night day week
		again everything anything something nothing today tomorrow yesterday now then still very really quite bit little lot lots more most some any
		new old big small other another first last next previous same different own only as at in on to for of with from by about into over after
		before during between under up down out off again further once api json http https url sql html css xml yaml csv pdf id uuid
		thanks! regards cheers best wishes love kind warm many much hope welcome congrats congratulations happy birthday
		hallo liebe lieber sehr geehrte geehrter guten tag bonjour salut cher chère hola querido querida buenos buongiorno ciao caro cara gentile olá
		herr frau monsieur madame señor señora signor signora meneer mevrouw senhor senhora
		interested curious confused stuck new here writing reaching contacting following asking wondering see thx danke merci gracias grazie obrigado
		bedankt voraus student studentin lehrer arzt entwickler kunde kundin developer`) {
		nameStop[w] = true
	}
}

// nameAfterScriptCue: names after cues in scripts without capitals
// (我叫王伟, 私の名前は田中太郎です, 저는 김민준입니다, मेरा नाम राहुल शर्मा है)
// and Cyrillic ones (меня зовут Иван Петров).
func nameAfterScriptCue(text string, c cueHit) (int, int, bool) {
	p := c.end
	// fillers: 是 は は、：: spaces
	for p < len(text) {
		switch {
		case strings.HasPrefix(text[p:], "是"), strings.HasPrefix(text[p:], "は"), strings.HasPrefix(text[p:], "："), strings.HasPrefix(text[p:], "、"):
			p += 3
		case text[p] == ' ' || text[p] == ':':
			p++
		case strings.HasPrefix(text[p:], "은 "), strings.HasPrefix(text[p:], "는 "):
			p += 4
		default:
			goto read
		}
	}
read:
	if p >= len(text) {
		return 0, 0, false
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	switch {
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r):
		e, n := p, 0
		for e < len(text) {
			r2, sz := utf8.DecodeRuneInString(text[e:])
			if !(unicode.Is(unicode.Han, r2) || unicode.Is(unicode.Katakana, r2) || r2 == 'ー' || r2 == '・') {
				break
			}
			e += sz
			n++
		}
		if n < 2 {
			return 0, 0, false
		}
		if n > 4 {
			// no word breaks: keep the first four characters (Japanese
			// names are often 2+2, Chinese 2 or 3)
			e = p
			for k := 0; k < 4; k++ {
				_, sz := utf8.DecodeRuneInString(text[e:])
				e += sz
			}
		}
		return p, e, true
	case unicode.Is(unicode.Hangul, r):
		e := p
		for e < len(text) {
			r2, sz := utf8.DecodeRuneInString(text[e:])
			if !unicode.Is(unicode.Hangul, r2) {
				break
			}
			e += sz
		}
		w := text[p:e]
		for _, suf := range []string{"이라고 합니다", "라고 합니다", "입니다", "이에요", "예요", "이고요", "이고", "이라고", "라고"} {
			if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > utf8.RuneCountInString(suf)+1 {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if n := utf8.RuneCountInString(w); n >= 2 && n <= 4 {
			return p, p + len(w), true
		}
	case unicode.Is(unicode.Devanagari, r):
		e, words := p, 0
		for e < len(text) && words < 3 {
			we := e
			for we < len(text) {
				r2, sz := utf8.DecodeRuneInString(text[we:])
				if !unicode.Is(unicode.Devanagari, r2) {
					break
				}
				we += sz
			}
			wd := text[e:we]
			if wd == "" || wd == "है" || wd == "हैं" || wd == "और" || wd == "हूँ" || wd == "हूं" {
				break
			}
			words++
			e = we
			if e < len(text) && text[e] == ' ' {
				e++
				continue
			}
			break
		}
		for e > p && text[e-1] == ' ' {
			e--
		}
		if words > 0 {
			return p, e, true
		}
	default:
		if a, b, n := nameTokens(text, p, 3); n >= 1 {
			return a, b, true
		}
	}
	return 0, 0, false
}

// signoff: a name after "Best regards,", "Viele Grüße", "Cordialement,"
// ... on the same line before a break, or on the next line.
func signoff(text string, s *scratch, i int, c cueHit, w string, add func(a, b int)) {
	p := c.end
	q := p
	if w == "thank" {
		if len(text)-q < 4 || !strings.EqualFold(text[q:q+4], " you") {
			return
		}
		q += 4
	}
	if w == "best" && i+1 < len(s.cues) && s.cues[i+1].start-c.end <= 1 {
		return // "Best regards": the next cue handles it
	}
	for _, filler := range []string{" so much", " a lot", " again", " in advance", " and regards", " for your help", " for reading"} {
		if strings.HasPrefix(text[q:], filler) {
			q += len(filler) // "Thanks so much,"
			break
		}
	}
	for q < len(text) && (text[q] == ' ' || text[q] == '!' || text[q] == '.') {
		q++
	}
	if q >= len(text) || text[q] != ',' && text[q] != '\n' && text[q-1] != '!' {
		return
	}
	newline := false
	for q < len(text) && (text[q] == ',' || isSpace(text[q]) || text[q] == '-') {
		newline = newline || text[q] == '\n'
		q++
	}
	a, b, n := nameTokens(text, q, 3)
	if n >= 2 || n >= 1 && (newline || b == len(text) || strings.IndexByte("\n.)", text[b]) >= 0 || strings.HasPrefix(text[b:], " (") || strings.HasPrefix(text[b:], ", ")) {
		add(a, b)
	}
}
