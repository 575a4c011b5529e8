package redact

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// match is a detection: [start, end) of kind (a Counts index).
type match struct{ start, end, kind int }

// cue kinds: words that make a nearby candidate one type or another.
const (
	cPhone      uint32 = 1 << iota // tel, phone, call, Handy, 电话 ...
	cSSN                           // ssn, social security
	cPassport                      // passport, Reisepass, 护照 ...
	cNatID                         // aadhaar, bsn, steuer-id, cpf, 身份证 ...
	cDOB                           // born, dob, geboren, 生年月日 ...
	cStreet                        // street, road, rue, calle, straße ...
	cAddrWord                      // address, apt, suite, flat, zip ...
	cName                          // name, dear, mr, ich heiße, 我叫 ...
	cSignoff                       // regards, thanks, cheers ...
	cPassword                      // password, passwd, pwd, contraseña, 密码 ...
	cSecret                        // secret, token, api key, credential ...
	cAWS                           // aws
	cIP                            // ip, host, server, ping, ssh ...
	cVersion                       // version, release, build, python, chrome ...
	cNumber                        // order, invoice, ticket, ref, sku ... (not a phone)
	cKeyPrefix                     // sk, ghp, xoxb, AKIA, AIza, glpat ... (API keys)
	cBearer                        // bearer
	cCJKAddr                       // 路, 号, 丁目, 区, 로, 길 ...
	cNumberWord                    // "number", "no", "nr", "#": weak phone cue
	cStreetFR                      // rue, avenue, boulevard, chemin ... (number before)
	cStreetPre                     // calle, via, rua, piazza ... (name, then number)
	cStreetSuf                     // Hauptstraße, Lindenweg, Keizersgracht (number after)
)

type cueHit struct {
	start, end int
	kind       uint32
	upper      bool // the word began with an upper-case letter
	wo, wl     int  // the folded word: arena[wo:wo+wl]
}

