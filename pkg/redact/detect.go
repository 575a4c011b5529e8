package redact

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// find runs every enabled detector on text and leaves the merged matches
// in s.ms.
func (r *Redactor) find(text string, s *scratch) {
	s.scan(text)
	on := &r.on
	if on[tPrivateKey] && s.hasDash5 {
		findPEM(text, s)
	}
	if on[tJWT] && s.cueMask&cKeyPrefix != 0 && strings.Contains(text, "eyJ") {
		for _, l := range reJWT.FindAllStringIndex(text, -1) {
			if validJWT(text[l[0]:l[1]]) && (l[1] == len(text) || text[l[1]] != '<') {
				s.add(tJWT, l[0], l[1])
			}
		}
	}
	if on[tBearer] && s.cueMask&cBearer != 0 {
		findBearer(text, s)
	}
	if on[tAPIKey] && s.cueMask&cKeyPrefix != 0 {
		findKeys(text, s)
	}
	if on[tAWSSecret] && len(s.b64At) > 0 {
		findAWSSecrets(text, s)
	}
	if on[tPassword] && (s.cueMask&(cPassword|cSecret) != 0 || s.hasAt && s.hasColon || s.hasDashP) {
		findPasswords(text, s)
	}
	if on[tEmail] {
		if s.hasAt {
			findEmails(text, s)
		}
		if s.hasObfAt {
			findObfuscatedEmails(text, s)
		}
	}
	if s.hasUpDigit || s.maxRun >= 8 {
		findAlnumIDs(r, text, s)
	}
	if s.maxRun >= 6 || s.hasDotQuad {
		findNumbers(r, text, s)
	}
	if on[tIP] && s.hasColon {
		findIPv6(text, s)
	}
	if on[tDOB] && s.cueMask&cDOB != 0 {
		findDOB(text, s)
	}
	if on[tPassport] && s.cueMask&cPassport != 0 {
		findPassports(text, s)
	}
	if on[tAddress] && s.cueMask&(cStreet|cStreetFR|cStreetPre|cStreetSuf|cCJKAddr) != 0 {
		findAddresses(text, s)
	}
	if on[tName] {
		findNames(text, s)
	}
	for i, e := range r.extra {
		for _, l := range e.re.FindAllStringIndex(text, -1) {
			if e.valid == nil || e.valid(text[l[0]:l[1]]) {
				s.add(numBuiltin+i, l[0], l[1])
			}
		}
	}
	s.merge(text)
}

// ---------------------------------------------------------------- secrets

var (
	reJWT      = regexp.MustCompile(`eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`)
	rePEMBegin = regexp.MustCompile(`^-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----`)
	reBearer   = regexp.MustCompile(`(?i)^(bearer|basic|token)\s+([A-Za-z0-9._~+/-]{8,}=*)`)
	reKey      = regexp.MustCompile(`^(?:sk-(?:proj-|ant-(?:api\d{2}-|admin\d{2}-)?|svcacct-|admin-|or-v1-)?[A-Za-z0-9_-]{20,}|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|AIPA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}|gl(?:pat|dt)-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{10,}|AIza[A-Za-z0-9_-]{35}|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,}|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}|gsk_[A-Za-z0-9]{40,}|pypi-[A-Za-z0-9_-]{50,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|do[po]_v1_[a-f0-9]{64}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|key-[a-f0-9]{32}|xai-[A-Za-z0-9]{40,}|lin_api_[A-Za-z0-9]{40}|dapi[a-f0-9]{32}|sq0atp-[A-Za-z0-9_-]{22}|sl\.[A-Za-z0-9_-]{40,})`)
)

