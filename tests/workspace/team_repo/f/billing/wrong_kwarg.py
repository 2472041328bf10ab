# SDK: wmill 1.850.0 task_script wrapper(**kwargs): amount_cents is not a parameter of charge_card's main; amount stays unset.
from wmill import task_script, workflow

charge_card = task_script("f/billing/charge_card")


@workflow
async def main(customer_id: str, total: int):
    return await charge_card(customer_id=customer_id, amount_cents=total)  # expect: WAC402
