package redact

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// cueWords maps ASCII-folded words (Latin-1 letters folded: "contraseña"
// → "contrasena", "Straße" → "strasse") to the kinds of cue they are.
var cueWords = map[string]uint32{}

func addCues(kind uint32, words string) {
	for _, w := range strings.Fields(words) {
		cueWords[w] |= kind
	}
}

func init() {
	addCues(cPhone, `tel tele phone telephone phones mobile mob cell cellphone call calls calling ring text whatsapp sms fax hotline
		telefon telefonnummer handy handynummer rufnummer mobil mobilnummer anrufen anruf rufen ruf zuruckrufen erreichbar festnetz
		portable appeler appelez appelle joindre joignable
		telefono movil llamar llamame llamenme celular
		cellulare chiamare chiamami chiamatemi
		telefoonnummer bellen mobiel
		telefone ligar ligue contato
		contact reach reachable viber`)
	addCues(cNumberWord, `number numero num no nr nummer`)
	addCues(cSSN, `ssn ssns social`)
	addCues(cPassport, `passport passports passeport pasaporte passaporto passaporte paspoort paspoortnummer reisepass reisepassnummer passnummer passnr pass`)
	addCues(cNatID, `aadhaar aadhar uidai pan sin nas bsn burgerservicenummer sofinummer nir insee securite secu steuer steuerid steueridentifikationsnummer
		idnr identifikationsnummer personalausweis ausweis ausweisnummer cpf rg dni nie nif cif codice fiscale rrn nino insurance national
		identity identification taxpayer tin sozialversicherungsnummer rentenversicherungsnummer mynumber nric curp rut`)
	addCues(cDOB, `dob birth born birthday birthdate geboren geburtsdatum geburtstag geb ne nee naissance nacimiento nacido nacida naci nacio nascita nato nata
		geboortedatum nascimento nascido nascida cumpleanos compleanno anniversaire verjaardag aniversario`)
	addCues(cStreet, `street st avenue ave road rd boulevard blvd lane ln drive dr way court ct place pl terrace parkway pkwy
		highway hwy square sq circle cir crescent close row trail alley plaza gardens mews broadway
		marg nagar sector colony layout cross main salai path`)
	addCues(cStreetFR, `rue avenue av boulevard bd chemin allee place impasse quai route cours`)
	addCues(cStreetPre, `calle avenida avda av paseo camino carrer plaza via viale piazza corso largo vicolo rua travessa praca alameda estrada ul ulica c`)
	addCues(cStreetSuf, `strasse str weg platz allee gasse damm ufer straat laan plein gracht kade`)
	addCues(cAddrWord, `address addr adresse anschrift direccion indirizzo endereco adres apt apartment suite ste flat unit floor fl postcode zip zipcode
		plz cep wohnhaft domicilio live lives living reside resides ship deliver delivery shipping mailing billing`)
	addCues(cName, `name named names nom nombre nome naam heisse heisst heiss llamo chiamo appelle dear hi hello hey mr mrs ms miss mx dr prof sir
		herr frau monsieur madame mme mlle senor senora sra srta sig signor signora sig sr dott ing
		patient customer client employee applicant candidate tenant guest passenger
		sono soy suis bin ben sou am`)
	addCues(cSignoff, `regards thanks thank cheers best sincerely yours gruss grusse gruesse cordialement bisous saludos atentamente saluti
		distinti groeten groet abracos obrigado obrigada atenciosamente cumprimentos`)
	addCues(cPassword, `password passwords passwd pwd pw pass passe passphrase passcode pin passwort kennwort contrasena senha motdepasse mdp parola wachtwoord`)
	addCues(cSecret, `secret secrets token tokens apikey api key keys credential credentials auth access private client`)
	addCues(cAWS, `aws amazon`)
	addCues(cIP, `ip ips ipv ipaddr address addr host hostname server servers gateway gw dns ping ssh connect connected connecting connection client source src
		dst dest destination peer remote subnet netmask router proxy endpoint node origin from listen listening bind ifconfig nslookup traceroute
		curl wget telnet nmap firewall allow allowlist whitelist blocklist blacklist banned blocked vpn lan wan nat public private static dhcp`)
	addCues(cVersion, `version versions ver release released releases build builds firmware fw kernel python node nodejs java golang ruby php perl chrome chromium firefox
		safari edge android ios macos windows win ubuntu debian centos fedora update updated upgrade upgraded upgrading downgrade patch patched hotfix sdk lib library
		package pkg dependency deps requires require required pip npm gem cargo maven gradle nuget version_info v rev revision tag tagged
		section chapter clause rule step paragraph oid snmp mib figure fig table appendix exhibit item`)
	addCues(cNumber, `order orders ticket tickets ref reference sku isbn tracking track shipment parcel serial lot batch po case item items
		account acct customer id ids pid uid gid port ports pr issue issues bug commit build job run page line lines row rows col version
		bestellung bestellnummer rechnungsnummer commande pedido ordine bestelling
		amount total price cost usd eur gbp inr jpy cny qty quantity count size bytes ms seconds kb mb gb tb year`)
	addCues(cBearer, `bearer`)
	// "no", "nr", "num" are also number words; "id" is also a national
	// ID cue ("ID number"), "st" a street and a saint: ambiguity is
	// settled by the detectors.
	cueWords["id"] |= cNatID
}

