package sli

import (
	"math"
	"testing"

	"google.golang.org/protobuf/proto"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

func owned(tenant, user string, weight, cost float64) *llmobsv1.EnrichedSpan {
	es := span(100, weight, 0, 10, false)
	es.Span.GenAi.TenantId, es.Span.GenAi.UserId = tenant, user
	es.Cost.Total = cost
	return es
}

func shares(t *testing.T, w *llmobsv1.SLIWindow) map[string][2]float64 {
	t.Helper()
	out := map[string][2]float64{}
	var req, cost float64
	for _, s := range w.GetUsage() {
		k := s.Tenant + "/" + s.User
		if s.Overflow {
			k = "overflow"
		}
		if _, dup := out[k]; dup {
			t.Fatalf("share %s twice", k)
		}
		out[k] = [2]float64{s.Requests, s.CostUsd}
		req += s.Requests
		cost += s.CostUsd
	}
	if len(out) > 0 && (math.Abs(req-w.Requests) > 1e-9 || math.Abs(cost-w.Cost.Total) > 1e-9) {
		t.Fatalf("shares sum to %v requests / $%v, window has %v / $%v", req, cost, w.Requests, w.Cost.Total)
	}
	for i := 1; i < len(w.GetUsage()); i++ {
		if w.Usage[i].CostUsd > w.Usage[i-1].CostUsd {
			t.Fatal("shares not sorted by spend")
		}
	}
	return out
}

// Spend per tenant/user is weighted like every other sum, the shares add
// up to the window's totals, and a window whose spans name no tenant or
// user carries no shares.
func TestUsageShares(t *testing.T) {
	c := NewAcc()
	c.Add(owned("acme", "u1", 1, 0.5))
	c.Add(owned("acme", "u1", 10, 0.1)) // sampled at p=0.1: counts 10×
	c.Add(owned("acme", "u2", 1, 0.2))
	c.Add(owned("globex", "", 1, 0.3))
	c.Add(owned("", "", 2, 0.05))
	w := c.Window(Key{Service: "chat"}, 0, 10_000, 1, 0)
	got := shares(t, w)
	want := map[string][2]float64{"acme/u1": {11, 1.5}, "acme/u2": {1, 0.2}, "globex/": {1, 0.3}, "/": {2, 0.1}}
	if len(got) != len(want) {
		t.Fatalf("shares %v want %v", got, want)
	}
	for k, v := range want {
		if math.Abs(got[k][0]-v[0]) > 1e-9 || math.Abs(got[k][1]-v[1]) > 1e-9 {
			t.Errorf("%s: %v want %v", k, got[k], v)
		}
	}
	plain := NewAcc()
	plain.Add(owned("", "", 1, 0.5))
	if u := plain.Window(Key{}, 0, 10_000, 1, 0).Usage; u != nil {
		t.Fatalf("no tenant or user anywhere, yet shares %v", u)
	}
}

// Partials merged through their wire form give the shares of one
// accumulator fed every span; past MaxUsageShares the rest is summed into
// one overflow share, and nothing is lost.
func TestUsageMergeAndBound(t *testing.T) {
	defer func(n int) { MaxUsageShares = n }(MaxUsageShares)
	MaxUsageShares = 3
	all, p1, p2 := NewAcc(), NewAcc(), NewAcc()
	tenants := []string{"a", "b", "c", "d", "e", "a", "b", ""}
	for i, tn := range tenants {
		es := owned(tn, "", 1, float64(i+1))
		all.Add(es)
		if i%2 == 0 {
			p1.Add(es)
		} else {
			p2.Add(es)
		}
	}
	merged := NewAcc()
	for _, p := range []*Acc{p1, p2} {
		b, err := proto.Marshal(p.Proto())
		if err != nil {
			t.Fatal(err)
		}
		var a llmobsv1.Aggregate
		if err := proto.Unmarshal(b, &a); err != nil {
			t.Fatal(err)
		}
		merged.Merge(FromProto(&a))
	}
	for name, c := range map[string]*Acc{"one accumulator": all, "merged partials": merged} {
		got := shares(t, c.Window(Key{}, 0, 10_000, 1, 0))
		named := 0
		for k := range got {
			if k != "overflow" && k != "/" {
				named++
			}
		}
		if named != 3 || got["overflow"][0] == 0 || got["/"][1] != 8 {
			t.Errorf("%s: %v (want 3 named shares, an overflow share and the unnamed $8)", name, got)
		}
	}
	// Without the bound, merging is exact per tenant.
	MaxUsageShares = 1000
	all, merged = NewAcc(), NewAcc()
	p1, p2 = NewAcc(), NewAcc()
	for i, tn := range tenants {
		es := owned(tn, "", 1, float64(i+1))
		all.Add(es)
		[]*Acc{p1, p2}[i%2].Add(es)
	}
	merged.Merge(FromProto(p1.Proto()))
	merged.Merge(FromProto(p2.Proto()))
	a, m := shares(t, all.Window(Key{}, 0, 1, 1, 0)), shares(t, merged.Window(Key{}, 0, 1, 1, 0))
	if len(a) != 6 || len(a) != len(m) {
		t.Fatalf("%v vs %v", a, m)
	}
	for k, v := range a {
		if m[k] != v {
			t.Errorf("%s: merged %v, one accumulator %v", k, m[k], v)
		}
	}
	if a["a/"] != [2]float64{2, 7} {
		t.Errorf("tenant a: %v want 2 requests, $7", a["a/"])
	}
}
