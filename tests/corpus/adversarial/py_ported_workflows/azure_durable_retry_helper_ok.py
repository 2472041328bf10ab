# SDK: wmill 1.850.0 client.py: `except TaskError` does not catch the _StepSuspend (a BaseException), sleep() is durable, and each attempt calls the task again (keys charge, charge_2, ...) in the same order every round.
"""Charge ported from Azure Durable Functions: context.call_activity_with_retry as a helper the body awaits."""

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("charge")


async def call_with_retry(
    fn: Callable[..., Awaitable[Any]], *args: Any, attempts: int = 3, first_delay: int = 5
) -> Any:
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args)
        except TaskError as exc:
            if attempt == attempts:
                raise
            log.warning("attempt %d of %s failed: %s", attempt, getattr(fn, "__name__", fn), exc)
            await sleep(delay)
            delay *= 2
    return None


@task()
async def charge(customer_id: str, amount_cents: int) -> dict:
    import stripe

    intent = stripe.PaymentIntent.create(customer=customer_id, amount=amount_cents, currency="eur")
    return {"id": intent.id, "status": intent.status}


@task()
async def email_receipt(customer_id: str, payment_id: str) -> None:
    import httpx

    httpx.post("https://mail.internal/receipts", json={"customer": customer_id, "payment": payment_id})


@workflow
async def main(customer_id: str, amount_cents: int):
    payment = await call_with_retry(charge, customer_id, amount_cents, attempts=4)
    await call_with_retry(email_receipt, customer_id, payment["id"])
    return {"payment": payment}
