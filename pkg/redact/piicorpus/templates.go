package piicorpus

// Locales of the corpus and the language of their sentences.
var Locales = []string{"en-US", "en-GB", "en-IN", "hi-IN", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "zh-CN", "ja-JP", "ko-KR"}

func lang(loc string) string {
	switch loc {
	case "en-US", "en-GB", "en-IN":
		return "en"
	}
	return loc[:2]
}

// Openings and closings of chat prompts, per language; "" = none.
var intros = map[string][]string{
	"en": {"", "", "Hi,", "Hello!", "Quick question:", "Can you help me with something?", "I need help writing an email.", "Please draft a reply to this customer message:", "Summarize this support ticket:", "hey", "Fix the grammar:", "Context for the agent:"},
	"hi": {"", "नमस्ते,", "मदद चाहिए:", "Hi,", "कृपया इस ईमेल का जवाब लिखें:"},
	"de": {"", "", "Hallo,", "Guten Tag!", "Kurze Frage:", "Kannst du mir helfen?", "Bitte formuliere eine Antwort an den Kunden:", "Fasse dieses Ticket zusammen:"},
	"fr": {"", "", "Bonjour,", "Salut !", "Petite question :", "Peux-tu m'aider ?", "Rédige une réponse à ce client :", "Résume ce ticket :"},
	"es": {"", "", "Hola,", "¡Buenas!", "Una pregunta:", "¿Me ayudas?", "Redacta una respuesta para este cliente:", "Resume este ticket:"},
	"it": {"", "", "Ciao,", "Buongiorno!", "Domanda veloce:", "Mi aiuti?", "Scrivi una risposta a questo cliente:", "Riassumi questo ticket:"},
	"nl": {"", "", "Hoi,", "Goedemiddag!", "Snelle vraag:", "Kun je me helpen?", "Schrijf een antwoord aan deze klant:"},
	"pt": {"", "", "Oi,", "Olá!", "Uma dúvida:", "Pode me ajudar?", "Escreva uma resposta para este cliente:", "Resuma este chamado:"},
	"zh": {"", "", "你好，", "请帮我一下：", "帮我写一封邮件：", "总结一下这个工单："},
	"ja": {"", "", "こんにちは。", "質問です。", "このメールの返信を書いてください：", "このチケットを要約して："},
	"ko": {"", "", "안녕하세요.", "질문이 있어요.", "이 메일에 답장 좀 써 주세요:", "이 티켓 요약해 줘:"},
}

var outros = map[string][]string{
	"en": {"", "", "", "Thanks!", "Can you make it sound more professional?", "Keep it short.", "What should I do next?", "Please answer in bullet points.", "thx", "Is this safe to share?"},
	"hi": {"", "", "धन्यवाद!", "जल्दी जवाब दें।", "Thanks!"},
	"de": {"", "", "Danke!", "Bitte kurz halten.", "Was soll ich jetzt tun?", "Vielen Dank im Voraus."},
	"fr": {"", "", "Merci !", "Fais court.", "Que dois-je faire ?", "Merci d'avance."},
	"es": {"", "", "¡Gracias!", "Que sea breve.", "¿Qué hago ahora?", "Gracias de antemano."},
	"it": {"", "", "Grazie!", "Breve, per favore.", "Cosa devo fare?", "Grazie mille."},
	"nl": {"", "", "Bedankt!", "Hou het kort.", "Wat moet ik nu doen?"},
	"pt": {"", "", "Obrigado!", "Seja breve.", "O que eu faço agora?", "Valeu!"},
	"zh": {"", "", "谢谢！", "尽量简短。", "我该怎么办？"},
	"ja": {"", "", "よろしくお願いします。", "短くお願いします。", "どうすればいいですか？"},
	"ko": {"", "", "감사합니다!", "짧게 써 주세요.", "어떻게 해야 하나요?"},
}

