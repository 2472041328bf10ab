from wmill import task, workflow

from f.common import guards
from f.common.guards import log_failures, report_and_reraise


@task()
async def charge(order_id: str) -> str:
    return order_id


@workflow
async def main(order_id: str):
    with log_failures("charge"):
        await charge(order_id=order_id)
    with report_and_reraise("refund"):
        await charge(order_id=order_id)
    with guards.Quiet():
        await charge(order_id=order_id)
    return order_id
