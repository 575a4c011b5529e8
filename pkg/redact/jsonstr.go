package redact

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// JSON documents (attribute values such as traceloop.entity.input, tool
// call arguments, OTLP/JSON in the DLQ) escape what the detectors read:
// "Best regards,\nJane Doe" has no line break, "jos\u00e9@..." no é. The
// raw text is scanned first (keys and values together: "password": "x");
// then each string literal that holds an escape is decoded, scanned on
// its own, and when that finds more, re-encoded redacted in place, so the
// document stays valid JSON.

// looksJSON: the text starts, after spaces, with '{' or '['.
func looksJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return false
}

// redactJSONStrings returns text with the escaped string literals that
// hold personal data redacted; changed is false when none did.
func (r *Redactor) redactJSONStrings(text string, sc *scratch, c *Counts) (string, bool) {
	var b strings.Builder
	last, changed := 0, false
	for i := 0; i < len(text); i++ {
		if text[i] != '"' {
			continue
		}
		// A string literal: find its end, note whether it has escapes.
		j, esc := i+1, false
		for j < len(text) && text[j] != '"' {
			if text[j] == '\\' {
				esc = true
				j++
			}
			j++
		}
		if j >= len(text) {
			break
		}
		if esc {
			var dec string
			if json.Unmarshal([]byte(text[i:j+1]), &dec) == nil && utf8.ValidString(dec) {
				r.find(dec, sc)
				if len(sc.ms) > 0 {
					red := r.replace(dec, sc.ms, c)
					enc, err := marshalNoHTML(red)
					if err == nil {
						if !changed {
							b.Grow(len(text))
						}
						b.WriteString(text[last:i])
						b.WriteString(enc)
						last, changed = j+1, true
					}
				}
			}
		}
		i = j
	}
	if !changed {
		return text, false
	}
	b.WriteString(text[last:])
	return b.String(), true
}

func marshalNoHTML(s string) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