// sentences[category][language]: {} is the value.
var sentences = map[string]map[string][]string{
	Email: {
		"en": {"You can reach me at {}.", "Please send the invoice to {}", "my email is {} if you need it", "Contact: {}", "cc {} on the reply please", "Could you update my account email to {}?", "reply to <{}> not to the old address", "email: {}", "From: {}\nTo: support", "I never got the reset link at {}, can you resend?", "The customer ({}) wants a refund.", "send it to {} pls"},
		"hi": {"मेरा ईमेल {} है।", "कृपया {} पर मेल करें", "email id: {}"},
		"de": {"Meine E-Mail-Adresse ist {}.", "Bitte schicken Sie die Unterlagen an {}", "Erreichbar unter {}", "Kontakt: {}", "Die Kundin ({}) möchte stornieren."},
		"fr": {"Mon adresse e-mail est {}.", "Merci d'envoyer la facture à {}", "Vous pouvez me joindre à {}", "courriel : {}"},
		"es": {"Mi correo es {}.", "Por favor envíen la factura a {}", "escríbeme a {} cuando puedas", "correo electrónico: {}"},
		"it": {"La mia email è {}.", "Inviate la fattura a {}", "scrivetemi a {}", "e-mail: {}"},
		"nl": {"Mijn e-mailadres is {}.", "Stuur de factuur naar {}", "mail me op {}"},
		"pt": {"Meu e-mail é {}.", "Envie o boleto para {}", "manda pra {} por favor"},
		"zh": {"我的邮箱是{}，请尽快回复。", "请发邮件到{}谢谢", "联系邮箱：{}"},
		"ja": {"メールアドレスは{}です。", "{}までご連絡ください。"},
		"ko": {"제 이메일은 {}입니다.", "{}로 연락 주세요."},
	},
	Phone: {
		"en": {"Call me at {}.", "my number is {}", "You can reach me on {} after 5pm", "Phone: {}", "text me at {} when it ships", "cell {}", "reach the front desk at {}", "WhatsApp: {}", "Please call {} to confirm the appointment.", "Tel. {}", "his mobile is {}", "ring me on {} tomorrow"},
		"hi": {"मेरा फोन नंबर {} है", "मोबाइल: {}", "call me on {} please", "मुझे {} पर कॉल करें"},
		"de": {"Meine Handynummer ist {}.", "Rufen Sie mich unter {} an.", "Tel.: {}", "erreichbar unter {}", "Bitte unter {} zurückrufen", "Telefon {}"},
		"fr": {"Mon numéro est le {}.", "Appelez-moi au {}", "Tél : {}", "joignable au {}", "mon portable : {}"},
		"es": {"Mi teléfono es {}.", "Llámame al {}", "móvil: {}", "WhatsApp {}", "mi número es {}"},
		"it": {"Il mio numero è {}.", "Chiamami al {}", "cell. {}", "tel: {}"},
		"nl": {"Mijn nummer is {}.", "Bel me op {}", "tel.: {}", "mobiel: {}"},
		"pt": {"Meu celular é {}.", "Me liga no {}", "telefone: {}", "WhatsApp: {}"},
		"zh": {"我的手机号是{}", "电话：{}", "请打{}联系我", "手机{}"},
		"ja": {"電話番号は{}です。", "携帯：{}", "{}までお電話ください。"},
		"ko": {"제 전화번호는 {}입니다.", "연락처: {}", "휴대폰 {}로 연락주세요"},
	},
	CreditCard: {
		"en": {"My card number is {} exp 08/27.", "charge it to {}", "card: {}", "The payment failed for card {} again", "Visa {} — why was it declined?", "can you check why {} was declined?"},
		"hi": {"मेरा कार्ड नंबर {} है", "card {} से payment नहीं हो रहा"},
		"de": {"Meine Kreditkartennummer lautet {}.", "Karte: {}", "Zahlung mit {} schlägt fehl"},
		"fr": {"Ma carte bancaire : {}", "numéro de carte {}"},
		"es": {"Mi tarjeta es {}", "número de tarjeta: {}"},
		"it": {"La mia carta è {}", "numero carta {}"},
		"nl": {"Mijn creditcard: {}", "kaartnummer {}"},
		"pt": {"O número do meu cartão é {}", "cartão {}"},
		"zh": {"我的信用卡号是{}", "卡号：{}"},
		"ja": {"カード番号は{}です", "クレジットカード {} で決済できません"},
		"ko": {"카드번호 {}", "제 카드 {} 결제가 안 돼요"},
	},
	IBAN: {
		"en": {"Please wire the deposit to {}.", "IBAN: {}", "my IBAN is {}", "transfer to account {} (Deutsche Bank)"},
		"de": {"Bitte überweisen Sie den Betrag auf {}.", "IBAN: {}", "Meine IBAN lautet {}", "Kontoverbindung {}"},
		"fr": {"Mon IBAN : {}", "virement sur le compte {}"},
		"es": {"Mi IBAN es {}", "transferencia a {}"},
		"it": {"IBAN {}", "il mio IBAN è {}"},
		"nl": {"Mijn IBAN is {}", "Maak het over naar {}"},
		"pt": {"IBAN: {}", "conta para depósito: {}"},
	},
	IPv4: {
		"en": {"My home IP is {}.", "ssh root@{} keeps timing out", "Failed password for admin from {} port 52144 ssh2", "X-Forwarded-For: {}", "the API is at http://{}:8080/health", "whitelist {} in the firewall", "ping {} returns 100% packet loss", "server {} went down at 3am", "nslookup gave {}", "connect to the DB at {}:5432", "client {} sent 10k requests"},
		"de": {"Meine IP-Adresse ist {}", "Server {} antwortet nicht"},
		"fr": {"Mon adresse IP est {}", "le serveur {} ne répond plus"},
		"zh": {"服务器IP是{}", "我的IP地址：{}"},
		"ja": {"サーバーのIPは{}です", "接続元IP {}"},
	},
	IPv6: {
		"en": {"The server's IPv6 is {}", "connect to [{}]:443", "ip -6 addr shows {}", "IPv6: {}", "curl http://[{}]:8080/", "blocked {} in the WAF"},
		"de": {"IPv6-Adresse: {}"},
	},
	APIKey: {
		"en": {"Here is my OpenAI key {} can you check why it fails?", "export OPENAI_API_KEY={}", "api_key = \"{}\"", "I accidentally committed {} to GitHub, what do I do?", "token: {}", "const stripe = require('stripe')('{}');", "headers = {\"x-api-key\": \"{}\"}", "Use {} for the staging env"},
		"de": {"Mein API-Schlüssel ist {}, funktioniert nicht"},
		"fr": {"Ma clé API : {}"},
		"es": {"mi API key es {}"},
		"zh": {"我的API密钥是{}"},
		"ja": {"APIキーは{}です"},
	},
	JWT: {
		"en": {"my session token is {} can you decode it?", "Cookie: session={}; Path=/", "why does jwt.verify fail for {}?", "id_token={}", "the access token {} expired too early"},
		"de": {"Das Token {} ist ungültig, warum?"},
	},
	Bearer: {
		"en": {"curl -H 'Authorization: Bearer {}' https://api.example.com/v1/items", "I set the header to Bearer {} but it returns 401", "Authorization: Bearer {}", "headers: {Authorization: 'Bearer {}'}"},
		"de": {"Header: Authorization: Bearer {} – trotzdem 403"},
	},
	AWSSecret: {
		"en": {"aws_secret_access_key = {}", "AWS_SECRET_ACCESS_KEY={}", "my aws secret key is {} and the id is {akia}", "\"SecretAccessKey\": \"{}\"", "[default]\naws_access_key_id = {akia}\naws_secret_access_key = {}"},
	},
	Password: {
		"en": {"password: {}", "DB_PASSWORD={}", "my password is {}", "the wifi password is '{}'", "{\"username\": \"admin\", \"password\": \"{}\"}", "login admin / pass: {}", "postgres://app:{}@db.internal:5432/app", "mysql -u root -p{} mydb", "I changed my password to {} yesterday but it still fails", "PASSWORD = \"{}\""},
		"hi": {"मेरा पासवर्ड {} है", "password: {}"},
		"de": {"Das Passwort lautet {}", "Passwort: {}", "mein Kennwort ist {}"},
		"fr": {"Le mot de passe est {}", "mdp : {}", "mot de passe : {}"},
		"es": {"La contraseña es {}", "contraseña: {}"},
		"it": {"La password è {}", "password: {}"},
		"nl": {"Het wachtwoord is {}", "wachtwoord: {}"},
		"pt": {"A senha é {}", "senha: {}"},
		"zh": {"密码是{}", "密码：{}"},
		"ja": {"パスワードは{}です", "パスワード：{}"},
		"ko": {"비밀번호: {}", "비밀번호는 {}"},
	},
	PrivateKey: {
		"en": {"Why does ssh say invalid format for this key?\n{}", "Here's my key:\n{}\nwhat's wrong with it?", "{}", "config.json has \"private_key\": \"{}\" — is that OK?"},
		"de": {"Warum funktioniert dieser Schlüssel nicht?\n{}"},
	},
	SSN: {
		"en": {"My SSN is {}.", "SSN: {}", "social security number {}", "SSN# {}", "The applicant's SSN ({}) doesn't match.", "ssn {} dob unknown"},
	},
	NationalID: {
		"en":    {"My National Insurance number is {}", "NI number: {}", "NINO {}"},
		"en-IN": {"My Aadhaar number is {}", "PAN: {}", "my PAN card number is {}", "Aadhaar {} linked?"},
		"en-US": {"my SIN is {}", "Social Insurance Number: {}"},
		"hi":    {"आधार नंबर: {}", "मेरा आधार {} है", "PAN {}"},
		"zh":    {"身份证号：{}", "我的身份证号码是{}"},
		"es":    {"DNI: {}", "Mi NIE es {}", "con DNI {}"},
		"it":    {"codice fiscale {}", "Il mio codice fiscale è {}", "CF: {}"},
		"pt":    {"CPF: {}", "meu CPF é {}"},
		"ko":    {"주민등록번호 {}", "주민번호: {}"},
		"fr":    {"numéro de sécurité sociale : {}", "Mon NIR est {}", "n° de sécu {}"},
		"nl":    {"BSN: {}", "mijn burgerservicenummer is {}"},
		"de":    {"Steuer-ID: {}", "meine Steueridentifikationsnummer lautet {}", "IdNr {}"},
		"ja":    {"マイナンバー：{}", "個人番号は{}です"},
	},
	Passport: {
		"en": {"My passport number is {}", "passport no. {}", "Passport: {} (expires 2031)", "passport {} was issued in 2019"},
		"hi": {"पासपोर्ट नंबर {}", "passport number {}"},
		"de": {"Reisepassnummer: {}", "Pass-Nr. {}", "meine Passnummer ist {}"},
		"fr": {"numéro de passeport {}", "passeport n° {}"},
		"es": {"pasaporte {}", "número de pasaporte: {}"},
		"it": {"passaporto n. {}", "numero di passaporto {}"},
		"nl": {"paspoortnummer {}", "mijn paspoort: {}"},
		"pt": {"passaporte nº {}", "número do passaporte: {}"},
		"zh": {"护照号码：{}", "我的护照号是{}"},
		"ja": {"パスポート番号は{}です", "旅券番号：{}"},
		"ko": {"여권번호 {}", "여권 번호: {}"},
	},
	DateOfBirth: {
		"en": {"DOB: {}", "born on {}", "date of birth is {}", "my birthday is {}", "Date of Birth: {}", "he was born {} in Ohio"},
		"hi": {"जन्म तिथि: {}", "DOB {}"},
		"de": {"geboren am {}", "Geburtsdatum: {}", "geb. {}"},
		"fr": {"né le {}", "née le {}", "date de naissance : {}"},
		"es": {"nacido el {}", "fecha de nacimiento: {}", "nací el {}"},
		"it": {"nato il {}", "data di nascita: {}"},
		"nl": {"geboren op {}", "geboortedatum: {}"},
		"pt": {"nascido em {}", "data de nascimento: {}"},
		"zh": {"出生日期：{}", "我出生于{}"},
		"ja": {"生年月日：{}", "{}生まれです"},
		"ko": {"생년월일: {}", "생일은 {}입니다"},
	},
	Address: {
		"en": {"Please ship it to {}.", "My address is {}", "I live at {}", "deliver to {} by Friday", "billing address: {}", "The package went to {} instead."},
		"hi": {"मेरा पता {} है", "address: {}"},
		"de": {"Meine Adresse lautet {}.", "Lieferadresse: {}", "Ich wohne in der {}."},
		"fr": {"J'habite au {}.", "Adresse de livraison : {}"},
		"es": {"Vivo en {}.", "Dirección: {}"},
		"it": {"Abito in {}.", "indirizzo: {}"},
		"nl": {"Mijn adres is {}.", "Ik woon op {}"},
		"pt": {"Moro na {}.", "Endereço: {}"},
		"zh": {"我住在{}", "收货地址：{}"},
		"ja": {"住所は{}です。", "{}に住んでいます"},
		"ko": {"주소: {}", "저는 {}에 살아요"},
	},
	PersonName: {
		"en": {"My name is {}.", "Hi, I'm {} and I need help with my order.", "Dear {},", "Thanks,\n{}", "Best regards,\n{}", "Full name: {}", "Patient {} missed the appointment", "Mr. {} called earlier", "Hello {}!", "I am {}, the tenant in 4B."},
		"hi": {"मेरा नाम {} है", "नाम: {}"},
		"de": {"Ich heiße {}.", "Mein Name ist {}", "Viele Grüße\n{}", "Herr {} hat angerufen"},
		"fr": {"Je m'appelle {}.", "Bonjour, je suis {} et j'ai un souci.", "Cordialement,\n{}", "Madame {} a appelé"},
		"es": {"Me llamo {}.", "Hola, soy {} y tengo un problema.", "Saludos,\n{}", "Atentamente, {}"},
		"it": {"Mi chiamo {}.", "Sono {}, ho un problema con l'ordine.", "Cordiali saluti,\n{}"},
		"nl": {"Mijn naam is {}.", "Ik ben {} en ik heb een vraag.", "Met vriendelijke groet,\n{}"},
		"pt": {"Meu nome é {}.", "Olá, sou {} e preciso de ajuda.", "Abraços,\n{}", "Atenciosamente,\n{}"},
		"zh": {"我叫{}，想问一下订单的事。", "我的名字是{}。", "姓名：{}"},
		"ja": {"私の名前は{}です。", "氏名：{}"},
		"ko": {"저는 {}입니다.", "제 이름은 {}입니다.", "이름: {}"},
	},
	PersonNoCue: {
		"en": {"Can you write an email to {} about the delayed shipment?", "{} said the numbers look off.", "Remind {} about the meeting tomorrow."},
		"de": {"Schreib {} eine Nachricht wegen Montag."},
		"fr": {"Écris à {} pour décaler la réunion."},
	},
}

