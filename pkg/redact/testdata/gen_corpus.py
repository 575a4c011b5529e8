# Generates corpus.jsonl, the labelled PII corpus for redact's
# precision/recall test: positives of every type in several languages and
# formats, and near-misses that must stay untouched. Written before the
# detectors were tuned. Run: python3 gen_corpus.py
import json, random
random.seed(7)
cases = []
def pos(text, *pii): cases.append({"text": text, "pii": [{"type": t, "value": v} for t, v in pii]})
def neg(text): cases.append({"text": text, "pii": []})

tmpl = [
 "Please contact me at {v} about my refund.",
 "Mi dirección es {v}, gracias.",
 "Bitte schicken Sie die Rechnung an {v}.",
 "{v}",
 "user said: \"{v}\" and then left the chat",
 "Kontakt: {v}; Rückruf erbeten.",
 "Veuillez utiliser {v} pour la suite.",
 "(see {v})",
]
def many(typ, values, n):
    for v in values:
        for t in random.sample(tmpl, n):
            pos(t.format(v=v), (typ, v))

many("EMAIL", ["jane.doe@example.com", "m.rossi@azienda.it", "kim.lee+billing@corp.example.org", "ops-team@startup.io", "Zoe.Muller@beispiel.de", "a@b.co", "first_last123@sub.domain.co.uk", "x.y-z@mail-server.net", "support@acme-corp.com", "dev.null@protonmail.ch"], 3)
many("PHONE", ["+1 415 555 0132", "+44 20 7946 0958", "(212) 555-0187", "+49 30 901820", "020 7946 0958", "415-555-0132", "+33 1 42 68 53 00", "+81 3-1234-5678", "+91 98765 43210", "+61 2 9374 4000", "212.555.0199", "+1-800-555-0199", "+4915112345678"], 3)
many("CREDIT_CARD", ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5500 0000 0000 0004", "5555555555554444", "378282246310005", "3782 822463 10005", "6011 0009 9013 9424", "6011111111111117", "3530111333300000", "4012888888881881", "2223003122003222", "36227206271667", "4000 0566 5566 5556"], 3)
many("IBAN", ["DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606", "ES91 2100 0418 4502 0005 1332", "NL91ABNA0417164300", "IT60X0542811101000000123456", "CH9300762011623852957", "BE68539007547034", "AT611904300234573201"], 3)
many("IP", ["10.12.4.77", "192.168.1.20", "172.16.254.1", "8.8.8.8", "203.0.113.42", "127.0.0.1", "2001:db8::8a2e:370:7334", "fe80::1ff:fe23:4567:890a", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"], 3)
many("API_KEY", ["sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "sk-Tz9x8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0GfEdCbA", "AKIAIOSFODNN7EXAMPLE", "ASIAY34FZKBOKMUTVV7A", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"], 3)
jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
jwt2 = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlLmNvbSIsImV4cCI6MTcwMDAwMDAwMH0.dGhpc2lzbm90YXJlYWxzaWduYXR1cmVfanVzdF9hX3Rlc3Q"
for j in (jwt, jwt2):
    pos(f"my session token is {j} can you decode it?", ("JWT", j))
    pos(f"cookie: id={j}; Path=/", ("JWT", j))
for tok in ["abc123def456ghi789jkl012", "ya29.A0ARrdaM-kvYQ9Xz8wQ_tk", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=="]:
    pos(f"curl -H 'Authorization: Bearer {tok}' https://api.example.com/v1/items", ("BEARER_TOKEN", tok))
    pos(f"I set the header to bearer {tok} but it fails", ("BEARER_TOKEN", tok))
pos("Hi, I'm Jane (jane.doe@example.com, +44 20 7946 0958). Card 4111 1111 1111 1111 was charged twice.", ("EMAIL", "jane.doe@example.com"), ("PHONE", "+44 20 7946 0958"), ("CREDIT_CARD", "4111 1111 1111 1111"))
pos("Server 10.0.0.5 rejects key AKIAIOSFODNN7EXAMPLE from 2001:db8::1:2:3", ("IP", "10.0.0.5"), ("API_KEY", "AKIAIOSFODNN7EXAMPLE"), ("IP", "2001:db8::1:2:3"))
pos("Wire it to GB29NWBK60161331926819 and email ops-team@startup.io", ("IBAN", "GB29NWBK60161331926819"), ("EMAIL", "ops-team@startup.io"))
pos("ssh admin@192.168.1.20 failed", ("IP", "192.168.1.20"))
pos("Call +1 415 555 0132 or +1 415 555 0199 tomorrow", ("PHONE", "+1 415 555 0132"), ("PHONE", "+1 415 555 0199"))
pos("export OPENAI_API_KEY=sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2", ("API_KEY", "sk-proj-Xa81bQ2v9LmN3pR7sT0uVw4yZ6cD8eF1gH5jK2"))
pos("cards: 5555555555554444, 4012888888881881", ("CREDIT_CARD", "5555555555554444"), ("CREDIT_CARD", "4012888888881881"))
pos("Meine IBAN lautet DE89370400440532013000, Tel. 030 901820 12", ("IBAN", "DE89370400440532013000"), ("PHONE", "030 901820 12"))
pos("Logs: client=203.0.113.42 user=kim.lee+billing@corp.example.org", ("IP", "203.0.113.42"), ("EMAIL", "kim.lee+billing@corp.example.org"))
pos(f"Token {jwt} and phone (212) 555-0187", ("JWT", jwt), ("PHONE", "(212) 555-0187"))

for t in [
 "Order 4111111111111112 shipped yesterday", "Invoice number 1234 5678 9012 3456 is attached",
 "tracking 1Z999AA10123456784", "ISBN 978-3-16-148410-0 is the book", "The meeting is on 2024-01-15 at 10:30",
 "Born 15.03.1987 in Berlin", "It happened at 12:30:45 UTC", "Upgrade to v1.2.3.4 soon", "OID 1.3.6.1.4.1.311 is registered",
 "Windows build 10.0.19045.2965", "UUID 550e8400-e29b-41d4-a716-446655440000", "commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
 "I use sk-learn for regression", "The task-force meets weekly", "sk-12 is too short to be a key", "pi is 3.14159265358979",
 "The price is $1,299.99 before tax", "Dial extension 1234-5678", "Port 8080 and HTTP 404", "IBAN DE00 0000 0000 0000 0000 00 is invalid",
 "GB00NWBK60161331926819 fails the checksum", "user@localhost cannot receive mail", "follow @handle on social", "name at example dot com",
 "In Javadoc write @param and @return", "MAC 00:1A:2B:3C:4D:5E on eth0", "Timestamp 2024-01-15T10:30:00Z", "AKIA alone is not a key",
 "The bearer of bad news arrived", "Bearer token expired", "coordinates 48.8566, 2.3522", "Room 101, floor 3", "zip code 90210",
 "1,000,000 requests per day", "version 2.4.1 of the library", "network 192.168.1 is incomplete", "999.999.999.999 is not an address",
 "The ratio was 1:2:3", "Score 10-12-14 in three sets", "Use a 1024x768 canvas", "SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
 "Batch 2023-11-05-0042 completed", "Call the API 5 times per second", "Buy 3 get 1 free", "Flight LH 400 departs gate 21",
 "base64 eyJub3QiOiJhIGp3dCJ9 alone", "Quote #A-2024-000187", "Matrix [[1,2],[3,4]]", "ISO 8601: 2024-W03-2", "Price per token 0.000002",
 "Model gpt-4o-2024-08-06 answered", "Use temperature 0.7 and top_p 0.95", "The year 1999 was fun", "CVE-2021-44228 is log4shell",
 "RFC 5322 defines email syntax", "Tel Aviv is a city", "the + sign and 44 apples", "Ticket JIRA-12345 closed",
 "epoch 1700000000 seconds", "1.1.1 is a version, not an IP", "host.example.com resolved fine", "localhost:3000 serves the app",
 "IPv6 uses :: to compress zeros", "The ratio 16:9 is widescreen", "Between 10:00 and 18:00", "array index a[1:3]",
 "Amount 4,111,111.11 EUR", "Serial SN-4111-1111-1111", "Lot 0042-7781-2231", "product code 9780306406157",
 "account ending in 1111", "last four digits 0004", "the number 5500 appears", "2 + 2 = 4",
 "Kubernetes pod web-5f2c1a9e-3b7d", "GPU-5f2c1a9e-3b7d-4c11-9a0e-1d2b3c4d5e01 is busy", "sha1 de9f2c7fd25e1b3afad3e85a0bd17d9b100db4b3",
 "Temperature 36.6 C", "Route 66 is long", "Boeing 737-800 aircraft", "Section 4.1.2.3 of the spec",
 "in 2024, 2025 and 2026", "phone? no phone", "email: none", "IP: unknown",
 "cost was 12.50 USD", "Set -Xmx4096m", "chmod 0755 file", "TLS 1.3 only",
 "semver 10.20.30", "date 01/02/2024", "4 111 111 items", "1 415 words in the essay",
 "The sum 20 + 79 + 46 is 145", "Call me maybe", "Dates 2023-12-31 / 2024-01-01", "percent 99.95% uptime",
]:
    neg(t)
for n in ["4111 1111 1111 1112", "5500 0000 0000 0005", "3782 822463 10006", "6011 0009 9013 9425", "1234 5678 9012 3452"]:
    neg(f"Test number {n} fails Luhn")
for ib in ["DE89 3704 0044 0532 0130 01", "FR14 2004 1010 0505 0001 3M02 607", "NL91ABNA0417164301"]:
    neg(f"Transfer to {ib} bounced (bad checksum)")
for ver in ["1.2.3.4.5", "v10.1.2.3", "2.0.0.1.beta"]:
    neg(f"release {ver} notes")
with open("corpus.jsonl", "w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases,", sum(len(c["pii"]) for c in cases), "labelled spans,", sum(1 for c in cases if not c["pii"]), "near-misses")
