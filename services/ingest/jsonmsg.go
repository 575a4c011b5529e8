package ingest

import (
	"strconv"
	"strings"
	"unicode/utf8"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// parseMessages reads the chat messages GenAI instrumentations put in
// gen_ai.input.messages / gen_ai.output.messages (current semconv: role +
// parts[{type, content}] + finish_reason) and older flat shapes
// ([{role, content}]). It is a small allocation-light JSON walker for this
// one shape, because encoding/json would dominate ingest's cost per span.
// ok is false when s is not such a JSON array; callers keep s as text then.
func parseMessages(s string) (msgs []*llmobsv1.Message, ok bool) {
	p := jscan{s: s}
	p.ws()
	if !p.eat('[') {
		return nil, false
	}
	p.ws()
	if p.eat(']') {
		return nil, true
	}
	for {
		p.ws()
		m, ok := p.message()
		if !ok {
			return nil, false
		}
		msgs = append(msgs, m)
		p.ws()
		if p.eat(',') {
			continue
		}
		if p.eat(']') {
			return msgs, true
		}
		return nil, false
	}
}

type jscan struct {
	s string
	i int
}

func (p *jscan) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jscan) eat(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *jscan) message() (*llmobsv1.Message, bool) {
	m := &llmobsv1.Message{}
	var parts []string
	ok := p.object(func(key string) bool {
		switch key {
		case "role":
			v, ok := p.str()
			m.Role = v
			return ok
		case "content":
			// Flat shape; content may also be an array of parts.
			if p.i < len(p.s) && p.s[p.i] == '[' {
				return p.parts(&parts)
			}
			if p.i < len(p.s) && p.s[p.i] == '"' {
				v, ok := p.str()
				parts = append(parts, v)
				return ok
			}
			return p.skip()
		case "parts":
			return p.parts(&parts)
		case "finish_reason":
			v, ok := p.str()
			m.FinishReason = v
			return ok
		}
		return p.skip()
	})
	if !ok {
		return nil, false
	}
	m.Content = strings.Join(parts, "\n")
	return m, true
}

// parts reads [{"type":"text","content":"..."}, ...] or ["...", ...].
func (p *jscan) parts(out *[]string) bool {
	p.ws()
	if !p.eat('[') {
		return false
	}
	for {
		p.ws()
		if p.eat(']') {
			return true
		}
		switch {
		case p.i < len(p.s) && p.s[p.i] == '"':
			v, ok := p.str()
			if !ok {
				return false
			}
			*out = append(*out, v)
		case p.i < len(p.s) && p.s[p.i] == '{':
			ok := p.object(func(key string) bool {
				if key == "content" || key == "text" {
					if p.i < len(p.s) && p.s[p.i] == '"' {
						v, ok := p.str()
						*out = append(*out, v)
						return ok
					}
				}
				return p.skip()
			})
			if !ok {
				return false
			}
		default:
			if !p.skip() {
				return false
			}
		}
		p.ws()
		if !p.eat(',') {
			p.ws()
			return p.eat(']')
		}
	}
}

// object calls field for each key with the cursor on its value; field
// must consume the value.
func (p *jscan) object(field func(key string) bool) bool {
	p.ws()
	if !p.eat('{') {
		return false
	}
	p.ws()
	if p.eat('}') {
		return true
	}
	for {
		p.ws()
		k, ok := p.str()
		if !ok {
			return false
		}
		p.ws()
		if !p.eat(':') {
			return false
		}
		p.ws()
		if !field(k) {
			return false
		}
		p.ws()
		if p.eat(',') {
			continue
		}
		return p.eat('}')
	}
}

// str reads a JSON string; it aliases the input when there is no escape.
func (p *jscan) str() (string, bool) {
	if !p.eat('"') {
		return "", false
	}
	start := p.i
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == '"':
			v := p.s[start:p.i]
			p.i++
			return v, true
		case c == '\\':
			return p.strSlow(start)
		case c < 0x20:
			return "", false
		default:
			p.i++
		}
	}
	return "", false
}

func (p *jscan) strSlow(start int) (string, bool) {
	var b strings.Builder
	b.WriteString(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), true
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", false
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", false
				}
				if r >= 0xD800 && r < 0xDC00 && strings.HasPrefix(p.s[p.i:], `\u`) {
					p.i += 2
					lo, ok := p.hex4()
					if !ok {
						return "", false
					}
					r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				}
				if !utf8.ValidRune(r) {
					r = utf8.RuneError
				}
				b.WriteRune(r)
			default:
				return "", false
			}
		case c < 0x20:
			return "", false
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	return "", false
}

func (p *jscan) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	v, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}

// skip consumes any JSON value.
func (p *jscan) skip() bool {
	p.ws()
	if p.i >= len(p.s) {
		return false
	}
	switch c := p.s[p.i]; c {
	case '"':
		_, ok := p.str()
		return ok
	case '{':
		return p.object(func(string) bool { return p.skip() })
	case '[':
		p.i++
		p.ws()
		if p.eat(']') {
			return true
		}
		for {
			if !p.skip() {
				return false
			}
			p.ws()
			if p.eat(',') {
				continue
			}
			return p.eat(']')
		}
	default:
		start := p.i
		for p.i < len(p.s) {
			c := p.s[p.i]
			if c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				break
			}
			p.i++
		}
		return p.i > start
	}
}
