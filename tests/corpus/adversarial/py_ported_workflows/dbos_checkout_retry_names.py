# SDK: wmill 1.850.0 client.py _checked_retry(): keys other than attempts/delay/multiplier/max_delay raise ValueError("unknown retry option(s)...") when the decorator runs; os.environ["WM_JOB_ID"] is the child job's id when a child round re-runs the body up to its task.
"""Checkout ported from DBOS; the step's retry settings kept under DBOS's names and DBOS.workflow_id read from the environment."""

import logging
import os

from wmill import sleep, task, workflow

log = logging.getLogger("checkout")


@task(retry={"max_attempts": 5, "interval_seconds": 2, "backoff_rate": 2.0})  # expect: WAC302
async def create_payment(cart_id: str, amount_cents: int, idempotency_key: str) -> dict:
    import httpx

    resp = httpx.post(
        "https://payments.internal/v1/payments",
        json={"cart": cart_id, "amount": amount_cents},
        headers={"Idempotency-Key": idempotency_key},
    )
    resp.raise_for_status()
    return resp.json()


@task()
async def payment_status(payment_id: str) -> str:
    import httpx

    return httpx.get(f"https://payments.internal/v1/payments/{payment_id}").json()["status"]


@workflow
async def main(cart_id: str, amount_cents: int):
    workflow_id = os.environ["WM_JOB_ID"]  # expect: WAC102
    payment = await create_payment(cart_id, amount_cents, f"{workflow_id}:payment")
    status = payment["status"]
    for _ in range(10):
        if status != "pending":
            break
        await sleep(15)
        status = await payment_status(payment["id"])
    log.info("cart %s payment %s", cart_id, status)
    return {"cart_id": cart_id, "status": status}
