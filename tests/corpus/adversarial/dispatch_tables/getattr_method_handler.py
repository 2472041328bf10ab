# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `getattr(self, f"_on_{kind}")` picks a method by name, and `_on_refund` sends an email through smtplib each round.
import smtplib
from email.message import EmailMessage

from wmill import task, workflow


class EventRouter:
    def __init__(self, sender: str) -> None:
        self.sender = sender

    def dispatch(self, kind: str, payload: dict) -> str:
        return getattr(self, f"_on_{kind}")(payload)

    def _on_refund(self, payload: dict) -> str:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = payload["email"]
        msg["Subject"] = "Your refund"
        with smtplib.SMTP("smtp.example.com", 587) as smtp:
            smtp.send_message(msg)
        return "mailed"

    def _on_note(self, payload: dict) -> str:
        return payload.get("text", "")


@task()
async def load_event(event_id: str) -> dict:
    return {"kind": "refund", "payload": {"email": "a@example.com"}}


@workflow
async def main(event_id: str):
    event = await load_event(event_id)
    router = EventRouter("billing@example.com")
    outcome = router.dispatch(event["kind"], event["payload"])  # expect: WAC101
    return {"outcome": outcome}