// cueShape[len][first letter] is the set of last letters of the cue words
// of that length and first letter: most words of a text are no cue word,
// and this tells without a map lookup.
var (
	cueShape     [33][32]uint32
	cueShapeOnce sync.Once
)

// buildCueShape runs once every init() filled cueWords (from New).
func buildCueShape() {
	for w := range cueWords {
		if len(w) < len(cueShape) {
			cueShape[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
		}
	}
}

// streetSuffix recognises compound street names (Hauptstraße, Lindenweg,
// Keizersgracht, Marktplatz): the word is folded and at least 6 bytes.
func streetSuffix(w []byte) uint32 {
	if !streetSuffixLast[w[len(w)-1]] {
		return 0
	}
	for _, suf := range streetSuffixes {
		if len(w) > len(suf)+2 && bytes.HasSuffix(w, suf) {
			return cStreetSuf
		}
	}
	return 0
}

var streetSuffixes = [][]byte{
	[]byte("strasse"), []byte("str"), []byte("weg"), []byte("allee"), []byte("platz"), []byte("gasse"), []byte("damm"),
	[]byte("ufer"), []byte("chaussee"), []byte("steig"), []byte("pfad"),
	[]byte("straat"), []byte("laan"), []byte("gracht"), []byte("plein"), []byte("kade"), []byte("dijk"), []byte("singel"), []byte("steeg"),
	[]byte("gade"), []byte("vej"), []byte("gatan"), []byte("vagen"), []byte("veien"),
}

// secretSuffix: a word that ends in "password", "passwd", "secret" or
// "token" after a prefix (PGPASSWORD, MYSQLPWD is not one).
func secretSuffix(w []byte) uint32 {
	switch {
	case bytes.HasSuffix(w, []byte("password")), bytes.HasSuffix(w, []byte("passwd")):
		return cPassword
	case bytes.HasSuffix(w, []byte("secret")), bytes.HasSuffix(w, []byte("token")):
		return cSecret
	}
	return 0
}

var streetSuffixLast [256]bool

func init() {
	for _, suf := range streetSuffixes {
		streetSuffixLast[suf[len(suf)-1]] = true
	}
}

// keyWordPrefix: API key prefixes seen at the start of a word (the word
// is letters only: "sk-proj-..." gives "sk", "AKIAIOSFODNN7..." gives
// "AKIAIOSFODNN").
func keyWordPrefix(w string) uint32 {
	switch {
	case strings.HasPrefix(w, "AKIA"), strings.HasPrefix(w, "ASIA"), strings.HasPrefix(w, "AIza"), strings.HasPrefix(w, "eyJ"):
		return cKeyPrefix
	}
	return 0
}

func init() {
	for _, w := range []string{"sk", "rk", "pk", "ghp", "gho", "ghu", "ghs", "ghr", "github", "xoxb", "xoxp", "xoxa", "xoxr", "xapp", "glpat", "gldt",
		"hf", "npm", "gsk", "pypi", "shpat", "shpss", "dop", "doo", "sg", "key", "whsec", "pat", "lin", "r", "xai", "sq", "sl", "atlassian", "dapi", "figd"} {
		cueWords[w] |= cKeyPrefix
	}
}

// runeCue is a cue in a script without ASCII folding, found by its first
// rune.
type runeCue struct {
	s    string
	kind uint32
}

var runeCues = map[rune][]runeCue{}

// runeCueBloom has bit r%4096 set for every first rune of runeCues, so
// that most runes of CJK text skip the map.
var runeCueBloom [64]uint64

func addRuneCues(kind uint32, words ...string) {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		runeCues[r] = append(runeCues[r], runeCue{w, kind})
		runeCueBloom[(r>>6)&63] |= 1 << (r & 63)
	}
}

func init() {
	addRuneCues(cPhone, "电话", "電話", "手机", "手機", "联系方式", "联系电话", "携帯", "ケータイ", "연락처", "전화", "휴대폰", "핸드폰", "फ़ोन", "फोन", "मोबाइल", "कॉल", "телефон", "тел")
	addRuneCues(cNumberWord, "号码", "番号", "번호", "नंबर", "номер")
	addRuneCues(cPassport, "护照", "護照", "旅券", "パスポート", "여권", "पासपोर्ट", "паспорт")
	addRuneCues(cNatID, "身份证", "身分證", "居民身份", "マイナンバー", "個人番号", "주민등록번호", "주민번호", "आधार", "पैन", "СНИЛС", "ИНН")
	addRuneCues(cDOB, "生年月日", "出生日期", "出生于", "出生", "誕生日", "生まれ", "生日", "생년월일", "생일", "जन्म", "дата рождения", "родился", "родилась")
	addRuneCues(cPassword, "密码", "密碼", "パスワード", "暗証番号", "비밀번호", "पासवर्ड", "пароль")
	addRuneCues(cSecret, "密钥", "秘密鍵", "トークン")
	addRuneCues(cName, "我叫", "我的名字", "名字是", "私の名前", "私は", "名前", "氏名", "姓名", "저는", "제 이름", "이름", "मेरा नाम", "नाम", "меня зовут", "имя", "Меня зовут")
	addRuneCues(cAddrWord, "地址", "住所", "주소", "पता", "адрес", "〒")
	addRuneCues(cCJKAddr, "路", "街", "号", "丁目", "番地", "区", "市", "県", "都", "道", "府", "省", "로", "길", "동", "구", "시")
	addRuneCues(cStreetSuf, "straße", "Straße")
	addRuneCues(cPhone, "Телефон")
}
