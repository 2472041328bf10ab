# SDK: wmill 1.850.0 client.py: the body re-runs each round; a static method minting a uuid4 in the body gives a new id on every replay, while the tasks already dispatched saw the old one.
import uuid

from wmill import task, workflow


class Ids:
    @staticmethod
    def correlation() -> str:
        return f"corr-{uuid.uuid4().hex[:12]}"


@task()
async def reserve_stock(order_id: str, correlation_id: str) -> bool:
    return True


@task()
async def charge_card(order_id: str, correlation_id: str) -> bool:
    return True


@workflow
async def main(order_id: str):
    corr = Ids.correlation()  # expect: WAC102
    await reserve_stock(order_id, corr)
    await charge_card(order_id, corr)
    return {"order": order_id, "correlation": corr}
