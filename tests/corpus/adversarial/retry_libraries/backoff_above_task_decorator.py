# SDK: wmill 1.850.0 client.py task(): the wrapper is a plain `def`, so backoff 2.2 picks its sync retry; once the task failed, `_next_step` raises its TaskError at the wrapper's call when the body replays, so `Exception` matches and backoff retries under a new step key, its expo waits blocking time.sleeps in the body on every replay (corrected by acp: it was said never to see the TaskError).
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
