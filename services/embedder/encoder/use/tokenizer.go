package use

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

// reservedSymbols is the number of leading vocabulary entries (<unk>, <s>, </s>, extra ids) that
// are never produced by the piece lattice; id 0 is the unknown piece.
const reservedSymbols = 6

const separator = '\u2581'

// Tokenizer is the SentencePiece-style unigram tokenizer of the TF.js universal-sentence-encoder
// (as in @energetic-ai/embeddings): NFKC, "▁" prefix, spaces replaced by "▁", a Viterbi search
// over vocabulary pieces maximising the sum of piece scores, unknown code points mapped to id 0
// with consecutive unknowns merged.
type Tokenizer struct {
	root    *trieNode
	pieceJS []int // JS string length (UTF-16 code units) of each vocabulary piece, used to backtrack
}

type trieNode struct {
	children map[rune]*trieNode
	end      bool
	score    float64
	id       int32
	runes    int // length in code points of the piece ending here
}

// NewTokenizer builds a tokenizer from vocab.json's content: [[piece, score], ...].
func NewTokenizer(vocabJSON []byte) (*Tokenizer, error) {
	var raw [][2]json.RawMessage
	if err := json.Unmarshal(vocabJSON, &raw); err != nil {
		return nil, fmt.Errorf("use: vocab: %w", err)
	}
	if len(raw) <= reservedSymbols {
		return nil, fmt.Errorf("use: vocab: %d entries, want more than %d", len(raw), reservedSymbols)
	}
	t := &Tokenizer{root: &trieNode{children: map[rune]*trieNode{}}, pieceJS: make([]int, len(raw))}
	for i, e := range raw {
		var piece string
		var score float64
		if err := json.Unmarshal(e[0], &piece); err != nil {
			return nil, fmt.Errorf("use: vocab entry %d: piece: %w", i, err)
		}
		if err := json.Unmarshal(e[1], &score); err != nil {
			return nil, fmt.Errorf("use: vocab entry %d: score: %w", i, err)
		}
		t.pieceJS[i] = len(utf16.Encode([]rune(piece)))
		if i < reservedSymbols || piece == "" {
			continue
		}
		n := t.root
		rs := []rune(piece)
		for _, r := range rs {
			c := n.children[r]
			if c == nil {
				c = &trieNode{children: map[rune]*trieNode{}}
				n.children[r] = c
			}
			n = c
		}
		n.end, n.score, n.id, n.runes = true, score, int32(i), len(rs)
	}
	return t, nil
}

// VocabSize is the number of vocabulary entries.
func (t *Tokenizer) VocabSize() int { return len(t.pieceJS) }

type piece struct {
	score float64
	id    int32
	runes int
}

// Tokenize returns the piece ids of text, exactly as the reference JS tokenizer does (including
// its quirks: a lattice score of exactly 0 counts as "unset", and backtracking steps by the
// piece's UTF-16 length).
func (t *Tokenizer) Tokenize(text string) []int32 {
	s := norm.NFKC.String(text)
	if s != "" {
		s = string(separator) + strings.ReplaceAll(s, " ", string(separator))
	}
	sym := []rune(s)
	n := len(sym)
	ends := make([][]piece, n+1) // pieces ending at each position, by ascending start
	for i := 0; i < n; i++ {
		found := false
		node := t.root.children[sym[i]]
		for j := i; j < n && node != nil; j++ {
			if node.end {
				ends[i+node.runes] = append(ends[i+node.runes], piece{node.score, node.id, node.runes})
				found = true
			}
			if j+1 < n {
				node = node.children[sym[j+1]]
			} else {
				node = nil
			}
		}
		if !found {
			ends[i+1] = append(ends[i+1], piece{0, 0, 1})
		}
	}
	// JS iterates nodes[endPos] by ascending start; pieces were appended by ascending start.
	best := make([]float64, n+1)
	words := make([]int32, n+1)
	for end := 0; end <= n; end++ {
		for _, p := range ends[end] {
			sc := p.score + best[end-p.runes]
			if best[end] == 0 || sc >= best[end] {
				best[end] = sc
				words[end] = p.id
			}
		}
	}
	var rev []int32
	for it := n; it > 0; {
		id := words[it]
		rev = append(rev, id)
		it -= t.pieceJS[id]
	}
	out := make([]int32, 0, len(rev))
	prevUnk := false
	for _, id := range rev {
		if !(prevUnk && id == 0) {
			out = append(out, id)
		}
		prevUnk = id == 0
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
