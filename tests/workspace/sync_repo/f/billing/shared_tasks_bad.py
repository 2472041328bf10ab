from wmill import workflow

from f.shared import billing_tasks


@workflow
async def main(customer_id: int):
    return await billing_tasks.charge(customer_id=customer_id, amout=5.0)  # expect: WAC402
