# SDK: wmill 1.850.0 @task body runs once as its own job; the I/O helper is called there, not in the body.
from wmill import task, task_script, workflow

from f.common.util import cents, fetch_json

charge_card = task_script("f/billing/charge_card")


@task()
async def due_cents(customer_id: str) -> int:
    balance = fetch_json(f"/customers/{customer_id}/balance")
    return cents(balance["due"])


@workflow
async def main(customer_id: str):
    amount = await due_cents(customer_id)
    return await charge_card(customer_id=customer_id, amount=amount)
