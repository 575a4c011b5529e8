package piicorpus

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
)

// gen holds the random source; every value comes from it, in a fixed
// order, so the corpus is the same on every run.
type gen struct{ r *rand.Rand }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) n(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

func (g *gen) chars(n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.r.IntN(len(alphabet))]
	}
	return string(b)
}

const (
	alnum   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperNm = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b64     = alnum + "+/"
	b64url  = alnum + "-_"
	hexLo   = "0123456789abcdef"
)

// ---------------------------------------------------------------- people

type person struct{ first, last string }

var people = map[string][]person{
	"en-US": {{"James", "Smith"}, {"Mary", "Johnson"}, {"Robert", "Williams"}, {"Patricia", "Brown"}, {"Michael", "Davis"}, {"Jennifer", "Garcia"}, {"Kevin", "O'Brien"}, {"Aaliyah", "Washington"}, {"DeShawn", "Jackson"}, {"Emily", "Nguyen"}, {"Tyler", "McKenzie"}, {"Sarah", "Goldberg"}},
	"en-GB": {{"Oliver", "Hughes"}, {"Amelia", "Clarke"}, {"Harry", "Wilson"}, {"Siobhán", "Murphy"}, {"Isla", "MacLeod"}, {"George", "Patel"}, {"Charlotte", "Evans"}, {"Rhys", "Davies"}},
	"en-IN": {{"Priya", "Sharma"}, {"Rahul", "Verma"}, {"Ananya", "Iyer"}, {"Arjun", "Nair"}, {"Sneha", "Reddy"}, {"Vikram", "Singh"}, {"Kavya", "Menon"}, {"Rohan", "Deshpande"}},
	"hi-IN": {{"राहुल", "शर्मा"}, {"प्रिया", "वर्मा"}, {"अमित", "कुमार"}, {"सुनीता", "यादव"}, {"अंजलि", "गुप्ता"}},
	"de-DE": {{"Jürgen", "Müller"}, {"Anna", "Schmidt"}, {"Lukas", "Weber"}, {"Sophie", "Schäfer"}, {"Matthias", "Groß"}, {"Zoë", "Becker"}, {"Karl-Heinz", "Fischer"}, {"Leonie", "Wagner"}, {"Jonas", "Hoffmann"}},
	"fr-FR": {{"François", "Dupont"}, {"Chloé", "Martin"}, {"Léa", "Bernard"}, {"Jean-Pierre", "Lefèvre"}, {"Hélène", "Moreau"}, {"Théo", "Girard"}, {"Manon", "Rousseau"}},
	"es-ES": {{"José", "García"}, {"María", "López"}, {"Ana María", "Fernández"}, {"Javier", "Martínez"}, {"Lucía", "Sánchez-Pérez"}, {"Álvaro", "Ruiz"}, {"Nuria", "Gómez"}},
	"it-IT": {{"Giulia", "Rossi"}, {"Marco", "Bianchi"}, {"Francesca", "Romano"}, {"Luca", "Esposito"}, {"Niccolò", "Ricci"}, {"Chiara", "De Luca"}, {"Matteo", "Colombo"}},
	"nl-NL": {{"Daan", "de Vries"}, {"Sanne", "van den Berg"}, {"Lars", "Jansen"}, {"Emma", "Bakker"}, {"Thijs", "van Dijk"}, {"Fleur", "Visser"}},
	"pt-BR": {{"João", "Silva"}, {"Ana", "Souza"}, {"Luiz", "Oliveira"}, {"Mariana", "Costa"}, {"Thiago", "Pereira"}, {"Beatriz", "Gonçalves"}},
	"zh-CN": {{"伟", "王"}, {"娜", "李"}, {"敏", "张"}, {"洋", "刘"}, {"静", "陈"}, {"磊", "杨"}, {"秀英", "黄"}},
	"ja-JP": {{"太郎", "田中"}, {"花子", "佐藤"}, {"一郎", "鈴木"}, {"美咲", "高橋"}, {"健", "伊藤"}, {"陽菜", "渡辺"}},
	"ko-KR": {{"민준", "김"}, {"서연", "이"}, {"지훈", "박"}, {"수아", "최"}, {"도윤", "정"}, {"하은", "강"}},
}

