from wmill import task, workflow

from f.lib.api import API, LABELS, REFUNDS


@task()
async def load_order(order_id: str) -> dict:
    return API["get"](f"/orders/{order_id}")


@task()
async def refund(order_id: str, method: str, amount: int) -> dict:
    return REFUNDS[method]({"id": order_id, "amount": amount})


@workflow
async def main(order_id: str, method: str = "card"):
    order = await load_order(order_id)
    label = LABELS[method]({"id": order_id})
    link = API["url"](f"/orders/{order_id}")
    result = await refund(order_id, method, order.get("amount", 0))
    return {"label": label, "link": link, "result": result}
