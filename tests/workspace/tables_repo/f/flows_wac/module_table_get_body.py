import f.lib.api as billing
from wmill import task, workflow

from f.lib.api import REFUNDS


@task()
async def load_order(order_id: str) -> dict:
    return {"id": order_id, "amount": 10}


@workflow
async def main(order_id: str, method: str = "card"):
    order = await load_order(order_id)
    billing.API["post"]("/audit", {"order": order_id})  # expect: WAC101
    REFUNDS.get(method)({"id": order_id, "amount": order["amount"]})  # expect: WAC101
    return order
