package piicorpus

import (
	"fmt"
	"strings"
)

// negative is a hard negative: a sentence whose labelled part looks like
// personal data to a careless detector but is not.
type negative struct {
	tmpl string // {} is the labelled part
	val  func(g *gen) string
}

func lit(xs ...string) func(g *gen) string { return func(g *gen) string { return g.pick(xs) } }

var negatives = map[string][]negative{
	NegVersion: {
		{"We upgraded to {} last night and now it crashes.", lit("4.2.1.0", "10.0.19045.3803", "2.7.18", "3.11.4", "120.0.6099.109", "1.2.3.4", "5.15.0.91")},
		{"Running Chrome {} on Windows 11.", lit("120.0.6099.109", "119.0.6045.199", "121.0.6167.85")},
		{"pip install torch=={} fails on my Mac", lit("2.1.0", "1.13.1", "2.0.1")},
		{"node {} prints a deprecation warning", lit("18.17.1", "20.10.0", "v21.4.0")},
		{"firmware {} fixes the wifi bug", lit("4.2.1.0", "2.0.0.1", "1.4.3.12", "3.1.0.2")},
		{"The SDK version is {}.", lit("4.2.1.0", "8.0.100.1", "10.0.0.1", "3.2.1.5")},
		{"Our build {} broke CI.", lit("7.3.0.1452", "2024.03.15.1", "4.2.1.0")},
		{"Upgrade from {} failed.", lit("4.2.1.0", "6.5.0.14", "1.2.3.4")},
		{"Die Version {} hat einen Fehler.", lit("4.2.1.0", "2.3.1.7")},
		{"la versión {} falla al arrancar", lit("4.2.1.0", "1.0.2.3")},
		{"Android {} on a Pixel 8", lit("14.0.0.1", "13.0.0.2")},
		{"Kernel {} panics at boot", lit("6.5.0-14-generic", "5.15.0-91-generic")},
	},
	NegOrder: {
		{"Order #{} hasn't arrived yet.", lit("100234-5567", "4711-0815-2231", "112-4567891-2345678", "20240315-0042")},
		{"my order number is {}", lit("4500012345", "100234556", "8812-3344-5567")},
		{"Bestellnummer {}", lit("4711-0815-2231", "0815-4711", "2024-0012345")},
		{"invoice {} is overdue", lit("INV-2024-000123", "2024/00123", "RE-2024-4711")},
		{"ticket {} was closed without a reply", lit("18273645", "INC0012345", "JIRA-4521")},
		{"tracking number {}", lit("1Z999AA10123456784", "9400 1000 0000 0000 0000 00", "JD014600006281234567")},
		{"Case ID {}", lit("03456789", "5003000000D8cuI")},
		{"PO {} needs approval", lit("4500012345", "PO-88231")},
		{"numéro de commande {}", lit("FR-2024-77812", "100234-5567")},
		{"pedido {} cancelado", lit("ES-88231-2024", "4711-0815")},
		{"订单号{}还没发货", lit("202403151234567890", "2024031500123")},
		{"注文番号{}の件です", lit("249-1234567-8901234", "A1234567")},
		{"Lot {} recalled", lit("0042-7781-2231", "04-2023-0012", "L2024-0315")},
	},
	NegTimestamp: {
		{"The error started at {}.", lit("2024-03-15T12:30:45Z", "2024-03-15 12:30:45.123", "15.03.2024 12:30", "Mar 15, 2024 12:30:45 PM")},
		{"[{}] ERROR connection reset", lit("2024-03-15 12:30:45", "2024-03-15T12:30:45.123456+01:00")},
		{"created_at: {}", lit("1710505845", "1710505845123", "2024-03-15T12:30:45Z")},
		{"Log rotated at {} UTC", lit("03:00:01", "2024-03-15 03:00")},
	},
	NegDate: {
		{"The meeting is on {}.", lit("14/03/2025", "2025-03-14", "March 14, 2025", "14 March 2025")},
		{"Deadline: {}", lit("2024-12-31", "31.12.2024", "12/31/2024")},
		{"Das Treffen ist am {}.", lit("14.03.2025", "14. März 2025")},
		{"La réunion est le {}.", lit("14 mars 2025", "14/03/2025")},
		{"The contract was signed on {}.", lit("14 March 1985", "03/14/1985", "1999-01-01")},
		{"会議は{}です。", lit("2025年3月14日", "2025-03-14")},
		{"배송 예정일은 {}입니다.", lit("2025년 3월 14일")},
		{"Rechnungsdatum {}", lit("15.03.2024")},
	},
	NegHash: {
		{"commit {} broke the build", func(g *gen) string { return g.chars(40, hexLo) }},
		{"sha256: {}", func(g *gen) string { return g.chars(64, hexLo) }},
		{"md5 {}", func(g *gen) string { return g.chars(32, hexLo) }},
		{"git checkout {}", func(g *gen) string { return g.chars(7, hexLo) }},
		{"image digest sha256:{}", func(g *gen) string { return g.chars(64, hexLo) }},
		{"ETag: \"{}\"", func(g *gen) string { return g.chars(32, hexLo) }},
	},
	NegUUID: {
		{"request id {} failed", func(g *gen) string { return uuid(g) }},
		{"trace_id={}", func(g *gen) string { return g.chars(32, hexLo) }},
		{"user_uuid: {}", func(g *gen) string { return uuid(g) }},
		{"Correlation-ID: {}", func(g *gen) string { return uuid(g) }},
	},
	NegCode: {
		{"Why does this loop never end? {}", lit("for (int i = 0; i < 1024; i++) { sum += a[i]; }", "while (retries < 5) { sleep(1000); }")},
		{"Optimize this query: {}", lit("SELECT id, total FROM orders WHERE created_at > '2024-01-01' AND total > 1000 LIMIT 100;", "UPDATE accounts SET balance = balance - 250 WHERE id = 42;")},
		{"What does {} do?", lit("x = np.zeros((1024, 768))", "docker run -p 8080:80 nginx:1.25.3", "kubectl scale deploy web --replicas=3", "chmod 755 deploy.sh", "ffmpeg -i in.mp4 -vf scale=1280:720 out.mp4")},
		{"My Flask app uses {} but nothing listens", lit("app.run(host='0.0.0.0', port=5000)", "server.listen(8080, '0.0.0.0')")},
		{"Is this regex right for SSNs? {}", lit(`^\d{3}-\d{2}-\d{4}$`, `/\d{3}-\d{2}-\d{4}/g`)},
		{"In Go: {}", lit("if err != nil { return fmt.Errorf(\"decode span: %w\", err) }", "ctx, cancel := context.WithTimeout(ctx, 30*time.Second)")},
		{"config.yaml:\n{}", lit("name: build\nreplicas: 3\ntimeout: 30000\nport: 8080", "steps:\n  - name: Test\n    run: go test ./...")},
		{"C++: {}", lit("std::vector<int> v(1000000);", "std::map<std::string, int> counts;")},
		{"{}", lit("matrix[2][3] = 42;", "const MAX = 2147483647;", "ssh -p 2222 deploy@build-server")},
	},
	NegPrice: {
		{"It costs {} per month.", lit("$1,299.99", "€ 1.299,00", "£89.50", "CHF 1'250.00")},
		{"The budget is {}.", lit("₹12,34,567", "¥158,000", "1 234 567,89 €", "USD 4,500,000", "R$ 2.499,90")},
		{"Das kostet {}.", lit("1.299,00 €", "49,99 €")},
		{"价格是{}", lit("¥158,000", "1299元")},
	},
	NegSecurity: {
		{"{}", lit("Your password must be at least 12 characters long.", "Reset your password via the link we sent.", "Never share your PIN with anyone.",
			"How do I rotate an AWS secret access key?", "The password is stored as a bcrypt hash.", "the password is case-sensitive",
			"Das Passwort muss mindestens 8 Zeichen haben.", "Le mot de passe est incorrect.", "La contraseña es obligatoria.", "La password è scaduta.",
			"Het wachtwoord is onjuist.", "A senha é obrigatória.", "密码错误，请重试。", "パスワードが間違っています。", "Should API keys be stored in environment variables?",
			"Explain how JWT signature verification works.", "What is a bearer token?", "How do I generate an SSH private key?")},
		{"{}", lit("password: ${DB_PASSWORD}", "api_key = os.environ[\"OPENAI_API_KEY\"]", "Authorization: Bearer <token>", "Authorization: Bearer YOUR_ACCESS_TOKEN",
			"export OPENAI_API_KEY=sk-...", "AWS_SECRET_ACCESS_KEY=<your-secret-key>", "token: null", "password_min_length: 12", "password: \"\"",
			"DB_PASSWORD=${DB_PASSWORD:-}", "secret: true", "api_key: YOUR_API_KEY", "PASSWORD=********", "password = getpass.getpass()", "token = request.headers.get('Authorization')",
			"set the password field to required", "\"password\": \"<REDACTED>\"", "client_secret={{ secrets.CLIENT_SECRET }}")},
	},
	NegNumber: {
		{"See {} for details.", lit("ISBN 978-3-16-148410-0", "RFC 7231", "ISO 8601", "IEEE 754-2019", "DOI 10.1000/182")},
		{"It fails with {}.", lit("error 0x80070005", "HTTP 404", "exit code 137", "SQLSTATE 23505")},
		{"p99 latency is {}", lit("1234 ms", "2.5 s", "987654 µs")},
		{"The office is at {}.", lit("52.5200, 13.4050", "48.8566° N, 2.3522° E")},
		{"We handle {}.", lit("10,000 requests per second", "1.2 million users", "3 000 000 events a day")},
		{"The score was {}.", lit("3-1", "2:2", "104-98")},
		{"Resolution {}", lit("1920x1080", "3840 x 2160", "1080p")},
		{"batch {} was reprocessed", lit("2024-03-15-001", "0042-7781-2231", "20240315")},
		{"Room {}, floor 3", lit("101", "3.14", "B-204")},
		{"serial number {}", lit("SN-20240315-0042", "C02XK1ZJJG5H", "0012 3456 7890")},
		{"{} people attended", lit("1 234", "12,345", "1.234")},
	},
	NegNameLike: {
		{"{}", lit("Hello World", "Dear Sir or Madam,", "Hi team,", "Thanks, that worked!", "Name: string (required)", "My name is not important here.",
			"I'm Italian and I live abroad.", "Hey Siri, set a timer.", "Dear ChatGPT, please help.", "Hi there!", "Best regards, The Support Team",
			"Hello, I'm new here.", "Thanks, I will try that.", "I am German but I write English.", "Dear Customer,", "Hi All,", "Cheers, everyone!",
			"name: build", "Ich bin Student und brauche Hilfe.", "Je suis développeur.", "Hola, soy nuevo aquí.", "Sono sicuro che funziona.",
			"Hello again!", "Thank you, Assistant.")},
	},
	NegAddrLike: {
		{"{}", lit("3 Main reasons to switch to Go", "Route 66 is iconic.", "42 is the answer.", "5 ways to improve your résumé", "the 101 Highway traffic is awful",
			"Via Appia is an ancient road.", "We have 2 Court dates next month.", "Take the 2nd left after the bridge.", "Chapter 12 Street Photography",
			"I walked 10 km along the river.", "Buy 3 Oak Trees for the garden.", "Part 2 Drive Configuration", "The 3 Park rangers helped us.")},
	},
	NegEmailLike: {
		{"{}", lit("@john can you review this?", "@app.route('/api/v1/users')", "npm i @angular/core@17.0.8", "git clone git@github.com:org/repo.git",
			"lodash@4.17.21 has a prototype pollution bug", "connect to user@localhost", "@Override public String toString()", "pip install package@latest",
			"ping @oncall in #incidents", "scope: @types/node")},
	},
	NegCardLike: {
		{"Test number {} fails Luhn, right?", lit("4111 1111 1111 1112", "5500 0000 0000 0005", "1234 5678 9012 3452")},
		{"request {} timed out", lit("1710505845123456", "9876543210123456")},
		{"Reference {} on the statement", lit("2024 0315 1234 5678", "0000 1111 2222 3333")},
	},
	NegIPLike: {
		{"See section {} of the spec.", lit("4.1.2.3", "2.3.4.1", "10.2.1.4")},
		{"OID {}", lit("1.3.6.1.4.1.2021", "2.5.4.3")},
		{"netmask {}", lit("255.255.255.0", "255.255.0.0")},
		{"bind to {} inside the container", lit("0.0.0.0")},
		{"Figure {} shows the flow", lit("2.1.3.4", "3.1.1.2")},
	},
	NegPublicKey: {
		{"Is this certificate valid?\n{}", func(g *gen) string { return pemBlock(g, "CERTIFICATE") }},
		{"Our public key:\n{}", func(g *gen) string { return pemBlock(g, "PUBLIC KEY") }},
		{"Add this deploy key: {}", func(g *gen) string { return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.chars(43, b64) + " deploy-key" }},
	},
}

var negativeCount = map[string]int{
	NegVersion: 45, NegOrder: 50, NegTimestamp: 30, NegDate: 35, NegHash: 30, NegUUID: 25, NegCode: 45, NegPrice: 30, NegSecurity: 60,
	NegNumber: 45, NegNameLike: 40, NegAddrLike: 25, NegEmailLike: 25, NegCardLike: 25, NegIPLike: 25, NegPublicKey: 15,
}

func uuid(g *gen) string {
	h := g.chars(32, hexLo)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

func pemBlock(g *gen, kind string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-----BEGIN %s-----\n", kind)
	for i := 0; i < 4; i++ {
		b.WriteString(g.chars(64, b64) + "\n")
	}
	fmt.Fprintf(&b, "-----END %s-----", kind)
	return b.String()
}
