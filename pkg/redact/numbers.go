package redact

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	reSSN      = regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b|\b\d{9}\b`)
	reCNID     = regexp.MustCompile(`\b\d{17}[\dXx]\b`)
	reRRN      = regexp.MustCompile(`\b\d{6}-\d{7}\b`)
	reAadhaar  = regexp.MustCompile(`\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b`)
	reCPF      = regexp.MustCompile(`\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b`)
	reDNI      = regexp.MustCompile(`\b\d{8}[- ]?[A-Za-z]\b`)
	reNIR      = regexp.MustCompile(`\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b`)
	reIDDigits = regexp.MustCompile(`\b\d[\d .-]{6,22}\d\b`)
)

// findNumbers runs the detectors of numbers on windows around runs of
// digits and separators: cards, SSNs, national IDs, IPv4, phones.
func findNumbers(r *Redactor, text string, s *scratch) {
	on := &r.on
	forDigitWindows(text, func(lo, hi, nd int, dotted bool) {
		// The digit runs of the window, read once by hand; cards, IPv4
		// addresses and phone candidates are sequences of them.
		var gs [48]group
		ng := 0
		for i := lo; i < hi && ng < len(gs); {
			if !isDigit(text[i]) {
				i++
				continue
			}
			j := i
			for j < hi && isDigit(text[j]) {
				j++
			}
			gs[ng] = group{i, j}
			ng++
			i = j
		}
		g := gs[:ng]
		if on[tCard] && nd >= 13 {
			findCards(text, g, s)
		}
		if on[tIP] && dotted {
			findIPv4(text, g, s)
		}
		if nd >= 8 && (on[tSSN] || on[tNationalID]) {
			findNumericIDs(r, text, lo, hi, g, s)
		}
		if on[tPhone] && nd >= 7 {
			findPhones(text, g, s)
		}
	})
}

// wordAt: text[i] is a letter, digit or '_' (a regexp \w).
// A placeholder's '<' and '>' count as word characters: what was glued to
// a value before it was redacted stays glued to its placeholder.
func wordAt(text string, i int) bool {
	return i >= 0 && i < len(text) && (isWord(text[i]) || text[i] == '<' || text[i] == '>')
}

// findCards: runs of digit groups joined by single spaces or dashes, 13–19
// digits, bounded by non-word characters; the longest prefix that is a
// card ("…8037 12" is a card and a count).
func findCards(text string, g []group, s *scratch) {
	for i := 0; i < len(g); i++ {
		if wordAt(text, g[i].start-1) || g[i].start > 0 && text[g[i].start-1] == '+' {
			continue // "+4915112345678" is a phone number, not a card
		}
		n, best := 0, -1
		for j := i; j < len(g); j++ {
			if j > i {
				sep := text[g[j-1].end:g[j].start]
				if len(sep) != 1 || sep[0] != ' ' && sep[0] != '-' {
					break
				}
			}
			n += g[j].end - g[j].start
			if n > 19 {
				break
			}
			if n >= 13 && !wordAt(text, g[j].end) && validCard(text[g[i].start:g[j].end]) {
				best = j
			}
		}
		if best >= 0 {
			s.add(tCard, g[i].start, g[best].end)
			i = best
		}
	}
}

// findIPv4: four groups of 1–3 digits joined by '.', each ≤ 255 without a
// leading zero, bounded by non-word characters, that read as an address in
// their context.
func findIPv4(text string, g []group, s *scratch) {
	for i := 0; i+3 < len(g); i++ {
		ok := !wordAt(text, g[i].start-1) && !wordAt(text, g[i+3].end)
		for k := i; ok && k <= i+3; k++ {
			n := g[k].end - g[k].start
			v := atoi(text[g[k].start:g[k].end])
			ok = n <= 3 && v <= 255 && (n == 1 || text[g[k].start] != '0')
			if ok && k > i {
				ok = g[k].start-g[k-1].end == 1 && text[g[k-1].end] == '.'
			}
		}
		if ok && isIPv4InContext(text, g[i].start, g[i+3].end, s) {
			s.add(tIP, g[i].start, g[i+3].end)
			i += 3
		}
	}
}

func findNumericIDs(r *Redactor, text string, lo, hi int, g []group, s *scratch) {
	w := text[lo:hi]
	on := &r.on
	// Shape of the window, so that each regexp runs only where it can
	// match: digits in all, the longest run of consecutive digits.
	nd, run, consec, dash := 0, 0, 0, false
	for i := 0; i < len(w); i++ {
		if isDigit(w[i]) {
			nd++
			run++
			consec = max(consec, run)
		} else {
			run = 0
			dash = dash || w[i] == '-'
		}
	}
	cue := func(a int) uint32 { return s.cueNear(a, a, 48, 0) }
	if on[tSSN] && nd >= 9 && (hasShape(g, 9) || hasShape(g, 3, 2, 4)) {
		for _, l := range reSSN.FindAllStringIndex(w, -1) {
			a, b := lo+l[0], lo+l[1]
			d := digits(text[a:b])
			if !validSSN(d.str()) || b < len(text) && (text[b] == '-' || text[b] == '.' && b+1 < len(text) && isDigit(text[b+1])) || a > 0 && (text[a-1] == '-' || text[a-1] == '+') {
				continue
			}
			if text[a+3] == '-' && text[a+6] == '-' || cue(a)&cSSN != 0 {
				s.add(tSSN, a, b)
			}
		}
	}
	if !on[tNationalID] {
		return
	}
	add := func(a, b int) { s.add(tNationalID, a, b) }
	for _, l := range when(consec >= 17 && (hasShape(g, 17) || hasShape(g, 18)), reCNID, w) {
		if validCNID(w[l[0]:l[1]]) {
			add(lo+l[0], lo+l[1])
		}
	}
	for _, l := range when(dash && hasShape(g, 6, 7), reRRN, w) {
		if validRRN(w[l[0]:l[1]]) {
			add(lo+l[0], lo+l[1])
		}
	}
	for _, l := range when(nd >= 12 && (hasShape(g, 12) || hasShape(g, 4, 4, 4)), reAadhaar, w) {
		a, b := lo+l[0], lo+l[1]
		d := digits(text[a:b])
		sep := b-a > 12
		if verhoeff(d.str()) && (sep && text[a+4] == text[a+9] || cue(a)&cNatID != 0) {
			add(a, b)
		}
	}
	for _, l := range when(nd >= 11 && (hasShape(g, 11) || hasShape(g, 3, 3, 3, 2)), reCPF, w) {
		a, b := lo+l[0], lo+l[1]
		d := digits(text[a:b])
		formatted := b-a == 14
		if validCPF(d.str()) && (formatted || cue(a)&cNatID != 0) {
			add(a, b)
		}
	}
	for _, l := range when(hasShape(g, 8), reDNI, w) {
		a, b := lo+l[0], lo+l[1]
		if validDNI(text[a:b]) && (isUpper(text[b-1]) || cue(a)&cNatID != 0) {
			add(a, b)
		}
	}
	for _, l := range when(nd >= 13 && (hasShape(g, 15) || hasShape(g, 1, 2, 2, 2, 3, 3, 2) || hasShape(g, 13)), reNIR, w) {
		if validNIR(w[l[0]:l[1]]) {
			add(lo+l[0], lo+l[1])
		}
	}
	// Numbers that are IDs only when named: SIN (Luhn), BSN (11-proof),
	// Steuer-ID, My Number, Aadhaar without spaces; with a specific cue,
	// any 8–15 digit number right after it.
	_, named := s.lastCueBefore(lo+1, 40+(hi-lo), cNatID|cSSN)
	for _, l := range when(named, reIDDigits, w) {
		a, b := lo+l[0], lo+l[1]
		// One number: "825-30-6963 12" is an SSN and a count.
		if sp := strings.IndexByte(text[a:b], ' '); sp > 0 && strings.ContainsAny(text[a:a+sp], "-.") {
			b = a + sp
		}
		c, ok := s.lastCueBefore(a, 32, cNatID|cSSN|cNumber|cPhone|cPassport|cDOB|cVersion)
		if !ok || c.kind&(cNatID|cSSN) == 0 || c.kind&(cNumber|cPhone) != 0 && c.kind&cNatID == 0 || !fillerGap(text[c.end:a]) {
			continue
		}
		d := digits(text[a:b])
		if d.n < 8 || d.n > 15 {
			continue
		}
		ds := d.str()
		word := s.word(c)
		specific := word != "id" && word != "national" && word != "identity" && word != "identification" && word != "insurance" && word != "taxpayer" && word != "tin" && word != "social"
		if specific || d.n == 9 && (luhn(ds) || validBSN(ds)) || d.n == 11 && (validSteuerID(ds) || validCPF(ds)) || d.n == 12 && (validMyNumber(ds) || verhoeff(ds)) {
			kind := tNationalID
			if c.kind&cSSN != 0 && d.n == 9 && on[tSSN] {
				kind = tSSN
			}
			s.add(kind, a, b)
		}
	}
}

// isIPv4InContext decides whether a dotted quad is an address or a
// version/section number: part of a longer dotted number, or after v/V,
// or after a version cue (version, release, Chrome, pip ...) → version; a
// port or CIDR suffix, a scheme or user@ before it, or an IP cue (ip,
// host, server, ping ...) nearer than any version cue → address. Without
// either, all-single-digit quads (4.2.1.0) are versions, except the
// well-known resolvers; others are addresses.
func isIPv4InContext(text string, a, b int, s *scratch) bool {
	if a > 0 {
		c := text[a-1]
		if c == '.' || c == 'v' || c == 'V' || isDigit(c) || c == '-' || c == '_' || c == '=' && a > 1 && (text[a-2] == '=' || text[a-2] == '>' || text[a-2] == '<' || text[a-2] == '~') {
			return false
		}
	}
	if b+1 < len(text) && text[b] == '.' && isAlnum(text[b+1]) {
		return false
	}
	if b+1 < len(text) && (text[b] == ':' && isDigit(text[b+1]) || text[b] == '/' && isDigit(text[b+1])) {
		return true
	}
	if a >= 3 && text[a-3:a] == "://" || a >= 1 && text[a-1] == '@' {
		return true
	}
	if b < len(text) && text[b] == '-' && b+1 < len(text) && isAlpha(text[b+1]) {
		return false // 4.2.1.0-beta
	}
	small := true
	q := text[a:b]
	for _, part := range strings.Split(q, ".") {
		if len(part) > 1 {
			small = false
		}
	}
	switch q {
	case "1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "4.2.2.2", "4.2.2.1":
		small = false
	case "0.0.0.0":
		return false // every interface, nobody's address
	}
	if strings.HasPrefix(q, "255.") {
		return false // a netmask
	}
	var ipAt, verAt = -1, -1
	for _, c := range s.cues {
		if c.end <= a && a-c.end <= 48 {
			if c.kind&cIP != 0 && strongIPCue(text[c.start:c.end]) {
				ipAt = max(ipAt, c.end)
			}
			if c.kind&cVersion != 0 {
				verAt = max(verAt, c.end)
			}
		}
		if c.start >= b && c.start-b <= 3 && c.kind&cVersion != 0 {
			switch s.word(c) {
			case "release", "released", "version", "build", "patch", "update", "firmware":
				verAt = max(verAt, a) // "4.2.1.0 release"
			}
		}
	}
	switch {
	case ipAt >= 0 && ipAt >= verAt:
		return true
	case verAt >= 0:
		return false
	}
	return !small
}

func strongIPCue(w string) bool {
	var lb [64]byte
	switch lowerASCII(lb[:], w) {
	case "from", "client", "source", "node", "origin", "public", "private", "static", "allow", "connect", "connected", "connecting", "connection",
		"listen", "listening", "bind", "remote", "peer", "endpoint":
		return false
	}
	return true
}

// forDigitWindows calls fn with disjoint windows around segments of digits
// and separators, expanded to word boundaries (and a leading '+' or '('),
// with the most digits of any segment inside and whether a digit '.'
// digit occurs.
func forDigitWindows(text string, fn func(lo, hi, nd int, dotted bool)) {
	wlo, whi, wnd, wdot := -1, -1, 0, false
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		start, nd, dot := i, 0, false
		j := i
		for ; j < len(text); j++ {
			c := text[j]
			if isDigit(c) {
				nd++
				if j >= 2 && text[j-1] == '.' && isDigit(text[j-2]) {
					dot = true
				}
				continue
			}
			if c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+' && c != '/' {
				break
			}
		}
		lo, hi := start, j
		for lo > 0 && (isWord(text[lo-1]) || text[lo-1] == '+' || text[lo-1] == '(') {
			lo--
		}
		for hi < len(text) && isWord(text[hi]) {
			hi++
		}
		if wlo >= 0 && lo <= whi {
			whi, wnd, wdot = max(whi, hi), max(wnd, nd), wdot || dot
		} else {
			if wlo >= 0 {
				fn(wlo, whi, wnd, wdot)
			}
			wlo, whi, wnd, wdot = lo, hi, nd, dot
		}
		next := max(j, hi)
		if hi > j {
			k := hi
			for k > j && isDigit(text[k-1]) {
				k--
			}
			if k < hi {
				next = k
			}
		}
		i = next
	}
	if wlo >= 0 {
		fn(wlo, whi, wnd, wdot)
	}
}

// group is a run of digits inside a phone candidate.
type group struct{ start, end int }

// findPhones finds phone candidates in text[lo:hi] and keeps, for each,
// the longest run of its digit groups that validates as a phone number.
func findPhones(text string, all []group, s *scratch) {
	for c0 := 0; c0 < len(all); {
		// A candidate: groups joined by phone separators (" ", "-", ".",
		// "/", " - ", "(0)" ...), after an optional '+' or '('.
		if coveredByRaw(s, all[c0]) {
			c0++ // part of a card, IP or ID found already
			continue
		}
		c1 := c0 + 1
		for c1 < len(all) && c1-c0 < 12 && phoneSep(text[all[c1-1].end:all[c1].start]) && !coveredByRaw(s, all[c1]) {
			c1++
		}
		a := all[c0].start
		if a > 0 && (text[a-1] == '+' || text[a-1] == '(') {
			a--
		} else if a > 1 && text[a-1] == ' ' && text[a-2] == '+' {
			a -= 2
		}
		var gs [12]group
		ng := 0
		for k := c0; k < c1 && ng < len(gs); k++ {
			i, j := all[k].start, all[k].end
			if ng > 0 && text[i-1] == ' ' && j+1 < len(text) && (text[j] == '.' || text[j] == ',') && (isDigit(text[j+1]) || placeholderLen(text[j+1:]) > 0) {
				break // "… 12 86 1.234 people": a count, not the phone
			}
			gs[ng] = all[k]
			ng++
		}
		c0 = c1
		// The whole candidate first; then shorter runs of its groups, but
		// only cutting off short groups (a stray "2" or "12") or groups
		// across a weak separator (" - ", "  ", " / "): never four
		// digits off a card number or an IBAN.
		floor := 0 // groups before it are a phone found already
		for i := 0; i < ng; {
			bestJ := -1
			for j := ng - 1; j >= i; j-- {
				if j < ng-1 && !droppable(text, gs[j], gs[j+1:ng]) || i > floor && !droppable(text, gs[i], gs[floor:i]) {
					continue
				}
				start := gs[i].start
				if i == 0 {
					start = a // keep a leading '+', "00" or "("
				} else if gs[i].start > 0 && text[gs[i].start-1] == '(' {
					start = gs[i].start - 1
				}
				end := gs[j].end
				if end < len(text) && text[end] == ')' {
					end++
				}
				if validPhone(text, start, end, gs[i:j+1], s) {
					bestJ = j
					s.add(tPhone, start, end)
					break
				}
			}
			if bestJ >= 0 {
				i = bestJ + 1
				floor = i
			} else {
				i++
			}
		}
	}
}

// digitOrPH: text[i] is a digit or starts a placeholder (which stood for
// one before an earlier pass).
func digitOrPH(text string, i int) bool {
	return i < len(text) && (isDigit(text[i]) || placeholderLen(text[i:]) > 0)
}

// coveredByRaw: g lies inside a detection made already.
func coveredByRaw(s *scratch, g group) bool {
	for _, m := range s.raw {
		if m.start <= g.start && g.end <= m.end {
			return true
		}
	}
	return false
}

// phoneSep: what may join two digit groups of one phone number.
func phoneSep(sep string) bool {
	if len(sep) == 0 || len(sep) > 3 {
		return sep == "–" || sep == " – "
	}
	for i := 0; i < len(sep); i++ {
		switch sep[i] {
		case ' ', '-', '.', '/', '(', ')':
		default:
			return false
		}
	}
	return strings.Count(sep, " ") <= 2
}

// droppable: the groups cut off next to kept group k are short (at most
// two digits each) or separated from it by a weak separator.
func droppable(text string, k group, cut []group) bool {
	short := true
	for _, g := range cut {
		if g.end-g.start > 2 {
			short = false
		}
	}
	if short {
		return true
	}
	var sep string
	if cut[0].start >= k.end {
		sep = text[k.end:cut[0].start]
	} else {
		sep = text[cut[len(cut)-1].end:k.start]
	}
	return strings.Contains(sep, "  ") || strings.Contains(sep, " - ") || strings.Contains(sep, " / ") || strings.Contains(sep, ", ")
}

// validPhone decides whether text[a:b] (digit groups gs) is a phone
// number: E.164 with "+" or "00" and a real country code; a parenthesised
// area code; the North American 3-3-4; a national number with a trunk 0;
// the mobile layouts of China (3-4-4), India (5-5), Spain (3-2-2-2),
// Italy (3-7), Brazil (2-5-4); or any 7–15 digits right after a phone cue.
// Numbers after an order/invoice/version cue, dates and dotted numbers
// that are neither US nor French phones are not.
func validPhone(text string, a, b int, gs []group, s *scratch) bool {
	if a > 0 && (isAlpha(text[a-1]) || text[a-1] == '>' || text[a-1] == '.' || text[a-1] == '#' || text[a-1] == '/' || text[a-1] == '$' || text[a-1] == '-' && a > 1 && (isAlnum(text[a-2]) || text[a-2] == '>')) {
		return false
	}
	if b < len(text) && (text[b] == '%' || isAlpha(text[b]) || text[b] == '<' || (text[b] == '.' || text[b] == ':' || text[b] == '/') && digitOrPH(text, b+1)) {
		return false
	}
	sub := text[a:b]
	db := digits(sub)
	n := db.n
	if n < 7 || n > 16 {
		return false
	}
	d := db.str()
	plus := sub[0] == '+'
	zero0 := !plus && strings.HasPrefix(sub, "00")
	paren := strings.IndexByte(sub, '(') >= 0
	var dot, dash, space, slash bool
	for i := 0; i < len(sub); i++ {
		switch sub[i] {
		case '.':
			dot = true
		case '-':
			dash = true
		case ' ':
			space = true
		case '/':
			slash = true
		}
	}
	if reDate.MatchString(sub) {
		return false
	}
	lens := func(want ...int) bool {
		if len(gs) != len(want) {
			return false
		}
		for i, g := range gs {
			if g.end-g.start != want[i] {
				return false
			}
		}
		return true
	}
	phoneCue, negCue, negDist := phoneContext(text, s, a)
	if plus {
		if k, ok := validCC(d); ok && n >= 8 && n <= 15 && n-k >= 6 {
			return !(dot && !space && !dash && len(gs) >= 4)
		}
		return false
	}
	if zero0 && !negCue {
		if k, ok := validCC(d[2:]); ok && n >= 10 && n-2-k >= 6 && (len(gs) >= 2 || phoneCue) {
			return true
		}
		return phoneCue && n <= 15
	}
	// A strong layout (below) survives an order/ID cue a few words back
	// ("Rechnung an 020 7946 0958"), not one right before it.
	if negCue && negDist <= 12 {
		return false
	}
	if dot && !space && !dash {
		// 415.555.0132, 06.12.34.56.78
		return lens(3, 3, 4) && d[0] >= '2' || lens(2, 2, 2, 2, 2) && d[0] == '0' || phoneCue && len(gs) <= 4 && n >= 8
	}
	if n > 15 {
		return false
	}
	if paren && n >= 8 {
		return true
	}
	if phoneCue && (len(gs) >= 2 || n >= 8) {
		return true
	}
	if negCue && len(gs) == 1 {
		return false
	}
	switch {
	case lens(3, 3, 4) && d[0] >= '2', lens(1, 3, 3, 4) && d[0] == '1', lens(3, 4) && d[0] >= '2' && phoneCue:
		return true
	case lens(3, 4, 4) && d[0] == '1' && d[1] >= '3', lens(11) && d[0] == '1' && d[1] >= '3' && nearCJK(text, a, b):
		return true // China mobile
	case lens(5, 5) && d[0] >= '6':
		return true // India mobile
	case lens(3, 2, 2, 2) && (d[0] >= '6' || d[0] == '0'), lens(2, 3, 2, 2) && d[0] == '9':
		return true // Spain
	case lens(3, 7) && d[0] == '3', lens(3, 3, 4) && d[0] == '3':
		return true // Italy mobile
	case lens(2, 5, 4) && d[2] == '9', lens(2, 4, 4) && d[0] != '0' && !dash:
		return true // Brazil
	}
	if d[0] == '0' && d[1] != '0' && n >= 9 && n <= 12 {
		g0 := gs[0].end - gs[0].start
		if len(gs) == 1 {
			// bare: German, British, French, Dutch mobiles
			return n >= 10 && (strings.HasPrefix(d, "015") || strings.HasPrefix(d, "016") || strings.HasPrefix(d, "017") || strings.HasPrefix(d, "07") && n == 11 || (strings.HasPrefix(d, "06") || strings.HasPrefix(d, "07")) && n == 10)
		}
		if g0 < 2 || g0 > 5 || slash && len(gs) > 2 {
			return false
		}
		if dash && !space {
			for _, g := range gs[1:] {
				if g.end-g.start == 4 && (text[g.start:g.start+2] == "19" || text[g.start:g.start+2] == "20") && len(gs) == 3 && gs[2].end-gs[2].start == 4 {
					return false // 04-2023-0012: a lot number with a year
				}
			}
		}
		return true
	}
	return false
}

// phoneContext reads the cues in the 40 bytes before a number: a phone
// cue (tel, call, Handy, 电话 ..., or "my/your number") makes it a phone
// unless an order/version/ID cue is nearer; such a cue with no phone cue
// nearer makes it not one.
func phoneContext(text string, s *scratch, a int) (phone, neg bool, negDist int) {
	phoneAt, negAt := -1, -1
	for _, c := range s.cues {
		if c.start >= a && c.start-a <= 28 && c.kind&cPhone != 0 && !hasDigit(text[a:c.start]) {
			// "मुझे 08439441439 पर कॉल करें": the cue after the number
			phoneAt = max(phoneAt, a)
			continue
		}
		if c.end > a || a-c.end > 40 || hasDigit(text[c.end:a]) || strings.IndexByte(text[c.end:a], '<') >= 0 {
			continue // far, or the cue of an earlier number
		}
		switch {
		case c.kind&cPhone != 0:
			phoneAt = max(phoneAt, c.end)
		case c.kind&(cNumber|cVersion|cSSN|cNatID|cPassport|cDOB) != 0:
			negAt = max(negAt, c.end)
		case c.kind&cNumberWord != 0 && possessiveBefore(text, c.start):
			phoneAt = max(phoneAt, c.end)
		}
	}
	return phoneAt >= 0 && phoneAt > negAt, negAt >= 0 && negAt > phoneAt, a - negAt
}

// hasShape reports whether consecutive groups of g have the given lengths.
func hasShape(g []group, lens ...int) bool {
	for i := 0; i+len(lens) <= len(g); i++ {
		ok := true
		for k, n := range lens {
			if g[i+k].end-g[i+k].start != n {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// when runs re on w only if cond holds.
func when(cond bool, re *regexp.Regexp, w string) [][]int {
	if !cond {
		return nil
	}
	return re.FindAllStringIndex(w, -1)
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// fillerGap: between a cue and its value only separators and a few short
// words ("SSN: ", "number is ", "lautet "), no other item.
func fillerGap(g string) bool {
	if len(g) > 24 || hasDigit(g) || strings.ContainsAny(g, "<>") {
		return false
	}
	words := 0
	for _, f := range strings.FieldsFunc(g, func(r rune) bool {
		return r == ' ' || r == ':' || r == '#' || r == '=' || r == '-' || r == '.' || r == '\t'
	}) {
		if f != "" {
			words++
		}
	}
	return words <= 3
}

// possessiveBefore: "my number", "seine Nummer", "mon numéro".
func possessiveBefore(text string, start int) bool {
	var lb [64]byte
	e := start
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && (isAlpha(text[b-1]) || text[b-1] >= 0x80) {
		b--
	}
	switch lowerASCII(lb[:], text[b:e]) {
	case "my", "your", "his", "her", "our", "their", "mein", "meine", "seine", "ihre", "unsere", "mon", "ma", "son", "sa", "notre", "mi", "su", "mio", "mia",
		"suo", "sua", "meu", "minha", "seu", "mijn", "zijn", "haar", "whatsapp", "contact", "this":
		return true
	}
	return false
}

// nearCJK: a bare number written inside CJK text (手机13800138000).
func nearCJK(text string, a, b int) bool {
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:a])
		if isCJK(r) {
			return true
		}
	}
	if b < len(text) {
		r, _ := utf8.DecodeRuneInString(text[b:])
		if isCJK(r) {
			return true
		}
	}
	return false
}

// findAlnumIDs: IBANs, UK NINOs, Indian PANs, Italian codici fiscali and
// Spanish NIEs, at word starts.
var (
	reNINO = regexp.MustCompile(`^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`)
	rePAN  = regexp.MustCompile(`^[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]$`)
	reCF   = regexp.MustCompile(`^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$`)
	reNIE  = regexp.MustCompile(`^[XYZ]-?\d{7}-?[A-Z]\b`)
)

func findAlnumIDs(r *Redactor, text string, s *scratch) {
	on := &r.on
	for i := 0; i+4 <= len(text); i++ {
		c := text[i]
		if !isAlpha(c) || i > 0 && isAlnum(text[i-1]) {
			continue
		}
		if on[tIBAN] && isAlpha(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) {
			if end, ok := tryIBAN(text, i); ok {
				s.add(tIBAN, i, end)
				i = end - 1
				continue
			}
		}
		if !isUpper(c) || !on[tNationalID] {
			continue
		}
		j := i
		for j < len(text) && isAlnum(text[j]) {
			j++
		}
		tok := text[i:j]
		switch {
		case isUpper(text[i+1]) && (isDigit(text[i+2]) || text[i+2] == ' '):
			if m := reNINO.FindString(text[i:min(len(text), i+14)]); m != "" && validNINO(m) {
				s.add(tNationalID, i, i+len(m))
			}
		case len(tok) == 10 && rePAN.MatchString(tok):
			s.add(tNationalID, i, j)
		case len(tok) == 16 && reCF.MatchString(tok) && validCF(tok):
			s.add(tNationalID, i, j)
		case c == 'X' || c == 'Y' || c == 'Z':
			if m := reNIE.FindString(text[i:min(len(text), i+12)]); m != "" && validDNI(m) {
				s.add(tNationalID, i, i+len(m))
			}
		}
		if j > i {
			i = j - 1
		}
	}
}
