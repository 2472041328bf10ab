# SDK: wmill 1.850.0 task_script sends the path as written; f/billing/charge_customer was renamed charge_card.
from wmill import task_script, workflow

charge = task_script("f/billing/charge_customer")  # expect: WAC401


@workflow
async def main(customer_id: str, amount: int):
    return await charge(customer_id=customer_id, amount=amount)
