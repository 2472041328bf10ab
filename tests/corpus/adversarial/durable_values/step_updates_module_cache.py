# SDK: wmill 1.850.0 client.py _run_inline_step: the module-level dict the step fills is empty again in the next round's process.
from wmill import step, task, workflow

PRICES: dict[str, float] = {}


def load_prices() -> int:
    PRICES.update({"basic": 10.0, "pro": 25.0})  # expect: WAC104
    return len(PRICES)


@task()
async def bill(plan: str, price: float) -> str:
    return f"{plan}:{price}"


@workflow
async def main(plan: str):
    await step("prices", load_prices)
    return await bill(plan, PRICES.get(plan, 0.0))