// findPEM: a PEM private key from BEGIN to END; a block cut short (a
// truncated DLQ payload, a paste that stops) is redacted to where its
// base64 body ends. Newlines may be real or JSON-escaped (\n).
func findPEM(text string, s *scratch) {
	for i := 0; ; {
		j := strings.Index(text[i:], "-----BEGIN ")
		if j < 0 {
			return
		}
		start := i + j
		m := rePEMBegin.FindStringSubmatch(text[start:])
		if m == nil {
			i = start + 11
			continue
		}
		bodyStart := start + len(m[0])
		end := -1
		if k := strings.Index(text[bodyStart:], "-----END "); k >= 0 && k < 64<<10 {
			e := bodyStart + k + 9
			if l := strings.Index(text[e:], "-----"); l >= 0 && l < 64 {
				end = e + l + 5
			}
		}
		if end < 0 {
			end = bodyStart
			for end < len(text) {
				c := text[end]
				if isB64(c) || c == '=' || isSpace(c) || c == '\\' || c == ':' || c == ',' || c == '-' {
					end++
					continue
				}
				break
			}
		}
		s.add(tPrivateKey, start, end)
		i = end
	}
}

func findBearer(text string, s *scratch) {
	for _, c := range s.cues {
		if c.kind&cBearer == 0 {
			continue
		}
		m := reBearer.FindStringSubmatchIndex(text[c.start:min(len(text), c.start+4096)])
		if m == nil {
			continue
		}
		a, b := c.start+m[4], c.start+m[5]
		tok := text[a:b]
		if b < len(text) && (text[b] == '}' || text[b] == '>') || isPlaceholderValue(tok) || !looksRandom(tok) {
			continue
		}
		s.add(tBearer, a, b)
	}
}

func init() { cueWords["basic"] |= cBearer }

func findKeys(text string, s *scratch) {
	last := -1
	for _, c := range s.cues {
		if c.kind&cKeyPrefix == 0 || c.start < last {
			continue
		}
		if c.end >= len(text) || !(text[c.end] == '-' || text[c.end] == '_' || text[c.end] == '.' || isDigit(text[c.end]) || c.end-c.start >= 4) {
			continue // sk-, ghp_, SG., AKIA…: a prefix is followed by its separator
		}
		m := reKey.FindStringIndex(text[c.start:min(len(text), c.start+512)])
		if m == nil {
			continue
		}
		a, b := c.start+m[0], c.start+m[1]
		if a > 0 && (isAlnum(text[a-1]) || text[a-1] == '>') || b < len(text) && text[b] == '<' {
			continue // glued to a word or to a placeholder
		}
		if tok := text[a:b]; !validKey(tok) {
			continue
		}
		s.add(tAPIKey, a, b)
		last = b
	}
}

// validKey refuses documentation placeholders (sk-xxxxxxxx..., sk-YOUR_KEY).
func validKey(tok string) bool {
	l := strings.ToLower(tok)
	if strings.Contains(l, "xxxxx") || strings.Contains(l, "your") || strings.Contains(l, "placeholder") || strings.Contains(l, "*****") || strings.Contains(l, "redacted") {
		return false
	}
	return entropy(tok) >= 3
}

// findAWSSecrets: a 40-character run of base64 characters is an AWS
// secret access key when it is random-looking (upper, lower and digits,
// entropy) and either named as one nearby or next to an access key ID.
func findAWSSecrets(text string, s *scratch) {
	for _, p := range s.b64At {
		tok := text[p : p+40]
		if p > 0 && text[p-1] == '=' || p+40 < len(text) && text[p+40] == '=' {
			continue // base64 padding: part of a longer blob
		}
		var up, lo, dg bool
		for i := 0; i < len(tok); i++ {
			c := tok[i]
			up, lo, dg = up || isUpper(c), lo || isLower(c), dg || isDigit(c)
		}
		if !(up && lo && dg) {
			continue // hex digests, words
		}
		e := entropy(tok)
		ctx := s.cueNear(p, p+40, 120, 0)&(cAWS|cSecret|cKeyPrefix|cPassword) != 0 || strings.Contains(text, "AKIA") || strings.Contains(text, "ASIA")
		if e >= 4.2 || ctx && e >= 3.5 {
			s.add(tAWSSecret, p, p+40)
		}
	}
}

