# SDK: wmill 1.850.0 client.py: methods of plain classes called in the body run on each replay; these only build a payload (pure), and the sending happens in a `@task`.
import requests
from wmill import task, workflow


class Payload:
    kind = "generic"

    def envelope(self, body: dict) -> dict:
        return {"kind": self.kind, "body": body}


class ReceiptPayload(Payload):
    kind = "receipt"

    def build(self, order_id: str, email: str) -> dict:
        return self.envelope({"order": order_id, "to": email})


@task()
async def send_mail(payload: dict) -> str:
    r = requests.post("https://mail.example.com/api/messages", json=payload, timeout=10)
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(order_id: str, email: str):
    payload = ReceiptPayload().build(order_id, email)
    return await send_mail(payload)
