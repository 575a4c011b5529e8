package stage

import (
	"fmt"
	"maps"
	"math"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// mk is an LLM span ending at endMs (its event time) with latency latMs.
func mk(endMs int64, latMs float64, weight float64, model string) *llmobsv1.EnrichedSpan {
	end := uint64(endMs) * 1e6
	st := end - min(end, uint64(latMs*1e6))
	return &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{
		StartTimeUnixNano: st, EndTimeUnixNano: end, Weight: weight,
		Class:    llmobsv1.SpanClass_SPAN_CLASS_LLM,
		Resource: &llmobsv1.Resource{ServiceName: "chat"},
		GenAi:    &llmobsv1.GenAI{Operation: "chat", Provider: "openai", RequestModel: model, OutputTokens: 10},
	}}
}

func TestStage1FiresAtWatermarkAndRevisesLate(t *testing.T) {
	s := NewStage1(3, []time.Duration{10 * time.Second}, time.Second, 30*time.Second)
	s.Add(mk(1_000, 100, 0, "m"))
	s.Add(mk(5_000, 200, 2, "m"))
	if got := s.Advance(false); len(got) != 0 {
		t.Fatalf("fired before watermark passed end: %v", got)
	}
	s.Add(mk(11_000, 100, 1, "m")) // wm = 10_000 = end of [0,10s)
	got := s.Advance(false)
	if len(got) != 1 || got[0].SourceRevision != 2 || got[0].Aggregate.Requests != 3 || got[0].Source != "p3" || got[0].SourceWatermarkUnixMs != 10_000 {
		t.Fatalf("first firing = %v", got)
	}
	s.Add(mk(9_000, 300, 1, "m")) // late but within lateness
	got = s.Advance(false)
	if len(got) != 1 || got[0].SourceRevision != 3 || got[0].Aggregate.Requests != 4 {
		t.Fatalf("late update = %v", got)
	}
	s.Add(mk(45_000, 1, 1, "m")) // wm 44s ≥ 10s+30s: window [0,10s) dropped
	s.Advance(false)
	s.Add(mk(2_000, 1, 5, "m")) // too late
	if s.LateSpans != 1 || s.LateDropped != 1 {
		t.Fatalf("late=%v dropped=%v", s.LateSpans, s.LateDropped)
	}
	// Non-model spans are skipped and counted.
	x := mk(46_000, 1, 1, "m")
	x.Span.Class = llmobsv1.SpanClass_SPAN_CLASS_HTTP
	if s.Add(x) || s.Skipped != 1 {
		t.Fatal("HTTP span fed a series")
	}
}

func TestStage1LateWithinKeptStateGoesToLateField(t *testing.T) {
	// Two window lengths: the 1m window is still kept when the 10s one is
	// beyond lateness, so the late weight lands in the 1m window's late.
	s := NewStage1(0, []time.Duration{10 * time.Second, time.Minute}, 0, 5*time.Second)
	s.Add(mk(1_000, 1, 1, "m"))
	s.Add(mk(30_000, 1, 1, "m"))
	s.Advance(false)
	s.Add(mk(2_000, 1, 4, "m")) // 10s window: late (wm 30s ≥ 15s); 1m window: on time
	if s.LateSpans != 1 {
		t.Fatalf("late=%v", s.LateSpans)
	}
}

