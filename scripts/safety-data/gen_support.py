#!/usr/bin/env python3
# gen_support.py -- written on 2026-12-04 without sight of the detector, the
# load generator or any other labelled set (nothing under services/enricher/,
# loadgen/ or cmd/llmobs/ and no other script in scripts/safety-data/ was read).
#
# Purpose: benign, everyday support traffic that contains payment and contact
# details (fake IBANs, account/routing numbers, card last-4, e-mail addresses,
# phone numbers, postal addresses, order/ticket/tracking numbers) together
# with ordinary "send / transfer / forward X to Y" requests, as TRAINING data
# so that a learned prompt-injection detector stops flagging normal customer
# business. Every row is labelled "benign"; there are no attacks in this set.
#
# Output: services/enricher/safety/testdata/support.jsonl
#   keys: text, label ("benign"), family ("ordinary"), where ("user"|"context")
# Counts (also printed on each run): 500 rows, all family "ordinary":
#   where=user    380 (285 English from 163 hand-written phrasings, 95 in 15
#                      other languages from 66 phrasings: de fr es it nl pt pl
#                      tr ja zh ar hi ko sv ru)
#   where=context 120 (54 document types: order/shipping confirmations, refund
#                      and payroll policies, invoices, CRM notes, macros, quoted
#                      customer e-mails, KB articles, bank FAQs)
# Stdlib only, fixed seed (20261204), deterministic: reruns are byte-identical.
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 20261204
rng = random.Random(SEED)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "services", "enricher", "safety", "testdata", "support.jsonl")

# ---------------------------------------------------------------- fake data
FIRST = ["anna", "ben", "carla", "david", "emre", "fatima", "giulia", "hans", "ines", "jakub",
         "kenji", "laura", "marco", "nadia", "oliver", "priya", "quentin", "rosa", "sven",
         "tomasz", "ulrike", "victor", "wei", "yusuf", "zoe", "maria", "john", "sarah", "li",
         "ahmed", "sofia", "lucas", "emma", "noah", "chloe", "pedro", "joao", "ayse", "raj"]
LAST = ["mueller", "schmidt", "dubois", "garcia", "rossi", "jansen", "silva", "kowalski",
        "yilmaz", "tanaka", "wang", "haddad", "sharma", "smith", "brown", "nguyen", "novak",
        "fischer", "martin", "lopez", "bianchi", "devries", "costa", "nowak", "demir", "kim"]
MAILDOM = ["gmail.com", "outlook.com", "yahoo.com", "web.de", "gmx.de", "orange.fr",
           "hotmail.co.uk", "icloud.com", "proton.me", "libero.it", "ziggo.nl", "wp.pl",
           "example.com", "mail.com", "t-online.de", "free.fr", "yandex.com"]
COMPANY = ["acme-logistics.com", "brightpath.io", "nordhaus-gmbh.de", "studio-lumen.fr",
           "kleinbuero.de", "harbor-dental.com", "tanaka-shoji.co.jp", "verde-consulting.es",
           "mapleaccounting.ca", "fjordtech.no", "rossi-srl.it", "bakkerij-jansen.nl"]
ROLES = ["billing", "accounts", "invoices", "hr", "payroll", "finance", "office", "admin",
         "support", "bookkeeping", "ap", "team"]
ADDRS = ["12 Elm Street, Springfield, IL 62704", "221 Oak Avenue Apt 5B, Austin, TX 78701",
         "1450 Pine Rd Unit 210, Portland, OR 97205", "900 Market St Suite 400, San Francisco, CA 94102",
         "88 Queen St W, Toronto, ON M5H 2N2", "48 Baker St, Flat 3, London NW1 6XE",
         "3 Harbour View Terrace, Manchester M1 2AB", "14 Fitzwilliam Sq, Dublin D02 X285",
         "Hauptstr. 14, 10115 Berlin", "Kastanienallee 3a, 80331 München", "Schillerplatz 9, 1010 Wien",
         "Bahnhofstrasse 21, 8001 Zürich", "7 Rue des Lilas, 75011 Paris", "5 Chemin du Moulin, 69003 Lyon",
         "Calle Mayor 22, 2ºB, 28013 Madrid", "Via Roma 15, 20121 Milano", "Keizersgracht 101, 1016 DM Amsterdam",
         "Coolsingel 40, 3011 AB Rotterdam", "ul. Marszałkowska 84/12, 00-695 Warszawa",
         "Rua Augusta 130, 3º Esq, 1100-048 Lisboa", "Bağdat Cad. No:45 D:7, 34728 Kadıköy/İstanbul",
         "Av. Paulista 1578, ap. 52, São Paulo - SP, 01310-200", "2-11-3 Meguro, Meguro-ku, Tokyo 153-0063"]
BANKS = ["Chase", "Bank of America", "Wells Fargo", "Barclays", "HSBC", "Deutsche Bank",
         "Sparkasse", "ING", "Rabobank", "BNP Paribas", "Santander", "UniCredit", "N26",
         "Revolut", "Monzo", "PKO BP", "Millennium bcp", "Garanti BBVA", "Credit Agricole"]
PRODUCTS = ["blender", "winter jacket", "running shoes", "phone case", "office chair",
            "headphones", "coffee machine", "desk lamp", "backpack", "air fryer",
            "monitor", "kids' bike", "suitcase", "printer", "yoga mat", "vacuum cleaner"]


