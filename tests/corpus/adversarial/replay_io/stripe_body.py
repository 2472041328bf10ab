# SDK: wmill 1.850.0 client.py workflow(): stripe.Refund.create in the body refunds once per replay.
import stripe

from wmill import task, workflow


@task()
async def find_charge(order_id: str) -> str:
    return "ch_123"


@task()
async def notify_customer(order_id: str) -> bool:
    return True


@workflow
async def main(order_id: str):
    charge_id = await find_charge(order_id)
    stripe.Refund.create(charge=charge_id)  # expect: WAC101
    return await notify_customer(order_id)