// scratch is the per-call working memory, pooled so that a call on clean
// text allocates nothing.
type scratch struct {
	ms   []match // the merged result
	raw  []match // detections before merging
	cues []cueHit

	hasAt, hasColon, hasDotQuad, hasUpDigit, hasDash5, hasPct, hasBackslashU, hasNonASCII, hasEq, hasQueryPlus bool

	maxRun             int   // digits in the longest run of digits and separators
	b64At              []int // starts of runs of exactly 40 base64 characters
	cueMask            uint32
	wbuf               [32]byte
	arena              []byte // the folded cue words
	merged             bool   // merge joined overlapping detections
	hasDashP, hasObfAt bool   // " -p" (mysql -p...), "[at]"/"(at)"
	hasBackslash       bool
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

func putScratch(s *scratch) {
	if cap(s.ms) > 4096 || cap(s.raw) > 4096 || cap(s.cues) > 4096 || cap(s.b64At) > 1024 || cap(s.arena) > 64<<10 {
		return // do not keep a huge one
	}
	scratchPool.Put(s)
}

func (s *scratch) reset() {
	s.ms, s.raw, s.cues, s.b64At, s.arena = s.ms[:0], s.raw[:0], s.cues[:0], s.b64At[:0], s.arena[:0]
	s.hasQueryPlus, s.merged, s.hasDashP, s.hasObfAt, s.hasBackslash = false, false, false, false, false
	s.hasAt, s.hasColon, s.hasDotQuad, s.hasUpDigit, s.hasDash5, s.hasPct, s.hasBackslashU, s.hasNonASCII, s.hasEq = false, false, false, false, false, false, false, false, false
	s.maxRun, s.cueMask = 0, 0
}

// latin1Fold maps the second byte of a two-byte UTF-8 sequence starting
// 0xC3 (U+00C0..U+00FF) to its ASCII base letter (lower case), 0 for
// non-letters; ß folds to "ss" (handled by the caller).
var latin1Fold = [64]byte{
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // C0-CF
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 's', // D0-DF (D7 ×, DE Þ, DF ß)
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', // E0-EF
	'd', 'n', 'o', 'o', 'o', 'o', 'o', 0, 'o', 'u', 'u', 'u', 'u', 'y', 0, 'y', // F0-FF
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isAlpha(c byte) bool { return isUpper(c) || isLower(c) }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isWord(c byte) bool  { return isAlnum(c) || c == '_' }
func isB64(c byte) bool   { return isAlnum(c) || c == '+' || c == '/' }
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// scan is the one pass over text that sets the prefilters and collects
// cue words.
func (s *scratch) scan(text string) {
	s.reset()
	run := 0     // digits in the current run of digits and separators
	dashes := 0  // consecutive '-'
	b64 := 0     // length of the current run of base64 characters
	wstart := -1 // start of the current word
	wn := 0      // bytes folded into wbuf (> len: too long)
	wupper := false
	endWord := func(end int) {
		if wstart >= 0 && wn == 1 && end < len(text) && text[end] == '/' && (text[wstart] == 'C' || text[wstart] == 'c') {
			// "C/ de Alcalá": calle
			wo := len(s.arena)
			s.arena = append(s.arena, 'c')
			s.cues = append(s.cues, cueHit{wstart, end, cStreetPre, true, wo, 1})
			s.cueMask |= cStreetPre
		}
		if wstart >= 0 && wn >= 2 && wn <= len(s.wbuf) {
			w := s.wbuf[:wn]
			var k uint32
			// A word inside a token of letters and digits (sT0uVw4 in a
			// key, 4B, v2) is no cue word; it may still start a key.
			if !(wstart > 0 && isDigit(text[wstart-1]) || end < len(text) && isDigit(text[end])) && cueShape[wn][w[0]&31]&(1<<(w[wn-1]&31)) != 0 {
				k = cueWords[string(w)]
			}
			if wn >= 6 && wupper {
				k |= streetSuffix(w)
			}
			if wn >= 9 && k == 0 {
				k |= secretSuffix(w) // PGPASSWORD, dbpassword, githubtoken
			}
			if wn >= 3 {
				k |= keyWordPrefix(text[wstart:end])
			}
			if k != 0 {
				wo := len(s.arena)
				s.arena = append(s.arena, w...)
				s.cues = append(s.cues, cueHit{wstart, end, k, wupper, wo, wn})
				s.cueMask |= k
			}
		}
		wstart, wn = -1, 0
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		// Fast paths for the bytes most text is made of.
		if isAlpha(c) {
			if wstart < 0 {
				wstart, wupper = i, isUpper(c)
			}
			if c < 'a' && i > 0 && isDigit(text[i-1]) {
				s.hasUpDigit = true
			}
			if wn < len(s.wbuf) {
				s.wbuf[wn] = c | 0x20
			}
			wn++
			run, dashes = 0, 0
			b64++
			continue
		}
		if c == ' ' {
			if wstart >= 0 {
				endWord(i)
			}
			dashes = 0
			if b64 == 40 {
				s.b64At = append(s.b64At, i-40)
			}
			b64 = 0
			if i+2 < len(text) && text[i+1] == '-' && text[i+2] == 'p' {
				s.hasDashP = true
			}
			if i+4 < len(text) && text[i+1] == 'd' && text[i+2] == 'o' && text[i+3] == 't' && text[i+4] == ' ' {
				s.hasObfAt = true // "jane at example dot com"
			}
			continue
		}
		if c == '<' {
			// A placeholder of an earlier pass (<PHONE>) is no cue.
			if n := placeholderLen(text[i:]); n > 0 {
				endWord(i)
				run, dashes, b64 = 0, 0, 0
				i += n - 1
				continue
			}
		}
		// Latin-1 letters fold into words (Straße → strasse).
		if c == 0xC3 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0xBF {
			f := latin1Fold[text[i+1]-0x80]
			if f != 0 {
				if wstart < 0 {
					wstart, wupper = i, text[i+1] < 0x9F
				}
				if text[i+1] == 0x9F { // ß
					if wn < len(s.wbuf) {
						s.wbuf[wn] = 's'
					}
					wn++
				}
				if wn < len(s.wbuf) {
					s.wbuf[wn] = f
				}
				wn++
				s.hasNonASCII = true
				i++
				run, dashes = 0, 0
				b64 = 0
				continue
			}
		}
		if wstart >= 0 {
			endWord(i)
		}
		switch {
		case isDigit(c):
			run++
			if run > s.maxRun {
				s.maxRun = run
			}
			if i >= 2 && text[i-1] == '.' && isDigit(text[i-2]) {
				s.hasDotQuad = true
			}
			if i >= 1 && isUpper(text[i-1]) || i >= 2 && text[i-1] == ' ' && isUpper(text[i-2]) {
				s.hasUpDigit = true
			}
		case c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/':
			// separators keep the digit run going
		default:
			run = 0
		}
		if c == '-' {
			dashes++
			if dashes >= 5 {
				s.hasDash5 = true
			}
		} else {
			dashes = 0
		}
		if isB64(c) {
			b64++
		} else {
			if b64 == 40 {
				s.b64At = append(s.b64At, i-40)
			}
			b64 = 0
		}
		switch c {
		case '@':
			s.hasAt = true
		case ':':
			s.hasColon = true
		case '=':
			s.hasEq = true
		case '+':
			if s.hasEq && i > 0 && i+1 < len(text) && isAlnum(text[i-1]) && isAlnum(text[i+1]) && strings.IndexByte(text[:i], '?') >= 0 {
				s.hasQueryPlus = true
			}
		case '%':
			if i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]) {
				s.hasPct = true
			}
		case '\\':
			s.hasBackslash = true
			if i+5 < len(text) && text[i+1] == 'u' {
				s.hasBackslashU = true
			}
			if i+1 < len(text) && (text[i+1] == 'n' || text[i+1] == 't' || text[i+1] == 'r') {
				i++ // an escaped line break ends a word: "\nmdp" is "mdp"
			}
		case '[', '(', '{':
			if i+3 < len(text) && (text[i+1] == 'a' || text[i+1] == 'A') && (text[i+2] == 't' || text[i+2] == 'T') {
				s.hasObfAt = true
			}
		}
		if c >= 0x80 {
			s.hasNonASCII = true
			if c >= 0xC4 && utf8.RuneStart(c) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if runeCueBloom[(r>>6)&63]&(1<<(r&63)) != 0 {
					if list, ok := runeCues[r]; ok {
						for _, rc := range list {
							if len(text)-i >= len(rc.s) && text[i:i+len(rc.s)] == rc.s {
								s.cues = append(s.cues, cueHit{i, i + len(rc.s), rc.kind, false, 0, 0})
								s.cueMask |= rc.kind
								break
							}
						}
					}
				}
				if n > 1 {
					i += n - 1
				}
			}
		}
	}
	endWord(len(text))
	if b64 == 40 {
		s.b64At = append(s.b64At, len(text)-40)
	}
}

