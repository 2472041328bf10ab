# SDK: wmill 1.850.0 client.py task(): the wrapper is a plain `def`, so backoff 2.2 picks its sync retry; calling the wrapper only returns the step's coroutine, and the TaskError raised at the body's await is never seen by backoff.
import backoff

from wmill import task, workflow


@backoff.on_exception(backoff.expo, Exception, max_tries=4)  # expect: WAC204
@task(timeout=60)
async def post_invoice(invoice_id: str) -> dict:
    return {"invoice": invoice_id, "posted": True}


@workflow
async def main(invoice_ids: list[str]):
    posted = []
    for invoice_id in invoice_ids:
        posted.append(await post_invoice(invoice_id))
    return posted
