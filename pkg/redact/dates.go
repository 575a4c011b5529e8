package redact

import "strings"

// Dates, read by hand rather than by one large regexp (the dates of birth
// detector runs on every birth cue): numeric dates (1985-03-14,
// 14.03.1985, 03/14/1985, 14/3/85), "14 March 1985", "14. März 1985",
// "14th of March 1985", "14 de marzo de 1985", "March 14, 1985",
// "1985年3月14日", "1985년 3월 14일", in English, German, French,
// Spanish, Italian, Portuguese, Dutch and Hindi month names.

// monthWords: folded month names and abbreviations.
var monthWords = map[string]bool{}

func init() {
	for _, m := range strings.Fields(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
		januar janner februar marz maerz mai juni juli oktober dezember
		janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
		enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
		janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro
		januari februari maart mei augustus`) {
		monthWords[m] = true
	}
	for _, m := range strings.Fields(`जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर`) {
		monthWords[m] = true
	}
}

// digitsAt returns the end of the run of digits at i and its length.
func digitsAt(t string, i int) (int, int) {
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	return j, j - i
}

func skipSp(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// monthAt reads a month name at i (letters, Latin-1 folded, or
// Devanagari) and returns its end.
func monthAt(t string, i int) (int, bool) {
	var buf [16]byte
	n, j := 0, i
	for j < len(t) {
		c := t[j]
		switch {
		case isAlpha(c):
			if n < len(buf) {
				buf[n] = c | 0x20
			}
			n++
			j++
			continue
		case c == 0xC3 && j+1 < len(t) && t[j+1] >= 0x80 && t[j+1] <= 0xBF && latin1Fold[t[j+1]-0x80] != 0:
			if n < len(buf) {
				buf[n] = latin1Fold[t[j+1]-0x80]
			}
			n++
			j += 2
			continue
		case c >= 0xE0 && n == 0:
			// Devanagari: up to the next space
			k := j
			for k < len(t) && t[k] != ' ' && t[k] != ',' {
				k++
			}
			if monthWords[t[j:k]] {
				return k, true
			}
			return 0, false
		}
		break
	}
	if n < 3 || n > len(buf) || !monthWords[string(buf[:n])] {
		return 0, false
	}
	if j < len(t) && t[j] == '.' {
		j++ // "Sept."
	}
	return j, true
}

// dateAt reads a date starting at i, returning its end.
func dateAt(t string, i int) (int, bool) {
	if i > 0 && (isAlnum(t[i-1])) {
		return 0, false
	}
	if isDigit(t[i]) {
		e1, n1 := digitsAt(t, i)
		// 1985年3月14日, 1985년 3월 14일
		if n1 == 4 {
			for _, u := range [][3]string{{"年", "月", "日"}, {"년", "월", "일"}} {
				j := skipSp(t, e1)
				if !strings.HasPrefix(t[j:], u[0]) {
					continue
				}
				j = skipSp(t, j+len(u[0]))
				e2, n2 := digitsAt(t, j)
				if n2 == 0 || n2 > 2 {
					continue
				}
				j = skipSp(t, e2)
				if !strings.HasPrefix(t[j:], u[1]) {
					continue
				}
				j = skipSp(t, j+len(u[1]))
				e3, n3 := digitsAt(t, j)
				if n3 == 0 || n3 > 2 {
					continue
				}
				j = skipSp(t, e3)
				if strings.HasPrefix(t[j:], u[2]) {
					return j + len(u[2]), true
				}
			}
		}
		// numeric: d1 sep d2 sep d3
		if n1 <= 4 {
			j := skipSp(t, e1)
			if j < len(t) && (t[j] == '-' || t[j] == '.' || t[j] == '/') {
				sep := t[j]
				j = skipSp(t, j+1)
				e2, n2 := digitsAt(t, j)
				if n2 >= 1 && n2 <= 2 {
					k := skipSp(t, e2)
					if k < len(t) && (t[k] == sep || t[k] == '-' || t[k] == '.' || t[k] == '/') {
						k = skipSp(t, k+1)
						e3, n3 := digitsAt(t, k)
						if (n1 == 4 && n3 >= 1 && n3 <= 2 || n1 <= 2 && (n3 == 2 || n3 == 4)) && (e3 == len(t) || !isAlnum(t[e3])) {
							return e3, true
						}
					}
				}
			}
		}
		// "14 March 1985", "14. März 1985", "14th of March, 1985", "14 de marzo de 1985"
		if n1 <= 2 {
			j := e1
			for _, suf := range []string{"st", "nd", "rd", "th", "er", ".", "º"} {
				if strings.HasPrefix(t[j:], suf) {
					j += len(suf)
					break
				}
			}
			j = skipSp(t, j)
			for _, w := range []string{"of ", "de "} {
				if strings.HasPrefix(t[j:], w) {
					j += len(w)
				}
			}
			if me, ok := monthAt(t, j); ok {
				k := me
				if k < len(t) && t[k] == ',' {
					k++
				}
				k = skipSp(t, k)
				if strings.HasPrefix(t[k:], "de ") {
					k += 3
				}
				if e, n := digitsAt(t, k); n == 4 && (e == len(t) || !isAlnum(t[e])) {
					return e, true
				}
			}
		}
		return 0, false
	}
	// "March 14, 1985"
	if me, ok := monthAt(t, i); ok {
		j := skipSp(t, me)
		e, n := digitsAt(t, j)
		if n == 0 || n > 2 {
			return 0, false
		}
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasPrefix(t[e:], suf) {
				e += len(suf)
				break
			}
		}
		if e < len(t) && t[e] == ',' {
			e++
		}
		k := skipSp(t, e)
		if e4, n4 := digitsAt(t, k); n4 == 4 && (e4 == len(t) || !isAlnum(t[e4])) {
			return e4, true
		}
	}
	return 0, false
}

// findDate returns the first date in t[lo:hi] (starting there).
func findDate(t string, lo, hi int) (int, int, bool) {
	for i := lo; i < hi; i++ {
		c := t[i]
		if !(isDigit(c) || isAlpha(c) || c >= 0xE0) || i > 0 && isAlnum(t[i-1]) && isAlnum(c) {
			continue
		}
		if e, ok := dateAt(t, i); ok {
			return i, e, true
		}
	}
	return 0, 0, false
}

// findLastDate returns the last date that starts in t[lo:hi].
func findLastDate(t string, lo, hi int) (int, int, bool) {
	a, b, found := 0, 0, false
	for i := lo; i < hi; i++ {
		c := t[i]
		if !(isDigit(c) || isAlpha(c) || c >= 0xE0) || i > 0 && isAlnum(t[i-1]) && isAlnum(c) {
			continue
		}
		if e, ok := dateAt(t, i); ok {
			a, b, found = i, e, true
			i = e - 1
		}
	}
	return a, b, found
}
