# SDK: wmill 1.850.0 client.py: the functional TypedDict is a dict; its datetime value is written by default=str as "2026-01-01 00:00:00", so .year fails on the str in the body.
from datetime import datetime

from typing import TypedDict
from wmill import task, workflow

Renewal = TypedDict("Renewal", {"plan": str, "renews": datetime})


@task()
async def next_renewal(plan: str) -> Renewal:
    return Renewal(plan=plan, renews=datetime(2026, 1, 1))  # expect: WAC107


@workflow
async def main(plan: str):
    renewal = await next_renewal(plan)
    return {"plan": renewal["plan"], "year": renewal["renews"].year}
