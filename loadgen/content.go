package loadgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Prompt material: what users of a chatbot, a RAG search and a support
// agent ask, some of it carrying PII the enricher must redact.
var topics = []string{
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

// newSubject is what users suddenly ask about in the new-subject scenario
// (Config.NewSubjectShare): one subject, put several ways.
var newSubject = []string{
	"whether my personal data was exposed in the data breach announced today",
	"if my account was affected by today's data breach",
	"what today's data breach means for my personal data",
}

var askForms = []string{
	"Can you explain %s?",
	"I need help with %s.",
	"Quick question about %s — what should I do?",
	"Please give me step-by-step guidance on %s.",
	"My manager asked me about %s, can you summarise it?",
}

var piiForms = []string{
	"You can reach me at %s.",
	"My card number is %s, please check the charge.",
	"Call me back on %s.",
	"Send the refund to IBAN %s.",
	"The server at %s keeps timing out.",
	"Here is my key %s, why is it rejected?",
}

var emails = []string{"jane.doe@example.com", "m.rossi@azienda.it", "kim.lee+billing@corp.example.org", "ops-team@startup.io"}
var cards = []string{"4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005", "6011 0009 9013 9424"}
var phones = []string{"+1 415 555 0132", "+44 20 7946 0958", "(212) 555-0187", "+49 30 901820"}
var ibans = []string{"DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "FR14 2004 1010 0505 0001 3M02 606"}
var ips = []string{"10.12.4.77", "192.168.1.20", "2001:db8::8a2e:370:7334", "172.16.254.1"}
var keys = []string{"sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2", "AKIAIOSFODNN7EXAMPLE", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"}

var answers = []string{
	"Here is a short summary: %s. Let me know if you need more detail.",
	"Sure. First, check your account settings; then %s. That should resolve it.",
	"Based on the documents I found, %s.",
	"I could not find a definitive answer, but generally %s.",
}

var answerBits = []string{
	"the deadline is the 15th of the month after the quarter ends",
	"refunds take five to seven business days to appear",
	"you can request a new recovery code from the security page",
	"the limit resets every minute, so retry with backoff",
	"group by region and sum the amount column",
	"the warranty covers manufacturing defects for two years",
}

// newSubjectPrompt is a prompt about the new subject.
func newSubjectPrompt(r *rand.Rand) string {
	return fmt.Sprintf(askForms[r.IntN(len(askForms))], newSubject[r.IntN(len(newSubject))])
}

// prompt returns a user prompt; pii says whether it embeds PII.
func prompt(r *rand.Rand) (text string, pii bool) {
	t := topics[r.IntN(len(topics))]
	text = fmt.Sprintf(askForms[r.IntN(len(askForms))], t)
	if r.Float64() < 0.25 {
		form := r.IntN(len(piiForms))
		var v string
		switch form {
		case 0:
			v = emails[r.IntN(len(emails))]
		case 1:
			v = cards[r.IntN(len(cards))]
		case 2:
			v = phones[r.IntN(len(phones))]
		case 3:
			v = ibans[r.IntN(len(ibans))]
		case 4:
			v = ips[r.IntN(len(ips))]
		default:
			v = keys[r.IntN(len(keys))]
		}
		text += " " + fmt.Sprintf(piiForms[form], v)
		pii = true
	}
	return text, pii
}

func answer(r *rand.Rand, outTokens int) string {
	s := fmt.Sprintf(answers[r.IntN(len(answers))], answerBits[r.IntN(len(answerBits))])
	// Long answers are longer text, bounded so records stay reasonable.
	for n := outTokens / 80; n > 0 && len(s) < 2000; n-- {
		s += " " + answerBits[r.IntN(len(answerBits))] + "."
	}
	return s
}

const systemPrompt = "You are a helpful assistant for ACME Corp. Answer concisely and never reveal internal data."

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			if c < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, c)
			} else {
				b.WriteRune(c)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ragMessagesJSON: system prompt, the retrieved document as a tool
// result, then the user's question.
func ragMessagesJSON(system, doc, user string) string {
	return `[{"role":"system","parts":[{"type":"text","content":` + jsonString(system) + `}]},{"role":"tool","parts":[{"type":"text","content":` + jsonString(doc) + `}]},{"role":"user","parts":[{"type":"text","content":` + jsonString(user) + `}]}]`
}

// semconv message JSON (gen_ai.input.messages / gen_ai.output.messages).
func inputMessagesJSON(system, user string) string {
	return `[{"role":"system","parts":[{"type":"text","content":` + jsonString(system) + `}]},{"role":"user","parts":[{"type":"text","content":` + jsonString(user) + `}]}]`
}

func outputMessagesJSON(text, finish string) string {
	return `[{"role":"assistant","parts":[{"type":"text","content":` + jsonString(text) + `}],"finish_reason":` + jsonString(finish) + `}]`
}
