# SDK: wmill 1.850.0 client.py task(): positional args map to the function's parameters and the child job calls it with them; a missing required one is a TypeError in the child.
from wmill import task, workflow


@task()
async def invoice(customer: str, amount: float, currency: str) -> str:
    return f"{customer}:{amount}{currency}"


@workflow
async def main(customer: str, amount: float):
    return await invoice(customer, amount)  # expect: WAC402
