from wmill import task_script, task_flow, workflow

charge = task_script("f/billing/charge")
close = task_flow("f/billing/month_close")


@workflow
async def main(customer_id: int, month: str):
    receipt = await charge(customer_id=customer_id, amount=12.5)
    closed = await close(month=month, dry_run=False)
    return {"receipt": receipt, "closed": closed}
