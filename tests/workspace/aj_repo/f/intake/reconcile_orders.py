"""Reconcile open lab orders against what the analyzers reported overnight."""

from wmill import step, task, task_script, workflow

from f.lab import hl7
from f.lab.clock import hl7_ts

probe_engine = task_script("f/scratch/hl7_probe")  # expect: WAC401


@task(timeout=300)
async def open_orders(unit: str) -> list[dict]:
    from f.lab.http import get_json

    return get_json(f"/lis/v1/orders?unit={unit}&status=open")["orders"]


@task(timeout=300)
async def analyzer_results(since_iso: str) -> list[dict]:
    from f.lab.http import get_json

    return get_json(f"/middleware/v1/results?since={since_iso}")["results"]


@task()
async def send_cancel(message: str) -> None:
    from f.lab.http import post_json

    post_json("/engine/v1/outbound", {"hl7": message})


@workflow
async def main(unit: str, since_iso: str, cancel_after_hours: int = 72):  # expect: WAC901
    if not await probe_engine(host="hl7-engine.stmarys.internal"):
        return {"unit": unit, "skipped": "engine down"}
    orders = await open_orders(unit)
    seen = {r["order_id"] for r in await analyzer_results(since_iso)}

    missing = [o for o in orders if o["order_id"] not in seen]
    stale = [o for o in missing if o["age_hours"] > cancel_after_hours]
    for o in stale:
        header = hl7.msh("STMARYS_LAB", "EPIC")  # expect: WAC102
        cancel = f"{header}\rORC|CA|{o['order_id']}||||||{hl7_ts(o['ordered_at'])}"
        await send_cancel(cancel)

    report = await step("report", lambda: {"missing": len(missing), "cancelled": [o["order_id"] for o in stale]})
    return {"unit": unit, **report}
