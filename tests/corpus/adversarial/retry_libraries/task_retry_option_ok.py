# SDK: wmill 1.850.0 client.py task(retry=...): _checked_retry accepts attempts / delay / multiplier / max_delay; each attempt is its own step (post_invoice, post_invoice#2) and the backoff is a durable sleep.
from wmill import task, workflow


@task(timeout=60, retry={"attempts": 3, "delay": 5, "multiplier": 2, "max_delay": 60})
async def post_invoice(invoice_id: str) -> dict:
    return {"invoice": invoice_id, "posted": True}


@workflow
async def main(invoice_ids: list[str]):
    posted = []
    for invoice_id in invoice_ids:
        posted.append(await post_invoice(invoice_id))
    return posted
