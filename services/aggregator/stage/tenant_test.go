package stage

import (
	"testing"
	"time"
)

// With PerTenant (auth on) each tenant's spans make their own series;
// without it, tenants share one, as before tenants.
func TestStage1PerTenant(t *testing.T) {
	for _, per := range []bool{false, true} {
		s := NewStage1(0, []time.Duration{10 * time.Second}, time.Second, 30*time.Second)
		s.PerTenant = per
		for i, tenant := range []string{"acme", "globex", ""} {
			sp := mk(int64(1_000+i), 100, 1, "m")
			sp.Span.GenAi.TenantId = tenant
			s.Add(sp)
		}
		s.Add(mk(12_000, 1, 1, "m"))
		got := s.Advance(false)
		tenants := map[string]float64{}
		for _, p := range got {
			tenants[p.GetSeries().GetTenant()] += p.GetAggregate().GetRequests()
		}
		want := map[bool]map[string]float64{false: {"": 3}, true: {"acme": 1, "globex": 1, "": 1}}[per]
		if len(tenants) != len(want) {
			t.Fatalf("PerTenant %v: series by tenant %v, want %v", per, tenants, want)
		}
		for k, v := range want {
			if tenants[k] != v {
				t.Fatalf("PerTenant %v: series by tenant %v, want %v", per, tenants, want)
			}
		}
	}
}
