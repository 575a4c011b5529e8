package novelty

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// A detector restored from a snapshot goes on exactly as the one it was
// taken from: the same scores, topics and surges on the same prompts —
// here a new subject surging after the restart, which a cold detector
// (warm-up, no baseline) would not see.
func TestSnapshotRestoreGoesOnAsBefore(t *testing.T) {
	c := loadCorpus(t)
	rng := rand.New(rand.NewPCG(9, 9))
	orig := &stream{d: New(Config{}), c: c, topic: map[string]string{}, novel: map[string]bool{}}
	at := baseTime
	for range 20 * 60 * 20 { // 20 minutes of the default traffic
		orig.ask(c.def[rng.IntN(len(c.def))], at)
		at = at.Add(50 * time.Millisecond)
	}
	b, ok, err := orig.d.Snapshot("chat-api")
	if err != nil || !ok {
		t.Fatalf("snapshot: %v %v", ok, err)
	}
	restored := &stream{d: New(Config{}), c: c, topic: maps.Clone(orig.topic), novel: maps.Clone(orig.novel)}
	if err := restored.d.Restore("chat-api", b); err != nil {
		t.Fatal(err)
	}
	cold := &stream{d: New(Config{}), c: c, topic: map[string]string{}, novel: map[string]bool{}}
	orig.surges = nil
	for range 5 * 60 * 20 { // then 5 minutes with a new subject at 10 %
		text := c.def[rng.IntN(len(c.def))]
		if rng.Float64() < 0.1 {
			text = c.novel[rng.IntN(len(c.novel))]
		}
		orig.ask(text, at)
		restored.ask(text, at)
		cold.ask(text, at)
		at = at.Add(50 * time.Millisecond)
	}
	if len(orig.surges) == 0 {
		t.Fatal("no surge on the new subject")
	}
	// (Compared as printed: a time decoded by gob names UTC by another
	// pointer than the one it was taken from.)
	same := func(a, b any) bool { return fmt.Sprintf("%+v", a) == fmt.Sprintf("%+v", b) }
	if !same(orig.surges, restored.surges) || !reflect.DeepEqual(orig.novel, restored.novel) || !same(orig.d.Topics(""), restored.d.Topics("")) {
		t.Fatalf("restored detector differs: %d surges vs %d\n%+v\n%+v\nnovel %v topics %v", len(orig.surges), len(restored.surges), orig.surges, restored.surges, reflect.DeepEqual(orig.novel, restored.novel), reflect.DeepEqual(orig.d.Topics(""), restored.d.Topics("")))
	}
	if len(cold.surges) != 0 {
		t.Fatalf("a cold detector surged %d times: the test does not show what the snapshot keeps", len(cold.surges))
	}
	t.Logf("snapshot %d bytes; %d surge changes after the restore, as before it", len(b), len(orig.surges))

	// What the detector refuses.
	small := New(Config{Window: 10})
	if err := small.Restore("chat-api", b); err == nil {
		t.Fatal("restored a snapshot beyond the window")
	}
	if err := New(Config{}).Restore("other", b); err == nil {
		t.Fatal("restored another service's snapshot")
	}
	if err := New(Config{}).Restore("chat-api", b[:len(b)/2]); err == nil {
		t.Fatal("restored a truncated snapshot")
	}
}
