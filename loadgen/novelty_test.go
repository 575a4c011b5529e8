package loadgen

import (
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protojson"
)

// The new-output scenario changes only what some answers say, from its
// start time on, at its share; every other draw is as without it.
func TestNewOutputScenario(t *testing.T) {
	base := testConfig()
	base.Duration = 60 * time.Second
	with := base
	with.NewOutputAt, with.NewOutputShare = 20*time.Second, 0.2
	_, _, _, sa, err := GenerateRequests(base)
	if err != nil {
		t.Fatal(err)
	}
	traces, _, _, sb, err := GenerateRequests(with)
	if err != nil {
		t.Fatal(err)
	}
	if sa.Spans != sb.Spans || sa.Traces != sb.Traces || sa.ErrorSpans != sb.ErrorSpans || sa.NewOutputCompletions != 0 || sa.PromptsWithPII != sb.PromptsWithPII {
		t.Fatalf("the scenario changed more than answers: %d/%d spans, %d/%d errors, base new-output %d", sa.Spans, sb.Spans, sa.ErrorSpans, sb.ErrorSpans, sa.NewOutputCompletions)
	}
	var llm int64
	for _, n := range sb.LLMSpans {
		llm += n
	}
	share := float64(sb.NewOutputCompletions) / float64(llm)
	// 40 of 60 s at 20 % of the answered calls: about 13 % of all calls.
	if sb.NewOutputCompletions == 0 || share < 0.08 || share > 0.18 {
		t.Fatalf("%d new-kind answers of %d calls (%.3f)", sb.NewOutputCompletions, llm, share)
	}
	start := with.Start.UnixNano() + int64(20*time.Second)
	var early, seen int
	for _, req := range traces {
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					b, _ := protojson.Marshal(s)
					if strings.Contains(string(b), "answer") && strings.Contains(string(b), "schema") || strings.Contains(string(b), "output_parse_failure") {
						seen++
						if int64(s.StartTimeUnixNano) < start {
							early++
						}
					}
				}
			}
		}
	}
	if seen == 0 || early > 0 {
		t.Fatalf("new-kind answers in spans: %d, %d before the scenario's start", seen, early)
	}
}
