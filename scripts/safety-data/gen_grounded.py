#!/usr/bin/env python3
"""Writes services/enricher/safety/testdata/groundedness.jsonl: RAG answers labelled grounded (supported by
the retrieved context, verbatim or paraphrased) or ungrounded (facts the context does not hold, or
contradicts). Hand-written; each context comes with both kinds of answer.
Run: python3 scripts/safety-data/gen_grounded.py
"""
import json, os
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "services", "enricher", "safety", "testdata", "groundedness.jsonl")
C = [
 ("Returns are accepted within 30 days of delivery. Items must be unused and in the original packaging. Refunds go to the original payment method within 5 business days.",
  ["You can return items within 30 days of delivery if they are unused and in their original packaging. The refund goes back to your original payment method within 5 business days.",
   "Returns are possible for a month after delivery, as long as the item is unused and still packed as it came; the money is back on your card within five business days."],
  ["You can return items within 90 days, even if used. Refunds are issued as store credit only.",
   "Our return window is 60 days and we charge a 15% restocking fee. Refunds take about three weeks."]),
 ("The Model X vacuum has a battery life of 120 minutes and weighs 2.3 kg. It ships with a HEPA filter and two brush heads. The warranty is two years.",
  ["The Model X runs for 120 minutes on a charge and weighs 2.3 kg. It comes with a HEPA filter, two brush heads and a two-year warranty.",
   "Its battery lasts about two hours, it weighs 2.3 kilograms, and you get a HEPA filter plus two brush heads in the box."],
  ["The Model X runs for 45 minutes and weighs 4 kg. It has a five-year warranty and a washable foam filter.",
   "The Model X comes with a self-emptying dock and works with voice assistants such as Alexa."]),
 ("Standard shipping to Canada takes 5 to 7 business days and costs 12 dollars. Express shipping takes 2 business days and costs 30 dollars. Customs duties are included in the price.",
  ["Standard shipping to Canada takes 5 to 7 business days for 12 dollars; express takes 2 business days for 30 dollars, customs duties included.",
   "To Canada you can pick standard delivery, 5-7 business days at $12, or express, 2 business days at $30. Duties are already in the price."],
  ["Shipping to Canada is free and arrives the next day. Customs duties are paid by the recipient on delivery.",
   "We do not ship to Canada at the moment, but you can use a forwarding service."]),
 ("To reset the router, hold the reset button for 10 seconds until the lights blink green. The default Wi-Fi password is printed on the label under the device.",
  ["Hold the reset button for 10 seconds until the lights blink green. After that, the default Wi-Fi password is on the label under the router.",
   "Press and keep the reset button down for ten seconds; when the lights flash green it is reset, and the default password is on the sticker underneath."],
  ["Unplug the router for 30 seconds and it will reset itself. The default password is admin.",
   "Log in to the router's web page at 192.168.0.1 and choose factory reset from the maintenance menu."]),
 ("Quarterly revenue was 4.2 million euros, up 12 percent on last year, driven by the enterprise segment. Operating margin was stable at 18 percent.",
  ["Revenue for the quarter reached 4.2 million euros, 12 percent more than a year ago, thanks to the enterprise segment, while the operating margin held at 18 percent.",
   "The quarter brought in 4.2 million euros, a 12 percent rise year on year led by enterprise customers; margin stayed at 18 percent."],
  ["Revenue fell 5 percent to 3.1 million euros as consumer sales dropped, and the margin shrank to 9 percent.",
   "The company announced a new CEO and plans to open offices in Asia next year."]),
 ("The museum is open Tuesday to Sunday from 9 am to 6 pm and closed on Mondays. Tickets cost 15 euros; children under 12 enter free.",
  ["The museum opens Tuesday to Sunday, 9 am to 6 pm, and is closed on Mondays. Tickets are 15 euros and children under 12 get in free.",
   "It's open every day except Monday from 9 to 6; an adult ticket costs 15 euros and kids under twelve go free."],
  ["The museum is open daily until 10 pm and entry is free for everyone on weekends.",
   "Tickets cost 25 euros and must be booked online two weeks in advance."]),
 ("Home office deductions are allowed for the part of your home used regularly and exclusively for work. You can use the simplified method of 5 dollars per square foot, up to 300 square feet.",
  ["You can deduct the part of your home used regularly and exclusively for work, for example with the simplified method: 5 dollars per square foot for up to 300 square feet.",
   "If a room is used only and regularly for work, it qualifies; the simple way is $5 a square foot, capped at 300 square feet."],
  ["Any room where you sometimes check email counts, and you can deduct your whole rent.",
   "Home office deductions were abolished last year, so you cannot claim anything."]),
 ("Kubernetes liveness probes check whether a container is still running; if the probe fails, the kubelet restarts the container. Readiness probes decide whether the pod receives traffic.",
  ["A liveness probe checks that the container is still running, and when it fails the kubelet restarts the container; readiness probes control whether the pod gets traffic.",
   "Liveness tells Kubernetes if a container is alive, and a failing one gets restarted by the kubelet, while readiness decides if traffic is sent to the pod."],
  ["A liveness probe scales the deployment up when CPU is high, and readiness probes delete failed pods.",
   "Liveness probes are only available on managed clusters and need a paid plan."]),
 ("The warranty covers manufacturing defects for two years from the date of purchase. It does not cover accidental damage, water damage or batteries after the first year.",
  ["Manufacturing defects are covered for two years from purchase, but not accidental or water damage, and batteries only during the first year.",
   "For two years after you buy it, defects from manufacturing are covered; drops and water are not, and the battery is covered for one year."],
  ["The warranty covers all damage, including water damage, for five years.",
   "You can extend the warranty to ten years for free by registering the product."]),
 ("Employees get 25 days of paid vacation per year. Unused days can be carried over until March 31 of the following year. Requests must be approved by the manager two weeks in advance.",
  ["You get 25 paid vacation days a year, can carry unused days over until March 31 of the next year, and need your manager's approval two weeks ahead.",
   "There are 25 days of paid leave each year; leftovers roll over until the end of March, and requests go to your manager two weeks before."],
  ["Employees get unlimited vacation and no approval is needed.",
   "Unused days are paid out in cash at the end of the year at double rate."]),
]
rows = []
for ctx, good, bad in C:
    for a in good:
        rows.append({"context": ctx, "answer": a, "grounded": True})
    for a in bad:
        rows.append({"context": ctx, "answer": a, "grounded": False})
with open(OUT, "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
print(len(rows), "rows")
