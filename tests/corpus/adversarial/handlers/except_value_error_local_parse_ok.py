# SDK: wmill 1.850.0 client.py: the ValueError comes from float() in the body itself (raw_amount is an input, the same on every replay), not from a task or step, so the handler is reachable.
from wmill import task, workflow


@task()
async def bill(customer: str, cents: int) -> str:
    return f"{customer}:{cents}"


@workflow
async def main(customer: str, raw_amount: str):
    try:
        cents = int(float(raw_amount) * 100)
    except ValueError:
        cents = 0
    return await bill(customer, cents)
