from wmill import workflow

from f.shared.billing_tasks import charge, close_month


@workflow
async def main(customer_id: int, month: str):
    await charge(customer_id=customer_id, amount=5.0)
    return await close_month(month=month)
