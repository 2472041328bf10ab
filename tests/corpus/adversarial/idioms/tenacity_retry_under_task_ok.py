# SDK: wmill 1.850.0 client.py `task`: the function under `@task` runs in the task's job; tenacity's retries (and its sleeps) happen there, not in the workflow body.
import httpx
from tenacity import retry, stop_after_attempt, wait_exponential
from wmill import task, workflow


@task(timeout=300)
@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=1, max=20))
async def fetch_exchange_rates(base: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get("https://rates.example.com/latest", params={"base": base})
        resp.raise_for_status()
        return resp.json()["rates"]


@task()
async def convert(amounts: dict, rates: dict) -> dict:
    return {cur: round(v * rates.get(cur, 1.0), 2) for cur, v in amounts.items()}


@workflow
async def main(amounts: dict, base: str = "EUR"):
    rates = await fetch_exchange_rates(base)
    return await convert(amounts, rates)
