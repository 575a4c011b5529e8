package aggregator

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/planetscale/vtprotobuf/protohelpers"

	"github.com/llmobs/llmobs/pkg/protocheck"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// enrichedDecoder decodes llmobs.enriched records (EnrichedSpanBatch) for
// stage 1: the same messages EnrichedSpanBatch.UnmarshalVT builds, less
// what no part of the aggregator reads (the SLIs, the evaluation join, the
// call store, llm_spans), with fewer allocations. Decoding was a third of
// stage 1's CPU and most of its allocations (issue 20).
//
//   - Not decoded (left empty): Span.attributes, scope_name,
//     scope_version, source; Resource fields but service_name;
//     GenAI.finish_reasons, temperature, top_p, max_tokens,
//     system_instructions, conversation_id; Message.role and
//     finish_reason; Cost.price_tier and price_source;
//     EnrichedSpan.redaction; unknown fields. They are still checked as
//     UnmarshalVT checks them (wire types, lengths, nested messages), so a
//     record is undecodable exactly when UnmarshalVT says so.
//   - Strings of few values (service, model, operation, provider, tenant,
//     user, span name, error type, flags, price model, GPU host, UUID and
//     model) are interned: one copy shared by every span and by what the
//     stages keep.
//   - The three IDs of a span share one allocation.
//   - The spans' EnrichedSpan, Span and Resource messages of a record are
//     one allocation, their GenAI, Cost and GPU messages one per 32, and
//     message contents point into the record's bytes (read-only: franz-go hands out a fresh buffer per
//     fetch). Nothing keeps these messages or the contents past the
//     record: the call store copies what it keeps (callOf), llm_spans rows
//     are built before the poll commits, the exemplars keep the IDs and
//     flags only. Code that keeps a decoded *Span must copy it (or decode
//     with UnmarshalVT), or it pins the record's spans.
//
// Any error falls back to UnmarshalVT on the whole record, so an
// undecodable record fails with UnmarshalVT's error. TestDecodeEnriched and
// FuzzDecodeEnriched check the result equals UnmarshalVT's less the fields
// above; TestDecodeEnrichedFields fails when the schema gains a field
// this decoder does not know.
//
// Strings are not checked for UTF-8 by the generated decoders. The
// interned ones — every label a series, an exemplar or a flag count is
// keyed by — are checked here (once per distinct value while it stays in
// the table), and the summaries' and watermarks' strings after decoding:
// a record holding one that is not UTF-8 is refused whole (invalid_utf8,
// to the DLQ) rather than letting the bad label into a partials record,
// which stage 2 would refuse with every good series in it. Prompts and
// completions are not checked: they go only to the call store and
// llm_spans, whose readers (JSON, ClickHouse String) take any bytes.
type enrichedDecoder struct {
	mu   sync.Mutex
	strs map[string]string
	// bad is the first string of the record being decoded that is not
	// UTF-8 (decode reads and clears it).
	bad    string
	hasBad bool
}

// Interned strings: at most maxInterned (then the table starts over),
// each at most maxInternLen bytes (longer ones are allocated).
const (
	maxInterned  = 8192
	maxInternLen = 128
)

func (d *enrichedDecoder) decode(data []byte) (*llmobsv1.EnrichedSpanBatch, error) {
	d.mu.Lock()
	b, err := d.batch(data)
	bad, hasBad := d.bad, d.hasBad
	d.bad, d.hasBad = "", false
	d.mu.Unlock()
	if err != nil {
		b = &llmobsv1.EnrichedSpanBatch{}
		if err = b.UnmarshalVT(data); err != nil {
			return b, err
		}
		// Rare (what this decoder does not handle): the whole batch.
		if err := protocheck.UTF8(b); err != nil {
			return nil, &badRecord{reason: "invalid_utf8", err: fmt.Errorf("llmobs.v1.EnrichedSpanBatch: %w", err)}
		}
		return b, nil
	}
	if hasBad {
		return nil, &badRecord{reason: "invalid_utf8", err: fmt.Errorf("llmobs.v1.EnrichedSpanBatch: invalid UTF-8 %q", bad)}
	}
	for _, x := range b.Summaries {
		if err := protocheck.UTF8(x); err != nil {
			return nil, &badRecord{reason: "invalid_utf8", err: fmt.Errorf("llmobs.v1.SeriesSummary: %w", err)}
		}
	}
	for _, x := range b.Watermarks {
		if err := protocheck.UTF8(x); err != nil {
			return nil, &badRecord{reason: "invalid_utf8", err: fmt.Errorf("llmobs.v1.SourceWatermark: %w", err)}
		}
	}
	return b, nil
}

