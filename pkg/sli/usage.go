package sli

import (
	"cmp"
	"slices"

	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// MaxUsageShares bounds the (tenant, user) pairs one series-window keeps;
// the pairs past it are summed into one overflow share. Budgets per tenant
// or user are exact while a window stays under the bound.
var MaxUsageShares = 1000

type owner struct{ tenant, user string }

type share struct{ requests, cost float64 }

// usage is the spend per (tenant, user) of one series-window. Spans that
// name neither go to none, without a map lookup: most traffic does. The
// first pair named is held without a map too: most windows of a series
// see one or a few, and a map of one entry took ~400 bytes of every
// window (the largest part of a window after its Aggregate).
type usage struct {
	first    owner
	firstSh  share
	hasFirst bool
	by       map[owner]*share // the pairs after the first
	none     share
	overflow share
	hasOver  bool
}

func (u *usage) add(o owner, requests, cost float64) {
	if o == (owner{}) {
		u.none.requests += requests
		u.none.cost += cost
		return
	}
	sh := &u.firstSh
	if !u.hasFirst || u.first != o {
		sh = u.by[o] // one lookup: add runs for every span naming a pair
	}
	if sh == nil { // a pair not seen (without a first pair, by is empty)
		switch {
		case u.pairs() >= MaxUsageShares:
			u.overflow.requests += requests
			u.overflow.cost += cost
			u.hasOver = true
			return
		case !u.hasFirst:
			u.first, u.hasFirst = o, true
			sh = &u.firstSh
		default:
			if u.by == nil {
				u.by = map[owner]*share{}
			}
			sh = &share{}
			u.by[o] = sh
		}
	}
	sh.requests += requests
	sh.cost += cost
}

// pairs is how many (tenant, user) pairs have a share of their own.
func (u *usage) pairs() int {
	if u.hasFirst {
		return 1 + len(u.by)
	}
	return len(u.by)
}

func (u *usage) merge(o *usage) {
	if o.hasFirst {
		u.add(o.first, o.firstSh.requests, o.firstSh.cost)
	}
	for k, sh := range o.by {
		u.add(k, sh.requests, sh.cost)
	}
	u.none.requests += o.none.requests
	u.none.cost += o.none.cost
	if o.hasOver {
		u.overflow.requests += o.overflow.requests
		u.overflow.cost += o.overflow.cost
		u.hasOver = true
	}
}

// proto lists the shares, highest spend first; nil when no span named a
// tenant or user.
func (u *usage) proto() []*llmobsv1.UsageShare {
	if !u.hasFirst && !u.hasOver {
		return nil
	}
	out := make([]*llmobsv1.UsageShare, 0, u.pairs()+2)
	if u.hasFirst {
		out = append(out, &llmobsv1.UsageShare{Tenant: u.first.tenant, User: u.first.user, Requests: u.firstSh.requests, CostUsd: u.firstSh.cost})
	}
	for k, sh := range u.by {
		out = append(out, &llmobsv1.UsageShare{Tenant: k.tenant, User: k.user, Requests: sh.requests, CostUsd: sh.cost})
	}
	if u.none.requests > 0 || u.none.cost > 0 {
		out = append(out, &llmobsv1.UsageShare{Requests: u.none.requests, CostUsd: u.none.cost})
	}
	if u.hasOver {
		out = append(out, &llmobsv1.UsageShare{Requests: u.overflow.requests, CostUsd: u.overflow.cost, Overflow: true})
	}
	slices.SortFunc(out, func(a, b *llmobsv1.UsageShare) int {
		if c := cmp.Compare(b.CostUsd, a.CostUsd); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Tenant, b.Tenant); c != 0 {
			return c
		}
		if c := cmp.Compare(a.User, b.User); c != 0 {
			return c
		}
		if a.Overflow == b.Overflow {
			return 0
		}
		if a.Overflow {
			return 1
		}
		return -1
	})
	return out
}

func usageFrom(shares []*llmobsv1.UsageShare) usage {
	var u usage
	for _, s := range shares {
		switch {
		case s.GetOverflow():
			u.overflow.requests += s.GetRequests()
			u.overflow.cost += s.GetCostUsd()
			u.hasOver = true
		default:
			u.add(owner{s.GetTenant(), s.GetUser()}, s.GetRequests(), s.GetCostUsd())
		}
	}
	return u
}