// entropy is the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	if len(s) == 0 {
		return 0
	}
	var n [256]int
	for i := 0; i < len(s); i++ {
		n[s[i]]++
	}
	var h float64
	l := float64(len(s))
	for _, c := range n {
		if c > 0 {
			p := float64(c) / l
			h -= p * math.Log2(p)
		}
	}
	return h
}

// looksRandom: a token that is a credential rather than a word or an
// identifier: digits and letters mixed, or high entropy.
func looksRandom(tok string) bool {
	var up, lo, dg, other int
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case isUpper(c):
			up++
		case isLower(c):
			lo++
		case isDigit(c):
			dg++
		default:
			other++
		}
	}
	if dg > 0 && up+lo > 0 {
		return entropy(tok) >= 2.8
	}
	return len(tok) >= 16 && up > 0 && lo > 0 && entropy(tok) >= 3.5
}

// isPlaceholderValue: what docs and templates put where a secret goes:
// <token>, ${VAR}, $VAR, {{ secret }}, %s, %PASSWORD%, [REDACTED], *****,
// getenv("X"), YOUR_API_KEY, os.environ[...].
func isPlaceholderValue(v string) bool {
	if v == "" {
		return true
	}
	switch v[0] {
	case '<':
		return true
	case '$':
		if strings.HasPrefix(v, "${") || strings.HasPrefix(v, "$(") || allIdent(v[1:]) {
			return true
		}
	case '{':
		if strings.HasSuffix(v, "}") {
			return true
		}
	case '[':
		if strings.HasSuffix(v, "]") {
			return true
		}
	case '%':
		if len(v) <= 3 || strings.HasSuffix(v, "%") && allIdent(v[1:len(v)-1]) || strings.HasPrefix(v, "%(") {
			return true
		}
	}
	if strings.Contains(v, "(") && (strings.Contains(v, ")") || strings.HasSuffix(v, "(")) {
		return true // getenv("X"), os.environ.get(...)
	}
	l := strings.ToLower(v)
	for _, p := range placeholderFragments {
		if strings.Contains(l, p) {
			return true
		}
	}
	if strings.Trim(v, "*xX.#?-_•·") == "" {
		return true
	}
	// SHOUTING_SNAKE_CASE names a variable, not a value.
	allCaps := true
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(isUpper(c) || c == '_' || isDigit(c)) {
			allCaps = false
			break
		}
	}
	return allCaps && strings.Contains(v, "_")
}

// allIdent: letters and '_' only, or SHOUTING_CASE with digits: a
// variable's name.
func allIdent(s string) bool {
	if s == "" {
		return false
	}
	letters, upper := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isAlpha(c) || c == '_') {
			letters = false
		}
		if !(isUpper(c) || c == '_' || isDigit(c)) {
			upper = false
		}
	}
	return letters || upper
}

var placeholderFragments = []string{"your_", "your-", "yourpass", "yoursecret", "your password", "<", "xxxx", "****", "redacted", "placeholder", "changeme_", "example_",
	"process.env", "os.environ", "os.getenv", "env.", "env[", "secrets.", "settings.", "config.", "vault:", "...", "…", "getenv", "${", "{{"}

// Password detection: a key that names a password or secret, a separator
// (":", "=", "is", "lautet", "est", "es", "是", ...) and a value that is
// not a placeholder, a type or prose. Also URL credentials
// (scheme://user:password@host) and mysql/sshpass -p.
var (
	reURLCred = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@"'<>]{1,64}:([^\s@/"'<>]{1,128})@[A-Za-z0-9\[]`)
	reDashP   = regexp.MustCompile(`(?:mysql|mysqldump|mysqladmin|mariadb|sshpass|psql)\b[^\n]{0,80}?\s-p\s?('[^'\s]{3,64}'|"[^"\s]{3,64}"|[^\s'"-][^\s'"]{2,63})`)
)

