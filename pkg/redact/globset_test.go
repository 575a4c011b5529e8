package redact

import (
	"fmt"
	"testing"
)

func TestGlobSet(t *testing.T) {
	g := NewGlobSet([]string{"user.id", "session.*", "enduser.?d", `lit\*eral`})
	cases := map[string]bool{
		"user.id": true, "user.idx": false, "session.id": true, "session.": true, "session": false,
		"enduser.id": true, "enduser.iid": false, "lit*eral": true, "litXeral": false, "": false,
	}
	for round := 0; round < 2; round++ { // the second round answers from the memo
		for k, want := range cases {
			if got := g.Match(k); got != want {
				t.Errorf("round %d: Match(%q) = %v, want %v", round, k, got, want)
			}
		}
	}
	// The memo is bounded: a flood of distinct keys still answers right.
	for i := 0; i < 3*maxMemo; i++ {
		k := fmt.Sprintf("session.k%d", i)
		if !g.Match(k) || g.Match(fmt.Sprintf("x%d", i)) {
			t.Fatalf("wrong answer for key %d", i)
		}
	}
	if g.n > maxMemo {
		t.Fatalf("memo holds %d entries, bound %d", g.n, maxMemo)
	}
	var nilSet *GlobSet
	if nilSet.Match("user.id") {
		t.Fatal("nil set matched")
	}
}

func BenchmarkGlobSetMatch(b *testing.B) {
	g := NewGlobSet([]string{"user.id", "enduser.*", "session.*", "gen_ai.conversation.*", "*.email"})
	keys := []string{"gen_ai.request.model", "gen_ai.usage.input_tokens", "http.url", "enduser.id", "server.address"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Match(keys[i%len(keys)])
	}
}
