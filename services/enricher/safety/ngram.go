package safety

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// What the model reads besides the encoder's vectors and the rules'
// evidence, for what the English-only encoder reads poorly (other
// languages, obfuscated and encoded text): hashed character n-grams and
// word pairs of every reading the rules made of the text (the plain
// normalised text, the decoded and de-obfuscated readings: decode.go,
// deobf.go), scored by a linear model (textModel.NG) whose logit is one
// input of the networks; and which scripts the text is written in.

// ngramReadings bounds how many readings, and how much of each, the
// n-gram features read.
const (
	ngramReadings = 4
	ngramBytes    = 2000
)

// fnv-1a, fixed: the features must hash the same in training and at run
// time, on every machine.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// ngramIDs: the distinct hashed features (bucket numbers below 1<<bits) of
// the readings, in order of first occurrence: character 3-, 4- and 5-grams
// (of runes, the text padded with spaces) and words and word pairs. buf is
// reused.
func ngramIDs(readings []string, bits int, buf []uint32) []uint32 {
	buf = buf[:0]
	mask := uint32(1)<<bits - 1
	var rs [6]rune // the last five runes (a ring)
	for ri, s := range readings {
		if ri == ngramReadings {
			break
		}
		s = truncate(s, ngramBytes)
		n := 0
		push := func(c rune) {
			rs[n%5] = c
			n++
			for k := 3; k <= 5 && k <= n; k++ {
				h := uint32(fnvOffset) ^ uint32(k)
				h *= fnvPrime
				for i := n - k; i < n; i++ {
					c := uint32(rs[i%5])
					for c != 0 {
						h ^= c & 0xff
						h *= fnvPrime
						c >>= 8
					}
					h ^= 0xfe
					h *= fnvPrime
				}
				buf = append(buf, h&mask)
			}
		}
		push(' ')
		space := true
		// words: prev and cur word hashes
		var prev, cur uint32
		inWord := false
		endWord := func() {
			if !inWord {
				return
			}
			inWord = false
			w := cur ^ 0x9e3779b9
			w *= fnvPrime
			buf = append(buf, w&mask)
			if prev != 0 {
				p := prev*31 ^ cur ^ 0x85ebca6b
				p *= fnvPrime
				buf = append(buf, p&mask)
			}
			prev = cur
		}
		for _, c := range s {
			if c < 0x80 && (isAlpha(byte(c)) || c >= '0' && c <= '9') || c >= 0x80 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
				if !inWord {
					inWord, cur = true, fnvOffset
				}
				x := uint32(c)
				for x != 0 {
					cur ^= x & 0xff
					cur *= fnvPrime
					x >>= 8
				}
				if c >= 0x2E80 {
					// CJK and the like have no spaces: each character is
					// a word of its own
					endWord()
				}
			} else {
				endWord()
			}
			if c == ' ' || c < 0x80 && c >= '\t' && c <= '\r' || c >= 0x80 && unicode.IsSpace(c) {
				if space {
					continue
				}
				c, space = ' ', true
			} else {
				space = false
			}
			push(c)
		}
		endWord()
		if !space {
			push(' ')
		}
	}
	return distinct(buf)
}

// distinct drops repeated ids in place, keeping first occurrences (a small
// open-addressing set: sorting cost two thirds of the gate's time).
func distinct(ids []uint32) []uint32 {
	size := 64
	for size < 2*len(ids) {
		size <<= 1
	}
	var small [1024]uint32
	var set []uint32
	if size <= len(small) {
		set = small[:size]
	} else {
		set = make([]uint32, size)
	}
	mask := uint32(size - 1)
	out := ids[:0]
	for _, id := range ids {
		k := id + 1 // 0 marks an empty slot
		i := (k * 2654435761) & mask
		for set[i] != 0 && set[i] != k {
			i = (i + 1) & mask
		}
		if set[i] == 0 {
			set[i] = k
			out = append(out, id)
		}
	}
	return out
}

// nScript is the length of scriptFeatures' vector.
const nScript = 9

// scriptFeatures: the share of the text's letters in each script (Latin
// with accents, Cyrillic, Greek, Arabic and Hebrew, the Indic scripts,
// Han and kana, Hangul, others), whether several scripts are mixed inside
// words, and how many readings beyond the plain one the rules made (0..1).
func scriptFeatures(norm string, readings int, buf []float64) []float64 {
	var n [7]float64
	letters := 0.0
	s := truncate(norm, ngramBytes)
	for i := 0; i < len(s); {
		c, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if c < 0x80 {
			if isAlpha(byte(c)) {
				letters++
			}
			continue
		}
		if !unicode.IsLetter(c) {
			continue
		}
		letters++
		switch {
		case c < 0x250:
			n[0]++
		case unicode.Is(unicode.Cyrillic, c):
			n[1]++
		case unicode.Is(unicode.Greek, c):
			n[2]++
		case unicode.Is(unicode.Arabic, c) || unicode.Is(unicode.Hebrew, c):
			n[3]++
		case c >= 0x900 && c < 0xE00:
			n[4]++
		case unicode.Is(unicode.Han, c) || unicode.Is(unicode.Hiragana, c) || unicode.Is(unicode.Katakana, c):
			n[5]++
		case unicode.Is(unicode.Hangul, c):
			n[6]++
		}
	}
	for _, v := range n {
		buf = append(buf, v/max(1, letters))
	}
	buf = append(buf, b2f(mixedScript(s)), min(1, float64(readings)/3))
	return buf
}

// ngramLogit: the linear model's logit over the features (weights w,
// bias last), each feature worth 1/sqrt(how many there are), clamped and
// scaled as the networks read it.
func ngramLogit(w []float32, ids []uint32) float64 {
	if len(ids) == 0 || len(w) == 0 {
		return 0
	}
	z := 0.0
	for _, id := range ids {
		z += float64(w[id])
	}
	z = z/math.Sqrt(float64(len(ids))) + float64(w[len(w)-1])
	return max(-8, min(8, z)) / 4
}
