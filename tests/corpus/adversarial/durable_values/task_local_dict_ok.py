# SDK: wmill 1.850.0 client.py task(): a task body mutating only its own locals and returning them is fine; the module constant is only read.
from wmill import task, workflow

DEFAULT_RATES = {"EUR": 1.0}


@task()
async def load_rates(base: str) -> dict:
    rates = dict(DEFAULT_RATES)
    rates["USD"] = 1.08
    rates.update({"GBP": 0.85})
    return rates


@task()
async def convert(amount: float, rate: float) -> float:
    return amount * rate


@workflow
async def main(amount: float, to: str):
    rates = await load_rates("EUR")
    return await convert(amount, rates.get(to, 1.0))
