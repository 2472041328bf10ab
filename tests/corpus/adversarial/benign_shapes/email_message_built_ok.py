# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; building an `EmailMessage` only fills headers and a body in memory, and the task sends its text.
from email.message import EmailMessage

from wmill import task, workflow


@task()
async def deliver(raw: str) -> bool:
    return bool(raw)


@workflow
async def main(to: str, order_id: str):
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "shop@example.com"
    msg["Subject"] = f"Order {order_id} shipped"
    msg.set_content(f"Your order {order_id} is on its way.")
    return await deliver(msg.as_string())
