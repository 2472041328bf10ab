# SDK: wmill 1.850.0 client.py: `_checked_retry` rejects `isinstance(attempts, bool)` explicitly, so `attempts=True` raises `ValueError` at decoration.
from wmill import task, workflow


@task(retry={"attempts": True})  # expect: WAC302
async def fetch_rates(base: str) -> dict:
    return {"base": base}


@workflow
async def main(base: str = "EUR"):
    return await fetch_rates(base)
