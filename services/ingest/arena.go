package ingest

import (
	"strconv"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The decoder's output objects come from slabs that are reused once the
// spans have been marshalled (Decoder.Reset). At a million spans a second
// a fresh heap object per span, attribute and GenAI block keeps the
// garbage collector running all the time, and with it the write barrier
// on every pointer store; reusing the memory takes both off the hot path.

// slabChunk is how many values one chunk holds.
const slabChunk = 128

// maxSlabChunks bounds what a slab keeps across Reset: a one-off huge
// request does not pin its memory for the life of the process.
const maxSlabChunks = 64

// slab hands out zeroed *T from reusable chunks.
type slab[T any] struct {
	chunks [][]T
	c, i   int // chunk in use, next free index in it
}

func (s *slab[T]) new() *T {
	if s.c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]T, slabChunk))
	}
	p := &s.chunks[s.c][s.i]
	if s.i++; s.i == slabChunk {
		s.c, s.i = s.c+1, 0
	}
	return p
}

// reset zeroes what was handed out and makes it available again.
func (s *slab[T]) reset() {
	for k := 0; k < s.c && k < len(s.chunks); k++ {
		clear(s.chunks[k])
	}
	if s.c < len(s.chunks) {
		clear(s.chunks[s.c][:s.i])
	}
	if len(s.chunks) > maxSlabChunks {
		clear(s.chunks[maxSlabChunks:])
		s.chunks = s.chunks[:maxSlabChunks]
	}
	s.c, s.i = 0, 0
}

// sliceSlab carves small empty []T slices (a span's attributes, its
// finish reasons) out of shared chunks; a slice that outgrows its share is
// reallocated by append, as any slice would be.
type sliceSlab[T any] struct {
	chunks [][]T
	c, i   int
}

const sliceShare = 8

func (s *sliceSlab[T]) slice() []T {
	if s.c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]T, slabChunk*sliceShare))
	}
	ch := s.chunks[s.c]
	out := ch[s.i : s.i : s.i+sliceShare]
	if s.i += sliceShare; s.i == len(ch) {
		s.c, s.i = s.c+1, 0
	}
	return out
}

func (s *sliceSlab[T]) reset() {
	for k := 0; k < s.c && k < len(s.chunks); k++ {
		clear(s.chunks[k])
	}
	if s.c < len(s.chunks) {
		clear(s.chunks[s.c][:s.i])
	}
	if len(s.chunks) > maxSlabChunks {
		clear(s.chunks[maxSlabChunks:])
		s.chunks = s.chunks[:maxSlabChunks]
	}
	s.c, s.i = 0, 0
}

// textArena holds strings the decoder formats itself (numbers turned into
// attribute values). Strings alias it, so a chunk is only appended to
// until Reset; a full one is left to the collector and a new one started.
type textArena struct {
	buf []byte
}

const textChunk = 4 << 10

func (t *textArena) room(n int) {
	if cap(t.buf)-len(t.buf) >= n {
		return
	}
	size := textChunk
	if n > size {
		size = n
	}
	t.buf = make([]byte, 0, size)
}

func (t *textArena) formatInt(v int64) string {
	t.room(20)
	start := len(t.buf)
	t.buf = strconv.AppendInt(t.buf, v, 10)
	return str(t.buf[start:len(t.buf):len(t.buf)])
}

func (t *textArena) formatFloat(v float64) string {
	t.room(32)
	start := len(t.buf)
	t.buf = strconv.AppendFloat(t.buf, v, 'g', -1, 64)
	return str(t.buf[start:len(t.buf):len(t.buf)])
}

func (t *textArena) reset() { t.buf = t.buf[:0] }

// arena is everything a Decoder hands out for one batch of spans.
type arena struct {
	spans   slab[llmobsv1.Span]
	genai   slab[llmobsv1.GenAI]
	kvs     slab[llmobsv1.KeyValue]
	res     slab[llmobsv1.Resource]
	ints    slab[int64]
	floats  slab[float64]
	attrs   sliceSlab[*llmobsv1.KeyValue]
	strs    sliceSlab[string]
	text    textArena
	spanBuf []*llmobsv1.Span
}

func (a *arena) reset() {
	a.spans.reset()
	a.genai.reset()
	a.kvs.reset()
	a.res.reset()
	a.ints.reset()
	a.floats.reset()
	a.attrs.reset()
	a.strs.reset()
	a.text.reset()
	clear(a.spanBuf)
	a.spanBuf = a.spanBuf[:0]
}
