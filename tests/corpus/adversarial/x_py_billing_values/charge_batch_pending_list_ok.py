# SDK: wmill 1.850.0 keys are allocated when each task is called; asyncio.gather returns results in argument order, here a list and a dict's values
"""Nightly renewal run: charge every due subscription concurrently and record each outcome."""
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("billing.renewals")


@task(timeout=300, concurrency_limit=20, concurrency_key="stripe")
async def renew(subscription_id: str) -> dict:
    import stripe

    sub = stripe.Subscription.retrieve(subscription_id)
    invoice = stripe.Invoice.create(customer=sub["customer"], subscription=subscription_id, auto_advance=True)
    return {"paid": invoice["status"] == "paid", "invoice": invoice["id"]}


@task(timeout=120)
async def record_outcomes(outcomes: dict) -> int:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://billing.internal.example/renewals", json=outcomes)
    return resp.json()["recorded"]


@workflow
async def main(due_subscriptions: list[str]):
    pending = {}
    seen: set[str] = set()
    for sub_id in due_subscriptions:
        if sub_id in seen:
            continue
        seen.add(sub_id)
        pending[sub_id] = renew(sub_id)  # expect: WAC903
    log.info("renewing %d subscriptions", len(pending))
    results = await asyncio.gather(*pending.values())
    outcomes = dict(zip(pending, results))
    recorded = await record_outcomes(outcomes)
    return {"renewed": sum(1 for r in results if r["paid"]), "recorded": recorded}
