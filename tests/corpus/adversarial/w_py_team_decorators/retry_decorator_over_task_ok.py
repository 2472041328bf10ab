# SDK: wmill 1.850.0 client.py — a failed task raises TaskError (an Exception) from _next_step; _StepSuspend derives from BaseException so `except TaskError` never sees it; the retry's wait is the SDK's durable sleep
import functools

from wmill import TaskError, sleep, task, workflow


def retrying(attempts: int = 3, base_delay: int = 30):
    """Team convention: retry a task on TaskError with a durable back-off."""

    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return await fn(*args, **kwargs)
                except TaskError:
                    if attempt == attempts - 1:
                        raise
                    await sleep(base_delay * 2**attempt)

        return wrapper

    return decorate


@retrying(attempts=4)
@task(timeout=120)
async def charge_card(customer_id: str, amount_cents: int, idempotency_key: str) -> dict:
    import stripe

    intent = stripe.PaymentIntent.create(
        customer=customer_id, amount=amount_cents, currency="eur", idempotency_key=idempotency_key, confirm=True
    )
    return {"id": intent.id, "status": intent.status}


@task()
async def email_receipt(customer_id: str, payment_id: str) -> None:
    import httpx

    httpx.post("https://mail.example.com/receipts", json={"customer": customer_id, "payment": payment_id})


@workflow
async def main(customer_id: str, amount_cents: int, order_id: str):
    payment = await charge_card(customer_id, amount_cents, f"order-{order_id}")
    await email_receipt(customer_id, payment["id"])
    return payment
