# SDK: wmill 1.850.0 client.py `async def sleep(seconds)` suspends server-side and is checkpointed; TaskError is what a failed task raises; task(retry=...) is read by WorkflowCtx._next_step.
from wmill import TaskError, sleep, task, workflow


@task(timeout=60)
async def push_invoice(invoice_id: str) -> dict:
    return {"invoice_id": invoice_id, "status": "accepted"}


@workflow
async def main(invoice_id: str, attempts: int = 4):
    last_error = None
    for attempt in range(attempts):
        try:
            return await push_invoice(invoice_id)
        except TaskError as e:
            last_error = (e.result or {}).get("error", {}).get("message")
            await sleep(2**attempt * 30)
    return {"invoice_id": invoice_id, "status": "gave_up", "error": last_error}
