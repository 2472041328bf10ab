from wmill import task, workflow


@task()
async def charge(customer: str, amount: float) -> dict:
    return {"customer": customer, "amount": amount}


@workflow
async def main(customer: str, amount: float):  # expect: WAC901
    return await charge(customer=customer, amount=amount)
