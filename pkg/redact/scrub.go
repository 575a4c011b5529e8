package redact

import "strings"

// ScrubBytes reads b as text and returns it with everything r finds
// replaced by placeholders, and how many were replaced. b is never
// modified; when nothing is found, b itself is returned. Bytes that are
// not UTF-8 (protobuf, garbage) are scanned as they are: the strings
// inside a protobuf message are plain bytes among them. JSON escapes
// anywhere in b (a JSON attribute inside a protobuf, a JSON body cut
// short) are decoded first, so "\nName: Jane" reads as a line break;
// when anything is found, the scrubbed copy keeps them decoded.
func (r *Redactor) ScrubBytes(b []byte) ([]byte, int) {
	if len(b) == 0 {
		return b, 0
	}
	s := string(b)
	src := s
	if strings.IndexByte(s, '\\') >= 0 {
		src = jsonUnescapeAll(s)
	}
	var c Counts
	out := r.Redact(src, &c)
	if c.Total() == 0 {
		return b, 0
	}
	return []byte(out), c.Total()
}

// jsonUnescapeAll decodes \n \t \r \" \\ \/ and \uXXXX wherever they
// are.
func jsonUnescapeAll(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		switch s[i+1] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '"', '\\', '/':
			b.WriteByte(s[i+1])
		case 'u':
			if r, n, ok := jsonRune(s[i:]); ok {
				b.WriteRune(r)
				i += n - 1
				continue
			}
			b.WriteByte(c)
			continue
		default:
			b.WriteByte(c)
			continue
		}
		i++
	}
	return b.String()
}
