from wmill import task, workflow

from f.lib.mailer import Mailer


@task()
async def render(order_id: str) -> str:
    return f"receipt {order_id}"


@workflow
async def main(order_id: str, email: str):
    body = await render(order_id)
    mailer = Mailer()
    shown = mailer.preview(email, body)
    message_id = mailer.send(email, body)  # expect: WAC101
    return {"preview": shown, "id": message_id}
