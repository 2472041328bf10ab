# SDK: wmill 1.850.0: wmill/client.py defines task, step, workflow (the package re-exports them), so importing from wmill.client reaches the same functions.
from datetime import datetime, timezone

import httpx
from wmill.client import step, task, workflow


@task(timeout=120)
async def fetch_rates(base: str) -> dict:
    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://rates.example.com/latest?base={base}")
        return resp.json()["rates"]


@task()
async def store_rates(base: str, rates: dict) -> int:
    return len(rates)


@workflow
async def main(base: str = "EUR"):
    rates = await fetch_rates(base)
    as_of = await step("as_of", lambda: datetime.now(timezone.utc).isoformat())
    stored = await store_rates(base, rates)
    return {"stored": stored, "as_of": as_of}
