from wmill import task, workflow

from f.lib.api import API, REFUNDS


@task()
async def load_order(order_id: str) -> dict:
    return API["get"](f"/orders/{order_id}")


@workflow
async def main(order_id: str, method: str = "card"):
    order = await load_order(order_id)
    API["post"]("/audit", {"order": order_id, "step": "refund"})  # expect: WAC101
    REFUNDS[method]({"id": order_id, "amount": order.get("amount", 0)})  # expect: WAC101
    return order
