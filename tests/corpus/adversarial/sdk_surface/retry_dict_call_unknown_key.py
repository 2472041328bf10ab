# SDK: wmill 1.850.0 client.py: `_checked_retry` raises `ValueError("unknown retry option(s): ...")` for any key outside `_RETRY_KEYS`; `dict(tries=...)` names none of them.
from wmill import task, workflow


@task(retry=dict(tries=3, delay=5))  # expect: WAC302
async def fetch_rates(base: str) -> dict:
    return {"base": base}


@workflow
async def main(base: str = "EUR"):
    return await fetch_rates(base)
