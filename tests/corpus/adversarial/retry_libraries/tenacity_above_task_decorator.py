# SDK: wmill 1.850.0 client.py task(): the wrapper is a plain `def` returning the step's coroutine, so tenacity 9 wraps it with the sync Retrying; the call returns without raising and the TaskError surfaces at the body's await, outside the retry: the policy never retries.
from tenacity import retry, stop_after_attempt, wait_fixed

from wmill import task, workflow


@retry(stop=stop_after_attempt(3), wait=wait_fixed(5))  # expect: WAC204
@task(timeout=60)
async def post_invoice(invoice_id: str) -> dict:
    return {"invoice": invoice_id, "posted": True}


@workflow
async def main(invoice_ids: list[str]):
    posted = []
    for invoice_id in invoice_ids:
        posted.append(await post_invoice(invoice_id))
    return posted
