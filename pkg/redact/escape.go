package redact

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// unescape decodes percent escapes (%40, %C3%A9), '+' for a space after a
// '?' (query strings) and JSON string escapes (\u00e9, \uD83D\uDE00, \n,
// \", \\, \/) in s. ok is false when nothing
// was decoded. Invalid sequences are kept as they are.
func unescape(s string) (string, bool) {
	var b strings.Builder
	changed, query := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '?' {
			query = true
		}
		switch {
		case c == '+' && query && i > 0 && i+1 < len(s) && s[i+1] != ' ':
			// a space in a query string (Priya+Sharma)
			if !changed {
				b.Grow(len(s))
				b.WriteString(s[:i])
				changed = true
			}
			b.WriteByte(' ')
			continue
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			if !changed {
				b.Grow(len(s))
				b.WriteString(s[:i])
				changed = true
			}
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		case c == '\\' && i+1 < len(s):
			var out string
			n := 0
			switch s[i+1] {
			case 'u':
				if r, k, ok := jsonRune(s[i:]); ok {
					out, n = string(r), k
				}
			case 'n':
				out, n = "\n", 2
			case 't':
				out, n = "\t", 2
			case '"', '\\', '/':
				out, n = s[i+1:i+2], 2
			}
			if n > 0 {
				if !changed {
					b.Grow(len(s))
					b.WriteString(s[:i])
					changed = true
				}
				b.WriteString(out)
				i += n - 1
				continue
			}
		}
		if changed {
			b.WriteByte(c)
		}
	}
	if !changed {
		return s, false
	}
	out := b.String()
	if !utf8.ValidString(out) && utf8.ValidString(s) {
		out = strings.ToValidUTF8(out, "\uFFFD")
	}
	return out, true
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// jsonRune reads \uXXXX (and a following low surrogate) at the start of s.
func jsonRune(s string) (rune, int, bool) {
	hex4 := func(t string) (rune, bool) {
		if len(t) < 6 || t[0] != '\\' || t[1] != 'u' {
			return 0, false
		}
		var r rune
		for i := 2; i < 6; i++ {
			if !isHex(t[i]) {
				return 0, false
			}
			r = r<<4 | rune(unhex(t[i]))
		}
		return r, true
	}
	r, ok := hex4(s)
	if !ok {
		return 0, 0, false
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex4(s[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				return d, 12, true
			}
		}
		return utf8.RuneError, 6, true
	}
	return r, 6, true
}