var romaji = map[string]string{
	"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang", "伟": "wei", "娜": "na", "敏": "min", "洋": "yang", "静": "jing", "磊": "lei", "秀英": "xiuying",
	"田中": "tanaka", "佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "伊藤": "ito", "渡辺": "watanabe", "太郎": "taro", "花子": "hanako", "一郎": "ichiro", "美咲": "misaki", "健": "ken", "陽菜": "hina",
	"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "민준": "minjun", "서연": "seoyeon", "지훈": "jihoon", "수아": "sua", "도윤": "doyun", "하은": "haeun",
	"राहुल": "rahul", "शर्मा": "sharma", "प्रिया": "priya", "वर्मा": "verma", "अमित": "amit", "कुमार": "kumar", "सुनीता": "sunita", "यादव": "yadav", "अंजलि": "anjali", "गुप्ता": "gupta",
}

func (g *gen) person(loc string) person { ps := people[loc]; return ps[g.r.IntN(len(ps))] }

// fullName as the locale writes it (family name first in CJK).
func fullName(loc string, p person) string {
	switch loc {
	case "zh-CN", "ja-JP", "ko-KR":
		return p.last + p.first
	}
	return p.first + " " + p.last
}

// ascii folds a name for an email local part (José → jose), or keeps the
// accents, as some people do.
func ascii(s string) string {
	if r, ok := romaji[s]; ok {
		return r
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == 'ß':
			b.WriteString("ss")
		case r == ' ' || r == '\'':
		default:
			if f, ok := fold[unicode.ToLower(r)]; ok {
				b.WriteRune(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

var fold = map[rune]rune{'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'í': 'i', 'ì': 'i',
	'î': 'i', 'ï': 'i', 'ñ': 'n', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o', 'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y'}

// ---------------------------------------------------------------- email

var mailDomains = map[string][]string{
	"en-US": {"gmail.com", "yahoo.com", "outlook.com", "icloud.com", "acme-corp.com", "mail.stanford.edu", "comcast.net"},
	"en-GB": {"btinternet.com", "gmail.com", "yahoo.co.uk", "nhs.net", "ox.ac.uk", "sky.com"},
	"en-IN": {"gmail.com", "rediffmail.com", "yahoo.co.in", "infosys.com", "iitb.ac.in"},
	"hi-IN": {"gmail.com", "rediffmail.com", "yahoo.co.in"},
	"de-DE": {"web.de", "gmx.de", "t-online.de", "firma-müller.de", "bücherei.example", "posteo.de", "uni-heidelberg.de"},
	"fr-FR": {"orange.fr", "laposte.net", "free.fr", "société-générale.example", "gmail.com", "sfr.fr"},
	"es-ES": {"telefonica.es", "correo.es", "gmail.com", "españa.example", "hotmail.es"},
	"it-IT": {"libero.it", "tiscali.it", "virgilio.it", "gmail.com", "università.example"},
	"nl-NL": {"ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"},
	"pt-BR": {"uol.com.br", "bol.com.br", "gmail.com", "globo.com", "ação.example.br"},
	"zh-CN": {"qq.com", "163.com", "126.com", "sina.com.cn", "例子.中国"},
	"ja-JP": {"yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"},
	"ko-KR": {"naver.com", "daum.net", "kakao.com", "gmail.com"},
}

func (g *gen) email(loc string) string {
	p := g.person(loc)
	first, last := ascii(p.first), ascii(p.last)
	if loc == "de-DE" || loc == "fr-FR" || loc == "es-ES" || loc == "pt-BR" || loc == "it-IT" {
		if g.chance(0.3) { // some keep the accents: josé.garcía@...
			first, last = strings.ToLower(strings.ReplaceAll(p.first, " ", "")), strings.ToLower(strings.ReplaceAll(p.last, " ", ""))
		}
	}
	var local string
	switch g.r.IntN(8) {
	case 0:
		local = first + "." + last
	case 1:
		local = first + last + strconv.Itoa(g.n(70, 2005)%100)
	case 2:
		local = string([]rune(first)[:1]) + "." + last
	case 3:
		local = first + "_" + last
	case 4:
		local = first + "." + last + "+" + g.pick([]string{"shop", "news", "billing", "work", "spam"})
	case 5:
		local = last + "." + first + strconv.Itoa(g.n(1, 99))
	case 6:
		local = first + "-" + last
	default:
		local = first + g.digits(g.n(2, 4))
	}
	domain := g.pick(mailDomains[loc])
	if loc == "zh-CN" && domain == "例子.中国" {
		local = g.pick([]string{"用户", "王伟", "客服"})
	}
	e := local + "@" + domain
	if g.chance(0.08) {
		// Capitals as typed on a phone or in a signature.
		e = strings.ToUpper(e[:1]) + e[1:]
		if i := strings.IndexByte(e, '@'); i > 0 {
			e = e[:i+1] + strings.ToUpper(e[i+1:i+2]) + e[i+2:]
		}
	}
	return e
}

// ---------------------------------------------------------------- phones

func (g *gen) phone(loc string) string {
	d := g.digits
	switch loc {
	case "en-US":
		area := strconv.Itoa(g.n(201, 989))
		ex := strconv.Itoa(g.n(201, 989))
		line := d(4)
		return g.pick([]string{
			"(" + area + ") " + ex + "-" + line, area + "-" + ex + "-" + line, area + "." + ex + "." + line, "+1 " + area + " " + ex + " " + line,
			"+1-" + area + "-" + ex + "-" + line, "1-800-" + ex + "-" + line, "+1 (" + area + ") " + ex + "-" + line, area + " " + ex + " " + line,
		})
	case "en-GB":
		return g.pick([]string{
			"020 " + d(4) + " " + d(4), "+44 20 " + d(4) + " " + d(4), "07" + strconv.Itoa(g.n(400, 999)) + " " + d(6), "+44 7" + strconv.Itoa(g.n(400, 999)) + " " + d(6),
			"(0161) " + d(3) + " " + d(4), "+44 (0)20 " + d(4) + " " + d(4), "0117 " + d(3) + " " + d(4),
		})
	case "de-DE":
		return g.pick([]string{
			"030 " + d(8), "+49 30 " + d(8), "0151 " + d(8), "+49 151 " + d(8), "030/" + d(7), "0049 89 " + d(7), "+49 (0)30 " + d(6),
			"0171-" + d(7), "+4917" + strconv.Itoa(g.n(0, 9)) + d(8), "0" + strconv.Itoa(g.n(15, 17)) + strconv.Itoa(g.n(0, 9)) + d(8), "089 / " + d(3) + " " + d(2) + " " + d(2),
		})
	case "fr-FR":
		pairs := func() string { return d(2) + " " + d(2) + " " + d(2) + " " + d(2) }
		return g.pick([]string{
			"06 " + pairs(), "+33 6 " + pairs(), "01 " + pairs(), "07." + d(2) + "." + d(2) + "." + d(2) + "." + d(2), "0033 1 " + pairs(), "+33 (0)1 " + pairs(), "06" + d(8),
		})
	case "es-ES":
		return g.pick([]string{
			"6" + d(2) + " " + d(2) + " " + d(2) + " " + d(2), "+34 6" + d(2) + " " + d(2) + " " + d(2) + " " + d(2), "91 " + d(3) + " " + d(2) + " " + d(2),
			"+34 91 " + d(3) + " " + d(2) + " " + d(2), "6" + d(8), "+34 6" + d(8), "7" + d(2) + " " + d(3) + " " + d(3),
		})
	case "it-IT":
		return g.pick([]string{
			"3" + d(2) + " " + d(3) + " " + d(4), "+39 3" + d(2) + " " + d(3) + " " + d(4), "06 " + d(4) + " " + d(4), "+39 06 " + d(8), "3" + d(9), "02 " + d(8), "+39 3" + d(9),
		})
	case "nl-NL":
		return g.pick([]string{
			"06-" + d(8), "+31 6 " + d(8), "020-" + d(7), "06 " + d(2) + " " + d(2) + " " + d(2) + " " + d(2), "+31 20 " + d(3) + " " + d(4), "010 " + d(3) + " " + d(4),
		})
	case "pt-BR":
		ddd := strconv.Itoa(g.n(11, 99))
		return g.pick([]string{
			"(" + ddd + ") 9" + d(4) + "-" + d(4), "+55 " + ddd + " 9" + d(4) + "-" + d(4), ddd + " 9" + d(4) + "-" + d(4), "(" + ddd + ") " + d(4) + "-" + d(4),
			"+55 (" + ddd + ") 9" + d(4) + "-" + d(4), "+55" + ddd + "9" + d(8),
		})
	case "en-IN", "hi-IN":
		m := strconv.Itoa(g.n(6, 9)) + d(4)
		return g.pick([]string{
			m + " " + d(5), "+91 " + m + " " + d(5), "+91-" + m + d(5), m + d(5), "022 " + d(4) + " " + d(4), "080-" + d(8), "+91 80 " + d(4) + " " + d(4), "0" + m + d(5),
		})
	case "zh-CN":
		m := "1" + strconv.Itoa(g.n(3, 9)) + d(1)
		return g.pick([]string{
			m + " " + d(4) + " " + d(4), m + d(8), "+86 " + m + " " + d(4) + " " + d(4), "010-" + d(8), "+86 10 " + d(4) + " " + d(4), "+86-" + m + d(8), "021-" + d(8),
		})
	case "ja-JP":
		return g.pick([]string{
			"03-" + d(4) + "-" + d(4), "090-" + d(4) + "-" + d(4), "080-" + d(4) + "-" + d(4), "+81 3-" + d(4) + "-" + d(4), "+81 90 " + d(4) + " " + d(4), "06-" + d(4) + "-" + d(4), "+81-90-" + d(4) + "-" + d(4),
		})
	case "ko-KR":
		return g.pick([]string{
			"010-" + d(4) + "-" + d(4), "+82 10-" + d(4) + "-" + d(4), "02-" + d(3) + "-" + d(4), "+82 2 " + d(4) + " " + d(4), "010 " + d(4) + " " + d(4), "031-" + d(3) + "-" + d(4),
		})
	}
	return "+1 415 555 " + d(4)
}

// ---------------------------------------------------------------- cards, IBANs

func luhnDigit(s string) byte {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		n := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return byte('0' + (10-sum%10)%10)
}

func (g *gen) cardNumber() (string, []int) {
	type issuer struct {
		prefix string
		n      int
		groups []int
	}
	is := []issuer{
		{"4", 16, []int{4, 4, 4, 4}}, {"4", 16, []int{4, 4, 4, 4}}, {"51", 16, []int{4, 4, 4, 4}}, {"55", 16, []int{4, 4, 4, 4}}, {"2221", 16, []int{4, 4, 4, 4}},
		{"34", 15, []int{4, 6, 5}}, {"37", 15, []int{4, 6, 5}}, {"6011", 16, []int{4, 4, 4, 4}}, {"65", 16, []int{4, 4, 4, 4}}, {"3528", 16, []int{4, 4, 4, 4}},
		{"62", 16, []int{4, 4, 4, 4}}, {"36", 14, []int{4, 6, 4}}, {"4", 13, []int{4, 4, 5}}, {"6521", 16, []int{4, 4, 4, 4}}, {"2200", 16, []int{4, 4, 4, 4}},
	}
	x := is[g.r.IntN(len(is))]
	body := x.prefix + g.digits(x.n-len(x.prefix)-1)
	return body + string(luhnDigit(body)), x.groups
}

func (g *gen) card() string {
	num, groups := g.cardNumber()
	sep := g.pick([]string{" ", " ", " ", "-", "", " "})
	if sep == "" {
		return num
	}
	var parts []string
	i := 0
	for _, n := range groups {
		parts = append(parts, num[i:i+n])
		i += n
	}
	return strings.Join(parts, sep)
}

var ibanBBAN = []struct {
	cc   string
	bban func(g *gen) string
}{
	{"DE", func(g *gen) string { return g.digits(18) }},
	{"GB", func(g *gen) string { return g.pick([]string{"NWBK", "BARC", "LOYD", "HBUK", "MIDL"}) + g.digits(14) }},
	{"FR", func(g *gen) string { return g.digits(10) + g.chars(11, upperNm) + g.digits(2) }},
	{"ES", func(g *gen) string { return g.digits(20) }},
	{"IT", func(g *gen) string {
		return g.chars(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + g.digits(10) + g.chars(12, upperNm)
	}},
	{"NL", func(g *gen) string { return g.pick([]string{"ABNA", "INGB", "RABO", "TRIO"}) + g.digits(10) }},
	{"BE", func(g *gen) string { return g.digits(12) }},
	{"AT", func(g *gen) string { return g.digits(16) }},
	{"CH", func(g *gen) string { return g.digits(17) }},
	{"PL", func(g *gen) string { return g.digits(24) }},
	{"PT", func(g *gen) string { return g.digits(21) }},
	{"IE", func(g *gen) string { return g.pick([]string{"AIBK", "BOFI"}) + g.digits(14) }},
	{"SE", func(g *gen) string { return g.digits(20) }},
	{"BR", func(g *gen) string { return g.digits(23) + "C" + g.chars(1, "0123456789") }},
}

func ibanCheck(cc, bban string) string {
	s := bban + cc + "00"
	rem := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	return fmt.Sprintf("%02d", 98-rem)
}

func (g *gen) iban(loc string) string {
	pref := map[string]string{"de-DE": "DE", "en-GB": "GB", "fr-FR": "FR", "es-ES": "ES", "it-IT": "IT", "nl-NL": "NL", "pt-BR": "BR"}[loc]
	x := ibanBBAN[g.r.IntN(len(ibanBBAN))]
	if pref != "" && g.chance(0.7) {
		for _, y := range ibanBBAN {
			if y.cc == pref {
				x = y
			}
		}
	}
	bban := x.bban(g)
	iban := x.cc + ibanCheck(x.cc, bban) + bban
	switch g.r.IntN(10) {
	case 0, 1:
		return iban
	case 2:
		return strings.ToLower(iban)
	}
	var parts []string
	for i := 0; i < len(iban); i += 4 {
		parts = append(parts, iban[i:min(i+4, len(iban))])
	}
	return strings.Join(parts, " ")
}

// ---------------------------------------------------------------- network

func (g *gen) ipv4() string {
	switch g.r.IntN(6) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", g.n(0, 255), g.n(0, 255), g.n(1, 254))
	case 1:
		return fmt.Sprintf("192.168.%d.%d", g.n(0, 20), g.n(2, 254))
	case 2:
		return fmt.Sprintf("172.%d.%d.%d", g.n(16, 31), g.n(0, 255), g.n(1, 254))
	case 3:
		return fmt.Sprintf("203.0.113.%d", g.n(1, 254))
	case 4:
		return fmt.Sprintf("%d.%d.%d.%d", g.n(11, 223), g.n(0, 255), g.n(0, 255), g.n(1, 254))
	}
	return fmt.Sprintf("198.51.100.%d", g.n(1, 254))
}

func (g *gen) ipv6() string {
	h := func() string { return strconv.FormatInt(int64(g.n(1, 0xffff)), 16) }
	switch g.r.IntN(4) {
	case 0:
		return "2001:db8:" + h() + ":" + h() + "::" + h()
	case 1:
		return "fe80::" + h() + ":" + h() + ":" + h() + ":" + h()
	case 2:
		return fmt.Sprintf("2a02:%04x:%04x:%04x:%04x:%04x:%04x:%04x", g.n(0, 0xffff), g.n(0, 0xffff), g.n(0, 0xffff), g.n(0, 0xffff), g.n(0, 0xffff), g.n(0, 0xffff), g.n(1, 0xffff))
	}
	return "2600:1f18:" + h() + ":" + h() + ":" + h() + ":" + h() + ":" + h() + ":" + h()
}

// ---------------------------------------------------------------- secrets

func (g *gen) apiKey() string {
	switch g.r.IntN(14) {
	case 0, 1:
		return "sk-proj-" + g.chars(48, alnum+"_-")
	case 2:
		return "sk-ant-api03-" + g.chars(86, alnum+"_-") + "AA"
	case 3:
		return "sk-" + g.chars(48, alnum)
	case 4:
		return "ghp_" + g.chars(36, alnum)
	case 5:
		return "github_pat_11" + g.chars(20, upperNm) + "_" + g.chars(59, alnum)
	case 6:
		return "glpat-" + g.chars(20, alnum+"-_")
	case 7:
		return "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.chars(24, alnum)
	case 8:
		return "AIza" + g.chars(35, alnum+"-_")
	case 9:
		return "sk_live_" + g.chars(24, alnum)
	case 10:
		return "hf_" + g.chars(34, alnum)
	case 11:
		return "AKIA" + g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
	case 12:
		return "npm_" + g.chars(36, alnum)
	}
	return "rk_test_" + g.chars(24, alnum)
}

func (g *gen) jwt() string {
	head := g.pick([]string{`{"alg":"HS256","typ":"JWT"}`, `{"alg":"RS256","kid":"` + g.chars(8, hexLo) + `","typ":"JWT"}`, `{"typ":"JWT","alg":"ES256"}`})
	p := g.person(g.pick([]string{"en-US", "de-DE", "fr-FR"}))
	body := fmt.Sprintf(`{"sub":"%s","name":"%s %s","iat":%d,"exp":%d}`, g.digits(10), ascii(p.first), ascii(p.last), 1700000000+g.n(0, 9999999), 1800000000+g.n(0, 9999999))
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(head)) + "." + enc.EncodeToString([]byte(body)) + "." + g.chars(43, b64url)
}

func (g *gen) bearerToken() string {
	switch g.r.IntN(3) {
	case 0:
		return g.chars(40, alnum)
	case 1:
		return "ya29.a0" + g.chars(60, alnum+"-_")
	}
	return g.chars(32, hexLo) + g.chars(8, alnum)
}

func (g *gen) awsSecret() string {
	for {
		s := g.chars(40, b64)
		if strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") && strings.ContainsAny(s, "0123456789") {
			return s
		}
	}
}

var passwords = []string{"Tr0ub4dor&3", "hunter2", "Summer2024!", "P@ssw0rd123", "correct-horse-battery-staple", "qwerty123", "s3cr3t!", "Winter#2023", "Lisboa1987",
	"ilovemydog99", "M1ch43l!", "Passwort123", "Soleil2024", "contraseña2023", "Juventus1897!", "Welkom01!", "Amor@2020", "woaini520", "sakura1234", "사랑해123",
	"Bl4ck$ky", "x7#Kp9!qL2", "letmein", "changeit42", "zaq1@WSX", "GoBlue!88", "Fenerbahce1907", "dragon2000", "Qwerty!234", "mypass1985"}

func (g *gen) password() string {
	if g.chance(0.3) {
		return g.chars(g.n(12, 20), alnum+"!#$%&*+-?@^_")
	}
	return g.pick(passwords)
}

func (g *gen) pem() string {
	kind := g.pick([]string{"RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "DSA PRIVATE KEY"})
	var b strings.Builder
	b.WriteString("-----BEGIN " + kind + "-----\n")
	if kind == "RSA PRIVATE KEY" && g.chance(0.3) {
		b.WriteString("Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + strings.ToUpper(g.chars(32, hexLo)) + "\n\n")
	}
	lines := g.n(3, 9)
	for i := 0; i < lines; i++ {
		n := 64
		if i == lines-1 {
			n = g.n(8, 60)
		}
		b.WriteString(g.chars(n, b64) + "\n")
	}
	b.WriteString("-----END " + kind + "-----")
	return b.String()
}

// ---------------------------------------------------------------- IDs

func (g *gen) ssn() string {
	area := g.n(1, 899)
	if area == 666 {
		area = 665
	}
	a, gr, s := fmt.Sprintf("%03d", area), fmt.Sprintf("%02d", g.n(1, 99)), fmt.Sprintf("%04d", g.n(1, 9999))
	switch g.r.IntN(6) {
	case 0:
		return a + " " + gr + " " + s
	case 1:
		return a + gr + s
	}
	return a + "-" + gr + "-" + s
}

var verhoeffD = [10][10]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	{4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
var verhoeffP = [8][10]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	{9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}}
var verhoeffInv = [10]int{0, 4, 3, 2, 1, 5, 6, 7, 8, 9}

func verhoeffDigit(s string) byte {
	c := 0
	for i := len(s) - 1; i >= 0; i-- {
		c = verhoeffD[c][verhoeffP[(len(s)-i)%8][s[i]-'0']]
	}
	return byte('0' + verhoeffInv[c])
}

// nationalID returns an ID of the locale and the words people put before
// it (the caller writes the sentence).
func (g *gen) nationalID(loc string) string {
	d := g.digits
	switch loc {
	case "en-GB":
		p := g.pick([]string{"AB", "CE", "JG", "KM", "PR", "SW", "TY", "HJ"})
		n := d(6)
		if g.chance(0.5) {
			return p + " " + n[:2] + " " + n[2:4] + " " + n[4:] + " " + g.pick([]string{"A", "B", "C", "D"})
		}
		return p + n + g.pick([]string{"A", "B", "C", "D"})
	case "en-IN", "hi-IN":
		if g.chance(0.5) {
			body := strconv.Itoa(g.n(2, 9)) + d(10)
			a := body + string(verhoeffDigit(body))
			if g.chance(0.8) {
				return a[:4] + " " + a[4:8] + " " + a[8:]
			}
			return a
		}
		return g.chars(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + g.pick([]string{"P", "C", "H", "F"}) + g.chars(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + d(4) + g.chars(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	case "zh-CN":
		body := g.pick([]string{"110101", "310104", "440106", "510107", "330106"}) + strconv.Itoa(g.n(1950, 2005)) + fmt.Sprintf("%02d%02d", g.n(1, 12), g.n(1, 28)) + d(3)
		w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
		sum := 0
		for i := 0; i < 17; i++ {
			sum += int(body[i]-'0') * w[i]
		}
		return body + string("10X98765432"[sum%11])
	case "es-ES":
		if g.chance(0.7) {
			n := d(8)
			num, _ := strconv.Atoi(n)
			l := string("TRWAGMYFPDXBNJZSQVHLCKE"[num%23])
			return g.pick([]string{n + l, n + "-" + l, n + l})
		}
		x := g.r.IntN(3)
		n := d(7)
		num, _ := strconv.Atoi(strconv.Itoa(x) + n)
		return string("XYZ"[x]) + n + string("TRWAGMYFPDXBNJZSQVHLCKE"[num%23])
	case "it-IT":
		cf := g.chars(6, "BCDFGHLMNPRSTVZ") + d(2) + g.pick([]string{"A", "B", "C", "D", "E", "H", "L", "M", "P", "R", "S", "T"}) + fmt.Sprintf("%02d", g.n(1, 71)) + g.pick([]string{"H", "F", "L", "A", "G"}) + d(3)
		return cf + string(cfCheck(cf))
	case "pt-BR":
		n := d(9)
		c1 := cpfDigit(n)
		c2 := cpfDigit(n + string(c1))
		full := n + string(c1) + string(c2)
		if g.chance(0.75) {
			return full[:3] + "." + full[3:6] + "." + full[6:9] + "-" + full[9:]
		}
		return full
	case "ko-KR":
		return fmt.Sprintf("%02d%02d%02d-%d%s", g.n(60, 99), g.n(1, 12), g.n(1, 28), g.n(1, 2), d(6))
	case "fr-FR":
		body := fmt.Sprintf("%d%02d%02d%02d%03d%03d", g.n(1, 2), g.n(50, 99), g.n(1, 12), g.n(1, 95), g.n(1, 990), g.n(1, 999))
		n, _ := strconv.ParseInt(body, 10, 64)
		key := fmt.Sprintf("%02d", 97-n%97)
		if g.chance(0.6) {
			return body[:1] + " " + body[1:3] + " " + body[3:5] + " " + body[5:7] + " " + body[7:10] + " " + body[10:13] + " " + key
		}
		return body + key
	case "nl-NL":
		for {
			n := strconv.Itoa(g.n(1, 9)) + d(8)
			sum := 0
			for i := 0; i < 8; i++ {
				sum += int(n[i]-'0') * (9 - i)
			}
			sum -= int(n[8] - '0')
			if sum%11 == 0 {
				return n
			}
		}
	case "de-DE":
		n := strconv.Itoa(g.n(1, 9)) + d(9)
		p := 10
		for i := 0; i < 10; i++ {
			s := (int(n[i]-'0') + p) % 10
			if s == 0 {
				s = 10
			}
			p = s * 2 % 11
		}
		c := 11 - p
		if c == 10 {
			c = 0
		}
		n += strconv.Itoa(c)
		if g.chance(0.5) {
			return n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8:]
		}
		return n
	case "ja-JP":
		n := d(11)
		sum := 0
		for k := 1; k <= 11; k++ {
			q := k + 1
			if k > 6 {
				q = k - 5
			}
			sum += int(n[11-k]-'0') * q
		}
		c := 0
		if r := sum % 11; r > 1 {
			c = 11 - r
		}
		n += strconv.Itoa(c)
		if g.chance(0.5) {
			return n[:4] + " " + n[4:8] + " " + n[8:]
		}
		return n
	case "en-US":
		// Canada's SIN, as North American users write it.
		n := strconv.Itoa(g.n(1, 7)) + d(7)
		n += string(luhnDigit(n))
		return n[:3] + " " + n[3:6] + " " + n[6:]
	}
	return ""
}

func cfCheck(s string) byte {
	odd := [36]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}
	sum := 0
	for i := 0; i < 15; i++ {
		c := s[i]
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-'A') + 10
		}
		if i%2 == 0 {
			sum += odd[v]
		} else {
			if v >= 10 {
				v -= 10
			}
			sum += v
		}
	}
	return byte('A' + sum%26)
}

func cpfDigit(s string) byte {
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i]-'0') * (len(s) + 1 - i)
	}
	return byte('0' + sum*10%11%10)
}

func (g *gen) passportNo(loc string) string {
	d := g.digits
	L := func(n int) string { return g.chars(n, "ABCDEFGHIJKLMNPRSTUVWXYZ") }
	switch loc {
	case "en-US":
		return g.pick([]string{d(9), L(1) + d(8)})
	case "en-GB":
		return d(9)
	case "de-DE":
		return "C" + g.chars(8, "0123456789CFGHJKLMNPRTVWXYZ")
	case "fr-FR":
		return d(2) + L(2) + d(5)
	case "es-ES":
		return L(3) + d(6)
	case "it-IT":
		return L(2) + d(7)
	case "nl-NL":
		return L(2) + g.chars(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + d(1)
	case "pt-BR":
		return L(2) + d(6)
	case "en-IN", "hi-IN":
		return L(1) + d(7)
	case "zh-CN":
		return g.pick([]string{"E", "G"}) + d(8)
	case "ja-JP":
		return g.pick([]string{"TK", "TR", "MZ"}) + d(7)
	case "ko-KR":
		return "M" + d(8)
	}
	return L(1) + d(8)
}
