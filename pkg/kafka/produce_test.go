package kafka

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/twmb/franz-go/pkg/kgo"
)

type fakeProducer struct{ fail map[string]bool }

func (f fakeProducer) Produce(_ context.Context, r *kgo.Record, promise func(*kgo.Record, error)) {
	var err error
	if f.fail[r.Topic] {
		err = errors.New("broker said no")
	}
	go promise(r, err)
}

func TestProduceAllWaitsAndReportsFirstFailure(t *testing.T) {
	recs := []*kgo.Record{{Topic: "a"}, {Topic: "b"}, {Topic: "a"}}
	var mu sync.Mutex
	acks := 0
	if err := ProduceAll(context.Background(), fakeProducer{}, recs, func(*kgo.Record, error) { mu.Lock(); acks++; mu.Unlock() }); err != nil || acks != 3 {
		t.Fatalf("err %v acks %d", err, acks)
	}
	err := ProduceAll(context.Background(), fakeProducer{fail: map[string]bool{"b": true}}, recs, nil)
	if err == nil || err.Error() != "produce to b: broker said no" {
		t.Fatalf("err %v", err)
	}
	if err := ProduceAll(context.Background(), fakeProducer{}, nil, nil); err != nil {
		t.Fatal(err)
	}
}
