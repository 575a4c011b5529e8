package redact

import (
	"encoding/base64"
	"net"
	"regexp"
	"strings"
	"unsafe"
)

// digitBuf holds the digits of a candidate without allocating; candidates
// with more digits than fit are marked overlong (n > len(b)).
type digitBuf struct {
	b [24]byte
	n int
}

func (d *digitBuf) str() string { return unsafe.String(unsafe.SliceData(d.b[:]), min(d.n, len(d.b))) }

func digits(s string) digitBuf {
	var d digitBuf
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if d.n == len(d.b) {
				d.n++
				return d
			}
			d.b[d.n] = s[i]
			d.n++
		}
	}
	return d
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func luhn(d string) bool {
	sum, alt := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if alt {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		alt = !alt
	}
	return sum%10 == 0
}

// validCard: 13–19 digits, Luhn, a known issuer prefix and length.
func validCard(s string) bool {
	db := digits(s)
	if db.n < 13 || db.n > 19 {
		return false
	}
	d := db.str()
	if !luhn(d) {
		return false
	}
	p2, p3, p4, n := atoi(d[:2]), atoi(d[:3]), atoi(d[:4]), len(d)
	switch {
	case d[0] == '4': // Visa
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720: // Mastercard
		return n == 16
	case p2 == 34 || p2 == 37: // Amex
		return n == 15
	case p4 == 6011, p2 == 65, p3 >= 644 && p3 <= 649: // Discover
		return n >= 16
	case p2 == 35: // JCB
		return n >= 16
	case p2 == 36 || p2 == 38 || p2 == 30: // Diners
		return n >= 14
	case p2 == 62 || p2 == 81: // UnionPay
		return n >= 16
	case p4 >= 2200 && p4 <= 2204: // Mir
		return n >= 16
	case p2 == 50 || p2 >= 56 && p2 <= 69: // Maestro, RuPay (60, 65, 81...), Elo
		return n >= 16
	}
	return false
}

// ibanLen is the IBAN length per country (ISO 13616 registry).
var ibanLen = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28,
	"CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
	"GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
	"LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
	"PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}

// mod97 checks an IBAN given as upper-case alphanumerics.
func mod97(s string) bool {
	if len(s) < 5 {
		return false
	}
	rem := 0
	step := func(c byte) bool {
		switch {
		case isDigit(c):
			rem = (rem*10 + int(c-'0')) % 97
		case isUpper(c):
			rem = (rem*100 + int(c-'A') + 10) % 97
		default:
			return false
		}
		return true
	}
	for i := 4; i < len(s); i++ {
		if !step(s[i]) {
			return false
		}
	}
	for i := 0; i < 4; i++ {
		if !step(s[i]) {
			return false
		}
	}
	return rem == 1
}

// validIBANLoose: the mod-97 check of a string with spaces, any case.
func validIBANLoose(s string) bool {
	s = strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(s))
	return len(s) >= 15 && len(s) <= 34 && mod97(s)
}

// tryIBAN reads an IBAN starting at i (country code, check digits, then
// the country's length of alphanumerics, optionally grouped by single
// spaces or dashes) and returns its end.
func tryIBAN(text string, i int) (int, bool) {
	cc := strings.ToUpper(text[i : i+2])
	want, ok := ibanLen[cc]
	if !ok {
		return 0, false
	}
	if end, ok := tryIBANLen(text, i, want); ok {
		return end, true
	}
	// A country length the registry does not know (yet), or a typo in
	// it: a whole token of 15–34 characters that passes mod-97.
	j := i
	for j < len(text) && isAlnum(text[j]) {
		j++
	}
	if n := j - i; n >= 15 && n <= 34 && n != want && validIBANLoose(text[i:j]) {
		return j, true
	}
	return 0, false
}

