from wmill import task_script, workflow

compute_tax = task_script("f/billing/compute_tax", timeout=60)


@workflow
async def main(amount: float, country: str, exempt: bool = False):
    return await compute_tax(amount=amount, country=country, exempt=exempt)