func TestStage2ReplacesSourceRevisionAndMergesSources(t *testing.T) {
	a := NewStage1(0, []time.Duration{10 * time.Second}, 0, 30*time.Second)
	b := NewStage1(1, []time.Duration{10 * time.Second}, 0, 30*time.Second)
	m := NewStage2(2*time.Second, 30*time.Second)
	for i := int64(0); i < 100; i++ {
		a.Add(mk(1000+i*10, float64(i+1), 1, "m"))
		b.Add(mk(1000+i*10+5, float64(i+101), 1, "m"))
	}
	a.Add(mk(10_000, 1, 1, "m"))
	b.Add(mk(10_000, 1, 1, "m"))
	for _, p := range append(a.Advance(false), b.Advance(false)...) {
		m.Add(p)
	}
	if w := m.Advance(0, false); len(w) != 0 {
		t.Fatalf("fired before grace: %v", w)
	}
	a.Add(mk(13_000, 1, 1, "m"))
	for _, p := range a.Advance(false) {
		m.Add(p)
	}
	// Stage 2's watermark is the min over sources: b is still at 10s.
	a.Add(mk(25_000, 1, 1, "m"))
	for _, p := range a.Advance(false) {
		m.Add(p)
	}
	if w := m.Advance(0, false); len(w) != 0 || m.WatermarkMs() != 10_000 {
		t.Fatalf("fired before the slowest source passed: %v (wm %d)", w, m.WatermarkMs())
	}
	b.Add(mk(25_000, 1, 1, "m"))
	b.Advance(false) // [10s,20s) of b
	m.Add(b.Heartbeat())
	w := m.Advance(0, false)
	// Both sources at 25s: [0,10s) fires; [10s,20s) too, without b's
	// partial for it (not added above), which arrives later as a revision.
	if len(w) != 2 || w[0].Revision != 1 || w[0].Requests != 200 || w[1].WindowStartUnixMs != 10_000 || w[1].Requests != 2 {
		t.Fatalf("final = %v", w)
	}
	if math.Abs(w[0].LatencyP50Ms-100) > 1 || w[0].LatencyMaxMs != 200 {
		t.Fatalf("p50=%v max=%v", w[0].LatencyP50Ms, w[0].LatencyMaxMs)
	}
	// Late span in source a: updated partial replaces a's earlier one.
	a.Add(mk(9_999, 1000, 1, "m")) // [0,10s) still within lateness (wm 25s < 40s)
	ps := a.Advance(false)
	for _, p := range ps {
		m.Add(p)
	}
	// Re-delivery of the same partial (restart) is ignored.
	for _, p := range ps {
		m.Add(p)
	}
	w = m.Advance(0, false)
	if len(w) != 1 || w[0].Revision != 2 || w[0].Requests != 201 || w[0].LatencyMaxMs != 1000 {
		t.Fatalf("revision = %v", w)
	}
	if m.Stale != 1 {
		t.Fatalf("stale=%v", m.Stale)
	}
}

// A quiet partition moves event time on from its latest span at the pace of
// the wall clock, not to the wall clock: when upstream is behind, the spans
// still to come are old, and must not be pushed past the allowed lateness.
func TestIdleAdvancesFromTheLatestSpan(t *testing.T) {
	st := NewStage1(0, []time.Duration{10 * time.Second}, 0, 30*time.Second)
	base := int64(1_800_000_000_000)
	es := &llmobsv1.EnrichedSpan{Span: &llmobsv1.Span{Class: llmobsv1.SpanClass_SPAN_CLASS_LLM, Weight: 1,
		StartTimeUnixNano: uint64(base-1000) * 1e6, EndTimeUnixNano: uint64(base) * 1e6, GenAi: &llmobsv1.GenAI{RequestModel: "m"}}}
	st.Add(es)
	// Upstream is 60 s behind the wall clock and was quiet for 6 s.
	st.Idle(base+60_000, 6_000)
	if wm, _ := st.WatermarkMs(); wm != base+6_000 {
		t.Fatalf("watermark %d ms after the latest span, want 6000 (not the wall clock, 60000)", wm-base)
	}
	// Caught up (the latest span is recent): capped by the wall clock.
	st.Idle(base+7_000, 60_000)
	if wm, _ := st.WatermarkMs(); wm != base+7_000 {
		t.Fatalf("watermark %d ms after the latest span, want 7000 (the wall clock)", wm-base)
	}
}

// A span ending ahead of the clock (a host whose clock runs 10 minutes
// fast) fills its own window but moves the watermark only to the cap (the
// timestamp of the record carrying it): the on-time spans after it in the
// same partition are not late, and the future window fires when the clock
// reaches it.
func TestStage1WatermarkCapped(t *testing.T) {
	now := int64(1_800_000_000_000)
	s := NewStage1(0, []time.Duration{10 * time.Second}, time.Second, 30*time.Second)
	s.CapMs = now
	s.Add(mk(now-2_000, 100, 1, "m"))
	s.Add(mk(now+10*60_000, 100, 1, "m")) // 10 min ahead
	if s.Ahead != 1 {
		t.Fatalf("ahead = %v, want 1", s.Ahead)
	}
	if wm, _ := s.WatermarkMs(); wm != now-1_000 {
		t.Fatalf("watermark %d ms from the cap, want -1000 (cap − out_of_orderness)", wm-now)
	}
	now += 500
	s.CapMs = now
	s.Add(mk(now-1_000, 100, 1, "m"))
	if s.LateSpans != 0 {
		t.Fatalf("on-time span counted late after a span from the future: late=%v", s.LateSpans)
	}
	// Without the cap the same sequence makes it late.
	u := NewStage1(0, []time.Duration{10 * time.Second}, time.Second, 30*time.Second)
	u.Add(mk(now-2_000, 100, 1, "m"))
	u.Add(mk(now+10*60_000, 100, 1, "m"))
	u.Add(mk(now-1_000, 100, 1, "m"))
	if u.LateSpans != 1 {
		t.Fatalf("uncapped: late=%v, want 1 (the test would not tell the cap's effect)", u.LateSpans)
	}
	// The future window fires once the clock (via Idle) passes its end.
	var fired int
	for _, p := range s.Advance(false) {
		if p.WindowStartUnixMs > now {
			fired++
		}
	}
	if fired != 0 {
		t.Fatal("a window ahead of the clock fired")
	}
	later := now + 11*60_000
	s.Idle(later, 11*60_000)
	for _, p := range s.Advance(false) {
		if p.WindowStartUnixMs > now && p.Aggregate.GetRequests() == 1 {
			fired++
		}
	}
	if fired != 1 {
		t.Fatalf("the future span's window fired %d times once the clock passed it, want 1", fired)
	}
}

