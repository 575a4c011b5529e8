package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/app"
	"github.com/llmobs/llmobs/loadgen"
	"github.com/llmobs/llmobs/services/alerter"
	"github.com/llmobs/llmobs/services/embedder"
)

// The demo's surge of a new kind of question (issue #23): from 45 s on,
// 10 % of the prompts ask about a subject the rest of the traffic never
// does, and LLMNovelPromptSurge fires while the 2-minute traffic runs.
//
// Only the demo judges surges on a quarter of the default time scale
// (rate buckets of 15 s, a surge window of 45 s, instead of 1 m and 2 m):
// with the defaults nothing can surge before the baseline holds half a
// surge window's prompts from before the window — about 3 minutes of
// traffic — so the default 2-minute demo could never show one. Everything
// else that keeps a long run free of false alarms is as configured: the
// warm-up (300 prompts per tenant/service; the demo's busiest, acme's
// chat-api and support-agent, pass it after ~75 s, the others not at
// all), the baseline rule, min_share, factor and min_count. `llmobs up`
// keeps the defaults (TestNovelSubjectSurgeAndNoFalseAlarms: none in an
// hour of the default traffic). A -loadgen.new-subject-* flag or the
// embedder's novelty keys in -config.file override these. Measured
// (2026-12-03, 2 shared cores): the subject's 179 prompts raised
// LLMNovelPromptSurge 34 s and 44 s after it began on acme's chat-api and
// 63 s after on its support-agent.
const (
	demoSubjectAt    = 45 * time.Second
	demoSubjectShare = 0.1
)

func demoSurgeDefaults(o *app.Options, lg *loadgen.Config) {
	lg.NewSubjectAt, lg.NewSubjectShare = demoSubjectAt, demoSubjectShare
	app.Configure(o.Modules, "embedder", func(c *embedder.Config) {
		c.Novelty.Bucket = 15 * time.Second
		c.Novelty.SurgeWindow = 45 * time.Second
	})
}

// printSurges says when the new subject began and which
// LLMNovelPromptSurge alerts it raised, how long after it began (event
// time), with an example prompt (redacted, as the embedder reads them).
func printSurges(w io.Writer, lg loadgen.Config, sent int64, began time.Time, alerts []app.AlertLine) {
	if lg.NewSubjectShare <= 0 {
		return
	}
	fmt.Fprintf(w, "\nNew subject of questions from %s (+%s, %.0f%% of the prompts, %d sent):\n", began.Local().Format(time.TimeOnly), lg.NewSubjectAt, 100*lg.NewSubjectShare, sent)
	n := 0
	for _, a := range alerts {
		if a.Labels["alertname"] != alerter.SurgeAlert || a.Status != "firing" {
			continue
		}
		n++
		at, err := time.Parse(time.RFC3339Nano, a.StartsAt)
		after := "?"
		if err == nil {
			after = at.Sub(began).Round(time.Second).String()
		}
		who := a.Labels["service"]
		if t := a.Labels["tenant"]; t != "" {
			who = t + "/" + who
		}
		ex := a.Example
		if len(ex) > 80 {
			ex = strings.ToValidUTF8(ex[:80], "") + "…"
		}
		fmt.Fprintf(w, "  %s fired for %-20s %s after it began, share %s, e.g. %q\n", alerter.SurgeAlert, who, after, a.Value, ex)
	}
	if n == 0 {
		fmt.Fprintf(w, "  no %s: a tenant/service needs 300 prompts (warm-up) and 10 of the subject in a surge window; see `curl 127.0.0.1:8080/api/topics` while it runs\n", alerter.SurgeAlert)
	}
}
