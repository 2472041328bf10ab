# SDK: wmill 1.850.0 client.py: `return await charge(...)` inside `try`: the task's failure (TaskError, an Exception) reaches the handler, the suspension (a BaseException) passes it.
import logging

from wmill import task, workflow

log = logging.getLogger("billing")


@task()
async def charge(invoice_id: str, cents: int) -> dict:
    return {"invoice": invoice_id, "charged": cents}


@workflow
async def main(invoice_id: str, cents: int):
    if cents <= 0:
        return {"invoice": invoice_id, "charged": 0}
    try:
        return await charge(invoice_id, cents)
    except Exception as exc:
        log.warning("charge failed: %s", exc)
        return {"invoice": invoice_id, "charged": 0}