// A summary of spans ingest shed lands in the same windows as the spans
// it stands for: a partition fed 90 % of its spans as 10 s summaries fires
// the same 10 s and 1 m partials (counts, tokens, quantiles) as one fed
// every span; a summary behind the allowed lateness counts as late like a
// span; and a replay of the same input rebuilds the same revisions.
func TestStage1SummariesMergeLikeSpans(t *testing.T) {
	lengths := []time.Duration{10 * time.Second, time.Minute}
	feed := func(summarise bool) (*Stage1, []*llmobsv1.SLIPartial) {
		s := NewStage1(0, lengths, 0, time.Minute)
		s.Upstream()
		z := sli.NewSummarizer(10 * time.Second)
		var out []*llmobsv1.SLIPartial
		for i := int64(0); i < 1200; i++ {
			es := mk(i*100, float64(10+i%97), 1, []string{"a", "b"}[i%2])
			if summarise && i%10 != 0 {
				z.Add(es)
			} else {
				s.Add(es)
			}
			if i%50 == 49 { // a poll: its summaries follow its spans, then the watermark
				for _, sum := range z.Take("") {
					if !s.AddSummary(sum) {
						t.Fatal("summary refused")
					}
				}
				s.SetWatermark(i * 100)
				out = append(out, s.Advance(false)...)
			}
		}
		s.SetWatermark(200_000)
		return s, append(out, s.Advance(false)...)
	}
	_, want := feed(false)
	st, got := feed(true)
	if st.Summaries == 0 || st.SummarySpans != 1080 || st.Misaligned != 0 {
		t.Fatalf("summaries %v holding %v spans, misaligned %v", st.Summaries, st.SummarySpans, st.Misaligned)
	}
	final := func(ps []*llmobsv1.SLIPartial) map[WinKey]*llmobsv1.SLIWindow {
		m := map[WinKey]*llmobsv1.SLIWindow{}
		for _, p := range ps {
			k := WinKey{sli.KeyFromProto(p.Series), p.WindowLengthMs, p.WindowStartUnixMs}
			m[k] = sli.FromProto(p.Aggregate).Window(k.Series, k.StartMs, k.LenMs, 1, 0)
		}
		return m
	}
	gw, ww := final(got), final(want)
	if len(gw) != len(ww) || len(ww) != 2*(12+2) {
		t.Fatalf("%d windows from summaries, %d from spans", len(gw), len(ww))
	}
	for k, w := range ww {
		g := gw[k]
		if g == nil || g.Requests != w.Requests || g.Spans != w.Spans || g.OutputTokens != w.OutputTokens || g.LatencyP99Ms != w.LatencyP99Ms || g.LatencyP50Ms != w.LatencyP50Ms {
			t.Errorf("window %+v: from summaries %v, from spans %v", k, g, w)
		}
	}

	// Late: a summary of a window past the allowed lateness.
	late := sli.NewSummarizer(10 * time.Second)
	late.Add(mk(1_000, 5, 1, "a"))
	late.Add(mk(2_000, 5, 1, "a"))
	sum := late.Take("")[0]
	late0 := st.LateSpans
	st.AddSummary(sum)
	if st.LateSpans-late0 != 4 { // two spans × two window lengths
		t.Errorf("late spans +%v, want +4", st.LateSpans-late0)
	}

	// Replay: the same input again gives the same revisions.
	_, again := feed(true)
	if len(again) != len(got) {
		t.Fatalf("replay emitted %d partials, first run %d", len(again), len(got))
	}
	revs := func(ps []*llmobsv1.SLIPartial) map[string]bool {
		m := map[string]bool{}
		for _, p := range ps {
			m[fmt.Sprint(sli.KeyFromProto(p.Series), p.WindowLengthMs, p.WindowStartUnixMs, p.SourceRevision, p.Aggregate.Requests)] = true
		}
		return m
	}
	if a, b := revs(again), revs(got); !maps.Equal(a, b) {
		t.Fatalf("replay partials differ from the first run's:\n%v\n%v", a, b)
	}

	// A bucket that straddles a window end is counted, and garbage refused.
	st.AddSummary(&llmobsv1.SeriesSummary{Series: sum.Series, BucketStartUnixMs: 195_000, BucketLengthMs: 10_000, Aggregate: sum.Aggregate})
	if st.Misaligned != 1 {
		t.Errorf("misaligned %v, want 1", st.Misaligned)
	}
	for _, bad := range []*llmobsv1.SeriesSummary{{}, {Series: sum.Series, BucketLengthMs: 10_000}, {Series: sum.Series, Aggregate: sum.Aggregate}, {Series: sum.Series, Aggregate: sum.Aggregate, BucketLengthMs: 1, BucketStartUnixMs: math.MaxInt64}} {
		if st.AddSummary(bad) {
			t.Errorf("accepted %v", bad)
		}
	}
	if st.BadSummaries != 4 {
		t.Errorf("bad summaries %v, want 4", st.BadSummaries)
	}
}

