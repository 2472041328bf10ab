# SDK: wmill 1.850.0 client.py: `_checked_retry` accepts `attempts` (int 0..100), `delay`, `multiplier`, `max_delay`; `dict(...)` and float delays are fine.
from wmill import task, task_flow, workflow

RETRY = dict(attempts=4, delay=2.5, multiplier=2, max_delay=120)

pipeline = task_flow("f/etl/pipeline", retry={"attempts": 0})


@task(retry=RETRY)
async def fetch_rates(base: str) -> dict:
    return {"base": base}


@workflow
async def main(base: str = "EUR"):
    rates = await fetch_rates(base)
    return await pipeline(rates=rates)
