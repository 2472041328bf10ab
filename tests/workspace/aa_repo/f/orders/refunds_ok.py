# SDK: wmill 1.850.0 step() checkpoints whatever fn returns, so clock reads inside the lambda are replay-safe
from wmill import step, task, workflow

from f.lib.cycle_a import plain_name
from f.lib.facade import *  # noqa: F403
from f.lib.tasks import void_charge

MAX_REFUND_CENTS = 50_000


@task()
async def load_refund_requests(batch_id: str) -> list[dict]:
    import requests

    resp = requests.get(f"https://orders.internal/refunds?batch={batch_id}", timeout=30)
    resp.raise_for_status()
    return resp.json()["items"]


@workflow
async def main(batch_id: str, dry_run: bool = True):
    pending = await load_refund_requests(batch_id)
    header = await step("header", lambda: describe_batch(batch_id, len(pending)))  # noqa: F405
    name = plain_name(batch_id)

    approved = [r for r in pending if r["amount_cents"] <= MAX_REFUND_CENTS]
    plan = await step("refund_plan", lambda: {"header": header, "name": name, "count": len(approved)})

    if dry_run:
        return {"plan": plan, "approved": approved}

    voided = []
    for req in approved:
        voided.append(await void_charge(req["charge_id"], reason=req.get("reason", "refund")))

    opened = await step("opened_at", lambda: stamp().isoformat())  # noqa: F405
    return {"plan": plan, "voided": len(voided), "opened": opened, "currency": LEGACY_CURRENCY}  # noqa: F405
