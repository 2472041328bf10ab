# SDK: wmill 1.850.0 client.py task(): the wrapper is a plain `def`, so tenacity 9 wraps it with the sync Retrying; once the task failed, `_next_step` raises its TaskError at the wrapper's call when the body replays (run with _run_workflow_async: `post_invoice_2` is dispatched), so tenacity does retry, but each attempt is a new step key and wait_fixed(5) is a blocking time.sleep in the body on every replay (corrected by acp: the policy was said never to retry).
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
