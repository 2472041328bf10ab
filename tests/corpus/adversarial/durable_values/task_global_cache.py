# SDK: wmill 1.850.0 client.py task(): each task runs as its own child job (a separate process), so a module-level cache written there is never seen by the workflow.
from wmill import task, workflow

RATES: dict[str, float] = {}


@task()
async def load_rates(base: str) -> int:
    global RATES
    RATES = {"EUR": 1.0, "USD": 1.08}  # expect: WAC104
    return len(RATES)


@task()
async def convert(amount: float, to: str) -> float:
    return amount * RATES.get(to, 1.0)


@workflow
async def main(amount: float, to: str):
    await load_rates("EUR")
    return await convert(amount, to)