func findPasswords(text string, s *scratch) {
	if s.hasAt && s.hasColon && strings.Contains(text, "://") {
		for _, m := range reURLCred.FindAllStringSubmatchIndex(text, -1) {
			if v := text[m[2]:m[3]]; !isPlaceholderValue(v) && v != "password" && v != "pass" {
				s.add(tPassword, m[2], m[3])
			}
		}
	}
	if s.hasDashP {
		for _, m := range reDashP.FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			if text[a] == '\'' || text[a] == '"' {
				a, b = a+1, b-1
			}
			if !isPlaceholderValue(text[a:b]) {
				s.add(tPassword, a, b)
			}
		}
	}
	last := -1
	for _, c := range s.cues {
		if c.kind&(cPassword|cSecret) == 0 || c.start < last {
			continue
		}
		// The whole key: DB_PASSWORD, aws_secret_access_key, "x-api-key".
		ks, ke := c.start, c.end
		for ks > 0 && (isWord(text[ks-1]) || text[ks-1] == '-' || text[ks-1] == '.') {
			ks--
		}
		for ke < len(text) && (isWord(text[ke]) || text[ke] == '-' || text[ke] == '.' && ke+1 < len(text) && isAlpha(text[ke+1])) {
			ke++
		}
		key := strings.ToLower(text[ks:ke])
		class := keyClass(key, text[c.start:c.end], c.kind)
		if class == 0 {
			continue
		}
		query := ks > 0 && (text[ks-1] == '?' || text[ks-1] == '&')
		script := c.wl == 0 && text[c.start] >= 0x80
		a, b, ok := secretValue(text, ke, class, query, script)
		if !ok {
			continue
		}
		s.add(tPassword, a, b)
		last = b
	}
}

const (
	classPassword = 1
	classSecret   = 2
)

// keyClass says whether key (lower case, the whole identifier) names a
// password, another secret, or neither (password_min_length, tokens).
func keyClass(key, word string, kind uint32) int {
	for _, no := range []string{"length", "len", "min", "max", "policy", "reset", "expir", "hint", "strength", "count", "attempt", "rule", "format", "field",
		"usage", "limit", "budget", "_tokens", "tokens_", "tokenizer", "type", "file", "path", "url", "name", "id_", "_id", "store", "manager", "less", "forgot"} {
		if strings.Contains(key, no) {
			return 0
		}
	}
	if kind&cPassword != 0 {
		return classPassword
	}
	var lb [64]byte
	w := lowerASCII(lb[:], word)
	switch w {
	case "secret", "secrets", "token", "credential", "credentials", "apikey":
		return classSecret
	case "key", "keys", "access", "private", "auth", "client", "api":
		// Only as part of a compound: api_key, x-api-key, access_token,
		// private_key, client_secret, auth_token ("key: value" is YAML).
		if key != w && (strings.Contains(key, "api") || strings.Contains(key, "secret") || strings.Contains(key, "token") || strings.Contains(key, "access") ||
			strings.Contains(key, "private") || strings.Contains(key, "auth") || strings.Contains(key, "signing") || strings.Contains(key, "encryption")) {
			return classSecret
		}
	}
	return 0
}

