from wmill import task, workflow

from f.common import guards


@task()
async def charge(order_id: str) -> str:
    return order_id


@workflow
async def main(order_id: str):
    with guards.Shield():  # expect: WAC201
        await charge(order_id=order_id)
    return order_id
