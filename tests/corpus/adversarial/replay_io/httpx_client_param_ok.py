# SDK: wmill 1.850.0 client.py workflow(): `client` here is a parameter of a task, not a module-level httpx client; all HTTP runs in the task.
import httpx

from wmill import task, workflow


@task()
async def fetch_rates(base: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"https://api.example.com/rates?base={base}")
        return r.json()


def convert(rates: dict, amount: float, to: str) -> float:
    return round(amount * float(rates.get(to, 1.0)), 2)


@workflow
async def main(base: str, amount: float, to: str):
    rates = await fetch_rates(base)
    return {"converted": convert(rates, amount, to)}
