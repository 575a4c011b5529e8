package sli

import (
	"testing"
	"time"
)

// A span's GenAI tenant is part of its series key; a key without one has
// the form (and the Kafka key, so the partition) it had before tenants.
func TestKeyTenant(t *testing.T) {
	s := span(10, 1, 0, 1, false)
	untenanted, _ := KeyOf(s)
	if untenanted.String() != "chat\x1fgpt-4o\x1fchat\x1fopenai" {
		t.Fatalf("untenanted key %q changed form", untenanted.String())
	}
	s.Span.GenAi.TenantId = "acme"
	k, _ := KeyOf(s)
	if k.Tenant != "acme" || k.String() == untenanted.String() || KeyFromProto(k.Proto()) != k {
		t.Fatalf("tenant key %+v %q", k, k.String())
	}

	// The summarizer keeps tenants apart only when asked to.
	b := span(10, 1, 0, 1, false)
	b.Span.GenAi.TenantId = "globex"
	for _, per := range []bool{false, true} {
		z := NewSummarizer(time.Second)
		z.PerTenant = per
		z.Add(s)
		z.Add(b)
		sums := z.Take("t")
		if want := map[bool]int{false: 1, true: 2}[per]; len(sums) != want {
			t.Fatalf("PerTenant %v: %d summaries, want %d", per, len(sums), want)
		}
		if !per && sums[0].GetSeries().GetTenant() != "" {
			t.Fatalf("tenant kept with PerTenant off: %v", sums[0].GetSeries())
		}
	}
}
