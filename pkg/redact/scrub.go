package redact

// ScrubBytes reads b as text and returns it with everything r finds
// replaced by placeholders, and how many were replaced. b is never
// modified; when nothing is found, b itself is returned. Bytes that are
// not UTF-8 (protobuf, garbage) are scanned as they are: the strings
// inside a protobuf message are plain bytes among them.
func (r *Redactor) ScrubBytes(b []byte) ([]byte, int) {
	if len(b) == 0 {
		return b, 0
	}
	s := string(b)
	var c Counts
	out := r.Redact(s, &c)
	if out == s {
		return b, 0
	}
	return []byte(out), c.Total()
}
