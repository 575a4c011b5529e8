// Package piicorpus is the labelled PII corpus of issue 18: chat prompts
// as people type them, in 13 locales, each carrying labelled personal
// data and secrets (category, byte offsets, value) and labelled hard
// negatives (version strings, order numbers, timestamps, hashes, UUIDs,
// code, prices, text about security ...) that must stay as they are, and
// saying how the prompt travels: the attribute naming form (semconv
// attributes or inference-details event, deprecated content events,
// deprecated gen_ai.prompt.N.content, OpenLLMetry entity JSON, OpenLIT
// content attributes, OpenInference input.value) and the span field
// (prompt, completion, system instructions, span name, status message,
// url.full query string, a custom attribute).
//
// The corpus is generated, deterministically, by Generate; the checked-in
// copy is testdata/corpus.jsonl (go generate ./pkg/redact/piicorpus, or
// go run ./pkg/redact/piicorpus/gen). TestCorpusIsUpToDate fails when the
// two differ. The generator was written from how each locale writes each
// item (separators, spacing, scripts, the words around it), not from the
// detectors' patterns; where the detectors miss a form, the miss shows.
package piicorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

//go:generate go run ./gen -out testdata/corpus.jsonl

// Span is one labelled piece of an item's text: [Start, End) in bytes.
type Span struct {
	Category string `json:"category"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Value    string `json:"value"`
	// Raw is the value as a person would recognise it when Value is
	// encoded in the text (a percent-encoded query string); else "".
	Raw string `json:"raw,omitempty"`
}

// Item is one prompt (or completion, span name ...) of one span.
type Item struct {
	ID     string `json:"id"`
	Locale string `json:"locale"`
	// Form is how the prompt is carried (Forms).
	Form string `json:"form"`
	// Field is where Text goes (Fields); the other fields of the span
	// carry neutral text.
	Field     string `json:"field"`
	Text      string `json:"text"`
	PII       []Span `json:"pii"`
	Negatives []Span `json:"negatives"`
}

// Attribute naming forms in which prompts arrive.
const (
	FormSemconvAttributes = "semconv_attributes"        // gen_ai.input.messages / gen_ai.output.messages / gen_ai.system_instructions
	FormSemconvEvent      = "semconv_details_event"     // gen_ai.client.inference.operation.details event
	FormDeprecatedEvents  = "deprecated_content_events" // gen_ai.content.prompt / .completion events with gen_ai.prompt / gen_ai.completion
	FormDeprecatedIndexed = "deprecated_indexed"        // gen_ai.prompt.N.content / gen_ai.completion.N.content
	FormOpenLLMetry       = "openllmetry_entity"        // traceloop.entity.input / .output JSON on a workflow span
	FormOpenLIT           = "openlit_attributes"        // gen_ai.content.prompt / gen_ai.content.completion attributes
	FormOpenInference     = "openinference"             // input.value / output.value
)

// Forms lists every form.
var Forms = []string{FormSemconvAttributes, FormSemconvEvent, FormDeprecatedEvents, FormDeprecatedIndexed, FormOpenLLMetry, FormOpenLIT, FormOpenInference}

// Fields an item's text can be put in.
const (
	FieldPrompt     = "prompt"
	FieldCompletion = "completion"
	FieldSystem     = "system"
	FieldSpanName   = "span_name"
	FieldStatus     = "status_message"
	FieldURL        = "url"       // url.full
	FieldAttribute  = "attribute" // app.note, a custom attribute
)

// Categories of personal data and secrets (as labelled; the detector type
// that must cover each is Expect[category]).
const (
	Email        = "EMAIL"
	Phone        = "PHONE"
	CreditCard   = "CREDIT_CARD"
	IBAN         = "IBAN"
	IPv4         = "IPV4"
	IPv6         = "IPV6"
	APIKey       = "API_KEY"
	JWT          = "JWT"
	Bearer       = "BEARER_TOKEN"
	AWSSecret    = "AWS_SECRET_KEY"
	Password     = "PASSWORD"
	PrivateKey   = "PRIVATE_KEY"
	SSN          = "SSN"
	NationalID   = "NATIONAL_ID"
	Passport     = "PASSPORT"
	DateOfBirth  = "DATE_OF_BIRTH"
	Address      = "ADDRESS"
	PersonName   = "PERSON_NAME"
	PersonNoCue  = "PERSON_NAME_NO_CUE" // informational: names without a context cue
	CategoryNone = ""
)

// Gated lists the categories the ≥ 99 % recall bar applies to.
var Gated = []string{Email, Phone, CreditCard, IBAN, IPv4, IPv6, APIKey, JWT, Bearer, AWSSecret, Password, PrivateKey, SSN, NationalID, Passport, DateOfBirth, Address, PersonName}

// Informational categories are measured and reported but not gated:
// names with no cue around them ("write to Sarah about ...") are beyond a
// pattern detector, and the README says so.
var Informational = []string{PersonNoCue}

// Hard negative categories.
const (
	NegVersion   = "VERSION"
	NegOrder     = "ORDER_NUMBER"
	NegTimestamp = "TIMESTAMP"
	NegDate      = "DATE"
	NegHash      = "HEX_HASH"
	NegUUID      = "UUID"
	NegCode      = "CODE"
	NegPrice     = "PRICE"
	NegSecurity  = "SECURITY_TEXT"
	NegNumber    = "NUMBER"
	NegNameLike  = "NAME_LIKE"
	NegAddrLike  = "ADDRESS_LIKE"
	NegEmailLike = "EMAIL_LIKE"
	NegCardLike  = "CARD_LIKE"
	NegIPLike    = "IP_LIKE"
	NegPublicKey = "PUBLIC_KEY"
)

// NegativeCategories lists the hard negative categories.
var NegativeCategories = []string{NegVersion, NegOrder, NegTimestamp, NegDate, NegHash, NegUUID, NegCode, NegPrice, NegSecurity, NegNumber, NegNameLike, NegAddrLike, NegEmailLike, NegCardLike, NegIPLike, NegPublicKey}

// Read reads a corpus file.
func Read(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, len(out)+1, err)
		}
		out = append(out, it)
	}
	return out, sc.Err()
}

// Write writes items as JSONL.
func Write(w io.Writer, items []Item) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Summary counts what a corpus holds.
type Summary struct {
	PII, PIICategories, Locales, Negatives, NegativeCategories, Forms, Fields int
}

// Summarize counts items, categories, locales, forms and fields.
func Summarize(items []Item) Summary {
	var s Summary
	pc, nc, loc, forms, fields := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, it := range items {
		for _, p := range it.PII {
			s.PII++
			pc[p.Category] = true
			loc[it.Locale] = true
		}
		for _, n := range it.Negatives {
			s.Negatives++
			nc[n.Category] = true
		}
		forms[it.Form] = true
		fields[it.Field] = true
	}
	s.PIICategories, s.NegativeCategories, s.Locales, s.Forms, s.Fields = len(pc), len(nc), len(loc), len(forms), len(fields)
	return s
}
