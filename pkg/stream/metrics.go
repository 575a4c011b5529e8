package stream

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Every stage's loop counts its sessions and transactions here, labelled by
// Config.Name, so each consume→process→produce stage — the alerter's
// included — has the same two series whatever else its service exports.
var (
	sessionsTotal = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "llmobs_stream_sessions_total",
		Help: "Sessions (a transactional group client each) a stage started, by cause: start, or kafka_failure — Kafka failed a transaction and a new session fenced it; its records are read again.",
	}, []string{"stage", "cause"})
	transactionsTotal = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "llmobs_stream_transactions_total",
		Help: "Transactions of a stage's polls, by outcome: committed; aborted (a rebalance, or the stage dropped the poll: read again); failed (Kafka could not take the records or end the transaction: a new session reads them again).",
	}, []string{"stage", "outcome"})
)

// Session causes (llmobs_stream_sessions_total).
const (
	causeStart        = "start"
	causeKafkaFailure = "kafka_failure"
)

// Register adds the loops' metrics to r (once per registry; a registry
// that has them already is fine).
func Register(r prometheus.Registerer) error {
	for _, c := range []prometheus.Collector{sessionsTotal, transactionsTotal} {
		if err := r.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return err
			}
		}
	}
	return nil
}