// secretValue finds the value after a key ending at pos. query: the key is
// a query-string parameter (its value ends at '&'). script: the key is a
// word in a script without spaces or with particles (密码是, パスワードは,
// 비밀번호는, पासवर्ड … है); the value must then be in Latin letters.
func secretValue(text string, pos, class int, query, script bool) (int, int, bool) {
	i := pos
	// A closing quote of a quoted key ("password": ...).
	if i < len(text) && (text[i] == '"' || text[i] == '\'') {
		i++
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	sep, prose := false, false
	switch {
	case i < len(text) && (text[i] == ':' || text[i] == '='):
		i++
		for i < len(text) && (text[i] == '=' || text[i] == '>') {
			i++
		}
		sep = true
	case strings.HasPrefix(text[i:], "："):
		i += 3
		sep = true
	case script:
		for _, part := range []string{"是", "は", "为", "는", "은", "が", "を"} {
			if strings.HasPrefix(text[i:], part) {
				i += len(part)
				break
			}
		}
		if strings.HasPrefix(text[i:], "：") {
			i += 3
		}
		sep, prose = true, true
	default:
		// "my password is hunter2", "das Passwort lautet X", "le mot de
		// passe est X", "la contraseña es X", "is:".
		w := i
		for w < len(text) && w-i < 8 && (isAlpha(text[w]) || text[w] >= 0x80) {
			w++
		}
		var lb [16]byte
		switch lowerASCII(lb[:], text[i:w]) {
		case "is", "ist", "lautet", "est", "es", "was", "e", "é", "è", "era", "war", "=":
			if class != classPassword {
				return 0, 0, false
			}
			i = w
			if i < len(text) && text[i] == ':' {
				i++
			}
			sep, prose = true, true
		case "to", "auf", "a":
			// "set the password to X", "Passwort auf X gesetzt"
			if class != classPassword {
				return 0, 0, false
			}
			i = w
			sep, prose = true, true
		}
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if !sep && class != classPassword || i >= len(text) {
		return 0, 0, false
	}
	a, b := i, i
	switch q := text[i]; q {
	case '"', '\'', '`':
		a = i + 1
		b = a
		for b < len(text) && b-a < 256 && text[b] != q && text[b] != '\n' {
			b++
		}
		if b >= len(text) || text[b] == '\n' {
			return 0, 0, false
		}
	default:
		if strings.HasPrefix(text[i:], "“") || strings.HasPrefix(text[i:], "«") || strings.HasPrefix(text[i:], "「") {
			_, n := utf8.DecodeRuneInString(text[i:])
			a = i + n
			b = a
			for b < len(text) && b-a < 256 && !strings.HasPrefix(text[b:], "”") && !strings.HasPrefix(text[b:], "»") && !strings.HasPrefix(text[b:], "」") && text[b] != '\n' {
				b++
			}
			break
		}
		for b < len(text) && b-a < 256 && !isSpace(text[b]) && text[b] != '"' && text[b] != '\'' && text[b] != '<' && text[b] != '>' && text[b] != ',' {
			if text[b] == '&' && query || text[b] == ';' && (b+1 >= len(text) || isSpace(text[b+1])) {
				break
			}
			if script && text[b] >= 0x80 {
				if r, _ := utf8.DecodeRuneInString(text[b:]); isCJK(r) && !unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Devanagari, r) && b > a {
					break // 密码是abc123谢谢, パスワードはabcです
				}
			}
			if text[b] >= 0x80 && (strings.HasPrefix(text[b:], "，") || strings.HasPrefix(text[b:], "。")) {
				break
			}
			b++
		}
	}
	v := text[a:b]
	if isPlaceholderValue(v) {
		return 0, 0, false
	}
	// Sentence punctuation after the value is not part of it ('!' and '?'
	// may be: they stay, redacted with it).
	for b > a && strings.IndexByte(".,;:)]}", text[b-1]) >= 0 {
		b--
	}
	v = text[a:b]
	if len(v) < 4 {
		return 0, 0, false
	}
	if script && v[0] >= 0x80 {
		// 비밀번호는 틀렸어요 ("is wrong"), पासवर्ड गलत है: words; a
		// password in these scripts has digits or symbols.
		var dg bool
		for i := 0; i < len(v); i++ {
			dg = dg || isDigit(v[i]) || v[i] < 0x80 && !isAlnum(v[i])
		}
		if r, _ := utf8.DecodeRuneInString(v); !dg || isCJK(r) && !unicode.Is(unicode.Hangul, r) {
			return 0, 0, false
		}
	}
	if notSecret[strings.ToLower(v)] {
		return 0, 0, false
	}
	if class == classSecret && !looksRandom(v) {
		return 0, 0, false
	}
	if class == classPassword && (prose || !sep) {
		// After "is" or no separator the value must not be an ordinary
		// word: a password has a digit, a symbol, or mixed case.
		var dg, sym, up bool
		for i := 0; i < len(v); i++ {
			c := v[i]
			dg, sym, up = dg || isDigit(c), sym || !isAlnum(c), up || isUpper(c) && i > 0
		}
		if !(dg || sym || up) && (!sep || prose && len(v) < 6) {
			return 0, 0, false
		}
		if !sep && !(dg || sym) {
			return 0, 0, false
		}
	}
	return a, b, true
}

// notSecret: values that follow a password key in prose and schemas.
var notSecret = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`required optional incorrect wrong invalid missing empty expired correct same different weak strong long short case-sensitive
		being still now also only used reset changed saved sent shown visible hidden stored hashed encrypted needed mandatory there here
		string str text int integer bool boolean true false null none nil undefined object number varchar char bytes secret password token
		this that what which your mine same blank unset set protected secure safe valid ok okay yes no not the and for with from into
		field value values type types default hidden masked sensitive confidential please below above following expiring expires changing locked
		blocked managed rotated salted wrong. obrigatória obrigatoria obrigatório obrigatorio obligatoria obligatorio requerida requerido incorrecta
		incorrecto errónea erronea obbligatoria obbligatorio errata sbagliata scaduta scaduto erforderlich falsch ungültig ungultig abgelaufen
		obligatoire requis requise expiré expire expirée verplicht onjuist verlopen incorreta incorreto expirada inválida invalida invalide
		inválido invalido vergessen oublié olvidada dimenticata vergeten esquecida zu trop muy troppo te muito`) {
		notSecret[w] = true
	}
}