// Where each category's values come from (locales cycled in order).
var categoryLocales = map[string][]string{
	Email: Locales, Phone: Locales, CreditCard: Locales,
	IBAN:       {"de-DE", "en-GB", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "en-US"},
	IPv4:       {"en-US", "en-GB", "en-IN", "de-DE", "fr-FR", "zh-CN", "ja-JP"},
	IPv6:       {"en-US", "en-GB", "de-DE"},
	APIKey:     {"en-US", "en-GB", "en-IN", "de-DE", "fr-FR", "es-ES", "zh-CN", "ja-JP"},
	JWT:        {"en-US", "en-GB", "de-DE"},
	Bearer:     {"en-US", "en-IN", "de-DE"},
	AWSSecret:  {"en-US", "en-GB", "en-IN"},
	Password:   Locales,
	PrivateKey: {"en-US", "en-GB", "de-DE"},
	SSN:        {"en-US"},
	NationalID: {"en-GB", "en-IN", "hi-IN", "zh-CN", "es-ES", "it-IT", "pt-BR", "ko-KR", "fr-FR", "nl-NL", "de-DE", "ja-JP", "en-US"},
	Passport:   Locales, DateOfBirth: Locales, Address: Locales, PersonName: Locales,
	PersonNoCue: {"en-US", "en-GB", "de-DE", "fr-FR"},
}

// How many items each category gets.
var categoryCount = map[string]int{
	Email: 110, Phone: 160, CreditCard: 70, IBAN: 60, IPv4: 70, IPv6: 30, APIKey: 60, JWT: 30, Bearer: 30, AWSSecret: 30,
	Password: 100, PrivateKey: 30, SSN: 40, NationalID: 100, Passport: 70, DateOfBirth: 90, Address: 100, PersonName: 110, PersonNoCue: 30,
}
