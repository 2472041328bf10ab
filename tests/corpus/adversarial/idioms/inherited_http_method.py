# SDK: wmill 1.850.0 client.py: the body replays from the top; `send` (defined on the subclass) reaches `_post` of its base class, a `requests.post`, on every replay.
import requests
from wmill import task, workflow


class HttpService:
    base_url = "https://mail.example.com/api"

    def _post(self, path: str, payload: dict) -> dict:
        r = requests.post(self.base_url + path, json=payload, timeout=10)
        r.raise_for_status()
        return r.json()


class Mailer(HttpService):
    def send(self, to: str, subject: str, body: str) -> str:
        return self._post("/messages", {"to": to, "subject": subject, "body": body})["id"]


@task()
async def render_receipt(order_id: str) -> str:
    return f"Thanks for order {order_id}"


@workflow
async def main(order_id: str, email: str):
    body = await render_receipt(order_id)
    message_id = Mailer().send(email, "Your receipt", body)  # expect: WAC101
    return message_id
