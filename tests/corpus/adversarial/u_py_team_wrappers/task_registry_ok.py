# SDK: wmill 1.850.0 a @task wrapper dispatches under func.__name__ wherever it is called from; picking it out of a module dict keyed by a workflow input is deterministic
from typing import Any

from wmill import task, workflow


@task(tag="billing")
async def bill_invoice(payload: dict) -> dict:
    import stripe

    inv = stripe.Invoice.create(customer=payload["customer"], auto_advance=True)
    return {"invoice": inv["id"]}


@task(tag="billing")
async def issue_refund(payload: dict) -> dict:
    import stripe

    refund = stripe.Refund.create(payment_intent=payload["payment_intent"], amount=payload["amount"])
    return {"refund": refund["id"]}


@task()
async def record_event(kind: str, outcome: dict) -> None:
    import psycopg

    with psycopg.connect("postgresql://billing@db/events") as conn:
        conn.execute("insert into billing_events (kind, outcome) values (%s, %s)", (kind, str(outcome)))


HANDLERS: dict[str, Any] = {
    "invoice": bill_invoice,
    "refund": issue_refund,
}


@workflow
async def main(kind: str, payload: dict):
    handler = HANDLERS.get(kind)
    if handler is None:
        raise ValueError(f"unsupported billing event {kind!r}")
    outcome = await handler(payload)
    await record_event(kind, outcome)
    return outcome