// invalid notes s, not UTF-8, as the record's first bad string.
func (d *enrichedDecoder) invalid(b []byte) string {
	s := string(b)
	if !d.hasBad {
		d.bad, d.hasBad = s, true
	}
	return s
}

func (d *enrichedDecoder) intern(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > maxInternLen {
		if !utf8.Valid(b) {
			return d.invalid(b)
		}
		return string(b)
	}
	if s, ok := d.strs[string(b)]; ok {
		return s
	}
	if !utf8.Valid(b) {
		return d.invalid(b) // never interned
	}
	if d.strs == nil || len(d.strs) >= maxInterned {
		d.strs = make(map[string]string, 256)
	}
	s := string(b)
	d.strs[s] = s
	return s
}

// errFull: this decoder stops; UnmarshalVT decodes the record (and
// reports what is wrong with it).
var errFull = errors.New("aggregator: decode with UnmarshalVT")

// Wire types.
const (
	wtVarint = 0
	wtI64    = 1
	wtLen    = 2
	wtI32    = 5
)

// uvarint reads a varint as the generated code does: at most ten bytes,
// the bits past 64 dropped.
func uvarint(d []byte, i int) (uint64, int, error) {
	if i < len(d) && d[i] < 0x80 {
		return uint64(d[i]), i + 1, nil
	}
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if shift >= 64 || i >= len(d) {
			return 0, i, errFull
		}
		b := d[i]
		i++
		v |= uint64(b&0x7F) << shift
		if b < 0x80 {
			return v, i, nil
		}
	}
}

// tag reads a field's tag; it refuses what the generated code refuses.
func tag(d []byte, i int) (int32, int, int, error) {
	w, i, err := uvarint(d, i)
	if err != nil {
		return 0, 0, i, err
	}
	num, wt := int32(w>>3), int(w&7)
	if wt == 4 || num <= 0 {
		return 0, 0, i, errFull
	}
	return num, wt, i, nil
}

// lenField reads a length-delimited field's bounds.
func lenField(d []byte, i, wt int) (int, int, error) {
	if wt != wtLen {
		return 0, 0, errFull
	}
	n, i, err := uvarint(d, i)
	if err != nil {
		return 0, 0, err
	}
	ln := int(n)
	end := i + ln
	if ln < 0 || end < 0 || end > len(d) {
		return 0, 0, errFull
	}
	return i, end, nil
}

func fixed64(d []byte, i, wt int) (uint64, int, error) {
	if wt != wtI64 || i+8 > len(d) {
		return 0, i, errFull
	}
	return binary.LittleEndian.Uint64(d[i:]), i + 8, nil
}

func varint(d []byte, i, wt int) (uint64, int, error) {
	if wt != wtVarint {
		return 0, i, errFull
	}
	return uvarint(d, i)
}

// skip passes over a known field of wire type want (not decoded).
func skip(d []byte, i, wt, want int) (int, error) {
	if wt != want {
		return i, errFull
	}
	switch wt {
	case wtVarint:
		_, i, err := uvarint(d, i)
		return i, err
	case wtI64:
		if i+8 > len(d) {
			return i, errFull
		}
		return i + 8, nil
	case wtLen:
		_, end, err := lenField(d, i, wt)
		return end, err
	}
	return i, errFull
}

// unknown passes over an unknown field (from its tag at pre) as the
// generated code does.
func unknown(d []byte, pre int) (int, error) {
	n, err := protohelpers.Skip(d[pre:])
	if err != nil || n < 0 || pre+n < 0 || pre+n > len(d) {
		return pre, errFull
	}
	return pre + n, nil
}

