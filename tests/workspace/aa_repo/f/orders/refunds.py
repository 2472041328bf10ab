# SDK: wmill 1.850.0 step(name, fn) keys the checkpoint on name (_alloc_key); a name that changes between replays misses the checkpoint
from wmill import step, task, workflow

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
    requests_ = await load_refund_requests(batch_id)
    header = describe_batch(batch_id, len(requests_))  # expect: WAC102

    approved = []
    for req in requests_:
        if req["amount_cents"] > MAX_REFUND_CENTS:
            continue
        approved.append(req)

    key = step_label("refund-plan")  # expect: WAC102
    plan = await step(key, lambda: {"header": header, "count": len(approved)})  # expect: WAC103

    if dry_run:
        return {"plan": plan, "approved": approved}

    results = []
    for req in approved:
        results.append(await void_charge(req["charge_id"], reason=req.get("reason", "refund")))

    opened = stamp()  # expect: WAC102
    return {"plan": plan, "voided": len(results), "opened": str(opened)}
