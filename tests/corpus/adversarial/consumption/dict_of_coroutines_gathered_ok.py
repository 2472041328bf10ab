# SDK: wmill 1.850.0 client.py: each task call returns a coroutine; gathering the dict's values awaits all of them (parallel dispatch).
import asyncio

from wmill import task, workflow


@task()
async def fetch_balance(account: str) -> float:
    return 0.0


@workflow
async def main(accounts: list[str]) -> dict[str, float]:
    pending = {acct: fetch_balance(acct) for acct in accounts}
    balances = await asyncio.gather(*pending.values())
    return dict(zip(pending, balances))
