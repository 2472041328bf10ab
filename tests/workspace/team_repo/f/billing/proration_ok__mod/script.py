# SDK: wmill 1.850.0 task_script sends kwargs as args; .rates (a module of this script) is a pure table lookup.
from wmill import task_script, workflow

from .rates import daily_rate

charge_card = task_script("f/billing/charge_card")


@workflow
async def main(customer_id: str, plan: str, days: int):
    amount = daily_rate(plan) * days
    return await charge_card(customer_id=customer_id, amount=amount)
