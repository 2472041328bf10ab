# SDK: wmill 1.850.0 client.py: _StepSuspend is not a TaskError, so it takes the `else` branch, which returns instead of re-raising it.
import logging

from wmill import TaskError, task, workflow

log = logging.getLogger(__name__)


@task()
async def send_invoice(invoice_id: str) -> dict:
    return {"invoice": invoice_id, "sent": True}


@workflow
async def main(invoice_id: str):
    try:
        result = await send_invoice(invoice_id)
    except BaseException as exc:  # expect: WAC201
        if isinstance(exc, TaskError):
            log.warning("invoice %s failed: %s", invoice_id, exc)
            result = {"invoice": invoice_id, "sent": False}
        else:
            log.error("unexpected error for %s", invoice_id)
            return None
    return result
