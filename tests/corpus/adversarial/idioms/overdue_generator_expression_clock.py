# SDK: wmill 1.850.0 client.py: the body re-runs on replay; `datetime.now()` inside the generator expression reads the clock anew each round, so the overdue count can change between replays.
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def open_invoices(account: str) -> list[dict]:
    return [{"id": "inv_1", "due": "2026-01-01T00:00:00+00:00"}]


@task()
async def send_reminder(account: str, count: int) -> bool:
    return count > 0


@workflow
async def main(account: str):
    invoices = await open_invoices(account)
    overdue = sum(
        1
        for inv in invoices
        if datetime.fromisoformat(inv["due"]) < datetime.now(timezone.utc)  # expect: WAC102
    )
    return await send_reminder(account, overdue)
