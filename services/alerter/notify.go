package alerter

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Receiver posts alerts to one HTTP endpoint: Alertmanager's API v2
// (POST <url>/api/v2/alerts, a JSON array of alerts) or a generic webhook
// (Alertmanager's webhook payload, version 4).
type Receiver struct {
	Name         string
	URL          string
	Alertmanager bool
	Client       *http.Client
	Attempts     int           // tries per batch (default 4)
	Backoff      time.Duration // first retry delay, doubled each time (default 500ms)
}

// Notifier delivers alerts to receivers from a bounded queue per
// receiver; a full queue drops (counted as failed), never blocks the
// Kafka loop.
type Notifier struct {
	recv   []*Receiver
	queues []chan []Alert
	sent   *prometheus.CounterVec
	wg     sync.WaitGroup
}

// NewNotifier builds a notifier with queue batches per receiver.
func NewNotifier(recv []*Receiver, queue int, sent *prometheus.CounterVec) *Notifier {
	n := &Notifier{recv: recv, sent: sent}
	for range recv {
		n.queues = append(n.queues, make(chan []Alert, queue))
	}
	return n
}

// Enqueue offers alerts to every receiver.
func (n *Notifier) Enqueue(as []Alert) {
	if len(as) == 0 {
		return
	}
	for i, q := range n.queues {
		select {
		case q <- as:
		default:
			n.sent.WithLabelValues(n.recv[i].Name, "dropped").Add(float64(len(as)))
		}
	}
}

// Run delivers until ctx ends, then returns after the in-flight posts.
func (n *Notifier) Run(ctx context.Context) {
	for i := range n.recv {
		n.wg.Add(1)
		go func(r *Receiver, q chan []Alert) {
			defer n.wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case as := <-q:
					if err := r.post(ctx, as); err != nil {
						n.sent.WithLabelValues(r.Name, "failed").Add(float64(len(as)))
					} else {
						n.sent.WithLabelValues(r.Name, "sent").Add(float64(len(as)))
					}
				}
			}
		}(n.recv[i], n.queues[i])
	}
	n.wg.Wait()
}

type webhookPayload struct {
	Version           string            `json:"version"`
	GroupKey          string            `json:"groupKey"`
	Status            string            `json:"status"`
	Receiver          string            `json:"receiver"`
	GroupLabels       map[string]string `json:"groupLabels"`
	CommonLabels      map[string]string `json:"commonLabels"`
	CommonAnnotations map[string]string `json:"commonAnnotations"`
	ExternalURL       string            `json:"externalURL"`
	Alerts            []Alert           `json:"alerts"`
}

func (r *Receiver) body(as []Alert) ([]byte, string) {
	if r.Alertmanager {
		type amAlert struct {
			Labels       map[string]string `json:"labels"`
			Annotations  map[string]string `json:"annotations"`
			StartsAt     time.Time         `json:"startsAt"`
			EndsAt       *time.Time        `json:"endsAt,omitempty"`
			GeneratorURL string            `json:"generatorURL"`
		}
		out := make([]amAlert, len(as))
		for i, a := range as {
			out[i] = amAlert{Labels: a.Labels, Annotations: a.Annotations, StartsAt: a.StartsAt, GeneratorURL: a.GeneratorURL}
			if !a.EndsAt.IsZero() {
				e := a.EndsAt
				out[i].EndsAt = &e
			}
		}
		b, _ := json.Marshal(out)
		return b, r.URL + "/api/v2/alerts"
	}
	status := "resolved"
	for _, a := range as {
		if a.Status == "firing" {
			status = "firing"
		}
	}
	b, _ := json.Marshal(webhookPayload{Version: "4", GroupKey: "llmobs", Status: status, Receiver: r.Name,
		GroupLabels: map[string]string{}, CommonLabels: map[string]string{}, CommonAnnotations: map[string]string{}, Alerts: as})
	return b, r.URL
}

func (r *Receiver) post(ctx context.Context, as []Alert) error {
	body, url := r.body(as)
	attempts, backoff := r.Attempts, r.Backoff
	if attempts <= 0 {
		attempts = 4
	}
	if backoff <= 0 {
		backoff = 500 * time.Millisecond
	}
	cl := r.Client
	if cl == nil {
		cl = &http.Client{Timeout: 10 * time.Second}
	}
	var last error
	for i := 0; i < attempts; i++ {
		if i > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
			backoff *= 2
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := cl.Do(req)
		if err != nil {
			last = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode/100 == 2 {
			return nil
		}
		last = fmt.Errorf("%s: HTTP %d", url, resp.StatusCode)
		if resp.StatusCode/100 == 4 && resp.StatusCode != http.StatusTooManyRequests {
			return last // not retryable
		}
	}
	return last
}
