# SDK: wmill 1.850.0 only task()/step() calls are checkpointed; a plain notify_* function looked up in globals() runs in the body on every replay round
import smtplib
from email.message import EmailMessage

import httpx
from wmill import task, wait_for_approval, workflow

SMTP_HOST = "smtp.museum.example"


def notify_email(lender: dict, text: str) -> None:
    msg = EmailMessage()
    msg["To"] = lender["email"]
    msg["From"] = "registrar@museum.example"
    msg["Subject"] = "Loan status"
    msg.set_content(text)
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def notify_portal(lender: dict, text: str) -> None:
    httpx.post(f"https://portal.museum.example/lenders/{lender['id']}/messages", json={"text": text})


@task()
async def lender_contacts(loan_id: str) -> list[dict]:
    r = httpx.get(f"https://collections.museum.example/api/loans/{loan_id}/lenders")
    return r.json()["lenders"]


@task()
async def countersign(loan_id: str) -> str:
    r = httpx.post(f"https://collections.museum.example/api/loans/{loan_id}/countersign")
    return r.json()["document_url"]


@workflow
async def main(loan_id: str):
    lenders = await lender_contacts(loan_id=loan_id)
    answer = await wait_for_approval(timeout=604800, key="registrar_countersign")
    if not answer["approved"]:
        return {"loan": loan_id, "countersigned": False}
    doc = await countersign(loan_id=loan_id)
    for lender in lenders:
        send = globals()[f"notify_{lender['channel']}"]
        send(lender, f"The loan agreement is countersigned: {doc}")  # expect: WAC101
    return {"loan": loan_id, "countersigned": True, "document": doc}
