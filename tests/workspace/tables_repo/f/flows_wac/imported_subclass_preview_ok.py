from wmill import task, workflow

from f.lib.mailer import Mailer


@task()
async def send_receipt(email: str, body: str) -> str:
    return Mailer().send(email, body)


@workflow
async def main(order_id: str, email: str):
    body = f"receipt {order_id}"
    shown = Mailer().preview(email, body)
    message_id = await send_receipt(email, body)
    return {"preview": shown, "id": message_id}
