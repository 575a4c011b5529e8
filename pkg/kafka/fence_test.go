package kafka

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// A process killed after committing its offsets into its transaction but
// before ending it leaves them pending: the group answers
// UNSTABLE_OFFSET_COMMIT to a restarted member's offset fetch until the
// transaction times out. Fence aborts it at once.
func TestFenceResolvesPendingOffsets(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(1, "in"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cfg := DefaultConfig()
	cfg.Brokers = c.ListenAddrs()
	cl, err := NewClient(cfg, "t")
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	const txid, group = "llmobs-test-1", "g"

	// The group's committed state: offset 1.
	var os kadm.Offsets
	os.Add(kadm.Offset{Topic: "in", Partition: 0, At: 1, LeaderEpoch: -1})
	if r, err := kadm.NewClient(cl).CommitOffsets(ctx, group, os); err != nil || r.Error() != nil {
		t.Fatalf("commit: %v %v", err, r.Error())
	}
	// The dead process: a transaction holding offsets, never ended.
	txn := txid
	ini := kmsg.NewPtrInitProducerIDRequest()
	ini.TransactionalID, ini.TransactionTimeoutMillis = &txn, 60_000
	ir, err := ini.RequestWith(ctx, cl)
	if err != nil || ir.ErrorCode != 0 {
		t.Fatalf("init producer id: %v %v", err, kerr.ErrorForCode(ir.ErrorCode))
	}
	add := kmsg.NewPtrAddOffsetsToTxnRequest()
	add.TransactionalID, add.ProducerID, add.ProducerEpoch, add.Group = txid, ir.ProducerID, ir.ProducerEpoch, group
	if ar, err := add.RequestWith(ctx, cl); err != nil || ar.ErrorCode != 0 {
		t.Fatalf("add offsets to txn: %v %v", err, kerr.ErrorForCode(ar.ErrorCode))
	}
	toc := kmsg.NewPtrTxnOffsetCommitRequest()
	toc.TransactionalID, toc.Group, toc.ProducerID, toc.ProducerEpoch, toc.Generation = txid, group, ir.ProducerID, ir.ProducerEpoch, -1
	tp := kmsg.NewTxnOffsetCommitRequestTopic()
	tp.Topic = "in"
	td, err := kadm.NewClient(cl).ListTopics(ctx, "in")
	if err != nil {
		t.Fatal(err)
	}
	tp.TopicID = td["in"].ID // v6 names topics by id
	pp := kmsg.NewTxnOffsetCommitRequestTopicPartition()
	pp.Partition, pp.Offset = 0, 5
	tp.Partitions = append(tp.Partitions, pp)
	toc.Topics = append(toc.Topics, tp)
	if tr, err := toc.RequestWith(ctx, cl); err != nil || tr.Topics[0].Partitions[0].ErrorCode != 0 {
		t.Fatalf("txn offset commit: %v %+v", err, tr)
	}

	fetch := func() error {
		req := kmsg.NewPtrOffsetFetchRequest()
		req.Group, req.RequireStable = group, true
		rt := kmsg.NewOffsetFetchRequestTopic()
		rt.Topic, rt.Partitions = "in", []int32{0}
		req.Topics = append(req.Topics, rt)
		resp, err := req.RequestWith(ctx, cl)
		if err != nil {
			return err
		}
		if err := kerr.ErrorForCode(resp.ErrorCode); err != nil {
			return err
		}
		for _, t := range resp.Topics {
			for _, p := range t.Partitions {
				if err := kerr.ErrorForCode(p.ErrorCode); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := fetch(); !errors.Is(err, kerr.UnstableOffsetCommit) {
		t.Fatalf("offset fetch with the transaction open: %v, want UNSTABLE_OFFSET_COMMIT (else this test shows nothing)", err)
	}
	if err := Fence(ctx, cfg, txid, time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := fetch(); err != nil {
		t.Fatalf("offset fetch after the fence: %v, want the pending offsets aborted", err)
	}
}
