# SDK: wmill 1.850.0 client.py task(): each top-level async def gets its own __name__, hence its own step key (fetch_eu); the shared code lives in a plain helper.
from wmill import task, workflow


async def fetch_region(account_id: str, region: str) -> dict:
    return {"account": account_id, "region": region}


@task()
async def fetch_eu(account_id: str) -> dict:
    return await fetch_region(account_id, "eu")


@workflow
async def main(account_id: str):
    return await fetch_eu(account_id)