func tryIBANLen(text string, i, want int) (int, bool) {
	var buf [34]byte
	n := 0
	j := i
	for j < len(text) && n < want {
		c := text[j]
		switch {
		case isAlnum(c):
			if isLower(c) {
				c -= 'a' - 'A'
			}
			buf[n] = c
			n++
			j++
		case (c == ' ' || c == '-') && n >= 4 && j+1 < len(text) && isAlnum(text[j+1]):
			j++
		default:
			return 0, false
		}
	}
	if n != want || j < len(text) && isAlnum(text[j]) {
		return 0, false
	}
	return j, mod97(string(buf[:n]))
}

// validSSN: US SSN area 001–899 except 666, group 01–99, serial 0001–9999.
func validSSN(d string) bool {
	if len(d) != 9 {
		return false
	}
	area, group, serial := atoi(d[:3]), atoi(d[3:5]), atoi(d[5:])
	return area > 0 && area < 900 && area != 666 && group > 0 && serial > 0
}

// verhoeff checks an Aadhaar number.
func verhoeff(d string) bool {
	c := 0
	for i := len(d) - 1; i >= 0; i-- {
		c = verhoeffD[c][verhoeffP[(len(d)-1-i)%8][d[i]-'0']]
	}
	return c == 0
}

var verhoeffD = [10][10]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	{4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	{8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}

var verhoeffP = [8][10]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	{9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}

// validCNID: China resident identity number, 17 digits + check (ISO 7064
// MOD 11-2), with a plausible birth date.
func validCNID(s string) bool {
	if len(s) != 18 {
		return false
	}
	y, m, d := atoi(s[6:10]), atoi(s[10:12]), atoi(s[12:14])
	if y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	w := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		if !isDigit(s[i]) {
			return false
		}
		sum += int(s[i]-'0') * w[i]
	}
	check := "10X98765432"[sum%11]
	last := s[17]
	if last == 'x' {
		last = 'X'
	}
	return last == check
}

// validCPF: Brazil CPF, two mod-11 check digits.
func validCPF(d string) bool {
	if len(d) != 11 || strings.Count(d, d[:1]) == 11 {
		return false
	}
	for k := 9; k <= 10; k++ {
		sum := 0
		for i := 0; i < k; i++ {
			sum += int(d[i]-'0') * (k + 1 - i)
		}
		c := sum * 10 % 11 % 10
		if c != int(d[k]-'0') {
			return false
		}
	}
	return true
}

// validDNI: Spain DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits +
// letter), checked by the letter.
func validDNI(s string) bool {
	s = strings.ToUpper(strings.NewReplacer("-", "", " ", "").Replace(s))
	if len(s) != 9 {
		return false
	}
	num := s[:8]
	switch s[0] {
	case 'X':
		num = "0" + s[1:8]
	case 'Y':
		num = "1" + s[1:8]
	case 'Z':
		num = "2" + s[1:8]
	}
	for i := 0; i < 8; i++ {
		if !isDigit(num[i]) {
			return false
		}
	}
	return "TRWAGMYFPDXBNJZSQVHLCKE"[atoi(num)%23] == s[8]
}

// validCF: Italy codice fiscale check character.
func validCF(s string) bool {
	if len(s) != 16 {
		return false
	}
	odd := [36]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}
	sum := 0
	for i := 0; i < 15; i++ {
		c := s[i]
		var v int
		switch {
		case isDigit(c):
			v = int(c - '0')
		case isUpper(c):
			v = int(c-'A') + 10
		default:
			return false
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
	return s[15] == byte('A'+sum%26)
}

// validNINO: UK National Insurance number prefixes.
func validNINO(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) != 9 {
		return false
	}
	p := s[:2]
	switch p {
	case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
		return false
	}
	return !strings.ContainsAny(p[:1], "DFIQUV") && !strings.ContainsAny(p[1:], "DFIOQUV")
}

