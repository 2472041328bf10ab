# SDK: wmill 1.850.0 client.py: `return charge(...)` inside `try` returns the coroutine before it runs, so `except Exception` never sees the task's failure and the workflow returns a coroutine.
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
        return charge(invoice_id, cents)  # expect: WAC106
    except Exception as exc:
        log.warning("charge failed: %s", exc)
        return {"invoice": invoice_id, "charged": 0}