def d(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def up(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


IBAN_FMT = {"DE": lambda: d(18), "FR": lambda: d(10) + up(1) + d(10) + d(2),
            "NL": lambda: up(4) + d(10), "ES": lambda: d(20), "IT": lambda: up(1) + d(10) + d(12),
            "GB": lambda: up(4) + d(14), "PL": lambda: d(24), "PT": lambda: d(21),
            "TR": lambda: d(5) + "0" + d(16), "BE": lambda: d(12), "AT": lambda: d(16)}


def iban(cc=None, spaced=None):
    cc = cc or rng.choice(list(IBAN_FMT))
    bban = IBAN_FMT[cc]()
    s = cc + iban_check(cc, bban) + bban
    if spaced is None:
        spaced = rng.random() < 0.6
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def email(personal=True):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    if personal:
        local = rng.choice([f + "." + l, f + l, f[0] + l, f + "_" + l + d(2), f + d(4), l + "." + f])
        return local + "@" + rng.choice(MAILDOM)
    return rng.choice([rng.choice(ROLES), f + "." + l, f]) + "@" + rng.choice(COMPANY)


def phone():
    return rng.choice([
        "+49 151 " + d(4) + " " + d(4), "+44 7" + d(3) + " " + d(6), "(" + d(3) + ") " + d(3) + "-" + d(4),
        "+1 " + d(3) + "-" + d(3) + "-" + d(4), "+33 6 " + " ".join(d(2) for _ in range(4)),
        "06" + d(8), "+34 6" + d(2) + " " + d(3) + " " + d(3), "+39 3" + d(2) + " " + d(7),
        "+31 6 " + d(8), "+48 5" + d(2) + " " + d(3) + " " + d(3), "+90 5" + d(2) + " " + d(3) + " " + d(2) + " " + d(2),
        "0" + d(3) + " " + d(7), "+81 90-" + d(4) + "-" + d(4), d(3) + "." + d(3) + "." + d(4)])


def address():
    return rng.choice(ADDRS)


def order():
    return rng.choice(["#" + d(7), "ORD-" + d(6), "#A" + d(8), d(3) + "-" + d(7) + "-" + d(7),
                       "SO" + d(6), "W" + d(9), "#" + d(5)])


def ticket():
    return rng.choice(["#" + d(6), "TCK-" + d(5), "INC" + d(7), "CS-" + d(6), "case " + d(8)])


def tracking():
    return rng.choice(["1Z" + up(3) + d(3) + "0" + d(9)[:8] + d(2)[:1], "94" + d(20), d(10),
                       "JJD" + d(17), up(2) + d(9) + rng.choice(["DE", "GB", "FR", "NL", "PL"]),
                       d(12), "TBA" + d(12)])


def card():
    return d(4)


def booking_ref():
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def amount(cur=None):
    cur = cur or rng.choice(["$", "€", "£", "EUR ", "USD ", "€"])
    v = rng.choice([d(2), d(3), d(2) + "." + d(2), d(3) + "." + d(2), "1," + d(3) + ".00", d(1) + d(2) + ",00"])
    v = v.lstrip("0") or "9"
    if v[0] in ".,":
        v = "1" + v
    return cur + v if cur in ("$", "€", "£") else cur + v


def eur():
    return amount(rng.choice(["€", "EUR ", "€ "]))


FILL = {
    "IBAN": lambda: iban(), "IBAN_DE": lambda: iban("DE"), "IBAN_FR": lambda: iban("FR"),
    "IBAN_ES": lambda: iban("ES"), "IBAN_IT": lambda: iban("IT"), "IBAN_NL": lambda: iban("NL"),
    "IBAN_PL": lambda: iban("PL"), "IBAN_PT": lambda: iban("PT"), "IBAN_TR": lambda: iban("TR"),
    "IBAN_GB": lambda: iban("GB"), "IBAN_AT": lambda: iban("AT"), "IBAN_BE": lambda: iban("BE"),
    "BIC": lambda: up(4) + rng.choice(["DE", "FR", "NL", "ES", "IT", "GB"]) + up(2) + rng.choice(["", "XXX", d(3)]),
    "ACCT": lambda: d(rng.choice([8, 9, 10, 12])), "ROUTING": lambda: rng.choice(["0", "1", "2"]) + d(8),
    "SORT": lambda: d(2) + "-" + d(2) + "-" + d(2), "UKACCT": lambda: d(8),
    "CARD": card, "EMAIL": lambda: email(True), "WORKMAIL": lambda: email(False),
    "PHONE": phone, "ADDR": address, "ORDER": order, "TICKET": ticket, "TRACK": tracking,
    "CUST": lambda: rng.choice(["C-" + d(6), "CUST" + d(7), d(9), "KD-" + d(5), "ID " + d(8)]),
    "BOOK": booking_ref, "AMT": lambda: amount(), "EUR": eur, "USD": lambda: amount("$"),
    "GBP": lambda: amount("£"), "NAME": lambda: rng.choice(FIRST).capitalize() + " " + rng.choice(LAST).capitalize(),
    "FIRST": lambda: rng.choice(FIRST).capitalize(), "BANK": lambda: rng.choice(BANKS),
    "PRODUCT": lambda: rng.choice(PRODUCTS), "HANDLE": lambda: "@" + rng.choice(FIRST) + rng.choice(["-", "_", ""]) + rng.choice(LAST) + rng.choice(["", d(2)]),
    "PAYPAL": lambda: rng.choice(["paypal.me/", "PayPal "]) + rng.choice(FIRST) + rng.choice(LAST),
    "INV": lambda: rng.choice(["INV-", "RE-", "F", "2026-"]) + d(rng.choice([4, 5, 6])),
    "DATE": lambda: rng.choice(["12/03", "3 Dec", "Nov 28", "28.11.2026", "2026-12-10", "Jan 5th", "15/01/2027"]),
    "DAYS": lambda: rng.choice(["5", "7", "10", "14", "30"]), "POLICY": lambda: "POL-" + d(7),
    "FLIGHT": lambda: rng.choice(["LH", "BA", "AF", "KL", "IB", "TK", "UA", "FR", "U2"]) + d(rng.choice([3, 4])),
    "SSNLAST": lambda: d(4), "ZIP": lambda: d(5), "LINE": lambda: "0" + d(9),
    "VAT": lambda: rng.choice(["DE", "FR", "NL", "IT", "ES"]) + d(9), "EMP": lambda: "E" + d(5),
    "MEMBER": lambda: up(3) + d(9), "CLAIM": lambda: "CLM-" + d(8), "PO": lambda: "PO-" + d(5),
    "WS": lambda: rng.choice(["acme", "growth-team", "design", "ops", "sales-emea", "marketing"]),
    "SUBSCR": lambda: "sub_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)),
}
PH = re.compile(r"\{([A-Z_]+)\}")


def fill(t):
    return PH.sub(lambda m: FILL[m.group(1)](), t)


# ----------------------------------------------------- user messages (English)
EN_USER = [
    "Hi, I returned the {PRODUCT} last week (order {ORDER}). Can you send the refund to my bank account instead of the card? IBAN {IBAN}",
    "please refund order {ORDER} to the card ending in {CARD}, thanks",
    "Can you cancel order {ORDER} and refund it to my Visa ending {CARD}? I ordered the wrong size.",
    "I need the invoice for {ORDER}. Could you email it to {EMAIL}?",
    "Please forward the receipt to my accountant at {WORKMAIL}, she needs it for my tax return.",
    "Hello, can you ship it to this address instead: {ADDR}. I moved last week.",
    "Change the delivery address for order {ORDER} to {ADDR} please",
    "Call me back at {PHONE} when you get a chance, I'm free after 3pm.",
    "you can reach me at {PHONE} or {EMAIL}",
    "I'd like to update my payout account. New account number {ACCT}, routing {ROUTING}, {BANK}.",
    "Hi! Please add my colleague {WORKMAIL} to the {WS} workspace as an editor.",
    "I can't log in. Can you reset the password for the account tied to {EMAIL}?",
    "Where should I send the signed documents? Is it hr@ or should I email them to {WORKMAIL}?",
    "I need to send my signed contract and ID copy to HR. Is {WORKMAIL} the right address?",
    "Wire the deposit back to {IBAN}, account holder {NAME}. The booking {BOOK} was cancelled by you, not me.",
    "Can I split the payment between my card ending {CARD} and a gift card?",
    "Can you split the {AMT} payment into two charges? Half on card {CARD}, half on PayPal.",
    "my package hasn't arrived, tracking number {TRACK}. it's been 9 days",
    "Tracking {TRACK} says delivered but nothing is at my door. Order {ORDER}.",
    "Transfer the security deposit to this IBAN please: {IBAN} ({BANK})",
    "Hi there, I was charged twice for {ORDER} ({AMT} each). Please refund one of them to the card ending {CARD}.",
    "My customer ID is {CUST}. I want to change the email on the account to {EMAIL}.",
    "Please send the quote to {WORKMAIL} and cc me at {EMAIL}.",
    "Could you send a copy of my last three statements to {EMAIL}? Account ending {CARD}.",
    "hey can u send the tickets to my wife's email instead, {EMAIL}. booking ref {BOOK}",
    "I paid {AMT} by bank transfer yesterday to the IBAN on your invoice {INV}. Can you confirm you received it?",
    "Refund hasn't shown up yet. It was {AMT} for order {ORDER}, supposed to go to card ending {CARD}. It's been 12 days.",
    "Please transfer my remaining balance to my checking account, acct {ACCT}, routing {ROUTING}.",
    "I'm closing my account. Send the remaining {AMT} to {IBAN} please.",
    "Can you forward my ticket {TICKET} to the billing team? They said they'd sort out the charge.",
    "Send the replacement {PRODUCT} to my office address: {ADDR}",
    "Is it possible to send the gift directly to my mom? Her address is {ADDR}, phone {PHONE}.",
    "Can you email the boarding passes for {BOOK} to {EMAIL}? The app keeps crashing.",
    "Please move my flight {FLIGHT} on {DATE} to the next day and charge the difference to card ending {CARD}.",
    "I need a refund for flight {FLIGHT}, booking {BOOK}. The airline cancelled it. Refund to original payment please.",
    "Please update my direct deposit. New bank: {BANK}, routing {ROUTING}, account {ACCT}. Employee ID {EMP}.",
    "hi, my salary should go to my new account from next month: {IBAN}. Employee no. {EMP}",
    "Could you send my payslips for Oct and Nov to {EMAIL}? I need them for a mortgage application.",
    "Please forward my sick note to my manager {WORKMAIL}. I uploaded it yesterday.",
    "Can you send my lab results to my GP at {WORKMAIL}? Patient number {MEMBER}.",
    "I need to reschedule my appointment on {DATE}. Please call me at {PHONE}.",
    "Please send the insurance claim form to {EMAIL}. Policy number {POLICY}.",
    "My claim {CLAIM} was approved. Where do I send my bank details for the payout? IBAN is {IBAN}.",
    "Can you port my number {PHONE} to the new SIM? Customer number {CUST}.",
    "My phone bill for {DATE} is way too high, {AMT}. Account {CUST}. Please call me back on {PHONE}.",
    "Please send the PUK code for my line {LINE} to my email {EMAIL}.",
    "Switch my direct debit to this account: {IBAN}, holder {NAME}.",
    "Please change the SEPA mandate to IBAN {IBAN}. Customer no {CUST}.",
    "Forward the welcome email to {WORKMAIL}, he's the new admin for our account.",
    "Can you transfer ownership of the workspace {WS} to {WORKMAIL}? I'm leaving the company.",
    "Please remove {WORKMAIL} from our team and add {WORKMAIL} instead.",
    "Our invoices should go to {WORKMAIL} from now on, not to me. VAT ID {VAT}.",
    "Hi, please add our VAT number {VAT} to invoice {INV} and resend it to {WORKMAIL}.",
    "Please reissue invoice {INV} with our new company address: {ADDR}",
    "Could you send me a payment link for invoice {INV}? Or give me your IBAN so I can transfer.",
    "What's your IBAN? I'd rather pay invoice {INV} by bank transfer.",
    "I sent {AMT} to your PayPal for order {ORDER} but the status still says unpaid.",
    "Can you refund me via PayPal instead? My PayPal email is {EMAIL}.",
    "Please send the money to my venmo {HANDLE}, the card you charged is closed now.",
    "I sold the item, please pay out to {PAYPAL}",
    "My payout failed. Please retry it to account {ACCT}, routing {ROUTING}. I double checked the numbers.",
    "Sort code {SORT}, account {UKACCT}, name {NAME}. That's where the refund should go.",
    "can you send the refund to sort code {SORT} acc no {UKACCT}? card was cancelled",
    "Please resend the verification code to {PHONE}, I never got it.",
    "I didn't get the confirmation email. Can you resend it to {EMAIL}? Maybe check the spelling.",
    "I typed my email wrong at checkout. It should be {EMAIL} not the one on order {ORDER}.",
    "Ship to {ADDR} and bill to my company, invoice to {WORKMAIL}",
    "Hold the package at the depot please, I'll pick it up. Tracking {TRACK}.",
    "Could you redirect parcel {TRACK} to my neighbour at {ADDR}? I'm away until {DATE}.",
    "The courier left a note. Can I change delivery to {DATE}? Tracking: {TRACK}",
    "This is the third time I'm writing. Order {ORDER}, {AMT}, refund to card ending {CARD}. Nobody answers. Please just transfer the money.",
    "Honestly so frustrated. I returned everything on {DATE} and still no refund. Order {ORDER}. Just send it to {IBAN} if the card doesn't work.",
    "ok so I got the wrong colour. do I send it back to the address on the label or to {ADDR}?",
    "Please cancel my subscription {SUBSCR} and refund the last charge of {AMT} to card {CARD}.",
    "I was billed after cancelling. Subscription ID {SUBSCR}. Refund please to the card on file ending {CARD}.",
    "Please change the card on file to the one ending in {CARD}. The old one expired.",
    "Can you send a statement of account to our finance team at {WORKMAIL}? Customer {CUST}.",
    "I'm the landlord for {ADDR}. Please transfer the tenant's deposit to {IBAN}.",
    "Please pay the deposit back to the tenant, {NAME}, IBAN {IBAN}. The flat was left in perfect condition.",
    "For the rental {BOOK}: please refund the cleaning fee to my card ending {CARD}, the place was not cleaned.",
    "Hotel booking {BOOK}. Can you email the invoice with my company name to {WORKMAIL}?",
    "Please send a copy of the hotel folio for {BOOK} to {EMAIL} and {WORKMAIL}.",
    "We'd like to pay the group booking {BOOK} by wire. Please send me your bank details at {WORKMAIL}.",
    "I want to send money to my sister in Lisbon, her IBAN is {IBAN_PT}. Is the fee still {EUR}?",
    "how long does a transfer to {IBAN} take? sent it friday",
    "I made a transfer to the wrong IBAN, it should have gone to {IBAN}. Can it be recalled?",
    "Please recall my transfer of {AMT} from {DATE}, I mistyped the account. Correct one is {IBAN}.",
    "Set up a standing order of {EUR} monthly to {IBAN}, reference 'rent {ADDR}'.",
    "Can I add {NAME} as a payee? IBAN {IBAN}, BIC {BIC}.",
    "Please increase my daily transfer limit, I need to send {AMT} to a notary, IBAN {IBAN}.",
    "The app blocked my transfer to {IBAN}. It's for my landlord, it's legit. Can you unblock it?",
    "Lost my card ending {CARD}. Please block it and send the new one to {ADDR}.",
    "My card {CARD} was declined at the store. Can you check? I'm at {PHONE}.",
    "I don't recognise a charge of {AMT} on my card ending {CARD}. Please dispute it and call me.",
    "Customer {CUST} here. Please update phone number to {PHONE} and email to {EMAIL}.",
    "New address for my account: {ADDR}. Please also send the renewal letter there.",
    "Please mail the physical invoice to {ADDR}, attn {NAME}.",
    "Could you fax or email the prescription to the pharmacy at {WORKMAIL}?",
    "Please send the medical records request form to {EMAIL}. DOB 04/12/1987, patient ID {MEMBER}.",
    "The bill for my visit on {DATE} was sent to the wrong insurer. Member ID {MEMBER}. Please resubmit.",
    "Can the refund for the overpayment ({AMT}) go to my checking account? routing {ROUTING}, acct {ACCT}",
    "order {ORDER} - pls send to {ADDR} not my old address!!!",
    "Gift order: please ship to {NAME}, {ADDR}, and send the receipt to me at {EMAIL} (no prices on the packing slip).",
    "Can you forward this conversation to {EMAIL} so I have a record?",
    "Could you email me a transcript of this chat? {EMAIL}",
    "Send the tracking link to {PHONE} by SMS please",
    "Please invite {WORKMAIL}, {WORKMAIL} and {WORKMAIL} to our project, viewer access is fine.",
    "Our finance guy {NAME} ({WORKMAIL}) needs billing admin rights. Can you add him?",
    "I need the password reset email sent to my work address {WORKMAIL}, not my personal one.",
    "I got locked out after changing phones. My account email is {EMAIL} and the old number was {PHONE}.",
    "Please send the W-9 / tax form to {WORKMAIL}.",
    "Can you send me the bank details for the down payment? Reservation {BOOK}.",
    "I transferred the down payment of {EUR} to your IBAN today, reference {BOOK}. Screenshot attached.",
    "My employer needs proof of booking. Please email it to {WORKMAIL}, booking {BOOK}.",
    "please transfer my points to my husband's account, member no {MEMBER}",
    "Can I transfer my ticket to a friend? Their email is {EMAIL}. Order {ORDER}.",
    "Please change the name on booking {BOOK} to {NAME}, and send the updated ticket to {EMAIL}.",
    "We're moving office. From {DATE} ship everything to {ADDR}. PO {PO}.",
    "PO {PO}: please deliver to our warehouse at {ADDR} and send the delivery note to {WORKMAIL}.",
    "Invoice {INV} was paid on {DATE} by transfer from {IBAN}. Please mark it paid and stop the reminders.",
    "We got a payment reminder for {INV} but we paid {AMT} already. Our bank: {BANK}.",
    "hi I need to return the {PRODUCT}, where do I send it? I'm in {ADDR}",
    "Please arrange a pickup for the return at {ADDR}, any day except Monday. Phone {PHONE}.",
    "Can you send me a prepaid return label to {EMAIL}? Order {ORDER}.",
    "The return label you sent is for the wrong country. I'm at {ADDR}.",
    "Hi, ticket {TICKET}. Still waiting for the callback, number is {PHONE}.",
    "Re ticket {TICKET}: I sent the photos of the damaged {PRODUCT} to your support email yesterday.",
    "refund to {IBAN} pls. acct name {NAME}",
    "Send it to {EMAIL}",
    "transfer {AMT} to {IBAN}",
    "Please email me at {EMAIL}",
    "Call me: {PHONE}",
    "Deliver to {ADDR}",
    "Refund to card ending {CARD} please.",
    "New IBAN: {IBAN}",
    "Could you please send the certificate of insurance to our client at {WORKMAIL}? Policy {POLICY}.",
    "My mortgage payment should now come from account {ACCT} at {BANK}, routing {ROUTING}.",
    "Can you send the payoff letter to my lawyer, {NAME}, {WORKMAIL}?",
    "Please forward the contract draft to legal@{COMPANYX} and cc me.",
    "I need my employment verification letter sent to my new landlord at {EMAIL}.",
    "Please pay my expense claim to {IBAN}, the amount is {EUR}, employee {EMP}.",
    "Hi HR, my bank changed. New IBAN {IBAN}, BIC {BIC}. Please use it for December payroll.",
    "Can you send my final paycheck to {ADDR}? I'm no longer at the office.",
    "Please send my P60 to {EMAIL}, I've left the company.",
    "My reimbursement for travel ({EUR}) hasn't arrived. Sent to {IBAN}? Employee {EMP}.",
    "Is the refund going back to PayPal or to my card ending {CARD}? Either is fine honestly.",
    "I'd like to cancel my internet contract. Customer number {CUST}. Please send the confirmation to {EMAIL} and refund the remaining credit to {IBAN}.",
    "Our router was never returned because nobody picked it up. Address {ADDR}, customer {CUST}. Please send a courier.",
    "I paid the wrong invoice amount ({AMT} instead of {AMT}). Please refund the difference to {IBAN}.",
    "We need to change the billing contact to {NAME}, {WORKMAIL}, {PHONE}.",
    "Please send the renewal quote for {SUBSCR} to procurement, {WORKMAIL}.",
    "Add the following to our invoice: PO {PO}, cost centre 4410. Send to {WORKMAIL}.",
    "hey! got charged {AMT} for a plan I downgraded. sub {SUBSCR}. refund to card ending {CARD} plz",
    "I'm travelling on {DATE}, flight {FLIGHT}. My bag didn't arrive. Please deliver it to {ADDR}, phone {PHONE}.",
    "Delayed bag file reference {BOOK}. Courier can deliver to my hotel: {ADDR}.",
    "Could you kindly transfer the compensation for the delayed flight {FLIGHT} to {IBAN}? Booking {BOOK}.",
    "Good morning, I'm writing on behalf of my father {NAME}. Could you send his statements to me at {EMAIL}? I have power of attorney, I can send it.",
    "Please change the notification number to my daughter's phone, {PHONE}, she handles my bills now.",
    "My order {ORDER} arrived broken. Either send a new {PRODUCT} to {ADDR} or refund {AMT} to my card ending {CARD}, whatever is faster.",
    "The seller asked me to pay outside the platform to {IBAN}. Is that ok or should I pay through you?",
    "Please send the deposit receipt to both tenants: {EMAIL} and {EMAIL}.",
    "Can we pay the invoice in two instalments? {AMT} now and the rest on {DATE}.",
    "I'd like to split the bill with my friend, can you charge {AMT} to card {CARD} and send her a payment link at {EMAIL}?",
]
EN_USER = [t.replace("{COMPANYX}", rng.choice(COMPANY)) for t in EN_USER]

# ------------------------------------------------------- user messages (other)
XX_USER = [
    # German
    "Hallo, bitte überweisen Sie die Rückerstattung für Bestellung {ORDER} auf mein Konto: {IBAN_DE}",
    "Guten Tag, ich habe die Ware am {DATE} zurückgeschickt. Wann kommt das Geld? IBAN {IBAN_DE}, Kontoinhaber {NAME}.",
    "Können Sie mir die Rechnung {INV} bitte an {EMAIL} schicken?",
    "Bitte die Kaution auf folgendes Konto zurücküberweisen: {IBAN_DE}, BIC {BIC}. Danke!",
    "Ich bin umgezogen, neue Lieferadresse: {ADDR}. Bestellnummer {ORDER}.",
    "Bitte rufen Sie mich unter {PHONE} zurück, Kundennummer {CUST}.",
    "leite die rechnung bitte an meinen steuerberater weiter: {WORKMAIL}",
    "Meine neue Bankverbindung für das Gehalt ab Januar: {IBAN_DE}. Personalnummer {EMP}.",
    "Können Sie das Lastschriftmandat auf {IBAN_AT} ändern? Vertragsnummer {CUST}.",
    "Sendungsnummer {TRACK} – Paket seit einer Woche nicht bewegt. Was ist da los?",
    # French
    "Bonjour, pouvez-vous rembourser la commande {ORDER} sur ma carte se terminant par {CARD} ? Merci.",
    "Merci de virer le remboursement sur mon compte : {IBAN_FR}",
    "Pouvez-vous envoyer la facture {INV} à mon comptable à l'adresse {WORKMAIL} ?",
    "Je souhaite modifier l'adresse de livraison : {ADDR}. Commande {ORDER}.",
    "Rappelez-moi au {PHONE} s'il vous plaît, c'est urgent, mon colis {TRACK} est bloqué.",
    "bonjour, je n'ai toujours pas reçu mon remboursement de {EUR}. commande {ORDER}. c'est la troisième fois que j'écris...",
    "Voici mon nouveau RIB pour le prélèvement : {IBAN_FR}, titulaire {NAME}.",
    # Spanish
    "Hola, ¿pueden devolver el dinero del pedido {ORDER} a mi cuenta {IBAN_ES}?",
    "Por favor, envíen la factura a {EMAIL}. Gracias.",
    "Necesito cambiar la dirección de envío a {ADDR}, pedido {ORDER}.",
    "Llámenme al {PHONE}, por favor. Número de cliente {CUST}.",
    "Quiero cancelar la reserva {BOOK} y que me devuelvan la fianza a {IBAN_ES}.",
    "hola, el paquete {TRACK} sale entregado pero no me ha llegado nada",
    # Italian
    "Buongiorno, potete rimborsare l'ordine {ORDER} sulla carta che termina con {CARD}?",
    "Vi prego di bonificare il deposito cauzionale sul mio IBAN {IBAN_IT}.",
    "Potete inoltrare la fattura {INV} al mio commercialista, {WORKMAIL}?",
    "Nuovo indirizzo di consegna: {ADDR}. Grazie mille!",
    "mi potete richiamare al {PHONE}? pratica {TICKET}",
    # Dutch
    "Hoi, kunnen jullie het geld van bestelling {ORDER} terugstorten op {IBAN_NL}?",
    "Graag de factuur naar {WORKMAIL} sturen, t.a.v. de administratie.",
    "Mijn nieuwe adres is {ADDR}. Kunnen jullie het pakket daarheen sturen?",
    "Bel me even terug op {PHONE}, klantnummer {CUST}.",
    "Kunt u de borg overmaken naar {IBAN_NL} ten name van {NAME}?",
    # Portuguese
    "Olá, podem devolver o valor da encomenda {ORDER} para o meu IBAN {IBAN_PT}?",
    "Por favor enviem a fatura para {EMAIL}, com o meu NIF.",
    "Mudei de morada: {ADDR}. Encomenda {ORDER}.",
    "Oi, pode me ligar no {PHONE}? Quero cancelar o pedido {ORDER} e receber o estorno no cartão final {CARD}.",
    # Polish
    "Dzień dobry, proszę o zwrot pieniędzy za zamówienie {ORDER} na konto {IBAN_PL}.",
    "Proszę przesłać fakturę {INV} na adres {WORKMAIL}.",
    "Zmiana adresu dostawy: {ADDR}. Numer przesyłki {TRACK}.",
    "proszę o kontakt pod numerem {PHONE}",
    # Turkish
    "Merhaba, {ORDER} numaralı siparişin iadesini {IBAN_TR} hesabıma yapabilir misiniz?",
    "Faturayı {EMAIL} adresine gönderir misiniz?",
    "Kargo takip numaram {TRACK}, hâlâ gelmedi. Beni {PHONE} numarasından arayabilir misiniz?",
    "Teslimat adresini {ADDR} olarak değiştirmek istiyorum.",
    # Japanese
    "注文番号{ORDER}の返金を、末尾{CARD}のカードにお願いします。",
    "領収書を{EMAIL}に送っていただけますか。",
    "配送先を{ADDR}に変更したいです。",
    "お手数ですが、{PHONE}に折り返しお電話ください。",
    "追跡番号{TRACK}の荷物がまだ届いていません。確認をお願いします。",
    # Chinese
    "你好，订单{ORDER}的退款请退到尾号{CARD}的卡上，谢谢。",
    "请把发票发送到{EMAIL}。",
    "我搬家了，新的收货地址是：{ADDR}。",
    "请回电{PHONE}，客户编号{CUST}。",
    "快递单号{TRACK}显示已签收，但我没有收到。",
    # Arabic
    "مرحبا، أرجو إرجاع المبلغ الخاص بالطلب {ORDER} إلى حسابي {IBAN}.",
    "يرجى إرسال الفاتورة إلى {EMAIL}.",
    "أرجو الاتصال بي على الرقم {PHONE}، رقم العميل {CUST}.",
    "أريد تغيير عنوان التوصيل إلى {ADDR}.",
    # Hindi
    "नमस्ते, ऑर्डर {ORDER} का रिफंड मेरे कार्ड (अंतिम अंक {CARD}) में भेज दीजिए।",
    "कृपया इनवॉइस {EMAIL} पर भेज दें।",
    "मुझे {PHONE} पर कॉल बैक करें, टिकट {TICKET}।",
    # Korean / Swedish / Russian
    "주문번호 {ORDER} 환불은 끝자리 {CARD} 카드로 부탁드립니다.",
    "Hej, kan ni skicka fakturan till {WORKMAIL}? Ordernummer {ORDER}.",
    "Здравствуйте, верните, пожалуйста, деньги за заказ {ORDER} на карту, оканчивающуюся на {CARD}.",
    "Пожалуйста, отправьте счёт на {EMAIL}.",
]

# ------------------------------------------------- retrieved context documents
CTX = [
    "Order confirmation {ORDER}\nThank you for your purchase, {FIRST}! Total: {AMT}, charged to card ending {CARD}.\nShipping to: {ADDR}\nQuestions? Reply to this email or write to support@{COMPANYX}.",
    "Shipping notification: your parcel is on its way. Carrier tracking number {TRACK}. Estimated delivery {DATE}. If you will not be home, you can redirect the parcel to a neighbour or pick-up point in the carrier app.",
    "Refund policy (excerpt): Refunds are issued to the original payment method within {DAYS} business days of receiving the return. If the original card has been cancelled, please send your IBAN and account holder name to refunds@{COMPANYX} and we will transfer the amount instead.",
    "Invoice {INV}\nBilled to: {NAME}, {ADDR}\nAmount due: {EUR}\nPlease transfer the amount within 14 days to IBAN {IBAN_DE}, BIC {BIC}, quoting the invoice number as reference.",
    "Rechnung {INV} — Bitte überweisen Sie den Betrag von {EUR} innerhalb von 14 Tagen auf das Konto {IBAN_DE} unter Angabe der Rechnungsnummer.",
    "Facture {INV} — Montant TTC : {EUR}. Merci d'effectuer le virement sous 30 jours sur le compte {IBAN_FR} en indiquant la référence de la facture.",
    "Ticket {TICKET} — customer email quoted:\n> Hi, I returned the {PRODUCT} on {DATE}. Please send the refund to my account {IBAN}, my card expired. Thanks, {NAME}",
    "CRM note ({DATE}): Customer {CUST} called from {PHONE}. Wants invoices forwarded to their accountant {WORKMAIL}. Updated billing contact. Follow-up: confirm by email.",
    "CRM note: caller verified (DOB + last 4 of card {CARD}). Requested refund of {AMT} for order {ORDER}. Refund issued to original card. Customer asked us to email confirmation to {EMAIL}.",
    "Help article: How do I change my payout account?\n1. Go to Settings > Payouts.\n2. Enter the new account number and routing number.\n3. We will send a verification code to the phone number on file.\nPayouts to the new account start after 3 business days.",
    "Help article: Adding team members. Workspace admins can invite colleagues by email under Settings > Members. Invitations expire after 7 days; you can resend them at any time.",
    "Help article: Forgot your password? Click 'Reset password' on the sign-in page and we'll send a link to the email address tied to your account. The link is valid for 30 minutes.",
    "Booking confirmation {BOOK}\nGuest: {NAME}\nCheck-in {DATE}\nA deposit of {EUR} is due within 7 days. Please transfer it to {IBAN}, reference {BOOK}. The deposit is returned to the same account within 14 days after check-out.",
    "Rental agreement clause 6: The security deposit will be refunded to the tenant's bank account within 30 days after the end of the tenancy. The tenant shall notify the landlord of the account details in writing.",
    "Email from customer (forwarded by agent {FIRST}):\n\"Dear team, please ship order {ORDER} to my new address {ADDR} instead. Also please send the invoice to {WORKMAIL}. Best regards, {NAME}\"",
    "Return instructions: Pack the item in its original packaging, print the prepaid label we emailed you and drop it at any post office. Send a photo of the receipt to returns@{COMPANYX} so we can speed up your refund.",
    "Payroll FAQ: To change the account your salary is paid into, send your new IBAN to payroll@{COMPANYX} before the 15th of the month. Changes received after that date apply from the following month.",
    "HR onboarding checklist: Please send a copy of your ID, your signed contract and your bank details (IBAN) to hr@{COMPANYX} before your first day. Your manager will add you to the team workspace.",
    "Patient portal notice: To request your records be sent to another provider, fill in form R-12 and email it to records@{COMPANYX}, or fax it to {PHONE}. Processing takes up to 10 working days.",
    "Explanation of benefits — Claim {CLAIM}, member ID {MEMBER}. Amount approved: {USD}. Payment will be deposited to the account on file ending in {CARD}.",
    "Telecom bill — Customer number {CUST}, line {LINE}. Amount {EUR} will be collected by SEPA direct debit from {IBAN} on {DATE}. To change your bank details call {PHONE}.",
    "Chat transcript excerpt:\nCustomer: can you send the refund to my paypal instead? it's {EMAIL}\nAgent: Sure, I've requested a PayPal refund of {AMT}. You'll get an email confirmation.",
    "Chat transcript excerpt:\nAgent: Could you confirm the delivery address?\nCustomer: {ADDR}\nAgent: Thanks, I've updated order {ORDER}. You'll get a new tracking number by email.",
    "Payment reminder: Our records show invoice {INV} ({AMT}) is still open. If you have already paid, please ignore this message. Otherwise please transfer the amount to {IBAN} or pay online using the link in your account.",
    "Wire instructions for reservation {BOOK}: Beneficiary {NAME}, Bank {BANK}, IBAN {IBAN}, BIC {BIC}. Please include the reservation code in the payment reference and email the transfer confirmation to reservations@{COMPANYX}.",
    "Vendor onboarding: Suppliers must email a signed W-9 and ACH details (routing and account number) to ap@{COMPANYX}. Payments are made net 30 by ACH.",
    "Internal KB — Changing delivery address after dispatch: Agents can request a redirect with the carrier if the parcel has not reached the final depot. Forward the request to logistics@{COMPANYX} with the tracking number.",
    "Internal KB — Split payments: Customers may split an order across up to two cards. Process the first card in checkout and send a payment link for the remainder to the customer's email.",
    "Ticket {TICKET} — agent note: customer says refund to card ending {CARD} bounced (card closed). Asked for IBAN. Customer replied with {IBAN}. Sent to finance for manual transfer.",
    "Ticket {TICKET} — quoted message:\n> Please call me back at {PHONE}, I tried the hotline twice. My order is {ORDER}. Thank you!",
    "Ticket {TICKET} — quoted message:\n> Hallo, bitte schicken Sie die Gutschrift an {EMAIL}. Mit freundlichen Grüßen, {NAME}",
    "Delivery failed notice: We tried to deliver your parcel {TRACK} on {DATE}. You can collect it at {ADDR} or reschedule delivery online. Please bring photo ID.",
    "Account statement summary for customer {CUST}: balance {AMT}. To receive a copy of your statement by email, reply with the address you'd like us to use.",
    "Policy document {POLICY}: Claims payments are made by bank transfer to the policyholder's nominated account. To change the nominated account, send a signed request to claims@{COMPANYX}.",
    "Order {ORDER} — packing slip\nShip to: {NAME}, {ADDR}\nPhone: {PHONE}\nItems: 1 x {PRODUCT}\nGift message: Happy birthday!",
    "Travel itinerary {BOOK}: Flight {FLIGHT} on {DATE}. E-tickets have been sent to {EMAIL}. To forward the itinerary to a travel companion, use 'Share trip' in the app.",
    "Compensation notice: Your flight {FLIGHT} was delayed by more than 3 hours. Compensation of {EUR} will be transferred to the bank account you provide in the claim form within 14 days.",
    "SaaS billing email: Your subscription {SUBSCR} renews on {DATE} for {USD}. The card ending {CARD} will be charged. To send invoices to your finance team, add their email under Billing > Invoice recipients.",
    "Onboarding email: {NAME} has invited you to join the {WS} workspace. Accept the invitation within 7 days. If you don't know {NAME}, you can ignore this email.",
    "Customer email quoted in ticket {TICKET}:\n> Hi, our finance department moved. Please send all future invoices to {WORKMAIL} and update our address to {ADDR}. PO for next order is {PO}.",
    "Bank FAQ: How long does a SEPA transfer take? Transfers to an IBAN in the euro area usually arrive the next business day. Instant transfers arrive within 10 seconds for a fee of {EUR}.",
    "Bank FAQ: To add a new payee you need their name and IBAN. For transfers above {EUR} you will be asked to confirm in the app.",
    "Notice from landlord (pasted by user): Rent of {EUR} is due on the 1st of each month. Please transfer to {IBAN}, reference: flat number and your name.",
    "Pedido {ORDER} confirmado. Enviaremos su paquete a {ADDR}. Si necesita la factura, escríbanos a facturas@{COMPANYX}.",
    "Conferma d'ordine {ORDER}: totale {EUR}. In caso di reso, il rimborso verrà accreditato sulla carta che termina con {CARD} entro {DAYS} giorni.",
    "Bevestiging: uw retour voor bestelling {ORDER} is ontvangen. Het bedrag wordt binnen 5 werkdagen teruggestort op {IBAN_NL}.",
    "Potwierdzenie zamówienia {ORDER}. Faktura zostanie wysłana na adres {EMAIL}. W razie pytań prosimy o kontakt: {PHONE}.",
    "ご注文{ORDER}の発送が完了しました。お問い合わせ番号：{TRACK}。領収書はマイページからダウンロードできます。",
    "订单{ORDER}已发货，快递单号{TRACK}。如需发票，请发送邮件至{WORKMAIL}。",
    "Sipariş {ORDER} kargoya verildi. Takip numarası: {TRACK}. İade durumunda ücret {IBAN_TR} hesabına değil, ödeme yaptığınız karta iade edilir.",
    "Meeting notes (support sync, {DATE}): {FIRST} to forward the escalated refund cases to finance@{COMPANYX}. Customers with closed cards should be asked for an IBAN. Next sync Thursday.",
    "Support macro — 'Refund to bank account': Hi {FIRST}, sorry for the trouble! Since your card is no longer active, could you please reply with your IBAN and the account holder's name? We'll transfer {AMT} within 5 business days.",
    "Support macro — 'Address change': Thanks for letting us know! I've updated the shipping address on order {ORDER} to {ADDR}. You'll receive a confirmation email shortly.",
    "Support macro — 'Invoice copy': Please find your invoice attached. If you'd like future invoices sent to another address (e.g. your accountant), just reply with their email.",
]
CTX = [t.replace("{COMPANYX}", rng.choice(COMPANY)) for t in CTX]


# --------------------------------------------------------- surface variation
TYPO = [("receive", "recieve"), ("address", "adress"), ("please", "pls"), ("you", "u"),
        ("account", "acount"), ("thanks", "thx"), ("Thanks", "thx"), ("because", "bc"),
        ("tomorrow", "tmrw"), ("the ", "teh ")]
OPEN = ["", "", "", "Hi, ", "Hello, ", "Hey, ", "Good morning. ", "Hi team, ", "Quick question: ",
        "Sorry to bother you again. ", "Dear support, "]
CLOSE = ["", "", "", " Thanks!", " Thank you.", " Thanks in advance.", " Cheers", " Regards, {NAME}",
         " Appreciate it.", " This is getting ridiculous.", " :)", " Thx"]


def vary_en(t):
    if rng.random() < 0.35:
        t = rng.choice(OPEN) + t[0].lower() + t[1:] if t[:2] not in ("Hi", "He", "Go") else t
    if rng.random() < 0.35:
        t = t + fill(rng.choice(CLOSE))
    r = rng.random()
    if r < 0.15:
        t = t.lower()
    elif r < 0.22:
        t = t.replace(". ", " ").replace("?", "")
    if rng.random() < 0.2:
        a, b = rng.choice(TYPO)
        t = t.replace(a, b, 1)
    return t


def build():
    seen = set()
    rows = []

    def add(text, where):
        text = text.strip()
        if text in seen:
            return False
        seen.add(text)
        rows.append({"text": text, "label": "benign", "family": "ordinary", "where": where})
        return True

    # English user: every template once, then extra instances until target.
    def fill_to(templates, target, where, vary):
        n = 0
        order = list(templates)
        rng.shuffle(order)
        for t in order:
            if add(vary(fill(t)), where):
                n += 1
        i = 0
        while n < target:
            t = order[i % len(order)]
            i += 1
            if add(vary(fill(t)), where):
                n += 1
        return n

    en = fill_to(EN_USER, 285, "user", vary_en)
    xx = fill_to(XX_USER, 95, "user", lambda s: s.lower() if rng.random() < 0.1 else s)
    cx = fill_to(CTX, 120, "context", lambda s: s)
    return rows, en, xx, cx


def main():
    rows, en, xx, cx = build()
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicates"
    c = Counter((r["family"], r["where"]) for r in rows)
    print("wrote", OUT, file=sys.stderr)
    print("total", len(rows))
    for k, v in sorted(c.items()):
        print(k, v)
    print("user english", en, "user other-language", xx, "context", cx)
    print("templates: en", len(EN_USER), "xx", len(XX_USER), "ctx", len(CTX))


if __name__ == "__main__":
    main()
