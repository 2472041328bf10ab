# SDK: wmill 1.850.0 client.py: `_checked_retry` requires `isinstance(attempts, int)`; `3.0` (and `True`) raise `ValueError` at decoration.
from wmill import task, workflow


@task(retry={"attempts": 3.0, "delay": 5})  # expect: WAC302
async def fetch_rates(base: str) -> dict:
    return {"base": base}


@workflow
async def main(base: str = "EUR"):
    return await fetch_rates(base)
