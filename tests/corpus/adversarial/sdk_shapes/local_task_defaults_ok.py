# SDK: wmill 1.850.0 client.py task(): a parameter with a default may be left out; keywords are matched by name.
from wmill import task, workflow


@task()
async def invoice(customer: str, amount: float, currency: str = "EUR", *, draft: bool = False) -> str:
    return f"{customer}:{amount}{currency}{'(draft)' if draft else ''}"


@workflow
async def main(customer: str, amount: float):
    first = await invoice(customer, amount)
    second = await invoice(customer=customer, amount=amount, draft=True)
    return [first, second]