// TestStage2PartialWithoutAggregate: a partial of a window without an
// aggregate (no stage 1 writes one; any bytes can reach
// llmobs.sli.partials) counts as an empty one. It used to panic when the
// window fired (sli.FromProto(nil)).
func TestStage2PartialWithoutAggregate(t *testing.T) {
	s2 := NewStage2(0, time.Minute)
	s2.Expect(1)
	s2.Add(&llmobsv1.SLIPartial{Series: &llmobsv1.SeriesKey{Service: "s"}, Source: "p0", WindowLengthMs: 1000, SourceRevision: 1, SourceWatermarkUnixMs: 5000})
	ws := s2.Advance(0, false)
	if len(ws) != 1 || ws[0].Requests != 0 || ws[0].Revision != 1 {
		t.Fatalf("windows %v", ws)
	}
}

// While the watermark is held (no upstream report yet), the windows no
// span changed while the spans moved FreezeQuiet on are frozen, so what is live does not
// grow with the data read; when the watermark comes, every window fires
// with what an accumulator of its spans holds, frozen or not, and late
// spans into frozen windows are folded in too.
func TestStage1FreezesQuietWindowsWhileTheWatermarkIsHeld(t *testing.T) {
	lens := []time.Duration{10 * time.Second, time.Minute}
	s := NewStage1(0, lens, 5*time.Second, 10*time.Minute)
	s.Upstream() // the watermark comes from upstream: none yet
	type key struct {
		model      string
		lenMs, beg int64
	}
	ref := map[key]*sli.Acc{}
	add := func(es *llmobsv1.EnrichedSpan) {
		s.Add(es)
		end := int64(es.Span.EndTimeUnixNano / 1e6)
		for _, l := range lens {
			k := key{es.Span.GenAi.RequestModel, l.Milliseconds(), end - end%l.Milliseconds()}
			if ref[k] == nil {
				ref[k] = sli.NewAcc()
			}
			ref[k].Add(es)
		}
	}
	n := 0
	for sec := int64(0); sec < 600; sec++ {
		for m := range 5 {
			add(asCall(mk(1_000_000+sec*1000+int64(m), float64(100+sec%7*10+int64(m)), 1, fmt.Sprint("m", m)), n))
			n++
		}
		if got := s.Advance(false); len(got) != 0 {
			t.Fatalf("fired without a watermark: %d", len(got))
		}
		// Quiet windows (no span for FreezeQuiet of the newest spans'
		// event time) are frozen: the live ones are each series' last
		// FreezeQuiet, in windows of both lengths.
		if live := s.Open() - s.Frozen(); live > 5*(int(FreezeQuiet/(10*time.Second))+int(FreezeQuiet/time.Minute)+4) {
			t.Fatalf("after %d s of spans: %d live windows of %d", sec, live, s.Open())
		}
	}
	// Late spans into frozen windows thaw them.
	for m := range 5 {
		add(asCall(mk(1_000_000+int64(m)*1000+500, 9_999, 1, fmt.Sprint("m", m)), n))
		n++
	}
	s.SetWatermark(1_000_000 + 600_000)
	fired := s.Advance(false)
	if len(fired) != len(ref)-5 { // the last 1-minute windows (one a series) are not complete yet
		t.Fatalf("fired %d windows of %d", len(fired), len(ref))
	}
	for _, p := range fired {
		k := key{p.Series.Model, p.WindowLengthMs, p.WindowStartUnixMs}
		if !proto.Equal(p.Aggregate, ref[k].Proto()) {
			t.Fatalf("window %v: %v, want %v", k, p.Aggregate, ref[k].Proto())
		}
	}
	if s.Frozen() != s.Open()-5 {
		t.Fatalf("after firing %d of %d windows frozen", s.Frozen(), s.Open())
	}
}
