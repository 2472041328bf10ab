# SDK: wmill 1.850.0 client.py: a helper passed to step() that awaits a @task dispatches it from inside the step's function; replays skip the step and shift later keys.
from wmill import step, task, workflow


@task()
async def fetch_rates(base: str) -> dict:
    return {"USD": 1.08}


async def rates_snapshot(base: str) -> dict:
    return await fetch_rates(base)  # expect: WAC304


@workflow
async def main(base: str = "EUR"):
    rates = await step("rates", lambda: rates_snapshot(base))
    return rates
