# SDK: wmill 1.850.0 client.py task(): decorator(func) reads func.__name__ for the step name; a functools.partial has none, so the module fails to import (AttributeError) before the workflow starts.
import functools

from wmill import task, workflow


async def fetch_region(account_id: str, region: str) -> dict:
    return {"account": account_id, "region": region}


fetch_eu = task(functools.partial(fetch_region, region="eu"))  # expect: WAC301


@workflow
async def main(account_id: str):
    return await fetch_eu(account_id)