// ---------------------------------------------------------------- email

var (
	reEmail = regexp.MustCompile(`[\p{L}\p{N}\p{M}_%+'’-]+(?:\.[\p{L}\p{N}\p{M}_%+'’-]+)*@(?:[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?\.)+(?:xn--[A-Za-z0-9-]{2,59}|[\p{L}\p{M}]{2,63})`)
	reObfEm = regexp.MustCompile(`(?i)[\p{L}\p{N}._%+-]+\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*[\p{L}\p{N}-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\.)\s*[\p{L}\p{N}-]+)*?\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\.)\s*\p{L}{2,24}\b`)
)

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'' || c >= 0x80
}

func isEmailDomain(c byte) bool { return isAlnum(c) || c == '.' || c == '-' || c >= 0x80 }

func findEmails(text string, s *scratch) {
	forWindows(text, '@', isEmailLocal, isEmailDomain, func(lo, hi int) {
		for _, l := range reEmail.FindAllStringIndex(text[lo:hi], -1) {
			a, b := trimCJKEmail(text, lo+l[0], lo+l[1])
			if b > a && strings.IndexByte(text[a:b], '@') > 0 && !urlUserinfo(text, a) && !gitRemote(text[a:b]) {
				s.add(tEmail, a, b)
			}
		}
	})
}

