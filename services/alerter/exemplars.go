package alerter

import (
	"encoding/hex"
	"strings"
	"time"

	"github.com/llmobs/llmobs/pkg/sli"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// Annotations that point from an alert to the calls behind it: the
// window's exemplars (SLIWindow.exemplars) of the kind the rule is about.
// Plain strings, so Alertmanager and webhooks pass them on unchanged.
const (
	// AnnotationExemplarTraceIDs: hex trace IDs, comma-separated, best
	// first (the slowest calls for a latency rule, the latest errors for
	// an error rule, the costliest for a cost rule).
	AnnotationExemplarTraceIDs = "exemplar_trace_ids"
	// AnnotationExemplarKind: slowest, error, costliest or flagged — also
	// what GET /api/calls should sort or filter by for the same window.
	AnnotationExemplarKind = "exemplar_kind"
	// AnnotationExemplarWindow: the window the exemplars are from,
	// "<start>/<end>" in RFC 3339 (an ISO 8601 interval): /api/calls's
	// since and until.
	AnnotationExemplarWindow = "exemplar_window"
)

// exemplarKind is the kind of evidence a rule's alert wants.
func (r *Rule) exemplarKind() sli.ExemplarKind {
	switch r.kind {
	case "budget":
		return sli.Costliest
	case "slo":
		if r.SLO != nil && r.SLO.LatencyThresholdMs > 0 {
			return sli.Slowest
		}
		return sli.Errors
	}
	if len(r.Conds) > 0 {
		m := r.Conds[0].Metric
		switch {
		case strings.Contains(m, "error"):
			return sli.Errors
		case strings.Contains(m, "cost") || strings.Contains(m, "tokens"):
			return sli.Costliest
		case strings.Contains(m, "flag"):
			return sli.Flagged
		}
	}
	return sli.Slowest
}

// annotateExemplars adds the window's exemplar annotations to ann; a
// window without exemplars (written before they existed, or of calls
// without trace IDs) adds none. A kind with no call in the window (an
// error rule over a window without errors, in a burn-rate rule) falls
// back to the slowest calls.
func annotateExemplars(ann map[string]string, r *Rule, w *llmobsv1.SLIWindow) {
	k := r.exemplarKind()
	es := sli.TopExemplars(w.GetExemplars(), k)
	if len(es) == 0 {
		k, es = sli.Slowest, sli.TopExemplars(w.GetExemplars(), sli.Slowest)
	}
	if len(es) == 0 {
		return
	}
	ids := make([]string, 0, len(es))
	seen := map[string]bool{}
	for _, e := range es {
		if id := hex.EncodeToString(e.GetTraceId()); !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	start := time.UnixMilli(w.GetWindowStartUnixMs()).UTC()
	end := start.Add(time.Duration(w.GetWindowLengthMs()) * time.Millisecond)
	ann[AnnotationExemplarTraceIDs] = strings.Join(ids, ",")
	ann[AnnotationExemplarKind] = k.String()
	ann[AnnotationExemplarWindow] = start.Format(time.RFC3339) + "/" + end.Format(time.RFC3339)
}