// check walks a message that is not decoded as UnmarshalVT would:
// wire[num] is the wire type of known field num (-1: unknown), sub[num]
// checks a known message field's content.
func check(d []byte, wire []int8, sub map[int32]func([]byte) error) error {
	for i := 0; i < len(d); {
		pre := i
		num, wt, j, err := tag(d, i)
		if err != nil {
			return err
		}
		if int(num) >= len(wire) || wire[num] < 0 {
			if i, err = unknown(d, pre); err != nil {
				return err
			}
			continue
		}
		if f := sub[num]; f != nil {
			s, e, err := lenField(d, j, wt)
			if err != nil {
				return err
			}
			if err := f(d[s:e]); err != nil {
				return err
			}
			i = e
			continue
		}
		if i, err = skip(d, j, wt, int(wire[num])); err != nil {
			return err
		}
	}
	return nil
}

// The messages skipped whole: KeyValue {key, value}, Redaction {mode,
// counts: RedactionCount {type, count}}.
var (
	keyValueWire       = []int8{-1, wtLen, wtLen}
	redactionWire      = []int8{-1, wtLen, wtLen}
	redactionCountWire = []int8{-1, wtLen, wtVarint}
	redactionSub       = map[int32]func([]byte) error{2: func(b []byte) error { return check(b, redactionCountWire, nil) }}
)

// slab holds the messages every span has, which no one keeps past the
// record.
type slab struct {
	es  llmobsv1.EnrichedSpan
	sp  llmobsv1.Span
	res llmobsv1.Resource
}

// chunks hands out the messages only some spans have (GenAI: model and
// tool spans; Cost and GPU: model spans; messages; TTFTs), 32 to an
// allocation.
type chunks[T any] struct{ free []T }

func (c *chunks[T]) next() *T {
	if len(c.free) == 0 {
		c.free = make([]T, 32)
	}
	p := &c.free[0]
	c.free = c.free[1:]
	return p
}

// record is one record's allocations.
type record struct {
	g    chunks[llmobsv1.GenAI]
	cost chunks[llmobsv1.Cost]
	gpu  chunks[llmobsv1.GPUAttribution]
	msg  chunks[llmobsv1.Message]
	i64  chunks[int64]
}

func (d *enrichedDecoder) batch(data []byte) (*llmobsv1.EnrichedSpanBatch, error) {
	// Count the spans first: one slab, one slice.
	n := 0
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return nil, err
		}
		if num == 1 {
			n++
		}
		if wt == wtLen {
			_, i, err = lenField(data, j, wt)
		} else {
			i, err = unknown(data, pre)
		}
		if err != nil {
			return nil, err
		}
	}
	b := &llmobsv1.EnrichedSpanBatch{}
	var rec record
	var slabs []slab
	if n > 0 {
		slabs = make([]slab, n)
		b.Spans = make([]*llmobsv1.EnrichedSpan, 0, n)
	}
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return nil, err
		}
		switch num {
		case 1:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return nil, err
			}
			sl := &slabs[len(b.Spans)]
			if err := d.enrichedSpan(&rec, sl, data[s:e]); err != nil {
				return nil, err
			}
			b.Spans = append(b.Spans, &sl.es)
			i = e
		case 2:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return nil, err
			}
			w := &llmobsv1.SourceWatermark{}
			if err := w.UnmarshalVT(data[s:e]); err != nil {
				return nil, errFull
			}
			b.Watermarks = append(b.Watermarks, w)
			i = e
		case 3:
			var v uint64
			if v, i, err = varint(data, j, wt); err != nil {
				return nil, err
			}
			b.SourcePartitions = int32(v)
		case 4:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return nil, err
			}
			x := &llmobsv1.SeriesSummary{}
			if err := x.UnmarshalVT(data[s:e]); err != nil {
				return nil, errFull
			}
			b.Summaries = append(b.Summaries, x)
			i = e
		default:
			if i, err = unknown(data, pre); err != nil {
				return nil, err
			}
		}
	}
	return b, nil
}