// validNIR: France social security number: 13 digits + key 97 − n mod 97
// (Corsica 2A/2B as 19/18).
func validNIR(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) != 15 || (s[0] != '1' && s[0] != '2') {
		return false
	}
	body := s[:13]
	body = strings.Replace(strings.Replace(body, "2A", "19", 1), "2B", "18", 1)
	n := 0
	for i := 0; i < 13; i++ {
		if !isDigit(body[i]) {
			return false
		}
		n = (n*10 + int(body[i]-'0')) % 97
	}
	m := atoi(s[3:5])
	return (m >= 1 && m <= 12 || m >= 20) && 97-n == atoi(s[13:])
}

// validBSN: Netherlands 11-proof.
func validBSN(d string) bool {
	if len(d) != 9 {
		return false
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d[i]-'0') * (9 - i)
	}
	sum -= int(d[8] - '0')
	return sum%11 == 0 && sum != 0
}

// validSteuerID: Germany tax ID (11 digits, ISO 7064 MOD 11,10).
func validSteuerID(d string) bool {
	if len(d) != 11 || d[0] == '0' {
		return false
	}
	p := 10
	for i := 0; i < 10; i++ {
		s := (int(d[i]-'0') + p) % 10
		if s == 0 {
			s = 10
		}
		p = s * 2 % 11
	}
	c := 11 - p
	if c == 10 {
		c = 0
	}
	return c == int(d[10]-'0')
}

// validMyNumber: Japan individual number check digit.
func validMyNumber(d string) bool {
	if len(d) != 12 {
		return false
	}
	sum := 0
	for n := 1; n <= 11; n++ {
		q := n + 1
		if n > 6 {
			q = n - 5
		}
		sum += int(d[11-n]-'0') * q
	}
	r := sum % 11
	c := 0
	if r > 1 {
		c = 11 - r
	}
	return c == int(d[11]-'0')
}

// validRRN: Korea resident registration number YYMMDD-GNNNNNN with a
// plausible date and gender digit.
func validRRN(s string) bool {
	d := strings.ReplaceAll(s, "-", "")
	if len(d) != 13 {
		return false
	}
	m, day := atoi(d[2:4]), atoi(d[4:6])
	return m >= 1 && m <= 12 && day >= 1 && day <= 31 && d[6] >= '1' && d[6] <= '8'
}

var reDate = regexp.MustCompile(`^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$`)

func validIPv6(s string) bool {
	if strings.Count(s, ":") < 2 {
		return false
	}
	host := s
	if i := strings.IndexByte(host, '%'); i >= 0 {
		host = host[:i]
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.To4() != nil && !strings.Contains(host, "::ffff:") {
		return false
	}
	groups := 0
	for _, g := range strings.Split(host, ":") {
		if g != "" {
			groups++
		}
	}
	return groups >= 3
}

func validJWT(s string) bool {
	head := s[:strings.IndexByte(s, '.')]
	b, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return false
	}
	return strings.Contains(string(b), `"alg"`)
}

// country calling codes (ITU-T E.164), for "+" and "00" numbers.
func validCC(d string) (int, bool) {
	if len(d) == 0 {
		return 0, false
	}
	if d[0] == '1' || d[0] == '7' {
		return 1, true
	}
	if len(d) < 2 {
		return 0, false
	}
	switch d[:2] {
	case "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
		"51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86",
		"90", "91", "92", "93", "94", "95", "98":
		return 2, true
	}
	if len(d) < 3 {
		return 0, false
	}
	switch d[:2] {
	case "21", "22", "23", "24", "25", "26", "29", "35", "37", "38", "42", "50", "59", "67", "68", "69", "85", "87", "88", "96", "97", "99":
		return 3, true
	}
	return 0, false
}

// lowerASCII returns s with ASCII letters lower-cased, in buf's memory
// when it fits (no allocation; valid while buf is), else a new string.
func lowerASCII(buf []byte, s string) string {
	up := false
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			up = true
			break
		}
	}
	if !up {
		return s
	}
	if len(s) > len(buf) {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(s))
}
