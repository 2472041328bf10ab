from wmill import task_script, workflow

compute_tax = task_script("f/billing/compute_tax.py")  # expect: WAC401


@workflow
async def main(amount: float, country: str):
    return await compute_tax(amount=amount, country=country)