func (d *enrichedDecoder) enrichedSpan(rec *record, sl *slab, data []byte) error {
	es := &sl.es
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		switch num {
		case 1:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if es.Span == nil {
				es.Span = &sl.sp
			}
			if err := d.span(rec, sl, data[s:e]); err != nil {
				return err
			}
			i = e
		case 2:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if es.Gpu == nil {
				es.Gpu = rec.gpu.next()
			}
			if err := d.gpu(es.Gpu, data[s:e]); err != nil {
				return err
			}
			i = e
		case 3:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if es.Cost == nil {
				es.Cost = rec.cost.next()
			}
			if err := d.cost(es.Cost, data[s:e]); err != nil {
				return err
			}
			i = e
		case 4:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if err := check(data[s:e], redactionWire, redactionSub); err != nil {
				return err
			}
			i = e
		case 5:
			if es.EnrichTimeUnixNano, i, err = fixed64(data, j, wt); err != nil {
				return err
			}
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

// bytesField is what the generated code makes of a bytes field (never
// nil once present), carved from the span's ID buffer while it lasts.
func bytesField(ids *[]byte, v []byte) []byte {
	if len(v) == 0 {
		return []byte{}
	}
	b := *ids
	if len(v) > cap(b)-len(b) {
		if len(v) > 16 {
			return append([]byte(nil), v...)
		}
		b = make([]byte, 0, 32) // trace (16), span (8) and parent (8) IDs
	}
	n := len(b)
	b = append(b, v...)
	*ids = b
	return b[n : n+len(v) : n+len(v)]
}

func (d *enrichedDecoder) span(rec *record, sl *slab, data []byte) error {
	sp := &sl.sp
	var ids []byte
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		var v uint64
		switch num {
		case 1, 2, 3, 4, 7, 15, 19:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			switch f := data[s:e]; num {
			case 1:
				sp.TraceId = bytesField(&ids, f)
			case 2:
				sp.SpanId = bytesField(&ids, f)
			case 3:
				sp.ParentSpanId = bytesField(&ids, f)
			case 4:
				sp.Name = d.intern(f)
			case 7:
				sp.StatusMessage = string(f)
			case 15:
				sp.ErrorType = d.intern(f)
			case 19:
				sp.Flags = append(sp.Flags, d.intern(f))
			}
			i = e
		case 5, 6, 13, 16, 18, 21, 22:
			if v, i, err = varint(data, j, wt); err != nil {
				return err
			}
			switch num {
			case 5:
				sp.Kind = llmobsv1.SpanKind(v)
			case 6:
				sp.StatusCode = llmobsv1.StatusCode(v)
			case 13:
				sp.Class = llmobsv1.SpanClass(v)
			case 16:
				sp.HttpStatusCode = int32(v)
			case 18:
				sp.DroppedAttributesCount = uint32(v)
			case 21:
				sp.SamplingLevel = uint32(v)
			case 22:
				sp.BodiesDropped = v != 0
			}
		case 8, 9, 20, 23:
			if v, i, err = fixed64(data, j, wt); err != nil {
				return err
			}
			switch num {
			case 8:
				sp.StartTimeUnixNano = v
			case 9:
				sp.EndTimeUnixNano = v
			case 20:
				sp.Weight = math.Float64frombits(v)
			case 23:
				sp.IngestTimeUnixNano = v
			}
		case 10:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if sp.Resource == nil {
				sp.Resource = &sl.res
			}
			if err := d.resource(sp.Resource, data[s:e]); err != nil {
				return err
			}
			i = e
		case 11, 12, 24: // scope name and version, source
			if i, err = skip(data, j, wt, wtLen); err != nil {
				return err
			}
		case 14:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if sp.GenAi == nil {
				sp.GenAi = rec.g.next()
			}
			if err := d.genAI(rec, sp.GenAi, data[s:e]); err != nil {
				return err
			}
			i = e
		case 17: // attributes
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			if err := check(data[s:e], keyValueWire, nil); err != nil {
				return err
			}
			i = e
		case 25:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			ev := &llmobsv1.Evaluation{}
			if err := ev.UnmarshalVT(data[s:e]); err != nil {
				return errFull
			}
			sp.Evaluations = append(sp.Evaluations, ev)
			i = e
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *enrichedDecoder) resource(r *llmobsv1.Resource, data []byte) error {
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		switch {
		case num == 1:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			r.ServiceName = d.intern(data[s:e])
			i = e
		case num <= 11: // the other attributes: not read
			if i, err = skip(data, j, wt, wtLen); err != nil {
				return err
			}
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *enrichedDecoder) genAI(rec *record, g *llmobsv1.GenAI, data []byte) error {
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		var v uint64
		switch num {
		case 1, 2, 3, 4, 5, 22, 23:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			switch f := data[s:e]; num {
			case 1:
				g.Operation = d.intern(f)
			case 2:
				g.Provider = d.intern(f)
			case 3:
				g.RequestModel = d.intern(f)
			case 4:
				g.ResponseModel = d.intern(f)
			case 5:
				g.ResponseId = string(f)
			case 22:
				g.UserId = d.intern(f)
			case 23:
				g.TenantId = d.intern(f)
			}
			i = e
		case 6, 7, 8, 9, 10, 11, 12, 13:
			if v, i, err = varint(data, j, wt); err != nil {
				return err
			}
			switch num {
			case 6:
				g.InputTokens = int64(v)
			case 7:
				g.OutputTokens = int64(v)
			case 8:
				g.CacheReadInputTokens = int64(v)
			case 9:
				g.CacheCreationInputTokens = int64(v)
			case 10:
				g.ReasoningOutputTokens = int64(v)
			case 11:
				g.TotalTokens = int64(v)
			case 12:
				t := rec.i64.next()
				*t = int64(v)
				g.TtftNanos = t
			case 13:
				g.Streaming = v != 0
			}
		case 14, 15: // temperature, top_p
			if i, err = skip(data, j, wt, wtI64); err != nil {
				return err
			}
		case 16: // max_tokens
			if i, err = skip(data, j, wt, wtVarint); err != nil {
				return err
			}
		case 17, 20, 21: // finish reasons, system instructions, conversation
			if i, err = skip(data, j, wt, wtLen); err != nil {
				return err
			}
		case 18, 19:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			m := rec.msg.next()
			if err := message(m, data[s:e]); err != nil {
				return err
			}
			if num == 18 {
				g.InputMessages = append(g.InputMessages, m)
			} else {
				g.OutputMessages = append(g.OutputMessages, m)
			}
			i = e
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

// message keeps the content only, pointing into the record.
func message(m *llmobsv1.Message, data []byte) error {
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		switch num {
		case 2:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			m.Content = ""
			if e > s {
				m.Content = unsafe.String(&data[s], e-s)
			}
			i = e
		case 1, 3: // role, finish reason
			if i, err = skip(data, j, wt, wtLen); err != nil {
				return err
			}
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *enrichedDecoder) cost(c *llmobsv1.Cost, data []byte) error {
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		var v uint64
		switch num {
		case 1, 2, 3, 4, 5, 6, 7:
			if v, i, err = fixed64(data, j, wt); err != nil {
				return err
			}
			f := math.Float64frombits(v)
			switch num {
			case 1:
				c.Input = f
			case 2:
				c.Output = f
			case 3:
				c.CacheRead = f
			case 4:
				c.CacheWrite = f
			case 5:
				c.Reasoning = f
			case 6:
				c.Gpu = f
			case 7:
				c.Total = f
			}
		case 8:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			c.PriceModel = d.intern(data[s:e])
			i = e
		case 9, 11: // price tier, price source
			if i, err = skip(data, j, wt, wtLen); err != nil {
				return err
			}
		case 10:
			if v, i, err = varint(data, j, wt); err != nil {
				return err
			}
			c.UnknownModel = v != 0
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *enrichedDecoder) gpu(g *llmobsv1.GPUAttribution, data []byte) error {
	for i := 0; i < len(data); {
		pre := i
		num, wt, j, err := tag(data, i)
		if err != nil {
			return err
		}
		var v uint64
		switch num {
		case 1, 2, 12:
			if v, i, err = varint(data, j, wt); err != nil {
				return err
			}
			switch num {
			case 1:
				g.Method = llmobsv1.JoinMethod(v)
			case 2:
				g.Samples = uint32(v)
			case 12:
				g.Gpus = uint32(v)
			}
		case 3, 4, 5:
			s, e, err := lenField(data, j, wt)
			if err != nil {
				return err
			}
			switch f := d.intern(data[s:e]); num {
			case 3:
				g.HostName = f
			case 4:
				g.GpuUuid = f
			case 5:
				g.GpuModel = f
			}
			i = e
		case 6, 7, 8, 9, 10, 11:
			if v, i, err = fixed64(data, j, wt); err != nil {
				return err
			}
			f := math.Float64frombits(v)
			switch num {
			case 6:
				g.UtilMeanPercent = f
			case 7:
				g.UtilMaxPercent = f
			case 8:
				g.MemUsedMaxMib = f
			case 9:
				g.PowerMeanWatts = f
			case 10:
				g.EnergyJoules = f
			case 11:
				g.GpuSeconds = f
			}
		default:
			if i, err = unknown(data, pre); err != nil {
				return err
			}
		}
	}
	return nil
}
