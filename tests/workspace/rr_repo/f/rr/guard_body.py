from wmill import task, workflow

from f.common.guards import swallow_all


@task()
async def charge(order_id: str) -> str:
    return order_id


@workflow
async def main(order_id: str):
    with swallow_all("charge"):  # expect: WAC201
        await charge(order_id=order_id)
    return order_id
