from wmill import task, workflow

from f.lib.money import to_cents


@task()
async def charge(customer: str, cents: int) -> str:
    return f"ch_{customer}_{cents}"


@workflow
async def main(customer: str, amount: float):
    return await charge(customer, to_cents(amount))
