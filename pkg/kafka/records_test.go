package kafka

import "testing"

// Values from Kafka's UtilsTest.testMurmur2 / the Java default partitioner.
func TestMurmur2MatchesKafka(t *testing.T) {
	cases := map[string]int32{
		"21":                         -973932308,
		"foobar":                     -790332482,
		"a-little-bit-long-string":   -985981536,
		"a-little-bit-longer-string": -1486304829,
		"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8": -58897971,
	}
	for in, want := range cases {
		if got := int32(murmur2([]byte(in))); got != want {
			t.Errorf("murmur2(%q) = %d, want %d", in, got, want)
		}
	}
	if p := PartitionFor([]byte("foobar"), 6); p < 0 || p >= 6 {
		t.Fatalf("partition out of range: %d", p)
	}
}