// word returns the folded word of cue c ("" for a cue of another
// script); valid until the next scan.
func (s *scratch) word(c cueHit) string {
	if c.wl == 0 {
		return ""
	}
	return unsafe.String(&s.arena[c.wo], c.wl)
}

// placeholderLen is the length of a placeholder (<EMAIL>, <DATE_OF_BIRTH>)
// at the start of s, else 0.
func placeholderLen(s string) int {
	for i := 1; i < len(s) && i < 40; i++ {
		c := s[i]
		if c == '>' {
			if i > 1 {
				return i + 1
			}
			return 0
		}
		if !(isUpper(c) || c == '_' || isDigit(c) && i > 1) {
			return 0
		}
	}
	return 0
}

// cueNear returns the kinds of the cues that end within before bytes
// before pos or start within after bytes after end.
func (s *scratch) cueNear(start, end, before, after int) uint32 {
	var k uint32
	for _, c := range s.cues {
		if c.end <= start && start-c.end <= before || c.start >= end && c.start-end <= after {
			k |= c.kind
		}
	}
	return k
}

// lastCueBefore returns the cue nearest before pos within dist bytes whose
// kind is in mask.
func (s *scratch) lastCueBefore(pos, dist int, mask uint32) (cueHit, bool) {
	var best cueHit
	found := false
	for _, c := range s.cues {
		if c.kind&mask != 0 && c.end <= pos && pos-c.end <= dist && (!found || c.end > best.end) {
			best, found = c, true
		}
	}
	return best, found
}

func (s *scratch) add(kind, start, end int) {
	if end > start {
		s.raw = append(s.raw, match{start, end, kind})
	}
}

// merge sorts the detections and merges overlapping ones into s.ms: the
// union, typed by the higher-precedence (lower index) kind.
func (s *scratch) merge(text string) {
	if len(s.raw) == 0 {
		return
	}
	// A detection that is exactly a placeholder of an earlier pass
	// (name=<PERSON_NAME>) has nothing left to redact.
	raw := s.raw[:0]
	for _, m := range s.raw {
		if text[m.start] != '<' || placeholderLen(text[m.start:]) != m.end-m.start {
			raw = append(raw, m)
		}
	}
	s.raw = raw
	if len(s.raw) == 0 {
		return
	}
	slices.SortFunc(s.raw, func(a, b match) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	cur := s.raw[0]
	for _, m := range s.raw[1:] {
		if m.start < cur.end {
			if m.end > cur.end {
				cur.end = m.end
				s.merged = true
			}
			if m.kind < cur.kind && m.kind < numBuiltin {
				cur.kind = m.kind
			}
			continue
		}
		s.ms = append(s.ms, cur)
		cur = m
	}
	s.ms = append(s.ms, cur)
}
