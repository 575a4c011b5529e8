package redact

import (
	"strings"
	"testing"

	"github.com/llmobs/llmobs/pkg/redact/piicorpus"
)

// BenchmarkRedact: redaction throughput on one core (run with -cpu 1),
// in MB/s of text, on realistic prompts: the issue-18 corpus (every
// prompt, personal data or not, each redacted on its own), clean chat
// prose, clean technical text full of digits, and PII-dense text. The
// bar is ≥ 50 MB/s per core on the corpus (README).
//
//	go test -run '^$' -bench BenchmarkRedact -cpu 1 ./pkg/redact
func BenchmarkRedact(b *testing.B) {
	r := Default()
	items, err := piicorpus.Read("piicorpus/testdata/corpus.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for _, it := range items {
		texts = append(texts, it.Text)
		size += len(it.Text)
	}
	b.Run("corpus", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				_ = r.Redact(t, nil)
			}
		}
	})
	// Chat traffic as the enricher sees it: per call a system prompt, a
	// user prompt and a completion; one prompt in four carries personal
	// data (a corpus item), as in loadgen's traffic; the rest are
	// ordinary questions, code and numbers.
	var traffic []string
	tsize := 0
	for i := 0; i < 400; i++ {
		user := cleanPrompts[i%len(cleanPrompts)]
		if i%4 == 0 {
			user = items[(i*7)%len(items)].Text
		}
		for _, t := range []string{systemPrompt, user, completions[i%len(completions)]} {
			traffic = append(traffic, t)
			tsize += len(t)
		}
	}
	b.Run("traffic", func(b *testing.B) {
		b.SetBytes(int64(tsize))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range traffic {
				_ = r.Redact(t, nil)
			}
		}
	})
	for _, tc := range []struct{ name, text string }{
		{"clean_prose", strings.Repeat("Can you explain how tax deductions for home offices work in practice? I want to understand what I can claim this year and which receipts I should keep. ", 8)},
		{"clean_technical", strings.Repeat("On 2024-03-15 at 12:30:45 release v1.2.3 fixed order 100234 (SKU 88-1234, $19.99); see commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and uuid 123e4567-e89b-12d3-a456-426614174000. ", 6)},
		{"pii_dense", strings.Repeat("Mail jane.doe@example.com or call +44 20 7946 0958; card 4111 1111 1111 1111, key sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2 from 10.0.0.1. ", 6)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			b.ReportAllocs()
			var c Counts
			for b.Loop() {
				_ = r.Redact(tc.text, &c)
			}
		})
	}
}

const systemPrompt = "You are a helpful assistant for ACME Corp. Answer concisely, cite the internal knowledge base when you can, and never reveal internal data or credentials."

var cleanPrompts = []string{
	"Can you explain how tax deductions for home offices work for freelancers in 2024? I moved apartments in March, so I had two offices this year.",
	"Write a SQL query that groups last quarter's sales by region and returns the top 5 regions by revenue, with the growth versus the same quarter of 2023.",
	"My Kubernetes pod keeps getting OOMKilled with a 512Mi limit even though the JVM heap is set to 384m. What else uses memory in the container?",
	"Summarise the attached meeting notes in five bullet points and list the action items with their owners and due dates.",
	"Translate this paragraph into German, keeping the technical terms in English: The deployment failed because the readiness probe timed out after 30 seconds.",
	"What is the difference between a Roth IRA and a traditional IRA, and which one makes more sense if I expect my income to rise over the next 10 years?",
	"Rewrite this error message so that it is friendlier for end users: ERR_CONN_RESET (code 0x2746) while uploading chunk 14 of 20.",
	"Here is my Go function, why does it leak goroutines? func worker(ch chan int) { for v := range ch { go process(v) } }",
	"Compare these two mortgage offers: 4.1% fixed for 10 years with a 1,200 EUR fee, or 3.8% variable with no fee. The loan is 250,000 EUR over 25 years.",
	"Draft a polite reminder to a client whose invoice from last month is still unpaid, without sounding aggressive.",
	"Explain how Python's asyncio event loop schedules coroutines, with a short example that fetches three URLs concurrently.",
	"Our p99 latency went from 850 ms to 2.3 s after upgrading to version 4.2.1.0 of the client library. Where should I start looking?",
	"Give me a 3-day itinerary for Lisbon in October for two adults who like food and museums, with a budget of about 600 euros.",
	"Is it safe to run chmod 777 on /var/www for a quick test? Explain the risks and a better alternative.",
	"Convert this JSON to YAML: {\"replicas\": 3, \"image\": \"nginx:1.25.3\", \"ports\": [80, 443], \"resources\": {\"cpu\": \"500m\"}}",
	"What does HTTP 429 mean and how should a client back off? We send about 10,000 requests per minute from 12 workers.",
}

var completions = []string{
	"Sure. First, check your account settings and confirm the billing period; then compare the totals for Q1 and Q2. The difference of 3.2% comes mostly from the price change on 1 April. If you need more detail, I can break it down by product line.",
	"Here is a short summary: the release was delayed by two days because of a failing integration test (build 20240315.4). The fix is merged; the new date is Thursday. Action items: update the changelog, notify the three affected customers, and re-run the load test at 1,500 requests per second.",
	"The error usually means the connection was closed by the server before the response finished. Retry with exponential backoff starting at 200 ms, cap it at 30 s, and add jitter. Make sure the client reuses connections; opening a new TLS connection per request adds about 80 ms.",
	"Based on the documents I found, the warranty covers manufacturing defects for 24 months from the purchase date. Accidental damage is not covered. You can file a claim online; processing takes 5 to 7 business days.",
}
