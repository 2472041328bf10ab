# SDK: wmill 1.850.0 client.py: the body re-runs after each suspension, and asyncio.sleep in the body holds the worker and waits again on every replay; the SDK's `sleep(seconds)` is the durable wait.
import asyncio

from wmill import TaskError, task, workflow


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
            await asyncio.sleep(2**attempt * 30)  # expect: WAC101
    return {"invoice_id": invoice_id, "status": "gave_up", "error": last_error}
