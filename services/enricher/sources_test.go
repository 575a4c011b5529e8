package enricher

import (
	"testing"
	"time"

	"github.com/llmobs/llmobs/pkg/watermark"
	llmobsv1 "github.com/llmobs/llmobs/proto/llmobs/v1"
)

// The GPU watermark follows each host's scrapes. A sample that carries a
// trace ID (a log record, an exemplar) is partitioned by that ID and can
// be the newest record of its partition long after its time; it must not
// hold the watermark back, and neither must samples without a host.
func TestGPUWatermarkPerHost(t *testing.T) {
	now := time.Unix(1_800_000_100, 0)
	wm := watermark.New(5*time.Second, 30*time.Second, func() time.Time { return now })
	srcs := gpuSources{}
	at := func(sec int64) uint64 { return uint64(time.Unix(1_800_000_000+sec, 0).UnixNano()) }
	for sec := int64(0); sec <= 50; sec += 5 {
		for _, h := range []string{"node-a", "node-b"} {
			srcs.observe(wm, &llmobsv1.GPUSample{HostName: h, TimeUnixNano: at(sec)})
		}
	}
	// Late trace-carrying samples of a known host, and one without a host.
	srcs.observe(wm, &llmobsv1.GPUSample{HostName: "node-a", TimeUnixNano: at(10), TraceId: []byte("0123456789abcdef")})
	srcs.observe(wm, &llmobsv1.GPUSample{TimeUnixNano: at(1), TraceId: []byte("fedcba9876543210")})
	w, ok := wm.Watermark()
	if want := time.Unix(1_800_000_045, 0); !ok || !w.Equal(want) {
		t.Fatalf("GPU watermark %v, want %v (latest scrape 50 s − out_of_orderness 5 s)", w, want)
	}
	// A host that falls behind holds it back, until it goes idle.
	srcs.observe(wm, &llmobsv1.GPUSample{HostName: "node-c", TimeUnixNano: at(20)})
	if w, _ := wm.Watermark(); !w.Equal(time.Unix(1_800_000_015, 0)) {
		t.Fatalf("GPU watermark %v with node-c at 20 s, want 15 s", w)
	}
	if len(srcs) != 3 {
		t.Fatalf("sources %v, want the three hosts", srcs)
	}
}
