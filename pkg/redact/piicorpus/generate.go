package piicorpus

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// builder assembles a text and its labels.
type builder struct {
	sb       strings.Builder
	pii, neg []Span
}

func (b *builder) s(x string) { b.sb.WriteString(x) }

func (b *builder) label(list *[]Span, cat, v string) {
	start := b.sb.Len()
	b.sb.WriteString(v)
	*list = append(*list, Span{Category: cat, Start: start, End: b.sb.Len(), Value: v})
}

func (b *builder) p(cat, v string) { b.label(&b.pii, cat, v) }
func (b *builder) n(cat, v string) { b.label(&b.neg, cat, v) }

// fill writes tmpl with "{}" replaced by slot() and "{akia}" by an AWS
// access key ID (labelled API_KEY).
func (b *builder) fill(g *gen, tmpl string, slot func()) {
	for tmpl != "" {
		i := strings.Index(tmpl, "{")
		if i < 0 {
			b.s(tmpl)
			return
		}
		switch {
		case strings.HasPrefix(tmpl[i:], "{}"):
			b.s(tmpl[:i])
			slot()
			tmpl = tmpl[i+2:]
		case strings.HasPrefix(tmpl[i:], "{akia}"):
			b.s(tmpl[:i])
			b.p(APIKey, "AKIA"+g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
			tmpl = tmpl[i+6:]
		default:
			b.s(tmpl[:i+1])
			tmpl = tmpl[i+1:]
		}
	}
}

// Generate builds the corpus. The same seed gives the same corpus.
func Generate() []Item {
	g := &gen{r: rand.New(rand.NewPCG(18, 2026))}
	var items []Item
	cats := make([]string, 0, len(categoryCount))
	for c := range categoryCount {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, cat := range cats {
		locs := categoryLocales[cat]
		for i := 0; i < categoryCount[cat]; i++ {
			items = append(items, g.piiItem(cat, locs[i%len(locs)], i))
		}
	}
	// Prompts that fill a whole form: several items at once.
	for i := 0; i < 60; i++ {
		items = append(items, g.formItem(Locales[i%len(Locales)]))
	}
	negs := make([]string, 0, len(negativeCount))
	for c := range negativeCount {
		negs = append(negs, c)
	}
	sort.Strings(negs)
	for _, cat := range negs {
		for i := 0; i < negativeCount[cat]; i++ {
			items = append(items, g.negativeItem(cat, i))
		}
	}
	// Spread over forms and fields, deterministically.
	g.r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	for i := range items {
		it := &items[i]
		it.ID = fmt.Sprintf("pii-%04d", i+1)
		it.Form = Forms[i%len(Forms)]
		if it.Field == "" {
			it.Field = g.field(it)
		}
		if it.PII == nil {
			it.PII = []Span{}
		}
		if it.Negatives == nil {
			it.Negatives = []Span{}
		}
	}
	return items
}

// field picks where an item's text goes: mostly the prompt; completions
// (a model repeating what it was told), system instructions, custom
// attributes and status messages too.
func (g *gen) field(it *Item) string {
	x := g.r.Float64()
	switch {
	case x < 0.74:
		return FieldPrompt
	case x < 0.84:
		return FieldCompletion
	case x < 0.88:
		return FieldSystem
	case x < 0.94:
		return FieldAttribute
	case len(it.Text) < 200:
		return FieldStatus
	}
	return FieldPrompt
}

func (g *gen) sentence(cat, loc string) string {
	if ts, ok := sentences[cat][loc]; ok {
		return g.pick(ts)
	}
	if ts, ok := sentences[cat][lang(loc)]; ok {
		return g.pick(ts)
	}
	return g.pick(sentences[cat]["en"])
}

func (g *gen) wrap(b *builder, loc string, body func()) {
	l := lang(loc)
	in, out := g.pick(intros[l]), g.pick(outros[l])
	sep := " "
	if l == "zh" || l == "ja" {
		sep = ""
	}
	if g.chance(0.15) {
		sep = "\n"
	}
	if in != "" {
		b.s(in + sep)
	}
	body()
	if out != "" {
		b.s(sep + out)
	}
}

func (g *gen) piiItem(cat, loc string, i int) Item {
	var b builder
	it := Item{Locale: loc}
	// A few per category go in span names, status messages and URLs, the
	// way applications put them there.
	switch {
	case i%23 == 5 && (cat == Email || cat == Phone || cat == SSN || cat == PersonName || cat == IPv4 || cat == APIKey || cat == NationalID):
		return g.urlItem(cat, loc)
	case i%29 == 7 && (cat == Email || cat == Phone || cat == IPv4 || cat == CreditCard || cat == SSN):
		return g.spanNameItem(cat, loc)
	case i%31 == 11 && cat != PrivateKey:
		return g.statusItem(cat, loc)
	}
	tmpl := g.sentence(cat, loc)
	g.wrap(&b, loc, func() {
		b.fill(g, tmpl, func() { b.p(cat, g.value(cat, loc, tmpl)) })
		// Sometimes a second sentence with a hard negative next to it.
		if g.chance(0.2) {
			b.s(" ")
			g.inlineNegative(&b)
		}
	})
	it.Text, it.PII, it.Negatives = b.sb.String(), b.pii, b.neg
	return it
}

// value returns a value of cat for loc (tmpl hints at the form).
func (g *gen) value(cat, loc, tmpl string) string {
	switch cat {
	case Email:
		return g.email(loc)
	case Phone:
		return g.phone(loc)
	case CreditCard:
		return g.card()
	case IBAN:
		return g.iban(loc)
	case IPv4:
		return g.ipv4()
	case IPv6:
		return g.ipv6()
	case APIKey:
		return g.apiKey()
	case JWT:
		return g.jwt()
	case Bearer:
		return g.bearerToken()
	case AWSSecret:
		return g.awsSecret()
	case Password:
		pw := g.password()
		if strings.Contains(tmpl, "://") || strings.Contains(tmpl, "-p{}") {
			pw = strings.NewReplacer("@", "", "/", "", ":", "", " ", "", "'", "", "\"", "").Replace(pw)
		}
		if strings.Contains(tmpl, "'{}'") || strings.Contains(tmpl, "\"{}\"") {
			pw = strings.NewReplacer("'", "", "\"", "").Replace(pw)
		}
		return pw
	case PrivateKey:
		k := g.pem()
		if strings.Contains(tmpl, "\"{}\"") {
			k = strings.ReplaceAll(k, "\n", `\n`)
		}
		return k
	case SSN:
		return g.ssn()
	case NationalID:
		return g.nationalID(loc)
	case Passport:
		return g.passportNo(loc)
	case DateOfBirth:
		return g.dob(loc)
	case Address:
		return g.address(loc)
	case PersonName, PersonNoCue:
		p := g.person(loc)
		switch {
		case strings.Contains(tmpl, "Mr. {}"), strings.Contains(tmpl, "Herr {}"), strings.Contains(tmpl, "Madame {}"):
			return p.last
		case strings.Contains(tmpl, "Hello {}"), strings.Contains(tmpl, "Dear {}") && g.chance(0.5):
			return p.first
		}
		return fullName(loc, p)
	}
	panic("no value for " + cat)
}

func (g *gen) inlineNegative(b *builder) {
	cats := []string{NegVersion, NegOrder, NegTimestamp, NegHash, NegUUID, NegPrice, NegNumber}
	cat := cats[g.r.IntN(len(cats))]
	ns := negatives[cat]
	n := ns[g.r.IntN(len(ns))]
	b.fill(g, n.tmpl, func() { b.n(cat, n.val(g)) })
}

func (g *gen) negativeItem(cat string, i int) Item {
	var b builder
	loc := "en-US"
	ns := negatives[cat]
	n := ns[i%len(ns)]
	g.wrap(&b, loc, func() {
		b.fill(g, n.tmpl, func() { b.n(cat, n.val(g)) })
	})
	return Item{Locale: loc, Text: b.sb.String(), PII: b.pii, Negatives: b.neg}
}

// formItem: a prompt that pastes several fields of a form.
func (g *gen) formItem(loc string) Item {
	var b builder
	p := g.person(loc)
	labels := map[string][]string{
		"en": {"Name", "Email", "Phone", "Date of birth", "Address"},
		"hi": {"नाम", "ईमेल", "फोन", "जन्म तिथि", "पता"},
		"de": {"Name", "E-Mail", "Telefon", "Geburtsdatum", "Adresse"},
		"fr": {"Nom", "E-mail", "Téléphone", "Date de naissance", "Adresse"},
		"es": {"Nombre", "Correo", "Teléfono", "Fecha de nacimiento", "Dirección"},
		"it": {"Nome", "Email", "Telefono", "Data di nascita", "Indirizzo"},
		"nl": {"Naam", "E-mail", "Telefoon", "Geboortedatum", "Adres"},
		"pt": {"Nome", "E-mail", "Telefone", "Data de nascimento", "Endereço"},
		"zh": {"姓名", "邮箱", "电话", "出生日期", "地址"},
		"ja": {"氏名", "メール", "電話", "生年月日", "住所"},
		"ko": {"이름", "이메일", "전화", "생년월일", "주소"},
	}[lang(loc)]
	sep := ": "
	if lang(loc) == "zh" || lang(loc) == "ja" {
		sep = "："
	}
	intro := map[string]string{"en": "Please fill in the onboarding form for this customer:", "de": "Bitte lege den Kunden an:", "fr": "Crée la fiche client :",
		"es": "Da de alta a este cliente:", "it": "Registra questo cliente:", "nl": "Maak deze klant aan:", "pt": "Cadastre este cliente:",
		"zh": "请录入这位客户：", "ja": "この顧客を登録してください：", "ko": "이 고객을 등록해 주세요:", "hi": "इस ग्राहक का फॉर्म भरें:"}[lang(loc)]
	b.s(intro + "\n")
	b.s(labels[0] + sep)
	b.p(PersonName, fullName(loc, p))
	b.s("\n" + labels[1] + sep)
	b.p(Email, g.email(loc))
	b.s("\n" + labels[2] + sep)
	b.p(Phone, g.phone(loc))
	b.s("\n" + labels[3] + sep)
	b.p(DateOfBirth, g.dob(loc))
	b.s("\n" + labels[4] + sep)
	b.p(Address, g.address(loc))
	if g.chance(0.5) {
		b.s("\nCustomer since: ")
		b.n(NegDate, g.pick([]string{"2019-04-01", "01.04.2019", "04/01/2019"}))
	}
	return Item{Locale: loc, Text: b.sb.String(), PII: b.pii, Negatives: b.neg}
}

// urlItem: url.full with the value in the query string, percent-encoded
// as a browser sends it.
func (g *gen) urlItem(cat, loc string) Item {
	v := g.value(cat, loc, "")
	key := map[string]string{Email: "email", Phone: "phone", SSN: "ssn", PersonName: "name", IPv4: "client_ip", APIKey: "api_key", NationalID: "id_number"}[cat]
	host := g.pick([]string{"shop.example.com", "api.acme.test", "crm.internal", "app.example.org"})
	path := g.pick([]string{"/api/v1/customers", "/search", "/checkout", "/account/lookup", "/v2/verify"})
	enc := url.QueryEscape(v)
	var b builder
	b.s("https://" + host + path + "?" + key + "=")
	b.p(cat, enc)
	b.pii[0].Raw = v
	if enc == v {
		b.pii[0].Raw = ""
	}
	b.s("&ref=" + g.chars(8, hexLo) + "&page=" + strconv.Itoa(g.n(1, 9)))
	return Item{Locale: loc, Field: FieldURL, Text: b.sb.String(), PII: b.pii}
}

// spanNameItem: an application that names spans after what they handle.
func (g *gen) spanNameItem(cat, loc string) Item {
	var b builder
	tmpl := map[string]string{Email: "GET /users/{}", Phone: "sms.send {}", IPv4: "rate_limit {}", CreditCard: "charge card {}", SSN: "verify ssn {}"}[cat]
	b.fill(g, tmpl, func() { b.p(cat, g.value(cat, loc, tmpl)) })
	return Item{Locale: loc, Field: FieldSpanName, Text: b.sb.String(), PII: b.pii}
}

// statusItem: an error message that quotes what the user wrote.
func (g *gen) statusItem(cat, loc string) Item {
	var b builder
	b.s(g.pick([]string{"ValidationError: ", "upstream rejected request: ", "could not process input: ", "422 Unprocessable Entity: "}))
	tmpl := g.sentence(cat, loc)
	b.fill(g, tmpl, func() { b.p(cat, g.value(cat, loc, tmpl)) })
	return Item{Locale: loc, Field: FieldStatus, Text: b.sb.String(), PII: b.pii}
}

// ---------------------------------------------------------------- addresses, dates of birth

func (g *gen) address(loc string) string {
	n := strconv.Itoa(g.n(1, 250))
	switch loc {
	case "en-US":
		street := g.pick([]string{"Oak", "Maple", "Elm", "Washington", "Lake", "Sunset", "Evergreen", "Martin Luther King Jr", "5th", "Amphitheatre"})
		typ := g.pick([]string{"Street", "St", "Avenue", "Ave", "Blvd", "Road", "Drive", "Lane", "Parkway", "Terrace", "Way", "Court"})
		city := g.pick([]string{"Springfield, IL 62704", "Austin, TX 78701", "Mountain View, CA 94043", "Brooklyn, NY 11201", "Portland, OR 97205", "Denver, CO 80202"})
		switch g.r.IntN(5) {
		case 0:
			return n + " " + street + " " + typ + ", Apt " + strconv.Itoa(g.n(1, 20)) + g.pick([]string{"A", "B", "C"}) + ", " + city
		case 1:
			return strings.ToLower(n + " " + street + " " + g.pick([]string{"street", "avenue", "road"}) + ", " + strings.Split(city, ",")[0])
		}
		return n + " " + street + " " + typ + ", " + city
	case "en-GB":
		return g.pick([]string{
			n + " Baker Street, London NW1 6XE", n + " High Street, Oxford OX1 4AA", "Flat " + strconv.Itoa(g.n(1, 12)) + ", " + n + " Queen's Road, Bristol BS8 1QU",
			n + " Victoria Road, Manchester M14 5TL", n + " Church Lane, Leeds LS6 4JD", n + " Princes Street, Edinburgh EH2 2ER",
		})
	case "en-IN", "hi-IN":
		return g.pick([]string{
			"Flat " + strconv.Itoa(g.n(1, 12)) + "B, Sunshine Apartments, " + n + " MG Road, Bengaluru 560001", n + " Park Street, Kolkata 700016",
			n + ", 5th Cross Road, Indiranagar, Bengaluru 560038", n + " Linking Road, Bandra West, Mumbai 400050", n + " Anna Salai, Chennai 600002",
		})
	case "de-DE":
		hn := strconv.Itoa(g.n(1, 120)) + g.pick([]string{"", "", "a", "b"})
		return g.pick([]string{
			"Hauptstraße " + hn + ", 10115 Berlin", "Lindenweg " + hn + ", 80331 München", "Berliner Str. " + hn + ", 60311 Frankfurt am Main",
			"Königsallee " + hn + ", 40212 Düsseldorf", "Schillerstraße " + hn, "Am Marktplatz " + hn + ", 69117 Heidelberg", "Goethestr. " + hn + ", 04109 Leipzig",
			"Friedrichstrasse " + hn + ", 10117 Berlin",
		})
	case "fr-FR":
		return g.pick([]string{
			n + " rue de la Paix, 75002 Paris", n + " avenue des Champs-Élysées, 75008 Paris", n + " boulevard Haussmann, 75009 Paris", n + " place Bellecour, 69002 Lyon",
			n + " rue Sainte-Catherine, 33000 Bordeaux", n + ", rue du Faubourg Saint-Honoré, 75008 Paris",
		})
	case "es-ES":
		return g.pick([]string{
			"Calle Mayor " + n + ", 28013 Madrid", "C/ de Alcalá, " + n + ", 3º B, 28014 Madrid", "Avenida de la Constitución " + n + ", 41004 Sevilla",
			"Carrer de Mallorca " + n + ", 08013 Barcelona", "Calle Gran Vía " + n + ", 28013 Madrid", "Paseo de Gracia " + n + ", 08007 Barcelona",
		})
	case "it-IT":
		return g.pick([]string{
			"Via Roma " + n + ", 00184 Roma", "Via Giuseppe Garibaldi " + n + ", 10122 Torino", "Piazza del Duomo " + n + ", 20121 Milano",
			"Corso Vittorio Emanuele II " + n + ", 00186 Roma", "Via dei Mille " + n + ", 80121 Napoli", "Viale Monza " + n + ", 20127 Milano",
		})
	case "nl-NL":
		return g.pick([]string{
			"Keizersgracht " + n + ", 1015 CJ Amsterdam", "Stationsplein " + n + ", 3013 AK Rotterdam", "Prinsengracht " + n + ", 1016 GV Amsterdam",
			"Oudegracht " + n + ", 3511 AP Utrecht", "Kerkstraat " + n + ", 5611 GJ Eindhoven",
		})
	case "pt-BR":
		return g.pick([]string{
			"Rua Augusta, " + n + ", São Paulo - SP, 01304-001", "Av. Paulista, " + n + " - Bela Vista, São Paulo - SP, 01310-200", "Rua das Flores " + n + ", Curitiba - PR",
			"Avenida Atlântica, " + n + ", Rio de Janeiro - RJ, 22021-001", "Rua Oscar Freire, " + n + ", São Paulo",
		})
	case "zh-CN":
		return g.pick([]string{"北京市朝阳区建国路" + n + "号", "上海市浦东新区世纪大道" + n + "号", "广州市天河区天河路" + n + "号", "深圳市南山区科技园南路" + n + "号3栋", "杭州市西湖区文三路" + n + "号"})
	case "ja-JP":
		a, b2, c := strconv.Itoa(g.n(1, 9)), strconv.Itoa(g.n(1, 30)), strconv.Itoa(g.n(1, 20))
		return g.pick([]string{"東京都千代田区丸の内" + a + "-" + b2 + "-" + c, "〒150-0002 東京都渋谷区渋谷" + a + "-" + b2 + "-" + c, "大阪府大阪市北区梅田" + a + "-" + b2 + "-" + c, "東京都港区六本木" + a + "丁目" + b2 + "-" + c})
	case "ko-KR":
		return g.pick([]string{"서울특별시 강남구 테헤란로 " + n, "부산광역시 해운대구 해운대로 " + n, "서울시 종로구 세종대로 " + n, "경기도 성남시 분당구 판교역로 " + n})
	}
	return n + " Main Street"
}

var monthNames = map[string][]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	"nl": {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	"pt": {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
}

func (g *gen) dob(loc string) string {
	y, m, d := g.n(1940, 2006), g.n(1, 12), g.n(1, 28)
	dd, mm := fmt.Sprintf("%02d", d), fmt.Sprintf("%02d", m)
	l := lang(loc)
	switch l {
	case "en":
		mn := monthNames["en"][m-1]
		if loc == "en-US" {
			return g.pick([]string{mm + "/" + dd + "/" + strconv.Itoa(y), mn + " " + strconv.Itoa(d) + ", " + strconv.Itoa(y), fmt.Sprintf("%d-%s-%s", y, mm, dd), mn[:3] + " " + strconv.Itoa(d) + " " + strconv.Itoa(y)})
		}
		return g.pick([]string{dd + "/" + mm + "/" + strconv.Itoa(y), strconv.Itoa(d) + " " + mn + " " + strconv.Itoa(y), strconv.Itoa(d) + "th of " + mn + " " + strconv.Itoa(y), fmt.Sprintf("%d-%s-%s", y, mm, dd)})
	case "de":
		return g.pick([]string{dd + "." + mm + "." + strconv.Itoa(y), strconv.Itoa(d) + ". " + monthNames["de"][m-1] + " " + strconv.Itoa(y), strconv.Itoa(d) + "." + strconv.Itoa(m) + "." + strconv.Itoa(y)})
	case "fr", "it", "nl":
		return g.pick([]string{dd + "/" + mm + "/" + strconv.Itoa(y), strconv.Itoa(d) + " " + monthNames[l][m-1] + " " + strconv.Itoa(y), dd + "-" + mm + "-" + strconv.Itoa(y)})
	case "es", "pt":
		return g.pick([]string{dd + "/" + mm + "/" + strconv.Itoa(y), strconv.Itoa(d) + " de " + monthNames[l][m-1] + " de " + strconv.Itoa(y)})
	case "zh", "ja":
		return g.pick([]string{fmt.Sprintf("%d年%d月%d日", y, m, d), fmt.Sprintf("%d-%s-%s", y, mm, dd), fmt.Sprintf("%d/%s/%s", y, mm, dd)})
	case "ko":
		return g.pick([]string{fmt.Sprintf("%d년 %d월 %d일", y, m, d), fmt.Sprintf("%d.%s.%s", y, mm, dd)})
	case "hi":
		return g.pick([]string{dd + "/" + mm + "/" + strconv.Itoa(y), dd + "-" + mm + "-" + strconv.Itoa(y)})
	}
	return fmt.Sprintf("%d-%s-%s", y, mm, dd)
}