// trimCJKEmail: CJK text has no spaces, so the local part may have taken
// the words before it ("请联系zhang.wei@...") and the domain the words
// after ("...example.cn谢谢"): when ASCII and CJK meet, keep the ASCII side.
func trimCJKEmail(text string, a, b int) (int, int) {
	at := a + strings.IndexByte(text[a:b], '@')
	// local part: after the last CJK rune that is followed by ASCII
	for i := at; i > a; {
		r, n := utf8.DecodeLastRuneInString(text[a:i])
		if isCJK(r) {
			if i < at && text[i] < 0x80 {
				a = i
			}
			break
		}
		i -= n
	}
	// domain: cut at the first CJK rune after ASCII letters
	ascii := false
	for i := at + 1; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:b])
		if r < 0x80 && isAlnum(byte(r)) {
			ascii = true
		} else if isCJK(r) && ascii {
			b = i
			break
		}
		i += n
	}
	// a domain must still end in a TLD of 2+ letters
	dot := strings.LastIndexByte(text[at:b], '.')
	if dot < 0 || b-(at+dot+1) < 2 {
		return a, a
	}
	return a, b
}

// gitRemote: git@github.com:org/repo is an SSH remote, not an address.
func gitRemote(m string) bool {
	return strings.HasPrefix(m, "git@") || strings.HasPrefix(m, "hg@")
}

// urlUserinfo: the "user:password@host" of a URL is not an email (the
// password detector takes the password; the host stays).
func urlUserinfo(text string, a int) bool {
	i := a
	for i > 0 && !isSpace(text[i-1]) && a-i < 256 {
		i--
	}
	tok := text[i:a]
	k := strings.Index(tok, "://")
	return k >= 0 && strings.IndexByte(tok[k+3:], ':') >= 0
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

func findObfuscatedEmails(text string, s *scratch) {
	if !strings.Contains(text, "at") {
		return
	}
	lt := text
	if !(strings.Contains(lt, "[at]") || strings.Contains(lt, "(at)") || strings.Contains(lt, "{at}") || strings.Contains(lt, " dot ") || strings.Contains(lt, "[AT]") || strings.Contains(lt, "(AT)")) {
		return
	}
	for _, l := range reObfEm.FindAllStringIndex(text, -1) {
		m := strings.ToLower(text[l[0]:l[1]])
		if strings.Contains(m, " at ") && !strings.Contains(m, "dot") {
			continue // "look at this.page" is prose
		}
		local := strings.TrimSpace(m[:strings.IndexAny(m, " [({")])
		switch local {
		case "name", "user", "username", "email", "you", "yourname", "firstname", "first.last", "someone", "me", "address", "mail":
			continue // a template, not an address
		}
		s.add(tEmail, l[0], l[1])
	}
}

// forWindows calls fn with disjoint windows around each trigger byte,
// expanded left over bytes accepted by left and right over bytes accepted
// by right.
func forWindows(text string, trigger byte, left, right func(byte) bool, fn func(lo, hi int)) {
	wlo, whi := -1, -1
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], trigger)
		if j < 0 {
			break
		}
		at := i + j
		lo, hi := at, at+1
		for lo > 0 && at-lo < 256 && left(text[lo-1]) {
			lo--
		}
		for hi < len(text) && hi-at < 256 && right(text[hi]) {
			hi++
		}
		// windows start and end on rune boundaries
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi--
		}
		if wlo >= 0 && lo <= whi {
			whi = max(whi, hi)
		} else {
			if wlo >= 0 {
				fn(wlo, whi)
			}
			wlo, whi = lo, hi
		}
		i = max(hi, at+1)
	}
	if wlo >= 0 {
		fn(wlo, whi)
	}
}

// ---------------------------------------------------------------- IPv6

var reIPv6 = regexp.MustCompile(`(?i)(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:%[0-9a-z]+)?`)

func isV6(c byte) bool { return isAlnum(c) || c == ':' || c == '.' || c == '%' }

func findIPv6(text string, s *scratch) {
	forWindows(text, ':', isV6, isV6, func(lo, hi int) {
		w := text[lo:hi]
		if strings.Count(w, ":") < 3 && !strings.Contains(w, "::") {
			return
		}
		for _, l := range reIPv6.FindAllStringIndex(w, -1) {
			a, b := lo+l[0], lo+l[1]
			if validIPv6(text[a:b]) {
				s.add(tIP, a, b)
			}
		}
	})
}
