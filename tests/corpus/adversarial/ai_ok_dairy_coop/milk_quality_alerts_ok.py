# SDK: plain script (no WAC import); module-level helpers doing I/O are fine in a plain script
import smtplib
from email.message import EmailMessage
from statistics import mean
from typing import TypedDict

import httpx
import wmill


class smtp(TypedDict):
    host: str
    port: int
    user: str
    password: str


SCC_LIMIT = 400_000  # somatic cell count per ml
BACTERIA_LIMIT = 100_000


def lab_results(api: str, token: str, day: str) -> list[dict]:
    with httpx.Client(base_url=api, headers={"Authorization": f"Bearer {token}"}, timeout=20) as client:
        resp = client.get("/results", params={"day": day})
        resp.raise_for_status()
        return resp.json()


def send_mail(server: smtp, to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = server["user"]
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP_SSL(server["host"], server["port"]) as s:
        s.login(server["user"], server["password"])
        s.send_message(msg)


def main(day: str, mail: smtp, notify_farmers: bool = True):
    token = wmill.get_variable("f/dairy/lab_token")
    results = lab_results("https://lab.example.coop/api", token, day)
    flagged = [r for r in results if r["scc"] > SCC_LIMIT or r["bacteria"] > BACTERIA_LIMIT]
    if notify_farmers:
        for r in flagged:
            send_mail(mail, r["farmer_email"], f"Milk quality notice {day}",
                      f"Tank {r['tank']}: SCC {r['scc']}, bacteria {r['bacteria']}")
    return {
        "tested": len(results),
        "flagged": len(flagged),
        "avg_scc": round(mean(r["scc"] for r in results), 1) if results else None,
    }
