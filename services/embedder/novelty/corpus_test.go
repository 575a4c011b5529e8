package novelty

import "time"

var baseTime = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

// What the load generator's users ask (loadgen/content.go).
var defaultTopics = []string{
	"how to file my quarterly taxes as a freelancer",
	"why my refund has not arrived yet",
	"the difference between a Roth and a traditional IRA",
	"resetting my password when 2FA is lost",
	"shipping times to Canada for order",
	"how to cancel my subscription",
	"what the error 'rate limit exceeded' means in the API",
	"summarising the attached quarterly report",
	"writing a SQL query that groups sales by region",
	"the warranty terms for a laptop bought last year",
	"translating a contract clause into German",
	"recommended dosage information printed on a leaflet",
	"why my GPU training job runs out of memory",
	"comparing two mortgage offers",
	"drafting a polite reminder email to a client",
	"explaining Kubernetes liveness probes",
	"how tax deductions for home offices work",
	"the status of my support ticket",
	"rewriting a paragraph in a friendlier tone",
	"whether my flight can be changed without a fee",
}

var askForms = []string{
	"Can you explain %s?",
	"I need help with %s.",
	"Quick question about %s — what should I do?",
	"Please give me step-by-step guidance on %s.",
	"My manager asked me about %s, can you summarise it?",
}

// A kind of question the default traffic never asks: one subject, put
// several ways.
var novelTopics = []string{
	"whether my personal data was exposed in the data breach announced today",
	"if my account was affected by today's data breach",
	"what today's data breach means for my personal data",
}
