# SDK: wmill 1.850.0 step(name, fn) runs fn() inline and checkpoints it; a pure function there is fine, a @task is awaited in the body
"""Close the billing period: pure bookkeeping goes through one checkpoint helper, postings are tasks."""
from typing import Any, Callable

from wmill import step, task, workflow


async def checkpointed(name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Run fn(*args) once and keep its result across replays."""
    return await step(name, lambda: fn(*args))


def period_totals(lines: list[dict]) -> dict:
    revenue = sum(l["amount_cents"] for l in lines if l["kind"] == "revenue")
    refunds = sum(l["amount_cents"] for l in lines if l["kind"] == "refund")
    return {"revenue": revenue, "refunds": refunds, "net": revenue - refunds}


def journal_reference(period: str, totals: dict) -> str:
    return f"CLOSE-{period}-{totals['net']:+d}"


@task(timeout=600)
async def post_journal(period: str, totals: dict, reference: str) -> str:
    import httpx

    async with httpx.AsyncClient(base_url="https://erp.internal.example") as client:
        resp = await client.post("/journal", json={"period": period, "ref": reference, **totals})
    return resp.json()["entry_id"]


@task(timeout=300)
async def load_lines(period: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(base_url="https://billing.internal.example") as client:
        resp = await client.get(f"/periods/{period}/lines")
    return resp.json()


@workflow
async def main(period: str):
    lines = await load_lines(period)
    totals = await checkpointed("totals", period_totals, lines)
    reference = await checkpointed("reference", journal_reference, period, totals)
    entry = await post_journal(period, totals, reference)
    return {"period": period, "totals": totals, "journal_entry": entry}
