package auth

import (
	"math"
	"sync"
	"time"
)

// maxBuckets bounds the tenants tracked. Tenants come from the tokens file
// (or are the one default tenant with auth off), so this is a safety net:
// beyond it, buckets idle long enough to be full again are forgotten
// (forgetting a full bucket changes nothing).
const maxBuckets = 10000

// Limiter is a token bucket per tenant for requests and one for bytes. A
// request is let through when both buckets hold enough; it then takes one
// request and its bytes. A request larger than a whole burst passes when
// the bucket is full and leaves it in debt, so a big request is slowed,
// never refused forever. Safe for concurrent use.
type Limiter struct {
	cfg RateLimits
	now func() time.Time

	mu      sync.Mutex
	buckets map[string]*tenantBuckets
}

type tenantBuckets struct {
	req, bytes bucket
	last       time.Time
}

type bucket struct {
	rate, burst, level float64
}

// NewLimiter returns a limiter for cfg; now is the clock (time.Now).
func NewLimiter(cfg RateLimits, now func() time.Time) *Limiter {
	return &Limiter{cfg: cfg, now: now, buckets: map[string]*tenantBuckets{}}
}

func newBucket(rate, burstSeconds float64) bucket {
	if burstSeconds <= 0 {
		burstSeconds = 1
	}
	b := math.Max(rate*burstSeconds, 1)
	return bucket{rate: rate, burst: b, level: b}
}

// wait is how long until b can take n (0: now).
func (b *bucket) wait(n float64) time.Duration {
	if b.rate <= 0 {
		return 0
	}
	need := math.Min(n, b.burst)
	if b.level >= need {
		return 0
	}
	return time.Duration((need - b.level) / b.rate * float64(time.Second))
}

func (b *bucket) refill(dt float64) {
	if b.rate > 0 {
		b.level = math.Min(b.burst, b.level+b.rate*dt)
	}
}

// Allow charges one request of n bytes to tenant. When refused, retryAfter
// is how long until it would fit.
func (l *Limiter) Allow(tenant string, n int) (retryAfter time.Duration, ok bool) {
	if l == nil || !l.cfg.Limited() {
		return 0, true
	}
	tenant = TenantOf(tenant)
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	tb, found := l.buckets[tenant]
	if !found {
		lim := l.cfg.For(tenant)
		if lim.RequestsPerSecond <= 0 && lim.BytesPerSecond <= 0 {
			return 0, true
		}
		if len(l.buckets) >= maxBuckets {
			l.forgetFull(now)
		}
		tb = &tenantBuckets{req: newBucket(lim.RequestsPerSecond, lim.BurstSeconds), bytes: newBucket(lim.BytesPerSecond, lim.BurstSeconds), last: now}
		l.buckets[tenant] = tb
	}
	if dt := now.Sub(tb.last).Seconds(); dt > 0 {
		tb.req.refill(dt)
		tb.bytes.refill(dt)
		tb.last = now
	}
	if w := max(tb.req.wait(1), tb.bytes.wait(float64(n))); w > 0 {
		return w, false
	}
	if tb.req.rate > 0 {
		tb.req.level--
	}
	if tb.bytes.rate > 0 {
		tb.bytes.level -= float64(n)
	}
	return 0, true
}

// forgetFull drops the buckets that have refilled completely by now.
func (l *Limiter) forgetFull(now time.Time) {
	for t, tb := range l.buckets {
		dt := now.Sub(tb.last).Seconds()
		full := func(b bucket) bool { return b.rate <= 0 || b.level+b.rate*dt >= b.burst }
		if full(tb.req) && full(tb.bytes) {
			delete(l.buckets, t)
		}
	}
}
